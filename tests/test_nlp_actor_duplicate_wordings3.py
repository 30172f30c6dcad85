"""One person (or body) named two ways gives one actor: the text says the second name is his.

- A bracket after the name that gives the name he was born with or has in law: "MC Drava (real name Pavo Kiru)",
  "Dario Vesko Maran (born Dario-Paul Vesko, 1931-2009)", "(née ...)", "(birth name ...)" (actors._bracket_real_name).
- "X is known as "Y"", "X, who was better known as Y,": a copular "known as" right after the name, the other name
  closing the phrase (actors._copular_known_as).
- An appositive that tells what people call him: "X, the militia chief everyone knew as Y,", "X, a man his fighters
  call Y," (actors._named_again).
- A quoted nickname, then the full name in brackets: 'the bloc led by "Zerda" (Anton Pol Menez)' (actors._quoted_before
  where the nickname is no mention).
- A quoted nickname right after the full name: 'Kamal Ruva Dehal "Pravanda" issued', a glossary's '- Nemir Ostera,
  "El Toro": leader of ...' (actors._quoted_after); a quoted name, then an appositive with titles and the full name:
  '"Mam Dalal", the late president Dalal Turkani,' (actors._described_after_quote).
- A body's one-word name in its own language in brackets after its name, before a comma: "the leader of Forward
  Lesnavia (Naprej), the largest opposition party" (actors._bracket_short_name): not a person, nor a body apart.
Every later use of the other name alone is that person (that body) too.

Negatives: a bracket with a year or a place after "born" gives no name ("(born 1950)", "(born in Oskaria)"); "X is
known as Y's deputy" names another person; a quoted name followed by a bracket holding a body is no person's; a
work's title quoted after a comma ('the album of Ana Sorel, "Night Train", was banned'), a quoted body whose
appositive names its leader ('"Unity", the movement led by Ana Sorel'), a quote after a verb stay apart; a state in brackets after a body, or a surname that a
person of the text bears ("the Civic Pact (Sorel)" beside Ana Sorel), is no other name of the body.

Each case: the text, the groups of names that must be one actor's, and pairs of names that must be two actors. All
names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import actor_groups_each, battery, check_actor_groups

pytestmark = pytest.mark.model

CASES = [
    # --- a bracket that gives the name he was born with ---
    ("MC Drava (real name Pavo Kiru) was arrested in June after his song went viral. Drava said he is not a member "
     "of any party.", [{"MC Drava", "Pavo Kiru"}], []),
    ("Dario Vesko Maran (born Dario-Paul Vesko, 1931 - 2009) ruled Oskaria for four decades.",
     [{"Dario Vesko Maran", "Dario-Paul Vesko"}], []),
    ("The singer Lira Moss (birth name Lira Tenvik) left the country in May. Critics of the government praised her.",
     [{"Lira Moss", "Lira Tenvik"}], []),
    # --- a copular "known as" ---
    ("The Red Hand gang, whose leader Tomas Orrin is known as \"Baba Loko\", attacked the port. Baba Loko fled to "
     "the hills.", [{"Tomas Orrin", "Baba Loko"}], []),
    ("Police arrested Selim Varga, who was better known as Black Kite, on Monday. Black Kite had led the raids.",
     [{"Selim Varga", "Black Kite"}], []),
    # --- an appositive that tells what people call him ---
    ("Orlan Vesk, the militia chief everyone knew as Kervo, was shot dead in May. Kervo had commanded the camp.",
     [{"Orlan Vesk", "Kervo"}], []),
    ("Amir Tolen, a commander his fighters call Grey Falcon, signed the truce. Grey Falcon later broke it.",
     [{"Amir Tolen", "Grey Falcon"}], []),
    # --- a quoted nickname, then the full name in brackets ---
    ("The dissident bloc is led by \"Zerda\" (Anton Pol Menez), who is still in talks with the government. Zerda's "
     "faction says it will keep its weapons.", [{"Zerda", "Anton Pol Menez"}], []),
    ("Troops hunted \"Tiburon\" (Marco Elias Fenn) for a year. Tiburon was caught in March.",
     [{"Tiburon", "Marco Elias Fenn"}], []),
    # --- a quoted nickname right after the full name, or in the appositive after it ---
    ("Clan militias led by Abdulrahim Omar Kessel \"Dhuubow\", drove the army out of the base. Dhuubow later met the "
     "envoy.", [{"Abdulrahim Omar Kessel", "Dhuubow"}], []),
    ("The Party of Labour (Centre) of Kamal Ruva Dehal \"Pravanda\" issued statements. The three leaders - Oli, Deva "
     "and Pravanda - have rotated the premiership.", [{"Kamal Ruva Dehal", "Pravanda"}], []),
    ("- Nemir Ostera, \"El Toro\": leader of the KLNG, the main rival cartel. El Toro was never caught.",
     [{"Nemir Ostera", "El Toro"}], []),
    ("Fighters accused him of betraying the legacy of \"Mam Dalal\", the late president Dalal Turkani, who founded "
     "the party.", [{"Mam Dalal", "Dalal Turkani"}], []),
    ("The cousin accused him of \"betraying the legacy of Mam Dalal\", the late Velnian president Dalal Turkani, who "
     "founded the party in 1975.", [{"Mam Dalal", "Dalal Turkani"}], []),
    # --- a body's one-word name in its own language, in brackets after its name ---
    ("She is the leader of Forward Lesnavia (Naprej), the largest opposition party. Inside Naprej, she manages two "
     "camps.", [{"Forward Lesnavia", "Naprej"}], []),
    ("Voters backed Bright Horizon (Zorana), the ruling party, in every district. Zorana now holds 80 seats.",
     [{"Bright Horizon", "Zorana"}], []),
    # --- negatives ---
    ("The album of Ana Sorel, \"Night Train\", was banned by Tomas Kiru. Night Train sold well.", [],
     [("Ana Sorel", "Night Train")]),
    ("\"Unity\", the movement led by Ana Sorel, won the vote. Unity took 40 seats.", [], [("Ana Sorel", "Unity")]),
    ("\"Unity\", the party of Ana Sorel, won the vote. Unity took 40 seats.", [], [("Ana Sorel", "Unity")]),
    ("Ana Sorel said \"Harbour Watch\" would close. Harbour Watch denied it.", [], [("Ana Sorel", "Harbour Watch")]),
    ("The Kessa Front (Velnia), a rebel group, attacked the port. Velnia protested.", [], [("Kessa Front", "Velnia")]),
    ("Ana Sorel won the primary. Votes went to the Civic Pact (Sorel), the largest party.", [],
     [("Ana Sorel", "Civic Pact")]),
    ("Ana Sorel (born 1950) and Tomas Kiru (born in Oskaria) met Dario Pell in the capital.", [],
     [("Ana Sorel", "Tomas Kiru"), ("Tomas Kiru", "Dario Pell"), ("Ana Sorel", "Dario Pell")]),
    ("Tomas Kiru is known as Ana Sorel's deputy in the party.", [], [("Tomas Kiru", "Ana Sorel")]),
    ("Mira Dent, a lawyer who called Baro Fell, was shot dead. Fell fled the city.", [], [("Mira Dent", "Baro Fell")]),
    ("The slogan \"Unity\" (Unity Front) was painted on the walls by Ana Sorel's supporters.", [],
     [("Ana Sorel", "Unity Front")]),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "d3", actor_groups_each, check_actor_groups)
