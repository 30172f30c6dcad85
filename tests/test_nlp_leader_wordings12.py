"""A leader told by a successor chosen (a battery written before changing the reader):

(1) "Delegates chose X to succeed Y", "the party elected X to replace her", "X was chosen to succeed Y": a person a
verb of choosing (relations.yaml appointing_verbs) names to succeed or replace (word_lists.successor_verbs) a person
found leading a body takes that post (``relations._chosen_successors``), as "X succeeded Y" does; the one body the
predecessor leads, or the chooser's own when the predecessor leads several; not a choice to come, denied, wished or
conditional ("will choose X to succeed", "refused to name X to succeed", "if they elect X to succeed"), nor a
successor to one who leads nothing;
(2) "voted to remove Speaker Y and elected X in his place", "X was elected chairman in her place": a verb of choosing
with "in his place" (a possessive pronoun or name on "place") makes the one chosen the successor of the one the
possessive names, as (1); not a choice to come or denied, nor a seat given ("elected X to the Senate in his place");
(3) "the observer mission of the Y Union, led by X", "the Y League's observation mission, headed by X", "X, head of
the Y League election observation mission": a mission (relations.yaml mission_nouns) that is no body named of its
own, owned by an organisation ("of Y", "Y's", "the Y mission"), stands for that organisation when a person is said
to lead it (``relations._mission_owner``): X leads Y; not a state's mission ("Velnia's mission, led by X": an
envoy of the state), a mission to come ("will be led
by X"), nor a deputy head.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a successor chosen by an infinitive of succession ---
    ("The Amber League held a congress in Pell on Sunday. Delegates chose the former mayor of Tessin, Marta Hollin, "
     "to succeed Gustav Ferrin, the league's leader, who stepped down after the spring elections.",
     {("Marta Hollin", L, "Amber League")}, set()),
    ("Oskar Brandt, the leader of the Cobalt Party, resigned in May. The party chose Lena Vorst, the climate minister, "
     "to succeed him.",
     {("Lena Vorst", L, "Cobalt Party")}, set()),
    ("Anja Rieth has chaired the Heath Union since 2015. On Saturday its council elected Pavel Odran to replace her.",
     {("Pavel Odran", L, "Heath Union")}, set()),
    ("Tomas Viel, chairman of the Slate Movement, died in March. Mira Kallen was chosen to succeed him in April.",
     {("Mira Kallen", L, "Slate Movement")}, set()),
    ("Jonas Arvid leads the Linden Front. The front will choose Ida Marsk to succeed him next year.",
     set(), {("Ida Marsk", L, "Linden Front")}),
    ("Karl Osten leads the Bramble Party. The delegates refused to elect Sofie Lind to succeed him.",
     set(), {("Sofie Lind", L, "Bramble Party")}),
    ("Nils Harde leads the Alder Alliance. If the council elects Rut Vagn to succeed him, the party will split.",
     set(), {("Rut Vagn", L, "Alder Alliance")}),
    ("Emil Sarn, a lawyer, retired in June. The firm chose Greta Holm to succeed him as senior partner.",
     set(), {("Greta Holm", L, "Emil Sarn")}),
    # --- (2) a successor chosen "in his place" ---
    ("The Dorvian Senate met on Monday. Its members voted to remove Speaker Jonah Tellis and elected Ruben Aske in his "
     "place.",
     {("Ruben Aske", L, "Dorvian Senate")}, set()),
    ("Hanna Berg, chairwoman of the Quarry Workers' Union, was arrested in May. The union elected Ola Tveit chairman "
     "in her place.",
     {("Ola Tveit", L, "Quarry Workers' Union")}, set()),
    ("Lars Fenn leads the Meadow Party. The congress may elect Kari Bolt in his place next spring.",
     set(), {("Kari Bolt", L, "Meadow Party")}),
    ("Per Strand heads the Harbour Guild. The guild did not elect Liv Aas in his place.",
     set(), {("Liv Aas", L, "Harbour Guild")}),
    ("Rune Falk, the leader of the Reed Party, gave up his seat in May. The voters of Tessin elected Siv Hald to the "
     "Velnian Senate in his place.",
     set(), {("Siv Hald", L, "Reed Party")}),
    # --- (3) a mission of a body, led by a person ---
    ("The observer mission of the Coastal Trade Union (CTU), led by Velnia's former vice president Anna Korvik, said "
     "the vote had fallen short of the constitution.",
     {("Anna Korvik", L, "Coastal Trade Union")}, set()),
    ("The Council notes that the observation mission of the Western States Community, led by Ms Marta Sedlak, found "
     "the election to have been peaceful.",
     {("Marta Sedlak", L, "Western States Community")}, set()),
    ("The Lake States Forum's monitoring mission, headed by Jon Varg, arrived in Pell on Monday.",
     {("Jon Varg", L, "Lake States Forum")}, set()),
    ("Irena Holub, head of the Danube League election observation mission, spoke at a news conference on Monday.",
     {("Irena Holub", L, "Danube League")}, set()),
    ("The observation mission of the Hill States Union will be led by Ana Brell, a former judge.",
     set(), {("Ana Brell", L, "Hill States Union")}),
    ("Kessa's observer mission, led by Ivo Kral, reached the capital on Friday.",
     set(), {("Ivo Kral", L, "Kessa")}),
    ("Tove Lunde, deputy head of the Northern Union observer mission, spoke on Tuesday.",
     set(), {("Tove Lunde", L, "Northern Union")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l12", relations_by_document, check_ties)
