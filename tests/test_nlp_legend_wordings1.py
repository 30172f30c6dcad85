"""Actors of document-format lines. A code that a legend line of the document defines ("Codes: RED = move now / AMB =
prepare", "Key: HOT = fighting reported", "GRN - open / BLK - closed") labels the document's lines and is no actor,
alone ("INFO: ...") or with the place it labels ("AMB Tarvesh: ..."), everywhere in the document; a known body's
acronym glossed so stays that body. A short name of letters and a number ("K14", "T9") that the text uses as a body's
("the K14 rebel movement", "Q7 militants", "the T9 gang") is the body wherever it is named, also after "& 2" in a
list ("Dask Merino & 2 K14 commanders"); a road's, an aircraft's or a product's code is none. Each case: (text,
{name: kind or NONE}, pairs of names that must be one actor, pairs that must not). All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a legend's codes: labels of the lines, no actors ---
    ("Codes: RED = move now / AMB = prepare / INFO = situation update\n\n"
     "[3/4 08:00] AMB Tarvesh: armed men seen near the bridge.\n\n"
     "[3/4 09:00] INFO: the Dorvan Front attacked a police post.\n\n[3/4 10:00] RED Tarvesh: leave now.",
     {"AMB": NONE, "AMB Tarvesh": NONE, "INFO": NONE, "RED": NONE, "RED Tarvesh": NONE, "Dorvan Front": O},
     set(), set()),
    ("Key: HOT = fighting reported; CALM = no incidents\n\nHOT Velmar: the Kessan Guard shelled the market.\n"
     "CALM Orsk: shops open.", {"HOT": NONE, "HOT Velmar": NONE, "CALM": NONE, "CALM Orsk": NONE,
                                  "Kessan Guard": O}, set(), set()),
    ("Legend: GRN = open, YLW = delays, BLK = closed.\n\nBLK Tarsa crossing: the Varnel Liberation Army holds the "
     "road.\nYLW Mora road: long queues.", {"BLK": NONE, "BLK Tarsa": NONE, "YLW": NONE, "GRN": NONE,
                                            "Varnel Liberation Army": O}, set(), set()),
    ("Status codes: PEND - pending review / CLSD - closed\n\nPEND: the Orsavan Ministry of Health has not replied.\n"
     "CLSD: the Orsavan Ministry of Health answered in May.",
     {"PEND": NONE, "CLSD": NONE}, set(), set()),
    # --- a short name of letters and a number used as a body's ---
    ("Armed men of the K14 rebel movement attacked Varnel overnight. K14 said it now holds the town.",
     {"K14": O}, set(), set()),
    ("Tarvic offered to host talks between the government and M17. M17 welcomed the offer. Fighters of the M17 "
     "rebel movement left Orsk.", {"M17": O}, set(), set()),
    ("[14/10 06:12] Armed men of the K14 rebel movement were seen on the Orsk road.\n\n[15/10 07:55] Varnel quieter. "
     "K14, led by self-styled Gen. Dask Merino, now holds the town.\n\n[19/10 13:40] The Tarvic Union announced "
     "sanctions on Merino & 2 K14 commanders (asset freeze, travel ban).",
     {"K14": O, "Dask Merino": P, "Merino & 2 K14": NONE}, set(), {("Dask Merino", "K14")}),
    ("The T9 gang controls the port of Orsk. Police say T9 answers to Rask Mordan.", {"T9": O}, set(), set()),
    ("Q7 militants ambushed a convoy near Orsk. The government blamed Q7 for the attack.", {"Q7": O}, set(), set()),
    ("Members of the K14 movement protested in Varnel. The Tarvic Union sanctioned Dask Merino & 2 K14 commanders.",
     {"K14": O, "Dask Merino & 2 K14": NONE}, set(), {("Dask Merino", "K14")}),
    # --- negatives: a known body's acronym glossed, a road's, an aircraft's, a product's code ---
    ("Key: EU = estimate uncertain\n\nThe EU envoy met Tarvic officials in Orsk. The EU said it would send aid.",
     {"European Union": O}, set(), set()),
    ("The M12 motorway was closed after the storm. Drivers used the M12 slip roads instead.", {"M12": NONE},
     set(), set()),
    ("F-16 fighters flew over Varnel. The Kessan air force lost two F-16 fighters.", {"F-16": NONE}, set(), set()),
    ("Model: KX4 = compact unit, KX9 = field unit\n\nThe Orsk Trading Company sells the KX4 to farmers.",
     {"KX4": NONE, "KX9": NONE, "Orsk Trading Company": O}, set(), set()),
    ("Note: KDF = the Kessa Defence Force\n\nKDF fighters attacked Orsk. KDF later withdrew.",
     {"Kessa Defence Force": O}, set(), set()),
    ("Digest: KDF: fighters attacked Orsk; MPL: members fled the town.", {"KDF": O, "MPL": O}, set(), set()),
    ("Product codes: X200 - basic model / X300 - premium model\n\nThe Orsk Trading Company sells the X300.",
     {"X200": NONE, "X300": NONE, "Orsk Trading Company": O}, set(), set()),
    ("The UN = unreliable, said Kessan protesters. The UN mission in Orsk denied it.",
     {"United Nations": O}, set(), set()),
    ("Grade | Score\nA = excellent | 90\nB = good | 70\n\nThe Varnel Teachers Union published the grades.",
     {"Varnel Teachers Union": O}, set(), set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "lg", extract_actors, check_actors)
