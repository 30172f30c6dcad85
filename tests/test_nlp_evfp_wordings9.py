"""False events from an act with no one known on the other side, or told of the speaker's own side. A threat or a
warning by no one known (plover.yaml polarity.needs_source, THREATEN): "he will be arrested if he comes home", "any
attack will be answered inside X", "the intelligence service had warned him", "armed men threatened X" tell a
danger, no actor threatening another. A push for an outcome with no one named pushed (plover.yaml needs_party
"push", in a frame too: "pushed to suspend him"): "pushed hard for the post", "pushed for an end to the mission" is
a campaign, no request. A person removed from office, told in a relative clause ("X, who was dismissed by Y", "X,
whom Y sacked": events._relative_person) is a sanction, not a claim dismissed. A vote of a chamber that is no known
actor (plover.yaml voting_verbs, event_drops._vote): "Congress voted to suspend the president" is no act of anyone
listed. What someone says their own side must do (events._leads, a first-person subject): "President X said Velnia
should take back the islands", "the party leader said the party must listen", "said that we must go to the UN first"
is the course set for one's own side, no request of another. Negatives that must stay events: a threat by a named
actor, a push of someone named, a body or a claim dismissed, a vote of a known body, a demand of another state, a
member's demand of the party. Invented names; end to end with the real English pipeline. A target of None in a
wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

_V = "KORVATH, May 3 - Velnia's parliament sat on Monday. "

CASES = [
    # --- a threat or a warning by no one known: no event ---
    (_V + "In Velnia, the justice ministry has said that Ivo Tarskan will be arrested if he comes home.",
     set(), {("*", "THREATEN", "Ivo Tarskan")}),
    (_V + "Any attack from Tarskan soil will be answered inside Tarskia, a Velnian general said.",
     set(), {("*", "THREATEN", "Tarskia|Tarskan")}),
    (_V + "Ivo Tarskan said the intelligence service had warned him of a plot.",
     set(), {("*", "THREATEN", "Ivo Tarskan")}),
    (_V + "Armed men threatened the Tarsk Party's candidate in Korvath.", set(), {("*", "THREATEN", "Tarsk Party")}),
    # --- negatives: a threat by a named actor stays ---
    (_V + "Velnia threatened to close its border with Tarskia.", {("Velnia", "THREATEN", "Tarskia")}, set()),
    (_V + "The Tarsk Front threatened to attack Velnian troops in Korvath.",
     {("Tarsk Front", "THREATEN", "Velnia|Velnia military")}, set()),
    # --- a push with no one named pushed: no request ---
    (_V + "Ivo Tarskan of the Tarsk Party had pushed hard for the post himself.",
     set(), {("Ivo Tarskan", "REQUEST", None)}),
    (_V + "Velnia and Kestria had pushed for an end to the mission.", set(), {("*", "REQUEST", None)}),
    (_V + "The Tarsk Party pushed to suspend President Ana Brel.", set(), {("Tarsk Party", "REQUEST", None)}),
    # --- negatives: someone named pushed, or pressed ---
    (_V + "Velnia has pushed for the Tarsk Front's disarmament since March.",
     {("Velnia", "REQUEST", "Tarsk Front")}, set()),
    (_V + "Velnia pressed Kestria to close the border.", {("Velnia", "REQUEST", "Kestria")}, set()),
    # --- a person removed from office, told in a relative clause: a sanction ---
    (_V + "General Ivo Tarskan, who was dismissed by President Tomas Berg in 2024, now leads the Guard.",
     {("Tomas Berg", "SANCTION", "Ivo Tarskan")}, {("Tomas Berg", "REJECT", "Ivo Tarskan")}),
    (_V + "Colonel Ana Brel, whom President Tomas Berg dismissed in March, has joined the Tarsk Party.",
     {("Tomas Berg", "SANCTION", "Ana Brel")}, {("Tomas Berg", "REJECT", "Ana Brel")}),
    (_V + "Ana Brel, who was removed by President Tomas Berg in 2023, leads the Tarsk Party.",
     {("Tomas Berg", "SANCTION", "Ana Brel")}, set()),
    # --- negatives: a body or a claim dismissed is no one removed ---
    (_V + "The Tarsk Party, which was dismissed by President Tomas Berg as a fringe group, won nine seats.",
     set(), {("Tomas Berg", "SANCTION", "Tarsk Party")}),
    (_V + "The report, which President Tomas Berg dismissed in March, named Ana Brel.",
     set(), {("Tomas Berg", "SANCTION", "Ana Brel")}),
    # --- a vote of no known body: no act (plover.yaml voting_verbs) ---
    (_V + "On 29 August the Congress voted 58 to 31 to suspend President Ana Brel pending a trial.",
     set(), {("*", "SANCTION", "Ana Brel")}),
    (_V + "Deputies voted to strip Ivo Tarskan of his immunity.", set(), {("*", "SANCTION", "Ivo Tarskan")}),
    # --- negatives: a vote of a known body stays ---
    (_V + "The Velnian Assembly voted to suspend President Ana Brel.",
     {("Velnian Assembly", "SANCTION", "Ana Brel")}, set()),
    (_V + "The Tarsk Party voted to suspend President Ana Brel.", {("Tarsk Party", "SANCTION", "Ana Brel")}, set()),
    # --- what the speaker says their own side must do: no request ---
    (_V + "President Ana Brel of Velnia said Velnia should take back the islands.",
     set(), {("Ana Brel", "REQUEST", "Velnia")}),
    (_V + "Party leader Ana Brel of the Velnian Green Party said the party must listen to everyone.",
     set(), {("Ana Brel", "REQUEST", "Velnian Green Party")}),
    (_V + "Foreign Minister Ana Brel of Velnia said that we must go to the United Nations first.",
     set(), {("Ana Brel", "REQUEST", None)}),
    (_V + "Ana Brel, Velnia's foreign minister, told parliament that we should talk to Kestria.",
     set(), {("Ana Brel", "REQUEST", None)}),
    # --- negatives: a demand of another state, a member's demand of the party stay ---
    (_V + "President Ana Brel of Velnia said Kestria must release the prisoners.",
     {("Ana Brel", "REQUEST", "Kestria")}, set()),
    (_V + "Ivo Tarskan, a deputy of the Velnian Green Party, said the party must hold a congress.",
     {("Ivo Tarskan", "REQUEST", "Velnian Green Party")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp9", events_by_document, assert_events)
