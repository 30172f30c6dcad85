"""One body written two ways in one text must be one actor (a battery written before the fixes, invented wordings).

- An acronym whose letters are not simply the initials of the name the text spells out: a letter taken from inside a
  compound word ("Transregional" -> T, R), a place's first letters after the initials, a lower-case particle
  ("de", "al-") skipped, the initials of the name in another language's word order (actors._acronym_loosely_fits).
- A body named again with its name word(s) and a lower-case group noun other than its own ("the Kellow militias"
  for the Kellow Resistance Front, "the Ambar bloc" beside "the Ambar alliance"): the one body whose name opens with
  those words (actors._match_org).
- A name of descent ("Abu X", "Umm X": roles.yaml kunya_words) in brackets right after a person's full name, sharing
  no word with it, is the person's nom de guerre, and so is every later use of it.
- A description joins only a body whose own group noun is of its kind (an armed group, a named army or front for
  "militias"; a party, movement or coalition for "bloc"), never a council, chamber or company, and not in a
  sentence that names both; an acronym in another order only with four letters or more, and never one the text
  calls another body ("the DPA, a rival militia"); a place or a site in brackets is no nom de guerre.
- Never a merge: two bodies under one name word, capitalised both ("the Orvel Movement" and "the Orvel Brigades"),
  stay two; a bare description that two bodies fit joins neither.

Each case is its own document. Expected: groups of names (name or alias) that must be one actor, and pairs of names
that must be two actors. End to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, extract_each

pytestmark = pytest.mark.model

CASES = [
    # --- acronyms with a letter from inside a word of the name ---
    ("The Transregional Coastal Guard Force said on Friday that its boats had seized two fishing vessels. The TRCGF "
     "did not say where the crews were held.", [("Transregional Coastal Guard Force", "TRCGF")], []),
    ("TRCGF patrols left port at dawn. Later the Transregional Coastal Guard Force confirmed it had lost one boat.",
     [("Transregional Coastal Guard Force", "TRCGF")], []),
    ("Officers of the Multiparty Electoral Oversight Board met the minister. The MPEOB then published its audit of "
     "the count.", [("Multiparty Electoral Oversight Board", "MPEOB")], []),
    # --- the acronym of the name in another tongue: particles skipped, a letter from inside its last word ---
    ("Fighters of the Harmel Freedom Front (FLHa, for Frente de Liberación del Harmel) shelled a depot. The FLHa later "
     "denied any part in the raid.", [("Harmel Freedom Front", "FLHa")], []),
    ("A spokesman for the Kavo Popular Liberation Army accused the governor of lying. In the south, ALPK units held "
     "the ferry crossing all week.", [("Kavo Popular Liberation Army", "ALPK")], []),
    ("The Tesk Liberation Front held the dam for a month. Observers say FTL fighters then moved north.",
     [("Tesk Liberation Front", "FTL")], []),
    ("The Tesk Liberation Front held the dam for a month. Observers say FLT fighters then moved north.",
     [("Tesk Liberation Front", "FLT")], []),
    # --- Arabic particles inside a spelled-out name ---
    ("Gunmen loyal to Harakat Nasr al-Din wal-Watan blocked the road. HNDW leaders blamed the army for the clash.",
     [("Harakat Nasr al-Din wal-Watan", "HNDW")], []),
    # --- a body named again with a lower-case group noun other than its own ---
    ("The Kellow Resistance Front claimed the ambush. Residents said the Kellow militias had held the bridge "
     "since March.", [("Kellow Resistance Front", "Kellow militias")], []),
    # (two bodies whose names open with the stem: the description's referent is in doubt, no join)
    ("Critics blamed Omar Vask, the head of the Tarun Movement, whose armed wing is the 40th Brigade. Protesters "
     "marched against the Tarun Brigades on Sunday. The Tarun militia denied any role in the attack.",
     [], [("Tarun Brigades", "Tarun militia")]),
    ("Voters backed the Ambar alliance in three districts, and the Ambar bloc now holds eleven council seats.",
     [("Ambar alliance", "Ambar bloc")], []),
    ("Elders said Tesh groups were recruiting boys, and the Tesh militias later seized the wells.",
     [("Tesh groups", "Tesh militias")], []),
    # --- a nom de guerre in brackets after the full name ---
    ("| Name | Role | Since |\n|---|---|---|\n| Yunus Darel (Abu Sakhr) | quartermaster | 2019 |\n"
     "| Omar Tesk | driver | 2021 |\n\nInvestigators think Abu Sakhr slipped over the border in May.",
     [("Yunus Darel", "Abu Sakhr")], []),
    ("The raid was planned by Hamid Sarouk (Abu Talha), the group's deputy chief. Abu Talha fled across the river "
     "afterwards.", [("Hamid Sarouk", "Abu Talha")], []),
    ("Prosecutors charged Leila Anbar (Umm Yasmin) with running the cell's finances.",
     [("Leila Anbar", "Umm Yasmin")], []),
    # --- never a merge ---
    ("Hamid Sarouk (Abu Sarouk's nephew) chaired the meeting, and Abu Sarouk stayed away.", [],
     [("Hamid Sarouk", "Abu Sarouk")]),
    ("The Orvel Movement held a rally, while the Orvel Brigades ambushed a convoy near the pass.", [],
     [("Orvel Movement", "Orvel Brigades")]),
    ("The Darro Movement and the Darro Brigades both denied the report, and the Darro militia stayed silent.", [],
     [("Darro Movement", "Darro Brigades")]),
    ("The National Unity Front (NUF) met the Northern Union Forum in the capital.", [],
     [("National Unity Front", "Northern Union Forum")]),
    # a description joins only a body of its own kind, never a party, a council or a chamber, and not in a
    # sentence that relates the two
    ("The Brenno Democratic Party took five seats in the vote. The Brenno militias, long hostile to the party, "
     "burned two of its offices.", [], [("Brenno Democratic Party", "Brenno militias")]),
    ("The Halvik Town Council voted to close the market. A week later the Halvik militias shelled the bus station.",
     [], [("Halvik Town Council", "Halvik militias")]),
    ("The Vessa Liberation Front said that the Vessa militias had refused to join its ranks.", [],
     [("Vessa Liberation Front", "Vessa militias")]),
    # three letters in another order, or an acronym the text calls another body, are not the spelled-out name
    ("The Popular Defence Army shelled an outpost overnight. The DPA, a rival militia, said it played no part.", [],
     [("Popular Defence Army", "DPA")]),
    ("The Civic Renewal Union met in exile last week. URC, another exile group, stayed away from the meeting.", [],
     [("Civic Renewal Union", "URC")]),
]

# a place or a site in brackets after a person is no nom de guerre
NOT_ALIAS = [
    ("A court jailed the arms dealer Rami Sawan (Abu Kamal) for nine years.", "Rami Sawan", "Abu Kamal"),
]

XFAIL: dict[str, str] = {
    "Fighters of the Harmel Freedom Front (FLHa, for Frente de Liberación del Harmel) shelled a depot. The FLHa later "
    "denied any part in the raid.": "an acronym with a lower-case letter the tagger leaves out is no mention at all, "
    "and a bracket that goes on after the acronym defines nothing (actors._bracket_acronym)",
}


def _owners(ex, names) -> dict[str, int]:
    """{name or alias (lower case): actor index} of one text's extraction."""
    owners: dict[str, int] = {}
    for j, a in enumerate(ex.actors):
        for n in [a.name, *a.aliases]:
            owners.setdefault(n.lower(), j)
    return owners


def _check(text: str, same: list, apart: list, names: dict[str, int]) -> None:
    for group in same:
        got = {n: names.get(n.lower()) for n in group}
        assert None not in got.values() and len(set(got.values())) == 1, (text, "not one actor", got, names)
    for a, b in apart:
        ia, ib = names.get(a.lower()), names.get(b.lower())
        assert ia is not None and ib is not None and ia != ib, (text, "not two actors", a, b, names)


extracted, test_wording = battery(CASES, XFAIL, "al", partial(extract_each, items=_owners), _check)


@pytest.mark.parametrize("i", range(len(NOT_ALIAS)))
def test_not_alias(i):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    text, person, place = NOT_ALIAS[i]
    ex = extract_documents([Document(id=f"na{i:03d}", text=text)])
    who = [a for a in ex.actors if a.name.lower() == person.lower()]
    assert who and place.lower() not in [n.lower() for n in who[0].aliases], (text, [(a.name, a.aliases) for a in ex.actors])


@pytest.mark.parametrize("text", [
    "Gunmen of Kivo-Kivo Batenga blocked the ferry at Lumo on Friday. Other Kivo-Kivo militias kept away from the road.",
    "The Al-Varesh Front said on Tuesday it would negotiate. Al-Varesh militias later raided a checkpoint by the dam.",
])
def test_a_hyphenated_stem_does_not_fail_the_document(text):
    """A description whose stem holds a hyphen ("the Kivo-Kivo militias") beside a name of that stem: the stem cut
    counts the name's words as the normaliser does (it once read past the name and failed the whole document)."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="hy", text=text)])
    assert [d.id for d in ex.documents] == ["hy"]
    assert ex.actors, "the document was extracted"
