"""Missed and split actors of a document's format. A person's full name written in capitals inside a line of prose (a
script introducing a character, "His aide, TOMAS VELLER (40s), enters"; a release stressing a name) is the person,
in title case, where the text writes the surname elsewhere as a name of its own ("Veller sits") or alone in capitals
on its line as a speaker's cue ("VELLER (INTO PHONE)"); a heading line in capitals, a body's or a place's name in
capitals, or capitals whose last word the text never uses as a name stay no person. An acronym that closes the
brackets a body's name stands in, after a comma ("(Union for Renewal, UPR)", "[head of the State Security Office,
DGS]"), is the body's short name even when its letters do not fit the words (an acronym from the body's own
language); not where a verb, another name or a list comes between the bracket and the body, nor a known body's
acronym. Each case: (text, {name: kind or NONE}, pairs of names that must be one actor, pairs that must not).
All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a person's full name in capitals inside prose, the surname written elsewhere ---
    ("His chief of staff, TOMAS VELLER (40s), waits by the door. Veller checks his phone.",
     {"Tomas Veller": P}, set(), set()),
    ("1 INT. EMBASSY OFFICE - NIGHT\n\nThe envoy, RIIN KOSK, stands at the window.\n\nKOSK (INTO PHONE)\n"
     "We are ready to talk.", {"Riin Kosk": P}, set(), set()),
    ("The party today named JONAS PIRKEL as its candidate for mayor. Pirkel, 52, is a former teacher.",
     {"Jonas Pirkel": P}, set(), set()),
    ("At the gate she meets ANA LUCIA MORVANE (60s), a retired judge.\n\nMORVANE\nYou are late.",
     {"Ana Lucia Morvane": P}, set(), set()),
    ("Beside the desk stands JEAN-PAUL DORVALE (50s), the defence minister. Dorvale frowns.",
     {"Jean-Paul Dorvale": P}, set(), set()),
    ("The Secretary General, MARIT HALLEN, reads the statement on her tablet.\n\nHALLEN (V.O.)\nWe stand with you.",
     {"Marit Hallen": P}, set(), set()),
    # --- negatives: a heading, a body, a place, capitals never used as a name ---
    ("BREAKING NEWS\nThe council met on Monday and Veller spoke.", {"Breaking News": NONE}, set(), set()),
    ("Stocks fell after the REGIONAL SUMMIT ended without a deal.", {"Regional Summit": NONE}, set(), set()),
    ("Fighters of the KESSA LIBERATION FRONT attacked the post. Kessa was quiet later.",
     {"Kessa Liberation": NONE}, set(), set()),
    ("Residents were told to STAY INDOORS until noon. Indoors, the air was cleaner.",
     {"Stay Indoors": NONE}, set(), set()),
    ("The report warns of RISING PRICES across the region. Prices rose again in May.",
     {"Rising Prices": NONE}, set(), set()),
    ("Did the envoy really meet TOMAS VELLER in May?", {"Tomas Veller": NONE}, set(), set()),
    ("The operation, code-named NORTH TALVAR, began at dawn. Talvar units moved first.",
     {"North Talvar": NONE}, set(), set()),
    ("The ship MARIA VESTOR docked at the port. Vestor crew members were detained.",
     {"Maria Vestor": NONE}, set(), set()),
    ("Shelling hit LOWER DRAVA overnight. Drava residents fled.", {"Lower Drava": NONE}, set(), set()),
    ("Protesters chanted DOWN WITH KESSLER outside the palace. Kessler did not respond.",
     {"Down With Kessler": NONE}, set(), set()),
    ("The VELMAR CUP final was postponed. Velmar fans protested.", {"Velmar Cup": NONE}, set(), set()),
    ("Fans of the KORVAN TIGERS celebrated. Korvan streets filled.", {"Korvan Tigers": NONE}, set(), set()),
    # --- an acronym closing the brackets a body's name stands in ---
    ("Opposition leader Clara Mwenda (Union for Renewal, UPR) called for a ceasefire. UPR officials joined the march.",
     {"Union for Renewal": O}, {("Union for Renewal", "UPR")}, set()),
    ("Intelligence chief Omer Talan [head of the State Security Office, DGS] has travelled to the capital. "
     "The DGS declined to comment.", {"State Security Office": O}, {("State Security Office", "DGS")}, set()),
    ("Mayor Ivo Brant (Civic Alliance, SGO) won the vote. SGO leaders celebrated.",
     {"Civic Alliance": O}, {("Civic Alliance", "SGO")}, set()),
    # --- negatives: a verb, another name or a list between; a known body's acronym; no brackets ---
    ("The statement (issued by the Kessa Front, KDF) was rejected.", {}, set(), {("Kessa Front", "KDF")}),
    ("The vote split the Civic Alliance (backed by the Green Party, ODS) and the rest.",
     {}, set(), {("Green Party", "ODS")}),
    ("The talks (between the Kessa Front and the Tarvic League, KTL) broke down.",
     {}, set(), {("Tarvic League", "KTL")}),
    ("Delegates (from the Union for Renewal, UN) left early.", {}, set(), {("Union for Renewal", "UN")}),
    ("The Union for Renewal, UPR and the Greens signed the pact.", {}, set(), {("Union for Renewal", "UPR")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "cp", extract_actors, check_actors)
