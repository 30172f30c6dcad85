"""One actor found twice: a short form, acronym, alias or nickname not joined to the full name within a document (a
blind battery, written before reading the resolver). Each item is a short invented DOCUMENT, groups of names that
must be ONE actor (the first is the full name and must be found; every actor that carries one of the other names
must be that actor), and pairs of names that must stay TWO actors (both found, never one actor): two bodies that
share a tail or a head word, two people who share a surname.

People, parties, militias and states are invented. End to end with the real English pipeline, each document
extracted on its own. Names are compared without case and a leading "the"."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, extract_by_document, norm_name

pytestmark = pytest.mark.model

CASES = [
    # --- the tail of the name ---
    ("Officers of the Merovan State Border Force closed the Tesk crossing on Friday. Border Force commanders said "
     "the closure would last a week.", [("Merovan State Border Force", "Border Force")], []),
    ("Fighters of the Kessel Ridge Liberation Army attacked a convoy near Dorn. The Liberation Army later said it "
     "had lost two men in the fighting.", [("Kessel Ridge Liberation Army", "Liberation Army")], []),
    ("The Ostravian Football Federation suspended the club for a season. The Football Federation said the fine "
     "would be paid by the owners.", [("Ostravian Football Federation", "Football Federation")], []),
    # --- the head of the name ---
    ("The Harsk Mountain Brigade seized the pass on Sunday. Harsk commanders said they would hold the road "
     "until the talks resumed.", [("Harsk Mountain Brigade", "Harsk")], []),
    ("The Velmor Special Police raided the market at dawn. Velmor later said six men had been detained.",
     [("Velmor Special Police", "Velmor")], []),
    ("Ilya Marsk, the leader of Saraya Tarvan al-Sahil, denied the charge. Saraya, which holds two ministries, "
     "has kept out of the fighting.", [("Saraya Tarvan al-Sahil", "Saraya")], []),
    ("The Kesmar Football Association fined the club on Monday. Kesmar has hosted the cup since 2010, and its army "
     "guards the stadium.", [], [("Kesmar Football Association", "Kesmar")]),
    ("The Babrek Movement and its armed wing, the Babrek Brigades, marched on Sunday. Babrek leaders said the "
     "march was peaceful.", [], [("Babrek Movement", "Babrek Brigades")]),
    # --- an acronym before its expansion, or with a trailing group noun ---
    ("NRC fighters entered Palsk on Monday. The Northern Reform Council, which took up arms in 2019, said the "
     "town was now under its control.", [("Northern Reform Council", "NRC")], []),
    ("Units of the Eastern Unity Council Forces moved into the port. EUC commanders denied looting.",
     [("Eastern Unity Council Forces", "EUC")], []),
    ("The Coastal Union Support and Protection Mission (CUSPM) extended its mandate. The mission's head, Ilse "
     "Varga, said CUSPM troops would stay.", [("Coastal Union Support and Protection Mission", "CUSPM")], []),
    ("The bill would retire commanders of the Dorvan Popular Guard Forces at sixty. DPGF chairman Ivo Renn said "
     "the guard would obey parliament.", [("Dorvan Popular Guard Forces", "DPGF")], []),
    # --- alias cues ---
    ("The Karst Volunteers, known locally as the Red Scarves, control the northern valley. The Red Scarves "
     "collect a toll at every checkpoint.", [("Karst Volunteers", "Red Scarves")], []),
    ("In Tolvik the Amber Hand, as the militia is known, runs the market. The Tolvik Defence Committee denies "
     "any link to it.", [], [("Amber Hand", "Tolvik Defence Committee")]),
    ("Commander Idris Velloq, widely known as Sarab, returned to the front on Tuesday. Sarab told fighters "
     "that the siege would end soon.", [("Idris Velloq", "Sarab")], []),
    ("The Black Ravine Brigade (known as the Ravens) shelled the road. The Ravens deny targeting civilians.",
     [("Black Ravine Brigade", "Ravens")], []),
    ("The Tarsk Valley Guard, known to most villagers as the Grey Wolves, holds the ridge road. The Grey Wolves "
     "have not paid their men since May.", [("Tarsk Valley Guard", "Grey Wolves")], []),
    ("The Sarvan Unity Front, which the villagers nickname Hadda, won four seats. Hadda has never joined a "
     "cabinet.", [("Sarvan Unity Front", "Hadda")], []),
    ("Ilse Maran, the Coastal Watch commander everyone knew as Sable, was arrested on Friday. Sable had run the "
     "port for a decade.", [("Ilse Maran", "Sable")], []),
    ("The Morvan Rally, which its rivals call Korvi, has held the city since 2019. Korvi's leader, Anton Pell, "
     "denies the charges.", [("Morvan Rally", "Korvi")], []),
    ("Commander Dario Vent, whom the fighters knew as Blade, died on Monday. Blade had led the brigade since 2020.",
     [("Dario Vent", "Blade")], []),
    ("Since March, when Oskar Dalby, the Harbour Guard chief everyone knew as Tusk, was shot dead, the port has "
     "been quiet. Tusk had run it for a decade.", [("Oskar Dalby", "Tusk")], []),
    # --- a person's surname with a particle, said alone ---
    ("Envoy Faris bin Talal Al-Muradi chaired the meeting in the capital. Al-Muradi told reporters that both "
     "delegations had agreed to meet again.", [("Faris bin Talal Al-Muradi", "Al-Muradi")], []),
    ("Minister of State Al-Korvi chairs third round of Tessel talks\n\nHis Excellency Dr. Dana bin Saleh Al-Korvi, "
     "Minister of State, opened the third round of talks in the capital on Monday.",
     [("Dana bin Saleh Al-Korvi", "Al-Korvi")], []),
    ("The Renewal party of former speaker Osman al-Verani, the largest bloc, had made the law its price. \"This is a "
     "promise kept,\" Verani wrote on Tuesday.", [("Osman al-Verani", "Verani")], []),
    ("Minister Halvard Ostrom opened the session. Ostrom said the budget would pass by June.",
     [("Halvard Ostrom", "Ostrom")], []),
    # --- guards: never one actor ---
    ("The Harsk Mountain Brigade and the Tolmek Mountain Brigade clashed near the dam. The Harsk Mountain "
     "Brigade said the Tolmek Mountain Brigade had fired first.", [],
     [("Harsk Mountain Brigade", "Tolmek Mountain Brigade")]),
    ("Anna Velk, the party's leader, met her brother Tomas Velk on Monday. Tomas Velk heads the rival Dawn "
     "Movement.", [], [("Anna Velk", "Tomas Velk")]),
    ("The Northern Liberation Front and the Southern Liberation Front signed a truce. The Northern Liberation "
     "Front said the Southern Liberation Front would withdraw first.", [],
     [("Northern Liberation Front", "Southern Liberation Front")]),
    ("The Velnian People's Party and the Velnian Labour Party formed a coalition. The Velnian People's Party "
     "holds the finance ministry.", [], [("Velnian People's Party", "Velnian Labour Party")]),
    ("The Elite Coastal Guard Regiment shelled the harbour of Vesk. The Coastal Guard Regiment said it had not "
     "fired a shot.", [], [("Elite Coastal Guard Regiment", "Coastal Guard Regiment")]),
    # --- slashed pairs ---
    ("The RDL/K14 rebels took the mining town of Serva. K14 commanders said the RDL would run the town.",
     [("RDL", "K14")], []),
]

XFAIL: dict[str, str] = {
    CASES[-1][0]: "a slashed pair of names ('A/B rebels') is two actors: a slash also joins two distinct bodies "
                  "('the army/police checkpoints'), and nothing tells the one body apart",
}


def _name_sets(ex, names):
    """(document, {name and aliases}) of each actor."""
    return ((d, {norm_name(n) for n in [a.name, *a.aliases]}) for a in ex.actors for d in a.documents)


def _check(text: str, joined: list, apart: list, actors: list[set[str]]) -> None:
    problems = []
    for full, *short in joined:
        own = [a for a in actors if norm_name(full) in a]
        if not own:
            problems.append(("full name not found", full))
            continue
        for s in short:
            split = [a for a in actors if norm_name(s) in a and norm_name(full) not in a]
            if split:
                problems.append(("short form is another actor", full, s))
    for x, y in apart:
        if not any(norm_name(x) in a for a in actors) or not any(norm_name(y) in a for a in actors):
            problems.append(("not found", x, y))
        if any(norm_name(x) in a and norm_name(y) in a for a in actors):
            problems.append(("merged", x, y))
    assert not problems, (text, problems, actors)


extracted, test_short_form_wording = battery(
    CASES, XFAIL, "s", partial(extract_by_document, items=_name_sets, collect=list), _check, empty=list)
