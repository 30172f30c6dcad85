"""Actors that must stay apart (a merge of two is the worst actor error: every layer goes to the wrong one) and
actors that must still become one, in invented multi-sentence texts, end to end with the real English pipeline
(each item one run: extraction and resolution).

The causes kept apart: a state's navy and its army or forces (a branch of its own, roles.yaml state_institutions;
"the Velnian navy" is not "the Velnian army"), and its air force where its own name says so in capitals ("the
Orlian Air Force"; nlp.actors.STATE_FORCES); an army named after its state and set off as a rebel or client force by a description right after its bracketed
acronym ("the Quessa Liberation Army (QLA), a rebel militia active ...", whatever the parser hung the apposition on)
and the state's own army (not where the rebel word is no head nor plain modifier of a body's noun in the description:
"an anti-rebel force", "an opposition target", "a militia-free force", "a former rebel militia" stay the state's).

Still one actor: a state's army, troops and military; its navy in two wordings; a body and its short name ("the
Kalda Movement ... Kalda"); a body and its lower-case description ("the Kellow Front ... the Kellow militias"); a
state's armed forces and its army; a person and their surname; a body and its acronym.

Each item: (documents, groups that must stay apart, groups that must be one). A group is a list of names; an actor
"is" a group when it carries one of its names (compared without case and a leading "the"). Every group must be
found; no actor may carry names of two "apart" groups; every "together" group's names must all sit on one actor."""
from __future__ import annotations

import pytest

from wording_battery import battery_params

pytestmark = pytest.mark.model

CASES = [
    # --- a state's navy or air force and its army (positives: apart) ---
    (["The Velnian navy seized a tanker off the coast on Monday. The Velnian army said separately that it had moved "
      "two brigades to the border."],
     [["Velnian navy"], ["Velnian army"]], []),
    (["Ostravian security forces arrested six men in the port on Sunday. The Ostravian navy said it had stopped a "
      "boat carrying rifles."],
     [["Ostravian navy"], ["Ostravian security forces"]], []),
    (["Tessarian troops crossed the river at dawn, and the Tessarian Air Force bombed the ridge. Tessaria's navy "
      "blockaded the harbour."],
     [["Tessarian troops"], ["Tessarian Air Force"], ["Tessaria's navy"]], []),
    (["The Orlian Air Force bombed rebel positions near the lake. The Orlian Army said its troops had taken the town. "
      "Orlia denied any civilian deaths."],
     [["Orlian Air Force"], ["Orlian Army"]], []),
    (["Tessaria's air force struck the ridge on Monday, and the Tessarian army moved into the valley. Tessaria said "
      "the operation would last a week."],
     [["Tessaria's air force"], ["Tessarian army"]], []),
    # --- a bare name and its forces (positives: apart; strict xfails below) ---
    (["Omar Dalik, who governs Karvessa for the rebels, toured the valley on Monday. Two days later his Karvessa "
      "forces fought the state's troops at the old dam."],
     [["Karvessa"], ["Karvessa forces"]], []),
    (["Dorvan's elders met the governor on Tuesday. Fighting broke out between the Dorvan militias and the army on "
      "Friday."],
     [["Dorvan"], ["Dorvan militias"]], []),
    # --- a rebel army named after its state, described right after its acronym (positives: apart) ---
    (["Quessa's long war pits the cabinet of Ivo Marne against the Quessa Liberation Army (QLA), a rebel militia "
      "active along the salt flats. The QLA took the town. The Quessan army retook it in May."],
     [["Quessa Liberation Army", "QLA"], ["Quessan army"]], []),
    (["Peace talks between the cabinet of Quessa and the Quessa Liberation Army (QLA), a rebel militia active in the "
      "south, broke down on Friday. The Quessan army then shelled the QLA's camps."],
     [["Quessa Liberation Army", "QLA"], ["Quessan army"]], []),
    (["Fighting resumed between the cabinet of Velmar and the Velmar Freedom Army (VFA), a militia backed by a "
      "neighbour, on Sunday. The VFA shelled the airport. The Velmari army said it had returned fire."],
     [["Velmar Freedom Army", "VFA"], ["Velmari army"]], []),
    # --- what must stay one (negatives) ---
    (["The Velnian army moved north on Monday. Velnian troops took the bridge, and the Velnian military said the "
      "town was calm."],
     [], [["Velnian army", "Velnian troops", "Velnian military"]]),
    (["The Velnian navy stopped a ferry on Monday. Velnia's navy said the ferry carried arms."],
     [], [["Velnian navy", "Velnia's navy"]]),
    (["Quessa said on Monday that the Quessan Armed Forces (QAF) had shelled the town. The Quessan army said the "
      "rebels had fled."],
     [], [["Quessan Armed Forces", "QAF", "Quessan army"]]),
    # (a description whose rebel word is no head nor plain modifier of a body's noun: the state's own force)
    (["Talks between the rebels and the Quessa Armed Forces (QAF), an anti-rebel force active in the hills, "
      "collapsed on Friday. The Quessan army then shelled the camps."],
     [], [["Quessa Armed Forces", "QAF", "Quessan army"]]),
    (["Talks between the rebels and the Quessa Armed Forces (QAF), an opposition target for years, collapsed on "
      "Friday. The Quessan army then shelled the camps."],
     [], [["Quessa Armed Forces", "QAF", "Quessan army"]]),
    (["Fighting went on between the rebels and the Quessa Armed Forces (QAF), a militia-free force, on Sunday. "
      "The Quessan army said it had returned fire."],
     [], [["Quessa Armed Forces", "QAF", "Quessan army"]]),
    (["Talks between the rebels and the Quessa Armed Forces (QAF), a former rebel militia, collapsed on Friday. "
      "The Quessan army then shelled the camps."],
     [], [["Quessa Armed Forces", "QAF", "Quessan army"]]),
    (["The Kalda Movement held a rally on Monday. Kalda said it would contest the vote."],
     [], [["Kalda Movement", "Kalda"]]),
    (["The Kellow Front seized the pass on Monday. The Kellow militias hold it now."],
     [], [["Kellow Front", "Kellow militias"]]),
    (["Karo Denn, the leader of the opposition, arrived on Monday. Denn said the vote had been stolen."],
     [], [["Karo Denn", "Denn"]]),
    (["The Movement for Harvest Renewal (MHR) won twelve seats. MHR officials said the result was fair."],
     [], [["Movement for Harvest Renewal", "MHR"]]),
    (["The Velnian navy seized a tanker on Monday.", "Velnia's navy released the crew of the tanker on Friday."],
     [], [["Velnian navy", "Velnia's navy"]]),
    (["The Karvessa forces took the ridge on Monday.", "Fighting between the Karvessa forces and the army went on."],
     [], [["Karvessa forces"]]),
]

# an item's first words -> why it fails (strict: an item that starts passing must be moved out of this table)
XFAIL: dict[str, str] = {
    "Tessaria's air force struck": "an air force named in lower case is no actor of its own (the state's one military "
                                   "by the conventions most development sets follow; read as neither here)",
    "Omar Dalik, who governs": "a bare name and the same name before 'forces' in lower case stay one actor: the name "
                               "may be the body's own ('the Iron Lantern forces'), and nothing here tells a region's "
                               "name from a body's",
    "Dorvan's elders": "a bare name and the same name before 'militias' in lower case stay one actor (as above)",
}


def _norm(name: str) -> str:
    name = name.lower().strip().replace("\u2019", "'").rstrip(".")
    return name[4:] if name.startswith("the ") else name


@pytest.fixture(scope="module")
def runs():
    """{item: [names of each actor]}: every item its own run (its documents linked together)."""
    from kingmaker.api import iter_doc_extractions
    from kingmaker.model import Document
    from kingmaker.nlp.resolve import link_documents

    docs = [Document(id=f"g{i:02d}d{j}", text=text) for i, (texts, _, _) in enumerate(CASES)
            for j, text in enumerate(texts)]
    results = list(iter_doc_extractions(docs))
    out = {}
    for i in range(len(CASES)):
        ex = link_documents([r for r in results if r.document.id.startswith(f"g{i:02d}d")])
        out[i] = [{_norm(n) for n in a.names()} for a in ex.actors]
    return out


@pytest.mark.parametrize("i", battery_params([(c[0][0],) + c[1:] for c in CASES],
                                             {c[0][0]: why for c in CASES for start, why in XFAIL.items()
                                              if c[0][0].startswith(start)}, "g"))
def test_merge_wordings(runs, i):
    texts, apart, together = CASES[i]
    actors = runs[i]
    found = set().union(*actors) if actors else set()
    missing = [g[0] for g in apart + together if not {_norm(n) for n in g} & found]
    merged = [(sorted(names), hit) for names in actors
              if len(hit := [g[0] for g in apart if {_norm(n) for n in g} & names]) > 1]
    split = [g for g in together if not any({_norm(n) for n in g} <= names for names in actors)]
    assert not missing and not merged and not split, (texts, "missing", missing, "merged", merged, "split", split,
                                                      "actors", actors)
