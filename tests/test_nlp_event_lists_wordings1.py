"""PLOVER events whose other ends are a list the parser hangs away from the subject or object (a battery written
before changing the event reader): a list of names set off after a description or read as a name's apposition
("the foreign minister A, B's C and the envoy D met"; "A, B and C met", B parsed as A's apposition) gives the other
sides of a meeting or a deal and each party charged; a signing of a joint declaration is the signers' agreement with
each other, not each one's endorsement of a text; a plural noun of bodies that names its examples ("four Xian militias,
including A and B", "groups such as A", "militias, among them A") is aimed at those bodies, not at the state its
adjective names; a noun of asking with its sender in a "from" phrase ("a request from X to Y") is aimed at the
one its "to" phrase names. Negatives: a description (no name) set off after a name is no list member; a plain signing of "the
declaration" stays each signer's own; a negated designation gives nothing; a noun of places ("towns, including ...")
keeps its state; a list inside another speaker's words keeps its speaker's source; a company listed is a body all the
same; a negated meeting, a refused or planned signing give nothing.

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end, a type ending in "~"
compared without direction. Invented states, parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# two invented states, each named as an actor before the sentences under test
_TWO = ("Relations between Tessary and Morvane have soured. Tessary's defence minister, Ulla Brandvik, and "
        "Morvane's president, Caius Orlen, have traded threats for a month. ")

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a list of names set off after a description, or read as a name's apposition ---
    ("Oskel Malvik, Arno Bessel and Ruta Kask met in Geneva in September.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel"), ("Oskel Malvik", "CONSULT~", "Ruta Kask")}, set()),
    (_TWO + "Tessary's foreign minister Oskel Malvik, Morvane's Arno Bessel and the Velnian envoy Ruta Kask met in "
     "Geneva in September and agreed a plan for the border.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel"), ("Oskel Malvik", "CONSULT~", "Ruta Kask"),
      ("Oskel Malvik", "AGREE~", "Arno Bessel")}, set()),
    (_TWO + "The interior minister, Oskel Malvik, Arno Bessel and Ruta Kask held talks in the capital on Friday.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel"), ("Oskel Malvik", "CONSULT~", "Ruta Kask")}, set()),
    (_TWO + "The Harrow Front accused Tessary's foreign minister Oskel Malvik, Morvane's Arno Bessel and the Velnian "
     "envoy Ruta Kask of lying.",
     {("Harrow Front", "ACCUSE", "Oskel Malvik"), ("Harrow Front", "ACCUSE", "Arno Bessel"),
      ("Harrow Front", "ACCUSE", "Ruta Kask")}, set()),
    # negatives: a description set off after a name is the same person, no second side
    ("Oskel Malvik, Tessary's president, and his aides met in Geneva.",
     set(), {("Oskel Malvik", "CONSULT~", "Tessary")}),
    (_TWO + "Oskel Malvik, the Tessarian foreign minister, and Arno Bessel met in Geneva.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel")}, {("Oskel Malvik", "CONSULT~", "Tessary")}),
    ("Oskel Malvik, Arno Bessel's deputy, met Ruta Kask in Geneva.",
     {("Oskel Malvik", "CONSULT", "Ruta Kask")}, {("Oskel Malvik", "CONSULT~", "Arno Bessel")}),
    # --- a signing of a joint declaration: the signers' agreement ---
    (_TWO + "Prime Minister Oskel Malvik and President Arno Bessel signed a joint declaration on Monday.",
     {("Oskel Malvik", "AGREE~", "Arno Bessel")}, set()),
    (_TWO + "At the palace Oskel Malvik and Arno Bessel signed a joint declaration in the presence of Ruta Kask.",
     {("Oskel Malvik", "AGREE~", "Arno Bessel")}, {("Ruta Kask", "AGREE~", "*")}),
    (_TWO + "Tessary and Morvane signed a common declaration on the river border.",
     {("Tessary", "AGREE~", "Morvane")}, set()),
    # negatives: the declaration (not a joint one) is each signer's own endorsement; one signer has no partner
    (_TWO + "Oskel Malvik and Arno Bessel signed the declaration on Monday.",
     set(), {("Oskel Malvik", "AGREE~", "Arno Bessel")}),
    (_TWO + "Oskel Malvik signed a joint declaration on Monday.",
     set(), {("Oskel Malvik", "AGREE", "*")}),
    # --- a plural noun of bodies naming its examples ---
    (_TWO + "Tessary designated four Morvanian militias, among them the Red Hand Brigade and the Blue Lantern "
     "Legion, as terrorist organisations.",
     {("Tessary", "SANCTION", "Red Hand Brigade"), ("Tessary", "SANCTION", "Blue Lantern Legion")},
     {("Tessary", "SANCTION", "Morvane")}),
    (_TWO + "Tessary designated four Morvanian militias, including the Red Hand Brigade and the Blue Lantern Legion, "
     "as terrorist organisations.",
     {("Tessary", "SANCTION", "Red Hand Brigade"), ("Tessary", "SANCTION", "Blue Lantern Legion")},
     {("Tessary", "SANCTION", "Morvane")}),
    (_TWO + "Tessary sanctioned several Morvanian groups, such as the Red Hand Brigade.",
     {("Tessary", "SANCTION", "Red Hand Brigade")}, {("Tessary", "SANCTION", "Morvane")}),
    (_TWO + "Four Morvanian militias, among them the Red Hand Brigade, attacked the Tessary border post at Varn.",
     {("Red Hand Brigade", "ASSAULT", "*")}, {("Morvane", "ASSAULT", "*")}),
    # negatives: a negated designation; a noun of places keeps its state; another speaker's designation
    (_TWO + "Tessary did not designate the Morvanian militias, including the Red Hand Brigade, as terrorist groups.",
     set(), {("Tessary", "SANCTION", "*")}),
    (_TWO + "The Harrow Front shelled several Morvane towns, including Pelk and Dorvo.",
     {("Harrow Front", "ASSAULT", "Morvane")}, {("Harrow Front", "ASSAULT", "Pelk|Dorvo")}),
    (_TWO + "Tessary said that Morvane had designated four militias, including the Red Hand Brigade, as terrorist "
     "groups.",
     {("Morvane", "SANCTION", "Red Hand Brigade")}, {("Tessary", "SANCTION", "*")}),
    # more negatives a reviewer would try: a company as the listed body (kept: a body all the same), examples that name
    # no body, a negated meeting, a refused or a planned signing, and a meeting told in a third party's words
    (_TWO + "Tessary sanctioned several Morvanian firms, including Pellworth Mining.",
     {("Tessary", "SANCTION", "Pellworth Mining")}, {("Tessary", "SANCTION", "Morvane")}),
    (_TWO + "Tessary designated four Morvanian militias, including two that fought at Varn, as terrorist groups.",
     set(), {("Tessary", "SANCTION", "Varn")}),
    (_TWO + "Tessary's foreign minister Oskel Malvik, Morvane's Arno Bessel and the Velnian envoy Ruta Kask did not "
     "meet in Geneva.",
     set(), {("Oskel Malvik", "CONSULT~", "*"), ("Arno Bessel", "CONSULT~", "*")}),
    (_TWO + "Oskel Malvik and Arno Bessel refused to sign a joint declaration.",
     set(), {("Oskel Malvik", "AGREE~", "Arno Bessel")}),
    (_TWO + "Oskel Malvik and Arno Bessel are expected to sign a joint declaration next week.",
     set(), {("Oskel Malvik", "AGREE~", "Arno Bessel")}),
    (_TWO + "The Harrow Front said that Oskel Malvik, Arno Bessel and Ruta Kask had met in secret.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel"), ("Oskel Malvik", "CONSULT~", "Ruta Kask")},
     {("Harrow Front", "CONSULT~", "*")}),
    # --- a noun of asking with its sender in "from" and its addressee in "to" ---
    (_TWO + "The arrests followed a request from Tessary to Morvane.",
     {("Tessary", "REQUEST", "Morvane")}, {("Tessary", "REQUEST", "Tessary")}),
    (_TWO + "The talks followed an appeal from Tessary's defence minister, Ulla Brandvik, to Morvane.",
     {("Ulla Brandvik", "REQUEST", "Morvane")}, set()),
    (_TWO + "The extradition followed a request from Tessary to hand over the two men.",
     set(), {("Tessary", "REQUEST", "Tessary")}),
    (_TWO + "Morvane rejected a demand from Tessary.",
     {("Morvane", "REJECT", "Tessary")}, {("Morvane", "REQUEST", "*")}),
    # a description set off after the first name, then the list: the chain holds names only
    (_TWO + "Oskel Malvik, the former president, Arno Bessel and Ruta Kask met in Geneva in September.",
     {("Oskel Malvik", "CONSULT~", "Arno Bessel")}, set()),
]

XFAIL: dict[str, str] = {
    CASES[-1][0]: "a list whose chain passes through a description set off after the first name ('X, the former "
                 "president, Y and Z') is not followed (the apposition chain holds names only)",
}


extracted, test_wording = battery(CASES, XFAIL, "l", events_by_document, check_events)
