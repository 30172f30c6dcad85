"""Lasting ties the relation stage missed or misread. A deputy's title built on a leader's one ("Deputy President X",
"sworn in as deputy president") is a member's post of the article's state, not its lead (relations._deputy_post,
relations.yaml deputy_words); "cabinet secretary" and "Inspector-General" are state posts (implied_state_titles); a
body that set up or created a part (of_phrases part_of, object of word_lists.forming_verbs) named in apposition or
after "called" owns it; a person leading a group of a body's members ("some Front legislators, led by X") is one of
its members (roles.yaml group_member_nouns, relations._member_group); a body backed in an object relative clause
("Y, a militia that X trains", "the militia X created and armed in 2023") or "funded from X" (the "from" of a
backing participle naming a state or body). Several wordings per mechanism with negatives (a former post, the head's
own lead, a wish, a condition, a negation, a denial, a past tie, reported speech, a body's armed men, no named
backer); all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, P, B = "leader_of", "member_of", "part_of", "backs"

# a story set in one state, so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a deputy's title built on a leader's: a member's post, not the lead ---
    (HOME + "Deputy President Arlo Mentis opened the session.",
     {("Arlo Mentis", M, "Kalvar")}, {("Arlo Mentis", L, "Kalvar")}),
    (HOME + "Bren Adovo, a law professor, was sworn in as deputy president on 1 May.",
     {("Bren Adovo", M, "Kalvar")}, {("Bren Adovo", L, "Kalvar")}),
    (HOME + "Cato Relling was sworn in as vice president on 1 May.",
     {("Cato Relling", M, "Kalvar")}, {("Cato Relling", L, "Kalvar")}),
    (HOME + "The deputy president, Dela Fionn, cut the ribbon.",
     set(), {("Dela Fionn", L, "Kalvar")}),
    (HOME + "Former Deputy President Ilan Sorvo opened the session.",
     set(), {("Ilan Sorvo", M, "Kalvar"), ("Ilan Sorvo", L, "Kalvar")}),
    (HOME + "Jory Tasker hopes to be sworn in as deputy president next year.",
     set(), {("Jory Tasker", M, "Kalvar"), ("Jory Tasker", L, "Kalvar")}),
    (HOME + "Deputy Prime Minister Esko Vantor said the count was fair.",
     {("Esko Vantor", M, "Kalvar")}, {("Esko Vantor", L, "Kalvar")}),
    # the head keeps the lead
    (HOME + "President Garo Hekel said the count was fair.", {("Garo Hekel", L, "Kalvar")}, set()),
    (HOME + "Haro Insk was sworn in as president on 1 May.", {("Haro Insk", L, "Kalvar")}, set()),
    # --- "cabinet secretary", "Inspector-General": a member of the state ---
    (HOME + "Interior cabinet secretary Nolo Barek told officers to shoot.", {("Nolo Barek", M, "Kalvar")}, set()),
    (HOME + "Treasury cabinet secretary Pira Sandel presented the budget.", {("Pira Sandel", M, "Kalvar")}, set()),
    (HOME + "Inspector-General Tovi Arkum apologised to the Senate.", {("Tovi Arkum", M, "Kalvar")}, set()),
    (HOME + "Deputy Inspector-General Lesk Varin stepped aside in June.", {("Lesk Varin", M, "Kalvar")}, set()),
    (HOME + "Inspector General Omar Dulet ordered an inquiry.", {("Omar Dulet", M, "Kalvar")}, set()),
    (HOME + "Former Inspector-General Ivo Kertan wrote a memoir.", set(), {("Ivo Kertan", M, "Kalvar")}),
    (HOME + "Former cabinet secretary Rada Moss wrote a memoir.", set(), {("Rada Moss", M, "Kalvar")}),
    # --- a body that set up or created a named part owns it ---
    (HOME + "The Velo Party set up a political arm, the Velo Civic Forum, in 2019.",
     {("Velo Civic Forum", P, "Velo Party")}, set()),
    (HOME + "The Velo Party created a youth wing, the Velo Youth Forum, last year.",
     {("Velo Youth Forum", P, "Velo Party")}, set()),
    (HOME + "The Velo Party launched a youth wing called the Velo Youth Forum in 2020.",
     {("Velo Youth Forum", P, "Velo Party")}, set()),
    (HOME + "The Velo Party wants to set up a youth wing, the Velo Youth Forum.",
     set(), {("Velo Youth Forum", P, "Velo Party")}),
    (HOME + "The Velo Party has no armed wing, and the Dorsan Brigade is independent.",
     set(), {("Dorsan Brigade", P, "Velo Party")}),
    # a condition supposes the part, it does not tell it (the verbs of having too)
    (HOME + "If the Velo Party set up a political arm, the Velo Civic Forum, it would win.",
     set(), {("Velo Civic Forum", P, "Velo Party")}),
    (HOME + "If the Unity Front fields an armed wing, the Red Legion, Kalvar will ban it.",
     set(), {("Red Legion", P, "Unity Front")}),
    (HOME + "The Velo Party did not set up a youth wing, the Velo Youth Forum, in 2019.",
     set(), {("Velo Youth Forum", P, "Velo Party")}),
    # --- a group of a body's members led by X: X is a member, not the body's leader ---
    (HOME + "Some Unity Front legislators, led by Amos Keter, have attacked the pact.",
     {("Amos Keter", M, "Unity Front")}, {("Amos Keter", L, "Unity Front")}),
    (HOME + "The Unity Front's youth members, led by Paul Otieno, marched on Friday.",
     {("Paul Otieno", M, "Unity Front")}, {("Paul Otieno", L, "Unity Front")}),
    (HOME + "Dissident Unity Front lawmakers, led by Ruth Wanjala, voted against the budget.",
     {("Ruth Wanjala", M, "Unity Front")}, {("Ruth Wanjala", L, "Unity Front")}),
    (HOME + "Unity Front MPs, led by Tom Achieng, voted against the budget.",
     {("Tom Achieng", M, "Unity Front")}, {("Tom Achieng", L, "Unity Front")}),
    (HOME + "Some Unity Front delegates, not led by Mary Auma, walked out.", set(), {("Mary Auma", L, "Unity Front")}),
    (HOME + "Unity Front fighters, led by Odhis Kimani, attacked the town.", set(),
     {("Odhis Kimani", M, "Unity Front")}),
    (HOME + "The Unity Front, led by Sam Okoth, won the vote.", {("Sam Okoth", L, "Unity Front")}, set()),
    # --- "belong to X, the alliance of A and B" (the apposition hung on the verb): A and B are members of X ---
    (HOME + "The seven deputies belong to the Green Union, the alliance of the Oak Party and the Birch League, "
     "whose members walked out.", {("Oak Party", M, "Green Union"), ("Birch League", M, "Green Union")}, set()),
    # --- a body backed in a relative clause whose object it is: "Y, a militia that X trains" ---
    (HOME + "The Grey Guard, a militia that Dorvia trains, attacked the town.", {("Dorvia", B, "Grey Guard")}, set()),
    (HOME + "The Tolo Front, a group Pelor trains in the north, attacked a post.", {("Pelor", B, "Tolo Front")}, set()),
    (HOME + "The Red Lions, a group that Pelor finances, struck again.", {("Pelor", B, "Red Lions")}, set()),
    (HOME + "The Iron Hawks, the militia Karsia created and armed in 2023, attacked the town.",
     {("Karsia", B, "Iron Hawks")}, set()),
    (HOME + "The Tarn Army is helped by the Hawk Committees, local militias that the Ostravan army arms and pays.",
     {("Ostrava military", B, "Hawk Committees")}, set()),
    (HOME + "The Ember Guard, a militia that Lisar fought in 2019, attacked the town.", set(),
     {("Lisar", B, "Ember Guard")}),
    (HOME + "The Ember Guard, a militia that Lisar denies arming, attacked the town.", set(),
     {("Lisar", B, "Ember Guard")}),
    (HOME + "The Ember Guard, a militia that Lisar says Pelor arms, attacked the town.",
     set(), {("Lisar", B, "Ember Guard")}),
    (HOME + "The Iron Hawks, the militia Karsia fought and defeated in 2023, attacked the town.",
     set(), {("Karsia", B, "Iron Hawks")}),
    (HOME + "The Iron Hawks, the militia Karsia never created or armed, attacked the town.",
     set(), {("Karsia", B, "Iron Hawks")}),
    (HOME + "The Coral Guard, a militia that Lisar does not arm, attacked a post.",
     set(), {("Lisar", B, "Coral Guard")}),
    (HOME + "The Blue Watch, a group that Ardon wants to arm, attacked a post.", set(), {("Ardon", B, "Blue Watch")}),
    (HOME + "The Sea Watch, a militia that Morvan arms sales helped, attacked a post.",
     set(), {("Morvan", B, "Sea Watch")}),
    # --- "funded from X", "armed and supplied from X": the state the backing comes from ---
    (HOME + "The Mara People's League, which claims to defend the Mara, is armed and supplied from neighbouring "
     "Karsia.", {("Karsia", B, "Mara People's League")}, set()),
    (HOME + "The Kelp Brigade, armed and trained from Dorvia, attacked a post.",
     {("Dorvia", B, "Kelp Brigade")}, set()),
    (HOME + "The Opal Front, funded from Dorvia since 2019, paid the voters.", {("Dorvia", B, "Opal Front")}, set()),
    (HOME + "The Opal Front denies being funded from Pelor.", set(), {("Pelor", B, "Opal Front")}),
    (HOME + "The Lark Brigade was never armed from Lisar.", set(), {("Lisar", B, "Lark Brigade")}),
    (HOME + "The Opal Front, funded from Dorvia until 2019, paid the voters.", set(), {("Dorvia", B, "Opal Front")}),
    (HOME + "The Opal Front is not funded from Dorvia, Pelor says.", set(), {("Dorvia", B, "Opal Front")}),
    (HOME + "The Velo Party, funded from Dorvia, and the Opal Front, funded from Pelor, clashed.",
     {("Dorvia", B, "Velo Party")}, {("Dorvia", B, "Opal Front")}),
    (HOME + "The Tern Brigades are paid from the state budget, and Ardon says nothing.",
     set(), {("Ardon", B, "Tern Brigades")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "at", relations_by_document, check_ties)
