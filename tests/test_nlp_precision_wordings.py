"""False actors and false ties, by mechanism (a battery written before the fixes, in invented wordings).

Ties part: each item lists ties that must be present and ties that must be absent. Mechanisms:
- a state's adjective on a plural of armed groups labelled hostile ("designated three Velnian militias as terrorist
  groups") names where the groups are from, not the state the labeller opposes;
- a bare title ("President X", "Supreme Leader Y") in a phrase that speaks for another state (an adviser to the
  title holder says another state will act; the title holder's aide heads another state's delegation) is no post in
  the story's own state;
- an apposition after "Prime Minister X of Kestovia" describes Kestovia, not the person;
- "an X official in Velnia" places the official, it does not make him a member of Velnia's state.
Actors part: names that must not come out as actors (a company officer's title, a title's portfolio, the halves of
a hyphenated name, a label's first word). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, battery_params, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, P, B, A, O = "leader_of", "member_of", "part_of", "backs", "allied_with", "opposes"

_HOME = ("ORVAL, May 3 - Velnia's cabinet met on Tuesday to discuss the drought in the south of Velnia. Farmers "
         "across Velnia have lost much of the harvest, and Velnian officials said aid would arrive within a week. "
         "The Velnian army has sent water trucks to the worst-hit districts. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a demonym on a plural of armed groups labelled hostile: not the state ---
    ("The United States on Friday designated three Libyan militias and two of their commanders as "
     "terrorist groups.", set(), {("United States", O, "Libya")}),
    ("Last year France branded five Malian armed factions as terrorist organisations.",
     set(), {("France", O, "Mali")}),
    ("Germany lists two Sudanese rebel groups as terrorist entities, a step its allies have not taken.",
     set(), {("Germany", O, "Sudan")}),
    ("The State Department designated the Ardent Front as a terrorist organisation in 2021.",
     {("United States", O, "Ardent Front")}, set()),
    # --- a bare title in a phrase that speaks for another state ---
    (_HOME + "An adviser to Supreme Leader Hamid Rostami said Tehran would send grain if asked.",
     set(), {("Hamid Rostami", L, "Velnia")}),
    (_HOME + "Aid pledges were welcomed, but a counsellor to President Dario Melk, who spoke to reporters, said "
     "Kenya could not spare its own reserves.", set(), {("Dario Melk", L, "Velnia")}),
    (_HOME + "The Ghanaian delegation was headed by Efua Lant, a senior aide to President Kofi Adabra.",
     set(), {("Kofi Adabra", L, "Velnia")}),
    (_HOME + "Prime Minister Ilse Vorn said the army would stay in the south until the rains came.",
     {("Ilse Vorn", L, "Velnia")}, set()),
    (_HOME + "The interior minister, General Piet Amsel, told reporters that Kenyan engineers were repairing the "
     "pumps, and he said the wells would be full by June.", {("Piet Amsel", M, "Velnia")}, set()),
    # --- an apposition after "of <state>" describes the state ---
    ("Prime Minister Jonas Rell of Kestovia, Velnia's closest partner, spoke with the Velnian president on "
     "Monday.", set(), {("Jonas Rell", A, "Velnia")}),
    # --- "an X official in <state>" places the official ---
    ("A Harvest Front official in Ghana, Yusuf Omari, said the group would not disarm.",
     {("Yusuf Omari", M, "Harvest Front")}, {("Yusuf Omari", M, "Ghana")}),
]

XFAIL: dict[str, str] = {
    CASES[10][0]: "relations: 'an X official in <state>' gives the state as the person's body besides X (one item in "
                 "the development sets); not fixed",
}


extracted, test_wording = battery(CASES, XFAIL, "p", relations_by_document, check_ties)


# (text, names that must be actors, names that must not be actors)
ACTOR_CASES = [
    ("The Chief Executive of Morrow Copper told shareholders that the mine would reopen in May.",
     set(), {"Executive of Morrow Copper", "Chief Executive"}),
    ("The accounts were signed by the Chief Financial Officer, who said costs had risen.",
     set(), {"Financial Officer", "Chief Financial Officer"}),
    ("In a note to staff, the Chief Operating Officer of Lysk Shipping said two vessels would be sold.",
     set(), {"Operating Officer", "Chief Operating Officer"}),
    ("Velnia's Chief of Army Staff, Major General Oren Talvik, toured the garrison at Brask on Tuesday.",
     {"Oren Talvik", "Velnia"}, {"Army Staff"}),
    ("Flags of the Velnia Tahrik-e-Nazar filled the square as its marchers reached the court on Friday.",
     set(), {"Nazar", "Velnia Tahrik"}),
    ("Exhibit 4.2 - Bronze helmet of the palace guard, worn at the coronation of 1921\nLent by a private collector.",
     set(), {"Bronze"}),
]

ACTOR_XFAIL: dict[str, str] = {}  # ("Chief of Army Staff" leaves no "Army Staff" body since the title reads its own words)


@pytest.fixture(scope="module")
def actor_names():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"a{i:03d}", text=t) for i, (t, _, _) in enumerate(ACTOR_CASES)])
    out: dict[str, set] = {}
    for a in ex.actors:
        for d in a.documents:
            out.setdefault(d, set()).add(a.name.lower())
    return out


@pytest.mark.parametrize("i", battery_params(ACTOR_CASES, ACTOR_XFAIL, "a"))
def test_actor_wording(actor_names, i):
    text, present, absent = ACTOR_CASES[i]
    got = actor_names.get(f"a{i:03d}", set())
    missing = {n for n in present if n.lower() not in got}
    wrong = {n for n in absent if n.lower() in got}
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", got)
