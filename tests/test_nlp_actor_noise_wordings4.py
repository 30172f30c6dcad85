"""False actors made of a sentence's or a document's own words, and a name cut inside its particles.

A preposition opening a sentence that the NER glues to the state it governs ("Unlike Velmoria, Kessaland has not
...", "3.4 Inside Velmoria, the courts ...": roles.yaml opening_prepositions, or the parser's preposition) is no word
of the name, where the rest is a state or a name the text writes alone; a month's name after a preposition ("In May
Kostadinov flew") is a date, no given name. Negatives: a body named with a preposition ("Beyond Borders, a charity")
and a given name that is a month's with no preposition before it ("April Dana, the spokeswoman") stay whole.

A division of a document with its letter ("Annex C", "Appendix B")  (or with its number before the place it lies in,
"Room B-3, Civic Hall") is no actor; nor is an address (a street's word, roles.yaml street_words, with a house
number: "Calle Arboleda 27", "14 Harbour Street"), nor a catalogue's or a booking's code ("KLM-OH-0217", "ZX4R7P"),
nor an English adjective before a demonym ("Fluent Portuguese", "Young Velmorans"). Negatives: a body named for a
street with no number ("the Harbour Street Traders' Association", "La Via Campesina"), a gang's or a group's code of
one run of digits ("MS-13", "the G20", "M23") and a body whose name's adjective is no demonym ("the Young Democrats")
stay.

A person's name the NER ends between two particles of the surname ("Pieter van | den Berg") runs to the surname.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- a preposition opening the sentence, glued to the state it governs ---
    ("Unlike Velmoria, Kessaland has not joined the Northern Alliance. Velmoria's army guards the border.",
     {"Velmoria": C, "Unlike Velmoria": NONE}),
    ("Inside Velmoria, the judiciary executed two men. Police in Velmoria arrested dozens more on Monday.",
     {"Inside Velmoria": NONE}),
    ("Notes.\n3.4 Inside Tarvelia, the courts jailed two men. Tarvelia's army said it had arrested them.",
     {"Inside Tarvelia": NONE}),
    # --- a month's name after a preposition, glued to the person's name ---
    ("In May Kostadinov flew to Velmouth, and Kostadinov signed the deal.",
     {"May Kostadinov": NONE, "Kostadinov": P}),
    ("Since June Haldorsen has led the Velmor Front.", {"June Haldorsen": NONE, "Velmor Front": O}),
    # --- negatives: a body named with a preposition, a given name that is a month's ---
    ("Beyond Borders, a charity, said it would help the refugees in the camps.", {"Beyond Borders": O}),
    ("April Dana, the spokeswoman of the Velmor Front, said the talks had failed.",
     {"April Dana": P, "Velmor Front": O}),
    # --- a division of a document with its letter, or with its number before its place ---
    ("This annex replaces Annex C of the 2024 edition. The Velmoria Motor Federation issued it.",
     {"Annex C": NONE, "Velmoria Motor Federation": O}),
    ("Appendix B lists the members of the Tarvel Rowing Club, and Appendix D their boats.",
     {"Appendix B": NONE, "Appendix D": NONE, "Tarvel Rowing Club": O}),
    # --- an address ---
    ("[Printed and promoted by the Green Future campaign committee, Calle Arboleda 27. Please recycle.]",
     {"Calle Arboleda 27": NONE, "Calle Arboleda": NONE}),
    # --- negatives: a body named for a street with no number ---
    ("The Harbour Street Traders' Association said the rents were too high.",
     {"Harbour Street Traders' Association": O}),
    ("La Via Campesina, the farmers' movement, marched on the ministry in Dorra.", {"La Via Campesina": O}),
    # --- a catalogue's or a booking's code ---
    ("RELATED RECORDS: KLM-DOC-1102 (the prosecutor's report on the Sarn Liberation Army).",
     {"KLM-DOC-1102": NONE}),
    ("I can see booking ZX4R7P, one adult, Dorra to Velmouth on 21 October, said the agent of Velair.",
     {"ZX4R7P": NONE}),
    # --- negatives: a group's code with one run of digits ---
    ("The MS-13 gang clashed with the police. The M23 rebels attacked the town on Monday.",
     {"MS-13": O, "M23": O}),
    # --- an adjective before a demonym ---
    ("Requirements:\n- Fluent Portuguese and Spanish; Arabic an asset.\n- Five years with the Dorvan Relief Agency.",
     {"Fluent Portuguese": NONE, "Dorvan Relief Agency": O}),
    # --- negative: an adjective before a plural that is no demonym ---
    ("The Young Democrats, the youth wing of the Velmor Party, marched on Monday.", {"Young Democrats": O}),
    # --- a surname's particles cut apart by the NER ---
    ("The envoy Karim bin Saleh met Dario de la Fuente and Pieter van den Berg in Tarvel on Monday.",
     {"Pieter van den Berg": P, "Pieter van": NONE, "Berg": NONE, "Dario de la Fuente": P}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n4", actor_kinds, check_kinds)
