"""PLOVER events whose author is lost where a reader finds it at once (a second battery, written before changing the
event reader): an arrest by a state's bare "gendarmerie" or "gendarmes" (the article's state's force, as "the police"
is); a body's "officers" or "agents" named by the body's short name ("Guard officers detained X": the Guard; strict
xfail for now); a part of a body undergoing a passive act ("two of its members were arrested": the body); an
agentless passive arrest or detention of a person in a story clearly set in one state (the law's act: that state's),
and with it the demand for the captive's release, made to the captor. Negatives keep precision: a kidnapping told in
the passive has no author invented, nor has an arrest in a story set in no one clear state, nor a denied arrest, nor
one with armed men (soldiers, mutineers, rebels, an armed group) told beside it, another state named in its sentence,
or a captor told later.

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end, a type ending in "~"
compared without direction. Invented states, parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# an opening that sets each story in one invented state (a dateline, its ruler, its name again)
_SET = ("VORENTA, Calvoria, 2 May -\nCalvoria's prime minister, Edvin Marsk, is under pressure in Calvoria after "
        "weeks of strikes. ")

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a bare gendarmerie: the article's state's force ---
    (_SET + "The trade unionist Hale Ordway was seized by the gendarmerie outside a bus depot on Friday night.",
     {("Calvoria", "COERCE", "Hale Ordway")}, set()),
    (_SET + "On Sunday the gendarmerie detained Mira Tollan, who runs the Greenway Party, at a roadblock.",
     {("Calvoria", "COERCE", "Mira Tollan")}, set()),
    (_SET + "Gendarmes arrested the blogger Oskar Brandt at his sister's house, his family said.",
     {("Calvoria", "COERCE", "Oskar Brandt")}, set()),
    # --- "X officers", "X agents": the body X names (not yet: see XFAIL) ---
    (_SET + "The Presidential Guard answers to Marsk alone. Late on Monday Guard officers seized the editor "
     "Ines Varro in her office.",
     {("Presidential Guard", "COERCE", "Ines Varro")}, set()),
    (_SET + "The State Protection Bureau keeps files on every union. Bureau agents detained Piet Lorn, a lawyer "
     "for the strikers, on Thursday.",
     {("State Protection Bureau", "COERCE", "Piet Lorn")}, set()),
    # --- an agentless passive arrest in a story set in one state ---
    (_SET + "Greta Solm, who chairs the Harbour Workers' Union, was arrested at dawn on Tuesday.",
     {("Calvoria", "COERCE", "Greta Solm")}, set()),
    (_SET + "The opposition deputy Lars Wendel has been jailed for insulting the prime minister, his lawyer said.",
     {("Calvoria", "COERCE", "Lars Wendel")}, set()),
    (_SET + "Anja Korr was detained at the airport as she returned from a conference abroad. The Baltic Rights "
     "Forum and the Northern Assembly each demanded her immediate release.",
     {("Calvoria", "COERCE", "Anja Korr"), ("Baltic Rights Forum", "REQUEST", "Calvoria"),
      ("Northern Assembly", "REQUEST", "Calvoria")}, set()),
    (_SET + "Rune Halvard, a founder of the Free Ports Movement, was arrested in a raid on its offices. "
     "The Nordic Press Union demanded that he be freed.",
     {("Calvoria", "COERCE", "Rune Halvard")}, set()),
    # --- a part of a body in a passive subject: the body ---
    (_SET + "The Red Lantern Collective marched on the ministry. Four of its organisers were arrested by the "
     "gendarmerie that night.",
     {("Calvoria", "COERCE", "Red Lantern Collective")}, set()),
    (_SET + "The Coast Miners' Front has lost ground. Several of their commanders were detained by police in the "
     "port last month.",
     {("Calvoria", "COERCE", "Coast Miners' Front")}, set()),
    # --- negatives: no author the text gives, none invented ---
    (_SET + "The engineer Tomas Perlo was kidnapped on the coast road last week.",
     set(), {("Calvoria", "ASSAULT", "Tomas Perlo"), ("Calvoria", "COERCE", "Tomas Perlo")}),
    ("Brenna Okafor, a poet from Ostmark, was arrested at an airport on her way to a festival in Veldmar.",
     set(), {("Ostmark", "COERCE", "Brenna Okafor"), ("Veldmar", "COERCE", "Brenna Okafor")}),
    (_SET + "The Harbour Pilots' Guild lost a launch on Friday. The Guild said its boat had capsized in a storm and "
     "that three of its crew were lost when it sank.",
     set(), {("*", "ASSAULT", "Harbour Pilots' Guild")}),
    (_SET + "The smuggler Dario Venn was arrested in a hotel and handed over to Calvorian officials by the Ostmark "
     "police last week.",
     set(), {("Calvoria", "COERCE", "Dario Venn")}),
    (_SET + "Contrary to posts online, the union leader Ivo Sarn was not arrested and spoke at a rally on Sunday.",
     set(), {("Calvoria", "COERCE", "Ivo Sarn")}),
    # --- negatives: an agentless arrest the home state need not have made (armed men about, abroad, a captor
    # named later) ---
    (_SET + "Renegade soldiers took over the state radio building before dawn. The defence minister, Jorun Kessel, "
     "was detained and driven off to an unknown place.",
     set(), {("Calvoria", "COERCE", "Jorun Kessel")}),
    (_SET + "The central bank governor Saga Ellan was detained late on Thursday. A band of mutineers loyal to Major "
     "Eirik Toll later said they had taken her.",
     set(), {("Calvoria", "COERCE", "Saga Ellan")}),
    (_SET + "Insurgents of the Grey Pine Movement took the river town of Hallby after two days of fighting. Its "
     "mayor, Pernilla Vast, was arrested with three councillors.",
     set(), {("Calvoria", "COERCE", "Pernilla Vast")}),
    (_SET + "The exiled Calvorian activist Ulla Brenn was arrested in Madrid on Monday under a Spanish warrant.",
     set(), {("Calvoria", "COERCE", "Ulla Brenn")}),
    (_SET + "The photographer Kaj Mollin was detained in Estonia as he filmed a rally against its government.",
     set(), {("Calvoria", "COERCE", "Kaj Mollin")}),
    (_SET + "The Sollen Liberation Army announced that the aid worker Pia Grell is in its hands. Grell was "
     "detained near the northern border in April.",
     set(), {("Calvoria", "COERCE", "Pia Grell"), ("Calvoria", "COERCE", "Grell")}),
    # (an arrest someone only says happened, or one the text denies, is no act of the state)
    (_SET + "Q: The union leader Jorun Tesk says he was detained for a night at a roadblock. Is that true?\n"
     "A: Mr. Tesk was not arrested. Officers checked his papers and he drove on the same evening.",
     set(), {("Calvoria", "COERCE", "Jorun Tesk"), ("Calvoria", "COERCE", "Tesk")}),
    (_SET + "Posts online said the banker Alva Renholm had been arrested at dawn. The ministry said Renholm has not "
     "been arrested and is abroad on business.",
     set(), {("Calvoria", "COERCE", "Alva Renholm"), ("Calvoria", "COERCE", "Renholm")}),
]

_OFFICERS = ("a body's officers or agents named by its short name are not read as the body: adding them to "
             "relations.yaml body_agent_nouns gained nothing on the development sets and let a reported charge with no "
             "accuser through (set-k); left for a change that also drops source-less reported charges")
XFAIL: dict[str, str] = {CASES[3][0]: _OFFICERS, CASES[4][0]: _OFFICERS}


extracted, test_wording = battery(CASES, XFAIL, "w", events_by_document, check_events)
