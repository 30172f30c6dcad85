"""A body world knowledge lists, named only through one of its organs: the organ is the actor. A text that names the
United Nations only as "the UN Security Council", "the Security Council", "a UN Group of Experts", "the UN human
rights office" or "the UN's refugee agency" (the body's short name, then capitalised words headed by one of roles.yaml
body_organ_heads, or lower-case words qualifying such a head) gives an actor named for that organ, not "United
Nations"; two organs are two actors; where the text names the body itself too ("the UN said", "UN peacekeepers",
"UN envoy X"), the body is an actor beside its organs. Negatives: where it names, besides the organ, only another
body of its family ("UNHCR", "the UN Stabilization Mission in X"), the organs act as the body (one "United Nations"
actor, the family's parent); a bare "UN agency" (no word qualifying the head) is the body, as
are "the UN's main office", "its regional office" (adjectives alone: a rank or a place, no field) and an organ in
apposition to a name ("X, the UN's food agency": a description of X); another's "Security Council" ("Drevania's
Security Council") is no organ of the UN. Each case names the actors it must hold (with their kind) and false ones (NONE).
All other names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, C = "organization", "country"

CASES = [
    # --- the organ alone, capitalised after the body's short name ---
    ("Velmoria asked the UN Security Council to act on Monday.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("The Security Council met on Friday to discuss the fighting in Kessaria.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("The United Nations Security Council voted to extend the mission, and the Security Council will meet again in May.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("A UN Group of Experts reported in June that Drevanian officers sold rifles to the Black Reed militia.",
     {"UN Group of Experts": O, "United Nations": NONE}),
    # --- the short name before lower-case words qualifying an organ's head ---
    ("The UN human rights office called for an independent inquiry into the killings in Port Amsel.",
     {"UN human rights office": O, "United Nations": NONE, "UN": NONE}),
    ("The UN's refugee agency said 4,000 people had fled the fighting around Kessa.",
     {"UN refugee agency": O, "United Nations": NONE, "UN": NONE}),
    # --- negated, wished, passive, in a list, in a relative clause: the organ all the same ---
    ("The UN Security Council did not meet on Monday.", {"UN Security Council": O, "United Nations": NONE}),
    ("Velmoria wants the UN Security Council to impose sanctions on Drevania.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("The resolution was vetoed in the UN Security Council by Drevania.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("The UN Security Council, which met on Monday, condemned Drevania.",
     {"UN Security Council": O, "United Nations": NONE}),
    ("Velmoria, Drevania and the UN Security Council signed the accord.",
     {"UN Security Council": O, "United Nations": NONE}),
    # --- two organs: two actors ---
    ("The UN Security Council met on Monday, and the UN human rights office urged restraint in Ostravia.",
     {"UN Security Council": O, "UN human rights office": O, "United Nations": NONE}),
    # --- negatives: the body named by itself too; a bare "UN agency" ---
    ("The UN said on Monday that the UN Security Council would meet on Ostravia.", {"United Nations": O}),
    # (the body named by itself beside a council or an office: both are actors, two of them; one is never the other's
    # alias, test_nlp_merge2_wordings1)
    ("UN peacekeepers said the Security Council had not acted.", {"United Nations": O, "UN Security Council": O}),
    ("UN envoy Dara Vell and the UN human rights office called for calm.",
     {"United Nations": O, "UN human rights office": O}),
    ("A UN agency said aid convoys were blocked near Kessa.", {"United Nations": O}),
    ("Velmar Relief, the UN's food agency in Kessa, said convoys were blocked.",
     {"United Nations": O, "UN food agency": NONE}),
    # (adjectives alone before the head tell a rank or a place, no field: the body's premises or branch)
    ("Drevania attacked the UN's main office in Kessa.", {"United Nations": O, "UN main office": NONE}),
    ("The UN's regional office said aid convoys were blocked near Kessa.",
     {"United Nations": O, "UN regional office": NONE}),
    ("The UN's top council condemned Drevania on Monday.", {"United Nations": O, "UN top council": NONE}),
    # (another's organ of the same name: a state's council)
    ("Drevania's Security Council met on Monday.", {"UN Security Council": NONE}),
    ("The UN refugee agency (UNHCR) reported 6,200 new arrivals in Kessa.", {"United Nations": O, "UNHCR": O}),
    ("A UN Group of Experts said the Kessa Brigade sold rifles. The UN Stabilization Mission in Velmar patrolled the "
     "roads.", {"United Nations": O, "UN Stabilization Mission in Velmar": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "og", actor_kinds, check_kinds)
