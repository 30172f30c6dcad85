"""Lasting ties from the dependency parse and surface patterns (cues live in knowledge/data/relations.yaml
and roles.yaml; each section there documents its syntax).

Rule families: role appositions and title chains ("X, the head of Y", "the Y leader, X", "X, a senior
Y official and chief of its Z", "Y's Ambassador to W, X"); titles before names ("Y leader X",
"Iraqi Prime Minister X", "its secretary-general X", "his rival X"); state titles naming no state
("Prime Minister X": the article's state, see ``PhraseResolver.home_state``); possessives and
"whose" ("Iran's Revolutionary Guard", "X, whose armed wing is Y", "its parent organization, Y");
"X-backed Y", "led by"/"backed by" (also as main clauses), "loyal to", "unacceptable to", "within";
stance verbs ("X funds Y"), verbs with their preposition ("answers to", "belongs to"), lasting
hostility ("have fought each other since", "broke with"), partnership ("governed together with"),
coalition member lists ("the alliance, which includes A and B"), "X of/from the Y List".

The stage is a package: ``shared`` (what several rule families use), ``posts`` (leader_of,
member_of, part_of), ``stances`` (backs, allied_with, opposes), ``resolver`` (PhraseResolver) and ``walk``
(``find_relations``, the walk over a Doc's tokens). The names below are what the other stages and the tests
read from the stage.
"""
from __future__ import annotations

from kingmaker.nlp.relations.shared import (HYPOTHETICAL, _appointer_its, _armed_attack, _article_noise,
                                            _attacked_force, _bloc_allies, _called_body, _chamber_name, _clause_subject,
                                            _conjunct_past_clause, _conjunct_root, _copula_description_subject,
                                            _copula_subject_person, _deputy_post, _described_body,
                                            _described_opposition_person, _document_chamber, _elliptic_possessor,
                                            _exit_demanded, _first_actor, _for_state, _foreign_force_owner,
                                            _foreign_forces_stationed, _governing_party, _government_of,
                                            _heading_description_body, _hostility, _hyphened, _hyphened_title_deputy,
                                            _in_opposition, _joined_companion, _joined_in_partnership, _joint_objects,
                                            _leads_a_part, _listed_member, _listed_names, _lower_positions,
                                            _mission_owner, _modifier_actor, _name_before_relative, _nationals_unit,
                                            _no_longer, _oath_venue, _only_future, _opposition_noun,
                                            _opposition_parties, _owned_by_person, _owned_outside, _participle_holder,
                                            _partitive_whole, _party_governed_through, _patron_modifier, _people_of,
                                            _possessed_ministry_state, _post_of_other, _present_fight, _refusal_verbs,
                                            _regarded_as, _relative_antecedent, _reported_smear, _role_ties,
                                            _ruled_home, _same_stem, _seat_companions, _second_of, _second_posts,
                                            _semicolon_items, _sent_envoy, _stance, _state_adjective, _state_body,
                                            _state_civilians, _state_led_unit, _state_officer, _state_owned_words,
                                            _title_relation, _told_as_past, _unreal, _whose_rulers, _with_of_phrase,
                                            _yet_to_be, cues, rebel_named, told_as_over)
from kingmaker.nlp.relations.posts import (_acronym_parent, _acts_against_state, _announced_birth, _bare_head_title,
                                           _body_after_conjoined_role, _built_around, _chosen_successors, _coalition_of,
                                           _commanded_state, _foreign_frame, _formed_named_alliance,
                                           _glued_chamber_chair, _heading_state, _holds_seats, _implied_state_ties,
                                           _introducing_state, _labelled_paragraph_state, _last_clause_state,
                                           _led_party_state, _loose_body_apposition, _meets_home_holder,
                                           _member_preposition, _member_whole, _membership, _named_subject_list,
                                           _nicknamed_party, _of_title_end, _office_handed, _owned_units_inside,
                                           _person_of, _plain_state_force, _plural_title_names, _portfolio,
                                           _possessed_membership, _semicolon_clause, _speaker_posts, _state_company,
                                           _state_named_persons, _state_owned_title, _state_under_leader, _state_unit,
                                           _stayed_in, _successor_posts, _suspended_member, _title_is_given_name,
                                           _title_state_evidence, _town_head_title, _troops_in_body, _unlike_members,
                                           _unnamed_posting, _visited_state, _whose, _wing_of_body)
from kingmaker.nlp.relations.stances import (_between_phrases, _gerund_subject, _giving, _headed_coalition,
                                             _hostile_noun, _hostile_regard, _joint_action, _joint_security_work,
                                             _misparsed_backing, _mutual_apposition, _mutual_group_nouns,
                                             _owned_alliance, _partnership, _partnership_led_by, _partnership_route,
                                             _receiving, _relied_on_share, _unnamed_coalition_list)
from kingmaker.nlp.relations.resolver import (GENDERED, PhraseResolver, REFLEXIVES, RelationHit, _Ctx, _lemma_positions,
                                              _name_heads, _self_naming_after_of, group_noun_kinds)
from kingmaker.nlp.relations.walk import (_agent_apposition_person, _alliance_agreement, _backing_for,
                                          _bare_ruling_noun, _bodies_inside, _bracketed_for, _counted_of_body,
                                          _demonym_owned_tie, _elected_chamber_chairs, _find_relations,
                                          _former_participles, _joined_apposition, _last_conjunct_named,
                                          _legislators_give, _member_group, _members_body, _nearer_conjoined_role,
                                          _of_which, _paired_possessors, _passive_conjunct, _past_name_possessive,
                                          _place_clause, _plural_role_before_names, _plural_tail, _post_appointee,
                                          _post_of_place_before_name, _power_taken_under, _role_after_named_object,
                                          _role_holder, _role_phrase_end, _stacked_posts, _state_owned, _took_power,
                                          _vote_misread_as_noun, _votes_with, find_relations)

__all__ = ["RelationHit", "PhraseResolver", "find_relations"]
