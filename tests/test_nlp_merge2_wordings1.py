"""An organ of a body world knowledge lists is an actor of its own, never the body's alias, where the text names the
body by itself too.

- "The UN said the UN Security Council would meet", "UN peacekeepers ... the Security Council condemned", "a UN Group
  of Experts found ... the United Nations keeps peacekeepers", "the UN envoy ... the UN human rights office": the
  body's own mentions stay the body's; the organ (the body's short name before capitalised words headed by one of
  roles.yaml body_organ_heads, or lower-case words naming a field before such a head) is a second actor
  (actors._bodies_named_by_organ). Also in a negated, reported or hypothetical sentence, and in a list.

- "Tarvonia's Legislative Assembly ... the Assembly ... his Assembly ... the assembly's website": a bare house word
  is the one house the text names, even where a short form of it ("the Assembly") was found as a name of its own
  (actors._bare_legislatures); it is not made the story's state's parliament beside it.

Negatives: an executive organ (roles.yaml organ_nouns: "the ECOWAS Commission", "the Karst Union Commission") acts as
the body it belongs to, as a ministry acts as its state; a state's own "Security Council" is no organ of the UN; a
short form that is the body ("the Assembly" where one assembly is named) joins it.

Each case: the text, the groups of names that must be one actor's (a group of one: that name must be found), and
pairs of names that must be two actors. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import actor_groups_each, battery, check_actor_groups

pytestmark = pytest.mark.model

UN, SC = "United Nations", "UN Security Council"

CASES = [
    # --- the body named by itself, and its council ---
    ("The UN said on Monday that the UN Security Council would meet on the fighting in Pellisca.",
     [{UN}, {SC}], [(SC, UN)]),
    ("UN peacekeepers reported shelling near Kessport, and the Security Council condemned the attack on Tuesday.",
     [{UN}, {SC, "Security Council"}], [("Security Council", UN)]),
    ("The United Nations Security Council voted to renew the sanctions on Marvenia. The United Nations has 3,000 "
     "peacekeepers in the country.", [{UN}, {SC}], [(SC, UN)]),
    # --- an expert group, an office, an agency ---
    ("A UN Group of Experts reported that Drevorian officers sold rifles to the Grey Reed militia. The United Nations "
     "keeps 4,000 peacekeepers in the region.", [{UN}, {"UN Group of Experts"}], [("UN Group of Experts", UN)]),
    ("UN envoy Talvo Serrin met the rebel leaders, while the UN human rights office called for an inquiry into the "
     "killings.", [{UN}, {"UN human rights office"}], [("UN human rights office", UN)]),
    ("The UN said aid convoys were blocked, and the UN's refugee agency said 5,000 people had fled Pellisca.",
     [{UN}, {"UN refugee agency"}], [("UN refugee agency", UN)]),
    # --- negated, reported, hypothetical, a list: the organ all the same ---
    ("The UN did not say whether the UN Security Council would meet on Marvenia.", [{UN}, {SC}], [(SC, UN)]),
    ("If the UN Security Council imposes sanctions, the UN will withdraw its staff from Kessport, officials said.",
     [{UN}, {SC}], [(SC, UN)]),
    ("Marvenia, the UN and the UN Security Council condemned the shelling of Kessport.", [{UN}, {SC}], [(SC, UN)]),
    # --- negatives: an executive organ acts as the body ---
    ("ECOWAS said on Monday that the ECOWAS Commission would send mediators to Marvenia.",
     [{"ECOWAS", "ECOWAS Commission"}], []),
    ("The Karst Union met in Velsko on Monday. The Karst Union Commission said the summit would resume in May.",
     [{"Karst Union", "Karst Union Commission"}], []),
    # (another's council of that name is no organ of the UN)
    ("Drevoria's Security Council met on Monday, and the UN urged calm in Kessport.", [{UN}],
     [("Security Council", UN), (SC, UN)]),
    # (a short form that is the one body named)
    ("The Tarvonian National Assembly passed the budget on Monday. The Assembly will meet again in May.",
     [{"Tarvonian National Assembly", "Assembly"}], []),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mg", actor_groups_each, check_actor_groups)

HOUSE = [
    # (the short form found as a name, then bare house words: one house)
    ("PORT SELVA, May 3 - Tarvonia's Legislative Assembly was cut from 90 to 60 seats last year. President Omar "
     "Delvane has ruled Tarvonia since 2019, and in 2021 his Assembly replaced the judges of the high court. "
     "Tarvonia's opposition said the Assembly had no right to do so. The United States criticised the move, and "
     "Washington cut aid.\n\nIn a later note, the assembly's website listed 60 deputies.", "Legislative Assembly"),
    ("KESSPORT, June 9 - The National Assembly of Marvenia passed the budget on Monday. The Assembly meets again in "
     "May, and the opposition said the assembly's vote was rushed. Marvenia's president signed the law.",
     "National Assembly of Marvenia"),
]


@pytest.mark.parametrize("text, house", HOUSE)
def test_a_bare_house_word_is_the_one_house_named(text, house):
    got = actor_groups_each([text], "mh")[0]
    holders = [names for names in got if "assembly" in names or house.lower() in names]
    assert len(holders) == 1 and house.lower() in holders[0], (text, got)
