"""A list of posts read from layout: who holds each post, and whose post it is.

(1) A staff list's line whose label is a post after a rank ("Deputy Chair: Ivo Marrek", "Board Chair: X") names a
person (actors._role_labelled_person), who then holds that post in the body the list is about: the party the
text calls "the party" above the list of officers. Negatives: none of the list's persons leads a name the tagger
took for a body on the line above ("Director: Sofia Brandt" over "Board Chair: Paul Keane").

(2) A page's contact details ("Press Office: press@x.org", "Phone: +32 ...", "Spokesperson: Lina Petrov"): a post
in a block of lines that gives an e-mail address or a phone field is the page's own contact, no post in a body a
sentence above names in passing ("Varkia denies arming the militia."). Known loss: a party's release that names
its own spokesperson beside a phone line (XFAIL).

(3) Hard-wrapped prose (a plain-text letter or notice cut at a width): a line that goes on the sentence of the line
above ("... is a member of the" / "National Progress Party. ...", "The Ostravan" / "government did not ...") is
read with it, so a tie across the line break is found. Negatives: a table's rows, a title over its subtitle and a
list's items stay lines of their own.

All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

SPOKESPERSON = ("The Velmor Party held its congress on Sunday. The party named its press team.\n\n"
                "Spokesperson: Ana Sollis\nTel: +44 20 7946 0000")

CASES = [
    # --- (1) a list of officers ---
    ("The Velmor Party held its congress on Sunday. The party also elected the following officials for a term of "
     "three years:\n\nChairwoman: Ana Sollis\nDeputy Chair: Ivo Marrek",
     {("Ana Sollis", L, "Velmor Party"), ("Ivo Marrek", M, "Velmor Party")}, set()),
    ("The Velmor Party held its congress on Sunday. The party also elected the following officials.\n\n"
     "New Leadership\nChairwoman: Ana Sollis\nDeputy Chair: Ivo Marrek",
     {("Ana Sollis", L, "Velmor Party"), ("Ivo Marrek", M, "Velmor Party")}, set()),
    ("Leadership\nDirector: Dr. Emil Zaran\nDeputy Director: Sofia Brandt\nBoard Chair: Paul Keane", set(),
     {("Emil Zaran", L, "Sofia Brandt"), ("Paul Keane", L, "Sofia Brandt")}),
    ("Staff\nExecutive Secretary: Marta Ilves\nPress Officer: Jon Brevik\nTreasurer: Rena Oskar", set(),
     {("Rena Oskar", M, "Marta Ilves")}),
    # --- (2) a page's contact details ---
    ("Our Research\nIn 2023 the Kallistani army clashed with fighters of the Eastern Shield militia. Varkia denies "
     "arming the militia.\n\nMedia Contacts\nPress Office: press@kallistan-centre.org\nPhone: +32 2 555 0101\n"
     "Spokesperson: Lina Petrov", set(), {("Lina Petrov", M, "Eastern Shield militia")}),
    ("The Harbour Front rejected the budget. Critics say the front is split.\n\nContact\nTel: +44 20 7946 0000\n"
     "Spokesman: Oren Dask\nEmail: info@harbour-watch.org", set(), {("Oren Dask", M, "Harbour Front")}),
    ("The Velmor Party held its congress on Sunday. The party also elected the following officials for a term of "
     "three years:\n\nChairwoman: Ana Sollis\nDeputy Chair: Ivo Marrek\n\nMedia contact: press@velmor-party.org",
     {("Ana Sollis", L, "Velmor Party"), ("Ivo Marrek", M, "Velmor Party")}, set()),
    (SPOKESPERSON, {("Ana Sollis", M, "Velmor Party")}, set()),
    # --- (3) hard-wrapped prose ---
    ("Background\nThe project is financed by the Harbour Bank. The Saldovian minister, Ivo Perak, is a member of the\n"
     "National Progress Party. The Republic of Saldovia signed a security agreement with the Velmor Front in\n"
     "January, officials said, and the talks will go on in the spring of next year in the capital.",
     {("Ivo Perak", M, "National Progress Party")}, set()),
    ("Thank you for the referral. The political climate in Velnia has affected our staff, and Ana Sol leads the\n"
     "Harbour Union, which won 12 seats in the election held in the spring of this year, observers said. The\n"
     "vote was calm, and the results were announced by the electoral commission two days "
     "after the polls.", {("Ana Sol", L, "Harbour Union")}, set()),
    ("Due to unrest in the Republic of Tesmar, cover for travel to the north is suspended. The Red Crescent Front,\n"
     "a rebel group led by Omar Halid, seized the town of Durra. The army of Tesmar has not retaken the town\n"
     "and is said to be waiting for reinforcements from the south of the country.",
     {("Omar Halid", L, "Red Crescent Front")}, set()),
    ("Party                Leader              Seats   Change\nVelmor Labour Union  Aron Pettersen      61      +8\n"
     "Freedom Front        Kasia Novak         44      -3",
     {("Aron Pettersen", L, "Velmor Labour Union"), ("Kasia Novak", L, "Freedom Front")},
     {("Aron Pettersen", L, "Freedom Front")}),
]

XFAIL: dict[str, str] = {
    SPOKESPERSON: "a party's own spokesperson beside a phone line in its release is read as a page's contact (the "
             "contact block names no body; the page's author is not known to the reader of the list)",
}


extracted, test_wording = battery(CASES, XFAIL, "y2", relations_by_document, check_ties)


@pytest.mark.parametrize("text", [
    # a title over its subtitle and a publisher's line: no sentence ends inside a line
    "Velmoria after the vote: five risks for the twelve months ahead of the\nHarbour Institute for Security Studies, "
    "November\nSummary of the main findings of the programme and the\n",
    # a list's items, each its own line
    "Key points of the report of the mission to the north of the country\n- The Velmor Front holds the coast. It has "
    "grown.\n- Harbour Union fighters hold the hills of the north of the\nKessa region.\n",
    # a table's rows
    "Party                Leader              Seats   Change\nVelmor Labour Union  Aron Pettersen      61      +8\n",
    # a field's line under a long line
    "Circular to members on the outlook for the port, its customs and the coming\nDistribution: all member firms. "
    "Not for publication. Read it and\nreturn it.\n",
])
def test_no_wrapped_line(text):
    """Lines that are no hard-wrapped prose stay lines of their own (pipeline._wrapped_line_starts)."""
    from kingmaker.nlp.pipeline import _wrapped_line_starts

    starts = _wrapped_line_starts(text)
    assert all(text[s:s + 6] == "return" for s in starts), [text[s:s + 20] for s in starts]
