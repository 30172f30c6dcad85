"""The story's home state (``PhraseResolver.home_state``) that gives a state to bare titles ("President X", "Interior
Minister Y"), a battery written before the fixes:

- a headline that names one state as the actor and another only as the partner of its dealings ("A's water deal
  with B tests ...", "A signs pact with B", "A seals accord with the Bs": word_lists.headline_partner_prepositions,
  ``PhraseResolver._headline_partners``) is about the acting state, even when the partner is named a little more
  often in the body;
- a masthead naming a body whose head noun is an organisation noun ("ELECTIONS COMMISSION OF X ... the
  Commission", "FEDERATION OF X UNIONS ... the Federation") names no unnamed own state of the document
  (``PhraseResolver._unnamed_own_state`` skips roles.yaml org_nouns): the state the masthead names stays home.

Negatives: a headline that names only the partner ("Rebels clash with Velnian troops"), two states named side by
side ("A and B sign pact"), a partner that dominates the body, a wire filed from a neighbour's capital, a roundup of
several states (no home state), an own state named only in its bodies' names ("KESTRAVO CHAMBER OF TRADE"), and a
modal or negated title. Each item lists ties that must be present and ties that must be absent (other ties may be
emitted). All names of people, places and bodies are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# a body that names both states about equally often, the partner a little more
_DEAL = ("The Ostravian parliament approved an agreement with Velnia on Wednesday under which Velnia will release "
         "water from the Tarn dam. Ostravia had asked for the water since May, and farmers in Ostravia welcomed the "
         "deal. Ostravia will pay Velnia in grain, and Velnia will send engineers to Velnia's side of the dam. The "
         "Velnian government said the dam was safe. Velnia's foreign minister said Velnia wanted more.")
_VORN = "President Ilse Vorn signed the text. "

_POLL = ("ELECTIONS COMMISSION OF TARVONIA\nVoter information, 2 March 2026\n\nThe Elections Commission of Tarvonia "
         "answers the questions voters ask most. Who is standing? Seven parties are on the ballot for the 80 seats of "
         "the National Assembly of Tarvonia. The Commission has registered 212 candidates. {title} Oren Maltese {verb}"
         "\n\nCan citizens abroad vote? Yes. The Commission runs polling stations in India and in the embassies of "
         "Tarvonia. India has sent 12 observers and India's ambassador has met the Commission. The Commission thanks "
         "India. The Tarvonian army will guard the polls.\n\nWhere do I complain? Write to the Commission. The "
         "Commission answers within a week. Voters may also appeal to the Commission. The Commission's decisions are "
         "final, and the Commission publishes them. Ask the Commission.")

CASES = [
    # --- a headline state acting, another only its partner ("with B") ---
    ("Ostravia's water deal with Velnia tests the coalition\n\n" + _VORN + _DEAL,
     {("Ilse Vorn", L, "Ostravia")}, {("Ilse Vorn", L, "Velnia")}),
    ("Ostravia signs water pact with Velnia\n\n" + _VORN + _DEAL,
     {("Ilse Vorn", L, "Ostravia")}, {("Ilse Vorn", L, "Velnia")}),
    ("Analysis | Ostravia's grain talks with Velnia stall\n\nInterior Minister Karel Dunst said the police would "
     "guard the trucks. " + _DEAL,
     {("Karel Dunst", M, "Ostravia")}, {("Karel Dunst", M, "Velnia")}),
    ("Ostravia seals dam accord with the Velnians\n\n" + _VORN + _DEAL,
     {("Ilse Vorn", L, "Ostravia")}, {("Ilse Vorn", L, "Velnia")}),
    # --- a masthead body named by an organisation noun: no unnamed own state ---
    (_POLL.format(title="President", verb="is not up for election; his term runs until 2029."),
     {("Oren Maltese", L, "Tarvonia")}, {("Oren Maltese", L, "India")}),
    ("FEDERATION OF TARVONIAN UNIONS\nStrike bulletin, 2 March 2026\n\nThe Federation of Tarvonian Unions groups 40 "
     "unions. The Federation calls a general strike in Tarvonia on Monday. President Oren Maltese has refused to "
     "meet the Federation. The Federation's members in the ports will stop work, and the Federation asks drivers to "
     "join. India has offered to mediate, and India's ambassador met the Federation. The Tarvonian police have "
     "warned the Federation. The Federation will march in the capital of Tarvonia. Join the Federation.",
     {("Oren Maltese", L, "Tarvonia")}, {("Oren Maltese", L, "India")}),
    # --- negatives ---
    # the headline names only the partner: it stays what the story is about
    ("Rebels clash with Velnian troops\n\n" + _VORN + _DEAL,
     set(), {("Ilse Vorn", L, "Ostravia")}),
    # two states side by side in the headline: no partner
    ("Ostravia and Velnia sign water pact\n\n" + _VORN + _DEAL,
     set(), {("Ilse Vorn", L, "Velnia")}),
    # the partner dominates the body: the acting state's headline alone does not make it home
    ("Ostravia's water deal with Velnia\n\nPresident Ilse Vorn spoke. Velnia, Velnia, Velnia. " + _DEAL
     + " Velnia said Velnia and Velnia would not sign. Velnian troops stayed in Velnia.",
     set(), {("Ilse Vorn", L, "Ostravia")}),
    # a wire filed from a neighbour's capital about another state
    ("VELGRAD, May 2 (Wire) - Dravia's army shelled the border town of Kesh on Monday, Dravian officials said. "
     "Dravia has massed troops in the east of Dravia since March, and the Dravian parliament backed the operation. "
     "President Ilse Vorn said the shelling would go on.",
     {("Ilse Vorn", L, "Dravia")}, {("Ilse Vorn", L, "Velnia")}),
    # a roundup of several states: no home state for a bare title
    ("World roundup: Ostravia votes, Velnia talks with Dravia, Kessaria strikes\n\nOstravia held a vote on Sunday. "
     "Velnia and Dravia met in Tarn for talks. Kessaria's unions struck for a day. Ostravia, Velnia, Dravia and "
     "Kessaria all face drought. President Ilse Vorn called for calm.",
     set(), {("Ilse Vorn", L, "Velnia"), ("Ilse Vorn", L, "Dravia")}),
    # an own state named only in its bodies' names (a proper name, no organisation noun): no foreign state is home
    ("KESTRAVO CHAMBER OF TRADE\nMembers' circular, 4 May\n\nThe Kestravo Maritime Court ruled on Monday that the "
     "Kestravo Customs Service may hold the cargo of a firm registered in Brazil. The Kestravo Port Authority "
     "agreed, and the Kestravo Shippers' League will appeal. President Dalo Quint said the ruling was fair.",
     set(), {("Dalo Quint", L, "Brazil")}),
    # a former title and a modal in the poll: never a tie to the foreign state
    (_POLL.format(title="Former president", verb="may stand again in 2029."),
     set(), {("Oren Maltese", L, "India")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs5", relations_by_document, check_ties)
