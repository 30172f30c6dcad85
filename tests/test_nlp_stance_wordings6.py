"""Lasting hostility told in wordings the stance rules missed: "A considers B a terrorist organisation" (a label read
as a verbless clause under a labelling verb, no "as": relations._hostile_regard); "A has conducted operations
against B", "A's troops besieged the town in a campaign against B" (relations.yaml hostility_nouns operation, and a
hostility noun in an "in" / "during" phrase waged by the active verb's subject: hostility_setting_prepositions,
relations._hostile_noun); "A demanded that B resign", "A called for B to step down", "A urged B to stand down", "A
demanded the resignation of B" (a leader's exit demanded: relations.yaml wished_end demand_verbs / exit_words,
relations._exit_demanded). Several wordings per mechanism with negatives (negation, a wish or a chance, a denial, a
passive victim, a mediator, one's own exit, another verb). All names are invented; end to end with the real English
pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"
KV, OD = "Karl Venn", "Oskar Dahl"
TF = "Tarsen Liberation Front"
KT = {("Kalvar", O, TF)}
KV_OD = {(KV, O, OD)}

# a story set in one state, so that the state is a known actor
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "A considers B a terrorist organisation": the label a verbless clause under the labelling verb ---
    (HOME + f"Kalvar considers the {TF} a terrorist organisation.", KT, set()),
    (HOME + f"Kalvar has long considered the {TF} a threat to its borders.", KT, set()),
    (HOME + f"Kalvar does not consider the {TF} a terrorist organisation.", set(), KT),
    (HOME + f"Kalvar could consider the {TF} a terrorist organisation.", set(), KT),
    (HOME + f"Kalvar no longer considers the {TF} a terrorist organisation.", set(), KT),
    (HOME + f"Has Kalvar ever considered the {TF} a terrorist organisation?", set(), KT),
    (HOME + f"Kalvar considers the {TF} a partner.", set(), KT),
    (HOME + f"Kalvar once considered the {TF} a terrorist organisation but took it off the list in 2020.", set(), KT),
    (HOME + f"Should Kalvar consider the {TF} a terrorist organisation?", set(), KT),
    (HOME + f"Kalvar's president said the {TF} could become a terrorist organisation.", set(), KT),
    (HOME + f"Kalvar considers the {TF} the main party of the north.", set(), KT),
    # the labeller named as "the Government of President X" (a capitalised government noun: relations._government_of)
    (f"The Government of President {OD} considers the {TF} (TLF) a terrorist organisation.", {(OD, O, TF)}, set()),
    (f"The Government of President {OD} considers the {TF} a terrorist organisation.", {(OD, O, TF)}, set()),
    (f"The Government of President {OD} considers the {TF} (TLF) a partner.", set(), {(OD, O, TF)}),
    (f"The Government of President {OD} does not consider the {TF} a terrorist organisation.", set(), {(OD, O, TF)}),
    (f"The government of President {OD} signed an agreement with the {TF} in May.", set(), {(OD, O, TF)}),
    # --- "A has conducted operations against B": operation a hostility noun ---
    (HOME + f"Kalvar has conducted military operations against the {TF} since 2020.", KT, set()),
    (HOME + f"Kalvar's operations against the {TF} have displaced thousands.", KT, set()),
    (HOME + f"Kalvar will not conduct operations against the {TF}.", set(), KT),
    (HOME + f"Kalvar plans to conduct operations against the {TF}.", set(), KT),
    (HOME + f"Kalvar denied that it had conducted operations against the {TF}.", set(), KT),
    # --- "A ... in a campaign against B": the hostility noun in a phrase on the active verb that A heads ---
    (HOME + f"Kalvar spent weeks besieging the town in a campaign against the {TF}.", KT, set()),
    (HOME + f"Kalvar took part in the war against the {TF}.", KT, set()),
    (HOME + f"Kalvar lost hundreds of soldiers during its offensive against the {TF}.", KT, set()),
    (HOME + f"Twelve soldiers of Kalvar were killed in a campaign against the {TF}.", set(), KT),
    (HOME + f"Kalvar mediated in the conflict with the {TF}.", set(), KT),
    (HOME + f"Kalvar helped in the dispute with the {TF}.", set(), KT),
    (HOME + f"Kalvar took no part in the war against the {TF}.", set(), KT),
    (HOME + f"Kalvar's president said Kalvar should conduct operations against the {TF}.", set(), KT),
    (HOME + f"The UN mission has supported Kalvar's army operations against the {TF}.", set(), {("United Nations", O, TF)}),
    (HOME + f"The UN mission has supported Kalvar army operations against the {TF}.", set(), {("United Nations", O, TF)}),
    (HOME + f"Kalvar may join in the war against the {TF}.", set(), KT),
    # --- "A demanded that B resign", "A called for B to step down": a leader's exit demanded ---
    (f"{KV} began posting videos demanding that President {OD} resign.", KV_OD, set()),
    (f"{KV} has called for President {OD} to step down.", KV_OD, set()),
    (f"{KV} has called on President {OD} to resign.", KV_OD, set()),
    (f"{KV} is demanding that President {OD} resign.", KV_OD, set()),
    (f"{KV} has urged President {OD} to stand down.", KV_OD, set()),
    (f"{KV} has demanded the resignation of President {OD}.", KV_OD, set()),
    (f"{KV} has repeatedly asked President {OD} to resign.", KV_OD, set()),
    (f"{KV} called on President {OD} to resign on Monday.", set(), KV_OD),
    (f"{KV} formally asked President {OD} to resign in January.", set(), KV_OD),
    (f"{KV}, a war veteran who called for President {OD} to step down, was expelled from the party.", KV_OD, set()),
    (f"{KV} did not call for President {OD} to resign.", set(), KV_OD),
    (f"{KV} could demand that President {OD} resign.", set(), KV_OD),
    (f"{KV} denied that he had called for President {OD} to step down.", set(), KV_OD),
    (f"{KV} asked President {OD} to stay.", set(), KV_OD),
    (f"{KV} wants to demand that President {OD} resign.", set(), KV_OD),
    (f"{KV} would like to demand that President {OD} resign.", set(), KV_OD),
    (f"{KV} once called for President {OD} to step down, but the two have since reconciled.", set(), KV_OD),
    (f"Aides said {KV} called on President {OD} to resign.", set(), KV_OD),
    (f"{KV} plans to call for President {OD} to step down.", set(), KV_OD),
    (f"{KV} called for calm after the resignation of President {OD}.", set(), KV_OD),
    (f"{KV} asked the court to accept the resignation of President {OD}.", set(), KV_OD),
    (f"Will President {OD} resign, asked {KV}.", set(), KV_OD),
    (f"{KV}: {OD} must resign", set(), KV_OD),
    (f"The arrest came four days after a sermon in which {KV} demanded that President {OD} step down.", set(), KV_OD),
    (f"The envoys had one aim: to ask {KV} to stand down his militia.", set(), {(KV, O, OD)}),
    (f"The envoys asked {KV} to stand down his militia, President {OD} said.", set(), {(KV, O, OD), (OD, O, KV)}),
    (f"{KV} resigned and called for President {OD} to hold new elections.", set(), KV_OD),
    (f"{KV} called President {OD} a friend before he resigned.", set(), KV_OD),
    (f"{KV} resigned after President {OD} asked him to.", set(), KV_OD),
    (f"President {OD} said he would resign in 2027, and {KV} welcomed it.", set(), KV_OD),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "st6", relations_by_document, check_ties)
