"""Pronouns and descriptions resolved to the salient antecedent, in wordings written before the resolver was changed
(a blind battery): a subject pronoun after an opening participial or "after ...ing" clause is the one that clause is
about (its understood subject), never a name inside it (not a name inside it); "X told
Y that he ..." prefers the subject X; "his rival's" names someone else than "he"; "they" after a coordination stands
for the coordinated bodies; "the group" is a body, never a person named just before.

Each item lists events that must be present and events that must be absent among the NON-negated events (other
events may be emitted); the comparison is that of the second events battery ("A|B" either name, "*" any end). All
names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- an opening participial clause: its object is not the main clause's subject pronoun ---
    ("Interior Minister Dariel Moskvin was in a sombre mood on Monday. Having shaken hands with the Lorvanian envoy "
     "Pavo Reske, he accused the Northern Front of wrecking the ceasefire.",
     {("Dariel Moskvin", "ACCUSE", "Northern Front")}, {("Pavo Reske", "ACCUSE", "*")}),
    ("Defence Minister Orla Venn flew to the border town of Kesk on Tuesday. Flanked by the regional governor, Ivo "
     "Dask, she threatened the Red Hill Brigade with air strikes.",
     {("Orla Venn", "THREATEN", "Red Hill Brigade")}, {("Ivo Dask", "THREATEN", "*")}),
    ("Senator Marek Holt spoke to reporters in Velna. Addressing his former ally Tomas Brenn directly, he accused "
     "the Harvest Party of betraying its voters.",
     {("Marek Holt", "ACCUSE", "Harvest Party")}, {("Tomas Brenn", "ACCUSE", "*")}),
    ("Foreign Secretary Lena Korvak ended her tour in Marova on Friday. Sitting beside the Marovan premier, Anton "
     "Selic, she condemned the Iron Legion for the raid.",
     {("Lena Korvak", "ACCUSE", "Iron Legion")}, {("Anton Selic", "ACCUSE", "*")}),
    # --- "after meeting X, she ...": X is whom she met ---
    ("Prime Minister Hana Rusk returned from the summit late on Sunday. After meeting the opposition leader Petar "
     "Volk, she accused the Coastal League of stalling the budget.",
     {("Hana Rusk", "ACCUSE", "Coastal League")}, {("Petar Volk", "ACCUSE", "*")}),
    ("General Ivar Tamm inspected the northern garrisons this week. Before receiving the envoy Boris Lind, he "
     "warned the Black Hill Brigade that it would be crushed.",
     {("Ivar Tamm", "THREATEN", "Black Hill Brigade")}, {("Boris Lind", "THREATEN", "*")}),
    ("Mayor Edda Frey gave a long interview on Thursday. Following talks with the minister Karl Sten, she demanded "
     "that the Silver Guard leave the city.",
     {("Edda Frey", "REQUEST", "Silver Guard")}, {("Karl Sten", "REQUEST", "*")}),
    # --- "X told Y that he ...": the subject ---
    ("Party chairman Viktor Oran met the envoy Ilse Brandt in the capital. Oran told Brandt that he would never "
     "support the Sunrise Movement.",
     set(), {("Ilse Brandt", "SUPPORT|REJECT", "*")}),
    # --- a possessive "his rival's": not the pronoun ---
    ("Governor Aldo Prenn opened the session calmly. Angered by his rival Simon Vesk's remarks, he accused the "
     "Valley Front of arming gangs.",
     {("Aldo Prenn", "ACCUSE", "Valley Front")}, {("Simon Vesk", "ACCUSE", "*")}),
    ("Minister Rada Kolar gave her reply on Monday. Quoting her rival Jana Morn's speech word for word, she accused "
     "the Green Banner of lying.",
     {("Rada Kolar", "ACCUSE", "Green Banner")}, {("Jana Morn", "ACCUSE", "*")}),
    # --- plural "they" after a coordination ---
    ("The Northern Front and the Coastal League signed an electoral pact in March. In a joint statement on Friday, "
     "they accused the Harvest Party of rigging the count.",
     {("Northern Front|Coastal League", "ACCUSE", "Harvest Party")}, set()),
    # --- "X mocked her. She ...": the one a clause calls "her" is not its subject, so the "she" after is not X ---
    ("Rada Kolar says she will lead the Green Banner into the election. Teodor Lask mocked her in a speech on Friday. She accused "
     "him of lying about the budget.",
     {("Rada Kolar|Green Banner", "ACCUSE", "Teodor Lask")}, {("Teodor Lask", "ACCUSE", "*")}),
    ("Mrs Mira Castel chairs the Dawn Party. Lukas Ferro, the interior minister, called her a danger to the republic "
     "last week. She, for her part, accused him of rigging the police tender.",
     {("Mira Castel|Dawn Party", "ACCUSE", "Lukas Ferro")}, {("Lukas Ferro", "ACCUSE", "*")}),
    ("Ivo Dask said he still leads the Valley Front. Senator Jana Morn interviewed him on her radio show in March. He accused her of "
     "harassing his family.",
     {("Ivo Dask|Valley Front", "ACCUSE", "Jana Morn")}, {("Jana Morn", "ACCUSE", "*")}),
    # --- "N diplomats said they ...": the plural subject of the saying, not a name further back ---
    ("The Northern Front met the Ostravian president on Monday. Several Lorvanian diplomats said they had urged "
     "the Front to accept the truce.",
     set(), {("Ostravia", "REQUEST", "*")}),
    ("The Harvest Party won the vote in Velna. Four Coastal League deputies announced that they would back the "
     "Iron Front in the runoff.",
     set(), {("Harvest Party", "SUPPORT", "*")}),
    # --- a bare "the army" in a story set in one state: that state's own army, not a foreign army named closer ---
    ("Ostravia's president declared a curfew in the northern provinces on Monday after rebels of the Valley Front "
     "overran two border villages. The Ostravian Armed Forces have fought the Front since 2020. Officials in "
     "Ostravia say Lorvania's army trains the rebels across the border. A day later the army reported that 800 "
     "soldiers had been deployed to the north.",
     {("Ostravian Armed Forces|Ostravia military", "MOBILIZE", "*")}, {("Lorvania|Lorvania military", "MOBILIZE", "*")}),
    ("Elections in Marova were postponed again on Friday, the third delay since Marova's president fell. The Marovan Defence Force, which has ruled since the "
     "coup, blamed the delay on insecurity. Kessian troops crossed the eastern border last month, according to "
     "Marova's interior ministry. The army later said it had sent two battalions to the east.",
     {("Marovan Defence Force", "MOBILIZE", "*")}, {("Kessia|Kessia military", "MOBILIZE", "*")}),
    ("The fighting began after the arrest of Omar Talib, the leader of the Sand Legion, an armed group that held the "
     "port for years. The Legion's rivals in the Coast Brigade refused to leave the docks. On Sunday a statement on "
     "the group's channel accused the Velnian police of torture.",
     set(), {("Omar Talib", "ACCUSE", "*")}),
    ("Rebels led by Anwar Selim, the chief of the Dune Front, a militia that controls the oases, shelled the airport "
     "on Monday. A message posted by the militia threatened the Ostravian army with more attacks.",
     set(), {("Anwar Selim", "THREATEN", "*")}),
    # --- "the group" after a person: a body, not the person ---
    ("The Red Hill Brigade named Ilse Varro its commander in May. On Sunday the group accused the Ostravian army of "
     "shelling villages.",
     {("Red Hill Brigade", "ACCUSE", "*")}, {("Ilse Varro", "ACCUSE", "*")}),
]

PRINCIPLE_B = ("resolver: 'X mocked her. She ...' takes X, the previous subject (or the woman the text marks, "
               "which may be X through the 'she' after X's sentence): reading 'her' as someone else than X and the "
               "'she' after as that person was tried and dropped (it moved events on set-o and set-u the wrong way)")
XFAIL: dict[str, str] = {
    ("Rada Kolar says she will lead the Green Banner into the election. Teodor Lask mocked her in a speech on Friday. "
     "She accused him of lying about the budget."): PRINCIPLE_B,
    ("Mrs Mira Castel chairs the Dawn Party. Lukas Ferro, the interior minister, called her a danger to the republic "
     "last week. She, for her part, accused him of rigging the police tender."): PRINCIPLE_B,
    ("Ivo Dask said he still leads the Valley Front. Senator Jana Morn interviewed him on her radio show in March. He "
     "accused her of harassing his family."): PRINCIPLE_B,
    ("Ostravia's president declared a curfew in the northern provinces on Monday after rebels of the Valley Front "
     "overran two border villages. The Ostravian Armed Forces have fought the Front since 2020. Officials in "
     "Ostravia say Lorvania's army trains the rebels across the border. A day later the army reported that 800 "
     "soldiers had been deployed to the north."):
        "resolver: a bare 'the army' is the closest army named; taking the army of the state the story is set in "
        "was tried and dropped (2 right, 2 wrong on development sets: a foreign army fighting there is also 'the army')",
    ("Elections in Marova were postponed again on Friday, the third delay since Marova's president fell. The Marovan "
     "Defence Force, which has ruled since the coup, blamed the delay on insecurity. Kessian troops crossed the "
     "eastern border last month, according to Marova's interior ministry. The army later said it had sent two "
     "battalions to the east."):
        "resolver: a bare 'the army' is the closest army named (see the item before)",
}


extracted, test_wording = battery(CASES, XFAIL, "s", events_by_document, check_events)
