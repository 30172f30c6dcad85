"""Who acts in an event whose trigger is found: the source of a verb the parser hung in the wrong clause
(events._lifted_conj, _misread_predicate, reporters between commas) and the subject pronoun of a
conjoined clause (relations.PhraseResolver.pronoun_actor); invented names, real English pipeline."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document


def events(text: str) -> set[tuple]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target), e.negated) for e in ex.events}


@pytest.mark.parametrize("text, source, typ", [
    # a speech act or a finite verb that cannot share the reported clause's modal: the speaker's
    ("Hamas said Israel would attack Gaza and urged Egypt to intervene.", "Hamas", "REQUEST"),
    ("Hamas said Israel would attack Gaza and has urged Egypt to intervene.", "Hamas", "REQUEST"),
    ("Marek Dunal told parliament that the army would \"finish the job\" in the north, and has ordered the "
     "call-up of 10,000 reservists.", "Marek Dunal", None),
    # the parser hung "called" on a participle of the reported object
    ("Marek Dunal, the Tolvan Front's leader, said the operation aimed to \"clean the north of smugglers\" and "
     "called on the Velorian government to \"respect the will of the people\".", "Marek Dunal", "REQUEST"),
    # the reporters set off between commas are not who acted
    ("Marek Dunal did not order the Velorian army to resist, two officials in his office said, and asked "
     "Ostmark to mediate.", "Marek Dunal", "REQUEST"),
    # an adverb between the relative clause's comma and the main verb
    ("Marek Dunal, whose party holds seats in the Velorian parliament, nonetheless called on Ostmark to "
     "release the prisoners.", "Marek Dunal", "REQUEST"),
])
def test_a_misattached_verb_is_done_by_the_sentence_subject(text, source, typ):
    got = [e for e in events(text) if not e[3] and (typ is None or e[1] == typ) and e[1] != "THREATEN"]
    assert got and all(e[0] == source for e in got), events(text)


@pytest.mark.parametrize("text, source", [
    # the reported clause's own conjuncts stay with its subject
    ("Hamas said Israel had attacked Gaza and shelled Rafah.", "Israel"),
    ("Hamas said Israel would attack Gaza and would shell Rafah.", "Israel"),
    ("Hamas said the Tolvan Front would attack the city and had attacked the army.", "Tolvan Front"),
])
def test_a_conjunct_sharing_the_reported_verbs_form_stays_in_the_reported_clause(text, source):
    got = [e for e in events(text) if e[1] in ("ASSAULT", "THREATEN")]
    assert got and all(e[0] == source for e in got), events(text)


def test_reporters_that_are_actors_are_left_alone():
    # "X did A, Y said, and did B": Y named, who did B is not told apart; no lift to X
    assert not any(e[0] == "Hamas" and e[1] == "REQUEST" for e in events(
        "Hamas did not attack the convoy, Israel said, and urged Egypt to intervene."))


@pytest.mark.parametrize("text, source", [
    ("In 2023, Marta Kell visited Beijing and signed a trade agreement with Chinese President Xi Jinping, but "
     "she has refused to renew the port lease.", "Marta Kell"),
    ("Hamas met Egyptian officials and Fatah leaders, but it refused to release the hostages.", "Hamas"),
])
def test_the_subject_pronoun_of_a_conjoined_clause_is_the_first_clauses_subject(text, source):
    got = [e for e in events(text) if e[1] == "REJECT"]
    assert got and got[0][0] == source, events(text)


def test_a_subject_the_text_calls_the_other_gender_is_not_preferred():
    got = [e for e in events("Mr Anton Vell met Marta Kell, but she refused to sign the accord.") if e[1] == "REJECT"]
    assert got and got[0][0] == "Marta Kell"


@pytest.mark.parametrize("text", [
    "The Red Hand militia seized the port of Sarel in May. The Dawn Party, which is part of the government "
    "coalition, condemned what it called \"the militia's blackmail\".",
    "The Dawn Party condemned what it described as the Red Hand militia's aggression.",
    "The Dawn Party condemned what it called the aggression of the Red Hand militia.",
])
def test_condemning_what_one_calls_an_act_of_x_accuses_x(text):
    assert ("Dawn Party", "ACCUSE", "Red Hand militia", False) in events(text)


def test_condemning_what_one_calls_an_act_with_no_author_names_no_target():
    got = [e for e in events("The Dawn Party condemned what it called a campaign of intimidation.") if e[1] == "ACCUSE"]
    assert got and all(e[2] is None for e in got), got


_KENYA = ("NAIROBI, March 3 (Reuters) - Kenyan police detained three activists of the Dawn Party on Sunday, a day "
          "after Kenya's president won a second term. ")


@pytest.mark.parametrize("text, target", [
    (_KENYA + "The Dawn Party accused the interior ministry of \"intimidation\".", "Kenya"),
    (_KENYA + "The Dawn Party criticised the foreign ministry.", "Kenya"),
    (_KENYA + "The Dawn Party criticised the Ugandan foreign ministry.", "Uganda"),  # names its own state
])
def test_a_bare_ministry_stands_for_the_articles_state(text, target):
    assert ("Dawn Party", "ACCUSE", target, False) in events(text)


@pytest.mark.parametrize("aside", ["based in the capital", "backed by most deputies"])
def test_the_government_with_a_participle_aside_is_the_articles_state(aside):
    # "the government, based in X, condemned ...": the aside describes the government, it names no owner
    text = _KENYA + f"The government, {aside}, accused the Dawn Party of \"intimidation\"."
    assert ("Kenya", "ACCUSE", "Dawn Party", False) in events(text), events(text)


def test_a_bodys_own_committee_is_not_the_state():
    got = [e for e in events(_KENYA + "The Dawn Party criticised the party's finance committee.") if e[1] == "ACCUSE"]
    assert got and all(e[2] != "Kenya" for e in got), got


def test_a_bare_person_title_is_not_the_state():
    got = events("NAIROBI, March 3 (Reuters) - Kenya's president Anton Vell won a second term. The Dawn Party's "
                 "leader, Marta Kell, was ejected from the chamber after calling the prime minister a traitor.")
    assert not any(e[1] == "ACCUSE" and e[2] == "Kenya" for e in got), got


@pytest.mark.parametrize("label", [
    "The Minister of Defence (Ms Marta Kell)",
    "The Prime Minister (Marta Kell)",
])
def test_i_in_a_transcript_is_the_office_holder_named_in_the_label(label):
    text = (f"1. Mr Anton Vell (Dawn Party) asked the Minister what assessment she has made of the border.\n\n"
            f"{label}: I thank the honourable Member. The Tolvan army has deployed 6,000 troops near our "
            f"frontier. Our own brigade has been placed on a higher state of readiness. I spoke to the President "
            f"of Egypt, Abdel Fattah al-Sisi, on Monday.\n")
    got = events(text)
    assert any(e[0] == "Marta Kell" and e[1] == "CONSULT" for e in got), got
    if "Ms" in label:  # "our frontier", "our own brigade": not the person speaking
        assert not any(e[1] == "MOBILIZE" and "Marta Kell" in (e[0], e[2]) for e in got), got


def test_our_in_an_interview_is_the_speakers_group():
    text = ("Interview with Anton Vell, commander of the Red Hand militia.\n\n"
            "Q: Who are your enemies?\n\n"
            "Anton Vell: The Dawn Front. They attack our villages every week.\n")
    got = [e for e in events(text) if e[1] == "ASSAULT"]
    assert got and got[0][0] == "Dawn Front" and got[0][2] == "Red Hand militia", events(text)


def test_an_office_label_is_a_speaker_label_and_speaks_for_its_holder_as_i_only():
    from kingmaker.nlp.pipeline import SPEAKER_LABEL

    assert SPEAKER_LABEL.match("The Minister of Defence (Ms Marta Kell): I thank the Member.")
    assert not SPEAKER_LABEL.match("Vote in Tarsa (update): Union wins most seats.")
    text = ("Oral Questions\n\nThe Minister of Defence (Ms Marta Kell): Our frontier is calm. "
            "I met the Dawn Front's envoy on Monday.\n")
    got = events(text)
    assert any(e[0] == "Marta Kell" and e[1] == "CONSULT" for e in got), got


@pytest.mark.parametrize("text", [
    "The Red Hand militia seized the port of Sarel in May. The militia, which is armed and trained by Iran, "
    "named Anton Vell as its new commander. It has vowed to attack Tolvia.",
    "The Red Hand militia, which is armed by Iran, named Anton Vell as its new commander. It has vowed to attack "
    "Tolvia.",
])
def test_it_after_a_sentence_whose_verb_was_misread_is_that_sentences_subject(text):
    got = [e for e in events(text) if e[1] == "THREATEN"]
    assert got and got[0][0] == "Red Hand militia", events(text)


@pytest.mark.parametrize("text", [
    "Marta Kell had meetings with the Egyptian president, and with the leader of the Dawn Party.",
    "This morning Marta Kell had meetings with the President of Egypt, Abdel Fattah al-Sisi, and with the leader "
    "of the Dawn Party, our coalition partner.",
    "Marta Kell held talks with the Egyptian president and with the leader of the Dawn Party.",
])
def test_meetings_with_x_and_with_y_meet_both(text):
    got = {e[2] for e in events(text) if e[1] == "CONSULT" and e[0] == "Marta Kell"}
    assert {"Egypt", "Dawn Party"} <= got, events(text)


def test_meetings_with_a_named_official_and_with_y_meet_both():
    got = {e[2] for e in events("This morning Marta Kell had meetings with the Egyptian foreign minister, Anton "
                                "Vell, and with the leader of the Dawn Party.") if e[1] == "CONSULT"}
    assert {"Anton Vell", "Dawn Party"} <= got, got


def test_a_second_preposition_of_another_kind_is_no_second_party():
    got = events("Marta Kell had talks with Egypt on Monday, and in Jordan she opened a school.")
    assert not any(e[1] == "CONSULT" and e[2] == "Jordan" for e in got), got


@pytest.mark.parametrize("phrase, source", [
    ("the internationally recognised government", "Kenya"),
    ("the internationally recognized government", "Kenya"),
    ("a government recognised by few states", None),
])
def test_the_internationally_recognised_government_is_the_articles_state(phrase, source):
    got = [e for e in events(_KENYA + f"The Dawn Front freed 18 prisoners, while {phrase} released 70 Dawn Front "
                                      f"fighters.") if e[1] == "RETREAT" and e[2] == "Dawn Front"]
    assert got and got[0][0] == source, got


def test_a_mediator_set_off_by_a_comma_inside_the_truce_phrase_mediates_between_the_sides():
    got = events("A ceasefire between Kenya and the Dawn Front, brokered by Egypt in June, collapsed on Sunday.")
    assert {("Egypt", "CONSULT", "Kenya", False), ("Egypt", "CONSULT", "Dawn Front", False)} <= got, got


def test_a_participle_of_another_verb_inside_the_truce_phrase_is_no_mediation():
    got = events("A ceasefire between Kenya and the Dawn Front, signed in June, collapsed on Sunday.")
    assert not any(e[1] == "CONSULT" for e in got), got


@pytest.mark.parametrize("role", ["mediator", "host"])
def test_a_third_party_with_a_mediators_role_is_no_partner_of_the_meeting(role):
    got = events(f"Anton Vell and Marta Kell meet for the first time, in Geneva, with Egyptian envoy Omar Sallam as "
                 f"{role}. Both sides pledge to draft a peace accord by spring.")
    assert ("Anton Vell", "CONSULT", "Marta Kell", False) in got, got
    assert {("Omar Sallam", "CONSULT", "Anton Vell", False), ("Omar Sallam", "CONSULT", "Marta Kell", False)} <= got
    assert ("Anton Vell", "AGREE", "Marta Kell", False) in got, got  # "both sides": the pair that met
    assert not any(e[1] == "AGREE" and "Omar Sallam" in (e[0], e[2]) for e in got), got


def test_a_plain_with_partner_stays_the_target():
    got = events("Anton Vell met Marta Kell in Geneva with Omar Sallam.")
    assert not any(e[0] == "Omar Sallam" for e in got), got


@pytest.mark.parametrize("text, source", [
    ("The EU condemned the arrest of Marta Kell. Kell's supporters say they will march anyway.", "Marta Kell"),
    ("The Dawn Front attacked the port. Dawn Front officials said they would attack again.", "Dawn Front"),
])
def test_they_reported_by_people_who_name_no_actor_is_those_people(text, source):
    got = [e for e in events(text) if e[1] == "THREATEN"]
    assert got and all(e[0] == source for e in got), events(text)


@pytest.mark.parametrize("text, source", [
    ("The Dawn Party won the vote in March. Critics in the Dawn Party accuse Marta Kell of \"selling the ports\".",
     "Dawn Party"),
    ("Hardliners in the Dawn Front accused Marta Kell of treason.", "Dawn Front"),
    ("Protesters in Kenya accused Marta Kell of corruption.", None),  # a place is no party to the act
])
def test_people_in_a_body_act_for_it(text, source):
    got = [e for e in events(text) if e[1] == "ACCUSE"]
    assert got and got[0][0] == source, events(text)


@pytest.mark.parametrize("text, target", [
    ("The Red Hand militia seized the port in May. Kenya has accused it of killing civilians.", "Red Hand militia"),
    ("The Dawn Front seized the port in May. Kenya banned the group, accusing it of links to the Red Hand "
     "militia.", "Dawn Front"),
])
def test_it_accused_of_something_is_the_body_told_before(text, target):
    assert any(e[1] == "ACCUSE" and e[2] == target for e in events(text)), events(text)


def test_it_condemned_is_still_a_thing():
    # "it" is the expulsion, not a body: never the militia whose envoy it was; the expulsion's author, Egypt, is the
    # one condemned (events._act_pronoun, as "Kenya condemned the move")
    got = events("Egypt expelled the Red Hand militia's envoy. Kenya condemned it.")
    assert not any(e[0] == "Kenya" and e[2] not in (None, "Egypt") for e in got), got
    assert ("Kenya", "ACCUSE", "Egypt", False) in got, got


def test_the_group_may_be_a_body_of_no_armed_or_party_kind():
    got = events(_KENYA + "On Monday the Velmar Action Committee held a march in the capital, and the government "
                          "banned the group.")
    assert ("Kenya", "COERCE", "Velmar Action Committee", False) in got, got


def test_the_one_designated_for_having_done_something_did_it():
    got = events("The Dawn Trading Company, a shipping firm registered in Kenya, is designated today for having "
                 "materially assisted the Red Hand militia by transporting weapons.")
    assert ("Dawn Trading Company", "AID", "Red Hand militia", False) in got, got


@pytest.mark.parametrize("text, target", [
    ("The Red Hand militia has spent the past year terrorizing the people of Sarel and threatening international "
     "shipping, with the full backing of Iran.", None),
    ("The Red Hand militia threatened Kenya with the support of Iran.", "Kenya"),
    ("Kenya clashed with the Red Hand militia.", "Red Hand militia"),  # a plain "with" party stays
])
def test_with_the_backing_of_x_names_a_backer_not_a_target(text, target):
    got = [e for e in events(text) if e[1] in ("THREATEN", "ASSAULT")]
    assert got and got[0][2] == target, events(text)


def test_the_mission_is_the_body_first_described_as_a_mission_with_its_acronym():
    got = events("The UN peacekeeping mission in Tarsa (MINTAR) has about 2,000 troops in the province. The mission "
                 "has supported army operations against the Dawn Front but suspended its cooperation with the Red "
                 "Hand militia in July.")
    # its cooperation: the mission's own (named by its description, its acronym an alias: actors._described_missions)
    assert ("UN peacekeeping mission in Tarsa", "SANCTION", "Red Hand militia", False) in got, got


def test_the_commander_is_still_a_person():
    got = events("Anton Vell, the Dawn Front's commander, met Kenya's president. The commander later rejected the deal.")
    assert any(e[0] == "Anton Vell" and e[1] == "REJECT" for e in got), got


def test_the_deal_is_not_the_party_whose_acronym_closes_its_phrase():
    got = events("His election was made possible by a deal between Arab lists and the Dawn Party (DP), which won five "
                 "seats. The Christian quota seat also backed the deal.")
    assert not any(e[1] == "SUPPORT" and "Dawn Party" in (e[0], e[2]) for e in got), got


@pytest.mark.parametrize("text, typ", [
    # a meeting, help or cooperation by no known actor is no event (plover.yaml needs_source)
    ("The Tolvan Front is funded by wealthy businessmen in Kessa.", "AID"),
    ("Marek Dunal was trained in Velaria and Ostmark.", "AID"),
    ("The Tolvan Front receives rifles and radios from smugglers in Kessa.", "AID"),
    ("We recommend that the envoy raise both points when she meets Marek Dunal in Kessa.", "CONSULT"),
    # so do support, agreement or a refusal: a stance nobody holds
    ("Its speaker is elected by a majority of deputies in the Tolvan parliament.", "SUPPORT"),
    ("The Tolvan Front's offer was rejected within hours.", "REJECT"),
    ("The truce was welcomed in Kessa and Ostmark.", "SUPPORT"),
])
def test_a_meeting_or_help_needs_a_known_actor(text, typ):
    got = events(text)
    assert not any(e[0] is None and e[1] == typ for e in got), got


@pytest.mark.parametrize("text", [
    # help given to no one named is no event (plover.yaml needs_target)
    "Velaria sent humanitarian aid on Monday.",
    "Ostmark pledged 20 million dollars for reconstruction.",
    "The Tolvan Front supplies weapons and money through smugglers.",
])
def test_help_needs_a_known_recipient(text):
    assert not any(e[1] == "AID" for e in events(text)), events(text)


def test_help_to_a_known_recipient_stays():
    assert ("Velaria", "AID", "Ostmark", False) in events("Velaria sent aid to Ostmark on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("Velaria asked the Tolvan Front to release the hostages.", ("Velaria", "REQUEST", "Tolvan Front", False)),
    ("Unidentified gunmen attacked a Tolvan Front convoy near Kessa on Monday.",
     (None, "ASSAULT", "Tolvan Front", False)),  # violence by people no one names stays an event
])
def test_named_requests_and_unnamed_violence_stay(text, expected):
    assert expected in events(text), events(text)


@pytest.mark.parametrize("text", [
    # a demand by no one known is no tie between actors (plover.yaml needs_source: REQUEST)
    "Protesters demanded that Velaria release the prisoners.",
    "Thousands of students marched in Kessa on Monday, demanding that Velaria release the prisoners.",
])
def test_a_demand_needs_a_known_actor(text):
    assert not any(e[1] == "REQUEST" for e in events(text)), events(text)


@pytest.mark.parametrize("text", [
    # a sanction on no one named is no tie between actors (plover.yaml needs_target: SANCTION)
    "The Tolvan Front froze part of the money last year.",
    "The Velorian Democratic League expelled all four deputies on Friday.",
    "The Tolvan Front imposed sanctions on the second accused in 2025.",
])
def test_a_sanction_needs_a_known_target(text):
    assert not any(e[1] == "SANCTION" for e in events(text)), events(text)


def test_a_sanction_on_a_known_target_stays():
    assert ("Velaria", "SANCTION", "Tolvan Front", False) in events("Velaria sanctioned the Tolvan Front on Monday.")


@pytest.mark.parametrize("text", [
    # a cooperative act told in the plain future is a schedule or a forecast, no pledge (plover.yaml
    # modals.scheduled)
    "Later today Marek Dunal will meet Anna Berg.",
    "The Velorian Democratic League said it will back Anna Berg.",
])
def test_a_scheduled_act_is_no_pledge(text):
    assert not any(e[1] == "AGREE" for e in events(text)), events(text)


@pytest.mark.parametrize("text, expected", [
    # a pledge in the conditional of reported speech stays one, and so does a hostile plan
    ("Velaria said it would send observers to Ostmark.", ("Velaria", "AGREE", "Ostmark", False)),
    ("The Tolvan Front said it will attack Ostmark.", ("Tolvan Front", "THREATEN", "Ostmark", False)),
])
def test_a_pledge_and_a_threat_stay(text, expected):
    assert expected in events(text), events(text)


@pytest.mark.parametrize("text", [
    # the act of a noun that names no known actor ("a task force fighting X") is a description, no event
    "A task force fighting the Tolvan Front was disbanded last year.",
    "Velaria leads the coalition fighting the Tolvan Front.",
    "A militia fighting the Tolvan Front lost 40 men last year.",
])
def test_the_act_of_an_unnamed_noun_is_no_event(text):
    assert not any(e[0] is None and e[1] == "ASSAULT" for e in events(text)), events(text)


_NEIGHBOURS = "Ostravia and Veltria, two neighbouring countries, have clashed on the border. "


@pytest.mark.parametrize("text, expected", [
    # meeting coverage: an unnamed stand-in speaks for the state it represents, and so do "he"/"she" after it
    # and "his country" (events._represented, _stand_in_speaker)
    (_NEIGHBOURS + "The representative of Ostravia said his country condemned the raids. He demanded that "
     "Veltria withdraw.", ("Ostravia", "REQUEST", "Veltria", False)),
    (_NEIGHBOURS + "The representative of Veltria rejected the charge. She accused Ostravia of shelling villages.",
     ("Veltria", "ACCUSE", "Ostravia", False)),
    (_NEIGHBOURS + "Speaking for Ostravia, the ambassador urged Veltria to withdraw its troops.",
     ("Ostravia", "REQUEST", "Veltria", False)),
    (_NEIGHBOURS + "Veltria's delegate spoke next. He accused Ostravia of shelling villages.",
     ("Veltria", "ACCUSE", "Ostravia", False)),
    # "condemned the shelling by X" with "by X" hung on the verb: X is the author (events._stray_agent)
    (_NEIGHBOURS + "The representative of Ostravia condemned the shelling by Veltria.",
     ("Ostravia", "ACCUSE", "Veltria", False)),
])
def test_a_stand_in_speaks_for_the_state_it_represents(text, expected):
    assert expected in events(text), events(text)


@pytest.mark.parametrize("text, expected", [
    # a bare "a spokesman" speaks for the body the clause or sentence before is about (PhraseResolver.spoken_for)
    ("The Zorvic Front denied the report on Monday. A spokesman accused the Kolvar army of shelling the town.",
     ("Zorvic Front", "ACCUSE", "Kolvar military", False)),
    ("The Zorvic Front did not respond to the demand, and a spokesman accused the Kolvar army of lying.",
     ("Zorvic Front", "ACCUSE", "Kolvar military", False)),
    # (no body when the clause before is a person's)
    ("Anelka Brenna met the Zorvic Front on Monday, and a spokesman accused the Kolvar army of lying.",
     (None, "ACCUSE", "Kolvar military", False)),
])
def test_a_bare_spokesman_speaks_for_the_body_the_passage_is_about(text, expected):
    assert expected in events(text), events(text)


def test_a_person_named_since_is_the_one_he_means():
    got = events(_NEIGHBOURS + "The representative of Ostravia spoke first. President Tomas Vendrel of Veltria then "
                 "took the floor. He accused Ostravia of shelling villages.")
    assert ("Tomas Vendrel", "ACCUSE", "Ostravia", False) in got, got


@pytest.mark.parametrize("text", [
    # the partner's "with" phrase hung on the object, or on a noun of its of-phrase (events._with_in_object)
    _NEIGHBOURS + "Ostravia discussed the border crisis with Veltria on Monday.",
    _NEIGHBOURS + "Ostravia is negotiating the third review of a loan programme with Veltria.",
])
def test_a_partner_hung_on_the_object_is_the_target(text):
    assert ("Ostravia", "CONSULT", "Veltria", False) in events(text), events(text)


def test_as_did_repeats_the_act_for_each_named():
    got = events(_NEIGHBOURS + "Ostravia welcomed the formation of the Dremian government, as did the Kessa Union and "
                 "Veltria.")
    assert {("Kessa Union", "SUPPORT"), ("Veltria", "SUPPORT")} <= {(e[0], e[1]) for e in got if not e[3]}, got


@pytest.mark.parametrize("text, expected, absent", [
    # talks held before a past act were held by the one who acts (events._prior_talks_party)
    (_NEIGHBOURS + "On Friday the Ostravian envoy, Tomas Vendrel, said after talks with Ilan Maskor at the palace that "
     "the border would reopen.", ("Tomas Vendrel", "CONSULT", "Ilan Maskor", False), None),
    # not talks yet to come, nor the mere setting of another act
    (_NEIGHBOURS + "Tomas Vendrel is expected to invite Ilan Maskor to form a government after consultations with "
     "Piet Morane next week.", None, ("Tomas Vendrel", "CONSULT", "Piet Morane", False)),
    (_NEIGHBOURS + "During talks with Ilan Maskor, Veltrian troops shelled the border.", None, "CONSULT"),
    # in a relative clause too, one meeting per partner
    (_NEIGHBOURS + "President Tomas Vendrel of Ostravia named the cabinet on Monday. The last seat went to Lorin "
     "Dacha, a civil servant whom Vendrel picked himself after a meeting with Ilan Maskor and Piet Morane on "
     "Saturday.", ("Tomas Vendrel", "CONSULT", "Piet Morane", False), None),
])
def test_talks_before_a_past_act_were_held_by_its_actor(text, expected, absent):
    got = events(text)
    assert expected is None or expected in got, got
    assert absent is None or not any(e == absent or e[1] == absent for e in got), got


def test_offered_condolences_is_sympathy_not_a_promise():
    got = events(_NEIGHBOURS + "Ostravia offered condolences to Veltria after the flood.")
    assert ("Ostravia", "SUPPORT", "Veltria", False) in got and not any(e[1] == "AGREE" for e in got), got


@pytest.mark.parametrize("text, expected", [
    # "what he called X" is a thing named, the object refused, not a fact disputed (events._free_relative)
    (_NEIGHBOURS + 'The representative of Veltria rejected what he called "unfounded allegations".',
     ("Veltria", "REJECT", None, False)),
    (_NEIGHBOURS + "Ostravia rejected what it described as unfounded allegations by Veltria.",
     ("Ostravia", "REJECT", "Veltria", False)),
])
def test_rejecting_what_one_called_a_thing_is_a_rejection(text, expected):
    assert expected in events(text), events(text)


def test_denying_a_fact_is_still_no_rejection():
    got = events(_NEIGHBOURS + "Veltria denied that its troops had crossed the border.")
    assert not any(e[1] == "REJECT" and not e[3] for e in got), got


def test_talks_held_since_a_date_with_a_named_partner_are_consultations():
    got = events(_NEIGHBOURS + "Ostravia has held back-channel talks with Veltria since 2022.")
    assert ("Ostravia", "CONSULT", "Veltria", False) in got, got
    # a lasting war stays a state, no event
    assert not any(e[1] == "ASSAULT" and e[0] == "Veltria" for e in events(
        _NEIGHBOURS + "Veltria has fought the Kessa Front since 2015.")), got


@pytest.mark.parametrize("text, expected", [
    # the side named on the forces moved is the one mobilising, never its target (events._forces_owner)
    (_NEIGHBOURS + "The peacekeeping mission deployed an additional company of 150 Veltrian peacekeepers to the "
     "ceasefire line.", ("Veltria", "MOBILIZE", None, False)),
    (_NEIGHBOURS + "Ostravia deployed 2,000 troops to the border with Veltria.", ("Ostravia", "MOBILIZE", "Veltria", False)),
])
def test_the_forces_deployed_are_no_target(text, expected):
    got = events(text)
    assert expected in got and not any(e[1] == "MOBILIZE" and e[0] is None for e in got), got


@pytest.mark.parametrize("text", [
    # a participle on an agreement noun with its agents is their agreement told, not a tie (events._describes)
    _NEIGHBOURS + "A roadmap agreed by Ostravia and Veltria in December 2023 has been frozen.",
    # the same reduced relative misread as the main verb: its agents act, not the body named on the noun
    _NEIGHBOURS + "A Dremian-backed roadmap agreed in principle by Ostravia and Veltria in December 2023 has been "
    "frozen since the attacks began.",
])
def test_an_agreement_by_its_agents_is_theirs(text):
    got = events(text)
    assert ("Ostravia", "AGREE", "Veltria", False) in got and all(e[0] in ("Ostravia", "Veltria") for e in got), got


@pytest.mark.parametrize("text", [
    # "armed" misread as the name's modifier and the name as a conjunct of "funded": the name is the one helped
    _NEIGHBOURS + "Ostravia has funded and armed the Kessa Front since the group was set up, according to officials.",
    _NEIGHBOURS + "Ostravia has funded and armed Kessa al-Wadi since the group was set up, according to officials.",
])
def test_funded_and_armed_x_helps_x(text):
    got = events(text)
    assert any(e[0] == "Ostravia" and e[1] == "AID" and e[2] is not None and "Kessa" in e[2] for e in got), got


def test_a_speech_act_after_a_reason_clause_of_the_reported_one_is_the_speakers():
    # "called" hung on the pluperfect of the "because" clause inside the reported clause (events._lifted_conj)
    got = events(_NEIGHBOURS + "Dremia's representative said Kessa had abstained because the text had not been agreed "
                 "by consensus, and called on Ostravia and Veltria to resume the dialogue.")
    assert ("Dremia", "REQUEST", "Ostravia", False) in got and ("Dremia", "REQUEST", "Veltria", False) in got, got


@pytest.mark.parametrize("text, expected", [
    # putting one on a sanctions list sanctions it; proposing to, a threat (plover.yaml SANCTION "add|put|place list")
    (_NEIGHBOURS + "Ostravia added Tomas Vendrel to its sanctions list on Monday.", ("SANCTION", "Tomas Vendrel")),
    (_NEIGHBOURS + "Veltria's delegate said his country would propose adding Tomas Vendrel to the sanctions list.",
     ("THREATEN", "Tomas Vendrel")),
])
def test_listing_one_for_sanctions(text, expected):
    assert expected in {(e[1], e[2]) for e in events(text) if not e[3]}, events(text)


@pytest.mark.parametrize("text, blamed", [
    # evidence that, in a speaker's words, points at an actor blames it (events._pointed_at)
    (_NEIGHBOURS + "The representative of Ostravia said the evidence pointed clearly at the Kessa Front.", True),
    (_NEIGHBOURS + "Veltria said the evidence did not point to the Kessa Front.", False),
])
def test_evidence_pointing_at_one_blames_it(text, blamed):
    got = events(text)
    assert (any(e[1] == "ACCUSE" and e[2] == "Kessa Front" and not e[3] for e in got)) == blamed, got


def test_a_second_party_misread_as_a_conjunct_of_the_place_is_met_too():
    got = events(_NEIGHBOURS + "The envoy Ilsa Marovic said she had met President Tomas Vendrel in the capital and the "
                 "rebel leader, Piet Morane, in Kessa city in the past week.")
    assert {("Ilsa Marovic", "CONSULT", "Tomas Vendrel", False), ("Ilsa Marovic", "CONSULT", "Piet Morane", False)} <= got, got
    # another place is no party
    got = events(_NEIGHBOURS + "President Tomas Vendrel met Piet Morane in Geneva and Kessa.")
    assert {e for e in got if e[1] == "CONSULT"} == {("Tomas Vendrel", "CONSULT", "Piet Morane", False)}, got


@pytest.mark.parametrize("text, expected", [
    # "called Y" with a named party as the only object is a (phone) call (events._called_party)
    (_NEIGHBOURS + "President Tomas Vendrel also called Ilan Maskor to congratulate him.",
     ("Tomas Vendrel", "CONSULT", "Ilan Maskor")),
    # a label or a name given is no call
    (_NEIGHBOURS + "President Tomas Vendrel called Ilan Maskor a traitor.", ("Tomas Vendrel", "ACCUSE", "Ilan Maskor")),
])
def test_calling_a_named_party(text, expected):
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got and not (expected[1] != "CONSULT" and any(e[1] == "CONSULT" for e in got)), got


def test_a_name_given_is_no_call():
    got = events("The new group will be called the Kessa Front, by its initials.")
    assert not any(e[1] in ("CONSULT", "AGREE") for e in got), got


_OSTRAVIA = ("KARVEL, Ostravia (Reuters) - Ostravia's army chief resigned on Sunday after a month of fighting "
             "with the Dorvan Liberation Front in the north of Ostravia. ")


@pytest.mark.parametrize("text", [
    _OSTRAVIA + "Fighters of the Dorvan Liberation Front attacked a garrison near Selm on Monday, killing at least "
                "12 soldiers.",
    _OSTRAVIA + "The Dorvan Liberation Front ambushed a convoy near Selm, killing four soldiers.",
    _OSTRAVIA + "The Dorvan Liberation Front killed seven soldiers near Selm on Monday.",
    _OSTRAVIA + "Dorvan Liberation Front forces shelled positions west of Selm overnight, killing two soldiers, the "
                "army said.",
])
def test_counted_soldiers_with_no_owner_are_the_articles_states(text):
    # (relations.PhraseResolver.counted_soldiers)
    got = {e for e in events(text) if e[1] == "ASSAULT"}
    assert any(e[2] == "Ostravia" for e in got), got


def test_soldiers_a_state_force_moves_are_its_own():
    got = events(_OSTRAVIA + "The Ostravian army has begun deploying 10,000 soldiers near Selm.")
    assert not any(e[1] == "MOBILIZE" and e[2] == "Ostravia" for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("Delegates of the Ostravian Unity Party elected Interior Minister Tomas Vendrel as party chairman on Saturday. "
     "A Karvelian foreign ministry spokeswoman, Ilsa Marovic, accused the new chairman of \"hysteria\".",
     ("Ilsa Marovic", "ACCUSE", "Tomas Vendrel")),
    ("The Ostravian parliament met on Monday. Tomas Vendrel was elected speaker of the parliament on Thursday. "
     "The Dorvan Front urged the new speaker to release the budget.", ("Dorvan Front", "REQUEST", "Tomas Vendrel")),
    ("The Ostravian council named Tomas Vendrel as the new governor on Thursday. The Dorvan Front accused the "
     "new governor of fraud.", ("Dorvan Front", "ACCUSE", "Tomas Vendrel")),
    ("The Ostravian parliament met on Monday. Tomas Vendrel was elected speaker of the parliament on Thursday. "
     "The newly elected speaker met the Dorvan Front on Friday.", ("Tomas Vendrel", "CONSULT", "Dorvan Front")),
])
def test_the_new_office_holder_is_the_one_given_the_office(text, expected):
    # (relations.PhraseResolver.new_holder)
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got, got


def test_a_new_office_no_one_was_given_names_no_one():
    got = events("The Ostravian council named Tomas Vendrel as the new treasurer on Thursday. The Dorvan Front "
                 "accused the new governor of fraud.")
    assert not any(e[1] == "ACCUSE" and e[2] == "Tomas Vendrel" for e in got), got


@pytest.mark.parametrize("text, expected", [
    (_OSTRAVIA + "The water ministry accused the Dorvan Liberation Front of blowing up a dam.",
     ("Ostravia", "ACCUSE", "Dorvan Liberation Front")),
    (_OSTRAVIA + "The health ministry condemned the Dorvan Liberation Front for shelling a hospital.",
     ("Ostravia", "ACCUSE", "Dorvan Liberation Front")),
    (_OSTRAVIA + "The justice ministry rejected the Dorvan Liberation Front's demand for an amnesty.",
     ("Ostravia", "REJECT", "Dorvan Liberation Front")),
])
def test_a_department_named_by_its_field_is_the_articles_state(text, expected):
    # (relations.PhraseResolver.home_ruler, relations.yaml home_department_nouns)
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    (_OSTRAVIA + "The Dorvan Liberation Front released 17 government soldiers at a crossing near Selm.",
     ("Dorvan Liberation Front", "RETREAT", "Ostravia")),
    (_OSTRAVIA + "The government side accused the Dorvan Liberation Front of breaking the truce.",
     ("Ostravia", "ACCUSE", "Dorvan Liberation Front")),
    (_OSTRAVIA + "Government troops and tribal fighters attacked the Dorvan Liberation Front near Selm.",
     ("Ostravia", "ASSAULT", "Dorvan Liberation Front")),
])
def test_the_government_side_counted_or_coordinated_is_the_articles_state(text, expected):
    # (relations.PhraseResolver.home_ruler, relations.yaml government_side_nouns)
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got, got


_OSTRAVIA_VOTE = "KARVEL, Ostravia (Reuters) - Ostravia's parliament on Thursday approved a law to restructure the banks. "


@pytest.mark.parametrize("text, expected", [
    (_OSTRAVIA_VOTE + "The Dorvan Fund welcomed the vote but called on parliament to tighten the rules.",
     ("Dorvan Fund", "REQUEST", "Ostravia parliament")),
    (_OSTRAVIA_VOTE + "President Tomas Vendrel praised parliament for its courage.",
     ("Tomas Vendrel", "SUPPORT", "Ostravia parliament")),
    (_OSTRAVIA_VOTE + "The Dorvan Fund urged parliament to delay the second reading.",
     ("Dorvan Fund", "REQUEST", "Ostravia parliament")),
])
def test_parliament_with_no_article_is_the_one_mentioned_before(text, expected):
    # (relations.PhraseResolver.definite, relations.yaml bare_institutions)
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got, got


@pytest.mark.parametrize("text, source", [
    # the parser hangs the main verb on the noun in apposition to the subject (events._misread_predicate)
    ("Tomas Vendrel, the leader of the Dorvan Front, which holds several seats in the cabinet, called on the "
     "government to set a firm date for the troops' departure.", "Tomas Vendrel"),
    # read right by the parser: unchanged
    ("Ilsa Marovic, the head of the Selm Council, which runs the port, called on the government to lift the "
     "blockade.", "Ilsa Marovic"),
    ("Tomas Vendrel, the chairman of the Dorvan Front, which won 40 seats in March, urged the government to reopen "
     "the border.", "Tomas Vendrel"),
])
def test_the_subject_of_a_sentence_with_an_apposition_and_a_relative_clause_acts(text, source):
    got = events("KARVEL, Ostravia (Reuters) - Ostravia's parliament met on Monday. " + text)
    assert (source, "REQUEST", "Ostravia", False) in got, got


@pytest.mark.parametrize("text", [
    "Anton Brisk, the speaker of the Ostravian parliament, who was elected in 2024 with support from the Dorvan "
    "Front, called on all parties to settle their quarrels.",
    "Anton Brisk was elected president of the assembly with the backing of the Dorvan Front.",
    "Anton Brisk was elected speaker on Monday with the Dorvan Front's support.",
])
def test_a_passive_act_on_an_actor_done_with_someones_backing_is_the_backers(text):
    # (events._backer, relations.yaml backing_nouns)
    assert ("Dorvan Front", "SUPPORT", "Anton Brisk", False) in events(text), events(text)


def test_backing_for_an_act_on_a_thing_names_no_source():
    got = events("The budget was approved with the Dorvan Front's support.")
    assert not any(e[0] == "Dorvan Front" for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("The visit followed a telephone call last week between Ostravian President Tomas Vendrel and Dorvalian "
     "President Ilsa Marovic, in which Vendrel asked for an urgent increase in releases.",
     ("Tomas Vendrel", "REQUEST", "Ilsa Marovic")),
    ("Ostravian President Tomas Vendrel held talks with Dorvalian President Ilsa Marovic on Monday, during which "
     "Vendrel demanded the return of the prisoners.", ("Tomas Vendrel", "REQUEST", "Ilsa Marovic")),
    ("The two leaders met in Selm on Monday at a summit between Ostravian President Tomas Vendrel and Dorvalian "
     "President Ilsa Marovic, at which Marovic promised more aid.", ("Ilsa Marovic", "AGREE", "Tomas Vendrel")),
])
def test_an_act_told_in_a_clause_on_an_occasion_is_aimed_at_its_other_party(text, expected):
    # (events._other_party_of_occasion)
    got = {(e[0], e[1], e[2]) for e in events(text) if not e[3]}
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The Ostravian Security Service said in September it had opened an investigation into a network of accounts "
    "run from abroad. The Dorvan Front denied any link. The Karvel Institute called the investigation "
    "\"a provocation\".",
    "The Ostravian Security Service launched an inquiry into the Karvel Institute's funding on Monday. The Karvel "
    "Institute condemned the inquiry as \"a witch hunt\".",
    "The Ostravian Security Service opened a probe into the Karvel Institute on Monday. The Karvel Institute "
    "denounced the probe.",
])
def test_judging_an_investigation_told_before_aims_at_the_investigator(text):
    # (events._judged_agreements, plover.yaml judged_acts)
    got = events(text)
    assert ("Karvel Institute", "ACCUSE", "Ostravian Security Service", False) in got, got


@pytest.mark.parametrize("text, source, typ", [
    # a speech act conjoined to a copular reported clause (a judgement the speaker states), in the reporting
    # verb's tense: the speaker's, not the reported subject's
    ('The Karvel Liberation Front said in a statement that Ostravian troops were "an occupation force" and '
     "threatened to target them.", "Karvel Liberation Front", "THREATEN"),
    ("The Karvel Liberation Front said the Ostravian army was responsible for the massacre and called on the "
     "United Nations to investigate.", "Karvel Liberation Front", "REQUEST"),
    ("The Karvel Liberation Front said Ostravia was weak and urged its fighters to attack.",
     "Karvel Liberation Front", "REQUEST"),
])
def test_a_speech_act_after_a_reported_judgement_is_the_speakers(text, source, typ):
    got = [e for e in events(text) if not e[3] and e[1] == typ]
    assert got and all(e[0] == source for e in got), events(text)


@pytest.mark.parametrize("text, source, typ", [
    # a participle of saying set off by a comma after the reported clause continues the speaker's words
    ("Tomas Vendrel said the Karvel Liberation Front had lost the war, urging Ostravia to negotiate.",
     "Tomas Vendrel", "REQUEST"),
    ("The Dunmere Party said Ostravia would hold elections in May, praising the Karvel Liberation Front for its "
     "restraint.", "Dunmere Party", "SUPPORT"),
    ("Tomas Vendrel said Ostravia had attacked the border, calling on the United Nations to act.",
     "Tomas Vendrel", "REQUEST"),
    # a participle of a blow stays with the reported subject
    ("Tomas Vendrel said Ostravia had shelled the town, killing 12 civilians.", "Ostravia", "ASSAULT"),
])
def test_a_participle_of_saying_after_a_reported_clause_is_the_speakers(text, source, typ):
    got = [e for e in events(text) if not e[3] and e[1] == typ]
    assert got and all(e[0] == source for e in got), events(text)


@pytest.mark.parametrize("text, expected", [
    # a body noun owned by a person stands for the one body the text ties the person to
    ("Tomas Vendrel leads the Karvel Brotherhood, an armed group in the north of Ostravia. Ostravia banned "
     "Vendrel's group in May.", ("Ostravia", "COERCE", "Karvel Brotherhood")),
    ("Tomas Vendrel leads the Karvel Brotherhood, an armed group in the north. Karvelia accused Vendrel's group of "
     "smuggling arms.", ("Karvelia", "ACCUSE", "Karvel Brotherhood")),
    # an object relative clause opened by "whose N", with its subject misread as N's apposition
    ("Tomas Vendrel leads the Karvel Brotherhood, an armed group in the north. Vendrel, whose group Ostravia "
     "designated as a terrorist organisation in 2020, praised the ceasefire.", ("Ostravia", "SANCTION", "Karvel Brotherhood")),
    ("Tomas Vendrel leads the Karvel Brotherhood, an armed group in the north. Vendrel, whose group Karvelia banned "
     "in 2019, praised the ceasefire.", ("Karvelia", "COERCE", "Karvel Brotherhood")),
    ("Tomas Vendrel leads the Karvel Brotherhood, an armed group in the north. Vendrel, whose group was banned by "
     "Ostravia in 2019, praised the ceasefire.", ("Ostravia", "COERCE", "Karvel Brotherhood")),
])
def test_a_persons_body_noun_is_the_body_the_person_leads(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_a_persons_body_noun_with_no_known_body_stays_unresolved():
    got = events("Karvelia accused Tomas Vendrel's group of smuggling arms.")
    assert not any(e[0] == "Karvelia" and e[2] not in (None, "Tomas Vendrel") for e in got), got


@pytest.mark.parametrize("text, expected", [
    # "us"/"our" in a quotation its sentence attributes to a speaker: the speaker's side
    ('Prime Minister Anton Belisk of Ostravia said the talks had failed. "The Karvel Front has strangled the '
     'revenues and then blames us for the darkness," he told a cabinet meeting.', ("Karvel Front", "ACCUSE", "Ostravia")),
    ('The Dunmere Party won the vote. "Karvelia attacks us every day," the Dunmere Party said in a statement.',
     ("Karvelia", "ASSAULT", "Dunmere Party")),
    ('Marta Kell leads the Dunmere Party. "Karvelia shelled our villages again," Kell said on Monday.',
     ("Karvelia", "ASSAULT", "Dunmere Party")),
])
def test_a_quoted_first_person_is_the_attributed_speakers_side(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_a_quoted_first_person_phrase_naming_its_own_actor_keeps_it():
    got = events('Anton Belisk leads Ostravia. "We asked our Karvelian partners for more water," Belisk said.')
    assert not any(e[1] == "REQUEST" and e[2] == "Ostravia" for e in got), got


@pytest.mark.parametrize("text", [
    # a past participle set off by commas after the subject (misread as the main verb) sets the scene
    "Tomas Vendrel, asked about the expulsions during a visit to Dunmere, said he had telephoned Marta Kell.",
    "Marta Kell, when asked about the ceasefire, said Ostravia had broken it.",
    "Ostravia's foreign minister, Anton Belisk, asked whether Karvelia would join the talks, said no decision had "
    "been made.",
])
def test_a_parenthetical_asked_is_no_request(text):
    got = events(text)
    assert not any(e[1] == "REQUEST" and not e[3] for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("Tomas Vendrel, asked about the talks, urged Ostravia to withdraw.", ("Tomas Vendrel", "REQUEST", "Ostravia")),
    ("Tomas Vendrel asked Ostravia to resume the talks, and said he was hopeful.", ("Tomas Vendrel", "REQUEST", "Ostravia")),
])
def test_the_main_verb_after_a_parenthetical_participle_is_kept(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


@pytest.mark.parametrize("text, expected", [
    # "the group" in a clause reported by a body's unnamed stand-in is that body, not a closer one
    ("Ostravia and the Karvel Party signed a pact in May. A Dunmere Brigades official said the group had attacked "
     "Ostravian troops.", ("Dunmere Brigades", "ASSAULT")),
    ("Ostravia and the Karvel Party signed a pact in May. A Tavel Movement spokesman said the movement would "
     "boycott the vote.", ("Tavel Movement", "THREATEN")),
])
def test_the_group_reported_by_its_own_stand_in_is_that_body(text, expected):
    got = events(text)
    assert any(e[:2] == expected for e in got) and not any(e[0] == "Karvel Party" and e[1] == expected[1]
                                                           for e in got), got


@pytest.mark.parametrize("text, typ, source", [
    # "she" opening a sentence reaches back past an unmarked man named last to the woman the text calls "she"
    ("Marta Kell chairs the Dawn Party. She says the party will win. The Unity Alliance under Anton Vell has kept "
     "its distance. In May she met Ostmark's president, Pavel Dral.", "CONSULT", "Marta Kell"),
    ("Marta Kell told the council she was worried. Shells were fired from positions held by the Red Hand militia, "
     "whose commander is Anton Vell. She then urged Velor to disarm the militia.", "REQUEST", "Marta Kell"),
    ("Marta Kell met reporters on Monday and said she would stand again. The votes were counted by officials "
     "loyal to Anton Vell.\n\nIn June she travelled to Geneva and met the Velorian foreign minister, Pavel Dral.",
     "CONSULT", "Marta Kell"),
])
def test_she_skips_an_unmarked_person_for_the_woman_the_text_calls_she(text, typ, source):
    got = [e for e in events(text) if e[1] == typ]
    assert got and all(e[0] == source for e in got), events(text)


def test_she_keeps_an_unmarked_woman_named_in_its_own_sentence():
    # "X said she ...": the one named in the pronoun's own sentence, whoever else the text called "she"
    text = ("Marta Kell said she was tired. Ostmark's foreign minister, Petra Novak, said on Monday that she had "
            "urged Velor to free the prisoners.")
    got = [e for e in events(text) if e[1] == "REQUEST"]
    assert got and all(e[0] == "Petra Novak" for e in got), events(text)


@pytest.mark.parametrize("text, typ, source", [
    # a perfect conjunct repeating the governing verb's auxiliary after a mandative that-clause: the governing
    # verb's subject acts again, not the subject of the bare verb
    ("Ostmark's president, Marek Dunal, had repeatedly demanded that Velorian troops leave the port of Sarel, "
     "which they have used as a base since 2017, and had accused Velor of arming the rebels.", "ACCUSE", "Marek Dunal"),
    ("Ostmark's president, Marek Dunal, has insisted that the Velorian army withdraw from Sarel and has threatened "
     "Velor with sanctions.", "THREATEN", "Marek Dunal"),
    ("The Tolvan Front had demanded that Velorian soldiers stay away from the villages and had warned Velor of "
     "reprisals.", "THREATEN", "Tolvan Front"),
])
def test_a_perfect_after_a_mandative_clause_is_the_governing_subjects(text, typ, source):
    got = [e for e in events(text) if e[1] == typ]
    assert got and all(e[0] == source for e in got), events(text)


@pytest.mark.parametrize("text, sides", [
    # a pact noun with a participle whose agents are the parties: they agree with each other, not with themselves
    ("Soldiers were trained under an agreement signed by Karvel and Ostravia in 2024.", {"Karvel", "Ostravia"}),
    ("They were trained under a defence agreement signed by the governments of Karvel and Ostravia in 2024.",
     {"Karvel", "Ostravia"}),
    ("The talks produced a truce agreed by the Tolvan Front and Karvel.", {"Tolvan Front", "Karvel"}),
])
def test_a_pact_signed_by_two_parties_is_their_agreement(text, sides):
    got = [e for e in events(text) if e[1] == "AGREE"]
    assert got and all({e[0], e[2]} == sides for e in got), events(text)


@pytest.mark.parametrize("text, source, target", [
    # a perfect conjunct the parser hung on an adverbial clause's past verb goes on with the main verb's subject;
    # its pronoun object is the first conjunct's object (the recipient of the aid)
    ("Karvel has supported Ostravia since the Tolvan Front's offensive began in March and has supplied it with "
     "armed drones.", "Karvel", "Ostravia"),
    ("Karvel has backed the Tolvan Front since the truce collapsed and has sent it weapons.", "Karvel", "Tolvan Front"),
    ("Ostravia had recognised the Tolvan Front after the talks failed and had funded it for years.", "Ostravia",
     "Tolvan Front"),
])
def test_aid_in_a_perfect_conjunct_after_an_adverbial_clause(text, source, target):
    got = [e for e in events(text) if e[1] == "AID"]
    assert got and all(e[0] == source and e[2] == target for e in got), events(text)


@pytest.mark.parametrize("text, typ, source, target", [
    # an agentless passive detention or release of a captive just taken is the captor's
    ("Officers of the Ostravian army arrested the journalist Mirela Sandor in Brenno on Monday. Her laptop and two "
     "phones were seized.", "COERCE", "Ostravia", "Mirela Sandor"),
    ("Fighters of the Karvel Liberation Front abducted the Ostravian mayor Tomas Vendrel in May; he was released in "
     "June after talks.", "RETREAT", "Karvel Liberation Front", "Tomas Vendrel"),
    ("The Karvel Liberation Front detained the Ostravian aid worker Anton Brisk at a checkpoint on Friday. He was "
     "freed without charge two days later.", "RETREAT", "Karvel Liberation Front", "Anton Brisk"),
])
def test_a_passive_act_on_a_captive_just_taken_is_the_captors(text, typ, source, target):
    got = [e for e in events(text) if e[1] == typ and e[2] == target]
    assert got and all(e[0] is not None and source in e[0] for e in got), events(text)


def test_a_passive_release_long_after_no_told_detention_names_no_captor():
    # no detention of that person told in its sentence or the one before: no author
    text = ("The Karvel Liberation Front detained the Ostravian aid worker Anton Brisk at a checkpoint in March. "
            "Talks on the border resumed in April. Ostravia and Karvel met again in May. Brisk was freed in June.")
    got = [e for e in events(text) if e[1] == "RETREAT"]
    assert all(e[0] is None for e in got), events(text)


@pytest.mark.parametrize("text, target", [
    # "the strike", "the ambush" with no author of its own: the blow just told, dealt by its author
    ("The Ostravian army bombed a Karvel Liberation Front camp near Brenno on Sunday. The strike killed 12 "
     "fighters of the Karvel Liberation Front, the army said.", "Karvel Liberation Front"),
    ("The Karvel Liberation Front attacked an Ostravian army convoy near Dolva on Monday. The ambush killed six "
     "Ostravian soldiers.", "Ostravia"),
    ("The Karvel Liberation Front shelled Ostravian army positions near Brenno overnight. The bombardment wounded "
     "30 Ostravian soldiers.", "Ostravia"),
])
def test_a_definite_blow_noun_subject_is_the_blow_just_told(text, target):
    got = [e for e in events(text) if e[1] == "ASSAULT"]
    assert got and all(e[0] is not None for e in got), events(text)


def test_a_definite_blow_noun_with_no_told_blow_before_names_no_author():
    text = ("Ostmark and Velor met in Geneva on Monday. Talks resumed on Tuesday. Delegates left on Wednesday. "
            "The strike killed 12 fighters near Sarel, the army said.")
    got = [e for e in events(text) if e[1] == "ASSAULT"]
    assert all(e[0] is None for e in got), events(text)


@pytest.mark.parametrize("text, expected", [
    # a count of what a body owns ("three of its trucks", "two of its members") is acted on as the body is
    ("Karvel rebels have fought the Ostravian army since 2019. The Ostravian army said the rebels had shelled two "
     "of its positions near Dellin.", ("Karvel rebels", "ASSAULT", "Ostravia military")),
    ("Karvel rebels have attacked the Tavel Movement before. The Tavel Movement said the rebels had detained two "
     "of its candidates on Monday.", ("Karvel rebels", "COERCE", "Tavel Movement")),
    ("Karvel rebels have fought the Dellin Brigade since May. The Dellin Brigade said the rebels had seized three "
     "of its trucks.", ("Karvel rebels", "COERCE", "Dellin Brigade")),
])
def test_a_count_of_what_a_body_owns_is_acted_on_as_the_body(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_a_count_of_a_persons_associates_is_not_the_person():
    got = events("Tomas Vendrel owns the Karvel Bank. Ostravian police detained two of his bodyguards.")
    assert not any(e[2] == "Tomas Vendrel" for e in got), got


@pytest.mark.parametrize("text, target", [
    # a bare surname the NER tags as a place the gazetteer knows is the person named in full before
    ("Ostravia's prime minister, Lena Figuig, won a second term in May. The Tavel Party accused Figuig of fraud.",
     "Lena Figuig"),
    ("Ostravia's prime minister, Lena Figuig, won a second term in May. The Tavel Party wrote to Figuig asking for talks.",
     "Lena Figuig"),
])
def test_a_surname_that_is_also_a_place_name_is_the_person(text, target):
    got = events(text)
    assert any(e[2] == target and not e[3] for e in got), got


@pytest.mark.parametrize("text, expected", [
    # a pledge conjoined to a meeting, naming no party of its own, is made to the one met
    ("Prince Anton Belisk met Tomas Vendrel in Dellin last week and pledged support for the reconstruction plan.",
     ("Anton Belisk", "SUPPORT", "Tomas Vendrel")),
    ("The Karvel Front's leader visited Marta Kell on Monday and promised aid for the flooded north.",
     ("Karvel Front", "AGREE", "Marta Kell")),
    ("Ostravia's president received Ilse Marrow at the palace and offered help with reconstruction.",
     ("Ostravia", "AGREE", "Ilse Marrow")),
])
def test_a_pledge_conjoined_to_a_meeting_is_made_to_the_one_met(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_a_pledge_with_its_own_party_keeps_it():
    got = events("Anton Belisk met Tomas Vendrel in Dellin and pledged support for the Karvel Front.")
    assert ("Anton Belisk", "SUPPORT", "Karvel Front", False) in got, got


@pytest.mark.parametrize("text", [
    # a promise of one's own act ("promised to ...") and praise are not pledged to the one met
    "Anton Belisk visited Marta Kell twice and has promised to cut taxes.",
    "Lena Figuig telephoned Ilse Marrow on Sunday and praised the tribes' role.",
])
def test_a_promise_to_act_or_praise_after_a_meeting_is_not_made_to_the_one_met(text):
    got = events(text)
    assert not any(e[1] in ("AGREE", "SUPPORT") and e[2] is not None for e in got), got


@pytest.mark.parametrize("text, expected", [
    # "them" as the object of a threat conjoined to a reported clause is the body that clause is about, not the
    # threat's own source (the parser hangs the threat on the reported clause)
    ("The Tavel Movement said the Dellin Brigade was a gang of thieves and vowed to fight them.",
     ("Tavel Movement", "THREATEN", "Dellin Brigade")),
    ("The Karvel Front said on Sunday that Ostravian troops were occupiers and threatened to expel them.",
     ("Karvel Front", "THREATEN", "Ostravia military")),
    ("The Karvel Front said the Ostravian soldiers were invaders and threatened to attack them.",
     ("Karvel Front", "THREATEN", "Ostravia military")),
])
def test_them_threatened_after_a_reported_clause_is_the_body_it_was_about(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_them_is_not_taken_for_the_other_side_where_the_source_is_the_clause_subject():
    got = events("The Dellin Brigade said Karvel fighters were bandits and pledged to destroy them.")
    assert not any(e[1] == "THREATEN" and e[2] == "Dellin Brigade" for e in got), got


@pytest.mark.parametrize("text, expected", [
    # a claim of a definite act told before is that act, aimed at whoever it hit
    ("Karvel fighters shelled an Ostravian army base near Dellin on Monday, killing four soldiers. The Karvel "
     "Front claimed the attack in a video.", ("Karvel Front", "ASSAULT", "Ostravia")),
    ("A bomb struck a Tavel Movement office in Dellin on Friday. The Karvel Front said it had carried out the "
     "bombing and claimed the attack in a video.", ("Karvel Front", "ASSAULT", "Tavel Movement")),
    ("Gunmen shelled an Ostrava Union base on Sunday. The Karvel Front claimed the shelling on Monday.",
     ("Karvel Front", "ASSAULT", "Ostrava Union")),
])
def test_a_claimed_attack_told_before_hits_whom_it_hit(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


def test_a_claimed_attack_by_another_author_lends_no_target():
    got = events("The Tavel Movement shelled an Ostrava Union base on Sunday. The Karvel Front claimed the attack on "
                 "Monday.")
    assert not any(e[0] == "Karvel Front" and e[2] == "Ostrava Union" for e in got), got


@pytest.mark.parametrize("text, expected", [
    # a bare title as the one given something ("handed the King a letter") is the person so titled before
    ("King Tomas Vendrel has ruled Ostravia since 2010. The Karvel Council handed the King a letter asking him to "
     "free the prisoners.", ("Karvel Council", "REQUEST", "Tomas Vendrel")),
    ("President Anna Berosz won a second term in May. The Karvel Front handed the President a list of demands.",
     ("Karvel Front", "REQUEST", "Anna Berosz")),
    ("Prime Minister Ilse Marrow took office in May. The Tavel Movement gave the Prime Minister an ultimatum.",
     ("Tavel Movement", "THREATEN", "Ilse Marrow")),
])
def test_a_bare_title_given_something_is_the_titled_person(text, expected):
    got = events(text)
    assert expected + (False,) in got, got


@pytest.mark.parametrize("text, expected", [
    # a request in a participle on a meeting or a call is made to the one met or phoned
    ("Ilse Marrow telephoned Tomas Vendrel on Sunday, urging that the talks resume.",
     ("Ilse Marrow", "REQUEST", "Tomas Vendrel")),
    ("Anton Belisk visited the Karvel Council in Dellin, urging that the vote be delayed.",
     ("Anton Belisk", "REQUEST", "Karvel Council")),
    ("Ilse Marrow met the Karvel Council on Monday, demanding that the vote be annulled.",
     ("Ilse Marrow", "REQUEST", "Karvel Council")),
])
def test_a_request_in_a_participle_on_a_meeting_is_made_to_the_one_met(text, expected):
    got = events(text)
    assert expected + (False,) in got, got



@pytest.mark.parametrize("text, expected", [
    # a bare reply answers the latest request or offer told just before (events._elliptical_replies)
    ("The Karvel delegation demanded that the Dalmir Front withdraw from the road. The Front's commander, Colonel "
     "Tomas Vendrel, refused.", ("Tomas Vendrel", "REJECT", "Karvel")),
    ("Last week the Ostravia Council offered to send a team, and the government of Karvel accepted.",
     ("Karvel", "AGREE", "Ostravia Council")),
    ("The Brennic Party proposed a ceasefire; the Dalmir Front declined.", ("Dalmir Front", "REJECT", "Brennic Party")),
    ("The Brennic Party offered to mediate, but the Dalmir Front rejected it.",
     ("Dalmir Front", "REJECT", "Brennic Party")),
])
def test_a_bare_reply_answers_the_request_or_offer_just_told(text, expected):
    assert expected in {e[:3] for e in events(text)}, events(text)


def test_a_third_partys_bare_reply_answers_no_request_made_to_another():
    found = events("The Dalmir Front urged Karvel to free the prisoners. Ostravia agreed.")
    assert not any(e[0] == "Ostravia" and e[2] == "Dalmir Front" for e in found), found


@pytest.mark.parametrize("text, expected", [
    # a subject pronoun is never the one its own clause names as its object (relations.PhraseResolver,
    # components.event_mention_of)
    ("Tomas Vendrel blamed the decree on Arno Kesk, the leader of the Dalmir Front. \"They want our land,\" the "
     "bishop said. He accused Kesk of buying votes.", ("Tomas Vendrel", "ACCUSE", "Arno Kesk")),
    ("Tomas Vendrel has ruled out any deal with Arno Kesk's party, which he accuses of links to the Red Hand.",
     ("Tomas Vendrel", "ACCUSE", "Arno Kesk")),
    ("Tomas Vendrel spoke to reporters in Karvel on Monday. He criticised Arno Kesk's party for its silence.",
     ("Tomas Vendrel", "ACCUSE", "Arno Kesk")),
])
def test_a_subject_pronoun_is_not_its_own_clauses_object(text, expected):
    found = {e[:3] for e in events(text)}
    assert expected in found and not any(e[0] == "Arno Kesk" and e[1] == "ACCUSE" for e in found), found


@pytest.mark.parametrize("text, expected", [
    # a stance on an arrangement "with X" is aimed at X (plover.yaml partnered_nouns)
    ("Tomas Vendrel has ruled out any deal with the Dalmir Front.", ("Tomas Vendrel", "REJECT", "Dalmir Front")),
    ("The Brennic Party rejected a coalition with the Dalmir Front.", ("Brennic Party", "REJECT", "Dalmir Front")),
    ("The Dalmir Front welcomed the pact with Karvel.", ("Dalmir Front", "SUPPORT", "Karvel")),
])
def test_a_stance_on_an_arrangement_with_x_is_aimed_at_x(text, expected):
    assert expected in {e[:3] for e in events(text)}, events(text)


def test_a_denied_link_with_x_is_no_answer_to_x():
    assert not any(e[2] == "Karvel" for e in events("The Dalmir Front denied any link with Karvel."))


@pytest.mark.parametrize("text, expected", [
    # the object is another's act or decision: its maker ("by X", "X's") is the target
    ("The Dalmir Front held a rally in Karvel to protest a ruling by Ostravia's Supreme Court.",
     ("Dalmir Front", "PROTEST", "Supreme Court")),
    ("The Brennic Party rejected every demand from Karvel.", ("Brennic Party", "REJECT", "Karvel")),
    ("The Dalmir Front welcomed the move by Karvel.", ("Dalmir Front", "SUPPORT", "Karvel")),
    # "his" on a relative clause's object: the antecedent acts on him
    ("Tomas Vendrel was re-elected governor on Monday. His rise has strained his ties with the Brennic Party, which "
     "had backed his first appointment in 2017.", ("Brennic Party", "SUPPORT", "Tomas Vendrel")),
    ("Arno Kesk said the Dalmir Front, which opposed his nomination, had lost.", ("Dalmir Front", "REJECT", "Arno Kesk")),
])
def test_a_reaction_to_an_act_is_aimed_at_its_maker(text, expected):
    assert expected in {e[:3] for e in events(text)}, events(text)


@pytest.mark.parametrize("text, victim, doer", [
    # a censure of an act named by the one who underwent it is aimed at whoever did it, never at the victim
    ("Karvel police detained Tomas Vendrel on Monday. The Dalmir Front condemned Vendrel's arrest.",
     "Tomas Vendrel", "Karvel"),
    ("Gunmen of the Red Hand killed Arno Kesk in March. The Brennic Party condemned the killing of Kesk.",
     "Arno Kesk", "Red Hand"),
    ("The Ostravian army abducted Lena Marsk in May. The Brennic Party denounced her abduction.",
     "Lena Marsk", "Ostravia military"),
])
def test_a_censured_act_is_aimed_at_its_doer_not_its_victim(text, victim, doer):
    found = [e for e in events(text) if e[1] == "ACCUSE"]
    assert found and all(e[2] != victim for e in found) and any(e[2] == doer for e in found), events(text)


@pytest.mark.parametrize("call", [
    "The Dalmir Front called for Vendrel's release.",
    "The Dalmir Front demanded the release of Tomas Vendrel.",
])
def test_a_named_captives_release_is_asked_of_the_captor_however_far_back(call):
    # the captive named tells the detention apart anywhere before in the story (events._captor_asked)
    filler = " ".join(["Prices of bread and fuel in the capital rose again this week, traders said."] * 36)
    text = f"Karvel police detained the reporter Tomas Vendrel at his home on Monday.\n\n{filler}\n\n{call}"
    assert ("Dalmir Front", "REQUEST", "Karvel") in {e[:3] for e in events(text)}, events(text)


@pytest.mark.parametrize("text, expected", [
    # "which" for a demand, offer or statement made as the object of a verb: its maker, that verb's subject
    ("The Dalmir Front made an offer, which Karvel rejected.", ("Karvel", "REJECT", "Dalmir Front")),
    ("The Dalmir Front published a list of demands, which Karvel rejected.", ("Karvel", "REJECT", "Dalmir Front")),
    ("On Monday the Red Hand issued a statement, which the Brennic Party condemned.",
     ("Brennic Party", "ACCUSE", "Red Hand")),
])
def test_which_for_a_thing_made_stands_for_its_maker(text, expected):
    assert expected in {e[:3] for e in events(text)}, events(text)


@pytest.mark.parametrize("text, source, typ", [
    # "the kingdom", "the republic", "the sultanate": the state just named whose name holds the noun
    ("The Kingdom of Kessmora has long backed the Tarsel Front. On Monday a Kessmoran official said the kingdom "
     "rejected the Front's new demands.", "Kessmora", "REJECT"),
    ("Ostravia and the Republic of Dunavia signed a border deal in May. In June the republic accused Ostravia of "
     "breaking it.", "Dunavia", "ACCUSE"),
    ("Karvel and the Sultanate of Brunwick held talks in Pelsor on Monday. On Friday the sultanate accused Karvel "
     "of stalling.", "Brunwick", "ACCUSE"),
    # a bare group noun before a body's forces or envoys: the body that noun refers back to
    ("The Northern Coalition, an alliance of Karvel and Dunavia, began air strikes against the Tarsel Front in "
     "March. Coalition aircraft carried out 12 strikes on Front positions on Sunday.", "Northern Coalition", None),
    ("The Brunwick Alliance, a bloc of northern militias, took the town of Pelsor in May. On Tuesday alliance "
     "troops shelled the Drasmir Movement's camp near Lavost.", "Brunwick Alliance", None),
    ("The Quenby Movement opened talks with Karvel in Sendra. Movement negotiators accused Karvel of stalling.",
     "Quenby Movement", "ACCUSE"),
    # a title used alone after the person was named with it in apposition
    ("Foreign Minister Tomas Vendrel of Karvel spoke with Ilsa Sorn, the Secretary-General's Special Envoy for the "
     "border. The Special Envoy welcomed Karvel's restraint.", "Ilsa Sorn", "SUPPORT"),
    ("The talks in Pelsor were led by Ostravia's Anders Quenby, the Chief Negotiator. The Chief Negotiator rejected "
     "the Drasmir Movement's demands.", "Anders Quenby", "REJECT"),
    ("Ilsa Sorn, the Special Representative of the Lavost Council, arrived in Pelsor on Monday. The Special "
     "Representative urged the Drasmir Movement to release the hostages.", "Ilsa Sorn", "REQUEST"),
])
def test_an_actor_named_through_a_group_noun_or_a_description_acts(text, source, typ):
    last = text.rsplit(". ", 1)[-1][:20]
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    got = [e for e in ex.events if e.evidence.text.startswith(last) and (typ is None or e.type == typ)]
    assert got and all(names.get(e.source) == source for e in got), [(names.get(e.source), e.type) for e in got]


@pytest.mark.parametrize("text", [
    # no state named with the noun ("the kingdom" after a state never called one), or one set apart from it
    "Karvel and Ostravia signed a border deal in May. In June a Karvelian official said the kingdom accused "
    "Ostravia of breaking it.",
    "Karvel and the Kingdom of Sendra held talks in Pelsor. In June the neighbouring kingdom accused Karvel of "
    "stalling.",
])
def test_a_polity_noun_no_state_named_so_fits_stays_unknown(text):
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    got = [e for e in ex.events if e.type == "ACCUSE"]
    assert all(names.get(e.source) not in ("Karvel", "Sendra") for e in got), [(names.get(e.source)) for e in got]


@pytest.mark.parametrize("text, source", [
    # a fronted date the parser ran on into the noun after it ("On 12 March fighters"): that noun is the subject
    ("The Karvel Front has fought Ostravia since 2019. On 12 March fighters of the Karvel Front attacked Ostravian "
     "positions near Pelsor.", "Karvel Front"),
    ("The Karvel Front has fought Ostravia since 2019. On 5 May units of the Ostravian army shelled Karvel Front "
     "positions.", "Ostravia military"),
    ("The Karvel Front has fought Ostravia since 2019. On 9 April gunmen from the Front ambushed an Ostravian "
     "convoy.", "Karvel Front"),
    # a state's adjective before an arm of its forces (roles.yaml state_institutions: "artillery" as "infantry")
    ("Karvel and Ostravia have fought over the border since 2019. Karvelian artillery shelled Ostravian border posts "
     "on Tuesday.", "Karvel military"),
    ("Karvel and Ostravia have fought over the border since 2019. Ostravian artillery fired back at Karvelian "
     "positions.", "Ostravia military"),
    ("The Karvel Front has fought Ostravia since 2019. Ostravian artillery pounded Karvel Front positions near Pelsor "
     "on Monday.", "Ostravia military"),
])
def test_the_assaults_subject_a_fronted_date_or_an_arm_of_forces_names(text, source):
    """"On 12 March fighters of X attacked": the noun a fronted date ran into is the subject; "Karvelian artillery
    shelled": a state's arm of forces is its military."""
    last = text.rsplit(". ", 1)[-1][:20]
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    got = [e for e in ex.events if e.evidence.text.startswith(last) and e.type == "ASSAULT"]
    assert got and all(names.get(e.source) == source for e in got), [(names.get(e.source), e.type) for e in got]


@pytest.mark.parametrize("text, source", [
    # a title with a word of tenure (relations.yaml tenure_words) is the one person so titled before
    ("Voters in Karvel chose a new parliament on Sunday. The PSK of outgoing President Tomas Vendrel came third. The "
     "outgoing president has repeatedly accused Ilsa Sorn of fraud.", "Tomas Vendrel"),
    ("Interim President Tomas Vendrel of Karvel met Ilsa Sorn of the Drasmir Movement in Pelsor. On Friday the "
     "interim president accused the Drasmir Movement of stalling.", "Tomas Vendrel"),
    ("President Tomas Vendrel of Ostravia will step down in May. The outgoing president on Monday urged the Karvel "
     "Front to disarm.", "Tomas Vendrel"),
])
def test_a_title_with_a_word_of_tenure_is_the_person_so_titled(text, source):
    last = text.rsplit(". ", 1)[-1][:20]
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    got = [e for e in ex.events if e.evidence.text.startswith(last)]
    assert got and all(names.get(e.source) == source for e in got), [(names.get(e.source), e.type) for e in got]


@pytest.mark.parametrize("text, source, target", [
    ("On 3 October units of the Karvel army shelled the village near Dask.", "Karvel army", None),
    ("On 12 March gunmen of the Brennik Front stormed the office of the Tallis Union.", "Brennik Front", "Tallis Union"),
    ("On 2 May fighters of the Tallis Union attacked the Brennik Front.", "Tallis Union", "Brennik Front"),
])
def test_a_fronted_date_run_on_into_the_subject_leaves_the_subject_acting(text, source, target):
    # events._dated_subject: the parser reads "On 3 October units" as one phrase, the noun as the object of "on"
    found = {(s, t) for s, typ, t, neg in events("Border report\n\n" + text) if typ == "ASSAULT"}
    assert (source, target) in found


def test_our_in_a_document_s_own_voice_is_its_body_and_in_quotes_is_left_alone():
    text = ("Statement of the Brennik Front\n\nYesterday fighters of the Tallis Union raided our headquarters in "
            "Dask. \"They attacked our homes,\" a villager said of the Karvel army.\n")
    found = events(text)
    assert ("Tallis Union", "COERCE", "Brennik Front", False) in found or \
        ("Tallis Union", "ASSAULT", "Brennik Front", False) in found
    assert not [e for e in found if e[0] == "Karvel army" and e[2] == "Brennik Front"]


@pytest.mark.parametrize("text, source, target", [
    ("Tomas Vendrel leads the Karvel Guards. Tomas Vendrel, we accuse you of lying.", None, "Tomas Vendrel"),
    ("The Karvel Guards are led by Tomas Vendrel. Tomas, I accuse you of lying.", None, "Tomas Vendrel"),
    ("Tomas Vendrel leads the Karvel Guards. Mr Vendrel, I accuse you of fraud.", None, "Tomas Vendrel"),
])
def test_you_is_the_person_a_sentence_opens_by_addressing(text, source, target):
    # events._vocative: a name set off by a comma before the clause addresses its "you" (a charge: a demand by no
    # known speaker is no event, plover.yaml needs_source)
    found = {(s, t) for s, typ, t, neg in events(text) if typ == "ACCUSE"}
    assert any(t == target and (source is None or s == source) for s, t in found)



@pytest.mark.parametrize("act", [
    "On Tuesday the air force struck camps of the Lodmar Liberation Front in the hills.",
    "The navy shelled positions of the Lodmar Liberation Front along the coast.",
    "The army shelled positions of the Lodmar Liberation Front near the border.",
])
def test_a_state_service_named_by_its_bare_noun_is_the_article_s_state(act):
    text = ("Fighting spread in Ostravia on Monday. Ostravia's president said Ostravia would not negotiate. " + act)
    found = events(text)
    assert ("Ostravia", "ASSAULT", "Lodmar Liberation Front", False) in found, found


_FRONT = "Ostravia and the Dunmere Front have fought since 2019. "


@pytest.mark.parametrize("text, source, target", [
    # a verb taking back a cooperative act noun: the noun's own target phrase names who loses it
    ("President Tomas Vendrel of Ostravia withdrew his support for the Dunmere Front in 1997.", "Tomas Vendrel",
     "Dunmere Front"),
    (_FRONT + "Ostravia withdrew its backing for Tomas Vendrel after the vote.", "Ostravia", "Tomas Vendrel"),
    ("The Karvel Party withdrew its aid to the Dunmere Front in May.", "Karvel Party", "Dunmere Front"),
])
def test_withdrawing_support_for_x_is_aimed_at_x(text, source, target):
    found = {(s, t) for s, typ, t, neg in events(text) if typ in ("SANCTION", "RETREAT") and not neg}
    assert (source, target) in found, events(text)


def test_withdrawing_weapons_from_a_place_names_no_one_withdrawn_from():
    # events._own_act_target: the object's own target phrase, not a place the thing is taken from
    found = events("Ostravia and the Dunmere Front both withdrew heavy weapons from the southern bank on Tuesday.")
    assert not any(typ == "SANCTION" for s, typ, t, neg in found), found


@pytest.mark.parametrize("text, typ, target", [
    ("The Karvel Front has rejected any role for the Ostravian Party in the province.", "REJECT", "Ostravian Party"),
    ("The Dunmere Front rejected a place for the Karvel Party in the new cabinet.", "REJECT", "Karvel Party"),
    ("Tomas Vendrel backed a bigger say for the Dunmere Front in the council.", "SUPPORT", "Dunmere Front"),
])
def test_a_stance_on_a_thing_meant_for_x_is_aimed_at_x(text, typ, target):
    # events._beneficiary_in_object: the object's own "for" phrase
    assert any(t == target for s, ty, t, neg in events(text) if ty == typ), events(text)


def test_a_stance_on_calls_for_x_is_not_aimed_at_x():
    found = events("Ostravia rejected calls for the Dunmere Front to disarm.")
    assert not any(ty == "REJECT" and t == "Dunmere Front" for s, ty, t, neg in found), found


@pytest.mark.parametrize("text, source", [
    (_FRONT + "Ostravia dispatched an envoy to Belgrath to meet the Dunmere Front.", "Ostravia"),
    (_FRONT + "Ostravia sent its ambassador to Belgrath for talks with the Dunmere Front.", "Ostravia"),
    (_FRONT + "Tomas Vendrel flew to Belgrath on Monday to meet the Dunmere Front.", "Tomas Vendrel"),
    (_FRONT + "Ostravia sent a delegation to the capital on Monday to negotiate with the Dunmere Front.", "Ostravia"),
])
def test_a_mission_meets_the_party_its_purpose_names_not_the_place_it_goes_to(text, source):
    # events._purpose_party: "to meet X", "to negotiate with X", "for talks with X" over the destination
    found = {(s, t) for s, typ, t, neg in events(text) if typ == "CONSULT"}
    assert (source, "Dunmere Front") in found, found
    assert not any(t == "Belgrath" for s, t in found), found


_BORDER = "Ostravia and Karvel share a long border. "


@pytest.mark.parametrize("text", [
    _BORDER + "The Karvel side has promised to return to Ostravia 14 citizens who were detained last month.",
    _BORDER + "Karvel promised to return 14 citizens to Ostravia.",
    _BORDER + "Karvel offered to give Ostravia the files.",
    _BORDER + "Karvel promised to restart accession talks with Ostravia.",
])
def test_a_promise_to_hand_something_to_x_is_made_to_x(text):
    # events._promised_recipient: the complement's dative, "to" phrase or object's "with" phrase
    assert ("Karvel", "AGREE", "Ostravia", False) in events(text), events(text)


def test_a_promise_to_go_somewhere_is_not_made_to_the_place():
    found = events(_BORDER + "Tomas Vendrel promised to go to Ostravia.")
    assert not any(typ == "AGREE" and t == "Ostravia" for s, typ, t, neg in found), found


_TALKS = ("Ostravia's army and the Lodmar Liberation Front met for talks in Pelsor on Monday under Karvel's "
          "mediation. Ostravia's foreign minister attended. ")


@pytest.mark.parametrize("text, source, typ, target", [
    (_TALKS + "The government delegation accused the Lodmar Liberation Front of arming the rebels.",
     "Ostravia", "ACCUSE", "Lodmar Liberation Front"),
    (_TALKS + "The government delegation demanded that the Lodmar Liberation Front withdraw from the road.",
     "Ostravia", "REQUEST", "Lodmar Liberation Front"),
    (_TALKS + "The Front accused the government delegation of bad faith.", "Lodmar Liberation Front", "ACCUSE",
     "Ostravia"),
    (_TALKS + "The Front's delegation met government negotiators in Karvel.", "Lodmar Liberation Front", "CONSULT",
     "Ostravia"),
])
def test_the_government_delegation_is_the_articles_state(text, source, typ, target):
    # relations.yaml government_side_nouns (PhraseResolver.home_ruler); the charge's "of" hung on the object names
    # no owner (PhraseResolver._charged_with)
    assert (source, typ, target, False) in events(text), events(text)


@pytest.mark.parametrize("text, typ, target", [
    ("By nightfall the KLF's military commander, Tomas Vendrel, had ordered the Dunmere Front to retreat.",
     "REQUEST", "Dunmere Front"),
    ("By lunchtime the DLF's chief negotiator, Tomas Vendrel, had accused the Karvel government of \"bad faith\", and "
     "he told me the Front would not sign anything.", "ACCUSE", "Karvel government"),
    ("By evening the MLK's political chief, Tomas Vendrel, had rejected the Karvel government's offer, and he told us "
     "the war would go on.", "REJECT", "Karvel government"),
])
def test_a_fronted_time_phrase_that_took_the_subject_as_its_second_object_leaves_the_subject_acting(text, typ, target):
    # events._dated_subject: "By nightfall the X's commander, Y, had ordered ...", the parser making the subject a
    # second object of "by"
    assert ("Tomas Vendrel", typ, target, False) in events(text), events(text)


@pytest.mark.parametrize("text, typ", [
    ("King Rakan Tobar of Karvel rules the country. A week later the Coastal Tribes Council sent the King a petition.",
     "REQUEST"),
    ("Emir Harun Vensel of Karvel rules the country. The Dunmere Front urged the Emir to release the prisoners.",
     "REQUEST"),
    ("President Harun Vensel of Karvel won a second term. The Dunmere Front accused the President of fraud.", "ACCUSE"),
])
def test_the_bare_title_is_the_person_whose_name_the_ner_took_with_it(text, typ):
    # relations.PhraseResolver.titled: "King X" tagged whole as the person's name still gives "the King" its holder;
    # a charge's "of" phrase hung on the title names no other holder
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    person = next(n for n in names.values() if n.endswith(("Tobar", "Vensel")))
    assert any(e.type == typ and names.get(e.target) == person for e in ex.events), \
        [(names.get(e.source), e.type, names.get(e.target)) for e in ex.events]


def test_a_title_with_an_of_phrase_of_its_own_is_another_holder():
    found = events("President Harun Vensel of Karvel won a second term. The Dunmere Front accused the president of the "
                   "club of fraud.")
    assert not any(typ == "ACCUSE" and t == "Harun Vensel" for s, typ, t, neg in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Tomas Vendrel on Tuesday urged the Brevik Front to reopen the roads and warned that attacks on convoys would "
     "not be tolerated.", ("Tomas Vendrel", "THREATEN", "Brevik Front")),
    ("Karvel's foreign minister, Milan Osk, met Ostravian President Selma Kessin in Lusana and agreed to reopen the "
     "border crossing.", ("Milan Osk", "AGREE", "Selma Kessin")),
    ("Tomas Vendrel called on the Brevik Front to lay down its arms and promised to free the detained fishermen.",
     ("Tomas Vendrel", "AGREE", "Brevik Front")),
    # the party named by a description or a pronoun resolved to a name told before
    ("The Brevik Front blocked the roads on Monday. On Tuesday Tomas Vendrel urged the Front to reopen them and warned "
     "that attacks on convoys would not be tolerated.", ("Tomas Vendrel", "THREATEN", "Brevik Front")),
    ("Selma Kessin, the Ostravian prime minister, arrived in Lusana on Monday. Tomas Vendrel met her at the airport "
     "and agreed to reopen the border.", ("Tomas Vendrel", "AGREE", "Selma Kessin")),
])
def test_a_statement_conjoined_to_an_addressing_verb_is_made_to_the_same_party(text, event):
    assert event[:3] + (False,) in events(text), events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Tomas Vendrel is the president of Karvel. The Harnow Party wants to restore the military aid that Vendrel's "
     "government suspended in 2025 and backs Ostravia's bid to join the European Union.",
     ("Harnow Party", "SUPPORT", "Ostravia")),
    ("The Harnow Party rejects the deal that Tomas Vendrel signed last year and demands new elections.",
     ("Harnow Party", "REQUEST", None)),
    ("Tomas Vendrel praised the treaty that the Harnow Party rejected last year and calls on the Brevik Front to "
     "ratify it.", ("Tomas Vendrel", "REQUEST", "Brevik Front")),
])
def test_a_conjunct_in_another_tense_than_an_object_relative_clause_is_the_outer_subjects(text, event):
    got = events(text)
    assert event + (False,) in got, got
    assert not any(e[1] == event[1] and e[0] != event[0] for e in got), got


def test_a_conjunct_of_a_subject_relative_clause_stays_with_its_subject():
    got = events("The Harnow Party, which won the election in 2020 and leads the polls, accused Tomas Vendrel of fraud.")
    assert ("Harnow Party", "ACCUSE", "Tomas Vendrel", False) in got, got


def test_a_thing_asked_for_is_not_the_party_a_conjoined_threat_is_made_to():
    got = events("Tomas Vendrel is the president of Karvel. Flanked by masked men, Milan Osk demands the resignation "
                 "of the president and threatens to attack the airport.")
    assert ("Milan Osk", "THREATEN", None, False) in got, got



@pytest.mark.parametrize("text, typ, target", [
    ("Parliament Speaker Dremo Trenn opened the session. Karvel Unity Front leader Tomas Vendrel accused the speaker "
     "of hijacking the legislature.", "ACCUSE", "Dremo Trenn"),
    ("Parliament Speaker Dremo Trenn opened the session. Opposition lawmaker Tomas Vendrel backed the speaker.",
     "SUPPORT", "Dremo Trenn"),
    ("Army commander General Tavo Renskel toured the border on Monday. Ostravian Interior Minister Ilka Versk "
     "criticised the commander over the delay.", "ACCUSE", "Tavo Renskel"),
])
def test_a_bare_title_glued_to_its_body_noun_before_the_name_is_that_person(text, typ, target):
    # relations.PhraseResolver.titled: "Parliament Speaker X", "army commander General Y" (the title after the
    # body noun whose office it is, a rank between title and name) give "the speaker", "the commander" a holder
    assert any(t == typ and tg == target for s, t, tg, neg in events(text)), events(text)


def test_a_title_after_another_word_than_a_body_noun_is_another_post():
    found = events("Deputy Speaker Dremo Trenn opened the session. Karvel Unity Front leader Tomas Vendrel accused "
                   "the speaker of hijacking the legislature.")
    assert not any(typ == "ACCUSE" and t == "Dremo Trenn" for s, typ, t, neg in found), found


@pytest.mark.parametrize("text, typ, target", [
    ("Hamas has grown in the camps since 2023, and Israeli strikes have killed several of its commanders.",
     "ASSAULT", "Hamas"),
    ("The Marenic Liberation Army lost ground after Turkish warplanes bombed several of its bases.",
     "ASSAULT", "Marenic Liberation Army"),
    ("The Velan Union grew fast, but Karvel soldiers arrested three of its leaders.", "COERCE", "Velan Union"),
])
def test_its_on_the_object_of_a_plural_subject_is_the_body_before(text, typ, target):
    # relations.PhraseResolver._plural_subject_modifiers: a singular "its" is not the plural subject nor the side its
    # modifier names; a part of what the body owns ("several of its commanders") is the body's
    assert any(t == typ and tg == target for s, t, tg, neg in events(text)), events(text)


def test_a_second_object_hung_on_the_verb_makes_the_object_one_of_several():
    # events._object_conjunct: "sanctioned X and two of his brothers in May, accusing them": the parser may hang
    # "two" on the verb as its conjunct; "them" is still X and the others
    import spacy
    from spacy.tokens import Doc

    from kingmaker.nlp.events import _object_conjunct

    words = ["Karvel", "sanctioned", "Vendrel", "and", "two", "of", "his", "brothers", "in", "May"]
    heads = [1, 1, 1, 1, 1, 4, 7, 5, 4, 8]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "prep", "poss", "pobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "NUM", "ADP", "PRON", "NOUN", "ADP", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _object_conjunct(doc[1], doc[2])
    alone = Doc(spacy.blank("en").vocab, words=words[:3] + ["in", "May"], heads=[1, 1, 1, 1, 3],
                deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN"])
    assert not _object_conjunct(alone[1], alone[2])


@pytest.mark.parametrize("text, target", [
    ("The Karvel Liberation Front took the town in May. Turkish drones struck a convoy in the Front-controlled town "
     "of Lusko on Monday.", "Karvel Liberation Front"),
    ("The Velan Union (VU) seized the hills last year. Egyptian artillery shelled positions in VU-held territory on "
     "Monday.", "Velan Union"),
    ("The Marenic Liberation Army holds the north. Turkish jets bombed depots across MLA-held districts.",
     "Marenic Liberation Army"),
])
def test_a_hostile_act_on_targets_in_an_area_named_by_its_holder_is_aimed_at_the_holder(text, target):
    # events._area_holder: "struck targets in X-held Y" (plover.yaml holding_participles): X
    assert any(t == "ASSAULT" and tg == target for s, t, tg, neg in events(text)), events(text)


def test_leaving_an_area_named_by_its_holder_is_no_act_on_the_holder():
    found = events("The Marenic Liberation Army holds the north. Egypt moved its embassy out of MLA-held Tolmek.")
    assert not any(tg == "Marenic Liberation Army" for s, t, tg, neg in found), found


@pytest.mark.parametrize("text, source, typ", [
    # a common-noun subject with the name in apposition: the name acts, not the last body the noun could mean
    ("The Dawn Party won the vote. The rebel group, the Sable Brigade, attacked an army base.",
     "Sable Brigade", "ASSAULT"),
    ("The Dawn Party won the vote. The main opposition party, the Karvel Renewal Front, boycotted the vote.",
     "Karvel Renewal Front", "PROTEST"),
])
def test_a_subject_noun_with_a_name_in_apposition_is_that_name(text, source, typ):
    found = events(text)
    assert any(s == source and t == typ for s, t, _, _ in found), found
    assert not any(s == "Dawn Party" and t == typ for s, t, _, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # a halt over a verbal complement: the complement's object (events._target, "halt" kind)
    ("President Anton Berek said that Ostravia would stop bombing the Vandor Front.", "Ostravia", "Vandor Front"),
    ("Under the deal the Tolvan Brigades stopped shelling Karvel.", "Tolvan Brigades", "Karvel"),
])
def test_stopping_an_act_is_aimed_at_the_one_the_act_was_on(text, source, target):
    assert any(s == source and tg == target for s, t, tg, neg in events(text)), events(text)


def test_a_request_that_is_the_purpose_of_a_meeting_is_made_to_the_one_met():
    # events._purpose_of_meeting: "will meet X next week to ask for ...": X is asked
    found = events("Governor Rami Talvek of Kessal province won a second term on Monday. He said he would meet "
                   "Prime Minister Idris Marvan in Tolvar next week to ask for a larger share of the oil revenue.")
    assert ("Rami Talvek", "REQUEST", "Idris Marvan", False) in found, found


def test_an_army_post_is_the_army_named_before():
    # components.force_asset (relations.yaml force_asset_nouns): "attacked an army checkpoint"
    found = events("The Ostravian army has fought the Vandor Liberation Front since 2019. On Sunday fighters of the "
                   "front attacked an army checkpoint near Kessal.")
    assert any(s == "Vandor Liberation Front" and t == "ASSAULT" and tg and tg.startswith("Ostravia")
               for s, t, tg, neg in found), found


def test_an_army_post_with_an_owner_of_its_own_is_that_owners():
    found = events("The Ostravian army has fought the Vandor Liberation Front since 2019. On Sunday Karvel shelled "
                   "the Front's army posts near Kessal.")
    assert not any(tg and tg.startswith("Ostravia") for s, t, tg, neg in found), found


def test_a_post_named_by_a_bodys_short_name_is_that_bodys():
    # components.event_mention_of: a body's short name (the head word of its name) before one of its posts
    # (relations.yaml force_asset_nouns), as before its people ("Front leaders")
    found = events("The Ostravian army has fought the Vandor Liberation Front since 2019. On Sunday Ostravian "
                   "aircraft destroyed a Front depot near Kessal.")
    assert any(t == "ASSAULT" and tg == "Vandor Liberation Front" for s, t, tg, neg in found), found


def test_a_post_named_by_a_bare_group_noun_is_the_group_named_before():
    # components.named_by_group_noun: "a militia depot" as "militia fighters" (the body "the militia" would be)
    found = events("The Karvel Hunters, a militia loyal to the governor, control the valley. On Sunday Ostravian "
                   "drones struck a militia depot near Kessal.")
    assert any(t == "ASSAULT" and tg == "Karvel Hunters" for s, t, tg, neg in found), found


def test_government_craft_are_the_state_of_the_story():
    # PhraseResolver.home_ruler (teams): "government" before a craft or post is the article's state's
    found = events("KESSAL, Tolvia, March 3 (Wire) - Tolvia's civil war entered its ninth year on Monday. Tolvia's "
                   "parliament met in Kessal. The Vandor Liberation Front said it had shot down two government drones "
                   "near Kessal.")
    assert ("Vandor Liberation Front", "ASSAULT", "Tolvia", False) in found, found


def test_a_missions_investigators_named_by_its_short_name_are_the_mission():
    # relations.yaml body_agent_nouns: a body's investigators, monitors, peacekeepers act for it
    # (a posted mission is named with its place: actors._join_posted_places)
    found = events("The United Nations Support Mission in Tolvia reported the killings on Monday. The Vandor Front's "
                   "commander, Idris Kessel, has refused to meet Mission investigators.")
    assert ("Idris Kessel", "REJECT", "United Nations Support Mission in Tolvia", False) in found, found


def test_the_government_acted_upon_is_the_state_of_the_story():
    # components.nearest_government (relations.yaml nearest_government_nouns): the article's state, else the state
    # named last before
    found = events("Kenya and Uganda traded accusations over the border on Monday. Police in Tanzania detained "
                   "opposition leader Tomas Orel after a rally, Tanzania's interior minister said. The Union of Gelder "
                   "States appealed to the government to release him.")
    assert ("Union of Gelder States", "REQUEST", "Tanzania", False) in found, found


def test_the_cabinet_called_on_is_the_state():
    found = events("Kenya's cabinet approved the fuel tax on Monday. The Karvel Workers' Union called on the cabinet "
                   "to review it.")
    assert ("Karvel Workers' Union", "REQUEST", "Kenya", False) in found, found


def test_a_warning_that_a_partys_assets_are_within_reach_is_aimed_at_that_party():
    # events._warned_of_party: a copula in the present, as a future modal
    found = events("The Tolvan Brigades' spokesman, Hadi Rustam, warned that American interests in Karvel are "
                   "within reach.")
    assert ("Hadi Rustam", "THREATEN", "United States", False) in found, found


def test_an_army_post_is_the_one_army_named_later():
    # components.force_asset: no army named before, one named after
    found = events("Fighters of the Vandor Liberation Front attacked an army checkpoint near Kessal on Sunday, the "
                   "Ostravian army said.")
    assert ("Vandor Liberation Front", "ASSAULT", "Ostravia military", False) in found, found


def test_an_offer_accepted_in_a_bare_reply_is_made_to_the_one_accepting():
    # events._elliptical_replies: the offer aimed at no one is made to the one replying
    found = events("Last week the Karvel Union offered to send a fact-finding team, and Tolvia's government accepted.")
    assert ("Karvel Union", "AGREE", "Tolvia", False) in found, found
    assert ("Tolvia", "AGREE", "Karvel Union", False) in found, found


def test_an_order_to_unnamed_people_is_not_made_to_the_one_refusing():
    found = events("Prime Minister Anton Berek of Tolvia ordered commanders to disarm the Vandor Front. The Vandor "
                   "Front refused.")
    assert not any(s == "Anton Berek" and t == "REQUEST" and tg == "Vandor Front" for s, t, tg, neg in found), found


def test_the_juntas_soldiers_are_the_states():
    # components.nearest_government: "the junta's" as an owner of those acted upon
    found = events("Tolvia's president, Colonel Idris Marvan, seized power in a 2021 coup. On Monday the Vandor Front "
                   "said its fighters had killed dozens of the junta's soldiers near Kessal.")
    assert ("Vandor Front", "ASSAULT", "Tolvia", False) in found, found


@pytest.mark.parametrize("act, target", [
    ("On Monday police detained Tomas Velin, the leader of the Lodmar Liberation Front, at his home.", "Tomas Velin"),
    ("Tomas Velin, the leader of the Lodmar Liberation Front, was arrested by the security services on Monday.",
     "Tomas Velin"),
    ("The riot police detained Tomas Velin, the leader of the Lodmar Liberation Front, in the capital.",
     "Tomas Velin"),
])
def test_bare_police_or_security_services_are_the_article_s_state(act, target):
    # relations.yaml home_security_nouns: the state's police, as an event's party (PhraseResolver._home_security)
    text = ("Ostravia votes on Sunday in a tense election. The Ostravian parliament met on Friday in the capital of "
            "Ostravia. " + act)
    found = events(text)
    assert ("Ostravia", "COERCE", target, False) in found, found


def test_police_of_another_state_named_before_stay_theirs():
    text = ("Ostravia votes on Sunday in a tense election. The Ostravian parliament met on Friday in the capital of "
            "Ostravia. Karvelian police detained Tomas Velin at the border on Monday.")
    found = {(s, t) for s, typ, t, neg in events(text) if typ == "COERCE"}
    assert ("Ostravia", "Tomas Velin") not in found, found


@pytest.mark.parametrize("text, source", [
    # a description the resolver reads back to an actor named before is the one its apposition names
    ("The Tarvan Unity Party won 40 seats. The main opposition party, the Renewal Congress of Tarva, boycotted the "
     "vote on Monday.", "Renewal Congress of Tarva"),
    ("The Dunmere Front held the north. The group's rival, the Lodmar Liberation Front, attacked Ostravian positions "
     "near Velna on Monday.", "Lodmar Liberation Front"),
])
def test_a_description_with_a_named_apposition_is_the_named_actor(text, source):
    found = events(text)
    assert any(s == source and not neg for s, typ, t, neg in found), found


@pytest.mark.model
def test_a_condemned_attack_by_no_one_known_is_not_the_latest_named_attackers():
    # the attack condemned is the one told with that noun, by no one known: not the army's tear gas told before it
    found = events("The Chilean army fired tear gas at protesters on Friday. On Friday evening a convoy of the UN "
                   "mission was attacked near the embassy. Later the UN Secretary-General Ana Berg condemned the attack.")
    assert not any(e[0] == "Ana Berg" and e[2] is not None for e in found), found
    # told with its author, the attack is still aimed at him
    found = events("The Red Hand attacked a convoy of the UN mission on Friday. Ana Berg, the UN Secretary-General, "
                   "condemned the attack.")
    assert any(e[0] == "Ana Berg" and e[1] == "ACCUSE" and e[2] == "Red Hand" for e in found), found


@pytest.mark.parametrize("text", [
    "The Dawn Party condemned the attack carried out by the Red Hand militia on the port of Sarel.",
    "The Dawn Party condemned the ambush launched by the Red Hand militia near Sarel.",
])
def test_condemning_an_act_a_participle_says_who_performed_accuses_that_one(text):
    assert ("Dawn Party", "ACCUSE", "Red Hand militia", False) in events(text)


def test_calling_upon_someone_asks_that_one():
    got = events("The Dawn Party calls upon the Red Hand leader, Ilko Varan, to accept the invitation.")
    assert ("Dawn Party", "REQUEST", "Ilko Varan", False) in got


@pytest.mark.parametrize("text, patient", [
    # a headline's or a telegraphic line's bare participle after a name is a passive: the name undergoes the act
    ("Unconfirmed reports: Tolvan Front commander Ardo Kessel killed in a drone strike near Varna.", "Ardo Kessel"),
    ("Mayor of Ostmark Lena Varga detained, hundreds gather outside the court in Ostmark", "Lena Varga"),
])
def test_a_bare_participle_after_a_name_is_no_act_of_the_name(text, patient):
    got = events(text)
    assert not any(e[0] == patient for e in got), got


def test_a_casualty_count_with_no_one_striking_is_no_attack_on_the_state():
    # plover: a toll of a state's people ("seven Velnians were killed") names no act aimed at the state; an attack
    # on the state by no one named stays an event
    ex = extract_documents([Document(id="t", text="The clashes spread on Monday. At least seven Velnians were killed "
                                     "in the shelling of Oska, the Velnian health ministry said. Four Velnian workers "
                                     "died. Unknown gunmen attacked Velna on Sunday.")])
    names = {a.id: a.name for a in ex.actors}
    got = [(names.get(e.source), e.type, names.get(e.target), e.trigger) for e in ex.events]
    assert [e for e in got if e[1] == "ASSAULT" and e[2] == "Velna"] == [(None, "ASSAULT", "Velna", "attacked")], got


def test_a_casualty_count_with_a_striker_named_stays_an_attack():
    # a subject or an agent names what struck: an attack by no one known on the state's people, not a bare toll
    ex = extract_documents([Document(id="t", text="A roadside bomb near Oska killed two Velnian soldiers on Monday. "
                                     "Three Velnian guards were killed by a sniper on Tuesday.")])
    names = {a.id: a.name for a in ex.actors}
    got = [(names.get(e.source), e.type, names.get(e.target), e.trigger) for e in ex.events]
    assert (None, "ASSAULT", "Velnia", "killed") in got, got  # (the guards: the state; the soldiers: its military)
