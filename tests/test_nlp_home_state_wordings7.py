"""The story's home state (``PhraseResolver.home_state``, ``_sole_scene``) when the story names its own state about
as often as a foreign power that is only the background of its affairs:

- the one state the text sets the story in (one of its institutions at work, its government, "across X", "in X"),
  named three times at least, is the story's state when every other state is named only by its name or adjective
  (what it said, its firms, its envoy), never as a scene, even when that foreign power is named nearly as often
  (less than the half again the counts alone want), so long as no headline or dateline names a state;
- a bare title ("President X", "Prime Minister X", "Interior Minister X") then ties its holder to that state; a
  chamber's chair titled with the chamber's word ("X, the Senate president", "the Assembly president, X":
  relations.yaml chamber_words before a chamber_chair_titles word) is no head of it.

Negatives: the foreign power set as a scene too (its own house at work, "across Y": two states), the story's state
named too rarely, a dateline in another state, the foreign power named as often or more often, a
former president, a president named with the foreign state ("President X of Chile"), a wish to hold the office.
Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names of
people, places and bodies are invented, besides a few real states; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"
_TESH_B, _TESH_C = ("Amon Tesh", L, "Bolivia"), ("Amon Tesh", L, "Chile")
_TESH_P, _TESH_E = ("Amon Tesh", L, "Peru"), ("Amon Tesh", L, "Ecuador")

# the foreign power named as the background of the story's affairs (what it said, its firms, its envoy), then the
# story's state set as the scene (its house at work, "across Bolivia", its government)
_CHILE = "Chile called the law a risk. Chilean firms said Chile might cut imports. "
_SCENE = "Bolivia's parliament passed the law after a long debate, and miners protested across Bolivia."
_PERU = ("Ecuador closed two border crossings, and Ecuadorian traders said Ecuador would lose money. Peru's cabinet "
         "met on Saturday, Peruvian unions called a strike, and the police were deployed throughout Peru. Peruvian "
         "farmers blocked the roads.")

# a story set in Bolivia by its headline, for the chairs of its chambers
_HOME = ("Bolivia votes\n\nBolivia's parliament passed the mining law on Friday, and miners protested across Bolivia. "
         "The Bolivian government said the law would stand. ")
_DUNST = ("Karel Dunst", L, "Bolivia")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- the story's state named a little more often than the background power ---
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. " + _CHILE + _SCENE, {_TESH_B}, {_TESH_C}),
    ("Morning note\n\nInterior Minister Amon Tesh sent the police to the mines on Friday. " + _CHILE + _SCENE,
     {("Amon Tesh", M, "Bolivia")}, {("Amon Tesh", M, "Chile")}),
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. Chile called the law a risk, and Chilean "
     "firms said Chile might cut imports. The Bolivian government said the law would stand. Bolivian miners welcomed "
     "it, Bolivian banks cut their rates, and prices rose in Bolivia.", {_TESH_B}, {_TESH_C}),
    # --- another pair of states: the background power first ---
    ("Weekly brief\n\nPrime Minister Amon Tesh promised calm on Sunday. " + _PERU, {_TESH_P}, {_TESH_E}),
    ("Weekly brief\n\nDefence Minister Amon Tesh promised calm on Sunday. " + _PERU, {("Amon Tesh", M, "Peru")},
     {("Amon Tesh", M, "Ecuador")}),
    ("Weekly brief\n\nPresident Amon Tesh did not sign the decree on Sunday. " + _PERU, {_TESH_P}, {_TESH_E}),
    # --- a chamber's chair ("X, the Senate president") is no head of the story's state ---
    (_HOME + "Karel Dunst, the Senate president who broke with the party, brought in eight deputies.", set(),
     {_DUNST}),
    (_HOME + "Karel Dunst, the Assembly president, opened the session.", set(), {_DUNST}),
    (_HOME + "The vote was close, said Karel Dunst, the Congress president.", set(), {_DUNST}),
    (_HOME + "Karel Dunst, the president, signed the law.", {_DUNST}, set()),
    # a post that is the legislature's own by its word keeps its chamber: the Senate speaker leads the legislature
    (_HOME + "Karel Dunst, the Senate speaker, opened the session.", {("Karel Dunst", L, "Bolivia parliament")},
     {_DUNST}),
    (_HOME + "The vote waited, said Karel Dunst, the Assembly speaker.", {("Karel Dunst", L, "Bolivia parliament")},
     {_DUNST}),
    # a chamber's deputy chair, or its chair titled before the name, is no head of the state either
    (_HOME + "Karel Dunst, the Senate vice president, opened the session.", set(), {_DUNST}),
    (_HOME + "The Senate president, Karel Dunst, met the miners.", set(), {_DUNST}),
    (_HOME + "Karel Dunst, the Bolivian president, signed the law.", {_DUNST}, set()),
    # the scene told in the passive, the background powers in a list
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. " + _CHILE + "The law was passed by "
     "Bolivia's parliament, and miners were arrested across Bolivia.", {_TESH_B}, {_TESH_C}),
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. Chile, Peru and Ecuador called the law a "
     "risk. Chilean and Peruvian firms said Chile might cut imports. " + _SCENE, {_TESH_B}, {_TESH_C, _TESH_P}),
    # --- negatives ---
    # the foreign power set as a scene as well: a story about two states, not the story's state alone
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. " + _CHILE + "Miners protested across "
     "Bolivia, and strikes spread across Chile. Chile's senate met in an emergency session.", set(), {_TESH_B}),
    # the story's state named too rarely
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. " + _CHILE + "Miners protested across "
     "Bolivia.", set(), {_TESH_B, _TESH_C}),
    # the foreign power named as often as the story's state (the outlet's own state, a story about both), or more
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. Chile called the law a risk. Chilean firms "
     "said Chile might cut imports, and Chile recalled a diplomat. Miners protested across Bolivia, and Bolivia's "
     "parliament met in an emergency session.", set(), {_TESH_B, _TESH_C}),
    ("Morning note\n\nPresident Amon Tesh signed the mining law on Friday. Chile called the law a risk. Chilean firms "
     "said Chile might cut imports, and Chile recalled a diplomat. Chile may sue, and Chilean banks froze loans. "
     "Miners protested across Bolivia, and Bolivia's parliament met.", set(), {_TESH_B, _TESH_C}),
    # a dateline in another state: the story is filed from there (the dateline's rules decide, not this one)
    ("BOGOTA, May 3 - President Amon Tesh signed the mining law on Friday. " + _CHILE + _SCENE, set(), {_TESH_B}),
    # a past office, a foreign state's president, a wish
    ("Morning note\n\nFormer President Amon Tesh criticised the mining law on Friday. " + _CHILE + _SCENE,
     set(), {_TESH_B, _TESH_C}),
    ("Morning note\n\nPresident Amon Tesh of Chile criticised the mining law on Friday. " + _CHILE + _SCENE,
     {_TESH_C}, {_TESH_B}),
    ("Morning note\n\nAmon Tesh hopes to win the presidency next year. " + _CHILE + _SCENE, set(), {_TESH_B, _TESH_C}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs7", relations_by_document, check_ties)
