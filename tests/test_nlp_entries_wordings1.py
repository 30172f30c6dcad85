"""Entries whose headword is the subject of their definition (a glossary, a who's-who, a map's key): "Name.
President since 2019.", "Name - Leader of the X Party.", "X Party (XP). The ruling party of Name." A line that opens
with a head of capitalised words (its "(ABBR)" allowed) and a full stop, in a series of two such lines or more
(pipeline ``_stop_head``, as a dash or colon head is read), is an entry: its descriptions with no subject of their own
are said of the head (relations ``entry_heads``). A bare state title opening an entry's description ("President since
2019.", "Defence minister.") is the head's post in the article's state (relations ``_entry_title``), as "X is
president" says; not a title put in the past ("President until 2022.", "Former president."), negated ("Never
president."), another body's ("President of the Bar Council.", "President of the chess club."), one held only on a
condition ("President if he wins the run-off."), in a closed span of time ("President from 2010 to 2015.") or only
sought; a negation on the title's adverb ("No longer leader of Y.") denies the tie, "not merely" does not. Negatives:
a description with a subject of its own, a list of places, a negated membership. All names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, P = "leader_of", "member_of", "part_of"
# a glossary of a story set in one state: its title, an intro naming the state, then entries "Head. Description."
INTRO = ("Kalvar votes: a glossary\nPolls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's "
         "parliament said turnout was high in Kalvar. The people and bodies you will meet in our coverage:\n\n")
FILLER = ("Harbour Party (HP). The main liberal party of Kalvar. It holds 40 of the 120 seats.\n\n"
          "Electoral Commission. The body that runs the vote. It counted the ballots by hand.\n\n")


def G(*entries: str) -> str:
    """A glossary: the intro, the entries given (each its own paragraph), then two neutral entries."""
    return INTRO + "".join(e + "\n\n" for e in entries) + FILLER


CASES = [
    # --- the head is the subject of a description that has none: "Name. Role of Body." ---
    (G("Amon Tesh. Leader of the Harbour Party since 2019. He won the seat in 2015."),
     {("Amon Tesh", L, "Harbour Party")}, set()),
    (G("Amon Tesh. HP leader in December 2024. He resigned days later."), {("Amon Tesh", L, "Harbour Party")}, set()),
    (G("Amon Tesh. Former labour minister and the Harbour Party's candidate in June."),
     {("Amon Tesh", M, "Harbour Party")}, set()),
    (G("Red Banner Front (RBF). Armed wing of the Harbour Party. It claims 2,000 fighters."),
     {("Red Banner Front", P, "Harbour Party")}, set()),
    (G("Blue Dawn Alliance (BDA). The ruling party of Amon Tesh. It holds 70 seats."),
     {("Amon Tesh", L, "Blue Dawn Alliance")}, set()),
    (G("Red Banner Front. Rival of the Harbour Party and an ally of the Blue Dawn Alliance."),
     {("Red Banner Front", "opposes", "Harbour Party"), ("Red Banner Front", "allied_with", "Blue Dawn Alliance")},
     set()),
    # --- a bare state title opening the description: the head holds that post in the article's state ---
    (G("Amon Tesh. President since 4 June 2025. He won the snap election with 49% of the vote."),
     {("Amon Tesh", L, "Kalvar")}, set()),
    (G("Amon Tesh. Prime minister and leader of the Harbour Party since May."),
     {("Amon Tesh", L, "Kalvar"), ("Amon Tesh", L, "Harbour Party")}, set()),
    (G("Amon Tesh. Defence minister since 2023. He ordered the troops home."), {("Amon Tesh", M, "Kalvar")}, set()),
    (G("Amon Tesh. Acting president since March. The court confirmed him."), {("Amon Tesh", L, "Kalvar")}, set()),
    # the same in a who's-who written with dashes, or as a list's items
    (G("Amon Tesh - President since 2019. He won the snap election.", "Bren Askari - Leader of the Harbour Party."),
     {("Amon Tesh", L, "Kalvar"), ("Bren Askari", L, "Harbour Party")}, set()),
    (G("- Bren Askari - Finance minister since 2023.", "- Tomas Varga - Harbour Party chairman."),
     {("Bren Askari", M, "Kalvar"), ("Tomas Varga", L, "Harbour Party")}, set()),
    # --- negatives ---
    (G("Amon Tesh. Never president, though he ran twice."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Not a member of the Harbour Party, though he often votes with it."),
     set(), {("Amon Tesh", M, "Harbour Party")}),
    (G("Amon Tesh - President until 2022. He now runs a foundation.", "Bren Askari - Leader of the Harbour Party."),
     {("Bren Askari", L, "Harbour Party")}, {("Amon Tesh", L, "Kalvar")}),
    # a past post
    (G("Amon Tesh. President until 2022. He now runs a foundation."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Former president. He now runs a foundation."), set(), {("Amon Tesh", L, "Kalvar")}),
    # another body's post
    (G("Amon Tesh. President of the Bar Council since 2020."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Leader of the Harbour Party's youth wing."), set(), {("Amon Tesh", L, "Harbour Party")}),
    # a post only sought, a candidate
    (G("Amon Tesh. Presidential candidate of the Harbour Party in June."), set(), {("Amon Tesh", L, "Kalvar")}),
    # a post held only on a condition, or in a span of time that has closed
    (G("Amon Tesh. President if he wins the run-off in June."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Prime minister unless the court annuls the vote."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. President from 2010 to 2015. He now teaches law."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. President between 2010 and 2015."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Prime minister in 2011-2014, then an envoy."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Prime minister in the 1990s."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Interior minister in the former government."), set(), {("Amon Tesh", M, "Kalvar")}),
    (G("Amon Tesh - Finance minister until the cabinet fell.", "Bren Askari - Leader of the Harbour Party."),
     {("Bren Askari", L, "Harbour Party")}, {("Amon Tesh", M, "Kalvar")}),
    # a relative clause that tells the post left, or one that does not
    (G("Amon Tesh. Prime minister who was ousted in 2021."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Defence minister who resigned in the spring."), set(), {("Amon Tesh", M, "Kalvar")}),
    (G("Amon Tesh. President who vetoed the budget in May."), {("Amon Tesh", L, "Kalvar")}, set()),
    (G("Amon Tesh. President who will step down in May."), {("Amon Tesh", L, "Kalvar")}, set()),
    # an open span, a state title with its "of" phrase: still held
    (G("Amon Tesh. President since 2019/20. He won a second term."), {("Amon Tesh", L, "Kalvar")}, set()),
    (G("Amon Tesh. Minister of Defence since 2023."), {("Amon Tesh", M, "Kalvar")}, set()),
    # the title word of another body's post (no actor of its own)
    (G("Amon Tesh. President of the national chess club."), set(), {("Amon Tesh", L, "Kalvar")}),
    (G("Amon Tesh. Chairman of a local football team since 2018."), set(), {("Amon Tesh", L, "Kalvar")}),
    # a negation on the title's adverb: a post left or not yet taken
    (G("Amon Tesh. No longer leader of the Harbour Party."), set(), {("Amon Tesh", L, "Harbour Party")}),
    (G("Amon Tesh. Not yet leader of the Harbour Party, though tipped to win its primary."),
     set(), {("Amon Tesh", L, "Harbour Party")}),
    # the same negation in prose; "not only/merely" and a negated adjective ("a not insignificant member") deny nothing
    (INTRO + "Amon Tesh, no longer leader of the Harbour Party, said turnout was high.\n",
     set(), {("Amon Tesh", L, "Harbour Party")}),
    (INTRO + "Amon Tesh, not merely an ally of the Harbour Party, said turnout was high.\n",
     {("Amon Tesh", "allied_with", "Harbour Party")}, set()),
    (INTRO + "Amon Tesh, a not insignificant member of the Harbour Party, said turnout was high.\n",
     {("Amon Tesh", M, "Harbour Party")}, set()),
    (G("Amon Tesh. Not just a member of the Harbour Party but its chief strategist."),
     {("Amon Tesh", M, "Harbour Party")}, set()),
    # the description names a subject of its own
    (G("Amon Tesh. His rival, Bren Askari, has led the Harbour Party since 2019."),
     set(), {("Amon Tesh", L, "Harbour Party")}),
    # a list of places (a map's key): a town's head, no post of its own
    (INTRO + "[1] Port Selvan. The lake port, held by the Harbour Party.\n\n[2] Marrow Bay. The provincial capital, "
     "held by the government.\n\n", set(), {("Port Selvan", L, "Harbour Party"), ("Port Selvan", M, "Harbour Party")}),
]


XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "en", relations_by_document, check_ties)
