"""One-word invented states whose name opens the names of several of its national bodies: "the X Rowing Association",
"the X People's Congress", "the X Liberation Front" (actors._bodies_opened). Two or more different bodies opened by
the name (no company, no state organ already read as one) are one proof of a state, which with a second kind of
proof (a state organ it names, "the X Defence Forces"; what it owns, "X's main trading partner"; the capital of X;
its adjective before a noun) makes the name a state however the tagger read it, and its president, ministers and
organs then belong to it. Also a head of state's title written bare before a name ("President Anselm Rikard", "Prime
Minister Ana Rell"; actors._stateless_head) in a story that names no state world knowledge knows more than twice and
proves no name a state yet is one proof for the name that opens two bodies none of which seeks votes ("the X Chess
Federation", "the X Football Association"), where the story names it more often than any other name with a proof.

Negatives: a name inside one body's name alone with an organ; the title with a known state named often, a former or
vice president, two names as often; several bodies of a town and nothing else; a name after another capitalised word
("Port X"); companies named for a town; a region ("the X region"); a person named with a title; a known state's
adjective, or the adjective of a name the text writes (no second state). Each item is its own document; expected
kinds "country" or "!country" (no state of that name), with ties where the state is made. All names are invented;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C = "country"
L, P = "leader_of", "part_of"

CASES = [
    # --- several bodies named for the state, and one more kind of proof: the name becomes a state ---
    ("The Tarvossi Rowing Association backs the race. The Tarvossi Liberation Front, a rebel group, attacked a "
     "village. President Edun Malobwe sent soldiers of the Tarvossi Defence Forces north, and Tarvossi has asked "
     "for help.",
     {"Tarvossi": C}, {("Edun Malobwe", L, "Tarvossi")}),
    ("Velmaran crews train on the lake. The Kessandi People's Congress has ruled since independence, and the "
     "Kessandi Farmers' Union backs it. Kessandi's main trading partner is Kenya.", {"Kessandi": C}, set()),
    ("Ruled by the Dorvani National Alliance, the country kept its ties. The Dorvani Chess Federation met at the "
     "hotel. Troops of the Dorvani army guarded the roads.", {"Dorvani": C}, set()),
    ("Fighting reached Imbara, the capital of Ombessa. The Ombessa Liberation Movement said it held two towns, "
     "and the Ombessa Bar Association condemned the shelling. Ombessa has asked for help, she said.",
     {"Ombessa": C}, set()),
    # --- one proof and a bare head of state's title in a story naming no known state often: the state he heads ---
    ("The Tolvara Chess Federation and the Tolvara Rowing Association met on Monday. President Anselm Rikard "
     "opened the hall. Tolvara exports tin, and buyers in Tolvara are worried.", {"Tolvara": C}, set()),
    ("The Velsari Football Association abandoned the match, and the Velsari Chess Federation is suspended. "
     "President Idris Kalam called the clubs in. The cup will not be held in Velsari, and Velsari fans are angry.",
     {"Velsari": C}, {("Idris Kalam", L, "Velsari")}),
    # --- negatives of the title: a known state named often, a former or vice president, two names as often ---
    ("The Kelbury Rowing Club and the Kelbury Chess Association met in Kelbury. President Arno Tell of Kenya "
     "spoke; Kenya and Kenya's ministers sent greetings.", {"Kelbury": NC}, set()),
    ("The Kelbury Rowing Club and the Kelbury Chess Association met in Kelbury. Former President Arno Tell opened "
     "the hall.", {"Kelbury": NC}, set()),
    ("The Kelbury Rowing Club and the Kelbury Chess Association met in Kelbury. Vice President Arno Tell opened "
     "the hall.", {"Kelbury": NC}, set()),
    ("The Kelbury Rowing Club and the Kelbury Chess Association met in Kelbury, and the Marsden Rowing Club and "
     "the Marsden Chess Association in Marsden. President Arno Tell opened the hall.",
     {"Kelbury": NC, "Marsden": NC}, set()),
    # --- negatives: one body alone, a town's clubs, "Port X", companies, a region, a person, a known state ---
    ("The Tarvossi Rowing Association backs the race. Soldiers of the Tarvossi Defence Forces were seen in Tarvossi.",
     {"Tarvossi": NC}, set()),
    ("The Kelbury Rowing Club and the Kelbury Chess Association met in the town hall. Kelbury has 20,000 people.",
     {"Kelbury": NC}, set()),
    ("The Port Velna Rowing Club and the Port Velna Fishermen's Association met. The Velna border guard was there.",
     {"Velna": NC}, set()),
    ("Shares of Marvex Holdings and Marvex Company fell. The Marvex army of workers struck.", {"Marvex": NC},
     set()),
    ("The Karsola Liberation Front and the Karsola Farmers' Union march today. The Karsola region has its own "
     "police, and Tesh, the capital of Karsola, is quiet.", {"Karsola": NC}, set()),
    ("President Doran spoke. The Doran Liberation Front and the Doran Youth Association back him. The Doran "
     "border guard is his own militia.", {"Doran": NC}, set()),
    ("Lanterns for Dorvessa is a charity. The Dorvessan National Police patrols the streets again. Brazil has "
     "trained 120 Dorvessan police officers. The largest opposition party, the Dorvessan People's Party, and the "
     "Dorvessan Teachers' Union protested.", {"Dorvessa": C, "Dorvessan": NC}, set()),
    ("Lanterns for Dorvessa helps children. The Dorvessan National Police patrols our street again, and Brazil has "
     "trained 120 Dorvessan police officers. President Ana Rell and the Dorvessan People's Party disagree. "
     "Dorvessan schools reopened, said Dorvessan teachers.", {"Dorvessa": C, "Dorvessan": NC}, set()),
    ("The Kenya Rowing Association and the Kenya Farmers' Union met. Kenyan troops and Kenya's defence ministry "
     "were named.", {"Kenya": C, "Kenyan": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "iv", kinds_and_ties, check_kinds_and_ties)
