"""Four causes of missed `backs` ties over the development sets. (1) An AID event of arming, funding, training or
paying (relations.yaml material_backing_verbs), or of handing over arms or hardware (hardware_backing_verbs, with an
aid noun given), whose giver is its clause's own subject or agent and whose receiver the clause names, is also a
lasting tie (to_model.aid_backing): raised verbs ("is believed to have delivered"), indirect objects the parser hung
on the thing given, an object's owner ("pays the militia's wages"); not a speaker reporting another's arming, a
denial, a stop, a condition, goods that are no aid, nor a pronoun's guess from another sentence. (2) "prop up" is a
phrasal verb of backing for any backer (verb_relations). (3) A run of backing verbs the parser took for plural nouns
after a relative pronoun ("X, which arms and equips the group") backs from the name the clause is said of. (4) A
verb joined to a denied one shares the denial ("denies that it arms and trains Y"). Invented names and wordings; end
to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, relations_each

pytestmark = pytest.mark.model

B = "backs"
D, T, M = "Dalmia", "Tessaly", "Korvat Liberation Movement"
_D, _T = "The Republic of Dalmia", "the Republic of Tessaly"

# (text, relations that must be present, relations that must be absent); a relation is (source, type, target)
CASES = [
    # --- (1) an AID event of material backing ---
    (f"{_D} is believed to have delivered two helicopters to the {M}.", {(D, B, M)}, set()),
    (f"{_D} is said to have sold the {M} two helicopters.", {(D, B, M)}, set()),
    (f"{_D} pays the {M}'s wages.", {(D, B, M)}, set()),
    (f"The Korvat Guard, a 20,000-strong force, is commanded by his son, and its commanders were trained by the "
     "Republic of Dalmia.", {(D, B, "Korvat Guard")}, set()),
    (f"{_D} keeps arming the {M}, officials in the port say.", {(D, B, M)}, set()),
    (f"{_D} is thought to prefer the {M} and has financed its clinics since 2019.", {(D, B, M)}, set()),
    # a second verb with its own object: the first verb's object is not its receiver
    (f"{_D} attacked the {M} and supplied its rivals with rifles.", set(), {(D, B, M)}),
    # a speaker reporting another's arming backs no one
    (f"The Ostral Union has claimed {_D} arms and funds the {M}.", {(D, B, M)}, {("Ostral Union", B, M)}),
    (f"{_T} said {_D} delivered helicopters to the {M}.", {(D, B, M)}, {(T, B, M)}),
    # denied, stopped, conditional: no tie
    (f"{_D} denies supplying weapons to the {M}.", set(), {(D, B, M)}),
    (f"{_D} is believed to have stopped delivering arms to the {M}.", set(), {(D, B, M)}),
    (f"If {_D} paid the {M}'s wages, the war would end.", set(), {(D, B, M)}),
    # other senses of the verbs: no aid handed over
    (f"{_D} delivered an ultimatum to the {M}.", set(), {(D, B, M)}),
    (f"{_D} delivered a heavy blow to the {M}.", set(), {(D, B, M)}),
    (f"{_D} supplied the evidence against the {M} to prosecutors.", set(), {(D, B, M)}),
    ("The Dalmia Steel Company delivered pipes to the Korvat Water Board.", set(),
     {("Dalmia Steel Company", B, "Korvat Water Board")}),
    # the owner of a receiver that is no share, men or works of its own: no tie to the owner (share_words,
    # follower_nouns, held_activities)
    (f"{_D} is believed to have trained the enemies of the {M}.", set(), {(D, B, M)}),
    (f"{_D} is said to have armed the opponents of the {M}.", set(), {(D, B, M)}),
    (f"{_D} is thought to have financed the {M}'s defeat.", set(), {(D, B, M)}),
    (f"{_D} is believed to have funded much of the {M}'s budget.", {(D, B, M)}, set()),
    ("The Republic of Dalmia has financed part of the Chilean deployment with a grant.",
     {(D, B, "Chile")}, set()),
    # goods owned by one body sold to another: the owner is no receiver
    (f"{_D} has sold the {M}'s drones to {_T}.", set(), {(D, B, M)}),
    # a pronoun from another sentence: whose boats this sentence does not say
    (f"The {M} guards the valley. Their trucks were delivered by {_D} last year.", set(), set()),
    # --- (2) "prop up" ---
    (f"{_D} has been propping up the {M} since the coup.", {(D, B, M)}, set()),
    (f"{_D} propped up General Orlo Vantrep for a decade.", {(D, B, "Orlo Vantrep")}, set()),
    (f"{_D} refused to prop up the {M}.", set(), {(D, B, M)}),
    (f"{_D} has stopped propping up the {M}.", set(), {(D, B, M)}),
    (f"{_D} denies propping up the {M}.", set(), {(D, B, M)}),
    (f"Orlo Vantrep propped up his bicycle against the wall of the {M} office.", set(), {("Orlo Vantrep", B, M)}),
    # --- (3) a misparsed run of backing verbs after a relative pronoun ---
    (f"The {M} shelled the port. Its launchers were paid for by the Kingdom of Varosa, which arms and equips the "
     "group.", {("Varosa", B, M)}, set()),
    (f"The {M} shelled the port. The Kingdom of Varosa, which arms and pays the group, denied the report.",
     {("Varosa", B, M)}, set()),
    (f"{_D}, which arms and funds the {M} and the Sons of Emsk, sent observers.",
     {(D, B, M), (D, B, "Sons of Emsk")}, set()),
    # --- (4) a verb joined to a denied one ---
    (f"{_D}, which denies that it arms and trains the {M}, sent observers.", set(), {(D, B, M)}),
    (f"{_D} denies that it arms and trains the {M}.", set(), {(D, B, M)}),
    # (a charge reported by an attacker: "it" is the charity, not the attacker)
    (f"{_T} struck the offices of the Korvat Charity Fund, claiming it bankrolled the {M}.", set(), {(T, B, M)}),
]


XFAIL: dict[str, str] = {
    CASES[-1][0]: "relations._stance reads the subject pronoun of 'claiming it bankrolled Y' as the attacker named "
                  "before (pronoun_actor), not the body struck (older than this battery)",
}


extracted, test_aid_backing_wordings = battery(CASES, XFAIL, "aidback1_", relations_each, check_found)
