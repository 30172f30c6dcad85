"""PLOVER events from a parsed spaCy ``Doc``: a verb lexicon plus a few dependency rules.

The lexicon (``knowledge/data/plover.yaml``) says which lemmas and phrases trigger which PLOVER
type; the rules here decide who acts on whom and what the sentence commits to:

* roles: subject -> source, object -> target; passive ("was attacked by X": X is the source);
  prepositional targets ("met with X", "attack on X"); subjects carried into ``xcomp`` chains,
  conjoined verbs and participle clauses;
* frames: a verb that takes an act as complement codes the frame, not the act ("agreed to withdraw"
  is AGREE, "threatened to ban" THREATEN, "refused to meet" REJECT, "asked X to leave" REQUEST with
  X as target, "suspended attacks" RETREAT, "cut aid" SANCTION);
* planned acts ("will attack", "said it would free") are THREATEN (hostile act) or AGREE
  (cooperative act), only a promised step down with no object ("would resign") stays a resignation;
  "must"/"should" in reported speech is a REQUEST of the speaker; "called a strike" convenes the act;
* speech reports ("said", "told") are not events; "X said Y attacked Z" codes Y -> Z, and a
  pronoun subject of the reported clause stands for the speaker;
* negation ("did not", "never", "played no part in") sets ``negated``; "would not help" and "did not
  accept" are REJECT; acts under "if" or "unless", in open questions ("asked whether"), under a
  negated or disputing report ("did not say how", "denied that", "claimed that"), the writer's
  speculation ("could release", "would likely oppose") and likelihoods ("likely to") are dropped;
  so are acts under a claim noun or a claim-labelled line ("a claim that X signed", 'CLAIM 2: "..."'), under
  a negated noun ("no evidence that"), wanted ("campaigned on disarming X"), to come ("is going to attack",
  "will raise it when she meets X") or counterfactual ("would have attacked", "Had X attacked Y, ...", "whoever
  attacks us will pay"); acts kept from happening ("refrained from attacking", "avoided attacking", "sent no
  troops", "there had been no negotiations", "nearly attacked", "it is false that X signed") are negated;
  acts in background clauses ("after X attacked") rank lower; relative clauses that describe an
  actor ("X, which has long backed Y", "who had been arrested") and lasting states ("have fought
  since 2019") are not news;
* coordination: one event per coordinated source and target ("A and B withdrew", "met leaders,
  including A and B"); meetings, agreements, clashes and "each other" join a coordinated subject
  into one act between its members; hostile or critical acts on "each other" and traded acts
  ("exchanged fire with X", "traded accusations") go both ways; "jointly with X" names a second actor;
* merged clauses: "X was killed when Y shelled his home" is Y -> X; event nouns with their own
  actors ("a raid by X on Y", "the arrest of X", "clashes between X and Y", "prompting a protest
  from X") are events even inside another act's complement;
* labels and answers: a pejorative label ("branded X traitors", "qualified X as illegal") is ACCUSE,
  on a proposal ("called the demand unacceptable") REJECT; rejecting or accepting "the demand", "the
  charge", "the invitation" answers whoever last made it to the speaker ("both accepted the invitation":
  each addressee); "condemned the attack" and "vowed to respond to the raid" aim at the attack's author;
  a warning joined to an accusation shares its target; "gave X 48 hours to leave" is an ultimatum (THREATEN);
* transcripts: in "Name: ..." lines (interviews, hearings) "we", "I", "our" stand for the labelled
  speaker, and the label is never the subject; clipped quotes in header lines (live-blog entries) code
  nothing;
* dates: ``date_text`` is a DATE entity of the trigger's own clause (or of the statement, for a
  stated plan); ``present`` says whether the clause is in the present or present perfect tense, so
  that ``to_model`` can fall back to the document date only then.

Everything is a dictionary lookup on token lemmas over the existing parse: no second spaCy pass.

>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> doc = Doc(nlp.vocab, words=["Rebels", "attacked", "Kabul"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "PROPN"],
...           lemmas=["rebel", "attack", "Kabul"])
>>> [(h.type, h.trigger.text, h.target.text if h.target else None)
...  for h in find_events(doc, lambda t: doc[t.i:t.i + 1] if t.text == "Kabul" else None)]
[('ASSAULT', 'attacked', 'Kabul')]
"""
from __future__ import annotations

import dataclasses
import functools

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from kingmaker.errors import KnowledgeError
from kingmaker.knowledge.lexicons import lexicon_cache
from kingmaker.knowledge.types import type_table
from kingmaker.nlp import (CLOSE_QUOTES, OPEN_QUOTES, QUOTE_MARKS, doc_ents, doc_span, doc_text, ends_in_question, quoted,
                           read_tokens, token_children, token_deps, token_lowers, token_pos, tokens_within)
from kingmaker.nlp import doc_sents, hyphen_first_part, in_any, span_tokens
from kingmaker.nlp.components import referents
from kingmaker.nlp.pipeline import LINE_DATES, speaker_label, turn_line
from kingmaker.nlp.relations import GENDERED, REFLEXIVES, _unreal, cues, group_noun_kinds

__all__ = [
    "DEFAULT_LEXICON",
    "EventHit",
    "EventLexicon",
    "LexEntry",
    "ents_mention_of",
    "find_events",
    "load_event_lexicon",
]

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "plover.yaml"

EVENT_TYPES = type_table().event_types
FRAMES = ("intent", "threat", "refuse", "request", "accuse", "halt", "report", "irrealis", "light")
_TYPE_KEYS = {"target_preps", "verbs", "weak", "nouns", "object_nouns"}
_WORD = re.compile(r"^[a-z][a-z'\-]*(\|[a-z][a-z'\-]*)*$")
_ROLE = re.compile(r"^[<>][a-z]+(\|[a-z]+)*$")

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# types whose subject may name both sides ("Israel and Lebanon renewed talks"); other acts of a
# coordinated subject are one act per conjunct ("Chile and Peru welcomed the vote")
_RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# at most this many sources (and targets) from one coordinated phrase: "met A, B and C" is three events
_MAX_CONJUNCTS = 5
# dependency labels that open a new clause: an argument search never crosses them
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "cc",
                          "det", "mark", "advmod", "neg", "aux", "auxpass", "case", "nummod", "quantmod"})
# complements whose events belong to the governing event ("demanded that X stop attacks")
_COMPLEMENT_STOP = frozenset({"relcl", "advcl", "parataxis", "appos"})
_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "obj", "dative")


@dataclass(frozen=True)
class LexEntry:
    """One lexicon entry: a trigger lemma plus the argument words a phrase needs."""

    type: str
    words: tuple[frozenset[str], ...] = ()
    weak: bool = False
    target_preps: frozenset[str] | None = None
    source_preps: frozenset[str] | None = None
    text: str = ""


# The lexicon's key table: each field of EventLexicon read from plover.yaml says so with _read or _parsed (its YAML key,
# by default the field's own name; "section.key" for a key inside a section such as modals or polarity, and its
# kind). _load reads every _read field the same way, and a key of the file that no field names is a load error, so a
# new key is one new field.
_WORDS, _TYPES, _PARSED = "words", "types", "parsed"
_UNREAD_KEYS = frozenset({"version"})  # the file format's version: no rule reads it


def _read(key: str = "", kind: str = _WORDS) -> Any:
    """A field read from the YAML key ``key`` (default: the field's name): ``kind`` "words", a list of lower-case
    words (a frozenset), or "types", a list of PLOVER types (a frozenset)."""
    return field(default=frozenset(), metadata={"yaml": key, "kind": kind})


def _parsed(key: str) -> Any:
    """A field built from the YAML key or section ``key`` by its own code in ``_load`` (a mapping)."""
    return field(default_factory=dict, metadata={"yaml": key, "kind": _PARSED})


@dataclass
class EventLexicon:
    """The compiled lexicon: lemma -> entries dictionaries, built once."""

    verbs: dict[str, list[LexEntry]] = _parsed("types")
    nouns: dict[str, str] = field(default_factory=dict)           # standalone event nouns
    noun_compounds: frozenset[tuple[str, str]] = frozenset()      # standalone two-word ones ("phone call")
    object_nouns: dict[str, str] = field(default_factory=dict)    # nouns + nouns only valid as objects
    compound_nouns: dict[tuple[str, str], str] = field(default_factory=dict)  # (modifier, head) -> type
    target_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    frames: dict[str, str] = _parsed("frames")
    light: frozenset[str] = frozenset()
    halt_map: dict[str, str] = _parsed("halt_map")
    cooperative: frozenset[str] = _read("polarity.cooperative", _TYPES)
    hostile: frozenset[str] = _read("polarity.hostile", _TYPES)
    holding_participles: frozenset[str] = _read()      # "X-held", "X-controlled": the area's holder
    future: frozenset[str] = _read("modals.future")
    obligation: frozenset[str] = _read("modals.obligation")
    possibility: frozenset[str] = _read("modals.possibility")  # "X could release Y": speculation unless X says it
    scheduled: frozenset[str] = _read("modals.scheduled")  # "X will receive the ministry": no pledge (AGREE)
    hedges: frozenset[str] = _read("modals.hedges")  # "X would likely oppose": speculation too
    onlookers: frozenset[str] = _read("modals.onlookers")  # "analysts say X would attack Y": their forecast
    negations: frozenset[str] = _read()
    hypothetical: frozenset[str] = _read()
    background: frozenset[str] = _read()
    pronouns: frozenset[str] = _read()
    refused_when_negated: frozenset[str] = _read()      # "did not accept the offer" is a refusal
    refused_only: frozenset[str] = _read()              # "will not work with X": an event only when so refused
    led_parties: frozenset[str] = _read()               # "a delegation led by X": X's side
    apart_words: frozenset[str] = _read()               # "separate meetings with A and B": A and B did not meet
    leading_participles: frozenset[str] = _read()       # "led", "headed" (by X)
    resolved_when_future: frozenset[str] = _read()      # "will not allow X to ...": a resolve, no refusal
    withheld_when_perfect: frozenset[str] = _read()     # "has not recognised X": status withheld, no refusal
    ally_nouns: frozenset[str] = _read()                # "fought on the side of X": X is no target
    ally_preps: frozenset[str] = _read()                # "fought alongside X": X is a companion, no target
    accepted_types: frozenset[str] = _read()            # "agreed to the request": accepted, no request
    witnessing: frozenset[str] = _read()                # "the court heard the appeal": the object is taken up
    named_bodies: frozenset[str] = _read()              # "left ECOWAS": a body's name read as its kind
    named_body_verbs: frozenset[str] = _read()          # the verbs that read it so: leave, quit, dissolve
    dissolving_verbs: frozenset[str] = _read()          # "dissolved the X": any body named by its name
    of_target_nouns: frozenset[str] = _read()           # "the arrest of X": X is acted upon
    welcomed_act_types: frozenset[str] = _read()        # "Z welcomed the withdrawal": aimed at the one who withdrew
    aimed_preps: frozenset[str] = _read()               # "X's sanctions against Y": Y is acted upon, X acts
    disowning: frozenset[str] = _read()                 # "..., a charge X denies": the act is disputed
    claimed_nouns: frozenset[str] = _read()             # "claimed responsibility for the attack": the author
    claiming_verbs: frozenset[str] = _read()
    telling: frozenset[str] = _read()                   # "told X to leave": asked X to leave
    unasserted: frozenset[str] = _read()                # "X claimed that Y attacked Z": not asserted
    denials: frozenset[str] = _read()                   # "denied arming X": the denied act, negated
    member_verbs: frozenset[str] = _read()              # "any government that includes X": X
    stance_present: frozenset[str] = _read()            # "X opposes Y": a lasting stance, no event
    kept_when_planned: frozenset[str] = _read("polarity.kept_when_planned", _TYPES)  # "will deploy troops": MOBILIZE, not THREATEN
    needs_source: frozenset[str] = _read("polarity.needs_source", _TYPES)  # types that are events only with a known actor acting
    needs_target: frozenset[str] = _read("polarity.needs_target", _TYPES)  # types that are events only with a known actor acted upon
    state_needs_target: frozenset[str] = _read("polarity.state_needs_target", _TYPES)  # a state's, only at a known actor
    toll_types: frozenset[str] = _read("polarity.toll_types", _TYPES)  # "seven Velnians were killed": a toll, no act
    permission_types: frozenset[str] = _read("polarity.permission_types", _TYPES)  # "allowed the aircraft to ...": none let
    departure_types: frozenset[str] = _read("polarity.departure_types", _TYPES)  # "that left two parties": no one goes
    departure_verbs: frozenset[str] = _read()           # "left the coalition": the subject goes
    reprisal_verbs: frozenset[str] = _read()            # "retaliated by expelling X": the means is the act
    halted_talks_types: frozenset[str] = _read("polarity.halted_talks_types", _TYPES)  # "talks were suspended"
    addressed_types: frozenset[str] = _read("polarity.addressed_types", _TYPES)  # "ordered it to leave": to someone
    addressee_pronouns: frozenset[str] = _read()        # "told me to", "invited her to": a pronoun for the one told
    addressee_pronouns_when_told: frozenset[str] = _read()  # "ordered it to leave", not "demanded it": when told to
    told_to_preps: frozenset[str] = _read()             # "invited it to talks": the phrase that tells it to the one
    told_when_lasting: frozenset[str] = _read("polarity.told_when_lasting", _TYPES)  # "has pressed Y for months to ...": still a request to Y
    stance_when_lasting: frozenset[str] = _read("polarity.stance_when_lasting", _TYPES)  # "has backed Y since the group was founded": a tie
    preparation: frozenset[str] = _read("preparation.verbs")  # "preparing an offensive": the act being readied
    located_types: frozenset[str] = _read("located_targets.types", _TYPES)  # "bombed a depot in Y": Y is the target ...
    located_preps: frozenset[str] = _read("located_targets.preps")  # ... through these prepositions
    preparation_map: dict[str, str] = _parsed("preparation.map")  # ... ASSAULT prepared -> MOBILIZE
    preparation_nouns: frozenset[str] = _read("preparation.nouns")  # "preparations for an offensive"
    needs_party: frozenset[str] = _read()               # "talk", "speak": an event only with an actor party
    voting_verbs: frozenset[str] = _read()              # "Congress voted to suspend X": a vote of no known body
    elected_marks: frozenset[str] = _read()             # "voted for a new parliament": an election, no support
    session_verbs: frozenset[str] = _read()             # "parliament met on Monday": a sitting ...
    session_bodies: frozenset[str] = _read()            # ... of a deliberating body, no consultation
    reaction_verbs: frozenset[str] = _read()            # "..., prompting a protest from X": X reacts
    repelling_verbs: frozenset[str] = _read()           # "X repelled an attack by Y": Y attacked X
    reciprocal: frozenset[str] = _read()                # "A and B clashed": A against B
    plural_pronouns: frozenset[str] = _read()           # "A and B met. They agreed ...": all of A and B
    pair_collectives: frozenset[str] = _read()          # "the pair agreed ...": the two just named
    caution_preps: frozenset[str] = _read()             # "warned against escalation": a caution, no threat
    warned_fates: frozenset[str] = _read()              # "warned that X would be next": X is warned of
    fate_objects: frozenset[str] = _read()              # "... that X would receive its punishment": X is warned of
    fate_causatives: frozenset[str] = _read()           # "... that they would make X pay": X is warned of
    signing_verbs: frozenset[str] = _read()             # "A and B signed a treaty": their pact (AGREE)
    pact_nouns: frozenset[str] = _read()
    signing_nouns: frozenset[str] = _read()             # "the signing of a treaty between A and B": A AGREE B
    paired_types: frozenset[str] = _read(kind=_TYPES)   # "the A-B talks": A CONSULT B
    pact_partner_preps: frozenset[str] = _read()        # "signed a memorandum on security with X": X, the other side
    pact_making_verbs: frozenset[str] = _read()         # "the accord, which it negotiated with X": X
    pact_ending_verbs: frozenset[str] = _read()         # "ended its pact with X": a sanction on X
    left_joint_nouns: frozenset[str] = _read()          # "pulled out of the deal with X": X, the one left
    emulating_verbs: frozenset[str] = _read()           # "Y followed (suit)", "Y did so": Y repeats the act just told
    emulating_words: frozenset[str] = _read()           # "suit", "so", "the same": the words that make "do" such a verb
    prior_talk_marks: frozenset[str] = _read()          # "X said after talks with Y": X met Y
    visit_marks: frozenset[str] = _read()               # "X spoke during his visit to Y": X visited Y
    unmade_visit_words: frozenset[str] = _read()        # "during a planned visit": no visit made
    happening_phrases: frozenset[str] = _read()         # "the visit never took place": it did not come about
    repeat_marks: frozenset[str] = _read()              # "..., as did Y": the mark of a clause that repeats the act
    repeat_auxiliaries: frozenset[str] = _read()        # ... and its auxiliaries ("as did Y", "as have Y")
    traded: frozenset[str] = _read()                    # "exchanged fire with X": aimed both ways
    complement_carries: frozenset[str] = _read()        # "helped negotiate the deal": the act is the complement's
    labelling: frozenset[str] = _read()                 # "called X traitors", "qualified X as illegal"
    pejoratives: frozenset[str] = _read()               # labels that make an accusation (or a rejection)
    armed_label_modifiers: frozenset[str] = _read()     # "would not negotiate with outlaw groups": armed men
    wrong_labels: frozenset[str] = _read()              # "called the deal a surrender": a charge, never a rejection
    commendations: frozenset[str] = _read()             # quoted labels that praise ("a historic step")
    description_labels: frozenset[str] = _read()        # quoted labels that only describe ('a "candidate"')
    branding_verbs: frozenset[str] = _read()            # "branded X '...'": a verdict whatever the label says
    scare_quoting: frozenset[str] = _read()             # verbs whose quoted label is a verdict ("called X 'a thief'")
    proposal_nouns: frozenset[str] = _read()            # "called the demand unacceptable": a rejection
    owned_acts: frozenset[str] = _read()                # "X's request for aid": X asked, told by the noun
    mention_determiners: frozenset[str] = _read()       # "any request from X": only mentioned
    response_nouns: frozenset[str] = _read()            # "Y ended it in response to X's appeal": Y was asked
    answering_verbs: frozenset[str] = _read()           # "Y rejected X's demand": Y was asked
    owned_nouns: dict[str, str] = _parsed("owned_nouns")  # "pressure from X": X's request
    negating_preps: frozenset[str] = _read()            # "met without agreeing": the act did not happen
    result_participles: frozenset[str] = _read()        # "..., leaving X short of a majority": a result
    mutual_nouns: frozenset[str] = _read()              # "A and B announced a truce": A and B are its sides
    partnered_nouns: frozenset[str] = _read()           # "ruled out any deal with X": X is the other side
    nominal_participles: frozenset[str] = _read()       # "the accused met X": a participle used as a person noun
    partnered_verbs: frozenset[str] = _read()           # "refused to serve under X": X is the other side
    partnered_preps: frozenset[str] = _read()           # (the prepositions that name that side)
    complement_pledges: frozenset[str] = _read()        # pledges whose complement may name the party
    complement_party_preps: frozenset[str] = _read()    # (the prepositions that name it there)
    complement_denied_preps: frozenset[str] = _read()   # (those that name it in a pledge only when denied)
    audience_verbs: frozenset[str] = _read()            # "asked to see X": X is the one asked
    permitting_verbs: frozenset[str] = _read()          # "refused to let X planes land": X is the one refused
    order_openers: frozenset[str] = _read()             # "And stop ...": words before an order's bare verb
    motion_marks: frozenset[str] = _read()              # "That this House condemns ...": a motion's opening
    motion_determiners: frozenset[str] = _read()        # ... mark and the determiner before the assembly
    replies: frozenset[str] = _read()                   # "X demanded ... Y refused.": Y answers X
    proposing: frozenset[str] = _read()                 # "X offered to ...; Y accepted": X's offer is answered
    natural_death: frozenset[str] = _read()             # "died at the age of 71": no act
    performed_by: frozenset[str] = _read()              # "talks hosted by X": X takes part (with `light`)
    judged_acts: dict[str, frozenset[str]] = _parsed("judged_acts")  # "Z criticised the pact": noun -> types
    answered_acts: dict[str, frozenset[str]] = _parsed("answered_acts")  # "Y rejected the demand": noun -> types
    authoring_verbs: frozenset[str] = _read()           # "X put forward a plan": X made the plan
    act_noun_verbs: dict[str, str] = _parsed("act_noun_verbs")  # "X proposed talks ... the proposal": noun -> verb
    enacted_nouns: frozenset[str] = _read()             # "Z condemned the law": its maker is the target
    enacting_verbs: frozenset[str] = _read()            # "X approved a law": X made the law
    vote_nouns: frozenset[str] = _read()                # "Z criticised the vote": any measure X approved
    ruling_nouns: frozenset[str] = _read()              # "Z welcomed the ruling": whoever ruled, decided
    ruling_verbs: frozenset[str] = _read()              # "the court ruled that ...": the court made the ruling
    # named word classes an entry's argument slot may name as "@class" ("give|sell @aid_arms >to"): one list of the
    # goods that any verb of handing over makes help, kept in one place instead of one copy per verb
    word_classes: dict[str, list[str]] = _parsed("word_classes")
    made_by_verbs: dict[str, frozenset[str]] = _parsed("made_by_verbs")  # "X found ... the findings": noun -> verbs
    visiting: frozenset[str] = _read()                  # "called on X" (no demand): a visit to X
    asked_by_phrase: frozenset[str] = _read()           # "called for talks" asks; "called the raids murder" does not
    condition_marks: frozenset[str] = _read()           # "until they receive guarantees" (present): not yet
    conditional_clause_marks: frozenset[str] = _read()  # "threatened X if Y does Z", "would send observers if"
    concessive_adverbs: frozenset[str] = _read()        # "even if": no condition
    reactions: frozenset[str] = _read()                 # "welcomed the deployment of X troops": the act happened
    mediating: frozenset[str] = _read()                 # "a truce brokered by X": X mediates (CONSULT), no truce of X's
    hosting: frozenset[str] = _read()                   # "talks hosted by X": X consults the sides
    captive_nouns: frozenset[str] = _read()             # "demanded her release": her captor is asked
    captures: frozenset[str] = _read()                  # "seized", "kidnapping": a capture whose release is asked
    state_custody: frozenset[str] = _read()             # "X was arrested": the article's state's act
    custody_nouns: frozenset[str] = _read()             # "since his arrest", "in prison": the law holds him
    custody_armed_cues: frozenset[str] = _read()        # "mutineers ... X was detained": not surely the state's
    custody_armed_subkinds: frozenset[str] = _read()    # "the X Liberation Army ... X was detained": the same
    mediator_nouns: frozenset[str] = _read()            # "met with X as mediator": X mediates
    mediation_nouns: frozenset[str] = _read()           # "talks under the mediation of X": X mediates
    prior_mediation_marks: frozenset[str] = _read()  # "released after mediation by X": X mediated first
    joint_marks: frozenset[str] = _read()      # "jointly with X", "together with X": X acts too, no target
    all_addressees: frozenset[str] = _read()   # "both accepted the invitation": each one invited answers
    word_named_answers: frozenset[str] = _read()  # "Y rejected the protest": only an act told by that word
    victim_verbs: frozenset[str] = _read()              # "X died in a strike by Y": Y -> X; "X died at 71": none
    conditional_adverbs: frozenset[str] = _read()       # "would only join a government that ...": a condition
    seat_nouns: frozenset[str] = _read()                # "the foreign ministry in X": X's
    statement_nouns: frozenset[str] = _read()           # "a statement posted on X's page accused Y": X
    remark_nouns: frozenset[str] = _read()              # "Y dismissed the remarks as ...": the last speaker's
    stand_ins: frozenset[str] = _read()                 # "the representative of X ... He demanded": X
    represented_nouns: frozenset[str] = _read()         # "... said his country condemned": the represented X
    blame_predicates: frozenset[str] = _read()          # "said Y was responsible for the attack": Y blamed
    further_charge_adverbs: frozenset[str] = _read()    # "condemned ... and also accused X": another charge
    matter_preps: frozenset[str] = _read()              # "the findings on the raid": what, not whose
    object_hung_preps: frozenset[str] = _read()         # "chased the militants from the town": the verb's "from"
    blame_objects: frozenset[str] = _read()             # "responsible for the deaths": a blame
    pointing_verbs: frozenset[str] = _read()            # "said the evidence pointed at Y": a blame
    evidence_nouns: frozenset[str] = _read()            # ... the evidence that points
    past_background: frozenset[str] = _read()           # "after the arrest of X by Y": an act that happened
    charged_when_reported: frozenset[str] = _read(kind=_TYPES)  # "X said Y had shelled Z": X accuses Y
    offers: frozenset[str] = _read()                    # "A and B offered help": each to a third party
    home_offer_verbs: frozenset[str] = _read()          # "X has offered loans" (X foreign): to the home state
    home_offer_givers: frozenset[str] = _read()         # the kinds or subkinds of actor whose offer that is
    home_halt_verbs: frozenset[str] = _read()           # "X suspended aid" (X foreign): aid to the home state
    measure_preps: frozenset[str] = _read()             # "placed under US sanctions": the measure's owner acts
    home_halt_preps: frozenset[str] = _read()           # "suspended aid to X": X named, not the home state
    home_recall_verbs: frozenset[str] = _read()         # "Kenya recalled its ambassador" (no state named) ...
    home_recall_nouns: frozenset[str] = _read()         # ... its envoy to the home state: a sanction on it
    home_visit_verbs: frozenset[str] = _read()          # "visited Velgrad" (a place of the home state's): a visit to it
    home_visit_preps: frozenset[str] = _read()          # "flew to Velgrad", "arrived in Velgrad": the place named
    home_seat_nouns: frozenset[str] = _read()           # "visited the capital": the home state's seat
    home_attend_verbs: frozenset[str] = _read()         # "attended the inauguration" ...
    home_occasion_nouns: frozenset[str] = _read()       # ... (an occasion of the home state's): a visit to it
    home_lesser_place_nouns: frozenset[str] = _read()   # "the town of X": a lesser place, not the state's seat
    aid_beneficiaries: frozenset[str] = _read()         # "sent tents to flood victims in X": help to X's people
    aid_beneficiary_preps: frozenset[str] = _read()     # ... the prepositions naming those helped
    aid_outsiders: frozenset[str] = _read()             # "food to refugees": people who need not be the home state's
    aid_defence_adverbs: frozenset[str] = _read()       # "only sent help for civilians": a defence, not the help
    home_aid_verbs: frozenset[str] = _read()            # "X funded two clinics" (X foreign, no one named): to the home state
    home_aid_outsiders: frozenset[str] = _read()        # "funded militias": those helped are no home state
    home_envoy_verbs: frozenset[str] = _read()          # "sent a mediation team" (no place named): to the home state
    home_halt_nouns: frozenset[str] = _read()           # the help so halted (aid, lending, budget support)
    third_party_offers: frozenset[str] = _read()        # "offered to mediate": made to the sides, not the home state
    authored_nouns: frozenset[str] = _read()            # "a report by X": X is the author of the document
    proceedings_nouns: frozenset[str] = _read()         # "Minutes of the meeting, X Union": X's own proceedings
    assembly_nouns: frozenset[str] = _read()            # "the committee condemned ...": the proceedings' body
    sending_verbs: frozenset[str] = _read()             # "Letter dated ... from X": the title's sender, its author
    behest_nouns: frozenset[str] = _read()              # "at the request of X": X asked, X is not acted upon
    people_heads: frozenset[str] = _read()              # "released six aid workers": people, not aid
    asking_behest_nouns: frozenset[str] = _read()       # "sent troops at the request of X": X asked the sender
    removal: frozenset[str] = _read()                   # "dismissed the minister": a sanction on a person
    from_source: frozenset[str] = _read()               # "was expelled from X", "armed from X": X acts
    repeat_adverbs: frozenset[str] = _read()            # "would never again take up arms": not done
    cessation_adverbs: frozenset[str] = _read()         # "no longer supports X": the act does not happen
    anonymity_verbs: frozenset[str] = _read()           # "asked not to be named": a source's condition, no act
    question_preps: frozenset[str] = _read()            # "asked about the talks": a question, no demand
    shortening: frozenset[str] = _read()                # "cut short a visit": the visit happened
    concessive_preps: frozenset[str] = _read()          # "refused despite an appeal from X": X asked
    utterances: frozenset[str] = _read()                # acts done by saying: "denied ... and accused X"
    affiliation: frozenset[str] = _read()               # "militias linked to X": X's
    means_verbs: frozenset[str] = _read()               # "fired tear gas to disperse X": the purpose done
    means_types: frozenset[str] = _read()
    charge_nouns: frozenset[str] = _read()              # "..., a charge Y denied": an answer to the clause before
    told_nouns: frozenset[str] = _read()                # "...; Z called the report a lie": the clause before labelled
    pending_adverbs: frozenset[str] = _read()           # "has yet to respond": not done so far
    figurative_objects: frozenset[str] = _read()        # "struck a conciliatory tone": no act of the weak verb
    retort_verbs: frozenset[str] = _read()              # "fired back, saying ...": a verbal retort, no blow
    facing_verbs: frozenset[str] = _read()              # "summoned Y's envoy and demanded ...": Y asked
    people_aid_verbs: frozenset[str] = _read()          # "trained 200 of X's officers": people taught, not sent
    envoy_bodies: frozenset[str] = _read()              # "sent a mission to X": people sent, no aid
    topic_verbs: frozenset[str] = _read()               # "discussed the summit of X": X talked of, not with
    private_errands: frozenset[str] = _read()           # "travelled to X for medical treatment": no visit
    elaborated_recipient_preps: frozenset[str] = _read()  # "stood behind Y, supplying rifles": Y receives them
    published_nouns: frozenset[str] = _read()           # "released a video": a publication, no captive freed
    disclosure_verbs: frozenset[str] = _read()          # "declined to give a figure": information kept back
    bounty_nouns: frozenset[str] = _read()              # "offered a reward for information on X": no promise
    quarrel_verbs: frozenset[str] = _read()             # "clashed over the budget": a dispute, no blow
    plea_verbs: frozenset[str] = _read()                # "pleaded guilty": a plea in court, no request
    court_appeal_verbs: frozenset[str] = _read()        # "said he would appeal": an appeal in court, no request
    court_rulings: frozenset[str] = _read()             # "will appeal the verdict": what is appealed in court
    plea_words: frozenset[str] = _read()                # ... "guilty", "innocent"
    leave_asking_verbs: frozenset[str] = _read()        # "asked to attend": leave sought, no one asked
    clapping_verbs: frozenset[str] = _read()            # "applauded on cue": hands clapped, no stance
    no_one_objects: frozenset[str] = _read()            # "applauded nobody": no one acted on
    attribution_preps: frozenset[str] = _read()         # "according to residents": a source, no argument
    defeat_verbs: frozenset[str] = _read()              # "routed", "pushed out": ASSAULT unless a political contest
    political_contest_words: frozenset[str] = _read()   # "in Sunday's vote", "out of the government": that contest
    contest_dating_preps: frozenset[str] = _read()      # "before the run-off": a date, no contest
    conveying_verbs: frozenset[str] = _read()           # "drove the soldiers from X to Y": a ride, no attack
    destination_preps: frozenset[str] = _read()         # ... the "to" of where they were taken
    police_raids: frozenset[str] = _read()              # "police raided a militant hideout": an arrest raid ...
    law_enforcers: frozenset[str] = _read()             # ... by these
    population_nouns: frozenset[str] = _read()          # "apologised to the Peruvian people": a population, no actor
    population_acts: frozenset[str] = _read()           # the acts that population_nouns stop (requests, support ...)
    own_body_acts: frozenset[str] = _read()             # acts a person may aim at the body they lead or belong to
    stance_narrated: frozenset[str] = _read()           # "X supports the government" (the writer's): a stance
    quarrel_preps: frozenset[str] = _read()             # "over", "about": what a quarrel_verbs clash is over
    advocacy: frozenset[str] = _read()                  # "campaigned on disarming X": wanted, not done
    avoidance: frozenset[str] = _read()                 # "refrained from attacking X": not done
    avoided: frozenset[str] = _read()                   # "avoided attacking X": not done
    dealings: frozenset[str] = _read()                  # "banned banks from dealing with X": a sanction on X
    question_nouns: frozenset[str] = _read()            # "the question is what X will ask": not told
    pending_time_marks: frozenset[str] = _read()        # "will raise it when she meets X": the meeting is to come
    falsity: frozenset[str] = _read()                   # "it is false that X attacked Y": told as not done
    future_frames: frozenset[str] = _read()             # "is going to attack X", "is set to sign": to come
    attempt_frames: frozenset[str] = _read()            # "will try to impeach X": the attempt's modal
    bare_offers: frozenset[str] = _read()               # "offered to send troops": an offer (AGREE), none sent
    conditioned_pledges: frozenset[str] = _read()       # "promised to sign X if she wins": an offer on terms
    need_frames: frozenset[str] = _read()               # "is needed to impeach X": no act
    conditional_subjects: frozenset[str] = _read()      # "whoever attacks us will pay": a condition
    conditional_determiners: frozenset[str] = _read()   # "would back any coalition that keeps X": a condition
    private_persons: frozenset[str] = _read()           # "Russian businessmen": not Russia
    kin_nouns: frozenset[str] = _read()                 # "a cousin of X": not X
    follower_nouns: frozenset[str] = _read()             # "X's supporters stormed Y": not X
    crowd_acts: frozenset[str] = _read()                 # the acts in which followers stand for their movement
    crowd_nouns: frozenset[str] = _read()                # "hundreds of X's supporters", "crowds of ..."
    lasting_holds: frozenset[str] = _read()              # "while X occupies Y": a hold, no act
    lasting_marks: frozenset[str] = _read()              # "while", "as long as": the clause tells a lasting state
    designation_causes: frozenset[str] = _read()         # "designated X for abuses": the misconduct a sanction names
    designation_cause_types: frozenset[str] = _read(kind=_TYPES)  # "designated X for attacks on Y": an act noun of these
    contrast_conjunctions: frozenset[str] = _read()      # "did not attack X but shelled Y": the second verb not denied
    near_miss: frozenset[str] = _read()                 # "nearly attacked X": not done
    failure: frozenset[str] = _read()                   # "failed to agree": the complement act did not happen
    negative_subjects: frozenset[str] = _read()         # "nobody has a veto", "no party signed": no one did it
    quiz_labels: frozenset[str] = _read()               # "TRUE OR FALSE: X signed Y": asked, not told
    refuting_verbs: frozenset[str] = _read()            # "no meeting took place": the act reported never was
    negative_openers: frozenset[str] = _read()          # "Nor did X attack Y", "At no time did X ...": denied
    additive_after_not: frozenset[str] = _read()        # "not only A but B": A is not denied
    unarmed_personnel: frozenset[str] = _read()         # "deployed 300 observers": no force moved
    commands: frozenset[str] = _read()                  # "ordered the deployment of troops": the orderer deploys
    strikes: frozenset[str] = _read()                   # "a missile fired by X", "a leader detained by X": a blow
    patronage: frozenset[str] = _read()                 # "X, who are backed by Y": patronage described, no act
    stance_participles: frozenset[str] = _read()        # "X is opposed to Y": a standing position, no act
    holding_verbs: frozenset[str] = _read()             # "attacked a checkpoint held by X": X is attacked
    definite_marks: frozenset[str] = _read()            # "condemned the attack", "Sunday's attack": one told before
    authored_act_nouns: frozenset[str] = _read()        # "X offered talks. Y rejected the offer": X's, just told
    reply_preps: frozenset[str] = _read()               # "refused to X", "agreed with X": a reply with its matter
    question_words: frozenset[str] = _read()            # "asked whether X would ...": an open question
    ordinals: frozenset[str] = _read()                  # "the first leader to visit X": the one described acted
    deadline_verbs: frozenset[str] = _read()            # "gave X 48 hours to withdraw": an ultimatum to X
    deadline_nouns: frozenset[str] = _read()
    produce_verbs: frozenset[str] = _read()             # "talks yielded results": to produce, not to give way
    neighbouring_words: frozenset[str] = _read()        # "accused neighbouring X of ...": misread as a participle
    frontier_nouns: frozenset[str] = _read()            # "massed troops along the Velnian frontier": Velnia's
    frontier_types: frozenset[str] = _read(kind=_TYPES)
    object_taking: frozenset[str] = _read()             # "was detained and released": bare, it shares the voice
    bare_passives: frozenset[str] = _read()             # "Commander X killed in a strike": a headline's passive
    operating_verbs: frozenset[str] = _read()           # "drones flown by X struck ...": X acts through them
    fraud_verbs: frozenset[str] = _read()               # "X said the vote was rigged": X's charge
    fraud_objects: frozenset[str] = _read()
    fraud_count_objects: frozenset[str] = _read()       # "said the results were falsified": a vote's count
    charge_participles: frozenset[str] = _read()        # "rejected the results and alleged fraud": misread
    charge_participle_objects: frozenset[str] = _read()
    judicial_verbs: frozenset[str] = _read()            # "X was sentenced": a court's act, no sanctioning state's
    particle_heads: frozenset[str] = _read()            # "pulled out of X", "handed it back to Y": "of", "to" hung on them
    path: str = ""
    keys: frozenset[str] = frozenset()                  # every verb-like lemma the lexicon knows
    _resolved: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)

    @functools.cached_property
    def act_nouns(self) -> frozenset[str]:
        """The nouns of acts a label may be put on (``_act_under_label``): the event nouns, judged_acts,
        made_by_verbs, enacted_nouns, ruling_nouns and proposal_nouns, joined once per lexicon."""
        return frozenset(self.nouns) | frozenset(self.judged_acts) | frozenset(self.made_by_verbs) \
            | self.enacted_nouns | self.ruling_nouns | self.proposal_nouns

    @functools.cached_property
    def measure_nouns(self) -> frozenset[str]:
        """The nouns of measures a judgement may be aimed at through their maker (``_judged_measures``):
        enacted_nouns, ruling_nouns and made_by_verbs, joined once per lexicon."""
        return self.enacted_nouns | self.ruling_nouns | frozenset(self.made_by_verbs)

    def verb_key(self, tok: Token) -> str:
        """The token's lemma, repaired from its surface form when the lemmatizer missed
        ("staged" -> "stag" is looked up as "stage")."""
        lemma = tok.lemma_.lower()
        if lemma in self.keys or tok.pos_ not in ("VERB", "AUX", "ADJ"):
            return lemma
        k = (lemma, tok.lower_)
        got = self._resolved.get(k)
        if got is None:
            got = lemma
            low = tok.lower_
            for suffix in ("ing", "ed", "es", "s", "d"):
                if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                    stem = low[:-len(suffix)]
                    forms = [stem, stem + "e"]
                    if len(stem) > 3 and stem[-1] == stem[-2]:
                        forms.append(stem[:-1])
                    hit = next((f for f in forms if f in self.keys), None)
                    if hit:
                        got = hit
                        break
            if got == lemma:
                got = self._prefixed_irregular(low) or lemma
            self._resolved[k] = got
        return got

    def _prefixed_irregular(self, low: str) -> str | None:
        """A prefixed irregular form the lemmatizer leaves as it is, read as the prefixed base: "retook" ->
        "retake", "retaken" -> "retake" (the base's own form is in the lemmatizer's table: "took" -> "take")."""
        from kingmaker.nlp.actors import VERB_FORMS

        for prefix in _VERB_PREFIXES:
            rest = low[len(prefix):]
            if low.startswith(prefix) and len(rest) >= 3 and rest in VERB_FORMS \
                    and prefix + VERB_FORMS[rest] in self.keys:
                return prefix + VERB_FORMS[rest]
        return None

    def plan_type(self, act: str) -> str:
        """The type of a planned or promised act: AGREE for cooperation, THREATEN for hostility."""
        if act in self.kept_when_planned:
            return act
        if act in self.cooperative:
            return "AGREE"
        if act in self.hostile:
            return "THREATEN"
        return act


@dataclass
class EventHit:
    type: str                 # PLOVER type
    source: Span | None       # actor mention span (from mention_of) or None
    target: Span | None
    negated: bool
    sentence: Span            # evidence sentence
    trigger: Token
    confidence: float         # 0..1; ranks the events of a sentence
    date_text: str | None     # a DATE entity in the trigger's own clause ("Jan. 29", "Sunday", "in 2003")
    present: bool = False     # the clause is about the present (present or present perfect tense)

    def __repr__(self) -> str:
        s = self.source.text if self.source is not None else None
        t = self.target.text if self.target is not None else None
        neg = " negated" if self.negated else ""
        return f"EventHit({self.type} {s!r} -> {t!r} [{self.trigger.text}]{neg} {self.confidence:.2f})"


# --------------------------------------------------------------------------------------------
# loading and validation


def _line_of(text: str, needle: str) -> int | None:
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):  # the list item itself
        if line.strip().lstrip("-").strip().strip("'\"") == needle:
            return i
    pattern = re.compile(r"(?<![\w|])" + re.escape(needle) + r"(?![\w|])")
    for i, line in enumerate(lines, 1):
        if pattern.search(line):
            return i
    return None


def _parse_entry(raw: Any, typ: str, weak: bool, fail: Callable[[str, str], None],
                 classes: dict[str, list[str]] | None = None) -> list[tuple[str, LexEntry]]:
    if not isinstance(raw, str) or not raw.strip():
        fail(f"types.{typ}: entry {raw!r} must be a non-empty string", str(raw))
    words, tprep, sprep = [], None, None
    for part in raw.split():
        if "@" in part and part[0] not in "<>":  # a word class of `word_classes` in an argument slot
            def expand(alt: str) -> str:
                if not alt.startswith("@"):
                    return alt
                if alt[1:] not in (classes or {}):
                    fail(f"types.{typ}: entry {raw!r}: unknown word class {alt!r} (one of word_classes)", raw)
                return "|".join((classes or {})[alt[1:]])
            part = "|".join(expand(a) for a in part.split("|"))
        if part[0] in "<>":
            if not _ROLE.match(part):
                fail(f"types.{typ}: entry {raw!r}: bad role marker {part!r} (use '>prep' or '<prep')", raw)
            preps = frozenset(part[1:].split("|"))
            if part[0] == ">":
                tprep = preps
            else:
                sprep = preps
        elif not _WORD.match(part):
            fail(f"types.{typ}: entry {raw!r}: {part!r} is not a lower-case lemma (alternatives with '|')", raw)
        else:
            words.append(part.split("|"))
    if not words:
        fail(f"types.{typ}: entry {raw!r} has no trigger word", raw)
    slots = tuple(frozenset(w) for w in words[1:])
    return [(lemma, LexEntry(typ, slots, weak, tprep, sprep, raw)) for lemma in words[0]]


def load_event_lexicon(path: str | Path | None = None) -> EventLexicon:
    """Load and validate the PLOVER lexicon (default: ``knowledge/data/plover.yaml``).

    A malformed file or entry raises :class:`~kingmaker.errors.KnowledgeError` naming the file,
    the entry and (when it can be found) the line.
    """
    path = Path(path) if path is not None else DEFAULT_LEXICON
    return _load(str(path))


@lexicon_cache(maxsize=8)
def _load(path_s: str) -> EventLexicon:
    import yaml

    from kingmaker.knowledge.lexicons import SAFE_LOADER

    path = Path(path_s)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise KnowledgeError(path_s, f"cannot read: {err.strerror or err}") from None
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise KnowledgeError.invalid_yaml(path_s, err) from None

    if path_s == str(DEFAULT_LEXICON) and isinstance(data, dict):
        from kingmaker.knowledge.lexicons import load_data, overlays

        if overlays("plover"):  # user lexicons add triggers: an error may be in theirs
            data = load_data("plover", data)
            path_s = f"{path_s} + {', '.join(p for p, _ in overlays('plover'))}"
            text = ""  # lines of the merged data are in no one file

    def fail(reason: str, needle: str | None = None) -> None:
        raise KnowledgeError(path_s, reason, line=_line_of(text, needle) if needle else None)

    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        fail("expected a mapping with a 'types' mapping (PLOVER type -> verbs, nouns, ...)")
    table = [(f.name, f.metadata["yaml"] or f.name, f.metadata["kind"])
             for f in dataclasses.fields(EventLexicon) if "kind" in f.metadata]
    unknown = set(data) - {key.split(".")[0] for _, key, _ in table} - _UNREAD_KEYS
    if unknown:
        fail(f"unknown key(s) {sorted(map(str, unknown))} (the keys are those of the fields of EventLexicon read "
             f"with _read or _parsed)", f"{sorted(map(str, unknown))[0]}:")
    sections: dict[str, set[str]] = {}
    for _, key, _ in table:
        if "." in key:
            sections.setdefault(key.split(".")[0], set()).add(key.split(".", 1)[1])
    for sec, subs in sections.items():
        if not isinstance(data.get(sec) or {}, dict):
            fail(f"'{sec}' must be a mapping with {', '.join(repr(k) for k in sorted(subs))}", f"{sec}:")
        unknown = set(data.get(sec) or {}) - subs
        if unknown:
            fail(f"{sec}: unknown key(s) {sorted(map(str, unknown))} (allowed: {sorted(subs)})",
                 f"{sorted(map(str, unknown))[0]}:")

    def words_list(value: Any, where: str) -> list[str]:
        if not isinstance(value, list):
            fail(f"{where} must be a list of strings", where.split(".")[-1] + ":")
        for v in value:
            if not isinstance(v, str) or not v.strip():
                hint = " (YAML reads bare on/off/yes/no as booleans: quote them)" if isinstance(v, bool) else ""
                fail(f"{where}: entry {v!r} must be a non-empty string{hint}", where.split(".")[-1] + ":")
        return [v.strip() for v in value]

    def type_name(value: Any, where: str) -> str:
        if value not in EVENT_TYPES:
            fail(f"{where}: {value!r} is not a PLOVER type (one of {', '.join(EVENT_TYPES)})", str(value))
        return value

    lex = EventLexicon(path=path_s)
    word_classes = data.get("word_classes") or {}
    if not isinstance(word_classes, dict):
        fail("'word_classes' must be a mapping of class name -> lemmas", "word_classes:")
    classes = {str(k): words_list(v, f"word_classes.{k}") for k, v in word_classes.items()}
    lex.word_classes = classes
    seen: dict[tuple[str, tuple], str] = {}
    for typ, spec in data["types"].items():
        type_name(typ, "types")
        if not isinstance(spec, dict):
            fail(f"types.{typ} must be a mapping", f"{typ}:")
        unknown = set(spec) - _TYPE_KEYS
        if unknown:
            fail(f"types.{typ}: unknown key(s) {sorted(unknown)} (allowed: {sorted(_TYPE_KEYS)})", sorted(unknown)[0])
        lex.target_preps[typ] = frozenset(words_list(spec.get("target_preps", []), f"types.{typ}.target_preps"))
        for key, weak in (("verbs", False), ("weak", True)):
            for raw in words_list(spec.get(key, []), f"types.{typ}.{key}"):
                for lemma, entry in _parse_entry(raw, typ, weak, fail, classes):
                    k = (lemma, entry.words)
                    if k in seen:
                        fail(f"types.{typ}: entry {raw!r} duplicates {seen[k]!r}", raw)
                    seen[k] = f"{typ}: {entry.text}"
                    lex.verbs.setdefault(lemma, []).append(entry)
        for key in ("nouns", "object_nouns"):
            for raw in words_list(spec.get(key, []), f"types.{typ}.{key}"):
                parts = raw.split()
                if len(parts) > 2 or not all(_WORD.match(p) and "|" not in p for p in parts):
                    fail(f"types.{typ}.{key}: {raw!r} must be a noun lemma or 'modifier noun'", raw)
                if len(parts) == 2:
                    target = lex.compound_nouns
                    k2: Any = (parts[0], parts[1])
                else:
                    target = lex.object_nouns
                    k2 = parts[0]
                if k2 in target and target[k2] != typ:
                    fail(f"types.{typ}.{key}: noun {raw!r} is already listed under {target[k2]}", raw)
                target[k2] = typ
                if key == "nouns" and len(parts) == 1:
                    lex.nouns[parts[0]] = typ
                elif key == "nouns":
                    lex.noun_compounds |= {(parts[0], parts[1])}
    for entries in lex.verbs.values():
        # most specific first: more argument words, then firm before weak
        entries.sort(key=lambda e: (-len(e.words), e.weak))

    frames = data.get("frames") or {}
    if not isinstance(frames, dict):
        fail("'frames' must be a mapping", "frames:")
    for name, lemmas in frames.items():
        if name not in FRAMES:
            fail(f"frames: unknown frame {name!r} (one of {', '.join(FRAMES)})", f"{name}:")
        for lemma in words_list(lemmas, f"frames.{name}"):
            if name == "light":
                continue
            if lemma in lex.frames and lex.frames[lemma] != name:
                fail(f"frames.{name}: {lemma!r} is already in frame {lex.frames[lemma]!r}", lemma)
            lex.frames[lemma] = name
    lex.light = frozenset(words_list(frames.get("light", []), "frames.light"))

    halt = data.get("halt_map") or {}
    if not isinstance(halt, dict):
        fail("'halt_map' must be a mapping of PLOVER type -> PLOVER type", "halt_map:")
    lex.halt_map = {type_name(k, "halt_map"): type_name(v, f"halt_map.{k}") for k, v in halt.items()}
    def types_by_noun(key: str) -> dict[str, frozenset[str]]:
        """A mapping of PLOVER type -> nouns (judged_acts, answered_acts) read as each noun's types."""
        mapping = data.get(key) or {}
        if not isinstance(mapping, dict):
            fail(f"'{key}' must be a mapping of PLOVER type -> nouns", f"{key}:")
        acts: dict[str, set[str]] = {}
        for k, nouns in mapping.items():
            typ = type_name(k, key)
            for n in words_list(nouns, f"{key}.{k}"):
                acts.setdefault(n, set()).add(typ)
        return {n: frozenset(t) for n, t in acts.items()}

    lex.judged_acts = types_by_noun("judged_acts")
    lex.answered_acts = types_by_noun("answered_acts")
    made = data.get("made_by_verbs") or {}
    if not isinstance(made, dict):
        fail("'made_by_verbs' must be a mapping of noun -> verbs", "made_by_verbs:")
    lex.made_by_verbs = {str(n): frozenset(words_list(v, f"made_by_verbs.{n}")) for n, v in made.items()}
    prep = data.get("preparation") or {}
    if not isinstance(prep.get("map", {}), dict):
        fail("'preparation.map' must be a mapping of PLOVER type -> PLOVER type", "preparation:")
    owned = data.get("owned_nouns", {}) or {}
    if not isinstance(owned, dict):
        fail("'owned_nouns' must be a mapping of PLOVER type -> nouns", "owned_nouns:")
    lex.owned_nouns = {n: str(k) for k, nouns in owned.items() for n in words_list(nouns, f"owned_nouns.{k}")}
    verbs_of = data.get("act_noun_verbs", {}) or {}
    if not isinstance(verbs_of, dict):
        fail("'act_noun_verbs' must be a mapping of noun -> verb", "act_noun_verbs:")
    lex.act_noun_verbs = {str(n).lower(): str(v).lower() for n, v in verbs_of.items()}
    lex.preparation_map = {type_name(k, "preparation.map"): type_name(v, f"preparation.map.{k}")
                           for k, v in (prep.get("map") or {}).items()}
    for name, key, kind in table:  # every word or type list: the same reading
        if kind == _PARSED:
            continue
        sec, _, sub = key.rpartition(".")
        words = words_list((data.get(sec) or {}).get(sub, []) if sec else data.get(key, []), key)
        setattr(lex, name, frozenset(type_name(t, key) for t in words) if kind == _TYPES else frozenset(words))
    lex.keys = frozenset(lex.verbs) | frozenset(lex.frames) | lex.light | lex.failure
    # the strikes take an object whenever they are active too: the list adds the verbs that are no blow
    lex.object_taking = lex.strikes | lex.object_taking
    # a third party's part between sides: the mediation, mediator and hosting words and the meeting nouns, with the
    # list's own additions (one source of truth for each)
    lex.third_party_offers = (lex.third_party_offers | lex.mediating | lex.mediation_nouns | lex.mediator_nouns
                              | lex.hosting | frozenset(n for n, t in lex.nouns.items() if t == "CONSULT"))
    return lex


# --------------------------------------------------------------------------------------------
# mentions


def ents_mention_of(doc: Doc, labels: frozenset[str] = ACTOR_LABELS) -> Callable[[Token], Span | None]:
    """A development ``mention_of``: the PERSON/ORG/GPE/NORP entity covering a token."""
    cover: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ in labels:
            for i in range(ent.start, ent.end):
                cover[i] = ent
    return lambda tok: cover.get(tok.i)


# --------------------------------------------------------------------------------------------
# extraction


class _Ctx:
    """Per-document state: the lexicon, the mention function and small caches."""

    __slots__ = ("act_cache", "author", "dates", "lex", "mention_of")

    def __init__(self, lex: EventLexicon, mention_of: Callable[[Token], Span | None]):
        self.lex = lex
        self.mention_of = mention_of
        self.dates: dict[int, Span] | None = None
        self.act_cache: dict[Any, Any] = {}
        self.author: Any = False  # the report's author, looked up on first use


def _lemma(tok: Token) -> str:
    if _gerund_noun(tok):
        return tok.lower_  # "Fighting between X and Y erupted": the noun "fighting", not the verb "fight"
    return tok.lemma_.lower()


def _gerund_noun(tok: Token) -> bool:
    """A gerund the tagger left a verb though it is used as a noun: the subject of a clause with no subject or
    object of its own ("Fighting between X and Y erupted", "Heavy shelling of the town continued"), or the subject
    of a clause opened by a subordinator the parser read as a preposition with the gerund its complement: "as
    fighting with X rages", "a year after fighting there left 200 dead" (the fighting is no act of the main
    clause's subject; not "after fighting the rebels for a week, the army withdrew", a participle with an object,
    nor one whose clause has a verb of its own after it with a subject)."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass", "mark") for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pcomp" and tok.head.lower_ in _CLAUSE_OPENERS and _subject_of_next_verb(tok)


# subordinators that open a clause of their own ("as fighting rages", "after fighting left 200 dead")
_CLAUSE_OPENERS = frozenset({"as", "after", "before", "since", "until", "amid", "amidst", "while", "when"})


def _subject_of_next_verb(tok: Token) -> bool:
    """The gerund after a subordinator is the subject of the clause's own verb: a finite verb right after the
    gerund's phrase with no subject of its own ("after fighting there left 200 dead"); after "as" or "amid" (which
    take no participle of the main clause's subject that has no object) it is always a noun, its verb misread as a
    noun or none ("as fighting with X rages along the border", "amid heavy fighting")."""
    if tok.head.lower_ in ("as", "amid", "amidst"):
        return True
    end = max(t.i for t in tok.subtree) + 1
    nxt = tok.doc[end] if end < len(tok.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)


def _vl(ctx: _Ctx, tok: Token) -> str:
    key = ctx.lex.verb_key(tok)
    if key in ctx.lex.telling and _told_to(tok):
        return _TOLD_AS
    return key


# prefixes of verbs whose irregular forms the lemmatizer lists only unprefixed ("retook": "took")
_VERB_PREFIXES = ("re", "over", "under", "out", "with", "up", "mis", "fore", "counter")


# "X told Y to leave" is read as "X asked Y to leave" (a request frame verb)
_TOLD_AS = "ask"


def _told_to(tok: Token) -> bool:
    """A telling verb with an addressee and an infinitive: "told X to free the prisoners", "X was told to leave":
    an order, not a report ("told X that ..." stays a report; a quoted infinitive, 'told X "not to test our
    patience"', is the speaker's words, a warning more than an order)."""
    doc = tok.doc
    labels, toks = token_deps(doc), read_tokens(doc)
    kids = [toks[j] for j in token_children(doc)[tok.i]]
    return any(labels[c.i] in ("dobj", "dative", "nsubjpass") for c in kids) and any(
        labels[c.i] in ("xcomp", "ccomp") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(t.text in _QUOTES for t in read_tokens(doc)[tok.i + 1:c.left_edge.i + 1]) for c in kids)


def _children(tok: Token, *deps: str) -> list[Token]:
    doc = tok.doc  # (the per-Doc tree and labels: a Token made only for each child asked for)
    labels = token_deps(doc)
    return [doc[j] for j in token_children(doc)[tok.i] if labels[j] in deps]


def _first(tok: Token, *deps: str) -> Token | None:
    doc = tok.doc
    labels = token_deps(doc)
    for j in token_children(doc)[tok.i]:
        if labels[j] in deps:
            return read_tokens(doc)[j]
    return None


def _reduced_adverbial(tok: Token) -> bool:
    """``tok`` is a bare past participle opening or closing the sentence as an adverbial: "Asked about the
    talks, X said ...", "Backed by Y, X attacked ...": passive, its patient the main clause's subject."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)


def _headline_passive(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is a bare participle right after its patient, as headlines and telegraphic lines write a passive
    ("Opposition leader X detained, crowds protest", "Commander Y killed in an air strike"): a verb that takes an
    object whenever it is active (``bare_passives``), here with none, no auxiliary, and nothing after it but a phrase
    of place, time or manner or the end of the clause."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ in ("conj", "relcl") or _lemma(tok) not in ctx.lex.bare_passives:
        return False
    subj = _first(tok, "nsubj")
    if subj is None or subj.right_edge.i != tok.i - 1 or subj.right_edge.pos_ != "PROPN":
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "conj", "attr", "oprd", "agent")
           for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_punct or nxt.dep_ == "prep" and nxt.head.i == tok.i and nxt.lower_ != "by"


def _adjectival_passive(tok: Token) -> bool:
    """``tok`` is a participle the tagger read as an adjective after "be", in a passive with an agent: "X is armed
    and trained by Y", "X, which is equipped and paid by Y" (the first participle of a coordinated passive is often
    tagged an adjective, a complement of the copula, and the "by" phrase hangs on the last participle). The agent
    must be there, on the participle or on a participle conjoined to it: "X is armed", "armed and dangerous" stay
    states, no act."""
    if tok.pos_ != "ADJ" or not tok.lower_.endswith("ed") or tok.dep_ not in ("acomp", "relcl", "ROOT", "ccomp"):
        return False
    if tok.dep_ == "acomp":
        if tok.head.lemma_.lower() != "be" or _first(tok.head, "nsubj") is None:
            return False
    elif _first(tok, "nsubjpass", "nsubj") is None or not any(
            c.dep_ in ("auxpass", "cop", "aux") and c.lemma_.lower() == "be" for c in tok.children):
        return False
    return _conjoined_agent(tok) is not None


def _conjoined_agent(tok: Token) -> Token | None:
    """The "by" phrase of ``tok`` or of the participles conjoined after it with no subject or auxiliary of their
    own ("armed, trained and funded by X": the agent of the last one is everyone's)."""
    seen = 0
    while tok is not None and seen < 8:
        agent = _first(tok, "agent")
        if agent is not None:
            return agent
        tok = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                    and _first(c, "nsubj", "nsubjpass", "aux", "auxpass") is None), None)
        seen += 1
    return None


def _first_conjunct(tok: Token) -> Token:
    """The first of the verbs ``tok`` is conjoined with that share its subject (itself when it is no conjunct):
    the climb stops at a conjunct with a subject or an auxiliary of its own ("X crushed the revolt, and Y was
    arrested and sentenced": "arrested", not "crushed")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i \
            and _first(tok, "nsubj", "nsubjpass", "aux", "auxpass", "csubj") is None:
        tok = tok.head
    return tok


def _patient_of_adjectival(tok: Token) -> Token | None:
    """The one acted upon in an adjectival passive (``_adjectival_passive``): the copula's subject ("X is armed
    and trained by Y": X) or the participle's own ("X, which is armed by Y": "which")."""
    if tok.dep_ == "acomp":
        return _first(tok.head, "nsubj", "nsubjpass")
    return _first(tok, "nsubjpass", "nsubj")


def _is_passive(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is a verb in the passive voice (an agentless or agent passive, a participle on a noun, a reduced
    adverbial, a bare verb conjoined to a passive one, an adjectival participle with an agent)."""
    if _adjectival_passive(tok):
        return True
    if tok.tag_ == "VBN" and tok.dep_ == "conj" and _adjectival_passive(_first_conjunct(tok)) \
            and _first(tok, "nsubj", "aux") is None:
        return True  # "is armed and trained by X": "trained" shares the voice of "armed"
    if _first(tok, "nsubjpass", "auxpass") is not None or (
            tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not _misread_predicate(tok)) or _reduced_adverbial(tok) \
            or _headline_passive(ctx, tok):
        return True
    # "was arrested and charged by X": a bare participle conjoined to a passive verb shares its voice; so does one
    # the tagger reads as a past tense ("was detained on Friday and released two days later") when the verb
    # takes an object whenever it is active and has none here but a date
    # ("was armed, trained and funded by X": the first of the conjuncts holds the voice)
    first = _first_conjunct(tok) if tok.tag_ == "VBN" else tok.head
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ == "conj" and first.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "nsubj") for c in tok.children) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in first.children) and (tok.tag_ == "VBN" or (
            tok.lemma_.lower() in ctx.lex.object_taking and not any(
                c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)))


def _request_after_charge(ctx: _Ctx, tok: Token) -> bool:
    """A demand hung on the gerund of a charge that is the accuser's own: "accusing X of shielding smugglers
    and urging Y to suspend the mission" (the one accused is not the one who calls on Y, an actor of its
    own with an act asked of it)."""
    if tok.dep_ != "conj" or tok.tag_ != "VBG" or ctx.lex.frames.get(_vl(ctx, tok)) != "request":
        return False
    charge = tok.head
    of = charge.head
    if charge.dep_ != "pcomp" or of.lower_ != "of" or ctx.lex.frames.get(_vl(ctx, of.head)) != "accuse":
        return False
    asked = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in _children(c, "pobj")]
    asked += _children(tok, "dobj")
    return any(_mention(ctx, p) is not None for p in asked) and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


def _lifted_conj(ctx: _Ctx, tok: Token) -> Token | None:
    """The verb that a conjunct misattached inside a reported clause belongs to (None when ``tok`` is no
    such conjunct): the conjunct, with no subject of its own, cannot share the reported verb's form, or the
    reported clause's subject could not speak, so it goes on the reporting verb's clause:

    - a speech act in the simple past after a pluperfect: "denied that his men had opened fire and accused
      X of ..." ("denied that its troops had entered X and attacked Y" denies both);
    - a past or perfect verb after a modal: "told parliament the army would finish the job and has ordered
      the call-up" ("would" cannot go with "has ordered");
    - a speech act after a reported clause whose subject is no actor: "said the operation was over and urged X
      to ...", or that only says what its subject is: "said X's soldiers were invaders and threatened to
      expel them" (the speaker labels them, then threatens); so after a denied clause in the denial's tense:
      "denies that the cartel exists and accuses X of ..." (no actor speaks in the denied clause; a report, "denies
      that its troops shelled X and says ...", is left inside the denial);
    - a speech act in the simple past after a participle on the reported object: "said the operation aimed
      to ... and called on X" (a finite verb is no second participle on "the operation");
    - a finite verb outside quotation marks hung on a verb inside them: 'called it "a step that will ease
      ..." and urged X to ...' (the quoted words are not the conjunct's clause): the first verb outside;
    - a perfect that repeats the governing verb's own auxiliary after a bare verb of a mandative clause: "had
      demanded that X leave the port and had accused Y of ...", "has insisted that X withdraw and has
      threatened Y" (a subjunctive takes no "had"; see ``_repeats_governing_auxiliary``);
    - a verb in the simple past after a gerund that a preposition governs: "accused X of plotting a coup and
      expelled Y's envoy" (a finite verb is no second "-ing" of the charge; see ``_past_after_gerund``)."""
    head = tok.head
    if tok.dep_ != "conj" or any(c.dep_ in _SUBJ for c in tok.children):
        return None
    if (gov := _past_after_gerund(tok)) is not None:
        return gov
    if _request_after_charge(ctx, tok):
        return head.head.head
    if tok.tag_ in ("VBD", "VBZ") and quoted(head) and not quoted(tok):
        verb = head
        while verb.head.i != verb.i and (quoted(verb) or verb.pos_ not in ("VERB", "AUX")):
            verb = verb.head  # ('described X as "a day that ..."': past the quote and the "as" phrase)
        if verb.i != head.i and verb.pos_ in ("VERB", "AUX") and not quoted(verb):
            return verb
    own_aux = [c for c in tok.children if c.dep_ == "aux"]
    speech = _vl(ctx, tok) in ctx.lex.utterances
    if head.dep_ == "advcl" and head.head.dep_ == "ccomp" and speech and tok.tag_ == "VBD" and not own_aux \
            and head.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in head.children) \
            and ctx.lex.frames.get(_vl(ctx, head.head.head)) == "report":
        # "X said Y had abstained because the text had not been agreed, and called on Z to ...": the pluperfect
        # of a reason clause inside the reported one; the speech act is the speaker's
        return head.head.head
    if head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX"):
        if speech and tok.tag_ == "VBD" and head.tag_ == "VBN" and not own_aux \
                and any(c.dep_ == "aux" and _lemma(c) == "have" for c in head.children):
            return head.head
        if _reporting(ctx, head.head) and head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) \
                and (tok.tag_ == "VBD" and not own_aux or tok.tag_ == "VBN" and own_aux
                     and all(_lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in own_aux)):
            return head.head
    if speech and tok.tag_ in ("VBD", "VBZ") and not own_aux and head.dep_ == "ccomp" and _lemma(head) == "be" \
            and any(c.dep_ in ("attr", "acomp") for c in head.children) and _reporting(ctx, head.head) \
            and head.head.tag_ == tok.tag_:
        # "X said Y's troops were "an occupation force" and threatened to target them", "told reporters the
        # government was illegitimate and accused Y of ...": a judgement the speaker states, then a speech act of
        # the speaker's own in the reporting verb's tense
        return head.head
    if speech and tok.tag_ in ("VBD", "VBZ") and not own_aux:
        subj = rep = None
        if head.dep_ == "ccomp":
            subj, rep = _first(head, "nsubj", "nsubjpass"), head.head
        elif head.dep_ == "acl" and head.head.dep_ == "dobj":
            subj, rep = head.head, head.head.head
        if subj is not None and (subj.pos_ == "NOUN" and ctx.mention_of(subj) is None or _labels_subject(head)) \
                and (ctx.lex.frames.get(_vl(ctx, rep)) == "report"
                     or _vl(ctx, rep) in ctx.lex.denials and ctx.lex.frames.get(_vl(ctx, tok)) != "report") \
                and rep.tag_ == tok.tag_:
            return rep
    if head.dep_ == "acl" and head.tag_ == "VBN" and tok.tag_ == "VBD" and speech and not own_aux \
            and head.head.dep_ in _OBJ and ctx.lex.frames.get(_vl(ctx, head.head.head)) == "report":
        return head.head.head
    if _repeats_governing_auxiliary(tok):
        return head.head
    if _tense_breaks_object_relative(tok):
        return head.head.head
    return _past_after_pluperfect_clause(ctx, tok)


# the acts of a contact or a courtesy one goes on to after one's own main act ("conceded ... and phoned X")
_COURTESY_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE", "CONCEDE"})


def _past_after_pluperfect_clause(ctx: _Ctx, tok: Token) -> Token | None:
    """The simple-past main verb that a simple-past conjunct hung on the pluperfect of an adverbial clause goes on
    (None for any other conjunct): "X conceded before the commission had declared any result, and telephoned Y to
    congratulate him", "X conceded before the commission had finished announcing results and phoned Y" (the
    clause's subject did its one act in the pluperfect; a verb in the simple past, with no subject or auxiliary of
    its own, cannot share that "had", so it is the main verb's second act); the clause opens with a subordinator of
    plover.yaml background ("before", "after", "when" ...). Only a verb of a contact or a courtesy (its types all
    of _COURTESY_TYPES: "phoned", "met", "congratulated", "thanked"): a regular verb's simple past and participle
    are one word, and a blow or an arrest after a pluperfect one goes on in the clause ("after the army had shelled
    the town and stormed it", "before police had detained them and charged X": no act of the main subject's)."""
    if tok.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    types = {e.type for e in ctx.lex.verbs.get(_lemma(tok), ())}
    if not types or not types <= _COURTESY_TYPES:
        return None
    clause = tok.head
    while clause.dep_ == "xcomp" and clause.tag_ in ("VBG", "VB"):
        clause = clause.head  # ("had finished announcing results and phoned Y": past the complement)
    main = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBN" or main.i > clause.i or main.tag_ != "VBD" \
            or any(c.dep_ in ("aux", "auxpass") for c in main.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) \
            or not any(c.dep_ == "mark" and c.lower_ in ctx.lex.background for c in clause.children):
        return None
    return main


def _tense_breaks_object_relative(tok: Token) -> bool:
    """A finite conjunct hung on the verb of an object relative clause whose tense it does not share: "X wants to
    restore the aid that Y suspended in 2025 and backs Z's bid", "X rejects the deal that Y signed and demands new
    elections", "X praised the treaty that Y rejects and called for talks": the relative clause's own subject (Y)
    cannot go on in another tense with no auxiliary, so the conjunct is the outer clause's (said of X); not a
    relative clause whose subject is the relative pronoun ("the party, which won in 2020 and leads the polls")."""
    head = tok.head
    # (the relative clause's verb, with a subject and no auxiliary, is finite even when tagged a participle)
    if head.dep_ != "relcl" or head.head.dep_ not in _OBJ or tok.tag_ not in _FINITE \
            or head.tag_ not in (*_FINITE, "VBN") or (tok.tag_ == "VBD") == (head.tag_ in ("VBD", "VBN")) \
            or any(c.dep_ in ("aux", "auxpass") for c in (*tok.children, *head.children)):
        return False
    subj = _first(head, "nsubj")
    return subj is not None and subj.tag_ not in ("WDT", "WP") and head.head.head.pos_ in ("VERB", "AUX")


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _repeats_governing_auxiliary(tok: Token) -> bool:
    """A conjunct hung on the bare verb of a that-clause whose own perfect auxiliary is the governing verb's:
    "X had demanded that Y's troops leave the port and had accused Y of ...", "X has insisted that Y withdraw
    and has threatened Y with sanctions", "X had asked that soldiers stay away and had warned Y": a bare
    (mandative) verb cannot share a subject with "had accused", so the conjunct goes on with the governing
    verb's subject; not after a verb with a tense or auxiliary of its own ("X said Y withdrew and has
    threatened Z": Y may well have).

    So too a perfect hung on the simple past of an adverbial clause whose subordinator opens it: "X has backed
    Y since the rebels' offensive began and has supplied it with drones", "X had shelled the towns after the
    talks collapsed and had threatened Z" (the clause's subject did its one past act; the perfect goes on with
    the main verb's)."""
    head = tok.head
    own = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if len(own) != 1 or own[0] not in ("has", "have", "had") or tok.tag_ != "VBN" \
            or any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            or head.head.pos_ not in ("VERB", "AUX") or head.head.i > head.i:
        return False
    mandative = head.dep_ == "ccomp" and head.tag_ in ("VB", "VBP")
    adverbial = head.dep_ == "advcl" and head.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "mark" and c.i < head.i for c in head.children)
    return (mandative or adverbial) and own[0] in [c.lower_ for c in head.head.children if c.dep_ == "aux"]


def _labels_subject(verb: Token) -> bool:
    """A copular clause that only says what its subject is or is like: "X's soldiers were invaders",
    "the ballot was rigged"."""
    return verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _reporting(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` reports what someone said: a report verb ("said", "told") or an act done by saying
    ("warned that X would ...", "threatened that ...": plover.yaml utterances)."""
    return ctx.lex.frames.get(_vl(ctx, verb)) == "report" or _vl(ctx, verb) in ctx.lex.utterances


def _misread_predicate(tok: Token) -> bool:
    """"France, which withdrew in 2022, called for ...": the parser took the main verb, set off from its
    subject by a relative clause, for a participle on the subject; the sentence has no other verb."""
    root = tok.sent.root
    k = tok.i - 1  # "X, whose ..., nonetheless called": the verb's own adverbs may stand after the comma
    while k > 0 and tok.doc[k].dep_ == "advmod" and tok.doc[k].head.i == tok.i:
        k -= 1
    if tok.dep_ != "acl" or root.pos_ not in ("PROPN", "NOUN") or tok.i < root.i or k <= 0 \
            or tok.doc[k].text != "," or _first(tok, "agent") is not None:
        return False
    if tok.head.i == root.i:  # "X, which ..., called", "X, the UN aid chief, called"
        return any(c.dep_ == "relcl" or c.dep_ == "appos" and c.i < tok.i for c in root.children)
    # "China, whose plan runs by the area, called on ...": hung on the last noun of the relative clause; "X, the
    # leader of Y, which holds seats in the cabinet, called on ...": on the noun in apposition to the subject
    t = tok.head
    while t.head.i != root.i and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("relcl", "appos") and t.head.i == root.i


def _person_mention(ctx: _Ctx, m: Span) -> bool:
    """Whether the mention ``m`` names a person."""
    resolver = referents(m.doc)
    a = resolver.actor(m.root)
    return a is not None and resolver.kind(a) == "person"


def _first_person_part_of(tok: Token) -> Token:
    """"two of our border posts", "one of our bases": the noun a count or a part stands for, where a first-person
    possessive owns it (the speaker's side is struck); any other word is itself."""
    if tok.pos_ in ("NUM", "PRON", "ADJ", "DET"):
        for p in (p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj"):
            if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWN for c in p.children):
                return p
    return tok


def _mention(ctx: _Ctx, tok: Token | None, limit: int = 14) -> Span | None:
    """The actor mention of an argument: the token itself, else the nearest in its phrase."""
    if tok is None:
        return None
    if tok.pos_ == "NOUN" and _lemma(tok) in ctx.lex.private_persons:
        return None  # "funded by Russian businessmen close to the Kremlin": private people, not the state
    example = _listed_example(ctx, tok)
    if example is not None:
        return example  # "designated four Xian militias, among them A and B": A (and B, its conjunct), not X
    m = ctx.mention_of(tok)
    if m is not None:
        return m  # (a description with a name set off in apposition is that name: components.find_mention)
    if tok.lower_ == "you" and tok.pos_ == "PRON":
        m = _vocative(ctx, tok)  # "Minister X, we urge you to resign": X
        if m is not None:
            return m
    if tok.tag_ in ("WP", "WDT") and tok.lower_ in ("who", "whom", "which", "that"):
        verb = tok.head
        for _ in range(3):  # "X, whom she accused": X
            if verb.dep_ == "relcl":
                head = verb.head
                m = None
                if tok.lower_ not in ("who", "whom"):
                    # "which" stands for a thing or a body: the phrase's own actor; a description set off after a
                    # name ("X, a medical group that blamed Y", "X, an alliance which backs Y") is that name's
                    if head.dep_ == "appos" and head.pos_ == "NOUN" and ctx.mention_of(head) is None \
                            and _mention(ctx, head, limit) is None:
                        m = ctx.mention_of(head.head)
                elif head.dep_ == "appos" and (ctx.mention_of(head) is None or head.pos_ == "NOUN" and head.head.pos_ ==
                                               "PROPN" and (named := ctx.mention_of(head.head)) is not None
                                               and named != ctx.mention_of(head)):
                    # "X, the deputy of Y, who was arrested", "X, the Y rebel who was removed": X, not Y (a common
                    # noun described by Y; not a name of its own, which the parser may hang on another name)
                    m = ctx.mention_of(head.head)
                elif head.dep_ == "pobj" and head.head.lower_ == "of" \
                        and head.head.head.dep_ == "appos" and ctx.mention_of(head.head.head) is None:
                    # the clause hung on the "of" phrase: still X (a person, or no one we know), never Y
                    return ctx.mention_of(head.head.head.head)
                m = m or _mention(ctx, head, limit)
                if m is None and head.dep_ == "attr" and _lemma(head.head) == "be":
                    m = _mention(ctx, _first(head.head, "nsubj"), limit)  # "X is a colonel who was ...": X
                return m
            if verb.head is verb:
                break
            verb = verb.head
        return None
    owned = _first_person_part_of(tok)
    if tok.lower_ in ("us", "me") or any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWN for c in owned.children) \
            and not _names_another(owned):
        m = _speaker_side(ctx, tok)  # "Name: ... they kill our commanders": the speaker's side
        if m is not None and not (owned is not tok and _person_mention(ctx, m)):
            return m  # (a count of "our posts" is a body's or a state's, not the speaker's own person)
    if tok.lower_ == "you" and tok.pos_ == "PRON" and tok.dep_ in ("dobj", "pobj", "dative"):
        asked = referents(tok.doc).addressee(tok)  # "Q: The Front accuses you of ...": the interviewee
        m = _actor_span(ctx, asked, tok.i, tok.doc) if asked is not None else None
        if m is not None:
            return m
    for c in tok.children:
        if c.dep_ == "appos" and not any(t.text == ":" for t in tok.doc[tok.i + 1:c.left_edge.i]) and not (
                _lemma(tok) in ctx.lex.stand_ins and _unnamed_description(ctx, referents(tok.doc), c)):
            # "X's leader, the union boss Y": Y before X (not "a message offering ...: our brothers for
            # their soldiers", what the message said after a colon; not "X's envoy, a Velnian diplomat": X's)
            m = _mention(ctx, c, 4)
            if m is not None:
                return m
    queue = [tok]
    later: list[Token] = []
    seen = 0
    while queue and seen < limit:
        t = queue.pop(0)
        # "X's predecessor, Y": the apposition names the phrase, the possessor only qualifies it
        for c in sorted(t.children, key=lambda c: c.dep_ != "appos"):
            dep = c.dep_
            if dep == "acl" and (t is tok or _counted_men(tok, t)) and c.tag_ in ("VBN", "VBG") \
                    and _lemma(c) in ctx.lex.affiliation and not _first(c, "agent"):
                # "militias linked to X", "gunmen affiliated with X", "units aligned with X", "depots belonging
                # to X": X's ("fighters not linked to X", "no longer linked to X": no one's)
                if _first(c, "neg") or any(a.lower_ in ctx.lex.cessation_adverbs for a in _children(c, "advmod")):
                    continue
                queue.extend(p for p in _children(c, "prep") if p.lower_ in ("to", "with"))
                continue
            if dep == "acl" and t is tok and c.tag_ == "VBN" and _lemma(tok) in ctx.lex.led_parties \
                    and _lemma(c) in ctx.lex.leading_participles:
                later.extend(_children(c, "agent"))  # "with a delegation led by X": X's side, when nothing else names it
                continue
            if dep in _CLAUSE_DEPS or dep == "npadvmod" or (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-"
                                                              and c.i + 2 < len(c.doc) and c.doc[c.i + 2].tag_ == "VBN"):
                continue  # "Iran-aligned groups" are the groups, not Iran
            if dep == "prep":
                # "members of X" first; "rebels in X", "forces from X" only as a last resort
                if c.lemma_ == "of" and t.pos_ == "NOUN" and _lemma(t) in ctx.lex.kin_nouns:
                    continue  # "a cousin of X", "the nephew of X": another person, not X
                if c.lemma_ == "of":
                    if not any(p.dep_ == "pcomp" for p in c.children):
                        queue.append(c)  # (not "accused the minister of running ...": the charge names no one)
                elif c.lower_ == "for" and t is tok and _is_role(t):
                    queue.append(c)  # "a spokesman for X", "the envoy for X": X's
                elif c.lemma_ in ("from",) or c.lower_ == "including" and t is tok or (
                        c.lower_ == "in" and _lemma(t) in ctx.lex.seat_nouns) or (  # "the foreign ministry in X"
                        c.lower_ == "in" and t is tok and t.tag_ == "NNS" and _body_named(c)):
                    # ("critics in the X Party", "hardliners in the Front": a body's own people)
                    # "forces from X", "several factions, including X"; never "in X": a place is not a
                    # party to the act
                    later.append(c)
                continue
            seen += 1
            m = ctx.mention_of(c) or _whose_antecedent(ctx, c, undergoing=t is tok)
            if m is not None:
                return m
            queue.append(c)
        if not queue and later:
            queue, later = later, []
    return None


def _counted_men(count: Token, men: Token) -> bool:
    """``men`` is the noun a count before "of" counts: "killed scores of fighters belonging to X", "dozens of
    gunmen linked to X" (roles.yaml harmed_count_nouns): its own ties name the party, as the noun's would."""
    return men.head.dep_ == "prep" and men.head.lower_ == "of" and men.head.head is count \
        and count.lower_ in referents(count.doc).kb.harmed_count_nouns


def _listed_example(ctx: _Ctx, noun: Token) -> Span | None:
    """The first body a plural noun lists by name as its examples: "four Xian militias, including A and B", "groups
    such as A" (relations.yaml including_words), "militias, among them A and B" (the names read as the noun's
    apposition, or as a second object of its verb): A, the party the act concerns, rather than the state or
    owner a modifier of the noun names; None for a singular or proper noun, a noun of no bodies (roles.yaml
    org_nouns), or examples naming no body or state."""
    kinds = referents(noun.doc)
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lower_ not in kinds.kb.org_nouns \
            and noun.lemma_.lower() not in kinds.kb.org_nouns:
        return None  # (a noun of bodies, roles.yaml org_nouns: not "several towns, including X")
    words = cues().including_words
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and (c.lower_ in words or c.lower_ == "as" and any(
                d.lower_ == "such" for d in c.children)):
            found += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "appos" and c.i > noun.i and any(
                p.dep_ == "prep" and p.lower_ == "among" and any(q.lower_ == "them" for q in p.children)
                for p in c.children):
            found.append(c)
    verb = noun.head
    if noun.dep_ in _OBJ and verb.i != noun.i:
        # "designated four militias, among them A and B": "among them" and A hung on the verb beside its object
        among = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "among" and p.i == noun.i + 2
                      and any(q.lower_ == "them" for q in p.children)), None)
        if among is not None:
            found += [c for c in verb.children if c.dep_ in _OBJ and c.i > among.i]
    for t in found[:3]:
        m = ctx.mention_of(t)
        a = _actor_index(ctx, m)
        if m is not None and isinstance(a, int) and kinds.kind(a) in ("organization", "country"):
            return m
    return None


def _whose_antecedent(ctx: _Ctx, tok: Token, acting: bool = False, undergoing: bool = False) -> Span | None:
    """The possessive relative "whose" on the subject of its clause stands for the noun the clause describes:
    "X, whose office called on Y to ...", "X, whose forces shelled Y": X, who acts through them; None for any
    other token, a relative of kin ("X, whose brother accused Y": another person) or one on a clause's object or
    passive subject ("X, whose predecessor was killed": another person undergoes it) unless ``acting``: the
    phrase is known to do the act ("X, whose troops are tasked with deploying": X deploys), or ``undergoing``: the
    phrase asked after is the clause's own direct object, a thing of X's acted upon as "X's plan" would be ("X,
    whose plan Y rejected", "X, whose independence Y recognised", "X, whose authority Y refuses to recognise": X)."""
    if tok.dep_ != "poss" or tok.tag_ != "WP$" or _lemma(tok.head) in ctx.lex.kin_nouns:
        return None
    if not acting and tok.head.dep_ != "nsubj" and not (undergoing and tok.head.dep_ == "dobj"):
        return None
    clause = tok.head
    for _ in range(4):  # ("X, whose leader's brother ...", "whose troops in Y": up to the clause)
        if clause.dep_ == "relcl":
            return _mention(ctx, clause.head)
        if clause.head is clause:
            return None
        clause = clause.head
    return None


def _actor_span(ctx: _Ctx, actor: int, before: int, doc) -> Span | None:
    """The closest mention of ``actor`` (a resolver's actor index) before token ``before``."""
    resolver = referents(doc)
    for t in reversed(doc[:before]):
        if resolver.actor(t) == actor:
            m = ctx.mention_of(t)
            if m is not None:
                return m
    return None


def _told_it(ctx: _Ctx, verb: Token) -> Span | None:
    """"it" (plover.yaml addressee_pronouns_when_told) as the one told to do something (``event_drops.told_to``) in
    a clause a body or state reports: "X said Y had asked it to join the government", "X says Y ordered it to
    withdraw": X, the reporter, not the teller. Not "it" outside reported speech ("set up a committee and ordered it
    to report": the committee), nor "demanded it", "asked it to be repealed" (the thing asked for)."""
    from kingmaker.nlp.event_drops import told_to

    it = _first(verb, "dobj")
    if it is None or it.pos_ != "PRON" or it.lower_ not in ctx.lex.addressee_pronouns_when_told \
            or not told_to(verb, ctx.lex.told_to_preps):
        return None
    rep = _reporter(ctx, verb)
    said = _mention(ctx, _first(rep, *_SUBJ)) if rep is not None else None
    resolver = referents(verb.doc)
    a = resolver.actor(said.root) if said is not None else None
    teller = _source(ctx, verb)
    if a is None or resolver.kind(a) not in ("organization", "country") \
            or teller is not None and resolver.actor(teller.root) == a:
        return None
    return said


def _accused_it(ctx: _Ctx, verb: Token, it: Token) -> Span | None:
    """"it" as the one accused ("accused it of ..."): a body or state the resolver finds for it, never the
    accuser ("it" as an object is otherwise left alone: "condemned it" mostly names a thing)."""
    resolver = referents(it.doc)
    accuser = _source(ctx, verb)
    if accuser is None:  # ("rights groups accused it of ...": with no accuser named, "it" is left alone)
        return None
    own = resolver.actor(accuser.root)
    a = resolver.pronoun_actor(it, exclude=own)
    if a is None or a == own or resolver.kind(a) not in ("organization", "country"):
        return None
    return _actor_span(ctx, a, it.i, it.doc)



def _accused_person_pronoun(ctx: _Ctx, verb: Token, pron: Token) -> Span | None:
    """"him" / "her" as the one accused whom the resolver did not find, on a participle that goes with a clause
    before it: the closest person named before it in that clause other than the accuser, when the text does not
    call that person the other gender ("tabled a motion against Prime Minister X, accusing him of signing a deal
    with Y": X); else no one (the charge's own actors, Y, are never the one accused; "Y lost to X, and members
    still blame her for it": a finite clause of its own, whose "her" is told elsewhere)."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG":
        return None
    resolver = referents(pron.doc)
    accuser = _source(ctx, verb)
    own = resolver.actor(accuser.root) if accuser is not None else None
    gender = GENDERED.get(pron.lower_)
    for i in range(pron.i - 1, verb.head.left_edge.i - 1, -1):
        m = ctx.mention_of(pron.doc[i]) if i < verb.left_edge.i else None
        a = resolver.actor(pron.doc[i]) if m is not None else None
        if not isinstance(a, int) or a == own or resolver.kind(a) != "person":
            continue
        if resolver.genders().get(a) not in (None, gender):
            continue
        return m
    return None


def _goods(ctx: _Ctx, noun: Token) -> bool:
    """``noun`` is goods of plover.yaml word_classes whose help is handed over (the classes named "aid_...": arms,
    relief goods, sums, craft) or has such a noun before it: "delivered food to the villages", "delivered food aid"
    hand something over, "delivered growth" does not."""
    return any(_lemma(x) in words for x in (noun, *(c for c in noun.children if c.dep_ == "compound"))
               for name, words in ctx.lex.word_classes.items() if name.startswith("aid_"))

def _elaborated_recipient(ctx: _Ctx, tok: Token) -> Span | None:
    """The one the main verb acted on when ``tok`` is a participle with no subject of its own that spells out how
    that act was done ("X stood behind Y, supplying rifles": Y; "X backed the army, supplying fuel": the army), its
    object goods of plover.yaml word_classes: the main verb's direct object, else the object of one of plover.yaml
    elaborated_recipient_preps on it."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or head is tok or head.pos_ not in ("VERB", "AUX") \
            or _first(tok, *_SUBJ) is not None or head.i > tok.i or any(
                c.dep_ in ("prep", "dative") and c.lemma_.lower() in ctx.lex.target_preps.get("AID", frozenset())
                for c in tok.children):
        return None  # (its own recipient named: "sending aid to the refugees", whoever they are)
    obj = _first(tok, "dobj")
    if obj is None or not any(_lemma(x) in words for x in (obj, *obj.conjuncts)
                              for words in ctx.lex.word_classes.values()):
        return None  # goods of plover.yaml word_classes handed over, not "praised Y, supplying no details"
    main = _act_of(ctx, head)
    if main is None or main.type not in ctx.lex.cooperative:
        return None  # "attacked Y, sending drones over the town": the drones are the attack's, no gift to Y
    return _mention(ctx, _first(head, "dobj")) or _prep_target(ctx, head, ctx.lex.elaborated_recipient_preps)


def _recipient_pronoun(ctx: _Ctx, tok: Token, act: _Act, source: Span) -> Span | None:
    """"X has backed Y since ... and has sent it weapons", "X recognised Y and funded it": the one given aid named
    by a pronoun (an indirect object: "sent it weapons"; or the object of a giving verb whose object is its
    recipient: "funded them", "equipped it with"; not "send", whose object is the thing sent) in a verb conjoined to
    one with an actor as its object: that object, the pronoun's parallel (never the giver: that would be
    "itself"). Pronouns outside such a pair are left alone ("has denied supplying them": the nearest body is often
    not the one meant)."""
    pron = _first(tok, "dative")
    if pron is None and act.kind == "verb":
        pron = _first(tok, "dobj")
    if pron is None or pron.pos_ != "PRON" or pron.lower_ not in ("it", "them"):
        return None
    if tok.dep_ != "conj":
        return None
    first = _lifted_conj(ctx, tok) or tok.head
    m = _mention(ctx, _first(first, "dobj")) if first.pos_ in ("VERB", "AUX") else None
    return m if m is not None and _actor_index(ctx, m) not in (None, _actor_index(ctx, source)) else None


def _them_acted_on(ctx: _Ctx, tok: Token, act: _Act, source: Span) -> Span | None:
    """"X said Y's soldiers were invaders and vowed to expel them", "pledged to fight them": "them" as
    the object of the act (or of the act it governs) is a body other than the act's own source, the closest the
    resolver finds before it, named in its sentence or the one before, where the parser hung the act on a reported
    clause whose subject is not the act's source (the resolver's own answer excludes that subject as the actor)."""
    them = next((c for v in (tok, act.inner) if v is not None for c in v.children
                 if c.dep_ == "dobj" and c.lower_ == "them"), None)
    if them is None:
        return None
    resolver = referents(tok.doc)
    own = resolver.actor(source.root)
    clause = tok
    while clause.dep_ in ("xcomp", "conj") and _first(clause, *_SUBJ) is None and clause.head is not clause:
        clause = clause.head
    subj = _first(clause, "nsubj", "nsubjpass")
    if subj is None or own is None or _actor_index(ctx, ctx.mention_of(subj)) in (None, _actor_index(ctx, source)):
        return None  # (only where the act's source is not the subject of the clause it hangs on)
    other = _other_body_near(ctx, tok, them, own)
    return other[1] if other is not None else None


def _other_body_near(ctx: _Ctx, tok: Token, pron: Token, own: int) -> tuple[int, Span] | None:
    """The body or state other than ``own`` (the act's source) that the resolver finds for the pronoun ``pron`` on
    the act ``tok`` ("them", "its", "their"), with its closest mention before the pronoun, when that mention is in
    the act's sentence or the one before; None for a person, for ``own`` or for an owner farther back."""
    resolver = referents(tok.doc)
    a = resolver.pronoun_actor(pron, exclude=own)
    if a is None or a == own or resolver.kind(a) not in ("organization", "country"):
        return None
    span = _actor_span(ctx, a, pron.i, tok.doc)
    start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    return (a, span) if span is not None and span.start >= start else None


_PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "into", "around", "outside"})


def _struck_part_owner(ctx: _Ctx, tok: Token, typ: str, source: Span) -> Span | None:
    """"an air strike killed two of its officers", "the guards arrested forty of its members", "ambushed one of their
    convoys": a part of a body ("N of its/their X") that a blow or a coercion falls on belongs to the one struck, never
    to the striker (that would be "of its own"): the body or state the resolver finds for the possessive once the
    act's own source is set aside (its subject's reading, the resolver's first answer, is the act's source), named in
    the act's sentence or the one before. So too the whole of a thing a blow or capture (plover.yaml strikes) falls
    on: "Y is the main opposition party. On Monday X raided its offices", "X stormed their headquarters" (no one raids
    what is its own), but not what a verb of working a weapon or unit takes (plover.yaml operating_verbs: "fired its
    rockets", "launched its drones") nor an act ("launched their offensive"). None for any other object, a person's
    possessive ("one of his aides": a person's associate is no part of him) or an owner farther back."""
    if typ not in ("ASSAULT", "COERCE"):  # (not "expelled three of its members": a body's sanction on its own)
        return None
    obj = _first(tok, "dobj")
    if obj is None or obj.pos_ not in ("NUM", "PRON", "NOUN"):
        return None
    if _first(obj, "poss") is not None:
        part = obj if obj.pos_ == "NOUN" and _lemma(tok) in ctx.lex.strikes \
            and _lemma(tok) not in ctx.lex.operating_verbs and _noun_type(ctx, obj) is None else None
    else:
        part = next((p for of in _children(obj, "prep") if of.lower_ == "of" for p in _children(of, "pobj")), None)
    poss = _first(part, "poss") if part is not None else None
    if poss is None or poss.lower_ not in ("its", "their") \
            or any(c.lower_ == "own" for c in part.children):
        return None
    resolver = referents(tok.doc)
    own = resolver.actor(source.root)
    other = _other_body_near(ctx, tok, poss, own) if own is not None else None
    if other is None:
        return None
    a, span = other
    named = span.root
    while named.dep_ == "conj" and named.head is not named:
        named = named.head
    if named.dep_ == "pobj" and named.head.lower_ in _PLACE_PREPS:
        return None  # "bombed sites in A and B, and an air strike killed two of its officers": a place, not the owner
    if part is obj and any(t.pos_ == "PROPN" and t.dep_ != "compound" and ctx.mention_of(t) is None
                           and (t.ent_type_ in ("GPE", "LOC", "FAC") or t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS)
                           for t in tok.doc[span.end:poss.i]):
        return None  # "Y held a rally in Dorvik. X shelled its bridges": a place named after Y, no actor, is the
        # closer owner of a whole thing (not of "two of its officers", a body's part)
    parallel = [tok.head] if tok.dep_ == "conj" else []
    parallel += [c for v in [tok] + parallel for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if any(resolver.actor(t) == a for v in parallel for s in _children(v, *_SUBJ) for t in s.subtree):
        return None  # "X's jets struck Y's depots and a Z drone killed two of its fighters": X strikes beside Z
    return span


def _body_named(prep: Token) -> bool:
    """The object of ``prep`` names an organisation (not a state or a place): "in the X Party"."""
    resolver = referents(prep.doc)
    return any(a is not None and resolver.kind(a) == "organization"
               for p in _children(prep, "pobj") for a in [resolver.actor(p)])


def _is_role(tok: Token) -> bool:
    """``tok`` is a person's role noun ("spokesman", "envoy", "commander") from the roles table."""
    from kingmaker.knowledge import knowledge, norm

    return tok.pos_ == "NOUN" and norm(tok.lemma_) in knowledge().role_words


def _reporter(ctx: _Ctx, tok: Token) -> Token | None:
    """The speech verb whose reported clause contains ``tok`` ("X said [they would ...]")."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("ccomp", "parataxis") and ctx.lex.frames.get(_vl(ctx, t.head)) == "report":
            return t.head
        if t.dep_ not in ("conj", "xcomp", "ccomp") or t.head is t:
            return None
        t = t.head
    return None


def _between_participle(ctx: _Ctx, tok: Token) -> Token | None:
    """The first side named in a "between" phrase on a participle that describes its noun ("a deal signed
    between A and B", "the accord reached between A, B and C"; the parser may label the phrase an agent):
    the sides act together, A with B; None for any other verb, or when the phrase names no two actors."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ != "NOUN":
        return None
    prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "between"), None)
    first = _first(prep, "pobj") if prep is not None else None
    side = ctx.mention_of(first) if first is not None else None
    return first if side is not None and _conjuncts(ctx, first, side) else None


def _backer(ctx: _Ctx, tok: Token) -> Token | None:
    """"X was elected with support from Y", "X, who was appointed with the backing of Y", "X was made speaker with
    Y's support": a passive act on an actor with no agent, done with someone's backing (relations.yaml
    backing_nouns), is that backer's."""
    subj = _first(tok, "nsubjpass")
    if subj is None or _mention(ctx, subj) is None and not (tok.dep_ == "relcl" and _mention(ctx, tok.head)):
        return None  # ("the budget was approved with X's support": no actor acted upon; "X, who was elected": X)
    preps = _children(tok, "prep") + [p for c in _children(tok, "oprd", "xcomp", "attr") for p in _children(c, "prep")]
    for prep in preps:  # (the phrase may hang on the office: "was elected speaker with the backing of X")
        if not _backed_with(prep):
            continue
        for p in _children(prep, "pobj"):
            owner = _first(p, "poss")
            if owner is not None:
                return owner
            for of in _children(p, "prep"):
                if of.lower_ in ("of", "from") and _first(of, "pobj") is not None:
                    return _first(of, "pobj")
    return None


def _deep_agent(ctx: _Ctx, tok: Token) -> Token | None:
    """The agent of the passive ``tok`` that the parser hung on a noun further down its own prepositional phrases:
    "sanctions were imposed on X and its financiers by Y" ("by" on the second conjunct), "was detained on Monday at a
    house near the port by Y". Only through nouns of the verb's "prep"/"pobj"/"conj" chain (no clause: "in a camp run
    by Y" is Y's camp), never through an act noun ("after mediation by Y": Y's act), and only an actor the text names;
    a bounded walk (a few phrases deep)."""
    frontier = [p for prep in _children(tok, "prep") if prep.lower_ != "by" for p in _children(prep, "pobj")]
    seen = 0
    while frontier and seen < 12:
        noun = frontier.pop(0)
        seen += 1
        if _noun_type(ctx, noun) is not None or _lemma(noun) in ctx.lex.authored_nouns:
            continue  # (an act noun's or a document's own author)
        for c in _children(noun, "prep", "conj"):
            if c.dep_ == "conj":
                frontier.append(c)
            elif c.lower_ == "by":
                agent = _first(c, "pobj")
                if agent is not None and ctx.mention_of(agent) is not None:
                    return agent
            else:
                frontier.extend(_children(c, "pobj"))
    return None


def _measure_owner(ctx: _Ctx, tok: Token) -> Token | None:
    """The one whose measure the passive ``tok`` puts someone under, named as a word before the measure's noun (a
    noun of the verb's own type after a preposition of plover.yaml measure_preps) when no agent is named: "X was
    placed under US sanctions", "Y was put under European Union sanctions in 2022": the United States, the Union.
    Only an actor the text names ("was placed under new sanctions" names no one)."""
    own = ctx.act_cache.get(tok.i)
    for prep in _children(tok, "prep"):
        if prep.lower_ not in ctx.lex.measure_preps:
            continue
        for noun in _children(prep, "pobj"):
            if _noun_type(ctx, noun) is None or own is not None and _noun_type(ctx, noun) != own.type:
                continue
            for c in noun.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and ctx.mention_of(c) is not None:
                    return c
    return None


def _source_token(ctx: _Ctx, tok: Token, depth: int = 0) -> Token | None:
    """The token naming who performs the act of ``tok`` (the verb or its frame)."""
    if depth > 5:
        return None
    first_side = _between_participle(ctx, tok)
    if first_side is not None:
        return first_side
    if _is_passive(ctx, tok):
        agent = _first(tok, "agent")
        if agent is not None:
            return _first(agent, "pobj")
        if tok.lemma_ in ctx.lex.stance_participles and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            # "X is opposed to Y", "X is committed to Y": X holds the stance (plover.yaml stance_participles); any
            # other passive acts on its subject ("was sentenced to prison", "was deported to Y")
            return _first(tok, "nsubjpass")
        if _adjectival_passive(tok):  # "is armed, trained and funded by X": X arms
            return _first(_conjoined_agent(tok), "pobj")
        for c in tok.children:  # "are funded and armed by X": the agent of the last conjunct is shared
            if c.dep_ == "conj" and c.tag_ == "VBN" and _first(c, *_SUBJ) is None and _first(c, "agent") is not None:
                return _first(_first(c, "agent"), "pobj")
        chained = _conjoined_agent(tok)  # "was armed, trained and funded by X": past the middle conjuncts too
        if chained is not None:
            return _first(chained, "pobj")
        if tok.dep_ == "conj":
            if not _is_passive(ctx, tok.head) and _first(tok, "nsubjpass") is None:
                return None  # "joined a coalition and was elected speaker": the subject is acted upon
            return _source_token(ctx, tok.head, depth + 1)
        for prep in _children(tok, "prep"):  # "nominated as premier by X": "by" hung on the complement
            for p in _children(prep, "pobj"):
                if _noun_type(ctx, p) is not None or _lemma(p) in ctx.lex.authored_nouns:
                    continue  # "was released after mediation by X": X is the actor of that act, not this one; "after
                    # a report by X": X wrote the report
                for by in _children(p, "prep"):
                    if by.lower_ == "by" and _first(by, "pobj") is not None:
                        return _first(by, "pobj")
        owner = _measure_owner(ctx, tok)
        if owner is not None:
            return owner  # (before an agent deep in a reason phrase: "under US sanctions over abuses by X")
        deep = _deep_agent(ctx, tok)
        if deep is not None:
            return deep
        return _backer(ctx, tok)
    subjs = _children(tok, *_SUBJ)
    if len(subjs) > 1:
        # "The vice-president, X, said", "co-leaders X and Y ruled out": a hyphenated noun split by the tokenizer,
        # each piece read as a subject; the last piece is the noun
        pieces = {t.i for t in subjs}
        subjs = [t for t in subjs if not (t.text == "-" and t.i - 1 in pieces and t.i + 1 in pieces
                                          or t.i + 2 in pieces and t.doc[t.i + 1].text == "-")] or subjs
    if len(subjs) > 1:
        # "Opening for the prosecution, X said ...": a fronted phrase set off by a comma, read as a second
        # subject, is not the actor
        doc = tok.doc
        # (but "The rebel Harrow Front, the group led by X, accused Y": a noun with a name in apposition is the
        # subject, the description set off after it is not)
        subjs = [t for t in subjs if not (
            t.i < subjs[-1].i and t.left_edge.i == t.sent.start and t.pos_ != "PROPN" and ctx.mention_of(t) is None
            and "," in (t.right_edge.text, doc[min(t.right_edge.i + 1, len(doc) - 1)].text)
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == t.i + 2 and ctx.mention_of(c) is not None
                        for c in t.children))] or subjs
    if len(subjs) > 1:
        subjs = [t for t in subjs if not _premodifier_subject(t, subjs)] or subjs
    # "Name: X sells drones": the speaker label read as a second subject is not the actor
    subj = next((t for t in subjs if not _is_label(t)), subjs[0] if subjs else None)
    misread = _whose_object(ctx, tok)
    if misread is not None:
        return misread[0]  # "X, whose group Y designated as ...": Y acts
    if subj is not None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX") \
            and any(t.text == "," for t in tok.doc[subj.i + 1:tok.i]):
        subj = None  # "fired rockets at the base, Camp X, in 2023, killing ...": a misread name, not the killer
    if subj is not None and subj.pos_ == "NOUN" and tok.tag_ == "VBD" and not _is_passive(ctx, tok) \
            and _lemma(subj) not in ctx.lex.seat_nouns and not _is_role(subj) and _first(tok, *_OBJ) is None:
        for by in _children(tok, "prep"):
            agent = _first(by, "pobj") if by.lower_ == "by" else None
            if agent is not None and ctx.mention_of(agent) is not None:
                # "A roadmap agreed by X and Y in 2023 has been frozen": a reduced relative misread as the main
                # verb; its agent acts
                return agent
    if subj is not None:
        if subj.lemma_.lower() in ("who", "which", "that") and tok.dep_ == "relcl":
            h = tok.head
            if subj.lower_ in ("who", "whom") and h.dep_ == "pobj" and h.head.lower_ in ("in", "at", "to", "from") \
                    and h.head.head.pos_ == "NOUN":
                # "the US consul general in X, who met Y", "X, a lawmaker from the province, who accused Y": the
                # person, not where he serves or comes from (the name the description stands in apposition to)
                person = h.head.head
                if person.dep_ == "appos" and ctx.mention_of(person) is None and ctx.mention_of(person.head) is not None:
                    return person.head
                return person
            if subj.lower_ in ("who", "whom") and h.pos_ == "NOUN":
                # "X, a Front delegate who attended", "X is a former army officer who defected": the person the
                # description names (set off in apposition or the copula's subject), never the body a word of the
                # description names; a former member ("a former officer of the navy who defected") no longer acts
                # for that body
                named = ctx.mention_of(h.head) if h.dep_ == "appos" and h.head.pos_ == "PROPN" else None
                if named is not None and named != ctx.mention_of(h):
                    return h.head
                if h.dep_ == "attr" and _lemma(h.head) == "be":
                    named = _first(h.head, "nsubj")
                    if named is not None and ctx.mention_of(named) is not None:
                        return named
                if any(c.dep_ == "amod" and c.lower_ in cues().not_current_words for c in h.children):
                    return None
            if subj.lower_ in ("that", "which") and h.dep_ == "appos" and h.pos_ == "NOUN" \
                    and ctx.mention_of(h) is None and _mention(ctx, h) is None and ctx.mention_of(h.head) is not None:
                # "according to X, a medical group that blamed Y": X, the body the description stands for (not "X,
                # a cleric who fought in Y": a person's past told in passing)
                return h.head
            return h
        return subj
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < tok.i and c.left_edge.i == tok.sent.start \
                and tok.dep_ == "ROOT":
            # "X, to her credit, conceded": the name before a parenthetical misread as an adverbial
            return c
    swallowed = _dated_subject(tok)
    if swallowed is not None:
        return swallowed  # "On 12 March fighters of X attacked Y": the noun the fronted date ran into
    dep, head = tok.dep_, tok.head
    if head is tok:
        return None
    if dep == "xcomp":
        # object control: "asked X to leave", "forced X to ...": X acts
        if ctx.lex.frames.get(_vl(ctx, head)) == "request" or _vl(ctx, head) in ("force", "allow", "permit", "help"):
            obj = _first(head, *_OBJ)
            if obj is not None:
                return obj
        raised = _first(head, "nsubjpass")
        if raised is not None and _first(head, "agent") is None and ctx.lex.frames.get(_vl(ctx, head)) == "report" \
                and (tok.tag_ in ("VBG", "VB") or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            # "X's units were seen withdrawing from Y", "X was reported to have attacked Y", "X is thought to
            # fund Y": the passive's subject does the act of its complement, not the unnamed one who saw or
            # reported it
            return raised
        teller = _first(head, "nsubj")
        if tok.tag_ in ("VB", "VBP") and not any(c.dep_ == "aux" for c in tok.children) and teller is not None \
                and teller.i < head.i and ctx.lex.frames.get(_vl(ctx, head)) == "report":
            # "carries out strikes that it says target X", "raids it says hit Y": a clause on the noun before it
            # whose teller the parser took for the subject; what it tells of (the strikes) does the act
            before = teller.left_edge.i - 1
            if before >= 0 and tok.doc[before].lower_ in ("that", "which"):
                before -= 1
            told = tok.doc[before] if before >= 0 else None
            if told is not None and told.pos_ == "NOUN" and told.dep_ == "dobj" and _noun_type(ctx, told) is not None:
                return _source_token(ctx, told.head, depth + 1)  # (the strikes' author: who carries them out)
            if told is not None and told.pos_ == "NOUN" and told.dep_ in ("dobj", "pobj", "nsubj", "conj"):
                return told
        return _source_token(ctx, head, depth + 1)
    if dep == "acl" and tok.tag_ == "VBG" and head.pos_ == "NOUN" and _lemma(head) in ctx.lex.statement_nouns:
        return head  # "issued a statement urging X to ...", "adopted a resolution calling on X": its author asks
    if dep == "conj" and (lifted := _lifted_conj(ctx, tok)) is not None:
        return _source_token(ctx, lifted, depth + 1)
    if dep == "conj" and _finite_conj_of_infinitive(tok):
        # "asked X to issue a notice and has asked Y to ...": the asker acts again, not X
        return _source_token(ctx, head.head, depth + 1)
    if dep == "ccomp" and tok.tag_ == "VBD" and ctx.lex.frames.get(_vl(ctx, head)) == "report" and any(
            c.dep_ == "ccomp" and c.i < tok.i and any(t.lower_ == "and" for t in tok.doc[c.right_edge.i:tok.i])
            for c in head.children):
        # "X said the banks had failed to comply and in July revoked their licences": a second verb of the
        # sentence misread as a second reported clause; its subject is the speaker's
        return _source_token(ctx, head, depth + 1)
    if dep == "conj" and (tok.tag_ in ("VBD", "VBZ") or _finite_by_auxiliary(tok)) \
            and ctx.lex.frames.get(_vl(ctx, head)) == "report":
        # "X did not order a retreat, two officials said, and asked Y to mediate": the reporters set off
        # between commas (no actor named) tell of X, who also asked; so with a bare verb made finite by its
        # auxiliary ("X met Y, his office said, but did not meet Z": X did not meet Z, not the office's owner)
        lead = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
        told_by = _first(head, *_SUBJ)
        if lead is not None and told_by is not None and told_by.i > lead.i and ctx.mention_of(told_by) is None \
                and any(t.text == "," for t in tok.doc[lead.right_edge.i:told_by.left_edge.i + 1]) \
                and _first(lead, *_SUBJ) is not None:
            return _source_token(ctx, lead, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX", "ADJ"):
        if _is_passive(ctx, head) and _first(head, "nsubjpass") is not None:
            return _first(head, "nsubjpass")  # "are funded by X and have attacked Y": the funded ones attack
        return _source_token(ctx, head, depth + 1)
    if dep == "acomp" and _split_prefixed_participle(tok) and _lemma(head) == "be":
        # "X was re-elected in August": a passive the parser read as "was re ... elected"; X is the one elected, the
        # doer only its agent ("was re-elected by parliament")
        agent = _first(tok, "agent")
        return _first(agent, "pobj") if agent is not None else None
    if dep in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):  # "X is opposed to", "X is ready to"
        return _source_token(ctx, head, depth + 1)
    if dep == "advcl" and tok.tag_ == "VB":
        for obj in _children(head, *_OBJ):  # "accepted an offer from X to host talks": misread "offer ... to host"
            if _lemma(obj) in ctx.lex.proposal_nouns and obj.right_edge.i + 2 >= tok.i:
                for c in obj.children:
                    if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")):
                        return c if c.dep_ == "poss" else _first(c, "pobj")
    if dep in ("advcl", "pcomp") and (tok.tag_ == "VBG" or tok.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in tok.children)):
        # ("X was designated for having assisted Y": the perfect participle too)
        main = head.head if dep == "pcomp" and head.dep_ == "prep" else head
        if main.pos_ in ("VERB", "AUX") and _is_passive(ctx, main) and _first(main, "nsubjpass") is not None:
            # "X was ejected by Y after calling Z a traitor", "X was arrested while leading a march": the
            # subject of the passive does the participle's act, not its agent
            return _first(main, "nsubjpass")
    if dep == "advcl" and (said := _speakers_participle(ctx, tok)) is not None:
        return _source_token(ctx, said, depth + 1)
    if dep == "advcl" and tok.tag_ in ("VBG", "VB", "VBN"):
        return _source_token(ctx, head, depth + 1)
    if dep in ("relcl", "acl") and _is_infinitive(tok) and head.pos_ == "NOUN" and ctx.mention_of(head) is None \
            and any(c.dep_ == "amod" and c.lower_ in ctx.lex.ordinals for c in head.children):
        # "X became the first leader to visit Y", "X visited Y, the first leader to congratulate Z": the one
        # the phrase describes
        if head.dep_ == "appos":
            return head.head
        if head.head.pos_ in ("VERB", "AUX") and (head.dep_ == "attr" or head.dep_ in ("dobj", "npadvmod") and (
                head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ",")):
            return _source_token(ctx, head.head, depth + 1)
    if _is_infinitive(tok) and (copula := _ordinal_copula(ctx, tok)) is not None:
        return _source_token(ctx, copula, depth + 1)
    if dep == "relcl":
        return head
    if dep == "acl" and _misread_predicate(tok):
        return tok.sent.root
    if dep == "acl" and tok.tag_ == "VBG":
        return head
    if dep == "acl" and tok.tag_ == "VB" and head.pos_ == "NOUN":
        # "an offer from X to host talks", "X's offer to mediate": the one who offers acts
        for c in head.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")):
                return c if c.dep_ == "poss" else _first(c, "pobj")
        return None
    if dep == "pcomp" and head.dep_ == "conj" and head.pos_ == "ADP":
        # "responded by deploying troops and by demanding X's withdrawal": the second preposition, conjoined to the
        # first, hangs on the same verb
        while head.dep_ == "conj" and head.head.pos_ == "ADP":
            head = head.head
        if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            return _source_token(ctx, head.head, depth + 1)  # (the second "by" hung on the verb itself)
    if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "for" and tok.tag_ == "VBG" \
            and head.head.pos_ == "VERB" and not _is_passive(ctx, head.head) \
            and _vl(ctx, head.head) not in ctx.lex.means_verbs:
        # "X impeached him for refusing to appoint judges", "X expelled Y for refusing to vote": the one punished
        # (or praised) for the act did it, not the subject (the object a party or a person, not "won praise for";
        # not the means used for it, plover.yaml means_verbs: "used the port of X for attacking Y")
        done = _first(head.head, "dobj")
        if done is not None and (done.pos_ == "PRON" and done.lower_ in _PERSONAL_OBJECTS
                                 or done.pos_ == "PROPN" or ctx.mention_of(done) is not None):
            return done
    if dep == "pcomp" and head.dep_ == "prep":
        return _source_token(ctx, head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else None
    return None


def _ordinal_copula(ctx: _Ctx, tok: Token) -> Token | None:
    """The copula whose subject does the infinitive ``tok`` that an ordinal word ranks (plover.yaml ordinals) when
    no noun carries it: "X was the first to congratulate Y" (the infinitive hung on "first", the copula's attribute),
    "X was among the first to congratulate Y", "X was among the first leaders to recognise Y" (the infinitive hung on
    the copula, "among" ranking its subject); None for any other infinitive ("X was ready to talk", "X was among
    those asked to leave")."""
    head = tok.head
    if tok.dep_ in ("relcl", "acl") and head.pos_ == "ADJ" and head.lower_ in ctx.lex.ordinals \
            and head.dep_ == "attr" and _lemma(head.head) == "be":
        return head.head
    if tok.dep_ not in ("xcomp", "advcl") or _lemma(head) != "be" or head.i > tok.i:
        return None
    for prep in _children(head, "prep"):
        if prep.lower_ != "among" or not prep.i < tok.i:
            continue
        for p in _children(prep, "pobj"):
            if p.lower_ in ctx.lex.ordinals or any(c.dep_ == "amod" and c.lower_ in ctx.lex.ordinals
                                                   for c in p.children):
                return head
    return None


def _judged_as(verb: Token) -> bool:
    """A verb with an "as" phrase that names no post ("dismissed the congress as a campaign rally", "dismissed
    the report as lies"): the object is judged, not removed (unlike "dismissed X as army chief")."""
    return any(p.lower_ == "as" and any(o.pos_ in ("NOUN", "ADJ") and not _is_role(o) for o in p.children
                                        if o.dep_ in ("pobj", "amod", "acomp"))
               for p in verb.children if p.dep_ == "prep")


def _premodifier_subject(tok: Token, subjs: list[Token]) -> bool:
    """A common noun read as a subject of its own just before another subject's phrase ("The opposition Civic
    Forum, the coalition led by X, dismissed ... and accused Y": "opposition" split off "Civic Forum"): a modifier
    of the name that follows, not the actor; the name's phrase is."""
    return tok.pos_ == "NOUN" and not any(c.dep_ not in ("det", "amod") for c in tok.children) and any(
        other.i != tok.i and other.pos_ == "PROPN" and other.left_edge.i == tok.i + 1 for other in subjs)


# object pronouns of one punished or praised for an act ("impeached him for refusing to ...")
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us"})


def _dated_subject(tok: Token, names: bool = False) -> Token | None:
    """"On 12 March fighters of X attacked Y", "On 5 May units of Z shelled Y": a finite verb with no subject after a
    fronted date phrase the parser ran on into the noun that follows it (the date's words hung on that noun): the
    plural noun closing the phrase right before the verb is the subject; None for any other verb ("On 12 March
    talks began" has its own subject). With ``names``, a name the date ran into as well ("On 7 May 2024 former
    premier X of the Y Party won the presidency": the date's month hung on the name)."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or not (tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and any(
            c.dep_ == "aux" for c in tok.children)):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i < tok.i and c.left_edge.i == tok.sent.start):
        objs = _children(prep, "pobj")
        if len(objs) >= 2 and objs[-1].pos_ in ("NOUN", "PROPN") and all(
                t.dep_ in ("aux", "punct", "advmod") for t in tok.doc[objs[-1].right_edge.i + 1:tok.i]):
            # "By lunchtime the X's chief negotiator, Y, had accused ...": the fronted phrase took the subject as a
            # second object of its preposition
            return objs[-1]
        if tok.tag_ == "VBN":
            continue
        noun = objs[0] if objs else None
        if noun is not None and (noun.tag_ == "NNS" or names and noun.tag_ == "NNP") and noun.ent_type_ != "DATE" \
                and noun.right_edge.i + 1 == tok.i \
                and any(c.dep_ in ("nummod", "compound") and c.i < noun.i and c.ent_type_ == "DATE"
                        for c in noun.children):
            return noun
    return None


def _speakers_participle(ctx: _Ctx, tok: Token) -> Token | None:
    """The reporting verb a participle of saying continues, set off by a comma after the reported clause: "X said
    Y had lost the war, urging Z to negotiate", "X said Y had attacked the border, calling on Z to act" (the parser
    hangs the participle on the reported verb, whose subject did not say it); None for any other participle ("X
    said Y shelled the town, killing 12": Y's blow)."""
    if tok.tag_ != "VBG" or _vl(ctx, tok) not in ctx.lex.utterances or _first(tok, *_SUBJ) is not None \
            or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # ("X said Y lectures, Z invests, praising ...": the first reported verb)
    if clause.dep_ in ("ccomp", "parataxis") and clause.i < tok.i and _reporting(ctx, clause.head) \
            and clause.head.i < clause.i:
        return clause.head
    return None


def _whose_object(ctx: _Ctx, verb: Token) -> tuple[Token, Token] | None:
    """"X, whose group Y designated as a terrorist organisation": an object relative clause opened by "whose N",
    misread with "whose N" as the subject and the real subject Y as its apposition: (Y, N), the one who acts and
    the one acted upon; None for any other clause ("whose group was banned by Y", "whose movement Y outlawed" read
    right)."""
    if verb.dep_ != "relcl" or _first(verb, *_OBJ) is not None or _is_passive(ctx, verb):
        return None
    subj = _first(verb, "nsubj")
    if subj is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
        return None
    agent = next((c for c in subj.children if c.dep_ == "appos" and c.i == subj.right_edge.i and c.i < verb.i
                  and c.pos_ == "PROPN" and ctx.mention_of(c) is not None), None)
    return (agent, subj) if agent is not None else None


def _represented(ctx: _Ctx, noun: Token) -> Span | None:
    """The state or body an unnamed stand-in speaks for: "the representative of X", "X's delegate", "the
    envoy for X", "Speaking for X, the ambassador ...": X; a bare "a spokesman" the body the passage is about
    (``PhraseResolver.spoken_for``); None for a named one ("X's envoy, Y") or any other noun."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in ctx.lex.stand_ins or ctx.mention_of(noun) is not None:
        return None
    resolver = referents(noun.doc)
    if any(c.dep_ == "appos" and not _unnamed_description(ctx, resolver, c) for c in noun.children):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in _children(c, "pobj")]
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "Speaking for X, the ambassador urged ...": X
        owners += [p for v in noun.head.children if v.dep_ == "advcl" and _lemma(v) == "speak"
                   for c in _children(v, "prep") if c.lower_ == "for" for p in _children(c, "pobj")]
    for o in owners:
        m = ctx.mention_of(o)
        a = resolver.actor(m.root) if m is not None else resolver.np_actor(o)  # (and "a spokesman for the group")
        if a is not None and resolver.kind(a) in ("country", "organization"):
            return m or _actor_span(ctx, a, noun.i, noun.doc)
    # "The Front denied it, and a spokesman said ...": a bare spokesman speaks for the body the passage is about
    a = resolver.spoken_for(noun) if not owners else None
    return _actor_span(ctx, a, noun.i, noun.doc) if a is not None else None


def _unnamed_description(ctx: _Ctx, resolver, noun: Token) -> bool:
    """A common noun set off after a stand-in that names no one ("X's envoy, a Velnian diplomat,", "the
    representative of Y, a former judge,"): its nationality is the person's, not the side the stand-in speaks for;
    False for a name ("X's envoy, Name Surname") or a description of a person named ("... a lawyer, Name")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    for t in noun.subtree:
        m = ctx.mention_of(t) if t.pos_ == "PROPN" else None
        if m is not None and resolver.kind(resolver.actor(m.root)) == "person":
            return False
    return True


def _stand_in_speaker(ctx: _Ctx, pron: Token) -> Span | None:
    """"he"/"she" (or the "his" of "his country") after an unnamed stand-in was the subject ("The
    representative of X said ... He demanded ...", "... said his country condemned ..."): the body the
    stand-in speaks for, when no named person was a subject since (this sentence and the two before)."""
    doc, start = pron.doc, pron.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    resolver = referents(doc)
    for t in reversed(doc_span(doc, start, pron.i)):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue  # ("he said", "it was": the same speaker again, or a thing)
        body = _represented(ctx, t)
        if body is not None:
            return body
        m = ctx.mention_of(t)
        a = resolver.actor(m.root) if m is not None else None
        if a is not None and resolver.kind(a) == "person":
            return None  # a person named since is the one meant
    return None


def _vocative(ctx: _Ctx, you: Token) -> Span | None:
    """"Minister X, we urge you to resign", "Tomas, I invite you: show your proof": the person a sentence opens by
    addressing (a name set off by a comma before the clause, read as an adverbial of its verb) is its "you"."""
    sent = you.sent
    for t in sent:
        if t.i >= you.i:
            break
        if t.dep_ in ("npadvmod", "intj") and t.pos_ == "PROPN" and t.left_edge.i == sent.start \
                and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
            return ctx.mention_of(t) or _first_name_of(ctx, t)
    return None


def _first_name_of(ctx: _Ctx, name: Token) -> Span | None:
    """A bare given name ("Tomas,") of the one person named before whose full name begins with it."""
    resolver = referents(name.doc)
    found = {a for t in name.doc[:name.i] if (a := resolver.actor(t)) is not None and resolver.kind(a) == "person"
             and t.text == name.text and t.i + 1 < len(name.doc) and resolver.actor(name.doc[t.i + 1]) == a}
    return _actor_span(ctx, found.pop(), name.i, name.doc) if len(found) == 1 else None


_RELATIVE_WORDS = ("which", "whom", "that", "who")


def _relative_object_of(verb: Token) -> bool:
    """The relative pronoun is the object of ``verb`` (or of its complement: "Y, which X wants to punish") and the
    only one: "Y, which X accuses Z of arming", "Y, which X denies accusing of ...": another object (Z, "accusing")
    is what the verb is done to, the relative hangs on what the parse leaves out, and the clause is no act on Y."""
    for v in (verb, *_children(verb, "xcomp")):
        objs = _children(v, "dobj")
        if any(c.tag_ in ("WDT", "WP") and c.lower_ in _RELATIVE_WORDS for c in objs):
            return len(objs) == 1
    return False


def _object_relative_subject(ctx: _Ctx, verb: Token, pron: Token) -> Span | None:
    """"X attacked Y, which it accuses of ...", "X still holds Y's staff, whom they accuse of spying", "X shelled Y,
    which it refuses to recognise": a personal pronoun that is the subject (``pron``) of a relative clause
    (``verb``) whose object is the relative pronoun never stands for the antecedent (Y, the one the clause is
    about); read as Y, it is the subject of the clause the antecedent belongs to (X). None when the pronoun was not
    read as the antecedent, or that clause's subject is no other actor."""
    if not _relative_object_of(verb):
        return None
    ante, own = _mention(ctx, verb.head), _mention(ctx, pron)
    if ante is None or own is None or _actor_index(ctx, own) != _actor_index(ctx, ante):
        return None
    main = verb.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.i == verb.i:
        return None
    src = _source(ctx, main)
    return src if src is not None and _actor_index(ctx, src) != _actor_index(ctx, ante) else None


def _source(ctx: _Ctx, tok: Token) -> Span | None:
    st = _source_token(ctx, tok)
    if st is None or st.head.i == tok.i and any(t.text == ";" for t in doc_span(tok.doc, st.i + 1, tok.i)):
        # (in an entry, a phrase before a semicolon is no subject: "Name - Trains the army; has urged X to ...")
        passive = _is_passive(ctx, tok) or any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                                          for c in tok.children)  # "Name - Armed by X.": the head undergoes it
        head = None if passive else _entry_head_span(ctx, tok)  # "Name - Boycotted the session."
        if head is None and st is None and not passive:
            head = _issuer_span(ctx, tok)  # "The Council, / ... / 1. Strongly condemns ...": the Council
        if head is not None or st is None:
            return head
    if st.pos_ == "PRON" and st.dep_ == "nsubj" and st.head.dep_ == "relcl" and (
            tok.i == st.head.i or tok.dep_ == "xcomp" and tok.head.i == st.head.i):
        # "X attacked Y, which it accuses of ...", "..., which it refuses to recognise": X, never Y
        m = _object_relative_subject(ctx, st.head, st)
        if m is not None:
            return m
    if st.pos_ == "PRON" and st.lower_ in ("he", "she") or st.pos_ == "NOUN" and _lemma(st) in ctx.lex.represented_nouns \
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in st.children):
        m = _stand_in_speaker(ctx, st)
        if m is not None:
            return m
    if st.pos_ == "PRON" and st.dep_ == "nsubj" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        first = _first(tok.head, "nsubj")
        if first is not None and first.pos_ == "PRON" and first.lower_ == st.lower_:
            # "They pledged allegiance to X, and they kill ...": the same "they" in both clauses, not X
            return _source(ctx, tok.head)
    if st.pos_ == "NOUN" and ctx.mention_of(st) is None and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in st.children):
        rep = _reporter(ctx, tok)  # "X said its forces had killed ...": X's forces
        # (not "Our partner asked for a permit; X has not replied": a sentence of its own before the semicolon)
        speaker = _mention(ctx, _first(rep, *_SUBJ)) if rep is not None and st.head is not rep \
            and not (tok.dep_ == "ccomp" and _clause_before_semicolon(tok)) else None
        if speaker is not None:
            return speaker
    m = _mention(ctx, st)
    if m is None and st.pos_ == "NOUN":
        whose = next((c for c in st.children if c.dep_ == "poss" and c.tag_ == "WP$"), None)
        # "X, whose troops are tasked with deploying": X
        m = _whose_antecedent(ctx, whose, acting=True) if whose is not None else None
    if m is None and st.pos_ == "NOUN" and _noun_type(ctx, st) == "ASSAULT":
        m = _blow_author(ctx, st)  # "An attack by X on Y killed nine soldiers": the blow's author
    if m is None and st.pos_ == "NOUN" and tok.dep_ == "relcl" and tok.head.i == st.i:
        m = _blow_clause_author(ctx, st, tok)  # "X shelled Y, in an attack that killed Z": X
    if m is None and st.pos_ == "NOUN":
        m = _represented(ctx, st)  # "Speaking for X, the ambassador urged ...": X
    if m is None and st.pos_ == "NOUN" and _lemma(st) in ctx.lex.statement_nouns:
        m = _statement_author(ctx, st)
    if m is None and st.pos_ == "PRON" and st.lemma_.lower() in ctx.lex.pronouns | {"-pron-"}:
        rep = _reporter(ctx, tok)
        if rep is not None:
            m = _mention(ctx, _first(rep, *_SUBJ))
    if m is None and st.pos_ in ("NOUN", "PROPN") and st.lower_ in ctx.lex.seat_nouns and not quoted(st) \
            and any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWN for c in st.children):
        if ctx.author is False:
            ctx.author = _report_author(ctx, st.doc)
        m = ctx.author  # "My Government holds X responsible", outside quotes in a letter: its author's
    if m is None and st.pos_ == "PRON" and st.lower_ in _FIRST_PERSON:
        m = _line_speaker(ctx, st)  # "Name: ... we ambushed a convoy": the answering speaker
        if m is None:
            m = _voice_mention(ctx, st)  # "Speech by NAME, leader of X" above "we won nine seats": X
        if m is None and st.lower_ == "we" and not quoted(st):
            if ctx.author is False:
                ctx.author = _report_author(ctx, st.doc)
            m = ctx.author  # "We urge the government to ...", outside quotes in a report: its author
    if m is None and st.pos_ in ("NOUN", "PROPN") and _assembly_subject(ctx, st):
        m = _proceedings_body(ctx, st.doc)  # "The committee condemned the arrests" in a union's minutes: the union
    if m is None and st.pos_ == "NOUN":
        for acl in st.children:  # "drones flown by X struck ...", "rockets fired by X hit ...": X
            agent = _first(acl, "agent") if acl.dep_ == "acl" and acl.tag_ == "VBN" \
                and _lemma(acl) in ctx.lex.operating_verbs else None
            if agent is not None:
                m = _mention(ctx, _first(agent, "pobj"))
                if m is not None:
                    return m
    if m is None and st.pos_ == "NOUN":
        m = _self_named(ctx, st)  # "an armed band calling itself X attacked ...": X
    if m is None and st.pos_ == "NOUN":
        listed = _members(ctx, st)  # "critics, including X and Y, accused ...": X and Y
        if listed:
            m = listed[0]
    return m


def _self_named(ctx: _Ctx, noun: Token) -> Span | None:
    """The name a common noun's participle gives it: "an armed band calling itself X attacked ...", "a group
    styling itself X", "a militia known as X", "a faction called X" (relations.yaml self_naming_verbs, and "known as");
    None for a noun with no such participle ("a group of X's fighters")."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.i < noun.i:
            continue
        lemma = _lemma(acl)
        if lemma == "know":  # "a militia known as the X Rangers"
            as_ = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            names = [c for c in as_.children if c.dep_ == "pobj"] if as_ is not None else []
        elif lemma in cues().self_naming_verbs and (
                acl.tag_ == "VBN" or any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in acl.children)):
            names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "appos")
                     and c.lower_ not in REFLEXIVES]
        else:
            continue
        for name in names:
            m = _mention(ctx, name)
            if m is not None:
                return m
    return None


_FIRST_PERSON = frozenset({"we", "i"})
_FIRST_PERSON_OWN = frozenset({"my", "our"})
_QUOTES = QUOTE_MARKS


def _quoted_in_header(tok: Token) -> bool:
    """``tok`` stands inside quotation marks on a header line: a short line without final punctuation
    (a live-blog entry title, a sub-heading)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if not line or len(line.split()) > 20 or line.rstrip('"\u201d\'').endswith((".", "?", "!", ":")):
        return False
    return quoted(tok)


def _is_label(tok: Token) -> bool:
    """``tok`` ends a speaker label ("Name:" at the start of a line), or heads one ("Q (Outlet):")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    after = read_tokens(doc)[tok.i + 1].text  # (the listed token's text: no new Token per call)
    if after != ":" and after != "(":
        return False
    start = doc_text(doc).rfind("\n", 0, tok.idx) + 1
    label = speaker_label(doc_text(doc), start)
    if label is None:
        return False
    if after == "(":  # "Q (Outlet):": the head of the label, right before its parenthesis
        return tok.idx + len(tok) + 1 < label.end() and "(" in doc_text(doc)[tok.idx:label.end()]
    return label.end() - 2 <= tok.idx + len(tok) <= label.end()


# a line's label: a few words (a number among them: "CLAIM 2", "Claim #3") before a colon
_CLAIM_LABEL = re.compile(r"[ \t]*(?:[A-Za-z]?\d+[.)]?[ \t]+)?[A-Za-z][\w'#\-/]*(?: [\w'#\-/]+){0,3}: ")


def _claim_label(ctx: _Ctx, tok: Token) -> bool:
    """``tok``'s line opens with a label that names what follows a claim ("CLAIM 1: ...", "Rumour: ...") or a
    quiz's statement to judge ("Q8. TRUE OR FALSE: ...", plover.yaml quiz_labels), a number before it or not: the
    line tells what is said or asked, not what happened."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    label = _CLAIM_LABEL.match(text, start)
    if label is None or label.end() > tok.idx:
        return False
    words = re.findall(r"[a-z]+", label.group().lower())
    return any(w in ctx.lex.unasserted or w[-1:] == "s" and w[:-1] in ctx.lex.unasserted for w in words) \
        or any(f" {q} " in f" {' '.join(words)} " for q in ctx.lex.quiz_labels)


def _speaker_side(ctx: _Ctx, tok: Token) -> Span | None:
    """"Name: ... they kill our commanders", "... attacked us": the body the labelled speaker leads or
    belongs to (``PhraseResolver.speaker_body``: "our" is a side, not the person), else the speaker."""
    resolver = referents(tok.doc)
    body = resolver.speaker_body(tok)
    if body is not None:
        for t in reversed(tok.doc[:tok.i]):
            if resolver.actor(t) == body:
                m = ctx.mention_of(t)
                if m is not None:
                    return m
    return _line_speaker(ctx, tok) or _voice_mention(ctx, tok) or _quote_speaker_side(ctx, tok)


def _names_another(noun: Token) -> bool:
    """"our brothers in the X Party", "my friend Name": the phrase names others (nlp/layout.py ``names_another``)."""
    from kingmaker.nlp.layout import names_another

    return names_another(referents(noun.doc), noun)


def _voice_mention(ctx: _Ctx, tok: Token) -> Span | None:
    """A first-person pronoun outside quotes in a document with its own voice (a speech, a memo, a statement
    under a header "Speech by NAME, leader of X", "From: Office of the Commander"; nlp/layout.py ``voice``):
    "I", "me", "my" the speaking person, "we", "us", "our" the body the person speaks for; a mention of it
    before ``tok`` (else anywhere)."""
    from kingmaker.nlp.layout import voice_body, voice_person

    resolver = referents(tok.doc)
    a = voice_body(resolver, tok) if tok.lower_ in ("we", "us", "our") else voice_person(resolver, tok) \
        if tok.lower_ in ("i", "me", "my") else None
    if a is None:
        return None
    found = _actor_span(ctx, a, tok.i, tok.doc)
    for t in tok.doc[tok.i + 1:] if found is None else ():  # (a body named only in the signature below)
        if resolver.actor(t) == a and (found := ctx.mention_of(t)) is not None:
            break
    return found


def _quote_speaker_side(ctx: _Ctx, tok: Token) -> Span | None:
    """'"... and then blame us for the darkness," he told a cabinet meeting', '"They attack our villages," X
    said': "us"/"our" inside a quotation its sentence attributes to a speaker (the subject of the sentence's
    reporting verb) is the speaker's side: a body or state speaking itself, else the one body or state the text
    ties the speaking person to (leader or member, as found so far); None when that is not clear."""
    root = tok.sent.root
    if not quoted(tok) or quoted(root) or not _reporting(ctx, root) or any(
            c.dep_ in ("amod", "compound") and (c.text[:1].isupper() or ctx.mention_of(c) is not None)
            for c in tok.children):
        return None  # ("We asked our Turkish brothers": the phrase names others by a proper modifier)
    subj = _first(root, "nsubj")
    said = ctx.mention_of(subj) if subj is not None and not subj.i <= tok.i <= subj.right_edge.i else None
    resolver = referents(tok.doc)
    a = resolver.actor(said.root) if said is not None else None
    if a is None or resolver.kind(a) in ("organization", "country") or tok.lower_ == "me":
        return said  # ('"X asked me to stay on," Name said': the speaking person)
    bodies = {h.target for h in resolver.hits if h.source == a and h.type in ("leader_of", "member_of")
              and resolver.kind(h.target) in ("organization", "country")}
    if len(bodies) != 1:
        return None
    body = bodies.pop()  # (named before, else after the quotation: '"... urged us to join," said Name, leader of X')
    return _actor_span(ctx, body, tok.i, tok.doc) or _actor_span(ctx, body, tok.sent.end, tok.doc)


# a speaker label that names an office, its words joined by of/for/and/the ('The Minister of Defence (Ms Name):')
_OFFICE_LABEL = re.compile(r" (?:of|for|and|the) [A-Z]")


def _line_speaker(ctx: _Ctx, tok: Token) -> Span | None:
    """The actor named by the speaker label of ``tok``'s line ("Name: ... we ..."), if any; an office's label
    ("The Minister of X (Ms Name): I spoke to ...") only for "I"/"we" as the subject (the holder acts; "our
    frontier" is no person's); on a paragraph that runs on a labelled turn, the label that opens it."""
    text = doc_text(tok.doc)
    start = turn_line(tok.doc, tok.idx)
    label = speaker_label(text, start)
    if label is None or label.end() > tok.idx:
        return None
    if _OFFICE_LABEL.search(label.group()) and not (tok.lower_ in _FIRST_PERSON and tok.dep_ in ("nsubj", "nsubjpass")):
        return None  # an office's label ("The Minister of X (Ms Name):") speaks for its holder as "I"/"we" only
    for i in tokens_within(tok.doc, start, label.end()):  # (the label's tokens, by bisection: no scan of the text before)
        t = tok.doc[i]
        if i < tok.i and t.idx + len(t) <= label.end() - 2:
            m = ctx.mention_of(t)
            if m is not None:
                return m
    person = referents(tok.doc).label_person(label.group())  # "A: We expelled ...": the interviewee, "Speaker A"'s
    return _actor_span(ctx, person, tok.i, tok.doc) if person is not None else None


def _frontier_owner(ctx: _Ctx, tok: Token, source: Span | None) -> Span | None:
    """The state whose border or land a deployment or a withdrawal is aimed at (plover.yaml frontier_nouns,
    frontier_types): "massed tanks along the Velnian frontier", "pulled its forces out of Velnia's border
    districts", "deployed troops to the border with Velnia" (the parser hung "with X" on the verb). Not the one
    that acts ("on its own border")."""
    preps = _children(tok, "prep")
    preps += [q for p in preps for q in _children(p, "prep")]  # "out of X's districts"
    for prep in preps:
        for p in _children(prep, "pobj"):
            if _lemma(p) not in ctx.lex.frontier_nouns:
                continue
            for c in p.children:
                if c.dep_ in ("poss", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper():
                    m = _mention(ctx, c)
                    if m is not None and m != source:
                        return m
            if prep.lower_ in ("to", "toward", "towards") and _lemma(p) in _BORDER_NOUNS:
                m = _prep_target(ctx, tok, _WITH)
                if m is not None and m != source:
                    return m  # "deployed troops to the border with X" (the parser hung "with X" on the verb)
    return None


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})  # "the border with X": X on the other side
_WITH = frozenset({"with"})


def _border_with(ctx: _Ctx, tok: Token) -> Span | None:
    """"deployed troops to the border with X", "massed troops on its border with X": X, the "with" on a border noun
    after the verb or its object (the last such noun's answer, None included)."""
    found = None
    for prep in _children(tok, "prep") + [p for o in _children(tok, *_OBJ) for p in _children(o, "prep")]:
        for p in _children(prep, "pobj"):
            if _lemma(p) in _BORDER_NOUNS:
                found = _prep_target(ctx, p, _WITH)
    return found


def _prep_target(ctx: _Ctx, tok: Token, preps: frozenset[str], depth: int = 0) -> Span | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lemma_.lower() in preps and not _joint_with(ctx, c) \
                and _third_party(ctx, c) is None and not _backed_with(c):
            for p in [*c.children, *_repeated_prep_objects(c)]:
                # "wrote to X": dative "to"; "jointly with X" names a partner, not a target
                if p.dep_ == "pobj" and not (c.lower_ in ("at", "on", "upon") and _lemma(p) in ctx.lex.behest_nouns) \
                        and _lemma(p) not in ctx.lex.ally_nouns:
                    # not "at the request of X" (X asked), but "responded to a request from X" (X is answered);
                    # not "fought on the side of X", "on X's side" (X is an ally)
                    m = _mention(ctx, p)
                    if m is not None:
                        return m
    if depth == 0 and tok.pos_ in ("VERB", "AUX"):
        for c in tok.children:  # "complained at length about X", "spoke by telephone with X": hung on the adverbial
            if c.dep_ == "prep" and c.lemma_.lower() not in preps and c.lower_ in _MANNER_PREPS:
                for p in _children(c, "pobj"):
                    if p.pos_ == "NOUN" and ctx.mention_of(p) is None and not any(d.dep_ in ("det", "poss") for d in p.children):
                        m = _prep_target(ctx, p, preps, depth + 1)
                        if m is not None:
                            return m
        for c in tok.children:  # "pulled out of X", "broke away from Y": the preposition hung on the particle
            if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ctx.lex.particle_heads and not _children(c, "pobj"):
                if any(p.lower_ == "of" and p.dep_ == "prep" and o.pos_ == "NOUN" and ctx.mention_of(o) is None
                       for p in c.children for o in _children(p, "pobj")):
                    continue  # "out of fear of X", "out of respect for Y": a motive, no place left
                m = _prep_target(ctx, c, preps | ({"of"} if "from" in preps else set()), depth + 1)
                if m is not None:  # ("out of" is "from")
                    return m
    return None


def _given_for(ctx: _Ctx, thing: Token, preps: frozenset[str]) -> Span | None:
    """The one a thing given is for, named in the thing's own phrase: "funded radios and trucks for X's army",
    "financed new radios for the X police", "funds training for X" (AID, its target prepositions hung on the object,
    not the verb); None when that phrase is an act ("funded weapons for the offensive against X": X is struck, not
    helped) or names no actor."""
    for c in thing.children:
        if c.dep_ != "prep" or c.lemma_.lower() not in preps:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and _noun_type(ctx, p) is None \
                    and not any(d.dep_ == "prep" and d.lower_ not in ("of",) for d in p.children):
                m = _mention(ctx, p, 4)
                if m is not None:
                    return m
    return None


def _repeated_prep_objects(prep: Token) -> list[Token]:
    """The objects of the same preposition repeated in a coordination ("on the drought and on X", "to A
    and to B"), which the parser may hang on a noun inside the first phrase ("on a lack of fuel for the plants
    and on X")."""
    return [p for t in prep.subtree if t.dep_ == "conj" and t.lower_ == prep.lower_ and t.i != prep.i
            for p in t.children if p.dep_ == "pobj"]


# prepositions of a bare manner adverbial ("at length", "by telephone", "in private") on which the parser may hang
# the verb's own target phrase
_MANNER_PREPS = frozenset({"at", "by", "in"})


def _noun_type(ctx: _Ctx, noun: Token, depth: int = 0) -> str | None:
    """The event type of a noun used as object ("talks", "hunger strike", "suspension of aid")."""
    lex = ctx.lex
    if noun.ent_type_ == "DATE" and noun.text[:1].isupper():
        return None  # "agreed on 14 March to deliver ...": the month, no march
    lem = _lemma(noun)
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            t = lex.compound_nouns.get((_lemma(c), lem))
            if t:
                return t
    frame = lex.frames.get(lem)
    if frame == "halt" and depth < 3:
        for prep in _children(noun, "prep"):
            if prep.lemma_ in ("of", "on", "to"):
                for p in _children(prep, "pobj"):
                    inner = _noun_type(ctx, p, depth + 1)
                    if inner:
                        return lex.halt_map.get(inner, inner)
    if lem in lex.preparation_nouns and depth < 3:
        for prep in _children(noun, "prep"):
            if prep.lemma_ in ("for", "of"):  # "preparations for an offensive": a mobilisation under way
                for p in _children(prep, "pobj"):
                    inner = _noun_type(ctx, p, depth + 1)
                    if inner in lex.preparation_map:
                        return lex.preparation_map[inner]
    t = lex.object_nouns.get(lem)
    if t:
        return t
    for c in noun.children:
        if c.dep_ == "compound":
            t = lex.object_nouns.get(_lemma(c))
            if t:
                return t
    if depth < 2:
        # "a state of emergency", "a campaign of bombings"
        if lem in ("state", "campaign", "wave", "series", "round", "spate", "act", "part", "portion", "share",
                   "half", "all", "some", "most", "much", "bulk", "rest", "number", "program", "programme",
                   "day", "week", "month", "year", "night", "hour", "participation", "involvement",
                   "presence"):  # "weeks of street protests", "its participation in the talks"
            for prep in _children(noun, "prep"):
                if prep.lemma_ == "of" or prep.lemma_ in ("in", "to") and lem in ("participation", "involvement",
                                                                                  "presence"):
                    for p in _children(prep, "pobj"):
                        t = _noun_type(ctx, p, depth + 1)
                        if t:
                            return t
    return None


# particles of phrasal verbs that the parser may attach as adverbs ("walked out", "stepped down", "stepped aside")
_PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "in", "over", "aside"})


def _arg_words(tok: Token, lex: EventLexicon) -> tuple[set[str], dict[str, Token]]:
    """Lemmas among a verb's arguments a phrase entry may require, and the token of each."""
    words: dict[str, Token] = {}

    def add(t: Token, of: bool = True) -> None:
        if t.ent_type_ in ("DATE", "TIME"):
            return  # "held since March" holds no march
        words.setdefault(_lemma(t), t)
        if t.tag_ in ("NNS", "NNPS") and t.lower_.endswith("s"):
            words.setdefault(t.lower_[:-1], t)  # (a plural the lemmatizer misreads: "bases" as "basis")
        joined = _hyphened_word(t)
        if joined:
            # a noun the tokenizer split at its hyphen: "staged a sit-in" ("sit", "-", "in") is the entry's "sit-in",
            # "declared a cease-fire" its "ceasefire"
            words.setdefault(joined, t)
            words.setdefault(f"{t.doc[t.i - 2].lower_}-{t.lower_}", t)
        for c in t.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                words.setdefault(_lemma(c), t)
            elif of and c.dep_ == "prep" and (c.lemma_ == "of" or c.lower_ == "in" and (
                    t.tag_ == "$" or t.like_num or t.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"))):
                # "$230 million in assistance": the amount's "in" noun is what is given
                for p in c.children:
                    if p.dep_ == "pobj":
                        words.setdefault(_lemma(p), t)
                        for m in _children(p, "compound"):  # "an instalment of X's credit line": the credit
                            words.setdefault(_lemma(m), t)

    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        add(tok.head, of=False)  # "a missile fired by X": the noun is what is fired
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children):
        # "the attack on the port, which X attributed to Y": the object is the antecedent (or the noun whose
        # of-phrase the clause was hung on)
        add(tok.head, of=False)
        if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" and tok.head.head.head.pos_ == "NOUN":
            add(tok.head.head.head, of=False)
    elif _contact_object_clause(tok):
        add(tok.head, of=False)  # "the sanctions X imposed on Y": the antecedent is the object
    for c in tok.children:
        dep = c.dep_
        if dep in ("dobj", "obj", "attr", "oprd", "dative", "acomp", "nsubjpass"):
            add(c)
            for p in _hung_particles(c, lex):
                words.setdefault(_lemma(p), p)  # "drove the fighters out of the valley": the verb's "out"
            for a in _children(c, "appos") if dep in ("dobj", "obj") else []:
                # "A and B backed X, the first with ammunition, the second with loans": the verb's phrase shared out
                # among its subjects by ordinal words set beside the object (an adjective, no second name of it)
                for prep in _children(a, "prep") if a.pos_ == "ADJ" else []:
                    words.setdefault(_lemma(prep), prep)
                    for p in _children(prep, "pobj"):
                        add(p, of=False)
        elif dep == "prt" or dep == "advmod" and c.lower_ in _PARTICLES:
            words.setdefault(_lemma(c), c)  # "walked out", the particle parsed as an adverb
        elif dep in ("prep", "agent"):
            if _time_adjunct(c):
                continue  # "called a rally for Saturday", "met on Monday": a time, no "call for", "call on"
            if c.lower_ in lex.attribution_preps:
                continue  # "struck a market, according to residents": who tells it, no "strike ... accord"
            if _behest_noun(c, lex) is not None:
                continue  # "sent police at the request of X": who asked, no "send ... request"
            words.setdefault(_lemma(c), c)
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") or p.dep_ == "amod" and c.lower_ == "as" \
                        and not _children(c, "pobj"):
                    add(p, of=False)  # ("designated X as corrupt": the label an adjective the parser hung on "as")
                elif p.dep_ == "prep" and not _children(c, "pobj"):  # "out of the talks", "away from X"
                    words.setdefault(_lemma(p), p)
                    for q in _children(p, "pobj"):
                        add(q, of=False)
        elif dep == "xcomp":
            words.setdefault(_lemma(c), c)
            for p in c.children:
                if p.dep_ in ("dobj", "prt"):
                    add(p)
        elif dep == "advcl" and c.pos_ == "ADJ" and c.i > tok.i and _first(c, *_SUBJ, "neg") is None:
            words.setdefault(_lemma(c), c)  # "held X fully responsible": the predicate after an adverb, read as a clause
        elif dep == "ccomp" and _small_clause_subject(tok, c) is not None:
            words.setdefault(_lemma(c), c)  # "holds X responsible": the object and its predicate read as a clause
        elif dep in ("advcl", "ccomp"):
            for p in c.children:  # "called for the accounts to be audited": "for" marks the clause
                if p.dep_ == "mark" and p.lower_ == "for":
                    words.setdefault("for", p)
    return set(words), words


def _behest_noun(prep: Token, lex: EventLexicon) -> Token | None:
    """The noun of a prepositional phrase that names who asked for an act (plover.yaml behest_nouns): "at the request
    of X", "at X's request", "on the orders of X", "upon the advice of X"; not "at the border", "on a request form"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "upon"):
        return None
    return next((p for p in _children(prep, "pobj") if _lemma(p) in lex.behest_nouns and (
        _first(p, "poss") is not None or any(q.lower_ == "of" for q in _children(p, "prep")))), None)


def _behest_requests(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """"Y sent 200 police officers at the request of X", "at X's request, Y flew in troops", "Y froze the accounts at
    the behest of X": X asked Y for the act (a REQUEST of X to Y, beside Y's act), when the act has a named doer
    other than X (plover.yaml asking_behest_nouns; not "at the invitation of X", nor an act that did not happen:
    "Y did not send troops at X's request", nor one only allowed or planned: "the treaty allows Y to station troops
    at the request of X")."""
    out: list[EventHit] = []
    done: set[int] = set()
    for h in hits:
        if h.negated or h.source is None or h.type == "REQUEST" or h.trigger.i in done \
                or h.trigger.pos_ not in ("VERB", "AUX") or h.trigger.dep_ == "xcomp" or _is_infinitive(h.trigger):
            continue
        for prep in _children(h.trigger, "prep"):
            noun = _behest_noun(prep, ctx.lex)
            if noun is None or _lemma(noun) not in ctx.lex.asking_behest_nouns:
                continue
            asker = _first(noun, "poss") or next(
                (p for q in _children(noun, "prep") if q.lower_ == "of" for p in _children(q, "pobj")), None)
            m = _government_asker(ctx, h, asker, _mention(ctx, asker))
            if m is None or m == h.source or m.root.i == h.source.root.i:
                continue
            done.add(h.trigger.i)
            out.append(EventHit("REQUEST", m, h.source, False, h.sentence, noun, 0.6, h.date_text, h.present))
    return out


def _government_asker(ctx: _Ctx, h: EventHit, asker: Token, m: Span | None) -> Span | None:
    """The asker of ``h`` told as "the government" ("at the government's request"; relations.yaml
    nearest_government_nouns, with no word naming its state): the state the act is aimed at ("flew troops to X's
    capital at the government's request": X's), else the article's own state (``PhraseResolver.home_state``) when
    the mention ``m`` is that state; None in a story with no one home state. Any other asker is ``m`` itself."""
    resolver = referents(asker.doc)
    if m is None or asker.lower_ not in (resolver.kb.relations.get("nearest_government_nouns") or ()) \
            or any(c.dep_ in ("amod", "compound", "poss") for c in asker.children):
        return m
    aimed = resolver.actor(h.target.root) if h.target is not None else None
    if aimed is not None and resolver.kind(aimed) == "country":
        return h.target
    home = resolver.home_state()
    return m if home is not None and resolver.actor(m.root) == home else None


def _contact_object_clause(tok: Token) -> bool:
    """A relative clause with no relative word whose object is the noun it follows: "the 2024 sanctions the Union
    imposed on X", "following the export ban Y imposed on Z", "the accord X signed with Y" (the clause opens with its
    own subject right after the noun); not a clause with an object of its own ("the week X imposed sanctions"), a
    passive one, or one opened by a relative word ("the town where X attacked", "the ban that X imposed" is read
    by its "that")."""
    if tok.dep_ != "relcl" or tok.head.pos_ != "NOUN" or tok.left_edge.i != tok.head.i + 1 or tok.i < tok.head.i:
        return False
    subj = _first(tok, "nsubj")
    if subj is None or subj.tag_ in ("WP", "WDT", "PRP") and subj.lower_ in ("who", "which", "that", "what"):
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP", "WRB")
           or c.dep_ == "mark" for c in tok.children):
        return False
    # the one acted upon or the partner told in a phrase of the clause ("on X", "with Y"): "an agreement X signed in
    # 2016" alone names no second party and is read no further
    return any(p.ent_type_ not in ("DATE", "TIME") for c in _children(tok, "prep") for p in _children(c, "pobj"))


def _small_clause_subject(verb: Token, clause: Token) -> Token | None:
    """The object of ``verb`` that the parser made the subject of ``clause``, a verbless predicate after it ("holds X
    responsible": X, read as the subject of "responsible"), or None when ``clause`` is a clause of its own (a verb, an
    auxiliary, a copula, a mark or a negation: "says X is responsible", "said that X was not responsible")."""
    if clause.pos_ != "ADJ" or clause.i < verb.i or any(c.dep_ in ("aux", "auxpass", "cop", "mark", "neg")
                                                          for c in clause.children):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # ("would hold X responsible if ...": a warning of what is to come, read no further)
    subj = _first(clause, "nsubj")
    return subj if subj is not None and verb.i < subj.i < clause.i else None


def _hung_particles(obj: Token, lex: EventLexicon) -> list[Token]:
    """A verb's particle or preposition the parser hung on its object: a particle told by the preposition it leads
    ("drove the fighters out of the valley", "chased the militia away from the road": ``_PARTICLES`` with a
    preposition of its own and no object; not "fighters in the valley", a place), or a preposition of the place
    left (plover.yaml object_hung_preps: "chased the militants from the town")."""
    return [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and (
        c.lower_ in _PARTICLES and not _children(c, "pobj") and any(p.dep_ == "prep" for p in c.children)
        or c.lower_ in lex.object_hung_preps)]


def _contest_told(tok: Token, lex: EventLexicon) -> bool:
    """A verb of defeat told with a vote or a seat of power (plover.yaml political_contest_words) as the head of its
    object or of a phrase on the verb or its object: "routed the X Party in Sunday's vote" (the phrase the parser
    hangs on the object too), "drove the Y Front from office", "pushed Z out of the government". A word read only as
    another noun's modifier names a place: "from the power station", "drove the government forces from the town".
    A word the tokenizer split at its hyphen is read whole: "beat X in the run-off" ("runoff"). A contest that only
    dates the act (plover.yaml contest_dating_preps: "before the run-off, X beat three volunteers") is none."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for h in [tok, *heads]:
        for prep in _children(h, "prep"):
            if prep.lower_ in lex.contest_dating_preps:
                continue
            heads.extend(p for p in prep.children if p.dep_ == "pobj")
            for inner in _children(prep, "prep"):  # "out of the government"
                heads.extend(_children(inner, "pobj"))
    return any(_lemma(h) in lex.political_contest_words or _hyphened_word(h) in lex.political_contest_words
               for h in heads)


def _hyphened_word(tok: Token) -> str:
    """The whole word of a noun the tokenizer split at a hyphen, its first part a compound on it: "run-off" (tokens
    "run", "-", "off") is "runoff"; "" for a noun not so split."""
    first = hyphen_first_part(tok)
    if first is None or tok.doc[first].head.i != tok.i:
        return ""
    return tok.doc[first].lower_ + tok.lower_


def _raided_by_police(tok: Token, lex: EventLexicon) -> bool:
    """``tok`` is told of the police (plover.yaml law_enforcers) as its doer: "Korvan police raided a militant
    hideout", "police officers raided the rebel camp and arrested five" (the subject of the first of conjoined
    verbs sharing it): a raid to arrest, no armed attack."""
    subj = _first(_first_conjunct(tok), "nsubj")
    return subj is not None and _lemma(subj) in lex.law_enforcers


def _time_adjunct(prep: Token) -> bool:
    """``prep`` only tells when: every object it has is a date or a time ("on Monday", "for Saturday")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _acted_on(lex: EventLexicon, verb: Token, tok: Token, word: str, own: str, entry: LexEntry) -> bool:
    """``word``, a lemma ``_arg_words`` read among ``verb``'s arguments at ``tok``, is what the verb acts on: not the
    object of a time or circumstance preposition of the verb (plover.yaml background: "after the speech"), nor, when
    the verb's ``own`` reading is a blow, only a modifier of another common noun, the place struck (``tok`` "office"
    for "budget" in "the budget office"; elsewhere a modifier may name what is acted on: "sent an observer mission",
    and a name's kind is no mere modifier: "the frigate HMAS Sydney"; nor is one the ``entry`` names with its noun:
    "fired tear gas")."""
    if own == "ASSAULT" and tok.pos_ == "NOUN" and _lemma(tok) != word \
            and not any(_lemma(tok) in slot for slot in entry.words) \
            and any(c.dep_ in ("compound", "amod", "nmod") and _lemma(c) == word for c in tok.children):
        return False
    return not (tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ in lex.background)


def _add_body_words(ctx: _Ctx, tok: Token, words: set[str], word_tok: dict[str, Token]) -> None:
    """A body named by its name as the verb's object reads as the word of its kind (plover.yaml named_bodies): "left
    ECOWAS" is "left the international body", "quit the Green Party" is "quit the party", "dissolved the RPK" is
    "dissolved the party", so the phrase entries that name the kind of body ("leave|quit party|coalition|...") hold
    for a body named by its name too."""
    if _lemma(tok) not in ctx.lex.named_body_verbs:
        return
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "NOUN")]
    if not objs:
        return
    verb, subj = tok, _first(tok, *_SUBJ)
    while subj is None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        subj = _first(verb, *_SUBJ)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head  # "X, which left the bloc": X leaves it
    if subj is not None and subj.tag_ != "PRP" and ctx.mention_of(subj) is None:
        return  # "the three juntas, who quit the bloc", "a move that left X outside": no one named leaves it
    resolver = None
    for o in objs:
        for t in (o, *_children(o, "conj")):
            if ctx.mention_of(t) is None:
                continue
            resolver = resolver or referents(tok.doc)
            a = resolver.actor(t)
            if a is None or resolver.kind(a) != "organization":
                continue
            sub = resolver.subkind(a)
            if sub is None and _lemma(tok) in ctx.lex.dissolving_verbs:
                sub = "organization"  # "dissolved the X Council": a body of no known kind dissolved
            if sub in ctx.lex.named_bodies and sub not in words:
                words.add(sub)
                word_tok[sub] = t


def _match_entry(entries: list[LexEntry], words: set[str]) -> LexEntry | None:
    for e in entries:
        if all(slot & words for slot in e.words):
            return e
    return None


@dataclass
class _Act:
    type: str
    kind: str                  # verb | phrase | weak | frame | light | noun | modal
    entry: LexEntry | None = None
    inner: Token | None = None          # the complement act of a frame
    obj: Token | None = None            # the object noun that carries or completes the event
    consumed: tuple[Token, ...] = ()    # subtrees whose events belong to this one
    target_tok: Token | None = None     # explicit target token (request frames)
    negated_inner: bool = False
    inner_type: str | None = None       # the type of the complement act


def _called_party(ctx: _Ctx, verb: Token) -> Token | None:
    """The one phoned: "X also called Y to congratulate him" (a named person or body as the only object, no
    "on"/"for"/"to": "called Y a traitor" names, "called Y to resign" and "called Y to talks" ask)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp", "attr", "ccomp")]
    if _is_passive(ctx, verb) or len(objs) != 1 or objs[0].dep_ not in ("dobj", "oprd") or objs[0].pos_ != "PROPN" \
            or ctx.mention_of(objs[0]) is None or objs[0].ent_type_ in ("GPE", "NORP") \
            or any(p.lower_ in ("on", "upon", "for", "to") for p in _children(verb, "prep", "prt")):
        return None
    for x in _children(verb, "xcomp"):
        done = _first(x, "dobj")
        if done is None or done.lower_ not in ("him", "her", "them"):
            return None  # "called Y to resign": a demand on Y ("to congratulate him": Y is acted upon)
    return objs[0]


def _negated(ctx: _Ctx, tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never",)):
            return True
        if c.dep_ == "det" and c.lower_ == "no" and tok.pos_ == "NOUN":
            return True  # "no talks took place", "there was no agreement"
        if c.dep_ == "prep" and _lemma(tok) == "be" and any(n.dep_ == "neg" for n in c.children):
            return True  # 'the arms were "not for negotiation"': the "not" parsed onto the predicate's preposition
        if c.dep_ == "advmod" and (c.lower_ in ctx.lex.cessation_adverbs or c.lower_ in ctx.lex.repeat_adverbs) \
                and any(n.dep_ == "neg" and n.lower_ in ctx.lex.negations for n in c.children):
            return True  # "could no longer support", "will no more tolerate", "would never again take up arms": the act
            # stops, it does not happen
        if c.dep_ == "advmod" and c.lower_ in ctx.lex.pending_adverbs and _lemma(tok) in ("have", "be") \
                and any(x.dep_ == "xcomp" and _is_infinitive(x) for x in tok.children):
            return True  # "has yet to respond", "is yet to sign": not done so far
        if c.dep_ == "advmod" and c.lower_ in ctx.lex.near_miss and tok.pos_ == "VERB":
            return True  # "nearly attacked X", "almost signed the deal": not done
        if c.dep_ == "preconj" and c.lower_ == "neither" or c.dep_ == "cc" and c.lower_ == "nor" and tok.dep_ != "conj":
            return True  # "neither confirmed nor denied the strike"
    if _no_one_subject(ctx, tok):
        return True  # "nobody has a veto", "no faction accepted the offer": not done
    if _fronted_negation(ctx, tok):
        return True  # "Nor did X attack Y", "At no time has X met Y": not done
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "preconj" and d.lower_ == "neither"
                                                            for d in c.children) for c in tok.children):
        return True  # "Neither X nor Y attacked Z", "met neither X nor Y": no one named did it, or to no one
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children):
        return True  # (the second verb of "neither ... nor")
    if _shares_negation(ctx, tok):
        return True  # "has never financed, armed or trained X": each joined verb is denied
    if tok.dep_ == "xcomp" and _is_infinitive(tok) and ctx.lex.frames.get(_vl(ctx, tok.head)) == "refuse":
        return True  # "refused to disarm", "declined to withdraw": the complement act is not done
    if tok.dep_ == "xcomp" and _is_infinitive(tok) and _lemma(tok.head) in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ in ctx.lex.pending_adverbs for c in tok.head.children):
        return True  # "is yet to sign": the act of the complement
    if tok.dep_ == "xcomp" and _is_infinitive(tok) and _lemma(tok.head) in ctx.lex.attempt_frames \
            and _negated(ctx, tok.head):
        return True  # "will not try to impeach X", "never attempted to expel Y": no attempt, no act
    return False


def _shares_negation(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is a verb joined to a negated one whose subject, auxiliary and "not"/"never" it shares ("did not
    support, fund or arm X", "has never armed or trained X", or whose subject says no one did it: "no member was
    detained or questioned", "nobody attacked or threatened X"): it is denied too. A verb with its own subject or
    auxiliary, one of another verb form ("said she would not join X and called on Y", a "called" joined to "said"
    but parsed onto "join"), or one joined by "but"/"yet" ("did not attack X but shelled Y"), states its own act."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    v = tok
    while v.dep_ == "conj" and v.head is not v:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in v.children) \
                or any(c.dep_ in ("cc", "preconj") and c.lower_ in ctx.lex.contrast_conjunctions
                       for c in (*v.children, *v.head.children)):
            return False
        if _first(v, "dobj") is not None and _first(v.head, "dobj") is not None and not any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in (*v.children, *v.head.children)):
            return False  # "never armed X, and trained Y": two acts, each with its own object
        h = v.head
        if v.tag_ != h.tag_ and (any(c.dep_ in ("aux", "auxpass") for c in h.children)
                                 or not {v.tag_, h.tag_} <= {"VBD", "VBN", "JJ"}):
            return False  # "said she would not enter X and called on Y": a verb of another form shares no auxiliary
        # (with no auxiliary the tagger may tell one past form from another: "never armed (JJ) or trained (VBD)")
        v = h
        if v.pos_ not in ("VERB", "AUX") and v.tag_ != "JJ":
            return False
        if any(c.dep_ == "neg" and c.lower_ in ctx.lex.negations or c.dep_ == "advmod" and c.lower_ == "never"
               for c in v.children):
            return True
        if _no_one_subject(ctx, v) and not any(t.is_quote for t in tok.doc[v.i:tok.i]):
            return True  # "no member was detained or questioned"; not a verb past the close of a quotation, which
            # the parser may join to the quoted one ('said "no unit had anything to do with" it and offered to help')
    return False


def _unarmed_deployment(ctx: _Ctx, tok: Token) -> bool:
    """What ``tok`` deploys (its object, or its passive subject) are people who carry no arms: observers,
    monitors, inspectors, doctors ("a team of observers": the "of" noun counts too)."""
    moved = _first(tok, "dobj", "nsubjpass")
    if moved is None:
        return False
    words = {_lemma(moved)} | {_lemma(p) for prep in _children(moved, "prep") if prep.lower_ == "of"
                                for p in _children(prep, "pobj")}
    return bool(words & ctx.lex.unarmed_personnel)


def _fronted_negation(ctx: _Ctx, tok: Token) -> bool:
    """A negative phrase opens the sentence of ``tok`` (plover.yaml negative_openers) and ``tok``'s auxiliary comes
    after it and before the subject, as an inverted clause has it: "Nor did the army attack X", "Neither has X met
    Y", "Nor, let me say plainly, did X negotiate with Y", "At no time did X fire on Y". Not "Neither X nor Y
    attacked Z" (no inversion), "Not only did X attack Y" or "No sooner had X signed" (no opener: done)."""
    aux = next((c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i), None)
    if aux is None and tok.dep_ == "ccomp" and tok.head.i < tok.i and tok.head.tag_ in ("VBZ", "VBD", "VBP", "MD") \
            and _lemma(tok.head) in ("have", "do", "be", "will", "would", "can", "could") \
            and _first(tok.head, "nsubj", "nsubjpass", "dobj") is None:
        aux = tok.head  # "At no time has X attacked Y": the auxiliary misread as the main verb, the act its clause
    if aux is None:
        return False
    words = [t for t in span_tokens(tok.sent) if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ in ("and", "but"):
        words = words[1:]  # "And nor did X ..."
    if not words or words[0].i >= aux.i:
        return False
    opening = " ".join(t.lower_ for t in words[:4])
    if not any(opening == o or opening.startswith(o + " ") for o in ctx.lex.negative_openers):
        return False
    subj = _first(tok, "nsubj", "nsubjpass")
    return subj is None or subj.i > aux.i or subj.i == words[0].i


def _no_one_subject(ctx: _Ctx, tok: Token) -> bool:
    """The subject of ``tok`` says no one did it: "nobody has a veto", "none of the parties signed",
    "no faction accepted the offer" (an act that did not happen, and no one's refusal)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ctx.lex.negative_subjects or any(
        d.dep_ == "det" and d.lower_ in ctx.lex.negative_subjects for d in c.children)) for c in tok.children)


def _avoids(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` keeps the act of its "from"/"on" gerund from happening: "refrained from", "was prevented from",
    "held off on" (an `avoidance` entry, with its particle when it has one)."""
    lem = _vl(ctx, verb)
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lem in ctx.lex.avoidance or prt is not None and f"{lem} {prt}" in ctx.lex.avoidance


def _barred_dealings(ctx: _Ctx, verb: Token) -> Span | None:
    """"banned all banks from dealing with X", "barred citizens from doing business with X", "forbade firms from
    trading with X" (a verb of keeping from, plover.yaml avoidance, whose "from" gerund is one of dealing with
    someone, plover.yaml dealings): X, the one cut off, is the target of the ban, not those it binds."""
    if not _avoids(ctx, verb):
        return None
    for prep in _children(verb, "prep"):
        for ger in _children(prep, "pcomp") if prep.lower_ == "from" else ():
            obj = _first(ger, "dobj")
            said = f"{_lemma(ger)} {_lemma(obj)}" if obj is not None else _lemma(ger)
            if _lemma(ger) not in ctx.lex.dealings and said not in ctx.lex.dealings:
                continue
            for w in _children(ger, "prep"):
                m = _mention(ctx, _first(w, "pobj")) if w.lower_ == "with" and _first(w, "pobj") is not None else None
                if m is not None:
                    return m
    return None


def _under_negating_prep(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` (or the verb it is conjoined to) is the complement of "without", "against", "instead of":
    "met without agreeing on a candidate", "campaigned against sending weapons" tell an act that did
    not happen."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("xcomp", "dobj") and t.tag_ == "VBG" and _vl(ctx, t.head) in ctx.lex.avoided:
            return True  # "avoided attacking X": not done
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":
            prep = t.head
            if prep.lower_ in ("from", "on") and _avoids(ctx, prep.head):
                return True  # "refrained from attacking X", "was prevented from leaving", "held off on sanctioning"
            before = prep.doc[prep.i - 1].lower_ + " " if prep.i > 0 else ""
            return prep.lower_ in ctx.lex.negating_preps or before + prep.lower_ in ctx.lex.negating_preps
        if t.dep_ != "conj" or t.head is t:
            return False
        t = t.head
    return False


def _modal(ctx: _Ctx, tok: Token) -> tuple[bool, bool]:
    """(future/hypothetical modal, obligation modal) on the verb or the verb it is conjoined to."""
    t = tok
    for _ in range(3):
        fut = obl = False
        for c in t.children:
            if c.dep_ == "aux":
                lem = c.lower_
                if lem in ctx.lex.future or _lemma(c) in ctx.lex.future:
                    fut = True
                elif lem in ("'d", "’d") and t.tag_ in ("VB", "VBP"):
                    # "he'd never support" = would (the bare verb may be tagged as a present); "he'd opposed" = had
                    fut = True
                elif lem in ctx.lex.obligation:
                    obl = True
        if fut or obl:
            return fut, obl
        if t.dep_ == "xcomp" and _is_infinitive(t) and _lemma(t.head) in ctx.lex.need_frames:
            return False, True  # "a majority is needed to impeach X": what would have to be done, no act
        if t.dep_ == "xcomp" and _is_infinitive(t) and _lemma(t.head) in ctx.lex.attempt_frames:
            t = t.head  # "will try to impeach X": the attempt's own modal is the act's
            continue
        if _future_frame(ctx, t):
            return True, False  # "is going to attack X", "is set to sign the deal", "was due to meet Y": to come
        if _be_to(ctx, t):
            return True, False  # "the brigade is to give up its guns by March": an act scheduled
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _first(t, *_SUBJ) or _means_of(t):
            t = t.head if t.dep_ == "conj" else t.head.head
            continue
        break
    return False, False


def _future_frame(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is the infinitive of a "be ... to" frame of an act to come (plover.yaml future_frames): "is going to
    attack X", "is set to sign the deal", "was due to meet Y", "had been due to attack Z"."""
    frame = tok.head
    return tok.dep_ == "xcomp" and _is_infinitive(tok) and _lemma(frame) in ctx.lex.future_frames \
        and frame.tag_ in ("VBG", "VBN", "JJ") \
        and (any(c.dep_ in ("aux", "auxpass") and _lemma(c) == "be" for c in frame.children) or _copular_frame(frame))


def _copular_frame(frame: Token) -> bool:
    """``frame`` is the adjective complement of "be" ("was due to meet Y", "had been due to attack X": the parser
    hangs "due" on "be" rather than "be" on it): the frame of an act to come, as "is set to" is."""
    return frame.dep_ == "acomp" and frame.head.pos_ in ("AUX", "VERB") and _lemma(frame.head) == "be"


def _condition_mark(ctx: _Ctx, m: Token) -> bool:
    """``m`` marks a clause that sets a condition (plover.yaml conditional_clause_marks: "if", "unless"), not a
    concessive one ("even if": concessive_adverbs)."""
    return m.dep_ == "mark" and m.lower_ in ctx.lex.conditional_clause_marks \
        and not (m.i > 0 and m.doc[m.i - 1].lower_ in ctx.lex.concessive_adverbs)


def _conditioned(ctx: _Ctx, tok: Token) -> bool:
    """A conditional clause (``_condition_mark``: "if", "unless") hangs on the verb or on the verb it is conjoined
    to: "would send observers if both sides signed", "would join the cabinet and back the budget unless the tax
    stays"."""
    t = tok
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(_condition_mark(ctx, m) for m in c.children) for c in t.children):
            return True
        if t.dep_ != "conj" or t.head is t:
            return False
        t = t.head
    return False


def _conditioned_pledge(ctx: _Ctx, tok: Token, act: _Act, typ: str, negated: bool) -> bool:
    """A readiness to do a cooperative act only on a condition ("stood ready to send monitors if both sides asked",
    "is willing to resume talks unless the vote slips"): an offer on terms, no act promised yet, no AGREE
    (plover.yaml conditioned_pledges, the "if" or "unless" clause on the word or on the act). A promise verb keeps
    its pledge whatever the condition ("pledged to fund the police if the reform went ahead", "promised to sign the
    accord if she wins": a campaign's promise read as one was tried and lost a true pledge on a held-out set)."""
    lex = ctx.lex
    if negated or typ not in lex.cooperative or act.kind not in ("frame", "verb"):
        return False
    word = _vl(ctx, tok)
    word = word if word in lex.conditioned_pledges else _lemma(tok)
    if word not in lex.conditioned_pledges:
        return False
    promised = [act.inner] if act.inner is not None else [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if not promised:
        return False
    # (the clause may hang on the verb of "stood ready to ...", "is willing to ...")
    anchors = [tok] + promised + ([tok.head] if tok.dep_ == "acomp" else [])
    return any(c.dep_ == "advcl" and any(_condition_mark(ctx, m) for m in c.children) for t in anchors
               for c in t.children)


def _means_of(tok: Token) -> bool:
    """``tok`` is the means clause of a verb ("could bring the government down by pulling out its ministers"):
    it shares the verb's modality."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ == "by" \
        and tok.head.head.pos_ in ("VERB", "AUX")


def _be_to(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is the infinitive of "be to" ("X is to visit Y", "the fighters are to disarm"): an act scheduled; not
    one ranked among others ("X was among the first to congratulate Y": done, ``_ordinal_copula``), nor one still
    pending ("X is yet to sign the accord": not done so far, no plan; ``_negated`` reads it, as "has yet to")."""
    return tok.dep_ == "xcomp" and _is_infinitive(tok) and tok.head.pos_ == "AUX" and _lemma(tok.head) == "be" \
        and tok.head.tag_ in ("VBP", "VBZ", "VBD") and not _first(tok.head, "attr", "acomp") \
        and not any(p.lower_ == "among" and p.i < tok.i for p in _children(tok.head, "prep")) \
        and not any(c.dep_ == "advmod" and c.lower_ in ctx.lex.pending_adverbs for c in tok.head.children)


def _modal_word(ctx: _Ctx, tok: Token) -> str | None:
    """The modal auxiliary of the verb (or of the verb it is conjoined to), lower-cased."""
    t = tok
    for _ in range(3):
        for c in t.children:
            if c.dep_ == "aux" and c.tag_ == "MD":
                return c.lower_
        if _be_to(ctx, t):
            return "be to"  # ("the brigade is to give up its guns": a schedule, as "will" tells one)
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _first(t, *_SUBJ) or _means_of(t):
            t = t.head if t.dep_ == "conj" else t.head.head
            continue
        break
    return None


def _inner_candidates(tok: Token, frame: str) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        dep = c.dep_
        if dep == "xcomp" or dep == "ccomp" and frame in ("request", "threat", "refuse", "accuse") \
                and not _clause_before_semicolon(c):  # ("X proposed talks; Y declined": a sentence of its own)
            out.append(c)
        elif dep in ("prep",) and c.lemma_ in ("to", "for", "on", "of", "with", "from", "in"):
            for p in c.children:
                if p.dep_ in ("pcomp", "pobj"):
                    out.append(p)
        elif dep in _OBJ or dep in ("nsubjpass", "attr"):
            out.append(c)
    return out


def _act_of(ctx: _Ctx, tok: Token, depth: int = 0) -> _Act | None:
    """The event coded by a (verbal or adjectival) token, or None."""
    key = tok.i
    if key in ctx.act_cache:
        return ctx.act_cache[key]
    ctx.act_cache[key] = None  # guards cycles
    act = _compute_act(ctx, tok, depth)
    ctx.act_cache[key] = act
    return act


def _nothing_named(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` is a weak entry's act (plover.yaml ``weak``: "send", "provide") that names neither what it gives nor
    to whom, no noun or name as its object and no phrase of its own: "plans to send more", "agreed to provide some",
    "will not send any" (the help or the sanction, ``polarity.needs_target``, is none to put on the map as a plan
    either); not "plans to send aid", "to send them to X"."""
    act = ctx.act_cache.get(verb.i)
    return act is not None and act.kind == "weak" and act.obj is None and not any(
        c.dep_ in ("prep", "dative") or c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _pact_with_party(ctx: _Ctx, verb: Token, noun: Token) -> bool:
    """A pact (plover.yaml pact_nouns) with a named party as the object of a verb that ends one (pact_ending_verbs):
    "ended its defence pact with X", "scrapped the accord with Y", "suspended its treaty with Z" (not "cut a deal
    with X": a deal made)."""
    lex = ctx.lex
    if noun.dep_ not in _OBJ or _lemma(verb) not in lex.pact_ending_verbs or (
            _lemma(noun) not in lex.pact_nouns and noun.lower_ not in lex.pact_nouns):
        return False
    return any(ctx.mention_of(p) is not None for head in (noun, verb) for prep in _children(head, "prep")
               if prep.lower_ == "with" for p in _children(prep, "pobj"))


def _inner_type(ctx: _Ctx, tok: Token, depth: int) -> tuple[str, Token, bool] | None:
    if tok.pos_ in ("VERB", "AUX", "ADJ") or tok.dep_ in ("xcomp", "ccomp", "pcomp"):
        a = _act_of(ctx, tok, depth + 1)
        if a is not None and a.type != "NONE":
            return a.type, tok, _negated(ctx, tok)
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        t = _noun_type(ctx, tok)
        if t:
            return t, tok, False
    return None


def _designation_cause(ctx: _Ctx, tok: Token) -> bool:
    """The "for" phrase of a designation tells misconduct: a clause of conduct ("designated for having armed X",
    "for being controlled by Y") or a noun of plover.yaml designation_causes ("for serious abuses", "for
    corruption") or an event noun of a type in designation_cause_types ("for attacks on the base", "for the
    kidnapping of aid workers"); not an office or a use ("for the post of speaker", "for grain shipments")."""
    for prep in _children(tok, "prep"):
        if prep.lower_ != "for":
            continue
        if _children(prep, "pcomp"):
            return True
        for p in _children(prep, "pobj"):
            if {_lemma(p), *(_lemma(c) for c in p.children if c.dep_ in ("compound", "amod"))} \
                    & ctx.lex.designation_causes:
                return True
            # an act noun: plural or bare ("for attacks on the base", "for kidnapping"), or one with its victim after
            # "of" ("for the shelling of Y"); "designated General X for the assault on Y" is a task given, no sanction
            if ctx.lex.nouns.get(_lemma(p)) in ctx.lex.designation_cause_types and (
                    p.tag_ == "NNS" or not any(c.dep_ == "det" for c in p.children)
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children)):
                return True
    return False


def _entry_act(ctx: _Ctx, tok: Token, entry: LexEntry, words: set[str], word_tok: dict[str, Token]) -> _Act:
    obj = None
    used: list[Token] = []
    for slot in entry.words:
        for w in slot & words:
            t = word_tok[w]
            if t.pos_ in ("NOUN", "PROPN") and obj is None:
                obj = t
            if t.pos_ in ("NOUN", "VERB") and not (tok.dep_ == "acl" and t.i == tok.head.i):
                used.append(t)  # (not the noun a participle hangs on: "a missile fired by X" holds the act)
    kind = "weak" if entry.weak else ("phrase" if entry.words else "verb")
    # "holds X responsible" read as a clause: its subject is the verb's object, the one held so
    held = next((s for slot in entry.words for w in slot & words
                 if word_tok[w].dep_ == "ccomp" and word_tok[w].head.i == tok.i
                 and (s := _small_clause_subject(tok, word_tok[w])) is not None), None)
    # "offered to support X": the word of the phrase is a verb complement, whose object is the target
    inner = next((t for t in used if t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.i == tok.i), None)
    # "there had been no negotiations with X", "reached no agreement": the act of the phrase did not happen
    no = obj is not None and obj.pos_ == "NOUN" and _negated(ctx, obj)
    return _Act(entry.type, kind, entry=entry, obj=obj, consumed=tuple(used), inner=inner, negated_inner=no,
                target_tok=held)


def _brokered_for_others(ctx: _Ctx, tok: Token, act: _Act) -> bool:
    """A deal brokered by a third party for two sides: "X brokered a truce (between A and B)" is X's mediation,
    not X's agreement; "X brokered a deal with Y" keeps X a party, and "a truce brokered by X" is the truce's."""
    return act.type == "AGREE" and _vl(ctx, tok) in ctx.lex.mediating and tok.dep_ != "acl" \
        and not _is_passive(ctx, tok) and _prep_target(ctx, tok, frozenset({"with"})) is None \
        and (act.obj is None or _prep_target(ctx, act.obj, frozenset({"with"})) is None)


# places, facilities and times: a clash told with one is a fight ("clashed over the checkpoint near X")
_SCENE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _quarrel(ctx: _Ctx, verb: Token) -> bool:
    """A clash told by what it is over, with no place or time of its own: "the two parties clashed bitterly over
    labour reform", "X has repeatedly clashed with Y over appointments" (plover.yaml quarrel_verbs,
    quarrel_preps): a political dispute, not a fight."""
    preps = _children(verb, "prep")
    overs = [p for p in preps if p.lower_ in ctx.lex.quarrel_preps]
    if not any(not any(o.ent_type_ in ("DATE", "TIME") for o in _children(p, "pobj")) for p in overs):
        return False  # ("clashed over the weekend": a time)
    over = min(p.i for p in overs)

    def scene(p: Token) -> bool:
        # a place or name before what it is over ("clashed near X over ..."; not the "with" partner), or a time
        # after it ("... over the budget on Sunday"); a place after it is the issue's ("over appointments in Z")
        if p.i < over and p.lower_ != "with":
            return any(t.ent_type_ in _SCENE_ENTS or t.pos_ == "PROPN" for t in p.subtree)
        if p.i > over and p.lower_ not in ctx.lex.quarrel_preps and any(t.ent_type_ in ("DATE", "TIME") for t in p.subtree):
            return any(t.ent_type_ in _SCENE_ENTS or t.pos_ == "PROPN" for t in p.subtree)
        return False
    adverbial = any(t.ent_type_ in _SCENE_ENTS for c in verb.children if c.dep_ in ("npadvmod", "advmod")
                    for t in c.subtree)
    return not any(scene(p) for p in preps) and not adverbial


def _persons_clash(ctx: _Ctx, verb: Token) -> bool:
    """A clash of one person with another (plover.yaml quarrel_verbs), no armed body on either side: "X has also
    clashed with his own vice president", "he had clashed for months with Y over ...": a political quarrel, not a
    fight ("X's guards clashed with police", "X clashed with soldiers at the checkpoint" stay fights)."""
    armed = frozenset(ctx.lex.word_classes.get("armed_bodies", ()))

    def person(t: Token | None) -> bool:
        if t is None or _lemma(t) in armed or any(_lemma(c) in armed for c in t.children if c.dep_ == "compound"):
            return False
        return t.ent_type_ == "PERSON" or _is_role(t) or t.pos_ == "PRON" and t.lower_ in ("he", "she")

    partners = [p for w in _children(verb, "prep") if w.lower_ == "with" for p in _children(w, "pobj")]
    return person(_first(verb, "nsubj")) and bool(partners) and all(person(p) for p in partners)


def _done_by_kin_or_followers(ctx: _Ctx, h: EventHit) -> bool:
    """The act's doer is an actor's kin or its followers: "X's family thanked Y", "supporters of X set a Y vehicle
    on fire", "hundreds of X's supporters stormed the palace" (plover.yaml kin_nouns, follower_nouns). They are
    private people, not X; followers stand for their movement only in a crowd's own acts (plover.yaml crowd_acts:
    "X supporters marched on the parliament, demanding ...")."""
    v = h.trigger
    if h.source is None or v.pos_ not in ("VERB", "AUX"):
        return False
    subj = None
    for _ in range(4):
        subj = _first(v, "nsubj")
        if subj is not None or v.dep_ not in ("conj", "advcl") or v.head is v:
            break
        v = v.head  # ("supporters of X set a vehicle on fire, wounding Y": the subject of the verb it hangs on)
    if subj is None:
        return False
    doers = [subj] + [p for prep in _children(subj, "prep") if prep.lower_ == "of" and (
        subj.tag_ == "CD" or subj.like_num or _lemma(subj) in ctx.lex.crowd_nouns) for p in _children(prep, "pobj")]
    for d in doers:  # ("hundreds of X's supporters", "crowds of X supporters": the people counted)
        lem = _lemma(d)
        if (lem in ctx.lex.kin_nouns or lem in ctx.lex.follower_nouns and h.type not in ctx.lex.crowd_acts) \
                and _owner_of_doer(h.source, d):
            return True
    return False


def _owner_of_doer(source: Span, doer: Token) -> bool:
    """``source`` is the one ``doer`` belongs to: its possessor or "of" object ("X's family", "supporters of X",
    "his followers", the pronoun's antecedent told elsewhere), not the doer named itself ("X's son Y", "his
    brother, Y": Y acts)."""
    if not (doer.left_edge.i <= source.start and source.end - 1 <= doer.right_edge.i):
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in doer.children)  # ("his supporters")
    t = source.root
    while t.i != doer.i and t.head.i != t.i:
        if t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ == "of" or t.dep_ == "compound" and t.head.i == doer.i:
            return True  # ("X's family", "supporters of X", "X supporters")
        t = t.head
    return False


def _population(ctx: _Ctx, target: Span) -> bool:
    """The one acted upon is a country's people, named by its demonym: "urged Lebanese to donate blood",
    "apologised to the Peruvian people", "vowed to defend Karvenians" (plover.yaml population_nouns), not the
    state or any other actor."""
    root = target.root
    if root.ent_type_ != "NORP" or len(target) != 1:
        return False
    resolver = referents(root.doc)
    a = resolver.actor(root)
    if a is None or resolver.kind(a) != "country":
        return False  # ("urged the Zarvanis to ...": a body named as a people)
    if root.dep_ in ("amod", "compound"):
        return _lemma(root.head) in ctx.lex.population_nouns
    return root.tag_ in ("NNPS", "NNS")  # ("Lebanese", "Israelis"; not a country's name the tagger calls NORP)


def _cut_short(ctx: _Ctx, verb: Token, act: Token) -> bool:
    """A halt verb that shortens an act under way rather than stopping it: "cut short his trip to X", "cut her
    visit short" (the word may be hung on the verb or at the end of the object's phrase)."""
    return ctx.lex.frames.get(_vl(ctx, verb)) == "halt" and (
        any(c.lower_ in ctx.lex.shortening for c in verb.children)
        or act.pos_ == "NOUN" and act.right_edge.lower_ in ctx.lex.shortening)


def _withheld_words(ctx: _Ctx, comp: Token) -> bool:
    """The complement of a refusal is information or an interview kept back, naming no actor: a publication or
    figure (plover.yaml published_nouns) as its object ("declined to give a figure", "refused to publish the list of
    targets", "declined to give details"), or a passive of anonymity_verbs ("declined to be interviewed", "refused
    to be named"). "refused to release the report to X", "declined to hand the list of detainees to X" name a party."""
    if _lemma(comp) in ctx.lex.anonymity_verbs and _is_passive(ctx, comp):
        # (not "refused to be interviewed by the Y Brigade": a party named)
        return not any(c.dep_ == "agent" and any(ctx.mention_of(t) is not None for t in c.subtree)
                       for c in comp.children)
    if _lemma(comp) not in ctx.lex.disclosure_verbs \
            or not any(c.dep_ in _OBJ and _lemma(c) in ctx.lex.published_nouns for c in comp.children):
        return False  # ("declined to sign the document" is a refusal)
    return not any(ctx.mention_of(t) is not None for t in comp.subtree)



def _left_body_only_modifier(entry: LexEntry, words: set[str], word_tok: dict[str, Token]) -> bool:
    """A departure's phrase entry (RETREAT: "walk out of government|coalition|cabinet", "leave|quit party|...") whose
    body left is only a modifier of the noun after the verb: "walked out of the cabinet session", "left the party
    congress early" leave a sitting, not the cabinet or the party ("walked out of the coalition government" names
    it)."""
    if len(entry.words) < 2:
        return False
    found = [w for w in entry.words[-1] & words if w in word_tok]
    # (a modifier's word is kept under the noun it modifies: "cabinet" under "session")
    return bool(found) and not any(_lemma(word_tok[w]) == w for w in found)


def _people_modifier_only(lex: EventLexicon, tok: Token, entry: LexEntry, words: set[str],
                          word_tok: dict[str, Token]) -> bool:
    """A phrase entry met only by a modifier of the verb's direct object when that object names people by their
    work (plover.yaml people_heads): "released six aid workers", "released the aid staff" ("aid" under
    "workers", "staff"); not "released aid", "freed aid funds" (no people), nor "released the hostages"."""
    heads = [c for c in _children(tok, "dobj") if c.lower_ in lex.people_heads]
    if not heads:
        return False
    found = [w for slot in entry.words for w in slot & words if w in word_tok]
    return bool(found) and all(word_tok[w] in heads and _lemma(word_tok[w]) != w for w in found)


def _freed_sum(lex: EventLexicon, tok: Token) -> bool:
    """A verb of setting free whose direct object is a sum (plover.yaml word_classes.aid_money): "Brussels has
    continued to release pre-accession funds", "the cabinet declared a disaster, freeing emergency funds", "the Fund
    released new tranches" pay money out; no captive is freed and no ground given up (RETREAT)."""
    sums = lex.word_classes.get("aid_money", ())  # (a few words: no set built per hit)
    return any(_lemma(c) in sums for c in _children(tok, "dobj"))

def _retort(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` (plover.yaml retort_verbs) is a reply in words: "back" with nothing of its own hung on it, no object
    or phrase of the verb's own, a subject that is no armed men or force (the words of custody_armed_cues, roles.yaml
    member_plurals, an org noun of custody_armed_subkinds), and a participle of speech after it ("fired back, saying
    the claims were false", "hit back, calling the report a smear"); "fired back across the frontier", "hit back at X,
    saying ...", "the soldiers fired back, saying ..." are not."""
    back = next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"), None)
    if back is None or any(True for _ in back.children):
        return False
    from kingmaker.knowledge import knowledge, norm
    kb = knowledge()
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(norm(t.lemma_) in ctx.lex.custody_armed_cues or norm(t.lower_) in ctx.lex.custody_armed_cues
                                or norm(t.lower_) in kb.member_plurals
                                or kb.org_nouns.get(norm(t.lower_)) in ctx.lex.custody_armed_subkinds
                                for t in subj.subtree):
        return False  # armed men return fire ("Velnian troops fired back, saying they had come under fire")
    if any(c.dep_ in _OBJ + ("prep", "agent") for c in verb.children):
        return False
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.i > verb.i and c.tag_ == "VBG"
               and _lemma(c) in ctx.lex.utterances for c in verb.children)


def _court_plea(tok: Token, lex: EventLexicon) -> bool:
    """``tok`` (plover.yaml plea_verbs) is a defendant's plea, told with a word of plea_words on it: "he pleaded
    guilty in July", "she pleaded not guilty" (no request; "pleaded with the army to spare the village" is one)."""
    return any(_lemma(c) in lex.plea_words for c in tok.children)


def _court_appeal(tok: Token, lex: EventLexicon) -> bool:
    """``tok`` (plover.yaml court_appeal_verbs) is an appeal in court: a verb with no one or nothing asked, no "to",
    "for", "on" or "upon" after it, no infinitive or clause, and no object but a ruling (court_rulings): "the family's
    lawyers said they would appeal", "she will appeal the verdict", "he appealed against the sentence" (not "appealed
    to the army to spare the village", "appealed for calm")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("xcomp", "ccomp", "dative") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "upon") for c in tok.children):
        return False
    return all(_lemma(c) in lex.court_rulings for c in _children(tok, "dobj"))


def _leave_asked(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` (plover.yaml leave_asking_verbs) asks leave for its own subject: an infinitive of the asker's own and no
    one asked: "the observers have asked to attend", "X asked to see the minister", "the club asked to be excused".
    Not "asked Y to attend" (an object, or the infinitive's own subject), not "was asked to leave" (a passive: its
    subject is the one asked), not "asked for a ceasefire" (no infinitive), not "asked to see X" with X a known actor
    (audience_verbs: the request is made to X, ``_complement_partner``)."""
    if tok.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("dobj", "obj", "dative", "ccomp", "nsubjpass", "auxpass") for c in tok.children):
        return False
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if comp is None or not _is_infinitive(comp) or _first(comp, "nsubj") is not None:
        return False
    return not (_lemma(comp) in ctx.lex.audience_verbs and _mention(ctx, _first(comp, "dobj")) is not None)


def _split_prefixed_participle(tok: Token) -> bool:
    """``tok`` is a past participle the tokenizer split from a short prefix at its hyphen: "re-elected" ("re", "-",
    "elected"), "re-arrested", "co-opted" (no space on either side of the hyphen)."""
    doc = tok.doc
    return tok.tag_ == "VBN" and tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha and len(doc[tok.i - 2]) <= 3


def _label_not_call(tok: Token, entry: LexEntry, words: set[str], word_tok: dict[str, Token]) -> bool:
    """A verb of labelling (plover.yaml labelling: "call") read by a protest's phrase entry ("call a march") that
    labels its object instead: a label after the object ("called the protests 'an internal matter'", an object
    predicate) or the entry's word only a modifier of the object ("called the strikes murder"): the object is named,
    not called ("called a rally for Saturday" is one)."""
    if any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp") for c in tok.children):
        return True
    # (a modifier's word is kept under the noun it modifies: "strike" under "murder")
    return not any(_lemma(word_tok[w]) == w for slot in entry.words for w in slot & words if w in word_tok)


def _bare_target_prep(entry: LexEntry, words: set[str], word_tok: dict[str, Token]) -> bool:
    """A SUPPORT phrase entry whose only words are its target prepositions ("stand by >by", "stand with >with",
    "rally behind >behind") matched by a particle with no one after it: "officers standing by while the beatings took
    place" is an idle watch, no support of anyone ("stood by X throughout the row" names X; "voted against", "voted
    the bill down" are other acts, left as they are)."""
    if entry.type != "SUPPORT" or not entry.words or not entry.target_preps \
            or not all(slot <= entry.target_preps for slot in entry.words):
        return False
    return not any(_children(word_tok[w], "pobj") for slot in entry.words for w in slot & words if w in word_tok)


def _bracketed_instruction(tok: Token) -> bool:
    """``tok`` is a bare verb that opens a bracket, with no auxiliary of its own: a note to the reader or a marker,
    no act told ("Velnian Front (accept "the Front")", "(see annex 3)", "[compare the 2019 accord]")."""
    return tok.tag_ == "VB" and tok.i > 0 and tok.doc[tok.i - 1].text in ("(", "[") \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _nothing_acted_on(tok: Token, lex: EventLexicon) -> bool:
    """``tok`` acts on no one: its object is a word of plover.yaml no_one_objects ("applauded nobody"; "promised
    nothing" is a refusal and stays one), or it is a verb of clapping_verbs with nothing praised, hands clapped ("the members applauded on cue";
    not "applauded the decision", "applauded X for its courage", "applauded when the talks resumed")."""
    if any(c.dep_ in ("dobj", "obj") and c.lower_ in lex.no_one_objects for c in tok.children):
        return True
    return _lemma(tok) in lex.clapping_verbs and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "advcl", "dative") or c.dep_ == "prep" and c.lower_ == "for" and any(
            p.ent_type_ not in ("DATE", "TIME") for p in _children(c, "pobj"))  # not "for a full minute"
        for c in tok.children)


def _ordered_act(ctx: _Ctx, tok: Token) -> _Act | None:
    """A command verb in the passive whose subject is the act ordered, with the one who ordered it named: "the arrest
    of X was ordered by Y", "the expulsion of the envoy had been ordered by Y" are Y's own acts, as "Y ordered the
    arrest of X" (not a request of X); "an inquiry was ordered by Y" stays a demand that others inquire."""
    if not _is_passive(ctx, tok) or _first(tok, "agent") is None:
        return None
    for c in _children(tok, "nsubjpass"):
        t = _noun_type(ctx, c)
        if t is not None and t not in _COMMUNICATIVE:
            return _Act(t, "light", obj=c, consumed=(c,))
    return None


def _compute_act(ctx: _Ctx, tok: Token, depth: int) -> _Act | None:
    lex = ctx.lex
    lem = _vl(ctx, tok)
    entries = lex.verbs.get(lem)
    frame = lex.frames.get(lem)
    is_light = lem in lex.light or frame == "report"
    if lem in lex.plea_verbs and _court_plea(tok, lex):
        return None  # "pleaded guilty": a plea in court, no request
    if lem in lex.court_appeal_verbs and _court_appeal(tok, lex):
        return None  # "the lawyers said they would appeal": an appeal in court, no request of anyone
    if lem in lex.leave_asking_verbs and _leave_asked(ctx, tok):
        return None  # "the observers asked to attend": leave sought for oneself, no one asked
    if _bracketed_instruction(tok):
        return None  # 'the Front (accept "Velnian Front")': a marker's note, no act
    if _nothing_acted_on(tok, lex):
        return None  # "applauded nobody", "applauded on cue": no one acted on
    if lem in lex.failure:
        # "failed to agree", "failed to attend the summit": the complement act, which did not happen
        for c in tok.children:
            if c.dep_ == "xcomp" and _is_infinitive(c) and depth < 4:
                a = _act_of(ctx, c, depth + 1)
                if a is None or a.type == "NONE":
                    return None
                return _Act(a.type, "light", inner=c, consumed=(c,), negated_inner=True)
        return None
    if lem in lex.commands:
        for c in _children(tok, "dobj"):
            t = _noun_type(ctx, c)
            if t is not None and t not in _COMMUNICATIVE:
                # "ordered the deployment of two brigades", "ordered an offensive on X", "ordered the release of
                # the hostages": the one who orders does the act (through his forces); "ordered an inquiry" is a
                # demand that others inquire
                return _Act(t, "light", obj=c, consumed=(c,))
        ordered = _ordered_act(ctx, tok)
        if ordered is not None:
            return ordered
        if not _children(tok, "xcomp", "ccomp", "dative") and any(
                c.pos_ == "NOUN" and _noun_type(ctx, c) is None and ctx.mention_of(c) is None
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in _children(tok, "dobj")):
            # "ordered the closure of the crossing", "ordered the expulsion of two diplomats", "ordered an
            # audit of the mines": a measure ordered, told as done by whoever carries it out, asks no one named
            return None
    if not entries and not frame and not is_light:
        return None
    if frame == "irrealis":
        return _Act("NONE", "irrealis")
    words, word_tok = _arg_words(tok, lex)
    for w in [w for w in words if w.endswith("s") and w[:-1] in lex.partnered_nouns]:
        # "signed the X Accords": a pact's plural name the tagger left a singular name (plover.yaml partnered_nouns)
        words.add(w[:-1])
        word_tok.setdefault(w[:-1], word_tok[w])
    if entries:
        _add_body_words(ctx, tok, words, word_tok)
    # 1. a phrase entry ("called off a strike", "cut ties", "failed to reach agreement")
    entry = _match_entry(entries, words) if entries else None
    if entry is not None and entry.type == "SANCTION" and any("for" in slot for slot in entry.words) \
            and not _designation_cause(ctx, tok):
        return None  # "designated X for the post of speaker", "a port designated for grain": an office or a use
    if entry is not None and entry.weak and any(_lemma(c) in lex.figurative_objects for c in _children(tok, "dobj")):
        return None  # "struck a conciliatory tone", "hit a record high": a figure of speech, no act
    if entry is not None and entry.type == "ASSAULT" and lem in lex.retort_verbs and _retort(ctx, tok):
        return None  # "the office fired back, saying the claims were false": words, no blow
    if entry is not None and entry.type == "RETREAT" and any(
            in_any(_lemma(c), lex.published_nouns, lex.statement_nouns) for c in _children(tok, "dobj")):
        return None  # "released footage of the ambush", "released its report": a publication, no one set free
    if entry is not None and entry.type == "RETREAT" and _left_body_only_modifier(entry, words, word_tok):
        # "walked out of the cabinet session": the session is left (a protest or a refusal), not the cabinet
        entry = _match_entry([e for e in entries if e is not entry], words)
    if entry is not None and entry.words and _people_modifier_only(lex, tok, entry, words, word_tok):
        # "released six aid workers": the phrase's word only names the work of the people set free; the verb's own
        # reading ("release": RETREAT)
        entry = next((e for e in entries if not e.words), None)
    if entry is not None and entry.type == "RETREAT" and _freed_sum(lex, tok):
        return None  # "continued to release pre-accession funds", "freeing emergency funds": money paid out, no captive
    if entry is not None and entry.type == "AGREE" and any(_lemma(c) in lex.bounty_nouns for c in _children(tok, "dobj")):
        return None  # "offered a reward for information on X", "has put a bounty on X": a price on someone, no pledge
    if entry is not None and entry.weak and entry.type == "AID" and any(
            in_any(_lemma(c), lex.statement_nouns, lex.enacted_nouns, lex.remark_nouns) for c in _children(tok, "dobj")):
        return None  # "sent X a message of congratulations", "sent parliament a draft law": words, not help
    if entry is not None and entry.type == "PROTEST" and entry.words and lem in lex.labelling \
            and _label_not_call(tok, entry, words, word_tok):
        entry = None  # "called the protests 'an internal matter'", "called the strikes murder": a label, no protest
    if entry is not None and _bare_target_prep(entry, words, word_tok):
        return None  # "officers standing by while the beatings took place": no one stood by, an idle watch
    if entry is not None and entry.type == "ASSAULT" and lem in lex.defeat_verbs and _contest_told(tok, lex):
        return None  # "routed the X Party in Sunday's vote", "pushed Y out of the government": a contest, no attack
    if entry is not None and entry.type == "ASSAULT" and lem in lex.conveying_verbs and "from" in words \
            and words & lex.destination_preps:
        return None  # "drove the soldiers from the barracks to the front": a ride, no attack
    if entry is not None and entry.type == "ASSAULT" and lem in lex.police_raids and _raided_by_police(tok, lex):
        # "police raided a militant hideout": an arrest raid, the verb's other reading (COERCE's plain "raid")
        entry = _match_entry([e for e in entries if e.type != "ASSAULT"], words)
    if entry is not None and entry.type == "ASSAULT" and lem in lex.quarrel_verbs and (
            _quarrel(ctx, tok) or _persons_clash(ctx, tok)):
        return None  # "clashed bitterly over labour reform", "has clashed with X over appointments": a dispute
    if entry is not None and entry.type == "RETREAT" and not entry.words \
            and any(_lemma(c) in lex.remark_nouns for c in _children(tok, "dobj")):
        return None  # "will withdraw that remark", "withdrew his comments": words taken back, no pull-back
    if entry is not None and entry.words and any(
            word_tok[w].pos_ == "NOUN" and _noun_type(ctx, word_tok[w]) not in (None, entry.type)
            and _lemma(word_tok[w]) == w and any(c.dep_ in ("compound", "amod", "nmod") and (
                _lemma(c), w) in lex.compound_nouns for c in word_tok[w].children)
            for slot in entry.words for w in slot & words):
        entry = None  # "launched a scathing attack on X": the modifier makes the noun another act (ACCUSE)
    own = next((e.type for e in entries if not e.words), None) if entry is not None and entry.words else None
    if own is not None and own != entry.type and not all(
            any(_acted_on(lex, tok, word_tok[w], w, own, entry) for w in slot & words) for slot in entry.words):
        # a phrase that turns the verb from its own reading ("attacked the plan": words, not a blow) needs its word
        # where the verb acts: not a time or circumstance of the act ("attacked X's convoy after the speech"), nor,
        # against a blow, a modifier of the place struck ("attacked X's budget office"); else the verb's own reading
        entry = _match_entry([e for e in entries if e is not entry], words)
    if entry is not None and entry.words and tok.pos_ != "ADJ" and lem in lex.visiting and entry.type == "REQUEST" \
            and not words & {"for"} and not any(t.dep_ in ("xcomp", "ccomp", "acl", "relcl") or t.tag_ == "TO"
                                                for t in tok.subtree if t.i > tok.i):
        # "the ambassador called on X at the ministry": a visit; "called on X to withdraw" is a demand
        on = next((o for prep in _children(tok, "prep") if prep.lower_ in ("on", "upon") for o in _children(prep, "pobj")),
                  None)
        if on is not None and ctx.mention_of(on) is not None and on.ent_type_ not in ("GPE", "NORP"):
            return _Act("CONSULT", "phrase", target_tok=on, consumed=(on,))
    if lem in lex.visiting and tok.pos_ == "VERB" and entry is None:
        called = _called_party(ctx, tok)
        if called is not None:
            return _Act("CONSULT", "phrase", target_tok=called, consumed=(called,))
    if entry is not None and entry.words and tok.pos_ != "ADJ":
        act = _entry_act(ctx, tok, entry, words, word_tok)
        if _brokered_for_others(ctx, tok, act):
            return dataclasses.replace(act, type="CONSULT")
        return act
    if frame == "request" and any(c.dep_ in ("ccomp", "advcl") and _asks_question(ctx, c) for c in tok.children):
        return None  # "asked whether X could ...": a question, not a demand
    if frame == "request" and any(c.dep_ == "prep" and c.lower_ in lex.question_preps for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
                        for c in tok.children):
        return None  # "X, asked about the election date, said ...", "asked Y about the deal": a question, no demand
    if frame == "request" and any(c.dep_ == "xcomp" and _lemma(c) in lex.anonymity_verbs and _is_passive(ctx, c)
                                  for c in tok.children):
        return None  # "a diplomat, who asked not to be named, said ...": a source's condition, no demand
    if frame == "request" and lem in ("insist", "stress", "emphasize", "emphasise"):
        comp = _first(tok, "ccomp")
        if comp is not None and (not (comp.tag_ in ("VB", "VBP") and _lemma(comp) not in ("be", "have")
                                      and not _first(comp, "aux", "auxpass") or any(
                c.dep_ == "aux" and c.lower_ in lex.obligation for c in comp.children))
                                 or any(c.dep_ == "aux" and _lemma(c) == "have" for c in comp.children)):
            # "insisted the party took no orders", '"We are no militia," she insists', "insisted that X would
            # never join", "insisted that X must have known" (a perfect): an assertion, no demand; "insisted that X
            # must go", "insists they enlist" are demands
            return None
    if frame == "refuse" and any(c.dep_ == "ccomp" and _first(c, "nsubj", "nsubjpass") is not None
                                 and not _quoted_after_colon(tok, c) and _content_clause(c) and not _free_relative(c)
                                 and not ((lem in lex.replies or _charged_before(ctx, tok, c))
                                          and _clause_before_semicolon(c))
                                 for c in tok.children):
        return None  # "denied that its troops took part": disputing a fact refuses nothing
    if frame == "request" and _first(tok, "oprd") is not None:
        return None  # "called the protests an internal matter": naming, not asking
    if lem in lex.complement_carries and not any(c.dep_ in _OBJ for c in tok.children):
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB":  # "helped repel the assault": the act is the complement's
                a = _act_of(ctx, c, depth + 1) if depth < 4 else None
                if a is None or a.type == "NONE":
                    return None
                return _Act(a.type, "light", inner=c, consumed=(c,), negated_inner=_negated(ctx, c))
    if frame == "request" and is_light and not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in (
            "for", "on", "upon") and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children) \
            and not any(c.dep_ in ("oprd", "acomp", "advmod") for c in tok.children) \
            and any((c.dep_ == "dobj" or c.dep_ == "nsubjpass" and _is_passive(ctx, tok)) and c.pos_ == "NOUN"
                    and _noun_type(ctx, c) and not any(
                d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in c.children) for c in tok.children):
        # "called a general strike", "called an emergency meeting": a new act convened, no request ("called
        # the attack cowardly" labels an act already told)
        frame = None
    # 2. a frame over a complement act ("agreed to withdraw", "asked X to leave", "suspended aid")
    if frame and frame != "report" and depth < 4:
        for cand in _inner_candidates(tok, frame):
            if cand.dep_ in _OBJ + ("nsubjpass", "attr") and cand.pos_ in ("PROPN", "PRON"):
                continue
            if cand.dep_ in _OBJ + ("attr",) and frame == "request" and lem in lex.asked_by_phrase:
                continue  # (below: "called the raids murder", "called the talks" ask for nothing)
            if tok.pos_ == "ADJ" and cand.pos_ not in ("VERB", "AUX"):
                continue  # "is opposed to the occupation": a stance (a tie), not an act; "ready to talk" is one
            got = _inner_type(ctx, cand, depth)
            if got is None and frame == "halt" and _pact_with_party(ctx, tok, cand):
                got = ("AGREE", cand, False)  # "ended its defence pact with X": the agreement with X stopped
            if got is None:
                continue
            itype, itok, ineg = got
            if frame == "intent" and itype in lex.needs_target and _nothing_named(ctx, itok):
                continue  # "does not plan to send more", "agreed to provide some": neither what nor to whom
            if frame == "intent" and lem in lex.preparation and itype in lex.preparation_map:
                t = lex.preparation_map[itype]  # "preparing an offensive against X": a mobilisation under way
            elif frame == "intent" and itype in lex.accepted_types and itok.pos_ in ("NOUN", "PROPN"):
                t = "AGREE"  # "agreed to the request", "consented to their demands": what was asked is accepted
            elif frame == "intent" and lem in lex.bare_offers and itype in lex.kept_when_planned:
                t = "AGREE"  # "offered to send patrol boats": an offer of a deployment, none sent yet
            elif frame == "intent":
                t = lex.plan_type(itype)
            elif frame == "threat":
                t = "THREATEN"
            elif frame == "refuse":
                t = "REJECT"
            elif frame == "request":
                if itok.dep_ == "ccomp" and itok.tag_ in ("VBD", "VBN") and not any(
                        c.dep_ == "aux" for c in itok.children):
                    return None  # "insisted the party took no orders": an assertion about the past, no demand
                t = "REQUEST"
            elif frame == "accuse":
                if entry is None:
                    continue
                t = entry.type
            elif _cut_short(ctx, tok, itok):
                t = itype  # "cut short his trip to X": the trip took place, shortened, not stopped
            else:  # halt
                t = lex.halt_map.get(itype)
                if t is None:
                    continue
            target_tok = None
            if frame == "request":
                target_tok = _first(tok, *_OBJ)
                if target_tok is None and itok.dep_ == "ccomp":
                    target_tok = _first(itok, "nsubj", "nsubjpass")
            if frame == "intent" and ineg and itype in lex.cooperative:
                # "vowed never to help" is a refusal
                return _Act("REJECT", "frame", inner=itok, consumed=(itok,))
            if frame == "intent" and ineg and itype in lex.hostile and (lem in lex.offers or any(
                    e.type == "AGREE" and not e.words for e in entries or ())):
                # "pledged not to target X's ships", "promised not to attack": a commitment to X, kept or not
                return _Act("AGREE", "frame", inner=itok, consumed=(itok,), inner_type=itype)
            kind = "halt" if frame == "halt" else "frame"
            if frame in ("threat", "request", "refuse", "accuse"):
                ineg = False  # "warned that X would not allow Y" is still a warning, "asked X not to" a request
            return _Act(t, kind, inner=itok, consumed=(itok,), target_tok=target_tok, negated_inner=ineg,
                        inner_type=itype)
    if frame == "request" and lem in lex.asked_by_phrase and entry is None \
            and any(c.dep_ in _OBJ + ("attr",) for c in tok.children):
        # "called the raids murder", "called the attack cowardly", "called the talks" (plover.yaml asked_by_phrase):
        # a label or a meeting convened with a definite object, nothing asked for (not the light verb's reading
        # either: the object is the act labelled; "called a general strike" was read as convened above)
        return None
    if tok.pos_ == "ADJ" and not _adjectival_passive(tok):
        return None
    # 3. a plain lexical entry; "declined to comment" is no refusal of anything
    if entry is not None and frame in ("refuse", "intent", "threat"):
        for c in tok.children:
            if c.dep_ == "xcomp" and lex.frames.get(_vl(ctx, c)) == "report":
                return None
    if entry is not None and frame == "refuse" and not any(c.dep_ in _OBJ for c in tok.children) \
            and any(c.dep_ == "xcomp" and _withheld_words(ctx, c) for c in tok.children):
        return None  # "declined to give a figure", "refused to publish the list", "declined to be interviewed"
    if entry is not None:
        act = _entry_act(ctx, tok, entry, words, word_tok)
        if frame == "refuse" and act.type == "REJECT" and act.obj is None and act.target_tok is None:
            act.target_tok = _refused_party(ctx, tok)
        return act
    # 4. a light verb with an event noun as object ("staged a protest", "issued arrest warrants")
    if is_light:
        has_obj = False
        for c in tok.children:
            if c.dep_ in _OBJ or (c.dep_ == "attr"):
                if frame == "report" and lem not in lex.light and lem not in lex.claiming_verbs \
                        and lem not in lex.witnessing:
                    # "confirmed the meeting", "suggests a meeting", "told a cabinet meeting": naming an act in
                    # speech is no act (verbs that stage what they name, "announced sanctions", are light verbs)
                    has_obj = True
                    continue
                if _lemma(c) in ("part", "role"):
                    # "took part in the attack", "played a role in the raid", "played no part in it":
                    # the act is the prepositional object
                    for prep in _children(c, "prep") + _children(tok, "prep"):
                        if prep.lower_ == "in":
                            for p in _children(prep, "pobj"):
                                t = _noun_type(ctx, p)
                                if t:
                                    no = any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                    return _Act(t, "light", obj=p, consumed=(p,), negated_inner=no)
                    continue
                has_obj = True
                t = _noun_type(ctx, c)
                if t:  # "held no talks with X", "there had been no negotiations": the act did not happen
                    return _Act(t, "light", obj=c, consumed=(c,), negated_inner=_negated(ctx, c))
        if not has_obj and _is_passive(ctx, tok):
            for c in tok.children:  # "the march was organised by X", "the strike was called by Y": X's, Y's
                if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and ctx.mention_of(c) is None:
                    t = _noun_type(ctx, c)
                    if t:
                        return _Act(t, "light", obj=c, consumed=(c,))
        if not has_obj:
            for c in tok.children:
                if c.dep_ == "prep" and c.lemma_ in ("in", "into"):  # "engaged in fighting"
                    for p in _children(c, "pobj"):
                        t = _noun_type(ctx, p)
                        if t:
                            return _Act(t, "light", obj=p, consumed=(p,))
        if frame != "report" and depth < 4:
            # aspect: "continued to send arms", "began shelling": the act is the complement's
            for c in tok.children:
                if c.dep_ == "xcomp":
                    a = _act_of(ctx, c, depth + 1)
                    if a is not None and a.type != "NONE":
                        return _Act(a.type, "light", inner=c, consumed=(c,), negated_inner=_negated(ctx, c))
    if frame == "intent" and lem in lex.offers and not _negated(ctx, tok):
        fated = _warned_of_party(ctx, tok)
        if fated is not None:
            # "vowed that X would pay for the killing", "swore that X would be punished": a fate promised to
            # another party (as a warning tells it) is a threat to that party
            return _Act("THREATEN", "frame", target_tok=fated.root, consumed=tuple(_children(tok, "ccomp")))
    if frame in ("intent", "request", "threat", "refuse", "accuse"):
        # no event, but what is wanted, asked or alleged did not happen: "wants Y to attack Z"
        return _Act("NONE", "irrealis")
    return None


def _refused_party(ctx: _Ctx, tok: Token) -> Token | None:
    """The actor a refusal turns down through a complement that is no act of its own: "refused to join X",
    "declined to endorse X" (X, the complement's named object); "refused to issue X a visa", "declined to grant X a
    seat", "refused to grant a visa to X" (X, the named one the thing would go to: an indirect object, or the "to"
    phrase of a giving verb, relations.yaml giving_verbs). A thing refused ("refused to hand over the
    weapons", "refused to issue a visa") or a complement with its own subject names no one."""
    for c in _children(tok, "xcomp"):
        if not _is_infinitive(c) or _first(c, *_SUBJ) is not None:
            continue
        obj = _first(c, "dobj")
        if obj is not None and obj.pos_ == "PROPN" and ctx.mention_of(obj) is not None:
            return obj
        dative = _first(c, "dative")
        if dative is not None and dative.pos_ == "ADP":
            dative = _first(dative, "pobj")  # ("to grant a visa to X": the parser's dative "to")
        if dative is None and obj is not None and _lemma(c) in cues().giving_verbs:
            # "refused to grant a visa to X", "declined to sell arms to X": a giving verb's "to" phrase
            dative = next((p for prep in _children(c, "prep") if prep.lower_ == "to" for p in _children(prep, "pobj")),
                          None)
        if dative is not None and dative.pos_ == "PROPN" and ctx.mention_of(dative) is not None:
            return dative
    return None


def _content_clause(clause: Token) -> bool:
    """``clause`` (a ``ccomp``) can be what its verb says or disputes: it follows the verb, or the verb has no
    act of its own ('"We took no part," the ministry denied', "X accused Y of Z, a charge Y denies"). A clause
    put before a verb that refuses an infinitive is a misread fronted clause: in "Unlike the others, most of
    which were disbanded, the brigades refused to disarm" the relative clause is no content of "refused"."""
    head = clause.head
    return clause.i > head.i or not any(c.dep_ == "xcomp" and _is_infinitive(c) for c in head.children)


def _label_names(ctx: _Ctx, clause: Token) -> Span | None:
    """The one named by the label of "what it called X's blackmail", "what he described as allegations by X": X
    (the last label that names one)."""
    target = None
    for label in _children(clause, "oprd", "attr", "xcomp") + [
            p for a in _children(clause, "prep") if a.lower_ == "as" for p in _children(a, "pobj")]:
        target = ctx.mention_of(label) or _mention(ctx, _first(label, "poss")) or _prep_target(
            ctx, label, frozenset({"by"}))
    return target


def _free_relative(clause: Token) -> bool:
    """``clause`` is a thing named, not a fact told: "rejected what he called unfounded allegations",
    "dismissed what it described as propaganda" ("what" as the clause's object, before its verb)."""
    return any(d.dep_ in _OBJ and d.tag_ == "WP" and d.lower_ in ("what", "whatever") and d.i < clause.i
               for d in clause.children)


def _quoted_after_colon(tok: Token, clause: Token) -> bool:
    """``clause`` follows ``tok`` after a colon or opens a quotation ("rejected the offer: 'we have nothing
    to sign'"): a statement of its own, not the content of ``tok``."""
    start = clause.left_edge.i
    return start > tok.i and any(t.text == ":" or t.text in _QUOTES for t in tok.doc[tok.i + 1:start + 1])


def _asks_question(ctx: _Ctx, clause: Token) -> bool:
    """A clause opened by "whether", "how", "when"...: an open question, not an asserted act ("what steps
    are being taken", "how many troops it sent": the question word on a noun of the clause)."""
    first = clause.left_edge
    return any(c.dep_ in ("mark", "advmod", "nsubj", "dobj") and c.lower_ in ctx.lex.question_words and c.i < clause.i
               for c in clause.children) or (first.i < clause.i and first.tag_ in ("WDT", "WP", "WP$", "WRB")
                                              and first.lower_ in ctx.lex.question_words)


def _in_question(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` stands in a sentence that ends with a question mark ("Was he arrested?", "Is the
    government asking X to leave?"): asked about, not asserted; a reason or time clause of the question
    ("... because its officers criticised X?") is taken as given."""
    t = tok
    for _ in range(12):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ctx.lex.background for c in t.children):
            return False
        if t.head.i == t.i:  # the root: its head is itself (a new Token, never ``is`` t)
            break
        t = t.head
    return ends_in_question(tok.sent)


def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


# frames (plover.yaml frames) whose infinitive is an act not done: a plan, a threat, a refusal, a wish, a demand
_UNMET_FRAMES = ("request", "intent", "threat", "refuse", "irrealis")


def _clause_rank(ctx: _Ctx, tok: Token) -> tuple[float, bool]:
    """(confidence adjustment for the clause of the trigger, whether the act is unreal).

    Unreal: under "if"/"unless", an infinitival purpose or noun complement ("troops sent to
    help", "a threat to boycott"), or a reduced passive relative without agent ("the civilians
    imprisoned for ..." is background, not news).
    """
    lex = ctx.lex
    if _in_question(ctx, tok):
        return -1.0, True
    if _claim_label(ctx, tok):
        return -1.0, True  # 'CLAIM: "X signed a pact with Y"' (a fact-check's item): told, not asserted
    if _lemma(tok) == "be" and tok.tag_ == "VBD" and any(c.dep_ == "xcomp" and _is_infinitive(c) for c in tok.children):
        return -1.0, True  # "X was to hold talks with Y": an arranged plan (the complement, below)
    t = tok
    adj = 0.1
    first = True
    for _ in range(12):
        if _conditional_subject(ctx, t):
            return -1.0, True  # '"whoever wants our weapons" would find us ready to defend them': a condition
        if t.dep_ == "advcl" and t.i < t.head.i and _inverted_condition(t):
            return -1.0, True  # "Had X attacked Y, ...", "Should X attack Y, ...": a condition, not an act
        for c in t.children:
            if c.dep_ in ("mark", "advmod") and c.lower_ in lex.pending_time_marks and t.dep_ == "advcl" \
                    and t.tag_ in ("VBP", "VBZ") and not any(a.dep_ in ("aux", "auxpass") for a in t.children) \
                    and (t.head.tag_ == "VB" and not _first(t.head, "nsubj") or any(
                        a.dep_ == "aux" and a.lower_ in lex.future for a in t.head.children)):
                # "will raise it when she meets X", "urged him to raise it when he meets X": the time clause
                # of an act yet to come is yet to come
                return -1.0, True
            if c.dep_ == "mark" and c.lower_ in lex.condition_marks and t.dep_ == "advcl" and t.tag_ == "VBD" \
                    and not any(a.dep_ in ("aux", "auxpass") for a in t.children) \
                    and (t.head.tag_ == "VB" and not _first(t.head, "nsubj") and t.head.dep_ == "xcomp"
                         and lex.frames.get(_vl(ctx, t.head.head)) in _UNMET_FRAMES or any(
                        a.dep_ == "aux" and a.lower_ == "would" for a in t.head.children)
                         or lex.frames.get(_vl(ctx, t.head)) in _UNMET_FRAMES and any(
                        x.dep_ == "xcomp" and x.tag_ == "VB" and x.i < t.i for x in t.head.children)):
                # the same told in the past: "said the party would not return until the government released the
                # prisoners", "urged the speaker to postpone the vote until the leaders reached a consensus" (the
                # clause hung on the infinitive or on the verb that governs it): a condition of an act yet to come,
                # the infinitive's a plan, wish, demand or refusal (not "continued to shell the town until X
                # stormed it", "managed to hold it until X took it": acts done, and so the clause's)
                return -1.0, True
            if c.dep_ == "mark":
                m = c.lower_
                if m in lex.hypothetical:
                    return -1.0, True
                if m in lex.condition_marks and (t.tag_ in ("VBP", "VBZ") or any(
                        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBP", "VBZ") for a in t.children)):
                    return -1.0, True  # "refused until they receive guarantees": a condition not yet met
                if m in lex.background:
                    adj = min(adj, -0.25)
        dep = t.dep_
        head = t.head
        if first and (_parenthetical_participle(ctx, t) or _when_participle(t)):
            return -1.0, True  # "X, asked about the talks, said ...", "X, when asked about Y, said ...": background
        if dep == "ROOT" or head is t:
            return adj, False
        if _is_infinitive(t) and (copula := _ordinal_copula(ctx, t)) is not None:
            first = False  # "X was among the first to congratulate Y": an act done, ranked; no purpose, no plan
            t = copula
            continue
        if dep in ("acl", "advcl") and _is_infinitive(t) and t.pos_ in ("VERB", "AUX"):
            # a purpose ("staged a sit-in to protest ...") only states the stance of the main act
            return -1.0, ("purpose" if dep == "advcl" and t is tok else True)
        if dep == "acl" and _misread_predicate(t):
            return adj, False  # the main verb of the sentence, misread as a participle
        if first and dep == "advcl" and _reduced_adverbial(t) and not _first(t, "agent"):
            return -1.0, True  # "Asked about the talks, X said ...", "Arrested in 2019, X ...": background
        if first and dep == "acl" and t.tag_ == "VBN" and not _first(t, "agent") and _between_participle(ctx, t) is None:
            # (but "a deal signed between X and Y" tells who acted, as an agent does)
            if not (head.dep_ == "attr" and any(c.lower_ == "there" for c in head.head.children)):
                return -1.0, True
        first = False
        if dep == "xcomp" and _lemma(head) == "be" and head.tag_ == "VBD" and _is_infinitive(t):
            return -1.0, True  # "X was to withdraw within 60 days": an arranged plan, whether carried out or not
        if dep in ("conj", "xcomp"):
            t = _lifted_conj(ctx, t) or head
            continue
        if dep == "ccomp" and (t.i < head.i and _rebuttal(ctx, head) or _before_semicolon(ctx, t)
                               or _charges_answered_after_semicolon(ctx, t)):
            return adj, False  # "X accused Y of Z, a charge Y denied": the accusation is the sentence's own
        if dep in ("ccomp", "csubj") and _lemma(head) == "be" and t.i != head.i and _told_false(ctx, head):
            return -0.25, "denied"  # "it is false that X signed a pact", "it is not true that X attacked Y"
        if dep in ("ccomp", "attr", "csubj") and _lemma(head) == "be" and _asks_question(ctx, t) and any(
                c.dep_ == "nsubj" and _lemma(c) in lex.question_nouns for c in head.children):
            return -1.0, True  # "the question is what X will ask for next": asked about, not told
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and (_lemma(head) in lex.unasserted or any(
                c.dep_ == "amod" and c.lower_ in lex.falsity for c in head.children) or _negated(
                ctx, head)) and _first(t, "nsubj", "nsubjpass") is not None:
            # "a claim that X signed a pact", "rumours that X had attacked Y", "there is no evidence that X armed
            # Y": not asserted
            return -1.0, True
        if dep == "ccomp" and _after_claim_noun(ctx, t) and _first(t, "nsubj", "nsubjpass") is not None:
            return -1.0, True  # "took note of the allegation by X that Y armed Z": the clause the parser hangs on the
            # verb is the claim's
        if dep == "ccomp" and _vl(ctx, head) in lex.unasserted:
            if _vl(ctx, head) in lex.denials and t.i > head.i and not _negated(ctx, head) \
                    and not _in_question(ctx, head):
                return -0.25, "denied"  # "denied that its troops took part": told as not having happened
            return -1.0, True  # "claimed that X attacked Y": a disputed act
        if dep in ("ccomp", "parataxis") and lex.frames.get(_vl(ctx, head)) == "report":
            if dep == "ccomp" and (_asks_question(ctx, t) or _negated(ctx, head) and not _clause_before_semicolon(t)):
                # "did not say how X would respond" (not "X accepted the offer; Y has not replied": a sentence of
                # its own before the semicolon, no part of what was not said)
                return -1.0, True
            t = head
            continue
        if dep == "pcomp" and head.lower_ in ("for", "on") and (_vl(ctx, head.head) in lex.advocacy or lex.frames.get(
                _vl(ctx, head.head)) in ("request", "irrealis", "intent")):
            return -1.0, True  # "campaigned on disarming X", "pressed for expelling Y": wanted, not done
        if dep == "pcomp" and head.lower_ in lex.background:
            adj = min(adj, -0.25)
        elif dep in ("advcl", "relcl", "acl", "pcomp", "ccomp", "csubj", "amod", "advmod"):
            adj = min(adj, -0.15)
        else:
            adj = min(adj, -0.1)
        t = head
    return adj, False


def _after_claim_noun(ctx: _Ctx, clause: Token) -> bool:
    """The "that" of ``clause`` comes right after a phrase headed by a claim's noun (plover.yaml unasserted) that the
    parser did not give the clause to: "takes note of the allegation by the Government of X that Y has armed Z",
    "repeated the claim by X that ..." (the clause hung on the verb)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i), None)
    if mark is None or mark.i == 0:
        return False
    t = clause.doc[mark.i - 1]
    for _ in range(6):
        if t.pos_ == "NOUN" and _lemma(t) in ctx.lex.unasserted and t.right_edge.i == mark.i - 1:
            return True
        if t.head is t or t.head.i == clause.head.i or t.head.i > mark.i:
            return False
        t = t.head
    return False


def _parenthetical_participle(ctx: _Ctx, tok: Token) -> bool:
    """"X, asked about the expulsions, said ...": a past participle set off by commas after the subject, misread as
    the main verb with the real one ("said") as its conjunct (a conjunct after a comma, with no "and" between and
    no subject of its own); the participle tells what was done to X, as background."""
    doc = tok.doc
    subj = _first(tok, "nsubj")
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN") or subj is None or subj.i > tok.i \
            or doc[tok.i - 1].text != "," or subj.right_edge.i >= tok.i \
            or any(t.text != "," for t in read_tokens(doc)[subj.right_edge.i + 1:tok.i]):
        return False
    return any(c.dep_ == "conj" and doc[c.i - 1].text == "," and _reporting(ctx, c) and _first(c, *_SUBJ) is None
               and not any(t.dep_ == "cc" for t in read_tokens(doc)[tok.i + 1:c.i]) for c in tok.children)


def _when_participle(tok: Token) -> bool:
    """"X, when asked about the talks, said ...", "once approved, the plan ...": a bare past participle after a
    time conjunction, a reduced passive clause (no subject, no auxiliary of its own) that sets the scene."""
    return tok.tag_ == "VBN" and tok.dep_ in ("relcl", "advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in tok.children) and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once", "while", "whenever") and c.i < tok.i
        for c in tok.children)


def _conditional_subject(ctx: _Ctx, verb: Token) -> bool:
    """The subject of ``verb`` is a free relative that sets a condition: "whoever attacks us will pay", "anyone
    who touches our weapons would find us ready"."""
    for c in verb.children:
        if c.dep_ == "csubj" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ctx.lex.conditional_subjects
                                     for s in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ctx.lex.conditional_subjects and (
                c.tag_ in ("WP", "WDT") or _first(c, "relcl") is not None):
            return True
    return False


def _conditional_object(ctx: _Ctx, verb: Token) -> bool:
    """What ``verb`` acts on (its object, else a prepositional one) is a free relative or a quantified noun narrowed
    by a clause of its own (not one in the perfect: ones there already are), a party
    not yet known who must first meet a condition (plover.yaml conditional_subjects, conditional_determiners):
    "would support any coalition that kept the law", "will talk to anyone who lays down his weapons", "would
    back every deputy who wants peace", "would join any cabinet formed by X"."""
    objs = [c for c in verb.children if c.dep_ in _OBJ]
    if not objs:  # (not a circumstance of an act on a named party: "would back X in every vote that matters")
        objs = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        # (a clause in the perfect names ones there already are: "would free every prisoner the army had handed over")
        narrowed = any(c.dep_ in ("relcl", "acl") and not any(a.dep_ == "aux" and _lemma(a) == "have"
                                                                for a in c.children) for c in o.children)
        if not narrowed:
            continue
        if o.lower_ in ctx.lex.conditional_subjects or any(
                c.dep_ == "det" and c.lower_ in ctx.lex.conditional_determiners for c in o.children):
            return True
    return False


def _inverted_condition(clause: Token) -> bool:
    """A clause opened by its auxiliary before its subject: "Had X attacked Y, ...", "Should X attack Y, ...",
    "Were X to attack Y, ..." (a condition)."""
    first = clause.doc[clause.left_edge.i]
    subj = _first(clause, "nsubj", "nsubjpass")
    return first.lower_ in ("had", "should", "were") and first.dep_ in ("aux", "auxpass", "advcl", "ROOT") \
        and subj is not None and first.i < subj.i and (first.head.i == clause.i or first.i == clause.head.i
                                                       or first is clause.head)


def _told_false(ctx: _Ctx, be: Token) -> bool:
    """The copula ``be`` calls its clause false: "is false", "is untrue", "is not true", "is not the case"."""
    for c in be.children:
        if c.dep_ == "acomp" and (c.lower_ in ctx.lex.falsity or c.lower_ in ("true", "correct", "accurate")
                                  and _negated(ctx, be)):
            return True
        if c.dep_ == "attr" and c.lower_ == "case" and _negated(ctx, be):
            return True
    return False


def _charged_before(ctx: _Ctx, verb: Token, clause: Token) -> bool:
    """``clause``, read as the complement of the denial ``verb`` after it, is a charge closed by a semicolon whose
    object is the one who denies: "X blamed Y; Y denied any role", "X accused Y of laying mines; Y denied it" (Y
    answers X's charge, a sentence of its own; not "X blamed Y; Z denied any role", nor "Y received arms from Z; Z
    denies this", where the act itself is what is denied, nor "X did not blame Y; Y denied any role", where no
    charge was made to answer)."""
    if not _before_semicolon(ctx, clause) or ctx.lex.frames.get(_vl(ctx, clause)) != "accuse" \
            or _negated(ctx, clause):
        return False
    accused = _actor_index(ctx, _mention(ctx, _first(clause, "dobj")))
    return accused is not None and accused == _actor_index(ctx, _mention(ctx, _first(verb, "nsubj")))


def _past_after_gerund(tok: Token) -> Token | None:
    """The finite verb that governs the preposition of the gerund ``tok`` is a conjunct of, when ``tok`` is a verb in
    the simple past with no subject or auxiliary of its own: "accused X of plotting a coup and expelled Y's envoy",
    "warned X against arming the rebels and recalled its ambassador" (the parser hangs the past verb on the gerund;
    "-ed" cannot share the "-ing" form, so it is the speaker's second act). Not a gerund's own past participle
    conjunct ("accused X of having armed Y and trained Z", the "having" shared) and not a finite verb under a
    preposition of a noun with no verb over it."""
    head = tok.head
    if tok.tag_ != "VBD" or head.tag_ != "VBG" or head.dep_ != "pcomp" \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    gov = head.head.head  # the preposition's head: the verb, or its object ("accused X of ...")
    if gov.dep_ in _OBJ:
        gov = gov.head
    if gov.pos_ != "VERB" or gov.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or gov.i > tok.i:
        return None
    return gov


def _clause_before_semicolon(clause: Token) -> bool:
    """``clause``, read as the complement of a verb after it, is closed by a semicolon: a sentence of its own ("X
    proposed talks; Y declined", "X asked for a delay; Y refused")."""
    return clause.i < clause.head.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i:clause.head.i])


def _before_semicolon(ctx: _Ctx, clause: Token) -> bool:
    """``clause``, read as the complement of a verb after it, is an act of saying closed by a semicolon, a
    sentence of its own: "X blames Y; the government denies involvement", "X accused Y of Z; Y denies the
    charge" (the charge was made, whatever the denial; not "Y received arms from Z; Z denies this", where
    the act itself is what is denied, nor "X says Y did Z; Y denies it", where what is said is)."""
    return clause.dep_ == "ccomp" and _vl(ctx, clause) in ctx.lex.utterances \
        and ctx.lex.frames.get(_vl(ctx, clause)) != "report" and _clause_before_semicolon(clause)


def _pledge_after_semicolon(ctx: _Ctx, verb: Token, clause: Token) -> bool:
    """``clause``, read as the complement of the pledging or planning ``verb`` after it (plover.yaml frames: intent),
    is a sentence of its own closed by a semicolon: "X visited Paris on 12 May; Y pledged 40 million euros" (the
    visit took place; a pledge or a plan never takes a clause before it as what is promised)."""
    return ctx.lex.frames.get(ctx.lex.verb_key(verb)) == "intent" and _clause_before_semicolon(clause)


def _charges_answered_after_semicolon(ctx: _Ctx, clause: Token) -> bool:
    """``clause``, read as the complement of a verb after it, is a sentence of its own closed by a semicolon, and that
    verb answers charges (its object a noun of plover.yaml charge_nouns): "X sanctioned Y for graft; Y denied the
    charges", "X expelled Y's envoy; Y rejects the allegations" (the act told was done; the charges are what is
    denied; not "Y received arms from Z; Z denies this", where the act itself is)."""
    return clause.dep_ == "ccomp" and _clause_before_semicolon(clause) and any(
        _lemma(o) in ctx.lex.charge_nouns for o in _children(clause.head, "dobj"))


def _labels_actor_after_semicolon(ctx: _Ctx, verb: Token, act: _Act, clause: Token) -> bool:
    """``clause``, read as the complement of the labelling ``verb`` after it, is a sentence of its own closed by a
    semicolon: "X resigned and has since attacked Y; her father has called Z a 'thief'" (a label put on an actor,
    plover.yaml labelling, takes no clause before it: X's acts are told, not labelled); so is one before a label put
    on a thing the label names by a noun of its own: "the Senate expelled X; she called the vote a farce" (the label
    is on the vote, the expulsion still told; not "Y received arms from Z; Z called it a lie", nor "...; Z called the
    report a lie" (plover.yaml told_nouns, charge_nouns), where "it" or the noun is the clause before, labelled
    false)."""
    if ctx.lex.verb_key(verb) not in ctx.lex.labelling or not _clause_before_semicolon(clause):
        return False
    if act.target_tok is not None and ctx.mention_of(act.target_tok) is not None:
        return True
    return any(o.pos_ in ("NOUN", "PROPN") and _lemma(o) not in ctx.lex.told_nouns
               and _lemma(o) not in ctx.lex.charge_nouns for o in _children(verb, "dobj"))


def _rebuttal(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` closes a trailing apposition that answers the clause before it, misread as the main verb:
    "X accused Y of Z, a charge Y denied", "..., an accusation the party dismissed"."""
    for c in verb.children:  # the noun phrase of the apposition, read as subject or object, after a comma
        if c.dep_ in ("nsubj", "dobj") and c.i < verb.i and c.left_edge.i > 0 \
                and verb.doc[c.left_edge.i - 1].text == "," and any(_lemma(w) in ctx.lex.charge_nouns for w in c.subtree):
            return True
    return False


def _date_text(ctx: _Ctx, tok: Token, line: bool = True) -> str | None:
    """The DATE entity of the trigger's own clause: on the trigger, on a verb conjoined to it that
    shares its subject ("invaded X and toppled Y in 2003"), or on its object ("a ceasefire on Sunday"); else, with
    ``line``, the date of the timeline line it stands on. Worked out once per token (each hit of a trigger asks)."""
    key = ("date", tok.i, line)  # (the act cache's own keys are token indices)
    if key not in ctx.act_cache:
        ctx.act_cache[key] = _find_date_text(ctx, tok, line)
    return ctx.act_cache[key]


def _find_date_text(ctx: _Ctx, tok: Token, line: bool) -> str | None:
    if ctx.dates is None:
        ctx.dates = {}
        for ent in doc_ents(tok.doc):  # (the entities built once per Doc)
            if ent.label_ == "DATE":
                for i in range(ent.start, ent.end):
                    ctx.dates[i] = ent
    if not ctx.dates:
        return _line_date(tok) if line else None
    got = _own_date(ctx, tok)
    if got is None and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        got = _own_date(ctx, tok.head)  # "talks between X and Y resumed on Monday"
    if got is not None or tok.pos_ not in ("VERB", "AUX"):
        return got or (_line_date(tok) if line else None)
    if _first(tok, *_SUBJ) is not None:
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and _first(c, *_SUBJ) is None:
                got = _own_date(ctx, c)
                if got is not None:
                    return got
    for obj in _children(tok, *_OBJ):
        if obj.pos_ == "NOUN":
            got = _own_date(ctx, obj)
            if got is not None:
                return got
    return _line_date(tok) if line else None


def _line_date(tok: Token) -> str | None:
    """The date a timeline line starts with ("12 March: ...", "March 2031 - ..."), set apart by the
    layout component (nlp/pipeline.py) before the parser: it dates the line's sentence."""
    dates = tok.doc.user_data.get(LINE_DATES)
    return dates.get(tok.sent.start) if dates else None


def _own_date(ctx: _Ctx, tok: Token) -> str | None:
    dates = ctx.dates or {}
    for c in tok.children:
        if c.i in dates and c.dep_ in ("npadvmod", "tmod", "obl", "nmod", "advmod"):
            return dates[c.i].text  # "on Sunday" without "on", "two years ago", "today"
        if c.i in dates and c.dep_ in ("poss", "amod", "compound", "nummod") and tok.pos_ == "NOUN":
            return dates[c.i].text  # "the 2020 strike", "last year's raid"
        if c.dep_ == "prep" and c.lemma_ in ("on", "in", "at", "during", "by"):
            # not "since": "has backed X since 2021" dates a start, not the act reported
            for p in c.children:
                if p.dep_ == "pobj" and p.i in dates:
                    return dates[p.i].text
    return None


def _pluperfect(tok: Token) -> bool:
    """ "had attacked", "had been arrested": an act before the story's time."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in tok.children)


def _perfect(tok: Token) -> bool:
    """ "has pressed", "have long urged", "had accused": the perfect, an act done before now (not a habit told
    in the simple present)."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve", "'d") and c.tag_ in ("VBZ", "VBP", "VBD")
               for c in tok.children)


def _withheld_status(ctx: _Ctx, tok: Token) -> bool:
    """A negated perfect of a standing status (plover.yaml withheld_when_perfect): "X has not recognised Y", "has
    never recognised the province's secession" tell a recognition not granted so far (a negated act), not a
    refusal as "X did not recognise the result" or "will not recognise it" do."""
    return _vl(ctx, tok) in ctx.lex.withheld_when_perfect and _perfect(tok)


def _durative(ctx: _Ctx, tok: Token) -> bool:
    """The verb states how long something has gone on: "since last year", "for three decades", "long"."""
    _date_text(ctx, tok)  # fills ctx.dates
    if any(c.dep_ in _OBJ and any(n.dep_ in ("nummod", "quantmod") and n.ent_type_ not in ("DATE", "TIME")
                                  for n in c.children) for c in tok.children):
        return False  # "has sent 9,000 troops since January": counted acts add up, they are no state
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ == "long":
            return True
        if c.dep_ == "prep" and c.lower_ in ("since", "for"):
            for p in c.children:
                if p.dep_ != "pobj" or p.i not in (ctx.dates or {}):
                    continue
                # "for two years" may be a sentence or a suspension; "for decades", "for years" is a habit
                if c.lower_ == "since" or _DURATIVE_SPAN.match(ctx.dates[p.i].text.lower()):
                    return True
                # "have fought them for three years": a war that goes on, not one act
                if _vl(ctx, tok) in ctx.lex.reciprocal and _COUNTED_YEARS.match(ctx.dates[p.i].text.lower()):
                    return True
    return False


def _present_passive(tok: Token) -> bool:
    """ "is supported by", "are backed by": a simple present passive (no perfect, no modal, no negation)."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _FINITE_NOW for c in tok.children) and not any(
        c.dep_ in ("aux", "neg") for c in tok.children)


def _since_occasion(tok: Token) -> bool:
    """The verb is told from an occasion on: "since the war", "since the 2022 elections", "since the group was
    founded" (a "since" clause in the past: not the causal "since they are ...")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "since" and any(p.dep_ in ("pobj", "pcomp") for p in c.children):
            return True
        if c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
    return False


_COUNTED_YEARS = re.compile(r"^(?:the (?:past|last) )?\S+ (?:years|decades)$")
_DURATIVE_SPAN = re.compile(r"^(?:.*\bdecades?|(?:many |several )?(?:years|months))$")


_FINITE_NOW = frozenset({"VBZ", "VBP"})
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})  # "oppose him": a person, not a proposal
_NOW_MODALS = frozenset({"will", "'ll", "shall", "must", "can", "wo", "ca"})


def _past_misread_participle(verb: Token) -> bool:
    """A relative clause's verb the tagger read as a participle though it has a subject of its own and no
    auxiliary: "the sanctions the Union imposed on X" (a simple past, "imposed" tagged VBN), not "the sanctions
    imposed on X" (a reduced passive, no subject) nor "the sanctions it has imposed" (an auxiliary tells the tense)."""
    return verb.tag_ == "VBN" and verb.dep_ == "relcl" and _first(verb, "nsubj") is not None \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present(ctx: _Ctx, tok: Token) -> bool:
    """Whether the clause of ``tok`` is about the present: present tense ("condemns"), present
    perfect ("has imposed"), a plan stated now ("will attack"); for a non-finite verb or an event
    noun, the tense of the verb that governs it ("began talks", "agreed to withdraw").

    A past tense without a date of its own ("invaded the country", "had signed") is not: its date
    is unknown, not the document's.
    """
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                if c.dep_ in ("aux", "auxpass"):
                    if c.tag_ in _FINITE_NOW or c.lower_ in _NOW_MODALS:
                        return True
                    if c.tag_ == "VBD" or c.lower_ in ("would", "could", "might", "'d"):
                        return False
            if t.tag_ in _FINITE_NOW:
                return True
            if t.tag_ == "VBD" or _past_misread_participle(t):
                return False
        if t.dep_ == "ROOT" or t.head is t:
            return False
        t = t.head
    return False


def _walk_complement(tok: Token, into: set[int], stop: frozenset[str] = _COMPLEMENT_STOP) -> None:
    stack = [tok]
    seen: set[int] = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        into.add(t.i)
        for c in t.children:
            if c.dep_ not in stop and not _finite_conj_of_infinitive(c):
                stack.append(c)


def _conditional_imperative(tok: Token) -> bool:
    """An imperative that opens its sentence and is joined by "and"/"or" to a clause with a subject of its own
    ("Pull X out, and he's done", "Touch our border and you will regret it"): a condition (if one did), not an
    order given or an act done ("Release the prisoners and end the siege" stays an order)."""
    if tok.tag_ != "VB" or tok.dep_ != "ROOT" or tok.i != tok.sent.start or _first(tok, *_SUBJ) is not None:
        return False
    return any(c.dep_ == "conj" and _first(c, *_SUBJ, "nsubjpass") is not None for c in tok.children) \
        and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in tok.children)


def _finite_by_auxiliary(tok: Token) -> bool:
    """A bare verb made finite by a tense or modal auxiliary of its own ("did not meet", "will visit", "could
    not reach"), not an infinitive ("to meet")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children)


def _finite_conj_of_infinitive(tok: Token) -> bool:
    """A past-tense verb conjoined to an infinitive complement: in "refused to meet X and attacked Y" the
    parser hangs "attacked" on "meet", but no infinitive is past; it is a second act of the sentence's subject,
    no part of what is refused, agreed or asked. So is a perfect with its own auxiliary ("has asked X to issue
    a notice and has asked Y to arrest him": no infinitive takes "has")."""
    head = tok.head
    if tok.dep_ != "conj" or head.tag_ != "VB" or head.dep_ != "xcomp" or not _is_infinitive(head) \
            or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    if tok.tag_ == "VBD":
        return not aux
    return tok.tag_ == "VBN" and bool(aux) and all(c.lower_ in ("has", "have", "had") for c in aux)


def _describes(tok: Token, lex: EventLexicon, ctx: _Ctx | None = None) -> bool:
    """A past participle modifying a noun ("the militia backed by Iran"), or one conjoined to it; not an
    agreement its agents made ("a roadmap agreed by X and Y": an act told)."""
    t = tok
    if tok.dep_ == "relcl" and tok.tag_ == "VBN" and tok.lemma_ in lex.patronage \
            and any(c.dep_ == "agent" for c in tok.children):
        return True  # "the Houthis, who are backed by Iran": patronage described, not an act
    if tok.tag_ == "VBN" and tok.lemma_ in lex.stance_participles \
            and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "X is opposed to Y", "X is committed to Y": a standing position (a tie)
    for _ in range(3):
        if t.tag_ != "VBN":
            return False
        if t.dep_ == "acl" and t is tok and _first(t, "agent") is not None and tok.lemma_ in lex.strikes:
            return False  # "a missile fired by X at Y", "a convoy ambushed by X": a blow (or capture) told, not a tie
        if t.dep_ == "acl" and t is tok and _first(t, "agent") is not None \
                and lex.verb_key(tok) not in lex.mediating and any(
                e.type == "AGREE" and all(_lemma(tok.head) in slot for slot in e.words)
                for e in lex.verbs.get(lex.verb_key(tok), ())):
            # "a roadmap agreed by X and Y", "an accord signed by X and Y": their agreement told, not a tie
            return False
        if t is tok and ctx is not None and _between_participle(ctx, tok) is not None:
            return False  # "a deal signed between X and Y": the act of the two sides told
        if t.dep_ in ("acl", "amod"):
            return t.head.pos_ in ("NOUN", "PROPN") and not _misread_predicate(t)
        if t.dep_ != "conj":
            return False
        t = t.head
    return False


def find_events(doc: Doc, mention_of: Callable[[Token], Span | None] | None = None,
                lexicon: EventLexicon | None = None) -> list[EventHit]:
    """PLOVER events of ``doc`` (parsed), in document order.

    ``mention_of(token)`` gives the actor mention covering a token (default: ``ents_mention_of``).
    """
    lex = lexicon or load_event_lexicon()
    ctx = _Ctx(lex, mention_of or ents_mention_of(doc))
    frames = lex.frames
    cands: list[tuple[Token, _Act]] = []
    nouns: list[Token] = []
    obligations: list[Token] = []
    for tok in read_tokens(doc):  # (each token's labels read once)
        pos = tok.pos_
        if pos == "VERB" and tok.lower_ in lex.nouns and _gerund_noun(tok):
            pos = "NOUN"  # ("Fighting between X and Y erupted": an event noun the tagger left a verb)
        if pos in ("VERB", "ADJ", "AUX"):
            if pos == "AUX" and tok.dep_ == "aux" and tok.lower_ in lex.obligation:
                obligations.append(tok)
                continue
            lem = lex.verb_key(tok)
            if lem in lex.deadline_verbs:
                act = _deadline_act(ctx, tok)
                if act is not None:
                    cands.append((tok, act))
                    continue
            if lem in lex.labelling:
                act = _label_act(ctx, tok)
                if act is not None:
                    cands.append((tok, act))
                    continue
            if lem in lex.keys:
                if tok.dep_ == "amod" and pos == "VERB":
                    continue  # "X-backed", "armed" as a modifier
                if _conditional_imperative(tok):
                    continue  # "Pull X out, and he's done": if one did, not an act
                if lem in lex.charge_nouns and tok.tag_ == "VBZ" and tok.i > 0 and doc[tok.i - 1].text == "," \
                        and _first(tok, *_SUBJ) is None:
                    continue  # "X accused Y of Z, charges Y denies": the noun misread as a verb
                if _describes(tok, lex, ctx) and not _summary_reaction(ctx, tok):
                    continue  # "a party led by X and supported by Y": a lasting tie, not an act
                if lem in lex.produce_verbs and _prep_target(ctx, tok, frozenset({"to"})) is None and any(
                        c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.mention_of(c) is None and not _goods(ctx, c)
                        for c in tok.children):
                    continue  # "talks yielded results": to produce, not to give way ("delivered food to ..." gives)
                if frames.get(lem) == "report" and (label := _reported_label_act(ctx, tok)) is not None:
                    cands.append((tok, label))
                    continue
                act = _act_of(ctx, tok)
                if act is not None:
                    cands.append((tok, act))
        elif pos == "NOUN":
            lem = _lemma(tok)
            if lem in lex.nouns or lem in lex.frames or _mediating_acl(ctx, tok) is not None \
                    or _compound_event_noun(ctx, tok) or _pact_between(ctx, tok) is not None:
                nouns.append(tok)  # ("an accord brokered by X": X's mediation, whatever the noun's own reading)
    blamed = _blame_hits(ctx, doc)
    # "X said Y must ...": a demand of the speaker, whatever Y must do (not a perfect, "X argued that Y should have
    # resigned": a judgment of the past)
    have = {t.i for t, _ in cands}
    for tok in obligations:
        verb = tok.head
        if verb.i not in have and _reporter(ctx, verb) is not None \
                and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
            cands.append((verb, _Act("REQUEST", "modal")))
            have.add(verb.i)
    # events inside the complement of another event belong to it
    consumed: set[int] = set()
    for tok, act in cands:
        for c in act.consumed:
            if c is not None:
                _walk_complement(c, consumed)
        frame = frames.get(lex.verb_key(tok))
        # "would not allow X to use its ports to ship troops": what is not permitted is refused, no act
        withheld = lex.verb_key(tok) in lex.refused_when_negated and _negated(ctx, tok)
        if (act.kind != "weak" or withheld) and frame != "report":
            for c in tok.children:
                if c.dep_ == "ccomp" and c.i < tok.i and (_rebuttal(ctx, tok) or _before_semicolon(ctx, c) or (
                        lex.verb_key(tok) in lex.replies and _clause_before_semicolon(c))
                        or _pledge_after_semicolon(ctx, tok, c)
                        or _labels_actor_after_semicolon(ctx, tok, act, c)
                        or _charges_answered_after_semicolon(ctx, c)):
                    continue  # "X accused Y of Z, a charge Y denies": the accusation is no part of the denial
                if c.dep_ == "dobj" and any(_summary_reaction(ctx, a) for a in _children(c, "acl")):
                    continue  # "X closed the border, a move condemned by Y": Y's verdict on the act, no part of it
                if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i not in consumed:
                    if c.dep_ == "dobj" or withheld or act.kind in ("frame", "modal") or act.type == "REJECT" or frame in (
                            "accuse", "request", "refuse", "threat", "intent", "irrealis"):
                        _walk_complement(c, consumed)
                elif c.dep_ == "advcl" and act.type == "REJECT" and c.tag_ == "VBG" and _first(c, *_SUBJ) is None \
                        and not any(t.text == "," for t in read_tokens(doc)[min(tok.i, c.i):max(tok.i, c.i)]):
                    # "ruled out joining the government": what is refused ("ruled it out, calling it ...": a
                    # second act)
                    _walk_complement(c, consumed)
                elif c.dep_ == "prep":
                    if frame == "accuse":
                        # an allegation includes its circumstances: "accused X of executing fighters
                        # after they had surrendered" codes no surrender
                        _walk_complement(c, consumed, _COMPLEMENT_STOP - {"advcl"})
                        for t in c.subtree:
                            if _request_after_charge(ctx, t):
                                consumed.difference_update(x.i for x in t.subtree)
                    elif frame in ("request", "refuse", "threat", "intent"):
                        _walk_complement(c, consumed)
                    elif c.lemma_ in ("for", "of", "over", "against") and not (
                            act.kind == "phrase" and act.type == "SANCTION" and act.entry is not None
                            and any(c.lower_ in w for w in act.entry.words)):
                        # "jailed for helping militants": the reason is not a separate event; but a cause the
                        # entry itself names ("designated for having armed X", plover.yaml) is told as done
                        for p in c.children:
                            if p.dep_ == "pcomp":
                                _walk_complement(p, consumed)
    for tok in read_tokens(doc):  # "declined to back Z despite a plea from X": the plea is no part of what is declined
        if tok.dep_ == "prep" and tok.lower_ in lex.concessive_preps:
            consumed.difference_update(t.i for t in tok.subtree)
    # "X was killed when Y shelled his home": one act, Y -> X, not a victim without attacker and
    # an attacker without victim
    acts = {t.i: a for t, a in cands}
    agent_clause: dict[int, Token] = {}
    for tok, act in cands:
        if not _is_passive(ctx, tok) or _first(tok, "agent") is not None or act.type not in lex.hostile:
            continue
        # "... when Y shelled", or a "when" clause on the time ("killed in 2019 when Y ambushed")
        clauses = [c for c in tok.children if c.dep_ == "advcl"] + [
            r for prep in _children(tok, "prep") for p in _children(prep, "pobj") for r in _children(p, "relcl")]
        for c in clauses:
            inner = acts.get(c.i)
            if inner is not None and inner.type in lex.hostile and not _is_passive(ctx, c) \
                    and _mention(ctx, _first(tok, "nsubjpass")) is not None \
                    and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children):
                agent_clause[tok.i] = c
                consumed.add(c.i)
                break
    hits: list[EventHit] = []
    for tok, act in cands:
        if tok.i in consumed and _lifted_conj(ctx, tok) is None:
            # (a conjunct misattached inside a reported clause is the reporting verb's own second act:
            # "warned that X would strike ... and accused Y of ...", never part of what was warned of)
            continue
        hits.extend(_make_hits(ctx, tok, act, agent_clause.get(tok.i)))
    for noun in nouns:
        reacted = _reacted_to(ctx, noun)
        if noun.i in consumed and not _stated_noun(ctx, noun) and not reacted and not _mediating_acl(ctx, noun) \
                and not _visit_setting(ctx, noun) \
                and not _owned_act(ctx, noun, _noun_type(ctx, noun) or ctx.lex.owned_nouns.get(_lemma(noun))):
            continue  # (a third party bringing the sides together is an act of its own: "a truce brokered by X")
        hit = _noun_hit(ctx, noun, of_agent=reacted)
        if hit is not None and reacted and (hit.source is None or hit.target is None or hit.negated):
            continue  # (a reaction to a blow told with both its sides only)
        if hit is not None:
            hits.extend(_coordinated_hits(ctx, hit))
    hits = [h for h in hits if not (h.type in lex.population_acts and h.target is not None
                                    and h.sentence.start <= h.target.start < h.sentence.end
                                    and _population(ctx, h.target))]  # (named so in the act's own sentence: not
    # "the army", standing for the state whose closest mention was its people's name)
    hits = [h for h in hits if not _done_by_kin_or_followers(ctx, h)]
    hits.extend(blamed)
    hits.sort(key=lambda h: h.trigger.i)
    _share_targets(ctx, hits)
    _sanctioning_authority(ctx, hits)
    _answered_proposals(ctx, hits)
    _answered_blows(ctx, hits)
    _answered_denials(ctx, hits)
    _rejections_with_charge(ctx, hits)
    _labelled_told(ctx, hits)
    _elliptical_replies(ctx, hits)
    _offers_answered(ctx, hits)
    hits = _answers_of_addressees(ctx, hits)
    _condemned_acts(ctx, hits)
    _welcomed_acts(ctx, hits)
    _claimed_acts(ctx, hits)
    _answered_remarks(ctx, hits)
    _state_custody(ctx, hits)  # (before the demands for the captive's release)
    _captor_asked(ctx, hits)
    _home_custody(ctx, hits)  # (last of the captor steps: no captor told)
    _captor_goes_on(ctx, hits)
    _told_blow_goes_on(ctx, hits)
    _addressed_pair(ctx, hits)
    _between_pair(ctx, hits)
    _two_sides(ctx, hits)  # (before the judgements: "The two sides agreed to ... Z welcomed the agreement")
    _led_acts(ctx, hits)
    _judged_agreements(ctx, hits)
    _judged_measures(ctx, hits)
    _judged_just_told(ctx, hits)  # (last of the judgements: only what no act or measure told before answered)
    hits += _emulations(ctx, doc, hits)
    _proxy_meetings(ctx, hits, acts)
    hits += _mediated_under(ctx, hits)
    hits += _relative_mediators(ctx, hits)
    hits += _behest_requests(ctx, hits)
    hits = _recommendations(ctx, doc, hits)
    hits = _own_body_targets(ctx, doc, hits)
    _refuted_by_next(ctx, doc, hits)
    hits += _reported_charges(ctx, hits)  # (after every act is final: a charge of an act dropped is none)
    hits += _charges_with_content(ctx, doc, hits)
    hits = _unaimed_wrongs(ctx, hits)
    hits = [h for h in hits if not _unaimed_prosecution(h)]
    return _drop_targetless_repeats(hits)


def _refuting_noun(ctx: _Ctx, noun: Token) -> str | None:
    """The event type of an event noun the sentence says never was, as a reply to what was just reported: "no such
    meeting took place", "there was no such attack", "no meeting had taken place" (a "no" with "such", or with a verb
    of happening: plover.yaml refuting_verbs); None for one dated against the past ("no such meeting had taken place
    since 2019", "before"): a comparison, no reply."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    verb = noun.head
    such = any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det", "advmod") for c in noun.children)
    happened = noun.dep_ in ("nsubj", "nsubjpass") and _lemma(verb) in ctx.lex.refuting_verbs
    if not (such or happened):
        return None
    if any(c.dep_ in ("prep", "advmod", "mark") and c.lower_ in ("since", "before", "until", "previously")
           for c in (*verb.children, *noun.children)):
        return None
    return _noun_type(ctx, noun)


def _refuted_by_next(ctx: _Ctx, doc: Doc, hits: list[EventHit]) -> None:
    """An act told in a sentence that the next sentence of the same paragraph answers by saying no such act took
    place ("A newspaper reported that X had met Y in Z. The presidency said no such meeting took place."): the act,
    of the type of the refuting noun (``_refuting_noun``), is told as one that did not happen (negated)."""
    text = doc_text(doc)
    sents = doc_sents(doc)  # (made once per Doc)
    toks, pos = read_tokens(doc), token_pos(doc)  # (each word's POS off the Doc's column: no Token per word)
    for k, sent in enumerate(sents[1:], 1):
        types = {t for i in range(sent.start, sent.end)
                 if pos[i] == "NOUN" and (t := _refuting_noun(ctx, toks[i])) is not None}
        if not types:
            continue
        prev = sents[k - 1]
        if "\n\n" in text[prev.end_char:sent.start_char] or "\n\n" in text[prev.start_char:prev.end_char]:
            continue  # (another paragraph)
        for h in hits:
            if h.type in types and h.sentence.start == prev.start and not h.negated:
                h.negated = True


def _unaimed_prosecution(h: EventHit) -> bool:
    """An act of the law whose subject is the state's prosecutors (relations.yaml home_prosecutor_nouns, read as the
    article's state) done to no one the text names ("prosecutors have charged him", with "him" read as no actor): no
    event; the prosecutors stand for their state only in an act on someone."""
    if h.target is not None or h.source is None:
        return False
    verb = h.trigger
    subj = _first(verb, "nsubj")
    if subj is None and verb.dep_ == "conj":
        subj = _first(verb.head, "nsubj")  # "detained X and charged him": the first verb's subject
    return subj is not None and subj.pos_ == "NOUN" and referents(verb.doc).home_prosecutor(subj)


def _own_body_targets(ctx: _Ctx, doc: Doc, hits: list[EventHit]) -> list[EventHit]:
    """A person's act whose target is the organisation the same sentence names as the one they lead or belong
    to ("The Blue Party's leader, X, welcomed the ceremony", "the Front's spokesman X denied the charge", "the
    party leader warned that it would leave the coalition"): the body was read from the person's own description,
    so the act names no target (plover.yaml ``own_body_acts``: the acts a member does aim at its own body, "demanded
    that the party hold elections", stay); a hostile act so read is no act of the person's at all (the clause told
    what the body itself would do: "warned that it would leave the coalition", "has banned its members from ...")."""
    if not any(h.source is not None and h.target is not None and h.type not in ctx.lex.own_body_acts for h in hits):
        return hits
    resolver = referents(doc)
    out = []
    for h in hits:
        if h.source is not None and h.target is not None and h.type not in ctx.lex.own_body_acts:
            s, t = resolver.actor(h.source.root), resolver.actor(h.target.root)
            if s is not None and t is not None and resolver.kind(s) == "person" \
                    and resolver.kind(t) == "organization" and any(
                        r.source == s and r.target == t and r.type in ("leader_of", "member_of")
                        and r.span.sent.start == h.sentence.start for r in resolver.hits):
                if h.type in ctx.lex.hostile:
                    continue
                h.target = None
        out.append(h)
    return out


# a recommendation line of a report: "To the government of X: end all support to Y; ..." ("1. To X: ...")
_ADDRESSED_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?To ([^:\n]{2,100}):[ \t]+(?=\S)")


def _recommendations(ctx: _Ctx, doc: Doc, hits: list[EventHit]) -> list[EventHit]:
    """Lines "To X: <imperative> ..." of a report: the report's author asks X (REQUEST); what X is asked
    to do has not happened, so the acts on the line code nothing themselves."""
    text = doc_text(doc)
    found = list(_ADDRESSED_LINE.finditer(text))
    if not found:
        return hits
    author: Span | None = None
    author_done = False
    out = hits
    for m in found:
        body, end = m.end(), text.find("\n", m.end())
        end = len(text) if end < 0 else end
        first = next((t for t in doc if t.idx >= body), None)
        if first is None or first.idx >= end or not (first.tag_ == "VB" or first.pos_ == "VERB" and first.is_lower):
            continue  # "To the surprise of many: ..." is no instruction
        if not author_done:
            if ctx.author is False:
                ctx.author = _report_author(ctx, doc)
            author, author_done = ctx.author, True
        out = [h for h in out if not body <= h.trigger.idx < end]
        addressees: list[Span] = []
        for t in doc:
            if m.start(1) <= t.idx < m.end(1):
                a = _mention(ctx, t) if t.dep_ in ("pobj", "conj", "ROOT", "nsubj", "dobj", "appos") else None
                if a is not None and a not in addressees and (author is None or a != author):
                    addressees.append(a)
        for a in addressees or [None]:
            out.append(EventHit("REQUEST", author, a, False, first.sent, first, 0.7, None, False))
    out.sort(key=lambda h: h.trigger.i)
    return out


_HEADER_CHARS = 400  # a document's title block: where a report names its author
_HEADER_LINE = 160   # a title-block line ("Excerpt from a report by X, published ..."), not a paragraph


def _report_author(ctx: _Ctx, doc: Doc) -> Span | None:
    """The actor a document names, in its opening lines, as the author of its report ("a report by X",
    "X's report"); a report cited further down a news story is not the document."""
    text = doc_text(doc)
    for t in read_tokens(doc):
        if t.idx > _HEADER_CHARS:
            break
        if t.pos_ not in ("NOUN", "PROPN") or _lemma(t) not in ctx.lex.authored_nouns \
                and _lemma(t) not in ctx.lex.statement_nouns:
            continue  # ("Report by X", "Letter dated ... from the envoy of X": a title naming its author)
        start, end = text.rfind("\n", 0, t.idx) + 1, text.find("\n", t.idx)
        line = text[start:len(text) if end < 0 else end].rstrip()
        if len(line) > _HEADER_LINE or line.endswith((".", "!", "?", '"', "\u201d")):
            continue  # a prose sentence citing a report, not the document's title block
        # ("Letter dated ... from X", "Note sent by X": plover.yaml sending_verbs)
        sent = [t.head] if t.dep_ == "nsubj" and _lemma(t.head) in ctx.lex.sending_verbs else []
        sent += [a for a in t.children if a.dep_ == "acl" and _lemma(a) in ctx.lex.sending_verbs]
        for c in [*t.children, *(c for v in sent for c in v.children)]:
            if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and _lemma(t) in ctx.lex.statement_nouns):
                p = _first(c, "pobj")
                a = _mention(ctx, p, limit=3)
                if a is None and p is not None:  # ("from the Permanent Representative of X": X)
                    a = next((m for of in _children(p, "prep") if of.lower_ == "of"
                              for m in map(ctx.mention_of, _children(of, "pobj")) if m is not None), None)
                if a is not None:
                    return a
            if c.dep_ == "poss":
                a = ctx.mention_of(c)
                if a is not None:
                    return a
    return None


def _assembly_subject(ctx: _Ctx, st: Token) -> bool:
    """Whether ``st`` is a bare collective noun for a body's own sitting or membership (plover.yaml
    assembly_nouns), outside quotes: "The committee condemned ...", "Members resolved to ...", "the meeting noted
    ..." (no modifier of its own: not "the election committee", "members of the X Party", "two members")."""
    if _lemma(st) not in ctx.lex.assembly_nouns and st.lower_ not in ctx.lex.assembly_nouns or quoted(st):
        return False
    dets = [c for c in st.children if c.dep_ == "det"]
    if any(c.dep_ not in ("det", "punct") for c in st.children) or len(dets) > 1:
        return False
    if dets:
        return dets[0].lower_ in ("the", "our")
    return st.tag_ == "NNS"  # ("Members voted to ...": a bare plural)


def _proceedings_body(ctx: _Ctx, doc: Doc) -> Span | None:
    """The one organisation a body's own proceedings name in their title block, for its collective nouns
    ("Minutes of the branch meeting, X Union", "X Association - Members' Bulletin", "X Council / Record of the
    session": plover.yaml proceedings_nouns): the lines of the title block up to the first that holds such a noun,
    none a prose sentence; None where no such line opens the document or it names no organisation or two."""
    key = ("proceedings_body",)
    if key in ctx.act_cache:
        return ctx.act_cache[key]
    found: Span | None = None
    text = doc_text(doc)
    end = text.find("\n\n")
    end = min(_HEADER_CHARS, len(text) if end < 0 else end)
    lines_end = None
    for t in read_tokens(doc):
        if t.idx > end:
            break
        if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in ctx.lex.proceedings_nouns
                                            or _lemma(t) in ctx.lex.proceedings_nouns):
            lines_end = text.find("\n", t.idx)
            lines_end = len(text) if lines_end < 0 else lines_end
            break
    if lines_end is not None and not any(
            len(line) > _HEADER_LINE or line.rstrip().endswith((".", "!", "?"))
            for line in text[:lines_end].split("\n") if line.strip()):
        resolver = referents(doc)
        bodies: dict[int, Span] = {}
        for t in read_tokens(doc):
            if t.idx >= lines_end:
                break
            a = resolver.actor(t)
            if a is not None and t.i > 0 and doc[t.i - 1].text == "(":
                continue  # "X Association (Johannesburg)": a seat in brackets, whatever the tagger made of it
            if a is not None and resolver.kind(a) == "organization" and a not in bodies:
                m = ctx.mention_of(t)
                if m is not None:
                    bodies[a] = m
        found = next(iter(bodies.values())) if len(bodies) == 1 else None
    ctx.act_cache[key] = found
    return found


def _blame_hits(ctx: _Ctx, doc: Doc) -> list[EventHit]:
    """"X said Y was responsible for the attack", "... was behind the bombing", "... was to blame": X
    accuses Y (a denial, "was not responsible", accuses no one)."""
    out: list[EventHit] = []
    for tok in read_tokens(doc):
        if tok.lower_ not in ctx.lex.blame_predicates or tok.dep_ not in ("acomp", "prep", "xcomp"):
            continue
        be = tok.head
        if _lemma(be) != "be" or _negated(ctx, be):
            continue
        if tok.lower_ == "blame":
            if not _is_infinitive(tok):
                continue
        else:  # "responsible for the attack", "behind the bombing"; not "for border security", "behind the wall"
            objs = _children(tok, "pobj") + [p for prep in _children(tok, "prep") if prep.lower_ in ("for", "of")
                                             for p in _children(prep, "pobj")]
            if not any(_noun_type(ctx, p) in ctx.lex.hostile or _lemma(p) in ctx.lex.blame_objects for p in objs):
                continue
        rep = _reporter(ctx, be)
        if rep is None or _negated(ctx, rep):
            continue
        target = _mention(ctx, _first(be, "nsubj"))
        source = _mention(ctx, _first(rep, *_SUBJ))
        if target is None or source is None or source == target:
            continue
        out.append(EventHit("ACCUSE", source, target, False, be.sent, rep, 0.7, _date_text(ctx, rep),
                            _present(ctx, rep)))
    for tok in read_tokens(doc):
        # (their first test, asked here: no call per token)
        hit = _misread_charge(ctx, tok) if tok.lower_ in ctx.lex.charge_participles else \
            (_pointed_at(ctx, tok) or _fraud_charge(ctx, tok)) if tok.pos_ == "VERB" else None
        if hit is not None:
            out.append(hit)
    return out


def _misread_charge(ctx: _Ctx, tok: Token) -> EventHit | None:
    """"X rejected the results and alleged fraud", "X refused to concede and alleged fraud without evidence", "The
    Y Front alleged irregularities at three stations": a charge's participle (plover.yaml charge_participles) the
    tagger read as an adjective on its noun (charge_participle_objects), right after "and" or the subject; the
    noun joined to a verb, to a verb's object naming no charge, or the sentence's root with the subject on it. X's
    charge, against no one named ("investigated the bribery and alleged fraud", "the alleged fraud": adjectives)."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.i != tok.i + 1 or _lemma(noun) not in ctx.lex.charge_participle_objects \
            or tok.i == 0 or tok.doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"):  # ("the alleged fraud", "his ...")
        return None
    verb = None
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "and" and noun.dep_ == "conj":
        first = noun.head
        if first.pos_ in ("VERB", "AUX"):
            verb = first  # "refused to concede for days and alleged fraud"
        elif first.dep_ in ("dobj", "pobj") and first.head.pos_ == "VERB" \
                and _lemma(first) not in ctx.lex.charge_participle_objects \
                and _noun_type(ctx, first) not in ctx.lex.hostile:
            verb = first.head  # "rejected the results and alleged fraud" (not "investigated the bribery and ...")
    elif noun.dep_ == "ROOT" and (_first(tok, "nsubj", "npadvmod") or _first(noun, "nsubj")) is not None \
            and (_first(tok, "nsubj", "npadvmod") or _first(noun, "nsubj")).i == tok.i - 1:
        # "The Y Front alleged irregularities": the name hangs on the participle or on its noun
        subj = _mention(ctx, _first(tok, "nsubj", "npadvmod") or _first(noun, "nsubj"))
        if subj is None:
            return None
        return EventHit("ACCUSE", subj, None, False, tok.sent, tok, 0.6, _date_text(ctx, tok), _present(ctx, tok))
    if verb is None or _negated(ctx, verb):
        return None
    source = _source(ctx, verb)
    if source is None:
        return None
    return EventHit("ACCUSE", source, None, False, tok.sent, verb, 0.6, _date_text(ctx, verb), _present(ctx, verb))


def _fraud_charge(ctx: _Ctx, verb: Token) -> EventHit | None:
    """"X said the election had been rigged", "X claimed Y stole the vote (by fraud)": a vote rigged, in X's reported
    words, is X's charge against the one who rigged it, or against no one named (plover.yaml fraud_verbs,
    fraud_objects; "said the vote was not rigged", "X rigged the vote" in the writer's own words accuse no one)."""
    if _vl(ctx, verb) not in ctx.lex.fraud_verbs or _negated(ctx, verb) or any(
            c.dep_ == "aux" and c.lower_ in ctx.lex.future for c in verb.children):
        return None  # (nor a fraud foretold: "said the vote would be rigged")
    if _is_passive(ctx, verb):
        obj, agent = _first(verb, "nsubjpass"), _first(verb, "agent")
        doer = _first(agent, "pobj") if agent is not None else None
    else:
        obj, doer = _first(verb, "dobj"), _first(verb, "nsubj")
    if obj is None or not _vote_object(ctx, obj):
        return None
    rep = _reporter(ctx, verb)
    if rep is None or _negated(ctx, rep):
        return None
    source = _source(ctx, rep)
    target = _mention(ctx, doer) if doer is not None else None
    if source is None or target is not None and target.start == source.start:
        return None
    return EventHit("ACCUSE", source, target, False, verb.sent, rep, 0.7, _date_text(ctx, rep), _present(ctx, rep))


def _vote_object(ctx: _Ctx, obj: Token) -> bool:
    """A vote ("the election", "the referendum": plover.yaml fraud_objects), or a count said of nothing but a vote
    ("the results", "the election results", "the tally of the vote": fraud_count_objects; not "the survey results",
    "the results of the match")."""
    if _lemma(obj) in ctx.lex.fraud_objects:
        return True
    if _lemma(obj) not in ctx.lex.fraud_count_objects:
        return False
    named = [c for c in obj.children if c.dep_ in ("compound", "nmod")]
    named += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return all(_lemma(n) in ctx.lex.fraud_objects for n in named)


def _pointed_at(ctx: _Ctx, verb: Token) -> EventHit | None:
    """"X said the evidence pointed clearly at Y", "X said all the findings point to Y": X accuses Y
    (plover.yaml pointing_verbs, evidence_nouns; "did not point to Y" accuses no one)."""
    if verb.pos_ != "VERB" or _vl(ctx, verb) not in ctx.lex.pointing_verbs or _negated(ctx, verb):
        return None
    subj = _first(verb, "nsubj")
    if subj is None or _lemma(subj) not in ctx.lex.evidence_nouns:
        return None
    target = _prep_target(ctx, verb, frozenset({"at", "to", "toward", "towards"}))
    rep = _reporter(ctx, verb)
    if target is None or rep is None or _negated(ctx, rep):
        return None
    source = _source(ctx, rep)
    if source is None or source == target:
        return None
    return EventHit("ACCUSE", source, target, False, verb.sent, rep, 0.7, _date_text(ctx, rep), _present(ctx, rep))


def _share_targets(ctx: _Ctx, hits: list[EventHit]) -> None:
    """Two conjoined verbs of one subject, the second naming no party of its own, told to the first one's party:

    - "X accused Y of ... and warned that any attempt ...": conjoined hostile statements of one speaker are
      aimed at the same party;
    - "X urged Y to reopen the roads and warned that ...", "X met Y and agreed to ...", "X telephoned Y and
      promised to ...": a statement after a verb that addresses a party (asks, meets, tells it) is made to
      that party (``_addressed_after``)."""
    for h in hits:
        if h.target is not None or h.source is None or h.trigger.dep_ != "conj":
            continue
        first = h.trigger.head
        if _finite_conj_of_infinitive(h.trigger):
            first = first.head  # "urged X to lift the blockade and promised to ...": the parser hung it on "lift"
        for o in hits:
            if o is not h and o.target is not None and o.source is not None and o.source.start == h.source.start \
                    and not o.negated and (
                        o.trigger.i == h.trigger.head.i and h.type in _SHARED_AIM and o.type in _SHARED_AIM
                        or o.trigger.i == first.i and _addressed_after(ctx, h, o)):
                h.target = o.target
                break


_SHARED_AIM = frozenset({"ACCUSE", "THREATEN"})
# acts that address a party ("urged Y", "called on Y", "met Y", "told Y") and the statements a verb conjoined to
# them makes to that same party when it names none of its own ("... and warned that", "... and agreed to")
_ADDRESSING = frozenset({"REQUEST", "CONSULT"})
_ADDRESSED = frozenset({"THREATEN", "AGREE", "REQUEST", "ACCUSE", "REJECT"})


def _addressed_after(ctx: _Ctx, h: EventHit, o: EventHit) -> bool:
    """``h`` (a statement conjoined to ``o``'s verb) is made to the party ``o`` addresses: ``o`` asks, meets or tells
    a party its verb names as the one addressed (``_addressees``: "urged Y to ...", "met Y's envoy", "called on Y",
    "met with Y"; not "demanded the resignation of Y", a thing asked for), and ``h``'s verb names no party or object of
    its own ("and warned that ...", "and agreed to ...", "and promised to ..."; not "and accused ministers of ...",
    "and called on both sides to ...", "and demanded the release of ..."), nor has an auxiliary ("visited Y during the
    campaign and has promised to ...": a statement of another time, to anyone)."""
    if h.type not in _ADDRESSED or o.type not in _ADDRESSING or _addressees(h.trigger) \
            or any(c.dep_ in ("attr", "nsubjpass", "aux", "auxpass") for c in h.trigger.children):
        return False
    for slot in _addressees(o.trigger):
        # the party's own words, or a pronoun or a description resolved to it ("urged the alliance", "met him")
        for t in (slot, *(c for c in slot.children if c.dep_ == "poss")):
            m = o.target if t.i == o.target.root.i else ctx.mention_of(t)
            if m is not None and m.start == o.target.start:
                return True
    return False


def _addressees(verb: Token) -> list[Token]:
    """The words a verb names its addressed party or object with: its objects, and the objects of "on", "with" or "to"
    after it ("urged Y", "met Y", "called on Y", "met with Y", "spoke to Y")."""
    return [c for c in verb.children if c.dep_ in _OBJ] + [
        p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "with", "to")
        for p in c.children if p.dep_ == "pobj"]


def _sanctioning_authority(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Today X designated A and B. C is designated today for ...", "D was also sanctioned": an agentless sanction
    of a named target is the act of the authority whose sanction was told last (a designation notice names its
    author once); with no such sanction before it, it keeps no source."""
    authority = None
    for h in hits:
        if h.type != "SANCTION" or h.negated:
            continue
        if h.source is not None:
            authority = h.source
        elif authority is not None and h.target is not None and h.target.text != authority.text \
                and _is_passive(ctx, h.trigger) and _first(h.trigger, "agent") is None \
                and ctx.lex.verb_key(h.trigger) not in ctx.lex.judicial_verbs:
            # (not a court's judgment: "X was sentenced to prison" is no act of a state that sanctioned Y before)
            h.source = authority

def _answered_noun(ctx: _Ctx, h: EventHit, bare: bool = False) -> tuple[Token, set[str]] | None:
    """The definite proposal an answer names ("accepted the invitation") and the types that make one (plover.yaml
    answered_acts). ``bare``: also an act noun with no determiner or one the speaker names ("rejected accusations",
    "rejected what it termed baseless accusations"), which only an act made to the answering side takes
    up (``_answered_proposals``)."""
    # (the object, or a "to" phrase's noun: "agreed to the request", "consented to the demand", "objected to the plan")
    objs = [c for c in h.trigger.children if c.dep_ in _OBJ] + [
        p for c in h.trigger.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    answered = ctx.lex.answered_acts
    # ("rejected both offers", "dismissed both charges": the two just told, as "the offers")
    noun = next((c for c in objs if _lemma(c) in answered
                 and any(d.lower_ in ("the", "this", "that", "these", "those", "both") or d.lower_ in ("a", "an") and (
                     c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",") for d in c.children)), None)
    # (", a charge Y denies": a trailing apposition names the charge just told)
    if noun is None and bare:
        noun = next((c for c in _reaction_objects(ctx, h.trigger) if c.pos_ == "NOUN" and _lemma(c) in answered
                     and c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss", "compound") for d in c.children)
                     and not any(d.dep_ == "prep" and d.lower_ in _MADE_BY for d in c.children)), None)
    if noun is None:
        return None
    return noun, set(answered[_lemma(noun)])


def _answers_of_addressees(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """"X invited A and B to talks ... both had accepted the invitation" (a subject of plover.yaml all_addressees):
    A and B each answer X."""
    out: list[EventHit] = []
    for i, h in enumerate(hits):
        subj = _first(h.trigger, *_SUBJ)
        got = _answered_noun(ctx, h) if h.type in ("REJECT", "AGREE") and h.source is None and h.target is None \
            and subj is not None and subj.lower_ in ctx.lex.all_addressees else None
        if got is None:
            out.append(h)
            continue
        made = None
        for o in reversed(hits[:i]):
            if h.trigger.sent.start - o.trigger.sent.start > 120:
                break
            if o.type in got[1] and o.source is not None and o.target is not None and not o.negated:
                made = o.trigger
                break
        answers = [EventHit(h.type, o.target, o.source, h.negated, h.sentence, h.trigger, h.confidence, h.date_text,
                            h.present)
                   for o in hits[:i] if made is not None and o.trigger.i == made.i and o.type in got[1]
                   and o.source is not None and o.target is not None and not o.negated]
        out.extend(answers or [h])
    return out


def _answered_blows(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Y has protested formally", told right after X accused or struck Y: the protest answers X (a protest
    with its own target, or by no one named, is left as it is)."""
    for i, h in enumerate(hits):
        if h.type != "PROTEST" or h.target is not None or h.source is None or h.negated:
            continue
        if any(c.dep_ in _OBJ + ("prep",) for c in h.trigger.children if c.dep_ != "prep" or c.lower_ in (
                "against", "to", "with", "over", "at")):
            continue  # "protested against the law", "protested over the arrests": a cause of its own
        for o in reversed(hits[:i]):
            if h.trigger.sent.start - o.trigger.sent.start > 60:
                break  # the sentence before at most
            if o.source is not None and o.target is not None and not o.negated and (
                    o.type in ctx.lex.hostile or o.type == "ACCUSE") and o.target.text == h.source.text:
                h.target = o.source
                break


def _answered_denials(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X accused Y of arming Z. Y denied supporting Z", "... Y has denied it": a denial naming no one answers
    whoever accused Y in the sentences just before; so does a bare refusal answer whoever offered Y something
    ("X offered to mediate between Y and W, but Y refused"). A denial or refusal with its own target is left
    as it is."""
    for i, h in enumerate(hits):
        if h.type != "REJECT" or h.target is not None or h.source is None or h.negated:
            continue
        lem = _lemma(h.trigger)
        if lem in ctx.lex.denials:
            answered = "ACCUSE"
        elif ctx.lex.frames.get(lem) == "refuse" and not any(c.dep_ in _OBJ + ("xcomp", "ccomp", "prep")
                                                                for c in h.trigger.children):
            answered = "AGREE"  # (a bare "refused": no act or thing of its own refused)
        else:
            continue
        found = _answered_party(ctx, hits, i, answered)
        if found is not None:
            h.target = found


def _answered_party(ctx: _Ctx, hits: list[EventHit], i: int, answered: str) -> Span | None:
    """The source of the closest act of type ``answered`` before ``hits[i]``, a few sentences back at most, that was
    aimed at ``hits[i]``'s own source by another party: who charged Y (ACCUSE) or made Y an offer (AGREE, an offer
    verb), for Y's answer naming no one (``_answered_denials``, ``_labelled_told``)."""
    h = hits[i]
    resolver = referents(h.trigger.doc)
    who = resolver.actor(h.source.root)
    for o in reversed(hits[:i]):
        if h.trigger.sent.start - o.trigger.sent.start > 120:
            break  # a few sentences back at most
        if o.type == answered and o.source is not None and o.target is not None and not o.negated \
                and (answered == "ACCUSE" or _lemma(o.trigger) in ctx.lex.offers) \
                and _same_party(resolver, who, o.target, h.source) and not _same_party(resolver, who, o.source, h.source):
            return o.source
    return None


def _rejections_with_charge(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Y rejected the results and accused X of rigging them", "Y accused X of fraud and rejected the count": a
    rejection naming no party, conjoined to a charge its own subject makes, is aimed at the one charged. Not a
    denial ("Y denied killing prisoners and accused X of ...", "Y rejected the charge and accused X ..."): a denial
    answers whoever made the charge (``_answered_denials``), who need not be the one Y then accuses; nor a rejected
    thing that names another party inside it."""
    for h in hits:
        if h.type != "REJECT" or h.target is not None or h.source is None or h.negated:
            continue
        verb = h.trigger
        if _lemma(verb) in ctx.lex.denials or any(
                c.dep_ in _OBJ and _lemma(c) in ctx.lex.charge_nouns for c in verb.children):
            continue
        if any(ctx.mention_of(t) is not None for c in verb.children if c.dep_ in _OBJ for t in c.subtree):
            continue  # the rejected thing names its own party ("rejected the truce, which Y had drafted, and accused Z")
        joined = {c.i for c in verb.children if c.dep_ == "conj"}
        if verb.dep_ == "conj":
            joined.add(verb.head.i)
        for o in hits:
            if o.type == "ACCUSE" and o.trigger.i in joined and o.target is not None and o.source is not None \
                    and o.source.start == h.source.start and not o.negated:
                h.target = o.target
                break


# pronoun objects that stand for what was just told: "Y rejected it", "Y accepted this"
_TOLD_PRONOUNS = frozenset({"it", "this", "that"})


def _labelled_told(ctx: _Ctx, hits: list[EventHit]) -> None:
    """A pejorative label put on "it"/"this"/"them" (``_label_act``) standing for no actor but for what was just
    said or done: "Y denied the charge and called it baseless", "Y rejected the demands and called them an
    interference", "Y summoned X's envoy, calling it interference" take the party of the act the label is joined
    to (a conjoined verb or the one a participle hangs on, of the same subject, acting on a thing); "X accused Y
    of arming Z. Y called it baseless", with no such act, answers whoever charged Y in the sentences just before
    (as a denial does: ``_answered_denials``). A label on an actor, or with a party of its own, is left as it is;
    so is one on the thing of a joint act (``_RECIPROCAL``) with no owner told ("signed a deal with X and called it a
    betrayal")."""
    for i, h in enumerate(hits):
        if h.type != "ACCUSE" or h.target is not None or h.source is None or h.negated:
            continue
        verb = h.trigger
        it = next((c for c in verb.children if c.dep_ in _OBJ and c.pos_ == "PRON"
                   and c.lower_ in _TOLD_PRONOUNS | {"them"}), None)
        if it is None or ctx.mention_of(it) is not None or _label_act(ctx, verb) is None:
            continue
        joined = verb.head if verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        o = next((o for o in hits if joined is not None and o is not h and o.trigger.i == joined.i
                  and o.source is not None and o.target is not None and not o.negated
                  and o.source.start == h.source.start), None)
        thing = next((c for c in joined.children if c.dep_ in _OBJ and c.pos_ == "NOUN" and ctx.mention_of(c) is None),
                     None) if o is not None else None
        if thing is not None and (o.type not in _RECIPROCAL
                                  or any(ctx.mention_of(p) is not None for p in _children(thing, "poss"))):
            # (the thing the joined verb acts upon is what "it" stands for; the thing of a joint act is the
            # partner's only when told as its own: "accepted X's offer but called it an insult", not "signed a
            # deal with X and called it a betrayal", a verdict on a deal of both)
            h.target = o.target
            continue
        if joined is not None or it.lower_ == "them":
            continue
        found = _answered_party(ctx, hits, i, "ACCUSE")
        if found is not None:
            h.target = found


def _bare_reply(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` answers with no matter of its own: "Y refused.", "Y declined", "and the government accepted",
    "Y agreed on Monday", "Y rejected it" (plover.yaml replies, with no object, complement or phrase of what is
    answered but a pronoun for what was just told)."""
    if _lemma(verb) not in ctx.lex.replies:
        return False
    for c in verb.children:
        if c.dep_ in _OBJ and c.lower_ in _TOLD_PRONOUNS and ctx.mention_of(c) is None:
            continue  # "Y rejected it", "Y accepted this": what was just asked
        if c.dep_ in _OBJ + ("xcomp", "attr", "acomp") or c.dep_ == "ccomp" and c.i > verb.i:
            return False
        if c.dep_ == "prep" and c.lower_ in ctx.lex.reply_preps and not any(
                p.ent_type_ in ("DATE", "TIME") for p in _children(c, "pobj")):
            return False
    return True


def _elliptical_replies(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X demanded that Y withdraw. Y's commander refused.", "X offered to send a team, and the government
    accepted.", "X proposed talks; Y declined.": a bare reply (no object or complement of its own) answers the
    latest request, offer or proposal (plover.yaml proposing) told in its sentence or the one before by another
    party, to the one replying (or its leader or member: "X demanded that the Y army withdraw. Its commander, Z,
    refused") or to no one named (then made to the one replying); one already aimed (``_answered_denials``,
    ``_answered_request``) is left as it is, and so is a third party's ("X urged Y to withdraw. W agreed": W sides
    with X, no answer)."""
    resolver = None
    for i, h in enumerate(hits):
        if h.type not in ("REJECT", "AGREE") or h.target is not None or h.source is None \
                or not _bare_reply(ctx, h.trigger):
            continue
        resolver = resolver or referents(h.trigger.doc)
        who = _actor_index(ctx, h.source)
        o = _told_before(hits, i, lambda o: o.source is not None and not o.negated and o.trigger.i < h.trigger.i
                         and (o.type == "REQUEST" or o.type == "AGREE" and _lemma(o.trigger) in ctx.lex.proposing
                              or o.type == "THREATEN" and o.target is not None and _ultimatum(ctx, o.trigger))
                         and _actor_index(ctx, o.source) != who)
        if o is not None and (o.target is None or _answering_side(resolver, who, _actor_index(ctx, o.target))):
            h.target = o.source
            if o.target is None and not any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in (
                    "to", "on", "upon") for c in o.trigger.children):
                # "X offered to send a team, and the government accepted": made to the government (not "ordered
                # commanders to ...": made to those it names, no actor)
                o.target = h.source


def _offers_answered(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X offered to send engineers; Y accepted the offer", "X has proposed talks, but Y rejected the proposal": an
    offer or proposal (plover.yaml proposing) told with no one it is made to, answered in its sentence or the next
    by another party's reply (plover.yaml replies) aimed at X, was made to the one who answered."""
    for i, h in enumerate(hits):
        if h.type not in ("REJECT", "AGREE") or h.source is None or h.target is None \
                or ctx.lex.verb_key(h.trigger) not in ctx.lex.replies:
            continue
        author, who = _actor_index(ctx, h.target), _actor_index(ctx, h.source)
        sent = h.trigger.sent
        start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        offer = next((o for o in reversed(hits[:i]) if o.trigger.i >= start and o.trigger.i < h.trigger.i
                      and o.type == "AGREE" and o.source is not None and _actor_index(ctx, o.source) == author), None)
        if offer is None or offer.target is not None or offer.negated or author == who \
                or ctx.lex.verb_key(offer.trigger) not in ctx.lex.proposing:
            continue
        if any(r.source == who and r.target == author and r.type in ("leader_of", "member_of", "part_of")
               for r in referents(h.trigger.doc).hits):
            continue  # (the offerer's own people turning its offer down: "the ruling party rejected the offer")
        offer.target = h.source


def _ultimatum(ctx: _Ctx, verb: Token) -> bool:
    """A threat told with the condition that lifts it ("X threatened to close the border if Y did not hand over Z",
    "... unless Y withdraws"): a demand of the one threatened, which a bare refusal after it answers."""
    return any(_condition_mark(ctx, t) and t.head.dep_ == "advcl"
               for t in verb.subtree if t.i > verb.i)


def _answering_side(resolver, who, asked) -> bool:
    """``who`` is the one ``asked`` or its leader or member (relations found by the resolver)."""
    return who == asked or any(r.source == who and r.target == asked and r.type in ("leader_of", "member_of")
                               for r in resolver.hits)


def _same_party(resolver, who: int | None, span: Span, other: Span) -> bool:
    """``span`` names the actor ``who`` (the resolver's actor of ``other``), or, with none known, the same text."""
    return resolver.actor(span.root) == who if who is not None else span.text == other.text


def _answered_proposals(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Y called the demand unacceptable", "Y denies the charge": the rejection is aimed at whoever made
    the latest demand (or charge) to Y in the preceding sentences; with none made to Y, at the author the text
    gives the same noun a sentence or two before ("X put forward a plan ... Y turned the plan down", "passed on
    the invitation of X ... Y accepted the invitation": ``_noun_author``). An act noun with no determiner
    ("Y rejected accusations", "what it called accusations") answers only an act made to Y."""
    for i, h in enumerate(hits):
        if h.type in ("REJECT", "AGREE") and (_answers_itself(ctx, h) or _bare_answer_to_itself(ctx, h)):
            h.target = None  # "X accused Y of ...; Y rejected the accusation": Y answers X, not itself
        if h.type not in ("REJECT", "AGREE") or h.target is not None or h.source is None:
            continue  # "rejected the demand", "accepted the invitation"
        got = _answered_noun(ctx, h)
        bare = got is None
        if bare:
            got = _answered_noun(ctx, h, bare=True)
        if got is None:
            _answered_request(ctx, hits, i)
            continue
        want = got[1]
        who = _actor_index(ctx, h.source)
        near: list[EventHit] = []
        worded = _lemma(got[0]) in ctx.lex.word_named_answers
        for o in reversed(hits[:i]):
            if h.trigger.sent.start - o.trigger.sent.start > _TOLD_WINDOW:
                break  # a few paragraphs back at most for an act made to the one answering, a few sentences else
            if o.type in want and o.source is not None and not o.negated and (not worded or _told_by_word(o, got[0])):
                if o.target is not None and (o.target.text == h.source.text or _actor_index(ctx, o.target) == who
                                             or _led_target(ctx, who, o.target)) \
                        and _actor_index(ctx, o.source) != who and (
                        h.trigger.sent.start - o.trigger.sent.start <= 120 or _actor_index(ctx, o.target) == who):
                    h.target = o.source
                    break
                if h.trigger.i - o.trigger.i <= 60 and o.source.text != h.source.text:
                    near.append(o)
        if h.target is not None or bare:
            continue
        author = _noun_author(ctx, got[0])
        if author is not None and _actor_index(ctx, author) != who:
            h.target = author
        elif near and len({o.source.text for o in near}) == 1:
            # "Y invited the Front to ...; Z rejected the invitation": made just before by one party, to
            # another name of the answering side (its leader, its spokesman)
            h.target = near[0].source


def _led_target(ctx: _Ctx, who: int | None, target: Span) -> bool:
    """"X accused the Y Party of funding the militia ... Z, who leads the Y Party, rejected the accusation": the one
    answering (``who``) is the leader of the body an act was made to (``target``), so the act was made to his side."""
    body = _actor_index(ctx, target)
    return who is not None and body is not None and body != who and any(
        r.source == who and r.target == body and r.type == "leader_of" for r in referents(target.doc).hits)


def _told_by_word(hit: EventHit, noun: Token) -> bool:
    """``hit`` is told by the word of ``noun`` (plover.yaml word_named_answers): its trigger or object is that noun
    ("lodged a protest", "issued a warning") or its trigger a verb of the same stem ("protested", "warned",
    "threatened", "complained")."""
    n, v = _lemma(noun), _lemma(hit.trigger)
    return _names_act(hit, noun) or min(len(n), len(v)) >= 4 and (n.startswith(v) or v.startswith(n)) \
        or _derived_from(noun, hit.trigger)


def _answers_itself(ctx: _Ctx, h: EventHit) -> bool:
    """``h`` takes up an act noun made to its own source ("X accused Y of arming Z; Y rejected the accusation",
    "Lusaka denies the charge" after "X accuses Y of ..."), and the target read from that noun is the answering
    side itself (the one charged, under another name: "Y" and "Lusaka"): an answer is never aimed at its own
    author, the noun's maker is (``_answered_proposals``)."""
    if h.source is None or h.target is None or _answered_noun(ctx, h) is None:
        return False
    who = _actor_index(ctx, h.source)
    return who is not None and _actor_index(ctx, h.target) == who and h.target.start != h.source.start


def _bare_answer_to_itself(ctx: _Ctx, h: EventHit) -> bool:
    """``h`` is a bare answer (no object of its own: "X invited Y to its congress; Y declined", "... and Y
    accepted") whose target was read as its own source under another name (the one invited, "President Y" and
    "Y"): an answer is never aimed at its own author, the request's or the offer's maker is
    (``_answered_request``)."""
    if h.source is None or h.target is None or h.target.start == h.source.start \
            or any(c.dep_ in _OBJ for c in h.trigger.children):
        return False
    who = _actor_index(ctx, h.source)
    return who is not None and _actor_index(ctx, h.target) == who


def _noun_author(ctx: _Ctx, noun: Token) -> Span | None:
    """The author the text gives an earlier mention of the act noun ``noun`` takes up, in its sentence or the two
    before (the latest such mention): its possessor ("X's ultimatum"), its "of", "by" or "from" phrase ("the
    invitation of X", "an offer from X"), a participle's agent ("the plan drawn up by X") or the subject of a verb of
    plover.yaml authoring_verbs that has it as object ("X put forward a plan", "X made an offer")."""
    doc = noun.doc
    lem = _lemma(noun)
    sent = noun.sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    lemmas = token_lowers(doc)[1]
    verb_lem = ctx.lex.act_noun_verbs.get(lem, lem)
    for j in range(noun.i - 1, start - 1, -1):
        if lemmas[j] not in (lem, verb_lem):
            continue
        t = doc[j]
        if t.pos_ == "VERB" and not quoted(t):
            m = _offering_verb_author(ctx, t)
            if m is not None:
                return m if _sole_offering_author(ctx, t, m, start) else None
            continue
        if lemmas[j] != lem or t.pos_ != "NOUN" or quoted(t):
            continue
        poss = _first(t, "poss")
        m = _mention(ctx, poss) if poss is not None else None
        m = m or _prep_target(ctx, t, _MADE_BY | {"of"}) or _proposer(ctx, t)
        for p in ([] if m is not None else [p for c in _children(t, "prep") if c.lower_ in _MADE_BY | {"of"}
                                            for p in _children(c, "pobj")]):
            # "the invitation of the King of X, Y": a title named by its holder set off after it, or by its body
            m = next((a for a in map(lambda c: _mention(ctx, c), _children(p, "appos")) if a is not None), None) \
                or _prep_target(ctx, p, frozenset({"of"}))
            if m is not None:
                break
        if m is None and t.dep_ == "dobj" and _lemma(t.head) in ctx.lex.authoring_verbs and not _negated(ctx, t.head):
            m = _source(ctx, t.head)
        if m is not None:
            return m
    return None


def _offering_verb_author(ctx: _Ctx, verb: Token) -> Span | None:
    """The one who made an act the text told by its verb before a later noun takes it up ("X offered to lay down
    arms ... Y rejected the offer", "X used an address to offer an amnesty ... Y turned down the offer", "X proposed
    talks; Y accepted the proposal" (plover.yaml act_noun_verbs): the verb's subject; None where the act is denied
    ("X did not offer ..."), only asked about or planned by someone else, or its maker is named by no actor."""
    if _negated(ctx, verb) or verb.dep_ in ("amod", "compound") or _is_passive(ctx, verb):
        return None
    return _source(ctx, verb)


def _sole_offering_author(ctx: _Ctx, verb: Token, m: Span, start: int) -> bool:
    """No other actor made an act of the same verb as ``verb`` (whose author is ``m``) from token ``start`` on, and
    ``m``'s own subject names no one beside it: "A offered to lay down arms, and B offered a truce. Y rejected the
    offer", "A and B offered a truce. Y rejected the offer" name no one offer answered."""
    subj = _first(verb, *_SUBJ)
    if subj is not None and any(c.dep_ == "conj" for c in subj.children):
        return False
    own = _actor_index(ctx, m)
    for t in verb.doc[start:verb.i]:
        if t.pos_ == "VERB" and t.lemma_ == verb.lemma_ and not quoted(t):
            other = _offering_verb_author(ctx, t)
            if other is not None and _actor_index(ctx, other) != own:
                return False
    return True


def _answered_request(ctx: _Ctx, hits: list[EventHit], i: int) -> None:
    """"X called on Y to join talks. Y's leader said he was ready to talk": a bare acceptance or refusal
    (no object of its own) right after one party's request to another answers the requester. The one asked is
    the answering side however each names it ("asked the Harrow Front to ... The Front refused to ...")."""
    h = hits[i]
    if any(c.dep_ in _OBJ for c in h.trigger.children):
        return
    sent = h.trigger.sent
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    who = _actor_index(ctx, h.source)
    # the one asked is the answering side: its own name, or named in the answer's sentence ("Y's leader, Z")
    asked = [o for o in hits[:i] if o.type == "REQUEST" and o.source is not None and o.target is not None
             and not o.negated and o.trigger.i >= before and o.source.text != h.source.text
             and _actor_index(ctx, o.source) != who
             and (o.target.text == h.source.text or o.target.text in sent.text
                  or _actor_index(ctx, o.target) == who)]
    if len({o.source.text for o in asked}) == 1:
        h.target = asked[-1].source


_TOLD_WINDOW = 400  # tokens: "a few paragraphs back at most" for an act a later noun takes up


def _told_acts(hits: list[EventHit], i: int, types: Collection[str], named: bool = False) -> Iterator[EventHit]:
    """The acts of ``types`` told before ``hits[i]`` (hits in text order), latest first, a few paragraphs back at
    most, each with a known author other than the source of ``hits[i]`` and not denied: those a later definite
    reference takes up as already told ("X attacked Y ... Z condemned the attack", "X detained Y ... Z demanded
    her release", "X signed a pact with Y ... Z criticised the pact"). ``named``: the reference names the one the
    act was done to ("Z demanded X's release"), which tells the act apart anywhere before in the story."""
    h = hits[i]
    for o in reversed(hits[:i]):
        if h.trigger.i - o.trigger.i > _TOLD_WINDOW and not named:
            break
        if o.type in types and o.source is not None and not o.negated and o.source.text != h.source.text:
            yield o


def _condemned_acts(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X condemned the attack", "X protested the arrest": the condemnation (or a protest, _CENSURE) is aimed at
    whoever carried out the attack the story has already told (the latest act of that type with a known author, a
    few paragraphs back at most)."""
    at: dict[int, list[EventHit]] = {}  # the hits by trigger token, for the clause joined to a condemnation
    for o in hits:
        at.setdefault(o.trigger.i, []).append(o)
    for i, h in enumerate(hits):
        if h.type not in _CENSURE or h.target is not None or h.source is None:
            continue
        undergone = _undergone_act(ctx, hits, i)
        if undergone is not None:
            h.target = undergone
            continue
        noun = next((c for c in _reaction_objects(ctx, h.trigger) if c.pos_ == "NOUN"
                     and any(d.lower_ in ctx.lex.definite_marks for d in c.children
                             if d.dep_ in ("det", "amod", "compound"))), None)
        typ = _noun_type(ctx, noun) if noun is not None else None
        if typ is None or typ not in ctx.lex.hostile or any(
                c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "of") for c in noun.children):
            blamed = _blamed_alongside(ctx, hits, i, noun, at)
            if blamed is not None and noun is not None and not any(
                    c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "of") for c in noun.children):
                h.target = blamed
            continue  # "condemned the attack by X on Y" names its own parties
        # (a blow's noun names a blow of any force: "the raids" after "jets bombed ...", as well as a police raid)
        types = (typ, "ASSAULT") if _lemma(noun) in ctx.lex.strikes and typ != "ASSAULT" else (typ,)
        told = list(_told_acts(hits, i, types))
        # the act told with the same noun ("claimed the attack") before any other act of its type
        named = [o for o in told if _names_act(o, noun)]
        latest = next((o for o in reversed(hits[:i]) if h.trigger.i - o.trigger.i <= _TOLD_WINDOW
                       and o.type in types and not o.negated and _names_act(o, noun)), None)
        if latest is not None and latest.source is None:
            blamed = _blamed_alongside(ctx, hits, i, noun, at)
            if blamed is not None:
                h.target = blamed
            continue  # "a convoy was attacked ... Z condemned the attack": an attack by no one known, not the
            # latest attack someone is named for ("the army fired tear gas")
        if named or told:
            h.target = (named or told)[0].source
        else:
            h.target = _blamed_alongside(ctx, hits, i, noun, at)


def _welcomed_acts(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X withdrew its troops ... Z welcomed the withdrawal", "X freed the fishermen ... Z welcomed the release": a
    welcome (SUPPORT) of a definite noun naming a yielding act (plover.yaml welcomed_act_types: a withdrawal, a
    release) is aimed at whoever did the act the story has already told (the latest act of that type with a known
    author, a few paragraphs back at most); with an "of" phrase, the act done to the one it names ("X freed N ...
    Z welcomed the release of N": X; "of the fishermen", no actor: the latest such act). Not one whose noun names
    its author ("welcomed the release of N by Y", "the withdrawal of Y's troops": read as the object's own phrases)
    nor the one it was done to ("welcomed N's release")."""
    for i, h in enumerate(hits):
        if h.type != "SUPPORT" or h.target is not None or h.source is None:
            continue
        noun = next((c for c in _reaction_objects(ctx, h.trigger) if c.pos_ == "NOUN"
                     and any(d.dep_ == "det" and d.lower_ in ctx.lex.definite_marks for d in c.children)), None)
        typ = _noun_type(ctx, noun) if noun is not None else None
        if typ not in ctx.lex.welcomed_act_types or _first(noun, "poss") is not None or any(
                c.dep_ == "prep" and c.lower_ != "of" for c in noun.children):
            continue
        of = [p for c in _children(noun, "prep") for p in _children(c, "pobj")]
        if of and (_lemma(noun) not in ctx.lex.of_target_nouns or _first(of[0], "poss") is not None):
            continue  # "the withdrawal of Y's troops", "the release of X's prisoners": the of-phrase names the author
        done_to = _mention(ctx, of[0]) if of else None
        who = _actor_index(ctx, done_to) if done_to is not None else None
        told = next((o for o in _told_acts(hits, i, (typ,), named=done_to is not None)
                     if who is None or o.target is not None and _actor_index(ctx, o.target) == who), None)
        if told is not None:
            h.target = told.source


def _blamed_alongside(ctx: _Ctx, hits: list[EventHit], i: int, noun: Token | None,
                      at: dict[int, list[EventHit]]) -> Span | None:
    """"Z condemned the blasts and blamed X", "Z denounced the killing as a crime and accused X of ordering it": a
    condemnation whose act the story gives no author is aimed at the one its speaker, in a clause joined to it by
    "and" with no subject of its own, blames or accuses (a charge coded with its target); not one set against it
    ("condemned the attack but also accused X of ...": another charge), and one that blames (plover.yaml
    blame_predicates: "blamed X", "held X responsible") or charges X with the act itself ("accused X of ordering it",
    "of carrying out the bombing", "of being behind it"), not with something else ("accused X of hiding the toll");
    None when no such clause follows."""
    h = hits[i]
    for c in h.trigger.children:
        if c.dep_ != "conj" or c.i < h.trigger.i or _first(c, *_SUBJ) is not None:
            continue
        between = h.trigger.doc[h.trigger.i + 1:c.i]
        if any(t.dep_ == "cc" and t.head.i == h.trigger.i and t.lower_ != "and" for t in between) or any(
                t.dep_ == "advmod" and t.head.i == c.i and t.lower_ in ctx.lex.further_charge_adverbs for t in between):
            continue  # "condemned the attack but also accused X of ...": another charge, not the attack's author
        if not _charges_the_act(ctx, c, noun):
            continue
        o = next((o for o in at.get(c.i, ()) if o.type == "ACCUSE" and o.target is not None
                  and not o.negated and o.source is not None and o.source.text == h.source.text), None)
        if o is not None:
            return o.target
    return None


def _charges_the_act(ctx: _Ctx, verb: Token, noun: Token | None) -> bool:
    """The charge ``verb`` makes (in a clause joined to a condemnation of ``noun``) names its one charged the author
    of the act condemned: a verb of blame ("blamed X"), a blame word in the clause ("held X responsible", "accused X
    of being behind it"), or a charge whose object is that act ("accused X of ordering it", "of staging the
    blasts", "of the bombing"): a pronoun standing for no actor, the noun's own word, or a noun of a hostile act."""
    lex = ctx.lex
    if _lemma(verb) in lex.blame_predicates:
        return True
    for t in verb.subtree:
        if t.i <= verb.i:
            continue
        if t.lower_ in lex.blame_predicates and t.dep_ in ("acomp", "oprd", "xcomp", "prep", "ccomp"):
            return True
        if t.dep_ not in _OBJ + ("pobj",) or not (t.head.dep_ == "pcomp" and t.dep_ in _OBJ
                                                   or t.dep_ == "pobj" and t.head.lower_ in ("of", "for")
                                                   and t.head.head.i == verb.i):
            continue
        if t.pos_ == "PRON" and t.lower_ in ("it", "them", "this", "these", "that") and ctx.mention_of(t) is None:
            return True
        if t.pos_ == "NOUN" and (noun is not None and _lemma(t) == _lemma(noun)
                                 or _noun_type(ctx, t) in lex.hostile):
            return True
    return False


def _judged_objects(ctx: _Ctx, verb: Token) -> list[Token]:
    """What a verb of judgement is passed on: its objects, or in the passive its subject ("The move was criticised
    by X": the move; a second passive conjunct shares its subject: "The offer was welcomed by X but rejected by Y")."""
    misread = _act_under_label(ctx, verb)
    if misread is not None:
        return [misread]  # ("called the dissolution unconstitutional", the noun parsed as the label's modifier)
    objs = [c for c in verb.children if c.dep_ in _OBJ]
    if objs or not _is_passive(ctx, verb):
        return objs
    subj = _first(verb, "nsubjpass")
    if subj is None and verb.dep_ == "conj" and _first(verb, "nsubj") is None and verb.head.pos_ in ("VERB", "AUX"):
        subj = _first(verb.head, "nsubjpass")
    return [subj] if subj is not None else []


def _reaction_objects(ctx: _Ctx, verb: Token) -> list[Token]:
    """The objects of a reaction verb (in the passive its subject, ``_judged_objects``), seeing through a name the
    speaker gives the thing ("condemned what it called the cowardly attack", "denounced what he termed the abduction
    of Y": the attack, the abduction; plover.yaml scare_quoting verbs with "what" as their object)."""
    objs = _judged_objects(ctx, verb)
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and _lemma(c) in ctx.lex.scare_quoting \
                and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children):
            objs += [n for n in c.children if n.dep_ in ("oprd", "attr", "dobj") and n.lower_ != "what"]
    return objs


def _undergone_act(ctx: _Ctx, hits: list[EventHit], i: int) -> Span | None:
    """"X detained Y ... Z condemned Y's arrest", "... Z denounced the killing of Y": a reaction to an act named by
    the one it was done to (a possessor or of-phrase of plover.yaml of_target_nouns) is aimed at whoever the
    story told did that act to that one (the latest such act of the noun's type, or of any hostile type for a noun
    of none, a few paragraphs back at most)."""
    h = hits[i]
    noun = next((c for c in _reaction_objects(ctx, h.trigger) if c.pos_ == "NOUN"), None)
    if noun is None or _lemma(noun) not in ctx.lex.of_target_nouns:
        return None
    poss = _first(noun, "poss")
    victim = _mention(ctx, poss) if poss is not None and _possessor_undergoes(ctx, noun) else \
        _prep_target(ctx, noun, frozenset({"of"})) if poss is None else None
    if victim is None:
        return None
    typ = _noun_type(ctx, noun)
    who = _actor_index(ctx, victim)
    named = victim.root.pos_ == "PROPN"
    return next((o.source for o in _told_acts(hits, i, (typ,) if typ else ctx.lex.hostile, named)
                 if o.target is not None and _actor_index(ctx, o.target) == who), None)


def _claimed_acts(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X claimed the attack", "X claimed responsibility for the bombing" (plover.yaml claiming_verbs,
    claimed_nouns): a claim of a definite act the story has already told is that act, aimed at whoever it hit (the
    latest act of that type with a known target, told with no author or with X as its author, a few paragraphs back
    at most); a claim naming its own target ("the attack on Y") keeps it."""
    for i, h in enumerate(hits):
        if h.target is not None or h.source is None or h.negated or _lemma(h.trigger) not in ctx.lex.claiming_verbs:
            continue
        noun = _first(h.trigger, "dobj")
        if noun is not None and _lemma(noun) in ctx.lex.claimed_nouns:  # "claimed responsibility for the attack"
            noun = next((p for prep in _children(noun, "prep") + _children(h.trigger, "prep") if prep.lower_ == "for"
                         for p in _children(prep, "pobj")), None)
        if noun is None or noun.pos_ != "NOUN" or _noun_type(ctx, noun) != h.type \
                or not any(d.dep_ == "det" and d.lower_ in ctx.lex.definite_marks for d in noun.children) \
                or _prep_target(ctx, noun, ctx.lex.aimed_preps | {"of"}) is not None:
            continue
        for o in reversed(hits[:i]):
            if h.trigger.i - o.trigger.i > _TOLD_WINDOW:
                break
            if o.type == h.type and o.target is not None and not o.negated and (
                    o.source is None or _actor_index(ctx, o.source) == _actor_index(ctx, h.source)):
                h.target = o.target
                break


def _new_charge(ctx: _Ctx, doc: Doc, hits: list[EventHit], book: dict[str, Any], who: int, doer: int) -> bool:
    """A charge by actor ``who`` against actor ``doer`` may be added: no tie the text states joins them (the
    speaker's own side) and no ACCUSE between them is told yet (in ``hits`` or added before; ``book`` keeps the
    pairs charged, read once per call of the caller). Records the pair when it may."""
    if any({r.source, r.target} == {who, doer} for r in referents(doc).hits):
        return False  # (a tie between them: the speaker's own side)
    if "accused" not in book:  # (the charges already coded, once: pairs of source and target actors)
        book["accused"] = {(_actor_index(ctx, o.source), _actor_index(ctx, o.target)) for o in hits
                           if o.type == "ACCUSE" and o.source is not None and o.target is not None}
    if (who, doer) in book["accused"]:
        return False
    book["accused"].add((who, doer))
    return True


def _reported_charges(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """"X reported that Y is armed by Z", "X said the group receives weapons from Z": an act of a kind one is charged
    with (plover.yaml charged_when_reported: support for an armed body) told, as a fact, in another actor's words is
    that actor's charge against the doer (ACCUSE X -> Z, beside the act itself); not the speaker's
    own act or its side's (a leader, member or part of the speaker: "X said its forces had struck Y"), nor a
    planned or possible act ("said Y would attack"), nor one the speaker denies or the text negates; a source named
    after the report ("Y shelled the town, the army said") is the news's attribution, no charge of its own."""
    out: list[EventHit] = []
    book: dict[str, Any] = {}
    for h in hits:
        if h.type not in ctx.lex.charged_when_reported or h.source is None or h.negated:
            continue
        rep = _reporter(ctx, h.trigger)
        if rep is None or rep.i > h.trigger.i or _negated(ctx, rep) or _modal_word(ctx, h.trigger) is not None:
            continue
        speaker = _mention(ctx, _first(rep, *_SUBJ))
        if speaker is None:
            continue
        who, doer = _actor_index(ctx, speaker), _actor_index(ctx, h.source)
        if who is None or doer is None or who == doer or speaker.text == h.source.text \
                or h.target is not None and _actor_index(ctx, h.target) == doer:
            continue  # (an act of one on itself is a misreading, dropped later: no charge either)
        if not _new_charge(ctx, h.trigger.doc, hits, book, who, doer):
            continue
        out.append(EventHit("ACCUSE", speaker, h.source, False, h.sentence, rep, 0.6, _date_text(ctx, rep),
                            _present(ctx, rep)))
    return out


def _charge_author(ctx: _Ctx, noun: Token) -> Span | None:
    """Who makes the charge ``noun``: the subject of a verb of plover.yaml authoring_verbs that has it as object ("X
    repeated the charge", "X raised allegations", "X renewed its allegation"; not "X did not repeat the charge"), else
    its possessor ("X's allegation"), its own "by" or "from" phrase ("a claim by X"; not the agent of its clause, "the
    claim that Y is armed by Z") or the agent of a participle of making ("the allegation, made by X, ..."; not "the
    claim, denied by X, ...")."""
    if noun.dep_ == "dobj" and _lemma(noun.head) in ctx.lex.authoring_verbs:
        # (its own subject named, not a phrase set off after it: "a ministry statement ..., the force fighting Y")
        subj = _first(noun.head, "nsubj")
        if subj is None or _negated(ctx, noun.head):
            return None
        return ctx.mention_of(subj) or (_mention(ctx, subj) if subj.pos_ in ("PROPN", "PRON") else None)
    poss = _first(noun, "poss")
    m = _mention(ctx, poss) if poss is not None else None
    m = m or next((a for c in _children(noun, "prep") if c.lower_ in _MADE_BY
                   for a in map(lambda p: _mention(ctx, p), _children(c, "pobj")) if a is not None), None)
    for acl in ([] if m is not None else _children(noun, "acl")):
        # (a participle of making: "the allegation, made by X, ..."; not "the claim, denied by X, ...")
        agent = _first(acl, "agent") if acl.tag_ == "VBN" and _lemma(acl) in ctx.lex.authoring_verbs else None
        m = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
        if m is not None:
            break
    return m


def _charges_with_content(ctx: _Ctx, doc: Doc, hits: list[EventHit]) -> list[EventHit]:
    """"X repeated the charge that Y lets Z ferry weapons", "X raised allegations that Y had shelled ...", "a claim
    by X that Y had shelled the port", "the allegation, made by X, that Y's army fought ...": a charge noun
    (plover.yaml charge_nouns) whose "that" clause tells what the one charged did is its author's charge against
    the subject of that clause (ACCUSE X -> Y; the agent of a passive one: "the claim that Y is armed by Z" charges
    Z). A noun that is also a neutral saying (one of remark_nouns: "claim", "assertion") charges only with a hostile
    act (plover.yaml polarity hostile) its verb may tell ("X's claim that Y won the vote" charges no one). Not a
    charge nobody is said to make ("rejected the claim that Y ..."), one made under a condition ("if X repeats the
    charge ..."), one about oneself or one's own side ("repeated its claim that its forces ..."), a
    clause that is negated, modal ("the argument that Y should ...", "the claim that Y would attack") or passive with
    no agent ("the claim that Y was attacked": Y is no doer), nor one telling a cooperative act of the accused ("the
    claim that Y agreed to talks")."""
    out: list[EventHit] = []
    book: dict[str, Any] = {}
    lemmas = token_lowers(doc)[1]  # (a Token only for a charge noun)
    for i in (i for i, lem in enumerate(lemmas) if lem in ctx.lex.charge_nouns):
        noun = doc[i]
        if noun.pos_ != "NOUN" or quoted(noun):
            continue
        # (the clause hung on the verb whose object the noun is: "denied the allegation, made by X, that Y ...")
        clause = next((c for c in [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
                       if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None or _negated(ctx, clause) or _modal_word(ctx, clause) is not None:
            continue
        # (the types the clause's verb may tell: an act in a noun's complement is unreal, so seldom read as a hit)
        told = {e.type for e in ctx.lex.verbs.get(_lemma(clause), ())} | \
            {h.type for h in hits if h.trigger.i == clause.i}
        if told and told <= ctx.lex.cooperative - {"AID"}:
            continue  # (a cooperative act told: "the claim that Y had agreed to talks" charges Y with nothing)
        if _lemma(noun) in ctx.lex.remark_nouns and not told & ctx.lex.hostile:
            continue  # (a neutral saying of no wrong: "X's claim that Y won the vote", "... had helped refugees")
        agent = _first(clause, "agent")
        doer_tok = _first(agent, "pobj") if agent is not None else _first(clause, "nsubj")
        doer = _mention(ctx, doer_tok) if doer_tok is not None else None
        if doer is None:
            continue
        if any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ctx.lex.hypothetical for m in t.children)
               for t in noun.ancestors):
            continue  # (a charge made under a condition, plover.yaml hypothetical: "if X repeats the charge that ...")
        author = _charge_author(ctx, noun)
        if author is None:
            continue
        who, target = _actor_index(ctx, author), _actor_index(ctx, doer)
        if who is None or target is None or who == target or author.text == doer.text \
                or not _new_charge(ctx, doc, hits, book, who, target):
            continue
        own = next((h for h in hits if h.type == "ACCUSE" and h.target is None and h.source is not None
                    and h.trigger.i in (noun.i, noun.head.i) and _actor_index(ctx, h.source) == who), None)
        if own is not None:
            own.target = doer  # (the charge already told with no one charged: "X renewed its allegation")
            continue
        out.append(EventHit("ACCUSE", author, doer, False, noun.sent, noun, 0.55, _date_text(ctx, noun),
                            _present(ctx, noun)))
    return out


def _remark_object(ctx: _Ctx, verb: Token, own: str | None = None) -> Token | None:
    """The object of ``verb`` when it is a bare definite remark noun ("denounced the comments as ...",
    "dismissed the remark as ...", "called these statements lies"): one that names no author of its own
    (not "his remarks", "the remarks of X", "the minister's comments", "the remarks by X")."""
    for c in verb.children:
        if c.dep_ not in _OBJ or c.pos_ != "NOUN" or _lemma(c) not in ctx.lex.remark_nouns:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("the", "these", "those", "this", "that")
                   or _unowned_pronoun(ctx, d, own) for d in c.children):
            return None
        if any(d.dep_ in ("poss", "compound", "relcl", "acl") or d.dep_ == "prep" and d.lower_ in ("of", "by", "from")
               for d in c.children if not _unowned_pronoun(ctx, d, own)):
            return None
        return c
    return None


def _unowned_pronoun(ctx: _Ctx, d: Token, own: str | None) -> bool:
    """``d`` is a possessive pronoun the resolver gives no actor but the speaker's own ("called his remarks a
    provocation": "his" the one who made the remarks, told just before), so the remark is read as a bare one."""
    if d.dep_ != "poss" or d.pos_ != "PRON" or d.lower_ not in ("his", "her", "their"):
        return False
    m = ctx.mention_of(d)
    return m is None or own is not None and m.text == own


def _last_speaker(ctx: _Ctx, tok: Token, own: str) -> Span | None:
    """The speaker of the latest report before ``tok``, in its sentence or the one before ("X said on
    Monday that ... Y dismissed the remark as interference": X), when it is an actor other than ``own``."""
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start:tok.i]):
        if t.pos_ not in ("VERB", "AUX") or ctx.lex.frames.get(_vl(ctx, t)) != "report" or _negated(ctx, t):
            continue
        speaker = _source(ctx, t)
        if speaker is not None and speaker.text != own:
            return speaker
        if speaker is not None:
            return None  # the speaker's own words, answered by no one else
    return None


def _answered_remarks(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Y denounced the comments as interference", "Y dismissed the remark as ...", right after X said
    something: Y's charge or rejection is aimed at X, the one who made the remarks (plover.yaml
    remark_nouns)."""
    for h in hits:
        if h.type not in ("ACCUSE", "REJECT") or h.target is not None or h.source is None or h.negated:
            continue
        noun = _remark_object(ctx, h.trigger, h.source.text)
        if noun is None:
            continue
        h.target = _last_speaker(ctx, h.trigger, h.source.text)


def _captor_asked(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Police in X arrested Y ... Z demanded her release": a demand to set a captive free, with no one named as
    asked, is made to the captor the story has told (the latest detention of that captive with a known author, a
    few paragraphs back at most)."""
    for i, h in enumerate(hits):
        if h.type != "REQUEST" or h.target is not None or h.source is None:
            continue
        noun = next((c for c in h.trigger.children if c.dep_ in _OBJ and _lemma(c) in ctx.lex.captive_nouns), None)
        if noun is None:
            for prep in _children(h.trigger, "prep"):  # "called for her release"
                noun = next((p for p in _children(prep, "pobj") if _lemma(p) in ctx.lex.captive_nouns), None)
                if noun is not None:
                    break
        if noun is None:
            continue
        poss = _first(noun, "poss")
        if poss is not None and poss.lower_ == "whose" and h.trigger.dep_ == "relcl":
            poss = h.trigger.head  # "employees of X, whose release Y demanded": the employees
        captive = _mention(ctx, poss) if poss is not None else _prep_target(ctx, noun, frozenset({"of"}))
        if captive is None and poss is not None and poss.pos_ == "PRON":
            # "X accused Y of kidnapping the crew and demanded their release", "Y seized a cargo ship; X demanded
            # its release": captives no actor names, held by the one the requester accuses of a capture in the
            # same sentence, else by the author of the capture told in that sentence or the one before
            h.target = _accused_captor(ctx, hits, i) or next(
                (o.source for o in _told_acts(hits, i, ("COERCE",)) if o.trigger.i < h.trigger.i
                 and h.trigger.sent.start - o.trigger.sent.start <= 60
                 and _verb_type(ctx, o.trigger) == "COERCE" and _lemma(o.trigger) in ctx.lex.captures), None)
            continue
        if captive is None:
            continue  # "the engineers' release": no captive whose detention the story told
        named = captive.root.pos_ == "PROPN"  # ("demanded Ismaren's release": her detention, however far back)
        h.target = next((o.source for o in _told_acts(hits, i, ("COERCE",), named)
                         if o.target is not None and o.target.root.text == captive.root.text), None)
        if h.target is None and poss is not None and poss.pos_ == "PRON":
            h.target = _accused_captor(ctx, hits, i)  # (a pronoun read as the nearest actor, held by no one told)


def _home_custody(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Opposition leader X has been in prison since his arrest in March. Y has called for his release", "Y condemned
    X's detention and asked for her release": a demand to free a person, or a condemnation of a person's arrest or
    detention told by its noun (plover.yaml custody_nouns), still aimed at no one once every captor told was tried,
    is aimed at the article's state (``_home_custodian``)."""
    lex = ctx.lex
    for i, h in enumerate(hits):
        if h.target is not None or h.source is None or h.negated or h.type not in ("REQUEST", "ACCUSE"):
            continue
        if h.type == "REQUEST":
            nouns = [c for c in h.trigger.children if c.dep_ in _OBJ] + [
                p for prep in _children(h.trigger, "prep") for p in _children(prep, "pobj")]  # "called for her release"
            noun = next((c for c in nouns if _lemma(c) in lex.captive_nouns), None)
        else:
            noun = next((c for c in _reaction_objects(ctx, h.trigger) if c.pos_ == "NOUN"
                         and _lemma(c) in lex.custody_nouns and _lemma(c) in lex.of_target_nouns), None)
        if noun is None:
            continue
        poss = _first(noun, "poss")
        captive = _mention(ctx, poss) if poss is not None and poss.lower_ != "whose" else \
            _prep_target(ctx, noun, frozenset({"of"})) if poss is None else None
        if captive is None and poss is not None and poss.lower_ in ("his", "her"):
            captive = _one_person_before(ctx, poss)
        if captive is not None:
            h.target = _home_custodian(ctx, hits, i, captive)


def _one_person_before(ctx: _Ctx, tok: Token) -> Span | None:
    """The person "his" or "her" stands for when its own sentence before it and the sentence before name one
    person only: "X has been in prison since March. Y called for his release" (X); None for two or more."""
    resolver = referents(tok.doc)
    found: dict[int, Span] = {}
    for t in tok.doc[_previous_sentence_start(tok.sent):tok.i]:
        a = resolver.actor(t)
        if a is not None and a not in found and resolver.kind(a) == "person" and t.pos_ == "PROPN":
            m = ctx.mention_of(t)
            if m is not None:
                found[a] = m
    return next(iter(found.values())) if len(found) == 1 else None


def _home_custodian(ctx: _Ctx, hits: list[EventHit], i: int, captive: Span) -> Span | None:
    """The one holding ``captive``, a person the story tells is in the law's hands with no captor named (an arrest or
    detention told by its noun or an agentless passive, a prison: plover.yaml state_custody, custody_nouns, in a
    sentence that names the person, before ``hits[i]`` or in its sentence): the article's state
    (``PhraseResolver.home_state``), when the story clearly has one, tells no captor of that person anywhere, and
    tells no armed men or other state beside that custody (``_custody_in_doubt``); not when the one reacting is that
    state itself, nor for a custody denied ("X was not arrested")."""
    h = hits[i]
    doc = h.trigger.doc
    resolver = referents(doc)
    victim = resolver.actor(captive.root)
    home = resolver.home_state()
    if victim is None or home is None or resolver.kind(victim) != "person" or victim == home \
            or resolver.actor(h.source.root) == home:
        return None
    if any(o.source is not None and o.target is not None and o.type in _CAPTORS_ACTS
           and resolver.actor(o.target.root) == victim for o in hits) \
            or any(o.negated and o.type == "COERCE" and o.target is not None and resolver.actor(o.target.root) == victim
                   for o in hits):
        return None  # (a captor told is the other steps' to find; a custody denied is none)
    lex = ctx.lex
    told = None
    for t in reversed(doc[max(0, h.trigger.sent.start - _TOLD_WINDOW):h.trigger.sent.end]):
        if _lemma(t) not in lex.state_custody and _lemma(t) not in lex.custody_nouns:
            continue
        if t.pos_ == "VERB" and (_negated(ctx, t) or any(_modal(ctx, t))):
            continue  # ("could be arrested", "was not detained": no custody)
        if any(resolver.actor(x) == victim for x in t.sent):
            told = t
            break
    if told is None or _custody_in_doubt(ctx, resolver, home, told):
        return None
    return _actor_span(ctx, home, h.trigger.i, doc) or _actor_span(ctx, home, len(doc), doc)


def _state_custody(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X was arrested at his home", "Y has been detained since March", "Z was sentenced to seven years": an agentless
    passive arrest, detention or sentence of a person (plover.yaml state_custody: acts of the law, which only a
    state's police, courts or forces do) is the article's state's act, when the story clearly has one
    (``PhraseResolver.home_state``) and told no captor of that person before (left to ``_captor_goes_on``); not a
    kidnapping or seizure (anyone's act), nor one still to come ("will be sentenced", "demanded X be jailed")."""
    resolver = None
    for i, h in enumerate(hits):
        if h.type not in ("COERCE", "SANCTION") or h.source is not None or h.target is None or h.negated \
                or _lemma(h.trigger) not in ctx.lex.state_custody or not _is_passive(ctx, h.trigger) \
                or _conjoined_agent(h.trigger) is not None \
                or any(c.dep_ == "conj" and _first(c, "nsubj", "nsubjpass") is None
                       and any(p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by" for p in c.children)
                       for c in h.trigger.children) \
                or any(p.dep_ == "prep" and p.lower_ == "by" for p in h.trigger.children) \
                or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in h.trigger.children):
            continue  # ("was arrested and handed over by X": X's act, as the conjoined passives' agent tells; a
            # "by" phrase the parser took for a plain preposition is an agent all the same; "demanded that X be
            # sentenced", "X will be convicted", "is expected to be sentenced": no act done yet)
        resolver = resolver or referents(h.trigger.doc)
        victim = resolver.actor(h.target.root)
        home = resolver.home_state()
        if victim is None or resolver.kind(victim) != "person" or victim == home:
            continue
        if home is None or any(o is not h and o.target is not None and o.source is not None
                               and o.type in _CAPTORS_ACTS and o.target.root.text == h.target.root.text
                               for o in hits) \
                or any(o.negated and o.type == "COERCE" and o.target is not None
                       and resolver.actor(o.target.root) == victim for o in hits) \
                or _custody_in_doubt(ctx, resolver, home, h.trigger):
            continue  # (a captor told anywhere in the text, after the arrest too, is left to the other steps; an
            # arrest the text denies elsewhere, "X was not arrested", is no state act)
        span = _actor_span(ctx, home, h.trigger.i, h.trigger.doc) \
            or _actor_span(ctx, home, len(h.trigger.doc), h.trigger.doc)
        if span is not None:
            h.source = span


def _custody_in_doubt(ctx: _Ctx, resolver, home: int, trigger: Token) -> bool:
    """An agentless arrest that need not be the home state's act: its sentence names another state (a place "in X",
    "on a Xian warrant"), or its sentence or the one before or after tells of armed men outside the law's hands (an
    armed group or force of plover.yaml custody_armed_subkinds that is no state's own, or a word of custody_armed_cues or roles.yaml member_plurals: "mutineers", "rebels", "a coup")."""
    from kingmaker.knowledge import knowledge, norm
    kb = knowledge()
    sent = trigger.sent
    for t in sent:
        a = resolver.actor(t)
        if a is not None and a != home and resolver.kind(a) == "country":
            return True
        if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper():
            c = kb.country_of(t.text)
            if c is not None and resolver.named(c) != home:
                return True
    doc = trigger.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for t in doc[start:end]:
        if norm(t.lower_) in ctx.lex.custody_armed_cues or norm(t.lemma_) in ctx.lex.custody_armed_cues \
                or norm(t.lower_) in kb.member_plurals:
            return True
        a = resolver.actor(t)
        if a is not None and resolver.kind(a) == "organization" \
                and resolver.subkind(a) in ctx.lex.custody_armed_subkinds and not _state_force(resolver, a):
            return True
    return False


def _state_force(resolver, a: int) -> bool:
    """Organisation ``a`` is a state's own force (named after it, "the Xian Coast Guard", or tied to it as a part or
    member: "X's Revolutionary Guards"), no armed group that may hold captives of its own."""
    from kingmaker.knowledge import knowledge
    words = resolver.actors[a].name.split()
    return bool(words) and knowledge().country_of(words[0]) is not None \
        or any(h.source == a and h.type in ("part_of", "member_of") and resolver.kind(h.target) == "country"
               for h in resolver.hits)


def _verb_type(ctx: _Ctx, tok: Token) -> str | None:
    """The PLOVER type a plain verb entry of the lexicon gives ``tok``'s lemma (None when it has none, or several)."""
    types = {e.type for e in ctx.lex.verbs.get(_lemma(tok), ()) if not e.words}
    return next(iter(types)) if len(types) == 1 else None


def _accused_captor(ctx: _Ctx, hits: list[EventHit], i: int) -> Span | None:
    """The one the requester of ``hits[i]`` accuses, in the same sentence, of a capture (plover.yaml captures:
    "accused Y of kidnapping the survivors")."""
    h = hits[i]
    who = _actor_index(ctx, h.source)
    for o in hits:
        if o.type != "ACCUSE" or o.target is None or o.source is None or o.negated \
                or o.trigger.sent.start != h.trigger.sent.start or _actor_index(ctx, o.source) != who:
            continue
        heads = [o.trigger, *_children(o.trigger, "dobj")]  # ("accused Y of ...": the phrase hung on Y too)
        if any(_lemma(p) in ctx.lex.captures and p.pos_ == "VERB" for t in heads for prep in _children(t, "prep")
               if prep.lower_ == "of" for p in prep.subtree):  # (a gerund, or one misread as a compound)
            return o.target
    return None


def _captor_goes_on(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X arrested Y. Her laptop and phones were seized.", "X detained Y; he was released after 40 days": an
    agentless passive detention or release of a captive the story has just told X took (in its sentence or the
    one before, the latest detention of that captive with a known author) is X's doing."""
    for i, h in enumerate(hits):
        if h.source is not None or h.target is None or h.negated or h.type not in _CAPTOR_GOES_ON \
                or not _is_passive(ctx, h.trigger) or _first(h.trigger, "agent") is not None:
            continue
        o = _told_before(hits, i, lambda o: o.type in _CAPTORS_ACTS and o.source is not None
                         and o.target is not None and not o.negated and o.trigger.i < h.trigger.i
                         and o.target.root.text == h.target.root.text)
        if o is not None:
            h.source = o.source


def _told_blow_goes_on(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X bombed a camp near Y. The strike killed 12 fighters.", "X attacked a convoy. The ambush killed six
    soldiers": a blow told by a definite noun with no author of its own ("the strike", "the ambush") as the
    subject of what it did is the one just told (the latest attack with a known author, in its sentence or the
    one before), dealt by its author; not a noun with a phrase of its own (an author, a date, a place: another
    blow)."""
    for i, h in enumerate(hits):
        if h.source is not None or h.type != "ASSAULT" or h.negated:
            continue
        st = _source_token(ctx, h.trigger)
        if st is None or st.pos_ != "NOUN" or st.i == h.trigger.i or _noun_type(ctx, st) != "ASSAULT" \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in st.children) \
                or any(c.dep_ not in ("det", "amod") for c in st.children if c.i < st.i or c.dep_ == "prep"):
            continue  # ("the strike in 2020 that killed ...", "the 2019 attack": a blow of its own, dated)
        o = _told_before(hits, i, lambda o: o.type == "ASSAULT" and o.source is not None and not o.negated
                         and o.trigger.i < st.i and (h.target is None or o.source.root.text != h.target.root.text))
        if o is not None:
            h.source = o.source


def _told_before(hits: list[EventHit], i: int, match) -> EventHit | None:
    """The latest of ``hits`` before ``hits[i]``, told in its sentence or the one before, that ``match`` accepts."""
    sent = hits[i].trigger.sent
    since = sent.start if sent.start == 0 else sent.doc[sent.start - 1].sent.start
    for o in reversed(hits[:i]):
        if o.trigger.i < since:
            break
        if match(o):
            return o
    return None


# a captor's further acts on a captive: holding, searching, seizing (COERCE), letting go (RETREAT); after taking
# the captive by detention (COERCE) or abduction (ASSAULT)
_CAPTOR_GOES_ON = frozenset({"COERCE", "RETREAT"})
_CAPTORS_ACTS = frozenset({"COERCE", "ASSAULT"})


# how many sentences before the one before "the two sides" (within its paragraph) the meeting or deal it takes up
# may be told
_PAIR_REACH = 5
# acts between two parties whose pair "the two sides" may take up
_PAIR_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _proxy_meetings(ctx: _Ctx, hits: list[EventHit], acts: dict[int, _Act]) -> None:
    """"X met Y's representatives, though Y himself declined to receive him", "talked to Y's aides but was not
    received by Y": a meeting with someone's people, told beside a meeting refused or not held in the same
    sentence, is no meeting with that someone (negated)."""
    for h in hits:
        if h.type != "CONSULT" or h.negated or h.target is None:
            continue
        if not any(t.dep_ == "poss" and t.head.pos_ == "NOUN" and not t.head.i < h.target.end
                   and ctx.mention_of(t.head) is None for t in h.target):
            continue  # (the meeting is with the possessor's people, not with the possessor named as such)
        sent = h.trigger.sent
        if any(o is not h and o.trigger.sent == sent and (o.type == "CONSULT" and o.negated or o.type == "REJECT" and (
                acts.get(o.trigger.i) is not None and acts[o.trigger.i].inner_type == "CONSULT")) for o in hits):
            h.negated = True


def _previous_sentence_start(sent: Span) -> int:
    """Start of the sentence told before ``sent``, passing over word-less ones ("2.", "*" of a numbered or
    bulleted list), or of ``sent`` itself when none comes before."""
    start = sent.start
    while start > 0:
        prev = sent.doc[start - 1].sent
        start = prev.start
        if any(t.is_alpha for t in prev):
            break
    return start


def _emulations(ctx: _Ctx, doc: Doc, hits: list[EventHit]) -> list[EventHit]:
    """"The EU imposed sanctions on X in March. The United States followed in June", "Y followed suit", "Y did the
    same": a subject that repeats the act just told (plover.yaml emulating_verbs and emulating_words; "follow" needs
    no object at all) does that act to the same target."""
    lex = ctx.lex
    out: list[EventHit] = []
    verbs = lex.emulating_verbs | lex.repeat_auxiliaries  # (once, not per token)
    triggers = {h.trigger.i for h in hits}
    pos, lemmas = token_pos(doc), token_lowers(doc)[1]  # (the per-Doc tables: a Token only for a candidate)
    for tok in (doc[i] for i, p in enumerate(pos) if (p == "VERB" or p == "AUX") and lemmas[i] in verbs):
        if tok.i in triggers:
            continue
        if _repeats_clause(ctx, tok):  # "X welcomed the cabinet, as did Y and Z": Y and Z welcomed it too
            out += _repeated_hits(ctx, tok, hits)
            continue
        objs = [c for c in tok.children if c.dep_ in (*_OBJ, "advmod", "acomp", "oprd", "ccomp", "xcomp")]
        marked = any(c.lower_ in lex.emulating_words for c in objs) or any(
            d.lower_ in lex.emulating_words for c in objs for d in c.children)
        if not marked and (tok.lemma_.lower() != "follow" or any(c.dep_ in (*_OBJ, "ccomp", "xcomp", "prep") and
                                                                  c.lower_ not in ("in", "on", "at", "with", "within")
                                                                  for c in tok.children)):
            continue
        if _negated(ctx, tok):
            continue  # ("Japan did not follow": nothing to repeat)
        subj = _first(tok, "nsubj")
        source = _mention(ctx, subj, limit=3) if subj is not None else None
        if source is None:
            continue
        start = _previous_sentence_start(tok.sent)
        told = next((o for o in reversed(hits) if start <= o.trigger.i < tok.i and not o.negated and o.target is not None
                     and o.source is not None and o.source.text != source.text and o.target.text != source.text), None)
        if told is not None:
            out.append(EventHit(told.type, source, told.target, False, tok.sent, tok, told.confidence, None,
                                told.present))
    return out


def _repeats_clause(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is an auxiliary marked "as" with its subject after it, hung on a clause: "..., as did Y", "...,
    as have Y and Z" (plover.yaml repeat_marks, repeat_auxiliaries)."""
    subj = _first(tok, "nsubj")
    return tok.lemma_.lower() in ctx.lex.repeat_auxiliaries and tok.dep_ == "advcl" and subj is not None \
        and subj.i > tok.i and any(c.dep_ == "mark" and c.lower_ in ctx.lex.repeat_marks for c in tok.children) \
        and not _negated(ctx, tok)


def _repeated_hits(ctx: _Ctx, tok: Token, hits: list[EventHit]) -> list[EventHit]:
    """The acts of the clause "as did Y (and Z)" hangs on, done by Y (and Z) too, to the same target; a passive
    clause's ("X was jailed, as were Y and Z") done to Y (and Z) too, by the same source."""
    subj = _first(tok, "nsubj")
    sources = [m for m in [_mention(ctx, subj, limit=3)] + _conjuncts(ctx, subj) if m is not None]
    out: list[EventHit] = []
    undergone = _mention(ctx, _first(tok.head, "nsubjpass")) if _is_passive(ctx, tok.head) else None
    for o in hits:
        if o.trigger.i != tok.head.i or o.negated:
            continue
        if _is_passive(ctx, tok.head):
            if undergone is not None and o.target is not None and o.target.start == undergone.start:
                out += [EventHit(o.type, o.source, m, False, tok.sent, tok, o.confidence, None, o.present)
                        for m in sources if m.text not in (o.source.text if o.source is not None else None, o.target.text)]
            continue  # (a passive whose subject is no target of the act repeats nothing: "X was expelled from Y, as
            # was Z" read with X as the actor)
        for src in sources:
            if src.text not in (o.source.text if o.source is not None else None,
                                o.target.text if o.target is not None else None):
                out.append(EventHit(o.type, src, o.target, False, tok.sent, tok, o.confidence, None, o.present))
    return out


def _two_sides(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X received Y at the palace. The two sides agreed to extend the mission": a subject naming "the two" (or
    "both") parties (``_names_pair``) of an act just told between two actors (a meeting, a deal), or "they" opening
    an agreement or a meeting with no other party ("X spoke with Y. ... They agreed to meet in May"), is that pair;
    of an act aimed at a third party ("the two sides thanked Z and asked it to ..."), each of the pair does it.
    With no meeting or deal just told, "the two"/"both" is the last pair named together before: two actors
    coordinated ("A and B have long been at odds. The two countries agreed ..."). An act the pair aims at "each
    other" ("The two sides accused each other of ...", "Each side blamed the other") is each one's at the other."""
    extra: list[EventHit] = []
    for i, h in enumerate(hits):
        subj = _source_token(ctx, h.trigger)
        # ("the two sides accused each other", "each side blamed the other": the pair, each at the other)
        mutual = h.target is None and h.type not in _RECIPROCAL and (_mutual(ctx, h.trigger)
                                                                     or _own_envoys_recalled(ctx, h.trigger))
        they = (h.type in _PAIR_TYPES or mutual) and h.target is None and getattr(subj, "lower_", None) == "they"
        named = not they and (_names_pair(ctx, subj) or mutual and subj is not None and subj.pos_ == "NOUN"
                              and _lemma(subj) in cues().group_nouns)
        group = _group_sides(ctx, subj) if not they else None  # ("the three parties agreed", "all four attacked")
        if group is not None and len(group) != 2:
            named = False
        if named and _own_envoys_recalled(ctx, h.trigger):
            # "X accused Y ...; both capitals recalled their ambassadors": envoys called home after a quarrel, each
            # from the other; its two states before any pair told further back (and not the article's state, which a
            # recall naming no state is aimed at)
            quarrel = _quarrel_before(hits[:i], _previous_sentence_start(h.trigger.sent))
            if quarrel is not None:
                h.source, h.target = quarrel
                extra.append(EventHit(h.type, quarrel[1], quarrel[0], h.negated, h.sentence, h.trigger, h.confidence,
                                      h.date_text, h.present))
                continue
            h.target = None
        if group is not None and len(group) != 2 and (h.source is None or h.source.start == group[0].start):
            _group_acts(ctx, h, group, extra)  # (any other number: the group phrase's members, each)
            continue
        if h.source is not None and not they and not named \
                or h.target is None and h.type not in _RECIPROCAL | {"ASSAULT"} and not mutual:
            continue
        if not they and not named:
            continue  # ("They agreed to ..." after "X spoke with Y": the pair, as "the two sides" is)
        start = _previous_sentence_start(h.trigger.sent)
        # (a readout's "They agreed" closes its paragraph: the call a few back; "the two ministers", named so, may
        # look back to the paragraph's opening call)
        for _ in range(2 if they else _PAIR_REACH if named else 0):
            prev = _previous_sentence_start(h.trigger.doc[start].sent)
            if "\n\n" in h.trigger.doc[prev:start].text:
                break  # (not across a paragraph)
            start = prev
        if h.target is not None:  # (the pair may be a few sentences back: "... The two sides thanked Z")
            start = _previous_sentence_start(h.trigger.doc[_previous_sentence_start(h.trigger.doc[start].sent)].sent)
        # (a mediation in the act's own sentence first: "... in a deal brokered by Z, even as both sides ...")
        pair = _mediated_sides(ctx, hits[:i], h.trigger.sent.start) or next((
            _sides_of(o, hits, ctx.lex) for o in reversed(hits[:i]) if o.trigger.i >= start
            and o.type in _PAIR_TYPES and o.trigger.pos_ == "VERB" and o.source is not None
            and o.target is not None and not o.negated), None)  # (an act told as such, not "while their talks with
        if pair is None:                                        # X go on")
            pair = _mediated_sides(ctx, hits[:i], start)
        if pair is None and named:
            pair = _pair_before(ctx, h.trigger.doc, _previous_sentence_start(h.trigger.sent), h.trigger.sent.start)
        if pair is None and named:
            pair = _named_last(ctx, subj)
        resolved = pair is None and group is not None
        if resolved:
            pair = (group[0], group[1])  # (the two named together just before)
        if pair is None:
            continue
        if h.target is None and h.type == "ASSAULT" and _vl(ctx, h.trigger) not in ctx.lex.reciprocal \
                and not _mutual(ctx, h.trigger):
            # "The two groups attacked an army post": each of the pair attacks, not each other ("clashed again" is)
            h.source = pair[0]
            extra.append(EventHit(h.type, pair[1], None, h.negated, h.sentence, h.trigger, h.confidence,
                                  h.date_text, h.present))
        elif h.target is None:
            h.source, h.target = pair
            if mutual or resolved and h.type in _RECIPROCAL:  # (an act between two named together: each with the other)
                extra.append(EventHit(h.type, pair[1], pair[0], h.negated, h.sentence, h.trigger, h.confidence,
                                      h.date_text, h.present))
        elif h.target.text not in (pair[0].text, pair[1].text):
            if h.source is None or h.source.text not in (pair[0].text, pair[1].text):
                h.source = pair[0]
            # (each of the pair not yet told doing it: "Both accepted the invitation" may have both already)
            told = {(o.type, o.source.text, o.target.text) for o in (*hits, *extra) if o.trigger.i == h.trigger.i
                    and o.source is not None and o.target is not None}
            extra += [EventHit(h.type, m, h.target, h.negated, h.sentence, h.trigger, h.confidence, h.date_text,
                               h.present) for m in pair if (h.type, m.text, h.target.text) not in told]
    if extra:
        hits.extend(extra)
        hits.sort(key=lambda h: h.trigger.i)


def _mediated_sides(ctx: _Ctx, earlier: list[EventHit], start: int) -> tuple[Span, Span] | None:
    """The two sides of a mediation told just before by its noun, one act of the mediator per side: "X and Y swapped
    prisoners in a deal brokered by Z, even as both sides traded blame" (X and Y, not Z and the last named; the
    mediator's acts from or after ``start``)."""
    for o in reversed(earlier):
        if o.trigger.i < start:
            break
        if o.type != "CONSULT" or o.source is None or o.target is None or o.negated or o.trigger.pos_ != "NOUN" \
                or _mediating_acl(ctx, o.trigger) is None:
            continue
        other = next((x for x in earlier if x is not o and x.trigger.i == o.trigger.i and x.type == o.type
                      and x.source is not None and x.source.text == o.source.text and x.target is not None
                      and x.target.text != o.target.text), None)
        if other is not None:
            return (other.target, o.target) if other.target.start < o.target.start else (o.target, other.target)
    return None


def _sides_of(o: EventHit, hits: list[EventHit], lex: EventLexicon) -> tuple[Span, Span]:
    """The two sides of a meeting or deal ``o``: its source and target, or, for one brokered or hosted "between" two
    ("Z brokered talks between X and Y", one act per side), the two it is between ("... They signed an accord": X
    and Y, not Z); so for a mediation told by its participle ("X and Y swapped prisoners in a deal brokered by Z,
    even as both sides traded blame": X and Y, not Z; plover.yaml mediating)."""
    if _between_object(o.trigger) is not None or o.trigger.tag_ == "VBN" and _lemma(o.trigger) in lex.mediating:
        other = next((x for x in hits if x is not o and x.trigger.i == o.trigger.i and x.type == o.type
                      and x.source is not None and x.source.text == o.source.text and x.target is not None
                      and x.target.text != o.target.text), None)
        if other is not None:
            return (other.target, o.target) if other.target.start < o.target.start else (o.target, other.target)
    return o.source, o.target


def _addressed_pair(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Z asked both sides for a pause", "Z called on the two sides to stop", "Z urged both parties to ...": an act
    with no target whose addressee names the two parties (``_names_pair``) is aimed at each of them, the two ends
    of the hostile acts told before it (plover.yaml polarity.hostile: the fight whose sides those are), the pair of
    bodies or states told so most often; not any pair met or agreed before, nor a commander, nor the captor and
    captive of an arrest or a raid (COERCE: "raided a base of X's third brigade" makes no side of the brigade)."""
    resolver = None
    extra: list[EventHit] = []
    for i, h in enumerate(hits):
        if h.target is not None or h.source is None or h.negated:
            continue
        tok = h.trigger
        addressees = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        addressees += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                       for p in c.children if p.dep_ == "pobj"]
        addressees += [s for c in tok.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
        if not any(_names_pair(ctx, a) and a.lower_ not in ("both", "two") for a in addressees):
            continue
        resolver = resolver or referents(tok.doc)
        appealing = resolver.actor(h.source.root)  # (read once: the one appealing is no side)
        told: dict[frozenset, list] = {}
        for o in hits[:i]:
            if o.trigger.i >= tok.i or o.type not in ctx.lex.hostile or o.type == "COERCE" or o.negated or o.source is None \
                    or o.target is None:
                continue
            a, b = resolver.actor(o.source.root), resolver.actor(o.target.root)
            if a is None or b is None or a == b or appealing in (a, b) \
                    or "person" in (resolver.kind(a), resolver.kind(b)):
                continue  # (the sides are bodies or states: not a commander, nor the one appealing)
            told.setdefault(frozenset((a, b)), []).append((o.source, o.target))
        if not told:
            continue
        pair = max(told.values(), key=lambda v: (len(v), v[-1][0].start))[-1]  # the pair most often told at odds
        _aim_at_pair(h, pair, extra)
    _add_sorted(hits, extra)


def _between_pair(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Z brokered talks between the two governments", "Z offered to mediate between the two neighbours", "Z hosted
    a meeting between both sides": an act still aimed at no one whose "between" phrase (on its verb, or on the noun
    of the act it does or offers) names the two parties told before (``_names_pair``) is aimed at each of them
    (``_pair_named``); not where the one acting is one of the pair, nor a negated act."""
    extra: list[EventHit] = []
    for h in hits:
        if h.target is not None or h.source is None or h.negated:
            continue
        pobj = _between_object(h.trigger)
        if pobj is None or not _names_pair(ctx, pobj):
            continue
        pair = _pair_named(ctx, pobj, h.source, hits)
        if pair is None or h.source.text in (pair[0].text, pair[1].text):
            continue
        _aim_at_pair(h, pair, extra)
    _add_sorted(hits, extra)


def _aim_at_pair(h: EventHit, pair: tuple, extra: list[EventHit]) -> None:
    """Aim an act told at no one at each of two parties: ``h`` at the first, a copy of it (put in ``extra``) at the
    second ("Z urged both sides to ...", "Z brokered talks between the two governments")."""
    h.target = pair[0]
    extra.append(EventHit(h.type, h.source, pair[1], h.negated, h.sentence, h.trigger, h.confidence,
                          h.date_text, h.present))


def _add_sorted(hits: list[EventHit], extra: list[EventHit]) -> None:
    """Add the ``extra`` hits to ``hits``, kept in the order of their triggers."""
    if extra:
        hits.extend(extra)
        hits.sort(key=lambda h: h.trigger.i)


def _between_object(trigger: Token) -> Token | None:
    """The object of "between" on ``trigger`` ("mediate between the two"), on its object, on the infinitive it
    takes or that infinitive's object ("brokered talks between ...", "offered to mediate between ...", "offered to
    host talks between ..."), or on the trigger noun itself ("talks between both sides"); None when there is none."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in _OBJ or c.dep_ == "xcomp" or c.dep_ == "advcl"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    heads += [d for c in heads[1:] if c.dep_ in ("xcomp", "advcl") for d in c.children if d.dep_ in _OBJ]
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _pair_named(ctx: _Ctx, tok: Token, source: Span, hits: list[EventHit]) -> tuple[Span, Span] | None:
    """The two parties a pair phrase ("the two governments", "both sides", "the two") stands for, neither of them
    ``source`` (the one acting on the pair): the two of a group phrase the resolver finds (``_group_sides``), else
    the last two named together in its sentence or the one before (``_pair_before``), else the two ends of the last
    act told between two others in its sentence or the few before ("Y blamed X; X denied it. Z, backed by W,
    brokered talks between the two governments": X and Y, not W), else the last two states named before it (a few
    sentences back), for a noun naming states, or the last two of one kind in its sentence or the one before, for
    any other ("the two sides", "the two")."""
    group = _group_sides(ctx, tok)
    pair = (group[0], group[1]) if group is not None and len(group) == 2 else None
    if pair is None:
        pair = _pair_before(ctx, tok.doc, _previous_sentence_start(tok.sent), tok.i)
    resolver = referents(tok.doc)
    skip = resolver.actor(source.root)
    if pair is not None:
        return None if skip is not None and skip in (resolver.actor(pair[0].root), resolver.actor(pair[1].root)) \
            else pair
    start = tok.sent.start
    for _ in range(_BETWEEN_REACH):
        start = _previous_sentence_start(tok.doc[start].sent)
    kinds = _pair_kinds(ctx, tok)
    want = frozenset({"country"}) if kinds == frozenset({"country", "organization"}) else kinds or _PAIR_KINDS
    for o in reversed(hits):
        if o.negated or o.source is None or o.target is None or not start <= o.trigger.i < tok.i:
            continue
        a, b = resolver.actor(o.source.root), resolver.actor(o.target.root)
        if None not in (a, b) and a != b and skip not in (a, b) \
                and resolver.kind(a) == resolver.kind(b) and resolver.kind(a) in want:
            return (o.source, o.target) if o.source.start < o.target.start else (o.target, o.source)
    return _last_two(ctx, tok, skip, want, _BETWEEN_REACH if kinds is not None else 1, source)


# how many sentences before its own a pair phrase naming states ("between the two governments") may look back
_BETWEEN_REACH = 4


def _last_two(ctx: _Ctx, tok: Token, skip: int | None, kinds: frozenset[str], reach: int,
              source: Span) -> tuple[Span, Span] | None:
    """The last two actors of one of ``kinds`` (both of one kind), other than ``skip``, named before ``tok`` in its
    sentence or the ``reach`` sentences before, not in a phrase describing ``source`` ("Z, backed by W, ..."): "Y
    blamed X. Z brokered talks between the two governments": X and Y."""
    resolver = referents(tok.doc)
    described = {t.i for t in source.root.subtree} - set(range(source.start, source.end))
    start = tok.sent.start
    for _ in range(reach):
        start = _previous_sentence_start(tok.doc[start].sent)
    found: list[tuple[int, Span]] = []
    for t in reversed(tok.doc[start:tok.i]):
        if t.pos_ == "PRON" or t.i in described or (a := resolver.actor(t)) is None or a == skip \
                or any(a == f for f, _ in found):
            continue
        k = resolver.kind(a)
        if k not in kinds or found and k != resolver.kind(found[0][0]):
            continue
        m = ctx.mention_of(t)
        if m is not None and m.end <= tok.i:
            found.append((a, m))
            if len(found) == 2:
                return found[1][1], found[0][1]
    return None


def _group_sides(ctx: _Ctx, subj: Token | None) -> list[Span] | None:
    """The mentions a group phrase subject stands for ("the two sides", "the three parties", "all four"): the
    actors the phrase resolver gives it (``PhraseResolver.group_members``: a list of so many named together just
    before), each at its closest mention before the phrase."""
    if subj is None:
        return None
    members = referents(subj.doc).group_members(subj)
    if members is None:
        return None
    spans = [_actor_span(ctx, a, subj.i, subj.doc) for a in members]
    return None if any(m is None for m in spans) else spans


def _group_acts(ctx: _Ctx, h: EventHit, group: list[Span], extra: list[EventHit]) -> None:
    """A group phrase of three or more as the subject: of an act aimed at another, each member does it ("the
    four had carried out attacks on X"); of a mutual act with no other end, each with each other member ("the
    three parties agreed to ...")."""
    def hit(s: Span, t: Span | None) -> EventHit:
        return EventHit(h.type, s, t, h.negated, h.sentence, h.trigger, h.confidence, h.date_text, h.present)

    if h.target is not None:
        h.source = group[0]
        extra += [hit(m, h.target) for m in group[1:] if m.start != h.target.start]
    elif h.type in _RECIPROCAL:
        h.source, h.target = group[0], group[1]
        extra += [hit(a, b) for a in group for b in group if a.start != b.start
                  and (a.start, b.start) != (group[0].start, group[1].start)]
    elif h.source is None:
        h.source = group[0]
        extra += [hit(m, None) for m in group[1:]]


def _names_pair(ctx: _Ctx, subj: Token | None) -> bool:
    """A subject naming the two parties just told: "the two sides", "both governments", "the two ministers" (a
    noun of relations.yaml group_nouns with "the two" or "both"), "the pair" (pair_collectives), or "the two"/"both"
    alone ("The two agreed ..."); not "two ministers" (any two, none told before)."""
    if subj is None:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    if subj.pos_ == "NOUN" and the and subj.lower_ in ctx.lex.pair_collectives:
        return True  # "the pair agreed ...", "the duo met ..."
    if subj.pos_ == "NOUN" and (_lemma(subj) in cues().group_nouns or subj.lower_ in cues().group_nouns):
        return any(c.dep_ == "nummod" and c.lower_ == "two" and the or c.dep_ in ("det", "predet")
                   and c.lower_ == "both" for c in subj.children)
    return subj.lower_ == "both" and subj.dep_ in _SUBJ or subj.lower_ == "two" and the


_PAIR_KINDS = frozenset({"person", "country", "organization"})


def _pair_kinds(ctx: _Ctx, subj: Token) -> frozenset[str] | None:
    """The kinds of actor a pair noun names: "the two men" persons, "both countries" states or bodies (a state
    unknown to the lexicons is read as a body) (relations.yaml group_person_nouns, group_state_nouns); None for "the
    two sides", "the two", "both"."""
    return group_noun_kinds(_lemma(subj)) if subj.pos_ == "NOUN" else None


def _named_last(ctx: _Ctx, subj: Token) -> tuple[Span, Span] | None:
    """"X had invited Y, days after the two men met in Z", "X spoke with Y, and the two agreed ...": with no act
    between two parties nor a coordination just told, "the two" is the last two actors named before it, in its own
    sentence, of the kind its noun names (persons for "the two men", states for "both countries") or, for "the two
    sides", "the two" and "both" alone, of one kind; a noun naming a kind may look back to the sentence before
    ("X received Y in Z. The two leaders agreed ..."), a bare "the two sides" (any two, "X urged Y to ...") may not."""
    resolver = referents(subj.doc)
    kinds = _pair_kinds(ctx, subj)
    sent = subj.sent
    start = _previous_sentence_start(sent) if kinds is not None else sent.start
    found: list[tuple[int, Span]] = []
    for t in reversed(subj.doc[start:subj.i]):
        if t.pos_ == "PRON" or (a := resolver.actor(t)) is None or any(a == f for f, _ in found):
            continue
        k = resolver.kind(a)
        if k not in (kinds or _PAIR_KINDS) or found and k != resolver.kind(found[0][0]):
            continue
        m = ctx.mention_of(t)
        if m is not None and m.end <= subj.i:
            found.append((a, m))
            if len(found) == 2:
                return found[1][1], found[0][1]
        if t.i == sent.start and found:
            return None  # (the two of one sentence: not one here and one before)
    return None


def _pair_before(ctx: _Ctx, doc: Doc, start: int, end: int) -> tuple[Span, Span] | None:
    """The last two actors named together between token ``start`` and ``end``: a coordination of two mentions
    ("A and B"; not the two sides of an act told, which the meeting or deal just told gives when it is one: "A
    urged B to withdraw. The two sides ..." may be others)."""
    for t in range(end - 1, start - 1, -1):
        tok = doc[t]
        if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        second, first = _mention(ctx, tok, limit=3), _mention(ctx, tok.head, limit=3)
        if second is not None and first is not None and first.text != second.text and first.start != second.start:
            return first, second
    return None


def _led_acts(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"Z condemned the X-led coup", "Y denounced the X-led crackdown": a judgement (ACCUSE, REJECT,
    SUPPORT) still aimed at no one, of an act noun (an event noun of the lexicon, or one judged_acts or made_by_verbs
    name) whose hyphened participle of leading (plover.yaml leading_participles) names the one who led it, is aimed at
    that one, unless it is the judge itself ("X welcomed the X-led talks")."""
    lex = ctx.lex
    acts = frozenset(lex.nouns) | frozenset(lex.object_nouns) | frozenset(lex.judged_acts) | frozenset(lex.made_by_verbs)
    for h in hits:
        if h.type not in ("ACCUSE", "REJECT", "SUPPORT") or h.target is not None or h.source is None or h.negated:
            continue
        for noun in _reaction_objects(ctx, h.trigger):
            if noun.pos_ != "NOUN" or _lemma(noun) not in acts:
                continue
            led = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                        and _lemma(c) in lex.leading_participles and c.i > 0 and c.doc[c.i - 1].text == "-"), None)
            doer = next((d for d in led.children if d.dep_ in ("npadvmod", "compound", "nmod", "amod")
                         and d.i == led.i - 2), None) if led is not None else None
            m = _mention(ctx, doer) if doer is not None else None
            if m is not None and _actor_index(ctx, m) != _actor_index(ctx, h.source):
                h.target = m
                break


def _judged_agreements(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X signed a defence pact with Y. Z criticised the pact", "X detained Y. Z condemned the arrest": a
    judgement of a definite act noun told before (no agent or parties of its own) aims at whoever did that act
    (the source of the latest act of a type the noun names, a few paragraphs back at most)."""
    acts = ctx.lex.judged_acts
    for i, h in enumerate(hits):
        if h.type not in ("ACCUSE", "REJECT", "SUPPORT") or h.target is not None or h.source is None:
            continue
        noun = next((c for c in _judged_objects(ctx, h.trigger) if _lemma(c) in acts
                     and any(d.dep_ == "det" and d.lower_ in ctx.lex.definite_marks for d in c.children)
                     and not any(d.dep_ in ("poss", "prep", "compound") for d in c.children)), None)
        if noun is None:
            continue
        types = acts[_lemma(noun)]
        # an act told under its own noun ("signed a pact ... the pact", "banned ... the ban") anywhere; one a
        # general noun takes up ("the decision", "the move") only as the story tells it, not inside what
        # someone said ("Y said X 'attacks us' ... Z defended the decision": not X's); an accusation is told
        # in someone's words by nature ("Y said X had lied ... X rejected the charge": Y's)
        told = [o for o in _told_acts(hits, i, types)
                if "ACCUSE" in types or _names_act(o, noun) or _narrated(o.trigger)]
        if not told:
            # (an act the noun names by its own verb's word, "designated ... the designations", told anywhere
            # before: the story's lead act taken up paragraphs later)
            first = next((o for o in _told_acts(hits, i, types, named=True) if _derived_from(noun, o.trigger)), None)
            told = [first] if first is not None else []
        # (an agreement has two parties: "A and B agreed to ..." before "C stood ready to ...", when there is one)
        told = [o for o in told if o.type in _RECIPROCAL and o.target is not None] or told
        if told:
            h.target = told[0].source


def _judged_measures(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X approved a law to ... Z condemned the law", "X presented a plan ... Z welcomed the plan": a judgement of
    a bare definite measure noun (plover.yaml enacted_nouns: no owner, of-phrase or description of its own), left
    aimed at no one, is aimed at the one who made the measure, the subject of the latest clause a few paragraphs
    back that enacts it (``_enactor``)."""
    for h in hits:
        if h.type not in ("ACCUSE", "REJECT", "SUPPORT") or h.target is not None or h.source is None or h.negated:
            continue
        measures = ctx.lex.measure_nouns
        labelled = _act_under_label(ctx, h.trigger)  # (once per hit, not per object)
        noun = next((c for c in _judged_objects(ctx, h.trigger) if _lemma(c) in measures
                     and (any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
                              for d in c.children) or c == labelled)
                     and not any(d.dep_ in ("poss", "compound", "acl", "relcl", "nmod") or d.dep_ == "prep" and (
                         d.lower_ != "as" and (d.lower_ not in ctx.lex.matter_preps or _lemma(c) not in ctx.lex.made_by_verbs)
                         and not _dated(d))
                         for d in c.children)),
                    None) or _judged_before(ctx, h.trigger, measures)
        if noun is None:
            continue
        lem = _lemma(noun)
        maker = None
        if lem in ctx.lex.enacted_nouns:
            maker = _enactor(ctx, noun)
        elif lem in ctx.lex.ruling_nouns:
            maker = _ruler(ctx, noun)
        if maker is None and lem in ctx.lex.made_by_verbs:
            maker = _verb_maker(ctx, noun)
        if maker is not None and _actor_index(ctx, maker) != _actor_index(ctx, h.source):
            h.target = maker


def _judged_just_told(ctx: _Ctx, hits: list[EventHit]) -> None:
    """"X announced new tariffs on Y. Z condemned the decision", "X offered to lay down arms. Y rejected the offer":
    a judgement (ACCUSE, REJECT, SUPPORT) of a bare definite noun of an act (plover.yaml authored_act_nouns: no
    owner, compound, phrase or clause of its own), still aimed at no one once every act and measure told before was
    tried, is aimed at the author of the act just told: the one actor (person, organisation or state, as the
    resolver reads the subject) that is the subject of the main clauses told in the sentence before and in the
    judgement's own sentence before it (or of a clause hung on the judgement: "after X did ..."), whose verb is an act
    found there or one of authoring, enacting or ruling (plover.yaml authoring_verbs, enacting_verbs, ruling_verbs).
    Clauses of saying (the speaker is not the author; "announced a ban" is the ban's making), negated, in quotation
    marks or in a question are passed over; the judge itself is never its own target; two authors that fit ("X
    announced a ban, and W announced tariffs", or coordinated subjects: "X and W offered a truce") leave the
    judgement aimed at no one. A bare "it" or "this" standing for no actor takes up the act just told the same way
    ("X shelled the port on Friday. Y condemned it", "X annulled the vote, and Y denounced this": X;
    ``_act_pronoun``)."""
    authoring = ctx.lex.authoring_verbs | ctx.lex.enacting_verbs | ctx.lex.ruling_verbs
    resolver = None
    for h in hits:
        if h.type not in ("ACCUSE", "REJECT", "SUPPORT") or h.target is not None or h.source is None or h.negated:
            continue
        verb = h.trigger
        noun = next((c for c in _judged_objects(ctx, verb) if c.pos_ == "NOUN"
                     and _lemma(c) in ctx.lex.authored_act_nouns
                     and any(d.dep_ == "det" and d.lower_ in ctx.lex.definite_marks for d in c.children)
                     and not any(d.dep_ in ("poss", "compound", "acl", "relcl", "nmod", "prep", "amod", "appos")
                                 for d in c.children)), None) or _act_pronoun(ctx, verb)
        if noun is None:
            continue
        resolver = resolver or referents(verb.doc)
        own = resolver.actor(h.source.root)
        acts = {o.trigger.i: o for o in hits if o.source is not None and o is not h}
        proposed = "AGREE" in ctx.lex.answered_acts.get(_lemma(noun), ())
        authors: set[int] = set()
        start = _previous_sentence_start(verb.sent)
        # one sentence further back only the noun's own verb counts ("X offered a truce. Then W proposed talks. Y
        # rejected the offer": the offer may be X's, so W is not sure)
        earlier = _previous_sentence_start(verb.doc[start].sent) if start < verb.sent.start else start
        for t in verb.doc[earlier:verb.i]:
            if t.pos_ not in ("VERB", "AUX") or t.i not in acts and _lemma(t) not in authoring:
                continue
            if t.i < start and _lemma(t) != _lemma(noun):
                continue
            if not _narrated(t) and not (t.dep_ == "advcl" and t.head.i == verb.i):
                continue  # (the story's own clause, or the judgement's "after X did ...": not inside what one said)
            if quoted(t) or _negated(ctx, t) or _is_passive(ctx, t) or _in_question(ctx, t) or _reporting(ctx, t) and not (
                    _lemma(t) in authoring and any(c.dep_ in _OBJ for c in t.children)):
                continue  # (a verb of saying authors only what it takes as object: "announced a ban", not "said")
            act = acts.get(t.i)
            if act is not None and act.type == "THREATEN" or any(_modal(ctx, t)):
                continue  # (a threat or wish, "X wants to impose ...", "X would ...": nothing decided yet)
            if noun.pos_ != "NOUN" and act is not None and act.type in _SPOKEN_ACTS:
                continue  # ("X called the raid a crime and Y condemned it": "it" is the raid, not X's words)
            subj = _source(ctx, t)
            # every coordinated subject is an author ("X and W offered a truce", "X, W and V proposed talks"): the
            # act is theirs together, so no one of them alone is the target
            for m in [subj, *_conjuncts(ctx, subj.root, subj)] if subj is not None else []:
                a = resolver.actor(m.root)
                if a is not None and a != own:
                    authors.add(a)
            if act is not None and act.type in _RECIPROCAL and act.target is not None and not proposed:
                # (both sides of a meeting or pact made "the move"; one side makes "the offer", "the proposal")
                b = resolver.actor(act.target.root)
                if b is not None and b != own:
                    authors.add(b)
        if len(authors) == 1:
            author = _actor_span(ctx, next(iter(authors)), verb.i, verb.doc)
            if author is not None:
                h.target = author


_SPOKEN_ACTS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST"})  # (words said of an act, not the act)


def _act_pronoun(ctx: _Ctx, verb: Token) -> Token | None:
    """The bare "it" or "this" a verb of judgement takes as its object where it stands for no actor ("Y condemned
    it", "Y welcomed this": an act told before, whose author ``_judged_just_told`` finds); None for a pronoun that
    stands for an actor ("X attacked Y; Z condemned it" where "it" is a body), for one with a clause of its own ("Y
    called it a crime", "found it hard to ..."), and for "this" before a noun."""
    it = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("PRON", "DET")
               and c.lower_ in ("it", "this")), None)
    if it is None or ctx.mention_of(it) is not None or _mention(ctx, it) is not None:
        return None
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
        return None  # (a label or a small clause on it: "called it a coup", "made it clear")
    return it


def _dated(prep: Token) -> bool:
    """``prep`` only dates the noun it hangs on ("the coup in 2023", "the ruling on Friday"): its object is a date or
    time, which names no party of the act."""
    objs = _children(prep, "pobj")
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _verb_maker(ctx: _Ctx, noun: Token) -> Span | None:
    """The maker of the act noun ``noun`` takes up by the verb the noun is made from (plover.yaml made_by_verbs: "the
    Mission found that ... Y rejected the findings", "X announced a curfew ... Y criticised the announcement"): the
    subject of the latest clause before it, a few paragraphs back at most, whose verb is one of the noun's verbs, or
    its "by" agent when passive; None when that clause names no actor or is inside quotation marks or a question."""
    # (an entry "verb object" asks for the verb with that object: "seized power" makes a coup, "seized a town" none)
    verbs: dict[str, set[str | None]] = {}
    for entry in ctx.lex.made_by_verbs.get(_lemma(noun), frozenset()):
        verb, _, obj = entry.partition(" ")
        verbs.setdefault(verb, set()).add(obj or None)
    doc = noun.doc
    for t in reversed(doc[max(0, noun.sent.start - _TOLD_WINDOW):noun.i]):
        if t.pos_ not in ("VERB", "AUX") or quoted(t) or t.dep_ in ("amod", "acl"):
            continue
        # (the lemma as the lexicon repairs it: "staged", lemmatised "stag", is "stage")
        lem = _lemma(t) if _lemma(t) in verbs else ctx.lex.verb_key(t)
        if lem not in verbs or None not in verbs[lem] and not any(
                c.dep_ in _OBJ and _lemma(c) in verbs[lem] for c in t.children):
            continue
        if _in_question(ctx, t) or _negated(ctx, t) or any(_modal(ctx, t)) or any(
                c.dep_ == "aux" and c.lower_ == "to" or _condition_mark(ctx, c) for c in t.children):
            return None  # (a clause asked, denied, wished or set as a condition: "may annul the vote", "vowed to
            # annul it", "if X seizes power, Y will condemn the coup": no act made yet)
        if not _is_passive(ctx, t) and not _states_content(t):
            continue  # ("X found itself shut out", "found it hard to ...": no finding made)
        if _is_passive(ctx, t):
            agent = next((p for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                          for p in _children(c, "pobj")), None)
            return _mention(ctx, agent) if agent is not None else None
        return _source(ctx, t)
    return None


def _states_content(verb: Token) -> bool:
    """The active verb ``verb`` of finding or announcing states something: a clause of its own, with a tense or a
    "that" ("found that ...", "concluded X had ..."), or an object that is no pronoun ("announced a curfew"); not a
    bare small clause on a pronoun ("X found itself cut off", "found it hard to ..."), where nothing is found."""
    return any(c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        d.dep_ in ("mark", "aux", "auxpass") for d in c.children)) and not any(
        d.dep_ in ("nsubj", "nsubjpass") and d.pos_ == "PRON" and d.lower_.endswith(("self", "selves"))
        for d in c.children) for c in verb.children) or any(
        c.dep_ in _OBJ and c.pos_ != "PRON" for c in verb.children)


def _judged_before(ctx: _Ctx, verb: Token, measures: frozenset[str]) -> Token | None:
    """"Z condemned the ruling. W praised it.": a judgement whose object is "it" (standing for no actor) takes up the
    measure the sentence before (or its own, before the verb) judged last: the latest definite measure noun there that
    is the object of a verb of plover.yaml reactions."""
    it = next((c for c in verb.children if c.dep_ in _OBJ and c.lower_ in ("it", "this")), None)
    if it is None or ctx.mention_of(it) is not None:
        return None
    doc = verb.doc
    start = _previous_sentence_start(verb.sent)
    for t in reversed(doc[start:verb.i]):
        if t.dep_ in _OBJ and t.pos_ == "NOUN" and _lemma(t) in measures and _lemma(t.head) in ctx.lex.reactions \
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in t.children):
            return t
    return None


def _ruler(ctx: _Ctx, noun: Token) -> Span | None:
    """The author of the ruling or decision ``noun`` takes up (plover.yaml ruling_nouns): the owner an earlier mention
    of that noun names ("the court's ruling", "a Supreme Court ruling", "the ruling of the court"), else the subject of
    the latest clause before it, a few paragraphs back at most, whose verb rules or decides (ruling_verbs: "the court
    ruled that ...", "the council decided to ..."); None when neither names an actor. Clauses inside quotation marks
    are passed over."""
    doc = noun.doc
    lem = _lemma(noun)
    lemmas = token_lowers(doc)[1]
    for t in reversed(doc[max(0, noun.sent.start - _TOLD_WINDOW):noun.i]):
        if t.pos_ == "NOUN" and lemmas[t.i] == lem and not quoted(t):
            for c in t.children:
                if c.dep_ in ("poss", "compound"):
                    m = _mention(ctx, c, limit=3)
                    if m is not None:
                        return m
            m = _prep_target(ctx, t, _MADE_BY | {"of"})
            if m is not None:
                return m
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in ctx.lex.ruling_verbs and not _negated(ctx, t) \
                and not quoted(t) and not _is_passive(ctx, t):
            return _source(ctx, t)
    return None


def _enactor(ctx: _Ctx, noun: Token) -> Span | None:
    """The maker of the measure ``noun`` takes up: the latest verb before it (a few paragraphs back at most) of
    plover.yaml enacting_verbs with that noun as its object ("approved a law", "presented the cabinet with a
    plan", "a law was passed") or, for a vote noun (vote_nouns), any common-noun object; its subject, or its "by"
    agent when passive; None when that clause names no actor. Clauses inside quotation marks are passed over."""
    doc = noun.doc
    lem = _lemma(noun)
    for t in reversed(doc[:noun.sent.start]):
        if t.pos_ not in ("VERB", "AUX") or _lemma(t) not in ctx.lex.enacting_verbs or _negated(ctx, t):
            continue
        passive = _is_passive(ctx, t)
        objs = _children(t, "nsubjpass") if passive else _children(t, *_OBJ) + [
            p for prep in _children(t, "prep") if prep.lower_ == "with" for p in _children(prep, "pobj")]
        objs = [o for o in objs if o.pos_ == "NOUN"]  # (a measure, not a person: "voted ... Qassem" misparsed)
        if not objs or lem not in ctx.lex.vote_nouns and not any(_lemma(o) == lem for o in objs) or quoted(t):
            continue  # (not inside someone's words: '"We passed the bill," X said')
        if passive:
            agent = next((p for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                          for p in _children(c, "pobj")), None)
            return _mention(ctx, agent) if agent is not None else None
        return _source(ctx, t)
    return None


def _derived_from(noun: Token, verb: Token) -> bool:
    """``noun`` is made from ``verb``'s own word ("designation" from "designated", "deployment" from "deployed",
    "ban" from "banned"): the noun's lemma opens with the verb's (less a final "e"), five letters at least unless
    they are the same word."""
    n, v = _lemma(noun), _lemma(verb)
    stem = v[:-1] if v.endswith("e") else v
    return n == v or len(stem) >= 5 and n.startswith(stem)


def _names_act(hit: EventHit, noun: Token) -> bool:
    """``noun`` names the act of ``hit`` by its own word: its trigger's lemma ("banned" ... "the ban") or its
    object's ("signed a pact" ... "the pact")."""
    lem = _lemma(noun)
    return _lemma(hit.trigger) == lem or any(c.dep_ in _OBJ and _lemma(c) == lem for c in hit.trigger.children)


def _narrated(tok: Token) -> bool:
    """``tok`` is the main verb of its sentence (or conjoined to it) outside quotation marks: an act the story
    tells itself, not one inside someone's words or a clause hung on another."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "ROOT" and not _after_label(tok):
        return False
    quotes = sum(1 for t in span_tokens(tok.sent) if t.i < tok.i and t.text in ('"', "“", "”"))
    return quotes % 2 == 0


def _after_label(verb: Token) -> bool:
    """``verb`` is the main verb of a clause set after a label and a colon that the parser made the sentence's root
    ("[12/03 09:15] UPDATE: X offered talks", "Note: X banned the rally"): the root is a noun or name before the colon
    and the clause, with a subject of its own, hangs on it after the colon; the clause is the story's own."""
    head = verb.head
    return verb.pos_ in ("VERB", "AUX") and head.dep_ == "ROOT" and head.i < verb.i and head.pos_ in (
        "NOUN", "PROPN", "X") and any(t.text == ":" for t in verb.doc[head.i + 1:verb.left_edge.i + 1]) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _drop_targetless_repeats(hits: list[EventHit]) -> list[EventHit]:
    """"X seized power and deposed Y": one coup, X -> Y, not also X -> nobody. An act without a target
    is dropped when the same source has an act of the same type with a target in the same sentence."""
    aimed = {(h.sentence.start, h.source.start, h.type, h.negated) for h in hits
             if h.source is not None and h.target is not None}
    return [h for h in hits if h.target is not None or h.source is None or h.type not in _ONE_BLOW
            or (h.sentence.start, h.source.start, h.type, h.negated) not in aimed]


# forceful acts told in two verbs of one blow ("seized power and deposed Y", "stormed the hall and
# detained Y"); requests and statements to several addressees stay apart ("urged supporters and
# appealed to Y")
_ONE_BLOW = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _deadline_act(ctx: _Ctx, tok: Token) -> _Act | None:
    """"gave X 48 hours to withdraw", "set X a deadline to leave": an ultimatum to X (THREATEN)."""
    objs = _children(tok, "dobj", "obj")
    datives = [c for c in _children(tok, "dative") if ctx.mention_of(c) is not None]
    if not objs or not datives:
        return None
    span_obj = objs[0]
    if _lemma(span_obj) not in ctx.lex.deadline_nouns and span_obj.ent_type_ not in ("DATE", "TIME"):
        return None
    if _lemma(span_obj) not in ("deadline", "ultimatum", "hour", "day") and not (
            _children(tok, "xcomp", "advcl") or _children(span_obj, "acl", "relcl")):
        return None  # "gave X ten years": a sentence; "gives X 48 hours" is an ultimatum even clipped
    return _Act("THREATEN", "verb", target_tok=datives[0], consumed=tuple(
        _children(tok, "xcomp", "advcl") + _children(span_obj, "acl", "relcl")))


def _label_act(ctx: _Ctx, tok: Token) -> _Act | None:
    """"called X traitors", "branded X a terrorist group", "qualified X as illegal": a pejorative label
    is an accusation of X, or the rejection of X when X is a proposal ("called the demand unacceptable")."""
    lex = ctx.lex
    # (a name read as the predicate before a quoted label: 'called X "a mercenary"')
    objs = _children(tok, "dobj", "obj") or [c for c in _children(tok, "oprd") if _quoted_label(tok, c)]
    # ("called the dissolution unconstitutional" parsed as one phrase: the act noun and its label apart again)
    misread = _act_under_label(ctx, tok)
    if misread is not None:
        objs = [misread]
    # a label on the act the clause before told, set off by a comma: "X expelled Y's envoys, a move Z called illegal"
    # (a relative clause on a noun summing that clause up), "X stripped Y of its licence, which Z called vindictive"
    # (a "which" on the whole clause): a verdict on that act, aimed at its doer (``_summed_clause``, ``_which_clause``)
    # and at no one when none is found (``_unaimed_wrongs``)
    summed = not objs and _summed_clause(ctx, tok) is not None
    if summed:
        objs = [tok.head]
    # "branded X's decision illegal": the object and its label read as a verbless clause of their own
    small = [(c, subj) for c in _children(tok, "ccomp") if not objs and not summed
             and (subj := _small_clause_subject(tok, c)) is not None]
    if small:
        objs = [small[0][1]]
    fused = _fused_label(ctx, tok, objs)
    if fused is not None:
        return fused
    if not objs:
        return None
    obj = objs[0]
    told = summed or obj.tag_ == "WDT" and _which_clause(ctx, tok) is not None
    if told and _source(ctx, tok) is None:
        return None  # (a verdict no one known gives: "..., which locals called illegal")
    if obj.tag_ in ("WP", "WDT") and not told:
        return None  # "what it calls proxies": the speaker's word for a thing, not a label on an actor
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c in objs[1:]]
    preds += [p for prep in _children(tok, "prep") + _children(obj, "prep") if prep.lower_ == "as"
              for p in _children(prep, "pobj") or _children(prep, "amod")]  # ("as illegal": an adjective on "as")
    preds += [c for c, _ in small]
    preds += [misread.head] if misread is not None and misread.head not in preds else []
    # ("branded X's claims baseless": the label an adjective the parser made an adverb of the verb)
    preds += [c for c in tok.children if c.dep_ == "advmod" and c.pos_ == "ADJ" and c.i > obj.i]
    # 'called X's demands "unrealistic"': the quoted label read as an adjective after its noun
    preds += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
    for pred in preds:
        if any(c.dep_ == "neg" for c in pred.children):
            continue  # "called the decision not a surrender": the label denied, no verdict
        words = [t for t in pred.subtree if not small or t.i not in {x.i for x in obj.subtree}][:12]
        if any(_label_word(lex, t) for t in words):
            if told and not (summed and not _wrong_label(ctx, tok, words)
                             and ctx.lex.answered_acts.get(_lemma(obj), frozenset()) & {"REQUEST", "AGREE"}):
                # (a demand or offer so labelled is refused: "X demanded talks, a demand Z called absurd")
                ctx.act_cache[("wrong_label", tok.i)] = True
                return _Act("ACCUSE", "verb", target_tok=obj)
            if misread is not None and (owner := _label_owner(ctx, misread)) is not None:
                # ("called Y's budget reckless", the owner on the label: Y's, refused or charged)
                if _lemma(obj) in lex.proposal_nouns and not _wrong_label(ctx, tok, words):
                    return _Act("REJECT", "verb", obj=obj, target_tok=owner)
                return _Act("ACCUSE", "verb", target_tok=owner)
            return _pejorative_act(ctx, obj, _wrong_label(ctx, tok, words), words)
    if told:
        return None
    quoted = _quoted_label(tok, obj)
    if quoted and quoted[0].dep_ == "neg":
        return None  # 'called X "not a terrorist state"': the quoted label denied
    if any(_label_word(lex, t) for t in quoted):
        return _pejorative_act(ctx, obj, _wrong_label(ctx, tok, quoted), quoted)
    if quoted and _lemma(tok) in lex.scare_quoting and ctx.mention_of(obj) is not None \
            and any(t.pos_ in ("NOUN", "ADJ") for t in quoted) \
            and not any(_in_words(lex.commendations, t) for t in quoted) and not _descriptive_label(lex, tok, quoted):
        # 'called X "a thief"': a scare-quoted verdict on an actor is the speaker's charge (not praise: "brave")
        return _Act("ACCUSE", "verb", target_tok=obj)
    return None


def _act_under_label(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a verb of labelling (plover.yaml labelling) puts its label on, where the parser made the noun a
    modifier of the label and the label the verb's object or predicate, the label taking the phrase's article or
    owner: "called the dissolution unconstitutional", "branded the annulment illegitimate", "called X's budget
    reckless", "called the vote political persecution" (the noun an adjective or compound of the label). Only a
    label word (pejoratives, wrong_labels, not denied) with a common noun before it, nothing but the label's own
    adjectives between (or a noun of an act the tagger made an adjective or a name: an event noun,
    or one of judged_acts, made_by_verbs, enacted_nouns, ruling_nouns, proposal_nouns), after a definite article
    or an owner; not a noun naming an actor ("called the army terrorists" is read as it is); None else."""
    lex = ctx.lex
    if lex.verb_key(verb) not in lex.labelling:
        return None
    acts = lex.act_nouns
    for label in _children(verb, "dobj", "obj", "oprd"):
        if not _label_word(lex, label) or any(c.dep_ == "neg" for c in label.children):
            continue
        noun = next((c for c in label.children if c.dep_ in ("amod", "compound", "nmod") and c.i < label.i
                     and all(t.dep_ == "amod" and t.pos_ == "ADJ" and t.head == label and not _label_word(lex, t)
                             for t in c.doc[c.i + 1:label.i])  # ("the vote political persecution")
                     and (c.pos_ == "NOUN" or c.pos_ in ("ADJ", "PROPN") and (_lemma(c) in acts or c.lower_ in acts))
                     and ctx.mention_of(c) is None and not _label_word(lex, c)), None)
        if noun is None or noun.i == 0:
            continue
        before = noun.doc[noun.i - 1]
        if before.dep_ == "det" and before.head == label and before.lower_ in lex.definite_marks \
                or _label_owner(ctx, noun) is not None:
            return noun
    return None


def _label_owner(ctx: _Ctx, noun: Token) -> Token | None:
    """The owner of a noun the parser made a modifier of its label (``_act_under_label``), hung on the label or on the
    noun: "called Y's budget reckless", "called Y's trade policy reckless" (Y); None when neither names one, or when
    the owner is the one the act is done to ("called Y's arrest illegal": plover.yaml of_target_nouns)."""
    if _possessor_undergoes(ctx, noun):
        return None
    return next((d for d in list(noun.head.children) + list(noun.children) if d.dep_ == "poss" and d.i < noun.i
                 and ctx.mention_of(d) is not None), None)


def _fused_label(ctx: _Ctx, verb: Token, objs: list[Token]) -> _Act | None:
    """A label noun the parser fused with the act noun it labels into one phrase, the act a modifier of the label:
    "called Y's sanctions interference" (the label the object, "sanctions" its modifier and "Y's" its owner), "called
    the strikes murder", "called the sanctions meddling" (the label read as the verb's predicate): an accusation of
    the act's doer, the owner named on the phrase ("Y's"; with none named there the other readings stay). Only a
    label of plover.yaml wrong_labels or pejoratives whose modifier before it is an event noun; not a label denied."""
    lex = ctx.lex
    for label in objs[:1] or _children(verb, "oprd"):
        if label.pos_ != "NOUN" or not _label_word(lex, label) or any(c.dep_ == "neg" for c in label.children):
            continue
        act = next((c for c in label.children if c.dep_ in ("compound", "nmod") and c.i < label.i
                    and c.pos_ == "NOUN" and _noun_type(ctx, c) is not None), None)
        if act is None:
            continue
        owner = next((c for c in label.children if c.dep_ == "poss" and ctx.mention_of(c) is not None), None)
        if owner is not None:
            return _Act("ACCUSE", "verb", target_tok=owner)
    return None


def _descriptive_label(lex: EventLexicon, verb: Token, label: list[Token]) -> bool:
    """The quoted ``label`` that ``verb`` gives only describes its bearer's role, standing or tie: its head (its last
    noun or adjective) is one of plover.yaml description_labels ('called X a "candidate"', 'called Y a "strategic
    ally"'); not a label whose quotation marks take in a phrase after the head ('called X "a candidate of foreign
    lobbies"': whose tool X is, the speaker's verdict), nor one a verb of branding_verbs gives ('branded X a
    "candidate"')."""
    if _lemma(verb) in lex.branding_verbs or any(t.pos_ == "ADP" for t in label):
        return False
    heads = [t for t in label if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    return bool(heads) and _in_words(lex.description_labels, heads[-1])


def _wrong_label(ctx: _Ctx, verb: Token, words: list[Token]) -> bool:
    """The label ``words`` that ``verb`` gives name an act a wrong (plover.yaml wrong_labels); one that holds no
    other pejorative is noted on the verb, so that its charge, left aimed at no one, is dropped (``_unaimed_wrongs``)."""
    wrong = any(_label_word(ctx.lex, t, wrong=True) for t in words)
    if wrong and not any(_in_words(ctx.lex.pejoratives, t) for t in words):
        ctx.act_cache[("wrong_label", verb.i)] = True
    return wrong


def _unaimed_wrongs(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """The hits less the charges of a wrong label (``_wrong_label``) that found no one to aim at: "called the decision a
    sin", "described the move as unilateral" with no maker of the decision or move known charges no one."""
    return [h for h in hits if not (h.type == "ACCUSE" and h.target is None
                                    and ctx.act_cache.get(("wrong_label", h.trigger.i)))]


def _label_word(lex: EventLexicon, t: Token, wrong: bool = False) -> bool:
    """``t`` is a label word: one of plover.yaml wrong_labels (an act named as a wrong), or with ``wrong`` False also
    one of pejoratives."""
    return _in_words(lex.wrong_labels, t) or not wrong and _in_words(lex.pejoratives, t)


def _in_words(words: frozenset[str], t: Token) -> bool:
    """``t``'s lemma or its lower-case form is one of ``words``."""
    return _lemma(t) in words or t.lower_ in words


def _pejorative_act(ctx: _Ctx, obj: Token, wrong: bool = False, label: list[Token] | None = None) -> _Act:
    """The act of a pejorative label on ``obj``: the rejection of a proposal ("called the demand unacceptable"),
    else an accusation of the one labelled, or of the one whose act is labelled ("called the Ruritanian
    offensive madness": Ruritania), or of the one the ``label`` itself names as the doer ("called the blasts a
    criminal Ruritanian aggression": ``_label_doer``); ``wrong``: the label names the act a wrong (plover.yaml
    wrong_labels: "called the deal a surrender"), a charge even against a proposal's or decision's maker."""
    if ctx.mention_of(obj) is None and _lemma(obj) in ctx.lex.proposal_nouns and not wrong:
        return _Act("REJECT", "verb", obj=obj)
    agent = _act_agent(ctx, obj) if ctx.mention_of(obj) is None else None
    if agent is None and ctx.mention_of(obj) is None and label:
        agent = _label_doer(ctx, label)
    return _Act("ACCUSE", "verb", target_tok=agent if agent is not None else obj)


def _label_doer(ctx: _Ctx, label: list[Token]) -> Token | None:
    """The actor a pejorative label names on its own head as the one who did the labelled act, by an adjective, a
    compound or a possessive: "called the explosions 'a criminal Ruritanian aggression'", "described the raids as
    Ruritania's terrorism" (Ruritania); not an actor inside a phrase of the label ("a crime against the Velnian
    people", "a surrender to Ruritania": the victim or the one given in to)."""
    words = {t.i for t in label}
    heads = [t for t in label if t.pos_ in ("NOUN", "PROPN") and t.head.i not in words or t.head is t]
    # ("an act of Ruritanian aggression": the label word in the "of" phrase of the head)
    heads += [p for h in heads for prep in _children(h, "prep") if prep.lower_ == "of"
              for p in _children(prep, "pobj") if p.i in words and _label_word(ctx.lex, p)]
    for head in heads:
        for c in head.children:
            if c.i in words and c.i < head.i and c.dep_ in ("amod", "compound", "poss", "nmod") \
                    and ctx.mention_of(c) is not None:
                return c
    return None


def _act_agent(ctx: _Ctx, noun: Token) -> Token | None:
    """The token naming who did the act an event noun tells, in the noun's own phrase: "Y's offensive", "the
    Ruritanian strike", "the arrest by Y" (not "X's arrest", which names the one arrested); None for any other
    noun or when the phrase names no actor."""
    lem = _lemma(noun)
    if noun.pos_ != "NOUN" or lem not in ctx.lex.nouns and lem not in ctx.lex.of_target_nouns:
        return None
    for c in noun.children:
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            for p in _children(c, "pobj"):
                if ctx.mention_of(p) is not None:
                    return p
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod", "poss") and ctx.mention_of(c) is not None:
            if c.dep_ == "poss" and lem in ctx.lex.of_target_nouns:
                return None
            return c
    return None


def _quoted_label(verb: Token, obj: Token) -> list[Token]:
    """The words of a label in quotation marks right after the labelled object ("called X 'a thief'",
    "described the vote as 'a farce'", 'called X a "coward"': the article before the quotation marks), read on the
    tokens (the parse of quoted words varies); [] if none."""
    doc = verb.doc
    # (the label may be parsed as the object's apposition: the object ends before it)
    i = max([obj.i] + [c.right_edge.i for c in obj.children if c.i > obj.i and c.dep_ not in ("appos", "punct")]) + 1
    if i < len(doc) and doc[i].lower_ == "as":
        i += 1
    if i + 1 < len(doc) and doc[i].tag_ == "DT" and doc[i].dep_ == "det" and doc[i + 1].text in OPEN_QUOTES:
        i += 1  # ('called X a "drug addict"': the article left outside the quotation marks)
    if i >= len(doc) or doc[i].text not in OPEN_QUOTES or doc[i].sent != verb.sent:
        return []
    words: list[Token] = []
    for t in doc[i + 1:i + 16]:
        if t.text in CLOSE_QUOTES:
            return words
        words.append(t)
    return []


def _reported_label_act(ctx: _Ctx, tok: Token) -> _Act | None:
    """"X said Y was a puppet of Z", "X says the vote is illegitimate": a pejorative predicate (plover.yaml
    pejoratives) on an actor, in the clause a report verb tells, is X's accusation of Y, as "called Y a
    puppet" is (not "said Y was not a puppet", nor a label on a thing: "said the plan was illegal"); on an act
    whose phrase names who did it ("said Y's offensive was an aggression", "the arrest by Y was revenge") it
    accuses that one."""
    if _negated(ctx, tok) or _source(ctx, tok) is None:
        return None  # (a label no one known is told to have given: "let it be known that ...")
    for clause in _children(tok, "ccomp"):
        subj = _first(clause, "nsubj")
        if _lemma(clause) != "be" or subj is None or _negated(ctx, clause):
            continue
        # "said the Ruritanian offensive was an aggression": the verdict falls on the one who acted
        labelled = subj if ctx.mention_of(subj) is not None else _act_agent(ctx, subj)
        if labelled is None:
            continue
        for pred in _children(clause, "attr", "acomp"):
            words = list(pred.subtree)[:12]
            if any(_label_word(ctx.lex, t) for t in words):
                _wrong_label(ctx, tok, words)
                return _Act("ACCUSE", "verb", target_tok=labelled)
    return None


def _reacted_to(ctx: _Ctx, noun: Token) -> bool:
    """An event noun that is the object of a reaction to it ("welcomed the deployment of Norwegian troops to X",
    "condemned the Norwegian incursion into X"), or the subject of the reaction in the passive ("the detention of X by
    Y was condemned by ..."): the act reacted to has happened."""
    verb = noun.head
    return noun.dep_ in (*_OBJ, "nsubjpass") and verb.pos_ == "VERB" and _vl(ctx, verb) in ctx.lex.reactions \
        and not _negated(ctx, verb) and _modal(ctx, verb) == (False, False)


def _stated_noun(ctx: _Ctx, noun: Token) -> bool:
    """An event noun that states its agent ("responded to a raid by X on Y") reports an act that
    happened, even inside the complement of another act; "called for a withdrawal by X" does not."""
    if noun.dep_ != "pobj" or noun.head.lemma_ in ("for", "of") or ctx.lex.frames.get(_lemma(noun.head.head)) in \
            _UNMET_FRAMES:
        return False
    return _prep_target(ctx, noun, frozenset({"by"})) is not None


def _members(ctx: _Ctx, tok: Token) -> list[Span]:
    """Actors listed in the phrase or clause of ``tok``: "met party leaders, including A and B",
    "parties such as A" (the list may hang on the verb or on a place: the parse varies)."""
    out: list[Span] = []
    preps: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "prep":
                preps.append(c)
            if c.dep_ in ("prep", "pobj", "dobj", "npadvmod"):
                stack.append(c)
    for prep in preps:
        if prep.lower_ in ("including", "like") or (prep.lower_ == "as" and prep.i > 0
                                                     and prep.doc[prep.i - 1].lower_ == "such"):
            for p in _children(prep, "pobj"):
                m = _mention(ctx, p, limit=3)
                if m is not None:
                    out.append(m)
                out.extend(_conjuncts(ctx, p))
    return out


def _conjuncts(ctx: _Ctx, tok: Token, skip: Span | None = None) -> list[Span]:
    """Mentions coordinated with the phrase of ``tok`` ("A and B", "A, B and C")."""
    t = tok
    for _ in range(2):  # from "Iraqi" in "Iraqi forces and Kurdish fighters" up to "forces"
        if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
    out: list[Span] = []
    # "Velnian and Ostrian ministers", "US and Iraqi forces": modifiers coordinated under the one head
    modifiers = [cc for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
                 for cc in c.children if cc.dep_ == "conj" and cc.i < t.i and cc.pos_ in ("ADJ", "PROPN")]
    stack = [t]
    at = t  # "with the President of X, ..., and with Y", "with the President, Z, and with Y": from the noun
    # the of-phrase or the apposition hangs on
    if at.dep_ == "appos" and at.head.dep_ == "pobj":
        at = at.head
    if at.dep_ == "pobj" and at.head.lower_ == "of" and at.head.head.dep_ == "pobj":
        at = at.head.head
    if at.dep_ == "pobj" and at.head.dep_ in ("prep", "agent"):  # "with X and with Y", "(signed) by X and by Y"
        prep = at.head
        # (", and with Y" may hang on the noun or verb the first "with" hangs on: the same preposition)
        ups = [prep.head] + ([prep.head.head] if prep.head.dep_ in _OBJ else [])
        stack += [p for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for p in _children(c, "pobj")]
        stack += [p for u in ups for c in u.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > at.i
                  and c.lower_ == prep.lower_ for p in _children(c, "pobj")]
        for p in stack[1:]:
            m = _mention(ctx, p, limit=3)
            if m is not None and m != skip and m not in out:
                out.append(m)
    for c in modifiers:
        m = _mention(ctx, c, limit=3)
        if m is not None and m != skip and m not in out and not (skip is not None and m.start == skip.start):
            out.append(m)
    for c in _listed_appositions(ctx, t):
        # "the minister, X, Y's envoy Z and W": the list hangs on the name set off after the noun; "X, Y and Z"
        # read as X with Y in apposition: Y is the list's second member
        stack.append(c)
        m = ctx.mention_of(c)
        if c.pos_ == "PROPN" and m is not None and m != skip and m not in out \
                and _actor_index(ctx, m) != _actor_index(ctx, ctx.mention_of(t)) \
                and not (skip is not None and m.start == skip.start):
            out.append(m)
    seen = {x.i for x in stack}
    while stack and len(out) < _MAX_CONJUNCTS:
        cur = stack.pop(0)
        for c in cur.children:
            if c.dep_ == "conj" and c.i not in seen and c.pos_ in ("NOUN", "PROPN", "PRON"):
                seen.add(c.i)
                stack.append(c)
                m = _mention(ctx, c, limit=3)
                if m is not None and m != skip and m not in out and not (skip is not None and m.start == skip.start):
                    out.append(m)
    return out


def _listed_appositions(ctx: _Ctx, tok: Token) -> list[Token]:
    """The names set off after ``tok`` that open a list of names: a chain of appositions (names, each set off after
    the one before) with a name or noun conjoined to one of them, "the foreign minister, X, Y and Z", "Xia's minister
    A, Yia's B and the envoy C" or "X, Y and Z" (the parser reading Y as X's apposition), where the list's other
    members hang on the chain and not on ``tok``; none where the list hangs on ``tok`` itself."""
    if any(c.dep_ == "conj" for c in tok.children):
        return []
    chain: list[Token] = []
    cur = tok
    for _ in range(3):
        cur = next((c for c in cur.children if c.dep_ == "appos" and c.i > cur.i and c.pos_ == "PROPN"
                    and ctx.mention_of(c) is not None), None)
        if cur is None:
            break
        chain.append(cur)
    if not any(d.dep_ == "conj" and d.pos_ in ("PROPN", "NOUN") and d.i > c.i for c in chain for d in c.children):
        return []
    return chain


def _of_parties(ctx: _Ctx, subj: Token, skip: Span) -> list[Span]:
    """The other actors a subject noun names in repeated of-phrases: "envoys of A and of B", "delegations of A,
    led by X, and of B, led by Y" (the second "of" parsed beside the first, or as a conjunct further down)."""
    if subj.pos_ != "NOUN" or ctx.mention_of(subj) is not None and ctx.mention_of(subj) != skip:
        return []
    out: list[Span] = []
    for w in subj.subtree:
        if w.lower_ in ("of", "from") and w.pos_ == "ADP" and (w.head.i == subj.i or w.dep_ == "conj"):
            for p in _children(w, "pobj"):
                m = _mention(ctx, p, limit=3)
                if m is not None and m != skip and m.start != skip.start and m not in out:
                    out.append(m)
    return out


def _signs_a_pact(ctx: _Ctx, tok: Token) -> bool:
    """A signing (plover.yaml signing_verbs) of a pact between parties (pact_nouns): "signed a border treaty", "the
    treaty was signed by A and B" (the pact the passive's subject); so a statement the signers make together (a
    statement noun, plover.yaml statement_nouns, with a word of relations.yaml joint_words: "signed a joint
    declaration", "a common communique"), not one a signer merely endorses ("signed the declaration")."""
    slots = (*_OBJ, "nsubjpass") if _is_passive(ctx, tok) else _OBJ
    joint = cues().joint_words
    return _lemma(tok) in ctx.lex.signing_verbs and any(
        c.dep_ in slots and (_lemma(c) in ctx.lex.pact_nouns or c.lower_ in ctx.lex.pact_nouns
                             or _lemma(c) in ctx.lex.statement_nouns
                             and any(a.dep_ == "amod" and a.lower_ in joint for a in c.children))
        for c in tok.children)


def _plural_members(ctx: _Ctx, tok: Token | None, m: Span | None) -> list[Span]:
    """"Karvel and Ostravia signed a treaty. They later accused Dremia ...", "A met B and C, and they agreed
    ...": a plural pronoun ("they", "them"; plover.yaml plural_pronouns) whose antecedent ``m`` is one member
    of a coordination stands for all its members: the others of that coordination (in the antecedent's own
    sentence, wherever that is), besides ``m``."""
    if tok is None or m is None or tok.lower_ not in ctx.lex.plural_pronouns:
        return []
    head = m.root
    for _ in range(2):  # from "Iraqi" in "Iraqi forces and Kurdish fighters" up to "forces"
        if head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head  # (the antecedent found may be a later member: "A and B": from B up to A)
    if head.dep_ not in _SUBJ:
        return []  # (a subject's coordination only: "X accused A and B of ... and said they ..." names others)
    first = _mention(ctx, head, limit=3)
    out = [first] if first is not None and first.start != m.start else []
    return out + [x for x in _conjuncts(ctx, head, m) if x not in out and x.start != m.start]


def _plural_pronoun_for(ctx: _Ctx, sent: Span, m: Span | None) -> Token | None:
    """The plural pronoun of ``sent`` (plover.yaml plural_pronouns) that stands for the mention ``m``, if any."""
    if m is None:
        return None
    doc, lows = sent.doc, token_lowers(sent.doc)[0]  # (a Token made only for a plural pronoun)
    return next((doc[i] for i in range(sent.start, sent.end) if lows[i] in ctx.lex.plural_pronouns
                 and not m.start <= i < m.end and ctx.mention_of(doc[i]) is not None
                 and ctx.mention_of(doc[i]).start == m.start), None)


def _compound_head(tok: Token) -> Token:
    """The noun a chain of compound modifiers ends in: "the X port dispute" -> "dispute"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated_hits(ctx: _Ctx, hit: EventHit) -> list[EventHit]:
    """One hit per coordinated source and target: "A and B both withdrew" is two withdrawals."""
    sources = [hit.source]
    targets = [hit.target]
    sent = hit.sentence

    def here(m: Span) -> bool:  # a pronoun's antecedent in an earlier sentence brings no coordination along
        return sent.start <= m.start < sent.end

    if hit.source is not None and here(hit.source):
        sources += [m for m in _conjuncts(ctx, hit.source.root, hit.source) if m != hit.target]
    if hit.target is not None and here(hit.target):
        targets += [m for m in _conjuncts(ctx, hit.target.root, hit.target) if m != hit.source]
    for side, other, found in ((hit.source, hit.target, sources), (hit.target, hit.source, targets)):
        pron = _plural_pronoun_for(ctx, sent, side)
        found += [m for m in _plural_members(ctx, pron, side) if m != other and m not in found
                  and (other is None or m.start != other.start)]
    if len(sources) == 1 and len(targets) == 1:
        if not hit.negated and (_denied_member(ctx, hit.source) or _denied_member(ctx, hit.target)):
            return [EventHit(hit.type, hit.source, hit.target, True, hit.sentence, hit.trigger, hit.confidence,
                             hit.date_text, hit.present)]
        return [hit]
    noun = _compound_head(hit.target.root) if hit.target is not None and here(hit.target) \
        and hit.target.root.dep_ == "compound" and hit.target.root.head.i >= hit.target.end else None
    if noun is not None and hit.type in _RECIPROCAL and len(sources) > 1 and len(targets) == 1 \
            and noun.head.i != hit.trigger.i and not (noun.dep_ == "pobj" and noun.head.head.i == hit.trigger.i):
        # "A and B agreed to settle the X border dispute": a name that only modifies the noun of the complement's
        # object says what the joint act is about; the two sides act with each other (not the act's own object:
        # "signed the X deal", "agreed to the X proposal")
        sides = sources[:_MAX_CONJUNCTS]
        return [EventHit(hit.type, a, b, hit.negated, hit.sentence, hit.trigger, hit.confidence, hit.date_text,
                         hit.present) for i, a in enumerate(sides) for b in sides[i + 1:] if a is not None and b is not None]
    out = []
    for s in sources[:_MAX_CONJUNCTS]:
        for t in targets[:_MAX_CONJUNCTS]:
            if s is not None and t is not None and s == t:
                continue
            denied = hit.negated or _denied_member(ctx, s) or _denied_member(ctx, t)
            out.append(EventHit(hit.type, s, t, denied, hit.sentence, hit.trigger, hit.confidence,
                                hit.date_text, hit.present))
    return out


def _denied_member(ctx: _Ctx, m: Span | None) -> bool:
    """The name is set off by a "not" of its own among coordinated names: "met A but not B", "A, and not B,
    signed" (B is denied), "attacked not A but B" (A). Not "not only A but B", "not least A" (plover.yaml
    additive_after_not), nor a "not" the parser hangs after the name ("attacked A, not B": on A)."""
    if m is None:
        return False
    for c in m.root.children:
        if c.dep_ == "neg" and c.i < m.start and c.lower_ in ctx.lex.negations:
            after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            return after is None or after.lower_ not in ctx.lex.additive_after_not
    return False


_COMMUNICATIVE = frozenset({"PROTEST", "REQUEST", "ACCUSE"})
_BASE = {"modal": 0.75, "phrase": 0.8, "frame": 0.8, "halt": 0.8, "verb": 0.7, "light": 0.72, "weak": 0.45, "noun": 0.3}


def _own_plan(ctx: _Ctx, tok: Token) -> bool:
    """A reported "could"/"may" act is the speaker's own plan: "the militia said it could strike", "X said
    X's forces might withdraw"; not when the speaker talks about another ("analysts say X may attack")."""
    rep = _reporter(ctx, tok)
    if rep is None:
        return False
    subj = _source_token(ctx, tok)
    if subj is None or subj.pos_ == "PRON":
        return True
    speaker = _mention(ctx, _first(rep, *_SUBJ))
    actor = _mention(ctx, subj)
    return speaker is not None and actor is not None and (speaker.text == actor.text or speaker.start == actor.start)


def _onlooker_forecast(ctx: _Ctx, tok: Token) -> bool:
    """A planned act (a modal's) in what onlookers say or warn (plover.yaml modals.onlookers, the speaker a plain noun
    naming no actor): "analysts say X would cut aid to Y if the vote slips", "Western diplomats said X will veto the
    motion", "observers warned that X would send troops": their forecast, no plan or threat of X's; not "X's envoy
    said X would retaliate", nor "a X official said ..." (a named side speaks)."""
    t, verb = tok, None
    for _ in range(6):
        if t.dep_ not in ("ccomp", "parataxis", "conj", "xcomp") or t.head is t:
            break
        t = t.head
        if ctx.lex.frames.get(_vl(ctx, t)) in ("report", "threat"):
            verb = t
            break
    if verb is None:
        return False
    # (the parser may give the verb two subjects, "talks stalled, and analysts say ...": the nearest before it;
    # a capitalised "Diplomats" opening the sentence may be tagged a name)
    speaker = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or not {_lemma(speaker), speaker.lower_.rstrip(
            "s")} & ctx.lex.onlookers:
        return False
    return _mention(ctx, speaker) is None


def _owned_passive_act(ctx: _Ctx, tok: Token, act: _Act) -> tuple[Span, Span] | None:
    """The doer and the one acted upon that an act noun names itself when it is the subject of a passive light verb:
    "X's expulsion of Y's envoy was announced", "X's loan to Y was approved" (X acts on Y, whoever announced or
    approved it); None when the noun names no possessor and target."""
    obj = act.obj
    if act.kind not in ("light", "phrase") or obj is None or obj.dep_ != "nsubjpass" or obj.head.i != tok.i \
            or obj.pos_ != "NOUN":
        return None
    poss = _first(obj, "poss")
    source = _mention(ctx, poss, limit=3) if poss is not None and poss.pos_ != "PRON" else None
    if source is None:
        return None
    if _lemma(obj) in ctx.lex.of_target_nouns:
        target = _prep_target(ctx, obj, frozenset({"of"}))
    else:
        target = _prep_target(ctx, obj, ctx.lex.target_preps.get(act.type, frozenset()) - {"between", "of"})
    if target is None or target == source or target.start == source.start:
        return None
    return source, target


def _make_hits(ctx: _Ctx, tok: Token, act: _Act, agent_clause: Token | None = None) -> list[EventHit]:
    hit = _make_hit(ctx, tok, act, agent_clause)
    if hit is None:
        return []
    owned = _owned_passive_act(ctx, tok, act)
    if owned is not None:
        hit.source, hit.target = owned
    hits = _coordinated_hits(ctx, hit)
    if act.kind == "frame" and act.inner is not None and act.inner.pos_ == "VERB" \
            and _vl(ctx, tok) in ctx.lex.denials and not hit.negated:
        # "X denied arming the group": besides the denial, the act denied, as one that did not happen
        inner = _act_of(ctx, act.inner)
        denied = _make_hit(ctx, act.inner, inner) if inner is not None else None
        if denied is not None and not denied.negated and denied.source is not None:
            denied.negated = True
            hits += _coordinated_hits(ctx, denied)
    for m in _co_agents(ctx, tok):  # "X hosted the talks jointly with Y": Y hosts them too
        if all(h.source != m for h in hits) and m != hit.target:
            hits += _coordinated_hits(ctx, EventHit(hit.type, m, hit.target, hit.negated, hit.sentence, hit.trigger,
                                                    hit.confidence, hit.date_text, hit.present))
    if hit.target is not None and _first(tok, *_OBJ) is not None:
        for m in _objects_in_place(ctx, tok):  # "met X in the capital and Y in Z": Y too
            if all(h.target != m for h in hits) and m != hit.source:
                hits.append(EventHit(hit.type, hit.source, m, hit.negated, hit.sentence, hit.trigger, hit.confidence,
                                     hit.date_text, hit.present))
    third = next((p for c in _children(tok, "prep") for p in [_third_party(ctx, c)] if p is not None), None)
    mediator = _mention(ctx, third) if third is not None and hit.type == "CONSULT" else None
    if mediator is not None:
        # "A and B met in Geneva with X as mediator", "A met B with X as mediator": A meets B, and X consults each
        # side (not A and B meeting X)
        sides: list[Span] = []
        obj = _mention(ctx, _first(tok, *_OBJ))
        found = [x for h in hits for x in (h.source, h.target)] + [obj]
        found += [c for m in list(found) if m is not None for c in _conjuncts(ctx, m.root, m)]
        for m in found:
            if m is not None and m.start != mediator.start and all(m.start != s.start for s in sides):
                sides.append(m)
        if sides:
            hits = [EventHit("CONSULT", mediator, s, hit.negated, hit.sentence, hit.trigger, hit.confidence,
                             hit.date_text, hit.present) for s in sides]
            if len(sides) > 1:
                hits.append(EventHit("CONSULT", sides[0], sides[1], hit.negated, hit.sentence, hit.trigger,
                                     hit.confidence, hit.date_text, hit.present))
    if mediator is None:
        hits += _hosted_sides(ctx, tok, act, hits)
    mutual = _mutual(ctx, tok)
    if hit.source is None and hit.target is None and mutual:
        pair = _sides(ctx, tok)
        if pair is not None:  # "after each side accused the other": the two sides the sentence names
            hit.source, hit.target = pair
    if hit.type not in _RECIPROCAL and mutual:
        # "A and B accused each other": A accuses B and B accuses A (a meeting or a deal is one act)
        hits += [EventHit(h.type, h.target, h.source, h.negated, h.sentence, h.trigger, h.confidence, h.date_text,
                          h.present) for h in list(hits) if h.source is not None and h.target is not None]
    return hits


def _hosted_sides(ctx: _Ctx, tok: Token, act: _Act, hits: list[EventHit]) -> list[EventHit]:
    """The talks of the two sides a host or mediator brings together: "X hosted talks between A and B", "X
    mediated negotiations between A and B" (A meets B, besides X consulting each side)."""
    if not in_any(_vl(ctx, tok), ctx.lex.hosting, ctx.lex.mediating) or not hits or hits[0].type != "CONSULT":
        return []
    obj = act.obj if act.obj is not None else _first(tok, "dobj")
    if obj is None or _noun_type(ctx, _partitive_whole(ctx, obj)) != "CONSULT":
        return []
    if any(c.lower_ in ctx.lex.apart_words for c in (*obj.children, *tok.children) if c.dep_ in ("amod", "advmod")):
        return []  # "hosted separate meetings with A and with B", "indirect talks": the two sides did not meet
    host = hits[0].source
    sides: list[Span] = []
    for h in hits:
        if h.source == host and h.target is not None and all(h.target.start != s.start for s in sides):
            sides.append(h.target)
    if len(sides) != 2:
        return []
    h = hits[0]
    return [EventHit("CONSULT", sides[0], sides[1], h.negated, h.sentence, h.trigger, h.confidence, h.date_text,
                     h.present)]


def _objects_in_place(ctx: _Ctx, verb: Token) -> list[Span]:
    """A second object misread as a conjunct of the first one's place: "met X in the capital and the leader, Y,
    in Z": Y (a person or a body, never another place: "in Paris and Berlin")."""
    resolver = referents(verb.doc)
    out: list[Span] = []
    for prep in _children(verb, "prep"):
        for p in _children(prep, "pobj") if prep.lower_ in ("in", "at") else []:
            for c in _children(p, "conj"):
                m = _mention(ctx, c, 4)
                a = resolver.actor(m.root) if m is not None else None
                if a is not None and resolver.kind(a) in ("person", "organization"):
                    out.append(m)
    return out


def _told_though_lasting(ctx: _Ctx, tok: Token, act: _Act, typ: str) -> bool:
    """An act of speech aimed at a named actor (plover.yaml polarity.told_when_lasting) is news even when told as
    lasting or as a description of the one who acts: "X has pressed Y for months to ...", "X has long accused Y of
    ...", "X, who has urged Y to ..., said"."""
    return typ in ctx.lex.told_when_lasting and not _is_passive(ctx, tok) and (
        _mention(ctx, _first(tok, "dobj")) is not None or _target(ctx, tok, act, typ) is not None)


def _own_part(ctx: _Ctx, whole: Span, part: Span) -> bool:
    """``part`` names a body of ``whole``'s own: its possessor is ``whole``'s actor ("X's army", "X's intelligence
    service"), or a tie the text states puts it under ``whole`` (part_of, member_of)."""
    resolver = referents(whole.root.doc)
    who, sub = resolver.actor(whole.root), resolver.actor(part.root)
    if who is None or sub is None or who == sub:
        return False
    if any(t.dep_ == "poss" and (m := _mention(ctx, t, 2)) is not None and resolver.actor(m.root) == who
           for t in part if t is not part.root):
        return True
    return any(r.source == sub and r.target == who and r.type in ("part_of", "member_of") for r in resolver.hits)


def _other_actor_s_clause(ctx: _Ctx, rel: Token) -> bool:
    """A relative clause that tells another actor's act on the noun ("employees, whose release the UN has
    demanded", "the town, which X has besieged") rather than describing the noun's own doings."""
    subj = _first(rel, "nsubj")
    # (the relative may be the object of the clause's complement: "X, whom Y has refused to recognise")
    words = [*rel.children, *(g for x in _children(rel, "xcomp") for g in x.children)]
    # (a personal pronoun for a known actor too: "Y, whom he accuses of fraud", "the party, which she blames", "the
    # front, which it accuses of ...": the pronoun never the noun itself, ``_object_relative_subject``)
    # (a charge answered with no relative word: "X accused Y of Z, a charge Y denies / Y has always rejected")
    charge = rel.head.pos_ == "NOUN" and _lemma(rel.head) in ctx.lex.charge_nouns and not any(
        c.dep_ in (*_OBJ, "mark") or c.lower_ in ("who", "which", "that", "whom", "whose") for c in rel.children)
    return subj is not None and subj.lower_ not in ("who", "which", "that") and (
        subj.pos_ != "PRON" and ctx.mention_of(subj) is not None
        or subj.lower_ in ("he", "she", "they", "it") and _mention(ctx, subj) is not None) and (charge or any(
            c.dep_ == "poss" and c.lower_ == "whose" or
            any(d.dep_ == "poss" and d.lower_ == "whose" for d in c.children) for c in words) or _relative_object_of(rel))


def _mediated_under(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """"A and B held talks under the mediation of X", "a truce under the auspices of X", "under Qatari mediation":
    X consults each side of the act (once per act); "Y was released after mediation by X": X consults the one who
    acted (no one named: X's mediation alone)."""
    out: list[EventHit] = []
    done: set[tuple[int, int]] = set()
    for h in hits:
        mutual = h.type in _RECIPROCAL and h.source is not None
        if h.negated or not mutual and h.trigger.pos_ not in ("VERB", "AUX"):
            continue
        holders = [h.trigger] + ([h.trigger.head] if h.trigger.dep_ in (*_SUBJ, *_OBJ) else []) + [
            o for o in h.trigger.children if o.dep_ in _OBJ] + [  # "held talks in Doha under ...": on the place
            p for prep in _children(h.trigger, "prep") for p in _children(prep, "pobj")]
        mediator = None
        for holder in holders if mutual else [h.trigger]:
            for prep in _children(holder, "prep"):
                told = mutual and prep.lower_ in ("under", "with", "through") or prep.lower_ in ctx.lex.prior_mediation_marks
                for noun in _children(prep, "pobj"):
                    if mutual and holder is h.trigger and (acl := _mediating_acl(ctx, noun)) is not None:
                        # "A met B in talks mediated by X", "... at a meeting hosted by X": X between the sides
                        mediator = _mention(ctx, _first(_first(acl, "agent"), "pobj")) or mediator
                    elif told and (_lemma(noun) in ctx.lex.mediation_nouns or noun.lower_ in ctx.lex.mediation_nouns):
                        mediator = _prep_target(ctx, noun, frozenset({"of", "by"})) or next(
                            (m for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                             for m in [_mention(ctx, c, limit=3)] if m is not None), None)
        if mediator is None:
            continue
        if not mutual:
            # "X was released after mediation by Y", "X withdrew following mediation by Y": Y's mediation came
            # first, with the one who acted (named or not)
            side = h.source if h.source is not None and h.source.start != mediator.start else None
            if (mediator.start, side.start if side is not None else -1) not in done:
                done.add((mediator.start, side.start if side is not None else -1))
                out.append(EventHit("CONSULT", mediator, side, False, h.sentence, h.trigger, h.confidence,
                                    h.date_text, h.present))
            continue
        for side in (h.source, h.target):
            if side is not None and side.start != mediator.start and (mediator.start, side.start) not in done:
                done.add((mediator.start, side.start))
                out.append(EventHit("CONSULT", mediator, side, False, h.sentence, h.trigger, h.confidence,
                                    h.date_text, h.present))
    return out


def _relative_mediators(ctx: _Ctx, hits: list[EventHit]) -> list[EventHit]:
    """"The deal was signed by A and B in the presence of X, who brokered the talks", "A met B with X, who mediated
    the negotiations, at his side": a relative clause telling that a third party brought about the talks (a
    mediating verb, plover.yaml mediating, on a definite object or none) in a sentence whose act is between two sides
    is that party's consultation with each side (the first side as the clause's own target, the other added)."""
    out: list[EventHit] = []
    for h in hits:
        verb = h.trigger
        if h.type != "CONSULT" or h.source is None or h.target is not None or h.negated \
                or verb.dep_ != "relcl" or _vl(ctx, verb) not in ctx.lex.mediating:
            continue
        named = ctx.mention_of(verb.head)
        if named is None or named.start != h.source.start:
            continue  # (the clause on the mediator's own name: not "a truce, which was brokered by X")
        obj = _first(verb, *_OBJ)
        if obj is not None and not any(d.dep_ == "det" and d.lower_ in ctx.lex.definite_marks for d in obj.children):
            continue  # ("X, who has mediated past prisoner releases": what X does, not these talks)
        sides = next(((o.source, o.target) for o in hits if o is not h and o.sentence.start == h.sentence.start
                      and o.type in _RECIPROCAL and o.source is not None and o.target is not None and not o.negated
                      and o.trigger.i < verb.i and o.trigger.i != verb.i and h.source.text not in (o.source.text, o.target.text)), None)
        if sides is None:
            continue
        h.target = sides[0]
        out.append(EventHit("CONSULT", h.source, sides[1], False, h.sentence, verb, h.confidence, h.date_text,
                            h.present))
    return out


def _sides(ctx: _Ctx, tok: Token) -> tuple[Span, Span] | None:
    """"each side accused the other", "both sides blamed each other": the two actors the sentence names
    "between X and Y" (or as a coordinated pair elsewhere in it), when the subject is such a side."""
    subj = _first(tok, "nsubj")
    while subj is None and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        subj = _first(tok, "nsubj")
    if subj is None or _lemma(subj) not in ("side", "party", "each", "camp") or ctx.mention_of(subj) is not None:
        return None
    for w in tok.sent:
        if w.dep_ == "prep" and w.lower_ == "between":
            for p in _children(w, "pobj"):
                first = _mention(ctx, p, limit=3)
                others = _conjuncts(ctx, p, first) if first is not None else []
                if first is not None and others:
                    return first, others[0]
    return None


def _joint_with(ctx: _Ctx, prep: Token) -> bool:
    """``prep`` is the "with" of "jointly with X", "together with X", "along with X" (plover.yaml joint_marks): X
    shares the act."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ctx.lex.joint_marks


def _backed_with(prep: Token) -> bool:
    """``prep`` is the "with" of "with the backing of X", "with X's support" (relations.yaml backing_nouns): X
    backs the act, no party it is aimed at."""
    from kingmaker.knowledge import knowledge, norm

    backing = knowledge().relations.get("backing_nouns") or {}
    return prep.lower_ == "with" and any(norm(p.lemma_) in backing for p in _children(prep, "pobj"))


def _third_party(ctx: _Ctx, prep: Token) -> Token | None:
    """The pobj of ``prep`` when it is the "with" of "A and B met, with X as mediator" (plover.yaml
    mediator_nouns): X brings the sides together, no partner of theirs; else None."""
    if prep.lower_ != "with":
        return None
    for p in _children(prep, "pobj"):
        for holder in (p, prep.head):
            if any(a.lower_ == "as" and any(_lemma(r) in ctx.lex.mediator_nouns for r in _children(a, "pobj"))
                   for a in _children(holder, "prep")):
                return p
    return None


def _co_agents(ctx: _Ctx, tok: Token) -> list[Span]:
    """Actors that perform the act of ``tok`` with its subject: "jointly with X", "together with X"."""
    out: list[Span] = []
    preps = [c for c in tok.children if c.dep_ == "prep" and _joint_with(ctx, c)]
    for adv in tok.children:  # "together with X" parsed as a phrase under the adverb
        if adv.dep_ == "advmod" and adv.lower_ in ctx.lex.joint_marks:
            preps += [c for c in adv.children if c.dep_ == "prep" and c.lower_ == "with"]
    for prep in preps:
        for p in _children(prep, "pobj"):
            m = _mention(ctx, p)
            if m is not None:
                out.append(m)
                out.extend(_conjuncts(ctx, p, m))
    return out


def _quarrel_before(hits: list[EventHit], start: int) -> tuple[Span, Span] | None:
    """The two states of the last act told between two states from token ``start`` on, for a pair phrase whose act
    they do to each other: "X accused Y of arming the rebels; Y denied it, and the two governments recalled their
    ambassadors", "X accuses Y of ...; both capitals recalled their envoys": X and Y (not a person's act: "A accused
    B" names no two governments)."""
    for o in reversed(hits):
        if o.trigger.i < start:
            break
        if o.source is None or o.target is None or o.negated:
            continue
        resolver = referents(o.trigger.doc)
        a, b = resolver.actor(o.source.root), resolver.actor(o.target.root)
        if a is not None and b is not None and a != b \
                and resolver.kind(a) == "country" and resolver.kind(b) == "country":
            return o.source, o.target
    return None


def _own_envoys_recalled(ctx: _Ctx, tok: Token) -> bool:
    """Envoys of a pair called home, each from the other: "the two governments recalled their ambassadors", "both
    capitals recalled their envoys" (plover.yaml home_recall_verbs, home_recall_nouns, with "their"); not "recalled
    its ambassador" (one side's), nor "recalled their ambassadors from Z" (called home from a third state)."""
    lex = ctx.lex
    if _lemma(tok) not in lex.home_recall_verbs or any(
            p.dep_ == "prep" and p.lower_ in ("from", "to", "in") for p in tok.children):
        return False
    return any(_lemma(c) in lex.home_recall_nouns and not any(p.dep_ == "prep" for p in c.children)
               and any(d.dep_ == "poss" and d.lower_ == "their" for d in c.children) for c in _children(tok, *_OBJ))


def _mutual(ctx: _Ctx, tok: Token) -> bool:
    """The act is aimed at "each other" or "one another", or traded ("exchanged fire", "traded accusations")."""
    if _vl(ctx, tok) in ctx.lex.traded:
        return True
    for c in tok.children:
        if c.dep_ in _OBJ and c.lower_ in ("other", "another"):
            return True
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in ("other", "another") for p in c.children):
            return True
    return False


def _make_hit(ctx: _Ctx, tok: Token, act: _Act, agent_clause: Token | None = None) -> EventHit | None:
    lex = ctx.lex
    if act.type == "NONE":
        return None
    if _quoted_in_header(tok):
        return None  # '14:10 - Name: "met with force"': a clipped quote, the story tells the act
    rank, unreal = _clause_rank(ctx, tok)
    typ = act.type
    denied = unreal == "denied"
    if unreal == "purpose" and typ in _COMMUNICATIVE:
        rank = -0.25
    elif unreal == "purpose" and typ in lex.means_types and _vl(ctx, tok.head) in lex.means_verbs:
        rank = -0.1  # "fired tear gas to disperse the protesters": the means tell that it was done
    elif unreal and not denied:
        return None
    if typ == "MOBILIZE" and act.kind in ("verb", "weak") and _unarmed_deployment(ctx, tok):
        return None  # "the mission deployed 300 observers", "a team of inspectors was deployed": no force moved
    rel = tok
    while rel.dep_ == "conj" and rel.head.pos_ in ("VERB", "AUX") and (_first(rel, *_SUBJ) is None or (
            rel.head.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in rel.children))) \
            and not _tense_breaks_object_relative(rel):
        # "X, which campaigned against Y and wants closer ties with Z": the clause goes on; "a force that holds
        # the north and that Z supports": a second relative clause on the same noun (not "the aid that Y suspended
        # and backs Z": the outer clause goes on)
        rel = rel.head
    if _vl(ctx, tok) not in lex.utterances and _disowned_charge(ctx, tok):
        return None  # "X is arming Y, a charge X denies": an act told as a disputed charge is not asserted
    if rel.dep_ == "relcl" and (_present(ctx, tok) and _date_text(ctx, tok, line=False) is None or _pluperfect(tok) and (
            _date_text(ctx, tok, line=False) is None or _is_passive(ctx, tok))) and not _terms_of(ctx, rel) \
            and not _act_on_a_thing(ctx, rel) and not _other_actor_s_clause(ctx, rel) \
            and not (_perfect(tok) and rel.head.tag_ != "NNS" and _source(ctx, tok) is not None
                     and _told_though_lasting(ctx, tok, act, typ)):
        # "X, which has long backed Y, ...", "Y, who had been arrested in 2019, ...": a description of the actor,
        # not news; a dated act of the actor's own ("X, which had signed a deal with Y in 2019") is one, and so is
        # a demand or charge in the perfect by a known actor aimed at a named one ("X, who has pressed Y for weeks
        # to ..."; not the generic "a president, who asks the largest bloc to ...", nor a plural group described by
        # what its members have done: "deputies who for years had blamed Y"); help to a named actor in the perfect
        # likewise ("Z relies on X, which has shipped weapons to Y"; not the present "X, which funds Y", a description:
        # tried, 5 of 14 new events right over the 35 sets)
        return None
    if _present(ctx, tok) and _durative(ctx, tok) and not _told_though_lasting(ctx, tok, act, typ) \
            and not (typ == "CONSULT" and act.kind in ("light", "phrase") and _target(ctx, tok, act, typ) is not None):
        # "have fought each other since last year", "has long been accused": a lasting state ("X has long accused Y
        # of Z", "X has pressed Y for months to ..." still tell X's charge against Y, X's demand to Y (plover.yaml
        # polarity.told_when_lasting); "X has held talks with Y since 2022", talks with a named partner)
        return None
    if typ in lex.stance_when_lasting and _perfect(tok) and _since_occasion(tok) and _vl(ctx, tok) not in lex.utterances:
        # "X has backed Y since the group was founded": a lasting tie (plover.yaml stance_when_lasting); praise
        # said again and again ("has openly praised Y since the arrest") stays news
        return None
    if _vl(ctx, tok) in lex.lasting_holds and (
            tok.tag_ in _FINITE_NOW and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            or any(c.dep_ == "mark" and c.lower_ in lex.lasting_marks for c in tok.children)):
        # "while X occupies our land", "as long as X occupied Y": who holds the ground, a lasting state, no act
        return None
    if (_vl(ctx, tok) in lex.stance_narrated and tok.tag_ in _FINITE_NOW
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
            and (obj := _first(tok, "dobj")) is not None and not any(c.dep_ == "poss" for c in obj.children)
            or typ in lex.stance_when_lasting and _present_passive(tok)) \
            and _date_text(ctx, tok) is None and not quoted(tok) \
            and _reporter(ctx, tok) is None and tok.sent.text.rstrip().endswith((".", ";")):
        # the writer's "X backs the cabinet in budget votes", "X almost certainly backs Y's line", "the
        # government is supported by troops from X", "the junta is recognised by the AU as the authority": a
        # lasting stance the relations layer records (plover.yaml stance_narrated); a speaker's "Moscow supports
        # the authorities" is a statement of support, and a headline's "Assembly backs deployment" news
        return None
    if _vl(ctx, tok) in lex.stance_present and tok.tag_ in _FINITE_NOW and _date_text(ctx, tok) is None \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            and (_first(tok, "dobj") is None or _first(tok, "dobj").lower_ in _PERSONAL_OBJECTS
                 or _mention(ctx, _first(tok, "dobj")) is not None):
        # "X opposes Y", "several partners oppose him": a lasting stance toward an actor (a tie), not an act;
        # "opposes the disarmament" still rejects a proposal
        return None
    negated = denied or _negated(ctx, tok) or act.negated_inner or _under_negating_prep(ctx, tok) or (
        act.kind in ("verb", "weak") and any(c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or c.pos_ == "NOUN"
                                                                   and _negated(ctx, c)) for c in tok.children)) \
        or any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in ("nothing", "none") for p in c.children)
               for c in tok.children)
    # ("offered no help", "sent no troops", "accepted none of the demands": the act did not happen; "agree on
    # almost nothing", "settled on none of them": nothing was agreed)
    no_one = negated and _no_one_subject(ctx, tok)
    if negated and not act.negated_inner and not no_one and _vl(ctx, tok) in lex.refused_when_negated \
            and not any(c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs for c in tok.children):
        # ("has not yet approved the grant": a decision still pending, no refusal; the act stays negated)
        if _vl(ctx, tok) in lex.resolved_when_future and _modal(ctx, tok)[0]:
            return None  # "we will not allow the camp to become a haven": a resolve about what may come
        if not _withheld_status(ctx, tok):
            typ, negated = "REJECT", False  # "the government did not accept the request"
    future, obligation = _modal(ctx, tok)
    refused = planned = None
    conf = _BASE[act.kind] + rank
    rep = None
    if obligation:
        rep = _reporter(ctx, tok)
    if _vl(ctx, tok) in lex.refused_only and not (future and negated and not no_one and act.kind != "frame"):
        return None  # "worked with all parties", "will work with any government": no act (plover.yaml refused_only)
    if obligation and tok.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in tok.children):
        return None  # "X argued that Y should have resigned", "... must have known": a judgment of the past
    if obligation and rep is not None:
        # "X said Y must withdraw": X asks Y to; "X praised the move but said Y must ...": the speaker of a
        # conjoined reporting verb is the first verb's subject
        source = _mention(ctx, _first(rep, *_SUBJ))
        bound = _source_token(ctx, tok)
        target = _mention(ctx, bound)
        if source is None and target is not None:
            source = _source(ctx, rep)  # (a named party only: "saying a leader should stay out" asks no one)
        if bound is not None and bound.lower_ in _FIRST_PERSON or _leads(source, target):
            return None  # "X argued that we should go to the UN first", "President X said Velnia should take back
            # the islands": the course the speaker sets for their own side, no request of another
        return EventHit("REQUEST", source, target, negated, tok.sent, tok, _clip(0.75 + rank),
                        _date_text(ctx, tok) or _date_text(ctx, rep), _present(ctx, rep))
    if obligation:
        # "X and Y should coordinate sanctions", "partners should press for Z's release": what someone ought
        # to do (a writer's recommendation) is no act, nor a demand of anyone named
        return None
    if future and (_modal_word(ctx, tok) in lex.possibility or any(
            c.dep_ == "advmod" and c.lower_ in lex.hedges for c in tok.children)) and not _own_plan(ctx, tok) \
            or future and _onlooker_forecast(ctx, tok):
        # "the Emir could release him", "he would likely oppose": the writer's speculation; "analysts say
        # X may attack Y": someone else's
        return None
    if future and any(c.dep_ == "advmod" and c.lower_ in lex.conditional_adverbs for c in tok.children):
        return None  # "would only join a government that settles X": a condition set, no act promised
    if future and not negated and typ in lex.cooperative and act.kind != "frame" and (
            _conditioned(ctx, tok) or _conditional_object(ctx, tok)):
        # "said Velnia would send observers if both sides signed a truce", "would support any coalition that
        # kept the law": an offer on a condition
        return None
    if _conditioned_pledge(ctx, tok, act, typ, negated):
        return None  # "stood ready to send monitors if both sides asked"
    if future and tok.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in tok.children) \
            and any(c.dep_ == "aux" and c.lower_ in lex.future - {"will", "shall", "'ll"} for c in tok.children):
        return None  # "X would have attacked Y if ...", "could have stopped it": what did not happen
    if future and _lemma(tok) == "be" and _reporter(ctx, tok) is None:
        return None  # "it would be the first contact since ...": the writer's conditional, not a plan
    if future and act.kind != "frame":  # planned acts; speech-act frames keep their type
        if negated and typ in lex.cooperative and not no_one:
            refused = typ
            typ, negated = "REJECT", False
        else:
            planned = typ
            typ = lex.plan_type(typ)
            if typ == "AGREE" and not negated and (_modal_word(ctx, tok) in lex.scheduled
                                                   or _future_frame(ctx, tok)):
                return None  # "X will receive the ministry", "I will meet Y", "X is due to meet Y": a schedule
        conf -= 0.05
    if _vl(ctx, tok) in lex.victim_verbs:
        return _victim_hit(ctx, tok, typ, negated, rank)
    if _vl(ctx, tok) in lex.result_participles and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") \
            and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return None  # "..., leaving the party short of a majority": a result of the clause, no act
    source = _source(ctx, tok)
    if source is None and agent_clause is not None:
        source = _source(ctx, agent_clause)
    if source is None and typ in _RECIPROCAL and _first(tok, "expl") is not None:
        rep = _reporter(ctx, tok)  # "X said there had been talks with Y": X is a party to them
        if rep is not None:
            source = _mention(ctx, _first(rep, *_SUBJ))
    if source is None and typ in lex.hostile and _is_passive(ctx, tok) and _first(tok, "agent") is None:
        source = _blow_in(ctx, tok)  # "were killed in a Norwegian air strike", "at the hands of X": its author
    if source is None and typ in _OWN_SIDE_PASSIVE and _is_passive(ctx, tok) and _first(tok, "agent") is None \
            and _mention(ctx, _first(tok, "nsubjpass")) is None:
        # "X said 4,000 troops had been moved to the border": X's side moved them (not "X said 2,000 Y troops had been
        # moved to the sector": Y's, below)
        rep = _reporter(ctx, tok)
        if rep is not None:
            source = _mention(ctx, _first(rep, *_SUBJ))
    if source is None and typ == "SUPPORT" and _is_passive(ctx, tok) and _first(tok, "agent") is None:
        source = _backed_by(ctx, tok)  # "was elected with support from X (and Y)": X backs the one elected
    target = _target(ctx, tok, act, typ)
    if target is None and typ == "PROTEST":
        target = _exit_demanded_of(ctx, tok)  # "protesters rallied, demanding the resignation of X": X
    if target is None and typ in lex.addressed_types:
        target = _audience_asked(ctx, tok)
    if target is not None and _vl(ctx, tok) in lex.topic_verbs:
        target = _talk_partner(ctx, tok, target)
    owner = _forces_owner(ctx, tok) if typ in _OWN_SIDE_PASSIVE else None
    if typ in _OWN_SIDE_PASSIVE and source is not None and target is not None and target.start == source.start \
            and _is_passive(ctx, tok):
        # "X's troops were deployed to Y": the forces' side moves them, to the actor named after the verb (itself,
        # not a place in its area: "moved to the Y sector")
        dest = next((m for prep in _children(tok, "prep") if prep.lower_ in ctx.lex.target_preps.get(typ, ())
                     for p in _children(prep, "pobj") if p.pos_ == "PROPN"
                     for m in [ctx.mention_of(p)] if m is not None and m.start <= p.i < m.end), None)
        if dest is not None and dest.start != source.start:
            target = dest
    if owner is not None and (target is None or target == owner):
        # "the mission deployed 150 Bangladeshi peacekeepers to the line": the forces' side moves them, they are
        # not the target (which a preposition may still name; _target no longer takes the forces moved)
        source = source or owner
        target = _prep_target(ctx, tok, ctx.lex.target_preps.get(typ, frozenset()))
    if source is None and target is not None and typ in _OWN_SIDE_PASSIVE and _is_passive(ctx, tok) \
            and (_first(tok, "agent") is None or _mention(ctx, _first(_first(tok, "agent"), "pobj")) is None) \
            and target == _mention(ctx, _first(tok, "nsubjpass")):
        # "X's 3rd Brigade was placed on alert", "X's troops were mobilised (by the ministry)": the forces'
        # side mobilises, no one mobilises against them; an actor named after the verb is where it moves them ("X's
        # troops were deployed to Y": Y, a name, not a place in its area, "to the Y sector")
        dest = next((m for prep in _children(tok, "prep") if prep.lower_ in ctx.lex.target_preps.get(typ, ())
                     for p in _children(prep, "pobj") if p.pos_ == "PROPN"
                     for m in [ctx.mention_of(p)] if m is not None and m.start <= p.i < m.end), None)
        source, target = target, (dest if dest is not None and dest.start != target.start else None)
    if act.entry is not None and act.entry.source_preps and _vl(ctx, tok) in lex.repelling_verbs \
            and (tok.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)):
        return None  # "vowed to repel any attack by Y", "would repel a Y raid": an attack still to come
    if act.entry is not None and act.entry.source_preps:
        swapped = _prep_target(ctx, tok, act.entry.source_preps)
        if swapped is None and act.obj is not None:  # "came under attack from X": "from" hung on the noun
            swapped = _prep_target(ctx, act.obj, act.entry.source_preps)
        if swapped is not None and _described_source(ctx, tok, act) is not None:
            swapped = None  # "drew criticism from some of X's own allies": X's allies, no one named, not X
        if swapped is not None:
            source, target = swapped, source
        elif typ == "ACCUSE":
            return None  # "the plan drew criticism", "X faced condemnation": blame borne, no one named who blames
        elif act.kind == "phrase" and _vl(ctx, tok) in lex.repelling_verbs:
            author = _attack_author(ctx, act.obj)
            if author is None or source is None or author.text == source.text:
                return None  # "the army repelled an attack": no attacker named, no act between actors
            source, target = author, source  # "X repulsed a Y assault": Y attacked X
        elif act.kind == "phrase":
            source, target = None, source  # "received 1.8 billion euros from the fund": the subject only receives
    giver = _from_source(ctx, tok)
    if giver is None and tok.dep_ == "acomp" and _vl(ctx, tok) in lex.from_source and _first(tok, "agent") is None:
        giver = next((_from_source(ctx, c) for c in _children(tok, "conj")), None)  # "is armed and supplied from Y"
        if giver is None:
            return None  # "X is armed": a state of X, no act of X's
    if giver is not None:
        # "X was expelled from the party", "X is armed and supplied from Y": the "from" actor acts on X
        source, target = giver, _patient(ctx, tok)
    if act.kind == "halt" and typ == "RETREAT" and act.inner_type == "ASSAULT" and source is not None \
            and act.inner is not None and act.inner.pos_ == "NOUN":
        author = next((m for c in act.inner.children if c.i < act.inner.i and c.dep_ in ("poss", "compound", "amod")
                       and c.pos_ != "PRON" for m in [_mention(ctx, c, limit=3)] if m is not None), None)
        if author is not None and author != source and author.text != source.text:
            # "X's offensive was stopped by Y", "Y halted the X offensive": Y fought off X's attack, no
            # withdrawal of Y's ("X halted its offensive" stays X's own retreat)
            typ, target = "ASSAULT", author
    if typ == "CONSULT" and act.kind == "weak" and act.entry is not None and act.entry.source_preps \
            and _receives_a_thing(ctx, tok):
        return None  # "received two arrest warrants from X", "received support from X": no visitor received
    if typ == "CONSULT" and act.entry is not None and not act.entry.words and _to_destination(act) \
            and _private_journey(ctx, tok):
        return None  # "travelled to X for medical treatment", "had flown him to X": no visit to X
    if typ == "CONSULT" and act.kind == "phrase" and _to_destination(act) and act.obj is not None \
            and act.obj.dep_ == "pobj":
        return None  # "sent troops on a peacekeeping mission", "sent a letter to the secretary-general": no envoys sent
    if typ == "CONSULT" and act.kind == "phrase" and act.obj is not None and _lemma(act.obj) in lex.home_occasion_nouns \
            and any(ctx.mention_of(p) is None for of in _children(act.obj, "prep") if of.lower_ == "of"
                    for p in _children(of, "pobj")):
        return None  # "attended the inauguration of the new bridge": an opening of a thing, no state occasion
    if typ == "CONSULT" and target is None and _attended_occasion(ctx, act):
        return None  # "A and B attended the inauguration" with no state known to host it: no one met
    if typ == "AID" and act.kind == "weak" and _vl(ctx, tok) not in lex.people_aid_verbs and _sends_a_person(ctx, tok):
        return None  # "he sent his deputy, X", "sent a senior aide": a person sent (to talks), no aid given
    if _vl(ctx, tok) in lex.removal and typ == "SANCTION" and _judged_as(tok):
        return None  # "dismissed the congress as a campaign rally": a judgement of it, no one removed from office
    if _vl(ctx, tok) in lex.removal and typ in ("REJECT", "SANCTION") and target is not None and (_names_actor(
            ctx, _first(tok, "dobj", "nsubjpass")) or _relative_person(ctx, _first(tok, "dobj", "nsubjpass"))) \
            and not _judged_as(tok):
        typ = "SANCTION"  # "dismissed the police chief, X": removed from office, not a claim dismissed
    elif _vl(ctx, tok) in lex.removal and typ == "REJECT" and target is None and not _judged_as(tok) \
            and (lambda o: o is not None and (_is_role(o) or _is_role_phrase(o)))(_first(tok, "dobj")):
        typ = "SANCTION"  # "dismissed the army chief", "sacked his finance minister": a post's holder removed
    elif _vl(ctx, tok) in lex.removal and typ == "SANCTION" and act.kind == "weak":
        return None  # "removed the barriers", "sacked 300 workers": no actor removed from office
    if _vl(ctx, tok) in lex.removal and typ == "SANCTION" and act.kind == "weak" and source is None \
            and not _is_passive(ctx, tok):
        return None  # "the boycott removes X from the race": a thing that sidelines X, no one's sanction
    met = _vl(ctx, tok) in lex.audience_verbs and any(c.dep_ == "dobj" and c.lower_ not in ("other", "another")
                                                       for c in tok.children)
    if source is not None and (target is None or target.text == source.text) and not met and (
            typ in _RECIPROCAL and not _to_destination(act) and not _attended_occasion(ctx, act)
            and not in_any(_vl(ctx, tok), lex.offers, lex.hosting, lex.mediating) or _vl(ctx, tok) in lex.reciprocal or any(
                c.dep_ in _OBJ and c.lower_ in ("other", "another") for c in tok.children)):
        # (a target read as the source itself is none: "was signed by X and his counterpart, Y", "an agreement
        # signed by A and B", where the pact noun the participle hangs on led back to its own agent)
        # "Israel and Lebanon renewed talks", "A and B clashed", "A and B attacked each other"; not "A and B
        # sent envoys (to ...)": each sends to a third party, not to the other; nor "A and B hosted the talks",
        # "A and B brokered the truce": third parties that bring others together; nor "A and B met the
        # rebels" (a verb of meeting someone with its object, plover.yaml audience_verbs: both met a third party)
        subj = _source_token(ctx, tok)
        if subj is not None:
            # (or on the actor an of-phrase subject names: "officials of A and B met", "delegations of A and of B")
            ups = [source.root] if source.root.i != subj.i and source.root.dep_ == "pobj" else []
            for m in (*_conjuncts(ctx, subj, source), *(m for u in ups for m in _conjuncts(ctx, u, source)),
                      *_of_parties(ctx, subj, source), *_plural_members(ctx, subj, source)):
                target = m
                break
    if target is None and source is not None and typ == "SUPPORT" and _signs_a_pact(ctx, tok):
        subj = _source_token(ctx, tok)  # "A and B signed a treaty", "They signed a border protocol": a pact of
        others = [*_conjuncts(ctx, subj, source), *_plural_members(ctx, subj, source)] if subj is not None else []
        if others:  # the signers with each other (AGREE), not each one's endorsement of a text
            typ, target = "AGREE", others[0]
    if target is None and source is not None and act.obj is not None and _lemma(act.obj) in lex.mutual_nouns \
            and _vl(ctx, tok) not in lex.mediating:
        # "A and B announced a truce", "A declared a ceasefire with B": the sides of the truce
        target = _prep_target(ctx, act.obj, frozenset({"with", "between"})) or _prep_target(
            ctx, tok, frozenset({"with"}))
        subj = _source_token(ctx, tok) if target is None else None
        if subj is not None:
            others = _conjuncts(ctx, subj, source)
            target = others[0] if others else None
    if source is None and target is None and typ in _RECIPROCAL and _is_passive(ctx, tok):
        for prep in _children(tok, "prep"):  # "a ceasefire was agreed between X and Y"
            pobj = _first(prep, "pobj") if prep.lower_ == "between" else None
            if pobj is not None:
                source = _mention(ctx, pobj, limit=3)
                others = _conjuncts(ctx, pobj, source) if source is not None else []
                target = others[0] if others else None
    if target is None and typ == "REJECT" and _vl(ctx, tok) not in lex.unasserted:
        # (not "denied arming the group": the group is not the one answered)
        for c in tok.children:  # "ruled out joining a government led by X": X
            inner = _act_of(ctx, c) if c.dep_ in ("xcomp", "pcomp", "ccomp") or (
                c.dep_ in ("dobj", "advcl") and c.tag_ == "VBG" and _first(c, *_SUBJ) is None) else None
            if inner is not None and inner.type != "NONE":
                target = _target(ctx, c, inner, inner.type)
                break
            if c.dep_ in _OBJ and c.pos_ == "NOUN":
                ntype = _noun_type(ctx, c)  # "ruled out any cooperation with X": X
                if ntype is not None:
                    target = _prep_target(ctx, c, lex.target_preps.get(ntype, frozenset()))
                    if target is not None:
                        break
            if c.dep_ == "prep" and c.lower_ in ("to", "against"):
                for noun in _children(c, "pobj"):  # "objected to any cooperation with X": X
                    ntype = _noun_type(ctx, noun)
                    if ntype is not None:
                        target = _prep_target(ctx, noun, lex.target_preps.get(ntype, frozenset()))
                if target is not None:
                    break
    if target is None and typ in _ONE_BLOW and source is not None:
        # "X said Y had attacked its positions": a victim named by a possessive is the speaker
        obj = _first(tok, *_OBJ)
        poss = _first(obj, "poss") if obj is not None else None
        rep = _reporter(ctx, tok) if poss is not None and poss.lower_ in ("its", "their", "our") else None
        speaker = _mention(ctx, _first(rep, *_SUBJ)) if rep is not None else None
        if speaker is not None and speaker != source and speaker.text != source.text:
            target = speaker
    if target is None and act.kind == "frame" and act.inner is not None and act.inner.pos_ == "VERB" \
            and lex.frames.get(_vl(ctx, tok)) in ("threat", "intent"):
        inner = _act_of(ctx, act.inner)  # "threatened to cut ties with X", "offered to hold talks with X": X
        if inner is not None and inner.type != "NONE" and inner.kind in ("phrase", "light"):
            target = _target(ctx, act.inner, inner, inner.type)
    if target is None and typ == "THREATEN":
        # "vowed to respond to the Israeli strike", "to avenge the raid by X": the author of that act
        nouns = []
        for v in [tok] + _children(tok, "xcomp") + _children(tok, "ccomp"):  # "warned it would respond to ..."
            nouns += [n for n in v.children if n.dep_ in _OBJ and n.pos_ == "NOUN"]
            nouns += [n for p in _children(v, "prep") if p.lower_ in ("to", "for") for n in _children(p, "pobj")]
        for noun in nouns:
            answered = _noun_hit(ctx, noun) if _noun_type(ctx, noun) in lex.hostile else None
            if answered is not None and answered.source is not None and answered.source != source:
                target = answered.source
                break
    if target is None and typ == "THREATEN":
        target = _conditioned_party(ctx, tok, source)
    if target is None and typ == "ACCUSE" and lex.frames.get(_vl(ctx, tok)) == "accuse":
        for c in tok.children:
            if c.dep_ == "ccomp" and any(d.dep_ == "dobj" and d.lower_ in ("what", "which") for d in c.children):
                # "condemned what it called X's blackmail": the one the label names, not the speaker ("it")
                target = _label_names(ctx, c)
            elif c.dep_ == "ccomp" and not _quoted_after_colon(tok, c):  # "alleged that X had armed the rebels": X
                target = _mention(ctx, _first(c, "nsubj", "nsubjpass") if not _is_passive(ctx, c) else (
                    _first(_first(c, "agent"), "pobj") if _first(c, "agent") is not None else None))
            elif c.dep_ in _OBJ and c.pos_ == "NOUN" and _noun_type(ctx, c) in lex.hostile:
                target = _prep_target(ctx, c, frozenset({"by"}))  # "condemned the arrest of X by Y": Y
            if target is not None:
                break
    if target is None and typ == "MOBILIZE":
        target = _border_with(ctx, tok)
    if target is None and typ in lex.frontier_types:
        target = _frontier_owner(ctx, tok, source)
    if target is None and typ == "AID":
        # "approved $230 million in assistance for X": the recipient hung on the amount's "in" noun
        for o in _children(tok, *_OBJ):
            for prep in _children(o, "prep"):
                for p in _children(prep, "pobj") if prep.lower_ == "in" else []:
                    target = target or _prep_target(ctx, p, lex.target_preps.get(typ, frozenset()))
    if target is None and source is not None and typ == "AID":
        target = _recipient_pronoun(ctx, tok, act, source)
    if target is None and source is not None and typ == "AID":
        target = _elaborated_recipient(ctx, tok)
    if target is None and typ == "REQUEST" and tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG":
        target = _prep_target(ctx, tok.head, frozenset({"to"})) or _addressee(ctx, tok.head)  # "wrote to X asking that ..."
    if target is None and typ == "REQUEST" and _purpose_of_meeting(ctx, tok):
        target = _addressee(ctx, tok.head)  # "will meet X next week to ask for ...": X is asked
    if target is None and typ == "REQUEST":
        # "demanded that X leave", "called for X to be audited", whatever X is to do
        for c in _children(tok, "ccomp"):
            target = _mention(ctx, _first(c, "nsubj", "nsubjpass"))
            if target is not None:
                break
        for c in _children(tok, "advcl") if target is None else []:
            subj = _first(c, "nsubj", "nsubjpass")
            if subj is not None and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                # "called for X to resign", "for X's accounts to be audited": X, not whatever a law is named after
                target = ctx.mention_of(subj) or _mention(ctx, _first(subj, "poss"))
                break
    if target is None and source is not None and typ in lex.located_types and not negated:
        target = _located_target(ctx, tok, source)
    if source is not None and (target is None or source == target or source.text == target.text):
        target = _them_acted_on(ctx, tok, act, source) or target
    if source is not None and target is None:
        target = _struck_part_owner(ctx, tok, typ, source)
    if source is not None and target is not None and (source == target or source.text == target.text):
        # two mentions of one actor ("accused X of ..., a charge X denies" read with X on both sides)
        target = None
    if source is not None and target is not None and rel.dep_ == "relcl" and rel.head.pos_ == "NOUN" \
            and _lemma(rel.head) in lex.charge_nouns and _own_part(ctx, source, target):
        target = None  # ("said X's army armed Y, a charge X denies": X's own army read as the one answered)
    if refused == "RETREAT" and target is None and act.kind in ("verb", "phrase") and _first(tok, *_OBJ) is None:
        # "said he would not resign", "will not step down": no one's demand is refused, the act is denied; an act on
        # something ("will not release the prisoners", "would not hand over its weapons") is a refusal, as promising
        # it is a concession
        typ, negated = refused, True
    if planned == "RETREAT" and target is None and act.kind in ("verb", "phrase") and _first(tok, *_OBJ) is None:
        # "announced he would resign in November": a step down of his own, promised to no one; an act on
        # something ("would free 150 prisoners", "will hand back the land") is a concession promised (AGREE)
        typ = planned
    if typ == "MOBILIZE" and _is_passive(ctx, tok) and _date_text(ctx, tok) is None and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return None  # "650 troops are stationed in the country": a standing presence, not a movement
    if target is None and typ == "ASSAULT" and _fought_at_side(ctx, tok):
        return None  # "X fought alongside Y in 2019", "fought on Y's side": a companion in arms, no foe acted on
    if target is None and typ == "THREATEN" and _caution_only(ctx, tok):
        return None  # "warned against further escalation": a caution against a thing, no one threatened
    if target is None and _vl(ctx, tok) in lex.needs_party and (act.kind in ("verb", "weak", "frame") or (
            act.kind == "phrase" and typ != "MOBILIZE")) and not any(
            c.dep_ in _OBJ and (w := _partitive_whole(ctx, c)) is not None and w.pos_ == "NOUN" and _noun_type(ctx, w)
            for c in tok.children):
        return None  # "spoke to supporters", "talking on television", "pushed to suspend him": no actor the other party
    conf += 0.05 * (source is not None) + 0.05 * (target is not None)
    when = tok
    if future and act.kind != "frame":
        # a plan or a promise happens when it is stated: "X said on Sunday it would attack Y"
        when = _reporter(ctx, tok) or tok
    return EventHit(typ, source, target, negated, tok.sent, tok, _clip(conf), _date_text(ctx, tok) or _date_text(ctx, when),
                    _present(ctx, when) if when is not tok else _present(ctx, tok))


def _fought_at_side(ctx: _Ctx, tok: Token) -> bool:
    """"X fought alongside Y until 2017", "the militia that fought on Y's side during the war": a hostile verb whose
    only party is a companion (plover.yaml ally_preps "alongside", or a preposition over ally_nouns "side") tells
    an alliance in arms, not an attack on anyone; with a foe named ("alongside Y against Z") it stays an act."""
    companion = False
    for c in _children(tok, "prep"):
        if any(t.lower_ == "against" for t in c.subtree):  # (hung on the ally: "on the side of X against Y")
            return False
        if c.lower_ in ctx.lex.ally_preps or any(_lemma(p) in ctx.lex.ally_nouns for p in _children(c, "pobj")):
            companion = True
    return companion


def _caution_only(ctx: _Ctx, tok: Token) -> bool:
    """"X warned against further escalation", "cautioned against a repeat of last year's violence": a threat verb
    whose only complement is a caution against a thing (plover.yaml caution_preps) names no act of its own and
    no one it is aimed at ("warned Y against ...", "warned that it would ..." have more)."""
    if ctx.lex.frames.get(_vl(ctx, tok)) != "threat" or any(
            c.dep_ in (*_OBJ, "dative", "ccomp", "xcomp", "advcl") for c in tok.children):
        return False
    return any(p.lower_ in ctx.lex.caution_preps for p in _children(tok, "prep"))


def _conditioned_party(ctx: _Ctx, tok: Token, source: Span | None) -> Span | None:
    """The one a threat is made against by a condition on its act: "vowed fresh raids if the militia keeps its
    guns", "warned that it would strike again unless X withdrew", "If X shells our farms once more, we will
    answer in kind": the subject of the "if"/"unless" clause (``_condition_mark``) on the
    threatening verb or on the act it threatens; never the threatener's own side ("if its soldiers are attacked")."""
    for v in [tok] + _children(tok, "xcomp", "ccomp"):
        for c in _children(v, "advcl"):
            if not any(_condition_mark(ctx, m) for m in c.children):
                continue
            m = _mention(ctx, _first(c, "nsubj", "nsubjpass"))
            if m is not None and (source is None or m != source and m.text != source.text):
                return m
    return None


def _possessor_undergoes(ctx: _Ctx, noun: Token) -> bool:
    """The possessor of ``noun`` is the one it is done to: "X's arrest", "X's killing", "X's release" (plover.yaml
    of_target_nouns), unless a phrase of the noun names that one ("X's blockade on Y", "X's siege of Y": X acts)."""
    return _lemma(noun) in ctx.lex.of_target_nouns and not any(
        c.dep_ == "prep" and (c.lower_ in ctx.lex.aimed_preps or c.lower_ == "of") for c in noun.children)


def _performing_agent(ctx: _Ctx, acl: Token) -> Token | None:
    """The agent phrase of a participle that tells who performed an event noun: a light verb or one of
    plover.yaml performed_by ("the attack carried out by X", "talks hosted by X"), its lemma repaired from the
    surface form ("staged", lemmatised "stag", read as "stage"; tagged a past tense where the agent shows a
    participle: "an attack staged by X")."""
    if acl.tag_ not in ("VBN", "VBD") or any(c.dep_ == "neg" for c in acl.children):
        return None  # (not "the raid that was never carried out by X")
    key = ctx.lex.verb_key(acl)
    if key not in ctx.lex.light and key not in ctx.lex.performed_by:
        return None
    return _first(acl, "agent")


def _blow_author(ctx: _Ctx, noun: Token) -> Span | None:
    """Who dealt the blow a noun names: "an air strike by X", "X's raid", "a Norwegian air strike", "at the
    hands of X"."""
    if _lemma(noun) == "hand":
        return _prep_target(ctx, noun, frozenset({"of"}))
    author = _prep_target(ctx, noun, frozenset({"by", "with", "from"}))
    for acl in _children(noun, "acl") if author is None else []:
        # "the attack carried out by X", "the raid staged by X": a light or performing participle's agent
        agent = _performing_agent(ctx, acl)
        author = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
        if author is not None:
            return author
    if author is None and not _possessor_undergoes(ctx, noun):
        poss = _first(noun, "poss")
        author = ctx.mention_of(poss) if poss is not None else None
    for c in noun.children if author is None else []:
        if c.dep_ in ("amod", "compound") and c.i < noun.i and ctx.mention_of(c) is not None:
            return ctx.mention_of(c)
    if author is None and _lemma(noun) not in ctx.lex.of_target_nouns:
        # "the deployment of Norwegian troops", "the withdrawal of X's forces": the of-phrase names who acts
        # (not "the shelling of X": X is struck)
        author = _prep_target(ctx, noun, frozenset({"of"}))
    return author


def _blow_clause_author(ctx: _Ctx, noun: Token, verb: Token) -> Span | None:
    """Who dealt a blow whose relative clause acts: "X struck Y's camps in May, in an attack that killed Z",
    "X launched a drone strike that killed Z", "X shelled the town in an operation which wounded two
    soldiers": the blow noun's own author, else the clause that deals it (an assault verb it is hung on by "in",
    or by "during" when the noun names a blow) or stages it (a light verb that makes an assault of it,
    plover.yaml frames.light: "launch a strike", not "launch a website / campaign"). Not "X condemned / denied the
    attack that killed Z", nor a blow the clause says was not dealt, nor a clause that only tells of one: a wish, a
    denial or a charge it hangs on ("hoped to stage", "denied launching", "accused of carrying out"), nor a time
    frame that is not the blow ("shelled the town during a riot that killed Z")."""
    rel = _first(verb, "nsubj")
    if rel is None or rel.lower_ not in ("that", "which") or ctx.mention_of(noun) is not None:
        return None
    own = _act_of(ctx, verb)
    if own is None or own.type != "ASSAULT":
        return None
    blow = _noun_type(ctx, noun) == "ASSAULT"
    if blow:
        m = _blow_author(ctx, noun)
        if m is not None:
            return m
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.pos_ == "VERB" \
            and (gov.lower_ == "in" or gov.lower_ == "during" and blow):
        clause = gov.head  # "X struck Y in an attack that killed Z": the attack is the striking
        act = _act_of(ctx, clause)
        if (act.type if act is not None else None) != "ASSAULT" and not (act is None and any(
                e.type == "ASSAULT" for e in ctx.lex.verbs.get(ctx.lex.verb_key(clause), ()))):
            return None  # (an assault verb whose object names no one still deals the blow: "struck Y's figures")
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and ctx.lex.verb_key(noun.head) in ctx.lex.light:
        clause = noun.head  # "X launched / carried out a raid that killed Z"
        act = _act_of(ctx, clause)
        if act is None or act.type != "ASSAULT":
            return None  # (the light verb with this noun stages no blow: "launched a website that attacked Y")
    else:
        return None
    if clause.dep_ in ("xcomp", "pcomp") or _negated(ctx, clause) or _modal(ctx, clause)[0]:
        return None  # ("hoped to stage", "denied launching", "accused of carrying out": no blow told as dealt)
    return _source(ctx, clause)


def _forces_owner(ctx: _Ctx, verb: Token) -> Span | None:
    """The side named on the forces an active mobilisation moves: "deployed 150 Bangladeshi peacekeepers",
    "sent Norwegian troops" (the object a common noun, not a named body: "reinforced the X Army" names one)."""
    obj = _first(verb, "dobj")
    if obj is None or obj.pos_ != "NOUN" or _is_passive(ctx, verb) or ctx.mention_of(obj) is not None:
        return None
    return _mention(ctx, obj)


def _stray_agent(ctx: _Ctx, verb: Token, noun: Token) -> Span | None:
    """"condemned the shelling by X" with "by X" hung on the active verb (a misparse): right after the blow
    noun's phrase, the agent is the blow's author, X."""
    if _is_passive(ctx, verb):
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ == "by" and prep.i == noun.right_edge.i + 1:
            return _mention(ctx, _first(prep, "pobj"), 4)
    return None


def _charged_author(ctx: _Ctx, noun: Token, preps: frozenset[str]) -> Span | None:
    """The one an accusation noun aims at: "an inquiry into X", but "an inquiry into the killing of X" aims at
    the killing's author, not at X."""
    for prep in _children(noun, "prep"):
        for p in _children(prep, "pobj") if prep.lower_ in preps else []:
            if _noun_type(ctx, p) in ctx.lex.hostile:
                return _blow_author(ctx, p)
    return _prep_target(ctx, noun, preps)


def _blow_in(ctx: _Ctx, tok: Token) -> Span | None:
    """The author of the blow a passive act was dealt in: "were killed in a Norwegian air strike", "died at
    the hands of X", "was hit with Norwegian sanctions"."""
    for prep in _children(tok, "prep"):
        for noun in _children(prep, "pobj"):
            if prep.lower_ == "at" and _lemma(noun) == "hand" or prep.lower_ in ("in", "during", "with") and _noun_type(
                    ctx, noun) in ctx.lex.hostile:  # ("was hit with US sanctions")
                author = _blow_author(ctx, noun)
                if author is not None:
                    return author
    return None


def _victim_hit(ctx: _Ctx, tok: Token, typ: str, negated: bool, rank: float) -> EventHit | None:
    """"X died in an air strike by Y": the subject is the victim of the hostile act its prepositional
    object names, or the act named on the wounds it died of ("died of wounds sustained in Y's strikes", "died from
    injuries suffered in a Y drone strike"); a natural death ("died in Oslo at the age of 71") is no event."""
    for prep in _children(tok, "prep"):
        if prep.lower_ == "at" and any(_lemma(p) == "hand" for p in _children(prep, "pobj")):
            author = _blow_in(ctx, tok)  # "died at the hands of X"
            return EventHit(typ, author, _mention(ctx, _first(tok, *_SUBJ)), negated, tok.sent, tok,
                            _clip(_BASE["weak"] + rank), _date_text(ctx, tok), _present(ctx, tok))
        if prep.lower_ not in ("in", "during", "from", "of", "after", "under", "following", "as"):
            continue
        nouns = _children(prep, "pobj")
        for noun in list(nouns):  # "died as a result of torture"
            if _lemma(noun) in ("result", "consequence"):
                nouns += [p for of in _children(noun, "prep") if of.lower_ == "of" for p in _children(of, "pobj")]
            # "died of wounds sustained in Y's strikes": the act named in the participle on the wounds
            nouns += [p for acl in _children(noun, "acl") for inner in _children(acl, "prep")
                      if inner.lower_ in ("in", "during", "from") for p in _children(inner, "pobj")]
        for noun in nouns:
            if any(_lemma(c) in ctx.lex.natural_death for c in noun.children):
                return None  # "died of a heart attack"
            if _noun_type(ctx, noun) not in ctx.lex.hostile:
                continue
            victim = _mention(ctx, _first(tok, *_SUBJ))
            author = _blow_author(ctx, noun)
            if author is not None and victim is not None and author.text == victim.text:
                author = None
            return EventHit(typ, author, victim, negated, tok.sent, tok, _clip(_BASE["weak"] + rank),
                            _date_text(ctx, tok), _present(ctx, tok))
    if any(_lemma(p) in ctx.lex.natural_death for prep in _children(tok, "prep") for p in prep.subtree):
        return None  # "died in Oslo at the age of 71", "died of cancer": no one's act
    # a death told without its cause ("a prisoner died in custody"): an act on the dead, its author unknown
    return EventHit(typ, None, _mention(ctx, _first(tok, *_SUBJ)), negated, tok.sent, tok,
                    _clip(_BASE["weak"] + rank), _date_text(ctx, tok), _present(ctx, tok))


def _statement_author(ctx: _Ctx, noun: Token) -> Span | None:
    """Who issued a statement: "a statement by/from X", "a statement issued by X", "a statement posted
    on X's page"."""
    m = _prep_target(ctx, noun, frozenset({"by", "from"}))
    if m is not None:
        return m
    for acl in _children(noun, "acl"):
        agent = _first(acl, "agent")
        m = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
        if m is not None:
            return m
        for prep in _children(acl, "prep"):
            for p in _children(prep, "pobj"):
                poss = _first(p, "poss")
                m = ctx.mention_of(poss) if poss is not None else None
                if m is not None:
                    return m
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not _is_passive(ctx, noun.head):
        # "X issued a statement ...", "X adopted a resolution ...": the subject of the verb that made it
        return _mention(ctx, _first(noun.head, "nsubj"))
    return None


# acts whose object may be another's act, aimed at whoever performs it ("backed the strike called by X")
_BACKING = frozenset({"SUPPORT", "REJECT"})


def _performer(ctx: _Ctx, noun: Token) -> Span | None:
    """Who performs the act an event noun names: "a march by X", "the march organised by X", "the march was
    organised by X"."""
    lex = ctx.lex
    m = _prep_target(ctx, noun, frozenset({"by"}))
    if m is not None:
        return m
    verbs = [a for a in _children(noun, "acl") if a.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for v in verbs:
        agent = _first(v, "agent") if _lemma(v) in lex.light or _lemma(v) in lex.performed_by else None
        m = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
        if m is not None:
            return m
    return None


def _proposer(ctx: _Ctx, noun: Token) -> Span | None:
    """X in "the plan proposed by X", "a proposal put forward by X": who made the proposal answered; so too any
    noun a participle of making or offering (plover.yaml authoring_verbs, offers) tells X put forward: "a truce
    offered by X", "a ceasefire proposed by X", "the amnesty extended by X"."""
    lex = ctx.lex
    proposal = _lemma(noun) in lex.proposal_nouns
    # "a proposal for a truce put forward by X": the participle hung on the last noun of the phrase
    nested = [p for prep in _children(noun, "prep") if prep.lower_ in ("for", "on", "of") for p in _children(prep, "pobj")] \
        if proposal else []
    for acl in _children(noun, "acl") + [a for p in nested for a in _children(p, "acl")]:
        if not proposal and not in_any(_lemma(acl), lex.authoring_verbs, lex.offers):
            continue  # ("a town held by X", "a truce brokered by X": no offer of X's)
        # (not "a deal brokered by X": the mediator's, below, X is no party to the deal)
        agent = _first(acl, "agent") if acl.tag_ == "VBN" and _lemma(acl) not in lex.mediating else None
        m = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
        if m is not None:
            return m
    return _proposing_modifier(ctx, noun) if proposal else None


def _proposing_modifier(ctx: _Ctx, noun: Token) -> Span | None:
    """X in "rejected a government amnesty offer", "accepted a UN peace plan", "turned down an X proposal": a
    proposal noun (plover.yaml proposal_nouns) whose premodifier (a compound, or one on a compound before it) names
    an actor was made by that actor, a bare "government" (after no word but an article; not "a rebel government
    offer") by the article's state (``PhraseResolver.home_state``); None where a possessor or an article-less name stands elsewhere in the phrase
    (the possessor is read as such), or where a modifier names no actor ("a ceasefire offer")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    mods += [g for c in mods for g in c.children if g.dep_ == "compound" and g.i < c.i]
    resolver = referents(noun.doc)
    governments = resolver.kb.relations.get("nearest_government_nouns") or ()
    for c in sorted(mods, key=lambda t: t.i):
        m = ctx.mention_of(c)
        if m is not None and m.root.i < noun.i:
            return m
        if c.lower_ in governments and not any(True for _ in c.children) \
                and all(t.dep_ == "det" for t in noun.doc[noun.left_edge.i:c.i]):
            # "a government amnesty offer": the article's state's (relations.yaml nearest_government_nouns)
            home = resolver.home_state()
            return _actor_span(ctx, home, noun.i, noun.doc) if home is not None else None
    return None


def _summary_reaction(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is a participle with an agent on a noun that sums up the clause before it: "X set up a
    rival administration, a move condemned by Y", "..., a decision welcomed by Z": Y reacts to X's act."""
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and _first(tok, "agent") is not None \
        and head.pos_ == "NOUN" and _lemma(head) in ctx.lex.proposal_nouns \
        and head.dep_ in ("dobj", "npadvmod", "appos", "attr") and _summed_verb(head) is not None \
        and head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("poss", "prep") for c in head.children)


def _summed_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun set off after it sums up: the verb it hangs on ("X closed the border, a move
    ..."), or, for a noun the parser set in apposition to the clause's last noun ("X closed its border with Y, a move
    ...": hung on Y), the verb that noun's phrase hangs on; None for any other head."""
    head = noun.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("dobj", "pobj"):
        return None
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


# acts that answer another's act: the target of one told in a relative clause on a noun summing up the clause
# before is that clause's actor
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "AGREE"})


def _disowned_charge(ctx: _Ctx, tok: Token) -> bool:
    """The clause of ``tok`` ends in a charge noun set off by a comma whose relative clause denies it: "Kenya
    says Norway armed the rebels, a charge Norway denies", "X is funding Y, a claim X has dismissed"."""
    lemmas = token_lowers(tok.doc)[1]  # (no charge noun after the verb in its clause: no Token made of the clause)
    if not any(lemmas[i] in ctx.lex.charge_nouns for i in range(tok.i + 1, tok.right_edge.i + 1)):
        return False
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ not in ("appos", "npadvmod", "dobj") or _lemma(t) not in ctx.lex.charge_nouns \
                or t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].text != ",":
            continue
        for r in t.children:
            if r.dep_ == "relcl" and _lemma(r) in ctx.lex.disowning and _own_denial(ctx, tok, _first(r, "nsubj", "compound")):
                return True
    return False


def _own_denial(ctx: _Ctx, tok: Token, subj: Token | None) -> bool:
    """The one who denies the charge is the act's own actor ("X armed Y, a charge X denies", "..., a claim it
    rejects"); a charge a third party dismisses ("X said it hit Y, a claim Z dismissed") stays X's act. (The
    parser may hang the subject on the verb as a compound: "a claim X rejects".)"""
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return True
    mine, theirs = _source(ctx, tok), _mention(ctx, subj)
    return mine is not None and theirs is not None and mine.text == theirs.text


def _summed_clause(ctx: _Ctx, tok: Token) -> Token | None:
    """The verb of the clause that a trailing noun sums up, for an act told in a relative clause on that noun:
    "X imposed tariffs on Y, a decision Z condemned", "X ordered Y to pay, a ruling Z denounced as biased"; the noun
    may name the act itself (an event noun, or one judged_acts names): "X met Y, a meeting Z condemned", "X shelled
    Y's villages, an attack Z condemned"."""
    head = tok.head
    if tok.dep_ != "relcl" or head.pos_ != "NOUN" \
            or not in_any(_lemma(head), ctx.lex.proposal_nouns, ctx.lex.charge_nouns, ctx.lex.nouns, ctx.lex.judged_acts) \
            or ctx.mention_of(head) is not None or any(c.dep_ in ("poss", "prep") for c in head.children):
        return None  # ("X's decision, which Z condemned": X's own)
    subj = _first(tok, "nsubj")
    if subj is None or subj.lower_ in ("which", "that", "who") or any(
            c.dep_ in _OBJ and c.lower_ not in ("which", "that") for c in tok.children):
        return None
    if any(c.dep_ == "prep" and any(p.tag_ in ("WDT", "WP") for p in c.children) or c.tag_ == "WRB"
           for c in tok.children):
        return None  # ("..., the accord in which Y and Z agreed to ...", "a meeting where Z agreed": what the clause
        # tells happened in the noun's act, no verdict on it)
    if head.left_edge.i == 0 or head.doc[head.left_edge.i - 1].text != ",":
        return None
    verb = head.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "xcomp" or verb.head is verb:
            break  # (through a complement: "X ordered Y to pay, a ruling Z denounced" answers X)
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < head.i else None


def _which_clause(ctx: _Ctx, tok: Token, typ: str | None = None) -> Token | None:
    """The verb of the main clause a reaction set off after a comma by "which" as its object takes up: "X issued a
    statement threatening Y's judges, which Z condemned", "X released a video on Friday, which Z denounced as
    incitement", "Y accused X of bombing villages, which X denied" (the parser hangs the relative clause on the nearest
    noun, no actor: what Z judged is what X did or said); the first verb above that is no participle, relative,
    complement or prepositional clause (for a judgement, the reported clause itself), before the reaction; None when the reaction's antecedent is itself an actor,
    the object is no "which", or that verb is denied, quoted or passive."""
    lex = ctx.lex
    if not in_any(_lemma(tok), lex.reactions, lex.replies, lex.denials, lex.labelling) \
            and not (typ == "REJECT" and _first(tok, "prt")):
        # (a phrasal refusal answers as a reply does: "X called for new elections, which Y has ruled out", "...,
        # which Y turned down")
        return None  # ("..., which the police attributed to X": a charge with its own target)
    if not (tok.dep_ == "relcl" or tok.dep_ in ("advcl", "ccomp") and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i < tok.i) \
            or not any(c.dep_ == "dobj" and c.lower_ == "which" and c.i > 0
                       and tok.doc[c.i - 1].text == "," for c in tok.children):
        return None  # (a "which" on a whole clause may be hung on its verb: "X demanded that Y be restored, which Z
        # has ruled out", or read as the verb's complement: "X conceded defeat quickly, which Z praised")
    head = tok.head
    # (a judgement of a reported act judges the act, and so does a label; a denial, the report)
    judged = in_any(_lemma(tok), lex.reactions, lex.labelling)
    named = ctx.mention_of(head)
    if named is not None and _actor_index(ctx, named) == _actor_index(ctx, _source(ctx, tok)):
        named = None  # ("X offered to build a dam in Y, which Y's government welcomed": no one judges itself; the
        # "which" is the clause's)
    if named is not None or any(ctx.mention_of(p) is not None for p in _children(head, "poss")) \
            and not (judged and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
        # ("hosted talks on Y's plan, which Z ruled out": Y's plan, its owner's, not the host's act; but "X issued a
        # statement warning Y's prosecutors, which Z condemned": a judgement of the act done to Y's men, X's)
        return None
    verb = head
    for _ in range(8):
        # (so does a reply or refusal answer the proposal a third party reports: "X said Y had called for talks,
        # which Z rejected": Y's call; not the content of a demand: "Y demanded that ... be restored, which Z ruled
        # out" answers Y)
        answered = verb.dep_ == "ccomp" and _lemma(tok) not in lex.denials \
            and lex.frames.get(_vl(ctx, verb.head)) == "report"
        if verb.pos_ in ("VERB", "AUX") and (verb.dep_ not in ("acl", "relcl", "xcomp", "advcl", "amod", "ccomp",
                                                              "pcomp") or judged and verb.dep_ == "ccomp" or answered):
            break  # ("Y said X had burned a depot, which Z condemned": X's burning, not Y's words)
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or _negated(ctx, verb) or quoted(verb) \
            or _is_passive(ctx, verb) or _lemma(verb) in lex.reactions:
        # ("X was followed by killings, which Z condemned": no doer named there; "Y condemns the sabotage, which Z
        # ...": a judgement, not the act judged)
        return None
    return verb


def _leads(leader: Span | None, led: Span | None) -> bool:
    """The text makes the actor of ``leader`` the leader of the actor of ``led`` (a leader_of tie the relations
    found: "President X of Velnia", "the Tarsk Party's leader, X")."""
    if leader is None or led is None:
        return False
    resolver = referents(leader.doc)
    s, t = resolver.actor(leader.root), resolver.actor(led.root)
    return s is not None and t is not None and any(
        r.source == s and r.target == t and r.type == "leader_of" for r in resolver.hits)


def _relative_person(ctx: _Ctx, tok: Token | None) -> bool:
    """``tok`` is the relative pronoun "who" or "whom" of a clause on a person the text names ("General X, who was
    dismissed by Y in 2024", "Colonel X, whom Y sacked in March"): the one the clause's verb acts upon is that
    person, no claim or thing."""
    if tok is None or tok.lower_ not in ("who", "whom"):
        return False
    m = _mention(ctx, tok)
    return m is not None and _person_mention(ctx, m)


def _names_actor(ctx: _Ctx, tok: Token | None) -> bool:
    """``tok`` itself, or its apposition, is an actor ("X", "the army chief, X"): not a thing the actor
    owns ("X's claims")."""
    if tok is None:
        return False
    return ctx.mention_of(tok) is not None or any(
        c.dep_ == "appos" and ctx.mention_of(c) is not None for c in tok.children) or (
        tok.dep_ == "dobj" and _misread_apposition(ctx, tok.head, tok) is not None)


def _backed_by(ctx: _Ctx, tok: Token) -> Span | None:
    """The backer a passive names in a "with" phrase of support: "was elected with support from X", "was
    confirmed with the backing of X"."""
    for prep in _children(tok, "prep"):
        for noun in _children(prep, "pobj") if prep.lower_ == "with" else []:
            if ctx.lex.object_nouns.get(_lemma(noun)) == "SUPPORT":
                m = _prep_target(ctx, noun, frozenset({"from", "of"}))
                if m is not None:
                    return m
    return None


def _receives_a_thing(ctx: _Ctx, tok: Token) -> bool:
    """The direct object of ``tok`` is a thing: a common noun that is no actor and no person's role."""
    obj = _first(tok, "dobj")
    return obj is not None and obj.pos_ == "NOUN" and not _is_role(obj) and ctx.mention_of(obj) is None


def _resultative_objects(verb: Token) -> list[Token]:
    """"shot dead the police chief, X", "shot dead the district judge, Y": the parser may read the result adjective
    right after the verb as its complement (oprd, acomp, even advcl) and hang the verb's own object on that
    adjective; that object (after the adjective, the verb having none) is the verb's. Not "left two soldiers dead"
    (the object is the verb's already)."""
    return [o for a in verb.children if a.dep_ in ("oprd", "acomp", "advcl") and a.pos_ == "ADJ" and a.i == verb.i + 1
            and not any(c.dep_ in _OBJ for c in verb.children)
            for o in a.children if o.dep_ == "dobj" and o.i > a.i]


def _second_object(tok: Token) -> bool:
    """``tok`` is a second direct object set off by a comma after the verb's first one and its phrases: an
    apposition the parser hung on the verb ("welcomed the vote in a statement from its chief, X")."""
    return tok.dep_ == "dobj" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," and any(
        c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)


def _sends_a_person(ctx: _Ctx, tok: Token) -> bool:
    """The direct object of ``tok`` is a person: a role ("his deputy", "an aide", "its secretary general"), a
    person's name, a relative pronoun on one ("X, whom he sent to Y as ambassador") or people sent to speak for the
    sender (plover.yaml envoy_bodies: "sent a mission to Y", "sent a mediation team", "had sent elders to ...")."""
    obj = _first(tok, "dobj")
    if obj is not None and obj.tag_ == "WP" and tok.dep_ == "relcl":
        obj = tok.head  # "X, whom he sent": X
    return obj is not None and (_is_role(obj) or _is_role_phrase(obj) or obj.ent_type_ == "PERSON"
                                or obj.pos_ == "NOUN" and _lemma(obj) in ctx.lex.envoy_bodies)


def _talk_partner(ctx: _Ctx, tok: Token, target: Span) -> Span | None:
    """The one talked with, for a verb whose direct object is the matter talked of (plover.yaml topic_verbs): an
    actor named inside that matter is no party to the talk ("discussed the summit of X", "discussed the Y party's
    proposal with Z": Z; "discussed with X the departure of Y": X). The target kept when it is not in the matter."""
    obj = _first(tok, "dobj")
    if obj is None or not (obj.left_edge.i <= target.start and target.end - 1 <= obj.right_edge.i):
        return target
    for head in (tok, obj):
        for prep in _children(head, "prep"):
            if prep.lower_ == "with":
                m = next((m for p in _children(prep, "pobj") for m in [_mention(ctx, p)] if m is not None), None)
                if m is not None:
                    return m
    return None


def _private_journey(ctx: _Ctx, tok: Token) -> bool:
    """A verb of going to a place (a CONSULT entry of a bare verb with its party after "to": "travel >to", "fly >to")
    told of a private errand (plover.yaml private_errands after "for": "travelled to X for medical treatment", "flew
    to Y for surgery") or of someone carried there (a direct object: "had kidnapped him and flown him to X"): no
    visit to X."""
    if _first(tok, "dobj") is not None:
        return True
    return any(_lemma(p) in ctx.lex.private_errands for w in _children(tok, "prep") if w.lower_ == "for"
               for p in _children(w, "pobj"))


def _is_role_phrase(tok: Token) -> bool:
    """``tok`` heads a role of two words ("secretary general": "general" with its compound "secretary") from the
    roles table."""
    from kingmaker.knowledge import knowledge, norm

    words = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    return tok.pos_ == "NOUN" and bool(words) and norm(f"{words[0].lower_} {tok.lemma_}") in knowledge().role_words


def _misread_apposition(ctx: _Ctx, verb: Token, obj: Token) -> Span | None:
    """The apposition of a noun object the parser hung elsewhere: on the verb as an adverbial ("arrested the
    governor of the bank, X, on Monday"), on the body of a role's of-phrase ("dismissed the chief of the
    army, General X, late on Tuesday"), or on the place of a posting phrase the parser hung on the verb ("met
    Velmany's envoy to the region, X, on Friday"; _posting_apposition): X names the object."""
    for n in verb.children:
        if n.dep_ == "npadvmod" and n.pos_ == "PROPN" and n.left_edge.i == obj.right_edge.i + 2 \
                and obj.doc[obj.right_edge.i + 1].text == "," and ctx.mention_of(n) is not None:
            return ctx.mention_of(n)
    if _is_role(obj):  # "the chief of the army, General X": a person's apposition hung on the body's name
        for of in _children(obj, "prep"):
            for body in _children(of, "pobj") if of.lower_ == "of" else []:
                for n in _children(body, "appos"):
                    if n.ent_type_ == "PERSON" and n.i == body.right_edge.i and ctx.mention_of(n) is not None:
                        return ctx.mention_of(n)
    if _is_role(obj):
        return _posting_apposition(ctx, verb, obj)
    return None


def _posting_apposition(ctx: _Ctx, verb: Token, obj: Token) -> Span | None:
    """"received Velmany's ambassador to the islands, X, on Monday": the posting phrase ("to" / "in" / "at" a place)
    right after a role object is hung on the verb and the person's name on its place, as an apposition ending it;
    the name is the role's holder. Only a phrase that starts right after the object and a name set off by commas
    ("met the envoy in Tarsk, X's capital" names no holder: not a person)."""
    doc = obj.doc
    for prep in _children(verb, "prep"):
        if prep.i != obj.right_edge.i + 1 or prep.lower_ not in ("to", "in", "at"):
            continue
        for place in _children(prep, "pobj"):
            for n in _children(place, "appos", "conj"):  # (a hyphened name may be read as a conjunct)
                if n.ent_type_ == "PERSON" and n.i == place.right_edge.i and doc[n.left_edge.i - 1].text == "," \
                        and ctx.mention_of(n) is not None:
                    return ctx.mention_of(n)
        for n in _children(verb, "npadvmod"):  # ("hosted X's envoy at the summit, Y, on ...": Y read as an adverbial)
            if n.ent_type_ == "PERSON" and n.left_edge.i == prep.right_edge.i + 2 \
                    and doc[prep.right_edge.i + 1].text == "," and ctx.mention_of(n) is not None:
                return ctx.mention_of(n)
    return None


def _from_source(ctx: _Ctx, tok: Token) -> Span | None:
    """The actor of a passive act named by "from" ("was expelled from X", "is armed and supplied from
    X"), for the verbs of `from_source`; None when an agent is named or the verb is active."""
    if _vl(ctx, tok) not in ctx.lex.from_source or _first(tok, "agent") is not None:
        return None
    if tok.dep_ == "acomp":  # "X is armed from Y": a passive read as an adjectival complement
        return _prep_target(ctx, tok, frozenset({"from"}))
    if tok.tag_ != "VBN" or not (_is_passive(ctx, tok) or tok.dep_ == "conj" and tok.head.dep_ == "acomp"):
        return None  # active "expelled the envoys from X": X is a place the envoys leave
    return _prep_target(ctx, tok, frozenset({"from"}))


def _patient(ctx: _Ctx, tok: Token) -> Span | None:
    """Who undergoes a passive act: its subject, or the subject its conjunct or copula shares."""
    t = tok
    for _ in range(4):
        subj = _first(t, "nsubjpass", "nsubj")
        if subj is not None:
            return _mention(ctx, subj)
        if t.dep_ not in ("conj", "acomp") or t.head is t:
            break
        t = t.head
    if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
        return _mention(ctx, t.head)
    return _entry_head_span(ctx, tok)  # "Name - Armed and trained by X."


def _issuer_span(ctx: _Ctx, tok: Token) -> Span | None:
    """The body that issues a decision (nlp/layout.py ``operative``: "The X Council, / Recalling ..., / 1. Strongly
    condemns ...; 2. Demands that ..."), for the finite verb with no subject that heads an operative paragraph's
    sentence or is joined to it ("Commends X ..., and calls upon Y to ..."); a mention of it before ``tok``."""
    from kingmaker.nlp.layout import operative

    resolver = referents(tok.doc)
    found = operative(resolver)
    if found is None or tok.sent.start not in found.starts:
        return None
    if tok.tag_ not in ("VBZ", "VBP"):
        return None  # ("Demands that X withdraw ... and release ...": the demand's content, not the body's act)
    v = tok
    while v.dep_ == "conj" and v.head is not v:
        if _first(v, "nsubj", "nsubjpass") is not None:
            return None
        v = v.head
    if v.dep_ != "ROOT" or v.tag_ not in ("VBZ", "VBP") or _first(v, "nsubj", "nsubjpass", "expl") is not None:
        return None
    return _actor_span(ctx, found.body, tok.i, tok.doc)


def _entry_head_span(ctx: _Ctx, tok: Token) -> Span | None:
    """The mention of the entry's head a clause with no subject is said of ("Name - Backs X; has urged Y to
    ...": see ``PhraseResolver.entry_heads``); one head only."""
    heads = referents(tok.doc).entry_subject(tok)
    return _actor_span(ctx, heads[0], tok.sent.start, tok.doc) if len(heads) == 1 else None


def _purpose_party(ctx: _Ctx, tok: Token) -> Span | None:
    """The party a journey or a mission is meant to meet, named by its purpose: "sent a delegation to Z to negotiate
    with X", "flew to Z on Monday to meet X", "dispatched an envoy to Z for talks with X": X, not the place gone to
    (a purpose infinitive with no subject of its own whose verb the lexicon codes as a meeting, or a "for" phrase on
    a meeting noun)."""
    lex = ctx.lex
    preps = lex.target_preps.get("CONSULT", frozenset())
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and _is_infinitive(c) and _first(c, *_SUBJ) is None \
                and any(e.type == "CONSULT" for e in lex.verbs.get(_vl(ctx, c), ())):
            m = _mention(ctx, _first(c, "dobj")) or _prep_target(ctx, c, preps)
            if m is not None:
                return m
        if c.dep_ == "prep" and c.lower_ == "for":
            for p in _children(c, "pobj"):
                if p.pos_ == "NOUN" and _noun_type(ctx, p) == "CONSULT":
                    m = _prep_target(ctx, p, preps - {"to"})
                    if m is not None:
                        return m
    return None


def _to_destination(act: _Act) -> bool:
    """The act's entry finds its other party only as a destination ("send envoys >to", "fly >to"): the
    members of a coordinated subject each go to a third party, they do not meet each other."""
    preps = act.entry.target_preps if act.entry is not None else None
    return bool(preps) and preps <= {"to"}


_STATE_LABELS = frozenset({"GPE", "NORP"})


def _located_target(ctx: _Ctx, tok: Token, source: Span) -> Span | None:
    """"X bombed the ministry building in Y", "X struck targets in Y": the state Y where the struck place lies,
    when the source is a state ("X", "X's jets", "Xian jets") and Y another one."""
    if source.root.ent_type_ not in _STATE_LABELS:
        return None
    heads = [tok] + [c for c in tok.children if c.dep_ in _OBJ and c.pos_ == "NOUN" and ctx.mention_of(c) is None]
    for h in heads:
        for prep in _children(h, "prep"):
            if prep.lower_ not in ctx.lex.located_preps:
                continue
            for p in _children(prep, "pobj"):
                if p.ent_type_ != "GPE":
                    continue
                m = _mention(ctx, p)
                if m is not None and m.text != source.text and m.root.ent_type_ == "GPE":
                    return m
    return None


def _member_in_clause(ctx: _Ctx, noun: Token) -> Span | None:
    """X in "any government that includes X", "a coalition which would include X": a member named in the
    relative clause of the body acted upon."""
    for rel in _children(noun, "relcl"):
        if _vl(ctx, rel) in ctx.lex.member_verbs and not _negated(ctx, rel):
            subj = _first(rel, "nsubj")
            if subj is not None and subj.lower_ in ("that", "which"):
                m = _mention(ctx, _first(rel, "dobj"), limit=3)
                if m is not None:
                    return m
    return None


def _act_on_a_thing(ctx: _Ctx, rel: Token) -> bool:
    """"the sabotage of the cable, which X has attributed to Y": a relative clause whose pronoun is the object of
    an actor's act on a thing tells that act (news), not a standing description of an actor."""
    return ctx.mention_of(rel.head) is None and any(c.dep_ == "dobj" and c.lower_ in ("which", "that")
                                                    for c in rel.children) \
        and any(c.dep_ == "nsubj" and ctx.mention_of(c) is not None for c in rel.children)


def _terms_of(ctx: _Ctx, rel: Token) -> bool:
    """"an agreement under which 300 advisers train X": the relative clause states what a deal or a plan
    provides, not a standing description of an actor."""
    head = rel.head
    return head.pos_ == "NOUN" and ctx.mention_of(head) is None and any(
        c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ == "which" for p in c.children)
        for c in rel.children)


# acts that a speaker reports in the passive only about its own side: "reinforcements have been sent"
_OWN_SIDE_PASSIVE = frozenset({"MOBILIZE"})


def _labelled_object(ctx: _Ctx, tok: Token) -> Token | None:
    """"condemned what it called the militia's blackmail", "denounced what he described as X's aggression":
    the object is the free relative's label ("blackmail", "aggression"), not the one who labels."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "dobj") and _lemma(c) in ctx.lex.labelling \
                and any(w.lower_ == "what" and w.dep_ in _OBJ + ("nsubjpass",) for w in c.children):
            label = _first(c, "oprd")
            if label is None:
                label = next((p for a in _children(c, "prep") if a.lower_ == "as" for p in _children(a, "pobj")), None)
            if label is not None:
                return label
    return None


def _act_noun_party(ctx: _Ctx, noun: Token | None) -> Span | None:
    """The party an actor modifier names on an act noun asked for: "demanding an X withdrawal", "called for a
    Dorvish pullout" (X, Dorvia: the one asked to withdraw); not for nouns whose modifier is the one acted upon
    (plover.yaml of_target_nouns: "demanded an X release")."""
    if noun is None or noun.pos_ != "NOUN" or ctx.mention_of(noun) is not None or _noun_type(ctx, noun) is None \
            or _lemma(noun) in ctx.lex.of_target_nouns:
        return None
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            m = _mention(ctx, c)
            if m is not None:
                return m
    return None


def _inner_entry_preps(ctx: _Ctx, inner: Token) -> frozenset[str]:
    """The target prepositions of the lexicon entry (plover.yaml ">preps") the complement act ``inner`` of a frame
    matched: "voted to suspend cooperation with X", "decided to cut ties with Y" ("suspend cooperation >with": X is
    the one sanctioned, though "with" is no target preposition of SANCTION); empty when its act has no entry or none
    names prepositions."""
    act = _act_of(ctx, inner)
    if act is None or act.entry is None:
        return frozenset()
    return act.entry.target_preps


def _attack_author(ctx: _Ctx, noun: Token | None) -> Span | None:
    """The actor a name before an attack noun says made it ("repelled a Houthi assault", "foiled the Y raid",
    "beat off Y's offensive": plover.yaml repelling_verbs), or None (no name before it: "an attack")."""
    if noun is None:
        return None
    return next((m for c in noun.children if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod")
                 and c.pos_ != "PRON" for m in [_mention(ctx, c, limit=3)] if m is not None), None)


def _described_source(ctx: _Ctx, tok: Token, act: _Act) -> Token | None:
    """The noun of the "from" phrase of a swapped entry ("<from") when it only describes those close to an actor
    (plover.yaml description_labels, with a possessive, maybe after "some of"): "drew criticism from some of X's own
    allies", "faced a rebuke from X's colleagues": X's allies, not X. None for an actor named ("from X", "from X's
    government")."""
    preps = act.entry.source_preps
    for head in (tok, act.obj):
        for c in _children(head, "prep") if head is not None else []:
            if c.lower_ not in preps:
                continue
            for p in _children(c, "pobj"):
                for n in [p, *(q for of in _children(p, "prep") if of.lower_ == "of" for q in _children(of, "pobj"))]:
                    if n.pos_ == "NOUN" and _lemma(n) in ctx.lex.description_labels and ctx.mention_of(n) is None \
                            and _first(n, "poss") is not None:
                        return n
    return None


def _audience_asked(ctx: _Ctx, tok: Token) -> Span | None:
    """The one asked by a demand that names no one asked, told by a verb joined by "and" to a verb of plover.yaml
    facing_verbs with no subject of its own: that verb's object, met or summoned ("X summoned Y's ambassador and
    demanded the men's release", "X met the Y foreign minister and urged an end to the raids": Y). Not a demand with
    a subject of its own ("X met Y and Z demanded ..."), nor one with its own addressee ("X met Y and called on both
    sides to ...", "... and urged them to ...": a name, a pronoun, the object of a complement, the one called on),
    nor one joined to another verb ("X closed the road and demanded ...")."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB" or _vl(ctx, tok.head) not in ctx.lex.facing_verbs \
            or _first(tok, *_SUBJ) is not None:
        return None
    if any(c.dep_ == "dative" or c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or _first(tok, "xcomp") is not None)
           or c.dep_ == "prep" and c.lower_ in ("on", "upon") and _first(c, "pobj") is not None for c in tok.children):
        return None  # ("urged them to ...", "called on both sides to ...": asked of someone it names)
    obj = _first(tok.head, "dobj")
    return _mention(ctx, obj) if obj is not None else None


def _exit_demanded_of(ctx: _Ctx, tok: Token) -> Span | None:
    """The one whose exit a protest demands, in a participle after the protest verb ("crowds rallied outside
    parliament, demanding the resignation of X", "students marched, calling for X's resignation", "protesters
    gathered, demanding that X step down": X; relations.yaml wished_end: exit_words under demand_verbs). Not a release
    or another demand ("demanding the release of X": X is not the one protested), nor a negated demand."""
    from kingmaker.knowledge import knowledge, norm

    cue = knowledge().relations.get("wished_end") or {}
    demands, exits = set(cue.get("demand_verbs") or ()), set(cue.get("exit_words") or ())
    for verb in tok.children:
        if verb.dep_ not in ("advcl", "xcomp", "acl", "conj") or verb.tag_ != "VBG" \
                or norm(verb.lemma_) not in demands or any(c.dep_ == "neg" for c in verb.children):
            continue
        words = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on"))]
        for head in words:
            for c in head.children:
                if c.dep_ in ("dobj", "pobj") and norm(c.lemma_) in exits:
                    who = next((p for p in c.children if p.dep_ == "poss"), None) or next(
                        (o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
                    m = _mention(ctx, who) if who is not None else None
                    if m is not None:
                        return m
                if c.dep_ == "ccomp" and norm(c.lemma_) in {w.split()[0] for w in exits}:
                    m = _mention(ctx, _first(c, "nsubj"))  # "demanding that X resign"
                    if m is not None:
                        return m
    return None


def _target(ctx: _Ctx, tok: Token, act: _Act, typ: str) -> Span | None:
    lex = ctx.lex
    first_side = _between_participle(ctx, tok)
    if first_side is not None:  # "a deal signed between A and B": B (each further side: _coordinated_hits)
        others = _conjuncts(ctx, first_side, _mention(ctx, first_side, limit=3))
        if others:
            return others[0]
    told = _which_clause(ctx, tok, typ) if typ in _REACTIONS else None
    if told is not None:  # "X put out a communique menacing Y's judges, which Z denounced": Z answers X
        m = _source(ctx, told)
        own = _source(ctx, tok)
        if m is not None and (own is None or _actor_index(ctx, m) != _actor_index(ctx, own)):
            return m
    if lex.frames.get(_vl(ctx, tok)) == "accuse" and _is_passive(ctx, tok):
        subj = _first(tok, "nsubjpass")
        m = _mention(ctx, subj) if subj is not None and _noun_type(ctx, subj) is None else None
        if m is not None:
            return m  # "X is accused of financing Y", "X was charged with attacking Y": X is the one accused
    if act.target_tok is not None and not (typ == "REQUEST" and _lemma(act.target_tok) in lex.of_target_nouns):
        m = _mention(ctx, act.target_tok)
        if m is not None:
            return m
    misread = _whose_object(ctx, tok)
    if misread is not None:
        return _mention(ctx, misread[1])  # "X, whose group Y designated as ...": X's group is acted upon
    m = _told_it(ctx, tok) if typ in lex.addressed_types else None
    if m is not None:
        return m  # "X said Y had asked it to join the government": X
    if ctx.lex.frames.get(_vl(ctx, tok)) == "accuse":
        obj = _first(tok, "dobj")
        if obj is None:  # "accused neighbouring X of ...": the adjective misread as a participle
            obj = next((_first(c, "dobj") for c in _children(tok, "xcomp")
                        if c.lower_ in ctx.lex.neighbouring_words), None)
        if obj is None:
            obj = _labelled_object(ctx, tok)
        m = _blamed_on(ctx, tok, act, obj)
        if m is not None:
            return m
        if obj is not None and obj.pos_ == "NOUN" and ctx.mention_of(obj) is None \
                and _noun_type(ctx, obj) in lex.hostile:
            # "condemned the attack on X": the attacker (or the one told before); "blamed the bombing on X" was
            # read above (_blamed_on)
            return _blow_author(ctx, obj) or _stray_agent(ctx, tok, obj)
        if obj is not None and obj.pos_ == "NOUN" and ctx.mention_of(obj) is None:
            # "condemned the violations of X's airspace by Y", "the seizure of X's ships by Y": Y (the parser may
            # hang the agent on the of-phrase's noun)
            for n in [obj] + [p for of in _children(obj, "prep") if of.lower_ == "of" for p in _children(of, "pobj")]:
                m = _prep_target(ctx, n, frozenset({"by"}))
                if m is not None:
                    return m
        # "accused X of sheltering fighters": X is accused; not "condemned her abduction" (she underwent it)
        m = _mention(ctx, obj) if obj is None or _lemma(obj) not in lex.of_target_nouns else None
        if m is not None:
            return m
        if obj is not None and obj.lower_ in ("him", "her") and obj.tag_ == "PRP":
            # "tabled a motion against X, accusing him of signing a deal with Y": the person "him" stands for,
            # never an actor of the charge (Y)
            return _accused_person_pronoun(ctx, tok, obj)
        if obj is not None and obj.lower_ == "it" and obj.pos_ == "PRON" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in [*tok.children, *obj.children]):
            m = _accused_it(ctx, tok, obj)  # "banned the group, accusing it of links to X": the group
            if m is not None:
                return m
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _noun_type(ctx, obj) is None \
                and _lemma(obj) not in lex.proposal_nouns \
                and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and (
                    c.head.i == tok.i or any(p.dep_ == "pcomp" for p in c.children)) for c in [*tok.children, *obj.children]):
            # "accused the prime minister of running the country from X's embassy": the one accused is named,
            # though by no actor name; the charge names no one accused
            return None
    if typ == "CONSULT" and _to_destination(act):
        m = _purpose_party(ctx, tok) or _home_place_visited(ctx, tok)
        if m is not None:
            return m
    core = tok
    if act.kind in ("frame", "light", "phrase", "halt") and act.inner is not None \
            and act.inner.pos_ in ("VERB", "AUX", "ADJ"):
        # "refused to meet X": X; "would stop bombing X": X; but "denied arming X": X is not the one answered
        if ctx.lex.frames.get(_vl(ctx, tok)) != "request" and _vl(ctx, tok) not in lex.unasserted:
            core = act.inner
    preps = lex.target_preps.get(typ, frozenset())
    if act.entry is not None and act.entry.target_preps:
        preps = act.entry.target_preps
    elif core is not tok and (own := _inner_entry_preps(ctx, core)):
        preps = preps | own  # "voted to suspend cooperation with X": the inner entry's own ">with"
    if act.kind == "light" and act.obj is not None and lex.object_nouns.get(_lemma(act.obj)) not in (None, typ):
        # "stepped up his public attacks on X": the head noun keeps its own prepositions
        preps = preps | lex.target_preps.get(lex.object_nouns[_lemma(act.obj)], frozenset())
    if act.inner_type is not None:
        preps = preps | lex.target_preps.get(act.inner_type, frozenset())
    if act.type != typ:  # "will withdraw from X" is a promise (AGREE) about X
        preps = preps | lex.target_preps.get(act.type, frozenset())
    if typ in ("COERCE", "SANCTION"):
        m = _barred_dealings(ctx, core)
        if m is not None:
            return m
    if _summary_reaction(ctx, core):
        return _source(ctx, _summed_verb(core.head))  # "X set up a rival administration, a move condemned by Y": X
    summed = _summed_clause(ctx, tok) if typ in _REACTIONS else None
    if summed is not None:  # "X imposed tariffs on Y, a decision Z condemned": Z answers X
        m = _source(ctx, summed)
        if m is not None:
            return m
    if _is_passive(ctx, core):
        subj = _first(core, "nsubjpass")
        if subj is None and core.dep_ == "conj" and core.head.pos_ in ("VERB", "AUX") and _first(core, "nsubj") is None:
            subj = _first(core.head, "nsubjpass", "nsubj")  # "was arrested and charged", "joined X and was elected"
        if subj is None and core.dep_ == "conj" and core.tag_ == "VBN" and _first(core, "nsubj", "aux") is None \
                and _first_conjunct(core).tag_ == "VBN":
            subj = _first(_first_conjunct(core), "nsubjpass")  # "was armed, trained and funded": all three
        first = _first_conjunct(core)  # (core itself when it is no conjunct)
        if subj is None and _adjectival_passive(first):
            subj = _patient_of_adjectival(first)  # "X is armed by Y": X; "X is armed and trained by Y": X is trained too
        if subj is None and core.dep_ in ("acl", "amod"):
            subj = core.head
            if subj.dep_ == "pobj" and subj.head.lower_ == "of" and _is_role(subj.head.head) \
                    and _lemma(core) in ctx.lex.strikes:
                subj = subj.head.head  # "X, a leader of the Y party detained by Z": the leader is detained
            if subj.dep_ == "appos" and _is_role(subj) and _lemma(core) in ctx.lex.strikes:
                subj = subj.head  # the one the role describes, not the body the role is in
        if subj is None and _reduced_adverbial(core):
            subj = _first(core.head, "nsubj", "nsubjpass")  # "Backed by Y, X attacked Z": X is backed
        if subj is not None and subj.lower_ in ("who", "which", "that") and core.dep_ == "relcl" \
                and subj.tag_ not in ("WP", "WDT"):
            subj = core.head  # "X, who was nominated by Y": X (a relative pronoun is resolved by _mention)
        if subj is not None:
            m = _mention(ctx, subj)
            if m is None and typ in _BACKING and subj.pos_ == "NOUN" and _noun_type(ctx, subj):
                m = _performer(ctx, subj)  # "the march was organised by X and backed by Y": Y backs X
            if m is not None:
                return m
    for c in [*core.children, *(_resultative_objects(core) if typ in lex.hostile else [])]:
        if c.dep_ in _OBJ and typ == "REQUEST" and _lemma(c) in lex.of_target_nouns:
            continue  # "demanded the release of X": X is not the one asked (below)
        if _second_object(c):
            continue  # "welcomed the vote in a statement from its envoy, X": X names the envoy, no object
        if c.dep_ in _OBJ and c.pos_ != "VERB" and not (act.type == "MOBILIZE" and act.inner is None) \
                and not ((typ == "MOBILIZE" or _to_destination(act)) and act.obj is not None and c.i == act.obj.i) \
                and not (_to_destination(act) and act.kind == "verb" and _prep_target(ctx, core, act.entry.target_preps)):
            # nor is the envoy sent "to X" (X is), nor whoever a gerund object acts on ("denies arming X")
            # the object is acted upon ("summoned ambassador X", "dissolved party X"), but the forces a
            # mobilisation moves are not its target ("sent the frigate X", "deployed the army in the north")
            m = _mention(ctx, c) if typ not in _CENSURE or _lemma(c) not in lex.of_target_nouns else None
            # ("condemned her abduction", "protested the arrest of X": X underwent it, the censure is not hers)
            if m is not None and _venue(ctx, c, m):
                m = None  # "backed the Y talks" (Y a capital): where the talks are held, not a party to them
            if m is None and c.tag_ == "WDT" and core.dep_ == "relcl":
                # "X's demand for a share of the revenue, which Y refused", "a proposal from X, which Y rejected":
                # the one who made it (the possessor or author of the noun the relative clause hangs on, or of
                # the noun that phrase completes)
                made = core.head
                for _ in range(3):
                    if _lemma(made) in lex.proposal_nouns or made.dep_ != "pobj" or made.head.dep_ != "prep" \
                            or made.head.lower_ not in ("of", "for", "on"):
                        break
                    made = made.head.head
                if made.pos_ == "NOUN" and in_any(_lemma(made), lex.proposal_nouns, lex.statement_nouns, lex.remark_nouns):
                    m = _mention(ctx, made) or _prep_target(ctx, made, _MADE_BY) or _maker_of_object(ctx, made)
            if m is None and c.pos_ == "PRON" and c.lower_ in ("him", "her", "them") and core.tag_ == "VBG" \
                    and core.dep_ == "advcl" and core.head.pos_ == "VERB" and _first(core, *_SUBJ) is None:
                # "expelled two Swedish diplomats, accusing them of spying": those just acted upon (a direct object
                # of the same number)
                done = _first(core.head, "dobj")
                if done is not None and done.pos_ in ("NOUN", "PROPN") and (c.lower_ == "them") == (
                        done.tag_ in ("NNS", "NNPS") or any(d.dep_ == "conj" for d in done.children)
                        or _object_conjunct(core.head, done)):
                    m = _mention(ctx, done)
            if (m is None or _is_role(c)) and c.pos_ == "NOUN":
                # "arrested the governor of the bank, X, on ...": X misread as an adverbial; the person a role
                # names comes before the body of its of-phrase ("dismissed the chief of the army, General X": X)
                m = _misread_apposition(ctx, core, c) or m
            if c.pos_ == "NOUN" and ctx.mention_of(c) is None:
                m = _member_in_clause(ctx, c) or m  # "will not back any government that includes X": X
            whole = _partitive_whole(ctx, c)
            if m is None and whole is not None and whole.pos_ == "NOUN" and _noun_type(ctx, whole) in (
                    typ, act.type, *([act.inner_type] if _vl(ctx, tok) in lex.offers else [])):
                # "is hosting talks between X and Y", "has hosted several of the meetings between X and Y": the parties
                # (a planned act too: "will host talks between X and Y"; an offer of it (plover.yaml offers: "offered
                # to host talks between X and Y") is made to them, not a denial's "denied any link with X")
                m = _charged_author(ctx, whole, preps) if typ == "ACCUSE" else _prep_target(ctx, whole, preps)
            if m is None and c.pos_ in ("NOUN", "NUM") and (act.kind == "verb" or act.kind == "phrase" and typ in (
                    "AID", "SANCTION")) and act.entry is not None and act.entry.target_preps:
                # "attributed the attack to X", "deposited $2 billion in X's central bank", "recalled its ambassador to
                # X", "froze aid to X": hung on the object
                m = _prep_target(ctx, c, act.entry.target_preps)
            if m is None and typ == "AID" and act.kind == "verb" and c.pos_ in ("NOUN", "NUM"):
                m = _given_for(ctx, c, preps)  # "funded new radios for X's police": X
            if m is None and c.pos_ == "NOUN" and act.kind == "verb" and typ in lex.cooperative:
                m = _own_act_target(ctx, c, typ)
            if m is None and c.pos_ == "NOUN" and (act.kind == "verb" or core.i != tok.i) and "with" in preps:
                # "discussed the crisis with X", "is ready to negotiate a new treaty with X": hung on the object
                m = _with_in_object(ctx, c)
            if m is None and typ in lex.hostile and c.pos_ in ("NOUN", "NUM"):
                m = _area_holder(ctx, c)  # "struck 1,000 targets in X-held Y": X
            if m is None and typ in ("REJECT", "AGREE"):
                m = _proposer(ctx, c)
            if m is None and typ in _REACTIONS and _lemma(c) in lex.proposal_nouns:
                m = _prep_target(ctx, c, _MADE_BY)  # "protested a ruling by X", "refused every request from X"
            if m is None and typ == "PROTEST" and c.pos_ == "NOUN" and _noun_type(ctx, c) in lex.hostile:
                # "protested the detention of N by X", "protested X's raid": the blow's author, as a condemnation's
                m = _blow_author(ctx, c) or _stray_agent(ctx, core, c)
            if m is None and typ in _ANSWERING_PARTNER and c.pos_ == "NOUN":
                m = _partner_in_object(ctx, c) or _beneficiary_in_object(ctx, c)
            if m is None and typ in _BACKING and c.pos_ == "NOUN" and _noun_type(ctx, c):
                m = _performer(ctx, c)  # "backed the march organised by X": X
            if m is None:
                listed = _members(ctx, c)  # "met party leaders, including X and Y"
                m = listed[0] if listed else None
            if m is not None:
                return m
    obj = act.obj if act.obj is not None else (act.inner if act.inner is not None and act.inner.pos_ == "NOUN" else None)
    if obj is not None and obj is act.inner and _vl(ctx, tok) in lex.denials and _noun_type(ctx, obj) in lex.cooperative:
        # "denied any link with X", "denies ties to X": X is the partner of the tie denied, not the one answered
        # (the accuser is: _answered_denials)
        obj = None
    if obj is not None and typ == "REQUEST" and _lemma(obj) in lex.of_target_nouns:
        # "demanded their release", "called for the extradition of X": X is the one to be released, not
        # the one asked (the captor, when named, is the target: "urged Y to release X")
        return _prep_target(ctx, core, preps - {"of"})
    if obj is not None:
        # "launched an attack on X", "talks with X", "the withdrawal of X's troops"
        if typ in ("REJECT", "AGREE") and _lemma(obj) in lex.proposal_nouns:
            preps = preps | {"from", "by"}  # "rejected the proposal from X": X proposed it
        m = _charged_author(ctx, obj, preps) if typ == "ACCUSE" else _prep_target(
            ctx, obj, preps | {"of"} if typ in ("RETREAT", "REQUEST", "SANCTION") else preps)
        if m is not None:
            return m
        m = _proposer(ctx, obj) if typ in ("REJECT", "AGREE") else None
        if m is not None:
            return m
        for of in _children(obj, "prep"):  # "reached this sort of agreement with X", "a memorandum on trade with X"
            if of.lower_ in ("of", "on", "over", "about", "regarding", "concerning") or (
                    of.lower_ == "for" and _lemma(obj) in lex.preparation_nouns):  # "preparations for an offensive"
                for inner in _children(of, "pobj"):
                    m = _prep_target(ctx, inner, preps)
                    if m is not None:
                        return m
        poss = _first(obj, "poss")
        if poss is not None and typ in ("REQUEST", "REJECT"):
            m = _mention(ctx, poss)
            if m is not None:
                return m
    if typ == "REQUEST":
        for prep in _children(core, "prep"):  # "asked for X's help", "appealed for X's support": X is asked
            for p in _children(prep, "pobj") if prep.lower_ == "for" else []:
                poss = _first(p, "poss")
                m = _mention(ctx, poss) if poss is not None and _lemma(p) not in lex.of_target_nouns else None
                if m is not None:
                    return m
        for noun in [obj] + [p for prep in _children(core, "prep") if prep.lower_ == "for" for p in _children(prep, "pobj")]:
            m = _act_noun_party(ctx, noun)
            if m is not None:
                return m
    if typ not in lex.hostile:
        m = _amount_form_target(ctx, core, preps)
        if m is not None:
            return m
    m = _charged_author(ctx, core, preps) if typ == "ACCUSE" else _prep_target(ctx, core, preps)
    if m is not None:
        return m
    if core is not tok:
        m = _prep_target(ctx, tok, preps)
        if m is not None:
            return m
    if typ == "REJECT":
        m = _labelled_armed_party(ctx, core)
        if m is not None:
            return m
    if typ in ("REJECT", "AGREE", "REQUEST"):
        m = _complement_partner(ctx, tok, typ)
        if m is not None:
            return m
    if not any(c.dep_ in _OBJ + ("xcomp", "ccomp", "oprd") for c in tok.children) and not _is_passive(ctx, tok):
        # ("denies arming X but has praised Y": the denial has its own complement, Y is not shared; so has a label
        # the parser made the verb's only complement: "called the dissolution unconstitutional and asked Y to ...")
        for c in tok.children:  # "funded and armed X": the object of the conjoined verb is shared
            if c.dep_ == "conj" and c.pos_ == "VERB" and _first(c, *_SUBJ) is None:
                m = _mention(ctx, _first(c, *_OBJ))
                if m is not None:
                    return m
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(
                    a.dep_ == "amod" and a.tag_ in ("VBN", "JJ") and a.i > tok.i and a.doc[a.i - 1].lower_ == "and"
                    and _vl(ctx, a) in ctx.lex.keys for a in c.children):
                # "has funded and armed X" with "armed" misread as X's modifier and X as a conjunct of the verb
                m = _mention(ctx, c)
                if m is not None:
                    return m
    if any(c.dep_ in _OBJ for c in core.children):
        listed = _members(ctx, core)  # "met the leaders on Sunday, including X and Y"
        if listed:
            return listed[0]
    if typ in _HOLDER_TYPES:
        m = _holder(ctx, core)
        if m is not None:
            return m
    for c in _children(tok, "ccomp"):  # "rejected what it described as allegations by X": X
        if _free_relative(c):
            return _label_names(ctx, c)
    m = _other_party_of_occasion(ctx, tok) or _party_met(ctx, tok)
    if m is not None:
        return m
    if typ == "RETREAT":
        m = _partner_of_occasion_left(ctx, tok)
        if m is not None:
            return m
    offer = typ == "AGREE" and _vl(ctx, tok) in lex.offers
    pledge = typ == "AGREE" and _vl(ctx, tok) in lex.complement_pledges
    if offer or typ == "MOBILIZE" or pledge:
        # whom an offer or a pledge hands something to ("agreed to pay X ...", "agreed to hand the files over to
        # X"), else the party its complement is for, else an offer's home side
        m = ((offer or pledge and not _negated(ctx, tok)) and _promised_recipient(ctx, tok, pledge)
             or _complement_party(ctx, tok, typ) or offer and _offer_to_home(ctx, tok, act) or None)
        if m is not None:
            return m
    if typ == "AID":
        m = _aid_to_people(ctx, tok) or _aid_to_home(ctx, tok, act)
        if m is not None:
            return m
    if typ == "SANCTION":
        m = _halted_aid_to_home(ctx, tok)
        if m is not None:
            return m
    if typ == "CONSULT":
        m = _home_place_visited(ctx, tok)
        if m is not None:
            return m
    if typ == "REQUEST":
        m = _demanded_of_subject(ctx, tok)
        if m is not None:
            return m
    if typ == "AGREE":
        m = _visited_signing_partner(ctx, tok)
        if m is not None:
            return m
    return _warned_addressee(ctx, tok)


def _visited_signing_partner(ctx: _Ctx, tok: Token) -> Span | None:
    """The state visited by the signer of a pact that names no partner, the visit told in the same clause: "X visited
    Lodria in May and signed a fisheries accord", "X paid a visit to Lodria and signed two agreements" (the pact's
    other side is the host; plover.yaml signing_verbs, pact_nouns). None where the pact names its partner ("and
    signed a deal with Y", read before), where no visit comes first, or where the place visited is no actor."""
    lex = ctx.lex
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or _lemma(tok) not in lex.signing_verbs or _is_passive(ctx, tok) \
            or not any(c.dep_ == "dobj" and (_lemma(c) in lex.pact_nouns or c.lower_ in lex.pact_nouns)
                       for c in tok.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # ("X visited Y and Z signed a pact": another signer)
    visit = tok.head
    if visit.pos_ != "VERB":
        return None
    places: list[Token] = []
    if _lemma(visit) == "visit":
        places = _children(visit, "dobj")  # "visited Lodria and signed ..."
    else:  # "paid a visit to Lodria and signed ...", "made a state visit to Lodria, signing ..."
        for noun in _children(visit, "dobj"):
            if _lemma(noun) in cues().visit_nouns:
                places += [p for prep in _children(noun, "prep") if prep.lower_ == "to" for p in _children(prep, "pobj")]
    for place in places:
        m = _mention(ctx, place, limit=3)
        if m is None and _lemma(visit) == "visit":
            return _home_place_visited(ctx, visit)  # "visited Velgrad" (a town of the story's own state)
        if m is not None:
            return m
    return None


def _labelled_armed_party(ctx: _Ctx, verb: Token) -> Span | None:
    """"would not negotiate with \"terrorists\"", "refuses to talk to bandits who take orders from abroad", "will not
    negotiate with outlaw groups": a refusal to deal with a bare plural label for armed men (no article or owner:
    relations.yaml armed_class_plurals, a plural of plover.yaml pejoratives, or a group noun after one of
    armed_label_modifiers) is aimed at the one armed group named in its sentence or the few before
    (``PhraseResolver.armed_body_near``, as "the rebels" is read); None where none or several could be meant."""
    for prep in _children(verb, "prep"):
        if prep.lower_ not in ("with", "to"):
            continue
        for p in _children(prep, "pobj"):
            if p.tag_ != "NNS" or ctx.mention_of(p) is not None \
                    or any(c.dep_ in ("det", "poss", "nummod") for c in p.children):
                continue
            resolver = referents(p.doc)
            label = _lemma(p) in ctx.lex.pejoratives \
                or p.lower_ in (resolver.kb.relations.get("armed_class_plurals") or ()) \
                or any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.armed_label_modifiers for c in p.children)
            if not label:
                continue
            a = resolver.armed_body_near(p)
            m = _actor_span(ctx, a, p.i, p.doc) if a is not None else None
            if m is not None:
                return m
    return None


def _amount_form_target(ctx: _Ctx, verb: Token, preps: frozenset[str]) -> Span | None:
    """"pledged $2 billion in support for X", "offered 300 million euros in credit to X": an amount given (a direct
    object that is a number or counted) in some form, its "in" phrase, names the one it goes to in that form's own
    phrase (the type's target prepositions)."""
    for obj in _children(verb, "dobj"):
        if obj.pos_ != "NUM" and not any(c.dep_ == "nummod" for c in obj.children):
            continue
        for form in (p for prep in _children(obj, "prep") if prep.lower_ == "in" for p in _children(prep, "pobj")):
            m = _prep_target(ctx, form, preps)
            if m is not None:
                return m
    return None


def _foreign_giver(ctx: _Ctx, tok: Token) -> tuple[Any, int, int] | None:
    """The story's one home state (``PhraseResolver.home_state``) and the giver of the offer or halt at ``tok`` (its
    source), with the resolver, when the giver is a foreign state or international body (plover.yaml
    home_offer_givers), not the home state: the frame in which help offered or halted with no one named goes to that
    state ("Korvania has offered credit", "the IMF froze its lending"). None otherwise."""
    resolver = referents(tok.doc)
    home = resolver.home_state()
    own = _source(ctx, tok)
    if home is None or own is None:
        return None
    giver = resolver.actor(own.root)
    if giver is None or giver == home or not ({resolver.kind(giver), resolver.subkind(giver)} & ctx.lex.home_offer_givers):
        return None
    return resolver, home, giver


def _offer_to_home(ctx: _Ctx, tok: Token, act: _Act) -> Span | None:
    """"Korvania has offered credit", "... has pledged to fund a railway" with no one named it is
    made to, "... offered to send patrol boats", in a story about one state (``PhraseResolver.home_state``): an offer (plover.yaml home_offer_verbs) by a
    foreign state or international body (home_offer_givers) is made to that state; not the home state's own offer,
    nor one whose complement or object names a party of its own (left to the rules before), nor a passive one, nor an
    offer of a third party's part between sides (plover.yaml third_party_offers with the mediation and meeting words:
    "has offered to mediate", "offered to host the next round", "offered its good offices"), made to the sides the
    offer need not name. Nor one made to someone who is no actor ("offered asylum to the refugees", "offered its own
    growers loans"), one that answers another party's appeal in the sentence before, one about the giver's own
    affairs ("pledged to cut its emissions"), a hypothetical ("would offer loans if ...") or a denied one."""
    if _lemma(tok) not in ctx.lex.home_offer_verbs or _is_passive(ctx, tok) or tok.pos_ != "VERB" \
            or "CONSULT" in (act.type, act.inner_type) or _negated(ctx, tok) or _unreal(tok) \
            or any(t.i > tok.i and _in_words(ctx.lex.third_party_offers, t)
                   for t in tok.subtree) or _offer_has_recipient(ctx, tok):
        return None
    found = _foreign_giver(ctx, tok)
    if found is None:
        return None
    resolver, home, giver = found
    for c in tok.subtree:  # a party named anywhere in what is offered is not left to the home state (the giver's
        # own name is none: "offered to send patrol boats, but no Nigerian vessel has arrived")
        if c.i > tok.i and resolver.actor(c) not in (None, giver):
            return None
    start = _previous_sentence_start(tok.sent)
    if start < tok.sent.start and any(  # "Y appealed for aid. Korvania has offered flour.": an answer to Y
            ctx.lex.frames.get(_lemma(t)) == "request" and t.pos_ == "VERB" for t in tok.doc[start:tok.sent.start]) \
            and any(resolver.actor(t) not in (None, home, giver) for t in tok.doc[start:tok.sent.start]):
        return None
    return _actor_span(ctx, home, tok.i, tok.doc) or _actor_span(ctx, home, len(tok.doc), tok.doc)


def _aid_to_people(ctx: _Ctx, tok: Token) -> Span | None:
    """Help given to people or places that are no actor (plover.yaml aid_beneficiaries, the object of one of
    aid_beneficiary_preps on the giving verb or on what it gives): "sent tents to flood victims in northern X",
    "delivered flour to villages in the north of X", "announced $5 million in assistance for displaced families in X's
    border provinces" go to the state named inside that phrase or in a place phrase after it on the verb (X, not the
    giver); with no state named there ("shipped medicine to hospitals in the east", "aid for people displaced by the
    fighting"), in a story about one state (``PhraseResolver.home_state``), help from a foreign state or international
    body (``_foreign_giver``) goes to the home state. Not people the giver calls its own ("sent food to its citizens",
    "to their families"), not people who need not be the home state's with no state named (aid_outsiders: "offered
    food to the refugees"), and not a passive or hypothetical act ("would send tents to the victims if ..."), nor help
    told as a defence (aid_defence_adverbs: "they only sent food for needy families", against a charge of arming)."""
    lex = ctx.lex
    if tok.pos_ != "VERB" or _is_passive(ctx, tok) or _unreal(tok) \
            or any(c.dep_ == "advmod" and c.lower_ in lex.aid_defence_adverbs for c in tok.children):
        return None
    heads = [tok] + [t for o in _children(tok, "dobj") for t in o.subtree if t.pos_ in ("NOUN", "NUM", "PROPN")]
    helped = [p for h in heads for prep in _children(h, "prep", "dative") if prep.lower_ in lex.aid_beneficiary_preps
              for p in _children(prep, "pobj") if p.pos_ == "NOUN" and _lemma(p) in lex.aid_beneficiaries
              and ctx.mention_of(p) is None]
    if not helped:
        return None
    resolver = referents(tok.doc)
    own = _source(ctx, tok)
    giver = resolver.actor(own.root) if own is not None else None
    if any(t.tag_ == "PRP$" or t.dep_ == "poss" and t.pos_ == "PRON" for p in helped for t in p.subtree):
        return None  # "to its citizens abroad": the giver's own people
    where = [t for p in helped for t in p.subtree] + [  # (the place phrase may hang on the verb: "... victims in X")
        t for prep in _children(tok, "prep") if prep.lower_ in lex.located_preps and prep.i > helped[0].i
        for t in prep.subtree]
    for t in where:
        a = resolver.actor(t)
        m = _mention(ctx, t) if a is not None and a != giver and resolver.kind(a) == "country" else None
        if m is not None:
            return m  # "to flood victims in northern X": X
    if any(_lemma(p) in lex.aid_outsiders for p in helped):
        return None
    found = _foreign_giver(ctx, tok)
    if found is None:
        return None
    _, home, _ = found
    return _actor_span(ctx, home, tok.i, tok.doc) or _actor_span(ctx, home, len(tok.doc), tok.doc)


def _aid_to_home(ctx: _Ctx, tok: Token, act: _Act) -> Span | None:
    """"The United States donated two patrol boats last spring", "the European Union announced EUR 4 million in
    humanitarian aid", "Taiwan has repeatedly funded clinics in the south" with no one named to receive it, in a story
    about one state (``PhraseResolver.home_state``): help given (plover.yaml home_aid_verbs) by a foreign state or
    international body (``_foreign_giver``) went to that state. Not the home state's own help, nor help that names a
    party anywhere in what is given or in the verb's phrases (left to the rules before), nor help handed "to" someone
    who is no actor ("donated the boats to a fishing cooperative"), nor the giver's own people or things ("funded its
    own navy"), nor bodies that need not be the home state's (home_aid_outsiders: "has long funded militias"), nor a
    passive, denied or hypothetical act ("would fund the port if ...", "denies supplying weapons"). Only a giving the
    lexicon reads surely (no weak trigger: "sent flowers and a note"), told in its own clause (not a participle that
    goes on about a recipient the clause names: "stood behind X, sending drones"), of a thing named, not a pronoun for
    one told before ("critics say Y is funding it"), nor told as a defence ("only sent food for needy families")."""
    lex = ctx.lex
    if act.kind not in ("verb", "phrase") or _lemma(tok) not in lex.home_aid_verbs or tok.pos_ != "VERB" \
            or tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp", "conj") \
            or _is_passive(ctx, tok) or _negated(ctx, tok) \
            or _unreal(tok) or tok.dep_ in ("xcomp", "acl", "relcl") and tok.tag_ == "VB" \
            or any(c.dep_ == "advmod" and c.lower_ in lex.aid_defence_adverbs for c in tok.children) \
            or any(_vl(ctx, a) in lex.denials for a in tok.ancestors if a.pos_ in ("VERB", "AUX")):
        return None  # (nor one denied: "Y denies supplying weapons")
    objs = _children(tok, "dobj")
    if not objs or any(o.pos_ == "PRON" for o in objs):
        return None
    found = _foreign_giver(ctx, tok)
    if found is None:
        return None
    resolver, home, giver = found
    for c in tok.subtree:
        if c.i > tok.i and resolver.actor(c) not in (None, giver):
            return None  # a party named in what is given or whom it went to
        if c.i > tok.i and (c.tag_ == "PRP$" or c.dep_ == "poss" and c.pos_ == "PRON"
                            or c.pos_ == "NOUN" and _lemma(c) in lex.home_aid_outsiders):
            return None  # "funded its own navy", "funded militias in the east"
    if any(prep.lower_ == "to" for prep in _children(tok, "prep", "dative")) or any(
            c.dep_ == "dative" for c in tok.children):
        return None  # handed to someone who is no actor
    return _actor_span(ctx, home, tok.i, tok.doc) or _actor_span(ctx, home, len(tok.doc), tok.doc)


def _halted_aid_to_home(ctx: _Ctx, tok: Token) -> Span | None:
    """"The United States suspended military aid", "the IMF froze its lending programme", "Brussels froze part of
    that money" with no one named the help went to, in a story about one state (``PhraseResolver.home_state``): help
    halted (plover.yaml home_halt_verbs, with a noun of home_halt_nouns as its object, a word before it or in the
    object's "of" phrase) by a foreign state or international body (home_offer_givers) was help to that state, the
    one sanctioned; so is a foreign power's own envoy recalled (home_recall_verbs, home_recall_nouns: "Kenya recalled
    its ambassador in March"). Not the home state's own halt, nor one that names a party in its object or in a phrase of
    home_halt_preps ("suspended aid to X", "froze the funds of the Y party"; "froze it over concerns about X" names a
    reason), nor a passive, denied or hypothetical one ("has not suspended any of the funds", "would freeze aid if
    ...")."""
    lex = ctx.lex
    nouns = lex.home_halt_nouns if _lemma(tok) in lex.home_halt_verbs else \
        lex.home_recall_nouns if _lemma(tok) in lex.home_recall_verbs else None
    if nouns is None or tok.pos_ != "VERB" or _is_passive(ctx, tok) or _negated(ctx, tok) or _unreal(tok):
        return None
    objs = _children(tok, "dobj")
    helped = objs + [p for o in objs for of in _children(o, "prep") if of.lower_ == "of" for p in _children(of, "pobj")]
    if not any(_lemma(n) in nouns or any(_lemma(c) in nouns for c in n.children
                                         if c.dep_ in ("compound", "amod")) for n in helped):
        return None
    found = _foreign_giver(ctx, tok)
    if found is None:
        return None
    resolver, home, _ = found
    named = [t for o in objs for t in o.subtree] + [
        t for prep in _children(tok, "prep") if prep.lower_ in lex.home_halt_preps for t in prep.subtree]
    if any(resolver.actor(t) is not None for t in named):
        return None  # a party named in what is halted or whom it went to is left to the rules before
    return _actor_span(ctx, home, tok.i, tok.doc) or _actor_span(ctx, home, len(tok.doc), tok.doc)


def _home_place_visited(ctx: _Ctx, tok: Token) -> Span | None:
    """"Kenya's foreign minister visited Velgrad", "the bloc sent a delegation to Port Aldo", "X flew to the capital",
    in a story about one state (``PhraseResolver.home_state``): a journey (plover.yaml home_visit_verbs) to a place
    that names no actor and that world knowledge does not place in any state (a proper noun: a town of the story's
    own), or to "the capital" (home_seat_nouns, no word naming a state on it), by a foreign power (a state or an
    international body, home_offer_givers, or a person the text ties to foreign states only; envoys sent by a body the
    text ties to no state, of no kind known) goes to the home state; so does an occasion of the state's attended
    (home_attend_verbs, home_occasion_nouns: "X attended the inauguration").
    Not the home state's own journey ("Dolan flew to Portamar"), nor a journey under a modal or a condition ("would
    visit Velgrad"), nor one to a place world knowledge places ("flew to Nairobi": its state, read before)."""
    lex = ctx.lex
    attend = _lemma(tok) in lex.home_attend_verbs
    if _lemma(tok) not in lex.home_visit_verbs and not attend or tok.pos_ != "VERB" or _is_passive(ctx, tok) \
            or _unreal(tok):
        return None
    sent = [c for c in tok.children if c.dep_ == "dobj"]
    if attend:  # "attended the inauguration": the state's own occasion
        sent = [o for o in sent if _lemma(o) in lex.home_occasion_nouns and all(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "punct" for c in o.children)]
        if not sent:
            return None
    places = [o for o in sent if _lemma(tok) == "visit"] + [
        p for h in [tok, *sent] for prep in _children(h, "prep", "dative") if prep.lower_ in lex.home_visit_preps
        for p in _children(prep, "pobj")]
    bare = _lemma(tok) in lex.home_envoy_verbs and not any(  # (a place anywhere in what is sent: "led by Y to Z")
        t.dep_ in ("prep", "dative") and t.lower_ in lex.home_visit_preps
        for t in [*_children(tok, "prep", "dative"), *(t for o in sent for t in o.subtree)])
    if not bare and not attend and not any(_home_place(ctx, p) for p in places):
        return None  # ("sent a mediation team led by a former minister": no place named, the home state's envoys)
    resolver = referents(tok.doc)
    home = resolver.home_state()
    own = _source(ctx, tok)
    visitor = resolver.actor(own.root) if home is not None and own is not None else None
    if visitor is None or visitor == home:
        return None
    tied = {h.target for h in resolver.hits if h.source == visitor and h.type in ("leader_of", "member_of", "part_of")
            and resolver.kind(h.target) == "country"}
    if resolver.kind(visitor) == "person":
        if not tied or home in tied:
            return None
    elif not ({resolver.kind(visitor), resolver.subkind(visitor)} & lex.home_offer_givers) and not (
            _lemma(tok) in lex.home_envoy_verbs and resolver.kind(visitor) == "organization"
            and resolver.subkind(visitor) in (None, "organization") and not tied):
        return None  # (a body of no state's that sends envoys is a foreign one: "the Forum sent its secretary general")
    return _actor_span(ctx, home, tok.i, tok.doc) or _actor_span(ctx, home, len(tok.doc), tok.doc)


def _attended_occasion(ctx: _Ctx, act: _Act) -> bool:
    """The act is an occasion attended (plover.yaml home_occasion_nouns: "A and B attended the inauguration"): each
    of those who attend is a guest, no partner of the others."""
    return act.obj is not None and _lemma(act.obj) in ctx.lex.home_occasion_nouns


def _home_place(ctx: _Ctx, p: Token) -> bool:
    """``p`` names a place of the story's own: a proper noun of no actor that world knowledge places in no state
    ("Velgrad", "Port Aldo"), or a noun of the state's seat with no word on it but its article ("the capital"); not a
    place the text calls a lesser one (plover.yaml home_lesser_place_nouns: "the desert town of Tarsa", "Tarsa
    province"), where a visitor meets the locals."""
    from kingmaker.knowledge import knowledge, norm

    if p.pos_ == "NOUN":
        return _lemma(p) in ctx.lex.home_seat_nouns and all(
            c.dep_ == "det" and c.lower_ == "the" for c in p.children)
    if p.pos_ != "PROPN" or p.ent_type_ not in ("GPE", "LOC", "FAC", "") or ctx.mention_of(p) is not None:
        return False  # (a person, a body, a date: "flew out of X in January" names no place of the state's)
    words = [c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [p]
    name = " ".join(w.text for w in sorted(words, key=lambda w: w.i))
    kb = knowledge()
    if kb.country_of(name) or kb.country_of(p.text) or norm(name) in kb.regions \
            or in_any(norm(name), kb.places, kb.capitals):
        return False
    lesser = "|".join(sorted(ctx.lex.home_lesser_place_nouns))
    return not re.search(rf"\b(?:{lesser}) of {re.escape(name)}\b|\b{re.escape(name)} (?:{lesser})\b", doc_text(p.doc))


def _offer_has_recipient(ctx: _Ctx, tok: Token) -> bool:
    """The offer ``tok`` names whom it is made to, an actor or not: a second object or dative ("offered the
    exiles asylum", "offered asylum to the exiles"), a "to" phrase, or a "for" phrase of a pronoun or a people
    (plover.yaml population_nouns: "for its citizens"; "surveyors for the dams" names what they are for); or what it
    offers or pledges is about the giver's own (a possessive pronoun on the object of a complement that is no giving,
    relations.yaml giving_verbs, or on a noun before the object: "pledged to defend its borders", "offered its own
    growers loans"; "offered its support", "offered to send its engineers" give)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    for c in tok.children:
        if c.dep_ in ("dative", "iobj") or c.dep_ == "prep" and c.lower_ == "to":
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.pos_ == "PRON" or _lemma(p) in ctx.lex.population_nouns for p in _children(c, "pobj")):
            return True
        if c.dep_ == "xcomp" and _lemma(c) not in cues().giving_verbs and any(
                t.tag_ == "PRP$" for o in _children(c, "dobj") for t in o.subtree):
            return True  # (what it acts on is its own; "to send its engineers", "to pay through its fund" give)
    if any(c.dep_ == "nmod" and c.tag_ in ("NNS", "NNPS") for o in objs for c in o.children):
        return True  # "offered the exiles free shelter": the second object misread as the first's modifier
    return any(t.tag_ == "PRP$" and t.head not in objs for o in objs for t in o.subtree)


def _demanded_of_subject(ctx: _Ctx, tok: Token) -> Span | None:
    """"X demanded that Y resign", "X insists the government step down", "X asked that Y should withdraw": the one
    a demand's that-clause tells to act (its active subject, a named actor other than the asker) is the one asked,
    whatever the clause's verb (one with no act of its own too). Not a passive clause ("asked that the prisoners be
    freed": the ones freed are not asked), a pronoun subject, nor a clause in the past ("asked whether ..." and
    "insisted that Y had ...", "... that Y must have known" tell, they do not ask)."""
    if ctx.lex.frames.get(_vl(ctx, tok)) != "request":
        return None
    own = _source(ctx, tok)
    for c in _children(tok, "ccomp"):
        if c.i > tok.i and c.pos_ == "NOUN" and _first(c, "mark") is not None and _first(c, "compound") is not None:
            # "insisted that Y yield." with the clause-final verb misread as a noun and Y as its compound
            m = _mention(ctx, [d for d in c.children if d.dep_ == "compound"][-1])
            if m is not None and (own is None or _actor_index(ctx, m) != _actor_index(ctx, own)):
                return m
            continue
        if c.i < tok.i or c.pos_ not in ("VERB", "AUX") or _first(c, "auxpass", "nsubjpass") is not None \
                or any(a.dep_ == "aux" and _lemma(a) == "have" for a in c.children):
            continue  # (a perfect: "insisted that Y must have known" tells a belief about the past, asks nothing)
        if not (c.tag_ == "VB" and _first(c, "aux") is None or any(
                a.dep_ == "aux" and a.lower_ in ctx.lex.obligation for a in c.children)):
            continue  # a base-form verb (the mandative "that Y resign") or "should"/"must"
        subj = _first(c, "nsubj")
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        m = _mention(ctx, subj)
        if m is not None and (own is None or _actor_index(ctx, m) != _actor_index(ctx, own)):
            return m
    return None


def _complement_partner(ctx: _Ctx, tok: Token, typ: str) -> Span | None:
    """The other side of a refusal or acceptance whose complement tells serving or governing beside another
    (plover.yaml partnered_verbs, with a preposition of partnered_preps): "refused to serve under X", "has ruled out
    governing with X's party", "agreed to sit alongside X": X; and the one a request asks to meet when the asker
    names no one asked (plover.yaml audience_verbs, the complement's object): "has asked to see X", "asked to meet
    X": X. The complement has no subject of its own ("asked Y to meet X" names Y as the one asked)."""
    for c in tok.children:
        if c.pos_ != "VERB" or _first(c, *_SUBJ, "nsubjpass") is not None \
                or not (c.dep_ == "xcomp" and _is_infinitive(c) or c.dep_ in ("advcl", "pcomp", "xcomp") and c.tag_ == "VBG"):
            continue
        lemma = _lemma(c)
        if typ == "REQUEST":
            if lemma in ctx.lex.audience_verbs and c.dep_ == "xcomp" \
                    and not any(o.dep_ in _OBJ for o in tok.children):
                m = _mention(ctx, _first(c, "dobj"))
                if m is not None:
                    return m
            continue
        if lemma in ctx.lex.permitting_verbs and c.dep_ == "xcomp":
            # "refused to let two X planes land", "agreed to allow the Front to hold rallies": the one let (no pronoun:
            # "refused to let us film" names the speaker's own side, no party)
            obj = _first(c, "dobj", "nsubj", "ccomp")
            m = _mention(ctx, obj) if obj is not None and obj.pos_ != "PRON" else None
            if m is not None:
                return m
            continue
        if lemma not in ctx.lex.partnered_verbs:
            continue
        for prep in _children(c, "prep"):
            if prep.lower_ in ctx.lex.partnered_preps:
                for p in _children(prep, "pobj"):
                    m = _mention(ctx, p)
                    if m is not None:
                        return m
    return None


def _complement_party(ctx: _Ctx, tok: Token, typ: str) -> Span | None:
    """The party a pledge or a deployment is for, named only inside its complement (plover.yaml complement_pledges,
    complement_party_preps): "offered to absorb 4,000 X fighters", "pledged that its deputies would stand with X",
    "promised that its soil would never be used against X's security", "sent troops to fight for X", "will deploy
    engineers to help rebuild Xian border posts": X, the first actor other than the source named there as the object
    of a party preposition, else as an object or a modifier of one; never a subject of the complement (its own side:
    "its deputies"), a pronoun, or a place an act happens in. In a pledge, "against" (complement_denied_preps) names
    it only where the act is denied, the others only where it is not ("pledged not to campaign alongside X": not X)
    (``_party_prep``). No party without a source (a passive's agent left unread)."""
    lex = ctx.lex
    if typ == "MOBILIZE":
        comps = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and _is_infinitive(c)]
        comps += [c for o in _children(tok, "dobj") for c in o.children
                  if c.dep_ in ("acl", "relcl", "advcl") and _is_infinitive(c)]
    else:
        comps = [c for c in tok.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ == "xcomp" and _is_infinitive(c) and _first(c, *_SUBJ, "nsubjpass") is None
            or c.dep_ == "ccomp" and not _clause_before_semicolon(c))]  # ("X visited Y; Z pledged aid": not Y)
    if not comps or _negated(ctx, tok):
        return None
    own = _source(ctx, tok)
    own_i = _actor_index(ctx, own) if own is not None else None
    if own_i is None:
        return None  # ("troops were sent by X to fight for Y": no event of no one for Y)
    words: list[tuple[Token, Token, Token, bool]] = []  # a word, the noun it names or modifies, the complement,
    # and whether the word is that noun's owner
    for comp in comps:
        skip: set[int] = set()
        for t in comp.subtree:
            if t.dep_ in (*_SUBJ, "nsubjpass") or t.dep_ in ("relcl", "acl", "appos", "advcl") and t.i != comp.i:
                skip.update(x.i for x in t.subtree)  # a subject (its own side) or a clause of its own
        for t in comp.subtree:
            if t.i in skip or t.i == comp.i or t.pos_ == "PRON" or t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            head, owner = t, False
            while head.dep_ in ("compound", "amod", "poss", "flat", "conj") and head.head.i != head.i:
                owner = owner or head.dep_ == "poss"
                head = head.head  # the noun the word modifies, and what that noun is
            words.append((t, head, comp, owner))
    # the party a preposition names first ("to keep X in the coalition with Y": Y), then an object or its owner;
    # a deployment's object only by its owner, or its state's people ("to rebuild Xian posts"; not "to reinforce the
    # X front", a place, nor "to train the X police", an aid to that body)
    party = [t for t, head, comp, owner in words
             if head.dep_ == "pobj" and _party_prep(ctx, head.head, comp, typ, owner)]
    resolver = referents(tok.doc)
    done = [t for t, head, _, _ in words if head.dep_ == "dobj" and (
        typ != "MOBILIZE" or not _names_itself(ctx, head) and (
            t.dep_ == "poss" or t.dep_ in ("amod", "compound") and _state_word(resolver, t)))]
    for t in party + done:
        m = ctx.mention_of(t)
        i = _actor_index(ctx, m) if m is not None else None
        if i is not None and i != own_i:
            return m
    return None


def _party_prep(ctx: _Ctx, prep: Token, comp: Token, typ: str, owner: bool) -> bool:
    """``prep`` names the party of a pledge or deployment whose complement is ``comp`` (``_complement_party``): one
    of plover.yaml complement_party_preps; in a pledge, one of complement_denied_preps only where the act is denied
    ("would never be used against X's security") and the others only where it is not ("pledged not to stand with
    X"), and by their object, not its owner (``owner``: not "to hold elections for X's leadership")."""
    lex = ctx.lex
    if prep.lower_ not in lex.complement_party_preps:
        return False
    if typ != "AGREE":
        return True  # (a deployment against X is aimed at X)
    denied = _negated(ctx, comp) or prep.head.pos_ in ("VERB", "AUX") and _negated(ctx, prep.head)
    guarded = prep.lower_ in lex.complement_denied_preps
    return guarded == denied and (guarded or not owner)


def _state_word(resolver, tok: Token) -> bool:
    """``tok`` is a state's people's adjective ("Xian border posts"), not a name ("the X front" is a place's)."""
    a = resolver.actor(tok)
    return a is not None and resolver.kind(a) == "country" and tok.text.lower() != resolver.actors[a].name.lower()


def _names_itself(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` heads an actor's own mention ("the X Police Force"), not a thing of one ("Xian border posts")."""
    m = ctx.mention_of(tok)
    return m is not None and m.start <= tok.i < m.end


def _promised_recipient(ctx: _Ctx, tok: Token, pledge: bool = False) -> Span | None:
    """The one a promise is made to when its complement, no act of its own, hands something over: "promised to
    return 14 citizens to X", "pledged to hand over to X the prisoners", "offered to give X the files", "promised
    to restart the talks with X", "agreed to pay X six million dollars" (``pledge``: plover.yaml complement_pledges,
    never a complement denied: "agreed not to pay X"): X (the complement's dative, its "to" phrase with a thing
    handed, or the "with" phrase of its object); not where one goes ("promised to go to X")."""
    for c in _children(tok, "xcomp"):
        if not _is_infinitive(c) or _first(c, *_SUBJ) is not None or pledge and _negated(ctx, c):
            continue
        obj = _first(c, "dobj")
        m = _mention(ctx, _first(c, "dative"))
        if m is None and (obj is not None and obj.pos_ == "NOUN" and ctx.mention_of(obj) is None or any(
                p.pos_ == "NOUN" for prep in _children(c, "prep") if prep.lower_ == "to" for p in _children(prep, "pobj"))):
            m = _prep_target(ctx, c, frozenset({"to"}), depth=1)
        if m is None and obj is not None and obj.pos_ == "NOUN":
            m = _with_in_object(ctx, obj)
        if m is not None:
            return m
    return None


# acts that censure another's act: the one who underwent it is not their target ("condemned X's arrest")
_CENSURE = frozenset({"ACCUSE", "PROTEST"})


# prepositions that name who made a decision, demand or proposal: "a ruling by X", "a request from X"
_MADE_BY = frozenset({"by", "from"})


def _maker_of_object(ctx: _Ctx, noun: Token) -> Span | None:
    """Who made a demand, offer or statement told as the object of the verb of making it: "X made an offer, which
    Y rejected", "X issued a statement ..., which Y condemned", "X published a list of demands, which Y refused":
    X, the subject of that verb (the top noun of the phrase, up its of-phrases, the verb's direct object)."""
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
            break
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _is_passive(ctx, verb):
        return None
    return _mention(ctx, _first(verb, "nsubj"))


# stances on a two-sided act aimed at the other side of it: "ruled out any deal with X", "welcomed the pact with X"
_ANSWERING_PARTNER = frozenset({"REJECT", "AGREE", "SUPPORT"})


def _partner_in_object(ctx: _Ctx, obj: Token) -> Span | None:
    """The other side of a two-sided act an object noun names: "ruled out any deal with X", "rejected a coalition
    with X", "welcomed the pact with X": X (plover.yaml partnered_nouns, and its "with" phrase)."""
    if ctx.mention_of(obj) is not None or _lemma(obj) not in ctx.lex.partnered_nouns \
            or _vl(ctx, obj.head) in ctx.lex.denials:
        return None  # ("denied any link with X": X is the partner of the tie denied, not the one answered)
    m = _with_in_object(ctx, obj)
    if m is None and obj.dep_ in _OBJ and not _children(obj, "prep"):
        # "ruled out a deal | with X": the parser hung the noun's "with" phrase on the verb, right after the object
        after = next((p for p in _children(obj.head, "prep")
                      if p.lower_ == "with" and p.i == obj.right_edge.i + 1), None)
        party = _first(after, "pobj") if after is not None else None
        if party is not None and ctx.mention_of(party) is not None:  # (not "signed the deal with X's blessing")
            m = _mention(ctx, party)
    return m


def _own_act_target(ctx: _Ctx, obj: Token, typ: str) -> Span | None:
    """The one a cooperative act named by the object noun is aimed at, by that noun's own prepositions (plover.yaml
    target_preps of its type): "withdrew his support for X", "pulled its backing for X", "withdrew its aid to X": X
    loses what the verb takes back. Only a cooperative noun of another type than the verb's ("withdrew its troops
    from the bank" names no one); the parser may hang the phrase on the verb ("withdrew its aid | to X")."""
    t = _noun_type(ctx, obj) if ctx.mention_of(obj) is None else None
    if t is None or t == typ or t not in ctx.lex.cooperative:
        return None
    preps = ctx.lex.target_preps.get(t, frozenset())
    return _prep_target(ctx, obj, preps) or _prep_target(ctx, obj.head, preps, depth=1)


def _beneficiary_in_object(ctx: _Ctx, obj: Token) -> Span | None:
    """The one a stance is taken on when its object is a thing meant for another: "rejected any role for X in the
    province", "opposed a seat for X in the cabinet", "backed a bigger say for X": X (the object's own "for"
    phrase). Not an act's noun ("rejected calls for X", "praised the aid for X": that act's own reading), a proposal
    (its maker is answered) nor an actor's name."""
    if ctx.mention_of(obj) is not None or _noun_type(ctx, obj) is not None \
            or in_any(_lemma(obj), ctx.lex.proposal_nouns, ctx.lex.statement_nouns):
        return None
    return _prep_target(ctx, obj, frozenset({"for"}))


def _purpose_of_meeting(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` is the purpose of a meeting, an infinitive with no object or subject of its own: "will meet X next
    week to ask for a larger share", "met X to demand ..." (a bare meeting verb of the lexicon)."""
    return tok.dep_ in ("advcl", "xcomp") and _is_infinitive(tok) and tok.head.pos_ == "VERB" \
        and _first(tok, *_SUBJ, *_OBJ) is None and _bare_meeting_verb(ctx, tok.head)


def _addressee(ctx: _Ctx, verb: Token) -> Span | None:
    """The one a participle's request is made to through the verb it hangs on: the one given something ("sent X a
    letter asking ..."), or the one met or phoned ("telephoned X, urging that ...", "met X on Monday, asking him
    to ..."; a bare meeting verb of the lexicon)."""
    given = _first(verb, "dative")
    if given is not None:
        return ctx.mention_of(given)
    met = _first(verb, "dobj")
    if met is None or verb.pos_ != "VERB" or not _bare_meeting_verb(ctx, verb):
        return None
    return ctx.mention_of(met)


def _party_met(ctx: _Ctx, tok: Token) -> Span | None:
    """"X met Y in Z last week and pledged support for ...", "visited Y on Monday and promised aid", "received Y
    and offered help": a thing pledged (an offer verb, plover.yaml offers, with a noun object and no clause: not
    "promised to ...", "pledged that ...") in a clause conjoined to a meeting, done by the meeting's subject and
    naming no party of its own, is pledged to the one met (the meeting verb's object)."""
    head, pledged = tok.head, _first(tok, "dobj")
    if tok.dep_ != "conj" or head.pos_ != "VERB" or _vl(ctx, tok) not in ctx.lex.offers \
            or _first(tok, *_SUBJ) is not None or _first(tok, "xcomp", "ccomp") is not None \
            or pledged is None or pledged.pos_ != "NOUN" \
            or not _bare_meeting_verb(ctx, head):
        return None
    met = _first(head, "dobj")
    return ctx.mention_of(met) if met is not None else None


def _bare_meeting_verb(ctx: _Ctx, verb: Token) -> bool:
    """Whether the lexicon codes ``verb`` alone (no words after it) as a meeting (CONSULT): "met", "phoned"."""
    return any(e.type == "CONSULT" and not e.words for e in ctx.lex.verbs.get(_vl(ctx, verb), ()))


def _blamed_on(ctx: _Ctx, tok: Token, act: _Act, obj: Token | None) -> Span | None:
    """The one a charge is laid on by a preposition of the verb's own entry, with a thing as the object:
    "blamed the shortages on X", "blamed the bombing on X" (X is blamed, not the bombing's victim); the parser
    may hang the phrase on the object ("the shortages on X")."""
    entry = act.entry or next((e for e in ctx.lex.verbs.get(_vl(ctx, tok), ()) if not e.words), None)
    if entry is None or not entry.target_preps or obj is None or obj.pos_ != "NOUN" \
            or ctx.mention_of(obj) is not None:
        return None  # (the bare verb's entry too: "blamed the bombing on X" is read as a frame on the act)
    return _prep_target(ctx, tok, entry.target_preps) or _prep_target(ctx, obj, entry.target_preps)


def _actor_index(ctx: _Ctx, span: Span | None) -> int | str | None:
    """The document actor a mention span stands for (its text where the Doc has no actor table)."""
    if span is None:
        return None
    tok2m = span.doc._.km_tok2m if Doc.has_extension("km_tok2m") else None
    if not tok2m or tok2m[span.start] < 0:
        return span.text
    return span.doc._.km_mentions[tok2m[span.start]].actor


def _partner_of_occasion_left(ctx: _Ctx, tok: Token) -> Span | None:
    """"X pulled out of talks with Y", "withdrew from the negotiations with Y", "backed out of the deal with Y", "pulled
    out of a planned summit with Y": a withdrawal from talks or a deal (a noun of CONSULT, AGREE or COOPERATE, or of
    plover.yaml pact_nouns and left_joint_nouns; no party itself) after "from" or "out of" is aimed at the partner
    named after the noun's "with" (the one partner, else None)."""
    nouns: list[Token] = []  # the nouns left
    for c in tok.children:
        heads = [c, *(p for p in _children(c, "prep") if c.lower_ in ctx.lex.particle_heads)] \
            if c.dep_ in ("prep", "prt", "advmod") else []
        nouns += [o for h in heads if h.lower_ in ("from", "of") for o in _children(h, "pobj")]
    for noun in nouns:
        if noun.pos_ != "NOUN" or ctx.mention_of(noun) is not None or _noun_type(ctx, noun) not in _PAIR_TYPES \
                and _lemma(noun) not in ctx.lex.pact_nouns | ctx.lex.left_joint_nouns:
            continue
        found = [m for prep in [*_children(noun, "prep"), *_children(tok, "prep")] if prep.lower_ == "with"
                 for m in (_mention(ctx, p) for p in _children(prep, "pobj")) if m is not None]
        # (the parser may hang the noun's "with" on the verb: "backed out of the deal with Y")
        if len(found) == 1:
            return found[0]
    return None


def _other_party_of_occasion(ctx: _Ctx, tok: Token) -> Span | None:
    """"a telephone call between A and B, in which A asked for ...", "A held talks with B, during which A demanded
    ...", "a summit between A and B at which B promised ...": an act told in a relative clause on an occasion
    ("in/during/at which") whose parties are named ("between A and B", "with B"), done by one of them, is aimed at
    the other (the one other party, or None)."""
    clause = tok
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(p.tag_ == "WDT" for p in c.children)
            for c in clause.children):
        return None
    own = _actor_index(ctx, _mention(ctx, _first(clause, "nsubj")))
    if own is None:
        return None
    parties: list[Token] = []
    t = clause.head
    for _ in range(4):  # the occasion's noun, or the clause it is told in ("held talks with B on Monday, during which")
        for prep in (p for holder in [t, *_children(t, *_OBJ)] for p in _children(holder, "prep")):
            if prep.lower_ in ("between", "with"):  # ("held talks with B": on the verb's object)
                for p in _children(prep, "pobj"):
                    parties += [p, *_children(p, "conj")]
        if parties or t.head is t:
            break
        t = t.head
    found = {_actor_index(ctx, m): m for m in (_mention(ctx, p, limit=3) for p in parties) if m is not None}
    others = [m for a, m in found.items() if a is not None and a != own]
    return others[0] if len(others) == 1 and (own in found or t.i < clause.i and own in {
        _actor_index(ctx, _mention(ctx, s)) for s in _children(t, *_SUBJ)}) else None


def _venue(ctx: _Ctx, noun: Token, m: Span) -> bool:
    """``m`` is a capital city named as the place of the event noun ``noun``: a compound
    "the Y talks", "the Y summit" (Y a capital) tells where the act is held, not who takes part in it."""
    from kingmaker.knowledge import knowledge, norm

    return m.root.head.i == noun.i and m.root.dep_ == "compound" and noun.pos_ == "NOUN" \
        and _noun_type(ctx, noun) is not None and norm(m.text) in knowledge().capitals


def _warned_addressee(ctx: _Ctx, tok: Token) -> Span | None:
    """"X warned Y that it would impose sanctions", "X threatened Y that it would strike": a warning told to an
    actor whose own act names no one is aimed at the one warned (the direct object of the warning verb)."""
    if ctx.lex.frames.get(_vl(ctx, tok)) != "threat" or not _children(tok, "ccomp"):
        return None
    return _mention(ctx, _first(tok, "dobj")) or _warned_of_party(ctx, tok)


def _tells_fate(ctx: _Ctx, verb: Token) -> bool:
    """``verb`` tells a fate: a verb of plover.yaml warned_fates, or one whose object is a fate_objects noun ("would
    receive its punishment")."""
    return _lemma(verb) in ctx.lex.warned_fates or any(
        o.dep_ == "dobj" and _lemma(o) in ctx.lex.fate_objects for o in verb.children)


def _warned_of_party(ctx: _Ctx, tok: Token) -> Span | None:
    """"X warned that Y would not be safe", "... that Y would be next", "... that Y would pay a heavy price", "...
    that Y's bases are within reach": a warning of what is to befall a party named as the subject of its complement
    (a future modal, or a copula in the present; a passive or a verb of plover.yaml warned_fates) aims at that
    party; not "warned that it would retaliate" (the speaker's own plan), "warned that Y would go to court", "...
    that Y will not remain silent" (Y's own acts, told of)."""
    own = _source(ctx, tok)
    for c in _children(tok, "ccomp"):
        if _lemma(c) in ctx.lex.fate_causatives and any(
                a.dep_ == "aux" and a.lower_ in ctx.lex.future for a in c.children):
            # "vowed that the movement would make X pay the price": the fate is the caused clause's, X its subject
            inner = next((d for d in c.children if d.dep_ in ("ccomp", "xcomp") and _tells_fate(ctx, d)), None)
            subj = _first(inner, "nsubj") if inner is not None else None
            m = _mention(ctx, subj) if subj is not None and subj.pos_ != "PRON" else None
            if m is not None and (own is None or m.text != own.text):
                return m
            continue
        subj = _first(c, "nsubj", "nsubjpass")
        if subj is not None and subj.pos_ != "PRON" and any(
                a.dep_ == "aux" and a.lower_ in ctx.lex.obligation for a in c.children) \
                and not any(a.dep_ == "aux" and _lemma(a) == "have" for a in c.children):
            # "warned that X should surrender", "... that X must leave the city": what X is told to do, or else
            # (not a perfect, "... that X should have known": a judgment of the past)
            m = _mention(ctx, subj)
            if m is not None and (own is None or m.text != own.text):
                return m
            continue
        if subj is None or subj.pos_ == "PRON" or not any(
                a.dep_ == "aux" and a.lower_ in ctx.lex.future for a in c.children) and not (
                c.tag_ in ("VBZ", "VBP") and _lemma(c) == "be"):
            continue  # ("warned that X's bases are within reach", "... that X is a target": a state told now too)
        if not _is_passive(ctx, c) and not _tells_fate(ctx, c):
            continue  # ("... that X would receive its punishment": a fate told by its object)
        m = _mention(ctx, subj)
        if m is not None and (own is None or m.text != own.text):
            return m
    return None


def _with_in_object(ctx: _Ctx, obj: Token) -> Span | None:
    """The partner of a verb whose "with" phrase the parser hung inside its object: "discussed the crisis
    with X", "is negotiating the review of a loan programme with X": X (the object, or a noun of its
    of-phrases)."""
    with_ = frozenset({"with"})
    for _ in range(3):
        m = _prep_target(ctx, obj, with_)
        if m is not None:
            return m
        of = next((p for p in _children(obj, "prep") if p.lower_ == "of"), None)
        obj = _first(of, "pobj") if of is not None else None
        if obj is None or obj.pos_ != "NOUN":
            return None
    return None


# acts on a place whose holder is the one acted upon: "attacked a checkpoint held by X", "seized a
# base run by X"
_HOLDER_TYPES = frozenset({"ASSAULT", "COERCE"})


def _holder(ctx: _Ctx, tok: Token) -> Span | None:
    """X in "attacked a checkpoint held by X": the holder of the object place."""
    for c in tok.children:
        if c.dep_ not in _OBJ or ctx.mention_of(c) is not None:
            continue
        for by in c.children:  # "dispersed a rally by X", "dislodged a blockade of the road by X": X
            if by.dep_ == "prep" and by.lower_ == "by":
                m = _mention(ctx, _first(by, "pobj"))
                if m is not None:
                    return m
        for acl in c.children:
            if acl.dep_ in ("acl", "relcl") and _lemma(acl) in ctx.lex.holding_verbs and _is_passive(ctx, acl):
                agent = _first(acl, "agent")
                m = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
                if m is not None:
                    return m
    return None


def _area_holder(ctx: _Ctx, obj: Token) -> Span | None:
    """"struck targets in Houthi-held Yemen", "shelled a depot in the Front-controlled town of Y", "bombed positions
    inside rebel-held areas" (the object of a hostile act placed in an area named by its holder, a hyphened
    participle, plover.yaml holding_participles): the holder, who the act is aimed at; None for any other object."""
    for prep in _children(obj, "prep"):
        if prep.lower_ not in ("in", "inside", "across", "on", "near", "around"):
            continue
        for area in _children(prep, "pobj"):
            for held in area.children:
                if held.dep_ in ("amod", "compound") and held.i >= 2 and _lemma(held) in ctx.lex.holding_participles \
                        and held.doc[held.i - 1].text == "-" and held.doc[held.i - 2].head.i == held.i:
                    m = _mention(ctx, held.doc[held.i - 2], 1)
                    if m is not None:
                        return m
    return None


def _object_conjunct(verb: Token, obj: Token) -> bool:
    """"sanctioned X and two of his brothers", "expelled X and his deputy" with the second object hung on the verb
    as its conjunct (a noun, name or number right after "and" following the object): the object is one of several."""
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i > obj.i
               and c.doc[c.left_edge.i - 1].lower_ in ("and", "&") for c in verb.children)


def _partitive_whole(ctx: _Ctx, tok: Token) -> Token:
    """The event noun a part or a count of it stands for: "most of the talks", "some of the meetings", "three
    rounds of talks" (the talks, the meetings); any other word is itself."""
    if tok.pos_ in ("ADJ", "PRON", "NUM", "DET") or tok.pos_ == "NOUN" and _lemma(tok) not in ctx.lex.object_nouns:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    if p.dep_ == "pobj" and p.pos_ == "NOUN" and _noun_type(ctx, p) is not None:
                        return p
    return tok


def _compound_event_noun(ctx: _Ctx, noun: Token) -> bool:
    """A two-word event noun whose head alone is none ("a phone call between X and Y", "a video call with X")."""
    return any(c.dep_ in ("compound", "amod", "nmod") and (_lemma(c), _lemma(noun)) in ctx.lex.noun_compounds
               for c in noun.children)


def _pact_between(ctx: _Ctx, noun: Token) -> str | None:
    """A pact (plover.yaml pact_nouns) between named sides, the sides' agreement: "the agreement between X and Y",
    "the March accord between X and Y" (AGREE); not a pact as the agent of a passive, a standing instrument ("the
    firm is protected by the treaty between X and Y"), nor one left, ended or only talked of: the object of "from" /
    "out of" ("quit the treaty between X and Y"), of a stopping verb (frames.halt: "scrapped the pact between X and
    Y"), the subject of a verb with no object ("the pact between X and Y lapsed") or a noun's prepositional object
    ("talks on an accord between X and Y")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None
    if _lemma(noun) not in ctx.lex.pact_nouns or not any(p.lower_ == "between" for p in _children(noun, "prep")):
        return None
    arg = noun
    while arg.dep_ == "conj" and arg.head.i != arg.i:
        arg = arg.head  # "scrapped a trade deal and a defence pact between X and Y"
    head = arg.head
    if arg.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in ctx.lex.signing_nouns:
        return "AGREE"  # "since the signing of a protocol between X and Y": made
    if arg.dep_ == "pobj" and (head.lower_ in ("from", "of") or head.head.pos_ in ("NOUN", "PROPN")):
        return None  # "withdrew from the treaty ...", "pulled out of the pact ...", "talks on a new accord ..."
    if arg.dep_ in ("dobj", "obj") and ctx.lex.frames.get(_lemma(head)) == "halt":
        return None  # "scrapped the pact ...", "suspended the accord ..."
    if arg.dep_ == "nsubj" and head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in head.children):
        return None  # "the treaty ... expired", "the accord ... collapsed"
    return "AGREE"


def _hyphened_pair(ctx: _Ctx, noun: Token) -> tuple[Span, Span] | None:
    """The two named sides of a hyphened pair modifying an event noun: "the Iran-Turkmenistan talks", "the
    Velnian-Zorvan summit" (Velnia, Zorva); the parser hangs the first name on the second, a hyphen between them.
    None where either is no actor or one actor stands for both ("the Velnia-Velnia round")."""
    for second in noun.children:
        if second.dep_ not in ("compound", "amod", "nmod") or second.i > noun.i:
            continue
        for first in second.children:
            if first.dep_ in ("compound", "amod", "nmod") and first.i + 2 == second.i \
                    and noun.doc[first.i + 1].tag_ == "HYPH":
                a, b = _mention(ctx, first, limit=1), _mention(ctx, second, limit=1)
                if a is not None and b is not None and a != b:
                    return a, b
    return None


def _agent_hung_target(ctx: _Ctx, noun: Token, preps: frozenset[str], source: Span) -> Span | None:
    """"a raid by X on Y", "an attack by X against Y": the parser often hangs "on Y" on the agent's name or noun
    rather than on the event noun; a name or a force takes no such phrase of its own, so an actor it names is the
    target (a place or a day names none: "a raid by X on the border", "an attack by X on Monday")."""
    for prep in _children(noun, "prep"):
        if prep.lower_ != "by":
            continue
        for agent in _children(prep, "pobj"):
            m = _prep_target(ctx, agent, preps & {"on", "against"})
            if m is not None and m != source:
                return m
    return None


def _noun_hit(ctx: _Ctx, noun: Token, of_agent: bool = False) -> EventHit | None:
    """A standalone event noun ("the attack on X", "talks between X and Y"): needs an actor. ``of_agent``: the
    of-phrase of a noun that does not name the one acted upon names its actor ("the deployment of X's troops")."""
    lex = ctx.lex
    pact = _pact_between(ctx, noun)
    typ = _noun_type(ctx, noun) or lex.owned_nouns.get(_lemma(noun)) or pact
    if (typ is None or _lemma(noun) not in lex.nouns and lex.frames.get(_lemma(noun)) != "halt"
            and not _compound_event_noun(ctx, noun) and pact is None) and _mediating_acl(ctx, noun, typ) is None \
            and not _owned_act(ctx, noun, typ):
        return None  # (a deal brokered by X is X's mediation, whatever the deal; "X's call for talks" is X's request)
    if noun.dep_ in ("compound",):
        return None
    preps = lex.target_preps.get(typ, frozenset())
    # "the arrest of X (by Y)": X is acted upon; then "X's arrest" names X too, "Y's arrest of X" Y
    of_target = _lemma(noun) in lex.of_target_nouns
    patient = _prep_target(ctx, noun, frozenset({"of"})) if of_target else None
    if of_target and patient is None:
        patient = _aimed_at(ctx, noun)
    source = target = None
    owner = False  # the source named as the noun's possessor ("X's attack on Y")
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
            m = _mention(ctx, c, limit=3)
            if m is not None:
                if of_target and patient is None and c.dep_ == "poss":
                    target = m
                else:
                    source = m
                    owner = c.dep_ == "poss"
                break
    by_source = _prep_target(ctx, noun, frozenset({"by"}))
    if by_source is None and patient is not None:
        # "the arrest of X by Y": the parser may hang the noun's by-phrase on X, which a name does not take
        by_source = next((m for prep in _children(noun, "prep") if prep.lower_ == "of"
                          for p in _children(prep, "pobj") if p.pos_ == "PROPN" or ctx.mention_of(p) is not None
                          or _described_patient(p, patient)
                          for m in [_prep_target(ctx, p, frozenset({"by"}))] if m is not None and m != patient), None)
    performed: Token | None = None
    mediated = False
    if by_source is None:
        # "talks hosted by X", "an offensive launched by X", "the truce, which was brokered by X": X acts; a
        # mediator's participle set off by a comma may hang on a side inside the phrase ("a ceasefire between
        # A and B, brokered by X")
        participles = _children(noun, "acl") + [r for r in _children(noun, "relcl") if _first(r, "nsubjpass")
                                                is not None and _first(r, "nsubjpass").lower_ in ("which", "that")]
        participles += [a for t in noun.subtree if t.i > noun.i and t is not noun and t.dep_ in ("pobj", "conj")
                        for a in _children(t, "acl") if _lemma(a) in lex.mediating and a.i > 0
                        and noun.doc[a.i - 1].text == ","]
        for acl in participles:
            agent = _performing_agent(ctx, acl)
            by_source = _mention(ctx, _first(agent, "pobj")) if agent is not None else None
            if by_source is not None:
                performed = acl  # stated as plainly as a clause ("Y launched an offensive")
                # (the comma-set participle on a side of the phrase mediates by its own word)
                mediated = _mediating_acl(ctx, noun, typ) == acl or acl.head is not noun and _lemma(acl) in lex.mediating
                break
    if mediated:
        # "a ceasefire brokered by X", "a deal between A and B mediated by X", "talks hosted by X": X mediates
        # between the sides (a consultation), the truce is not X's own; stated as plainly as a clause
        sides = [m for prep in _children(noun, "prep") if prep.lemma_ in ("between", "with")
                 for p in _children(prep, "pobj") for m in [_mention(ctx, p, limit=3)] if m is not None]
        if not sides:
            sides = [m for m in [_party_of_clause(ctx, noun)] if m is not None]
        rank, hypothetical = _clause_rank(ctx, noun.head if noun.head is not noun else noun)
        if hypothetical or noun.dep_ == "pobj" and noun.head.lower_ in lex.background:
            return None
        return EventHit("CONSULT", by_source, sides[0] if sides and sides[0] != by_source else None, _negated(ctx, noun),
                        noun.sent, noun, _clip(_BASE["noun"] + min(rank, 0.0) + 0.2), _date_text(ctx, noun),
                        _present(ctx, noun))
    if by_source is None and source is None:
        by_source = _claimant(ctx, noun)  # "X claimed responsibility for the attack on Y": as plain as "X attacked Y"
    if by_source is not None:
        source = by_source
    elif source is None:
        source = _prep_target(ctx, noun, frozenset({"from"}))
        if source is not None:
            # "a request from X to Y", "an appeal from X to Y": the "from" phrase named the one asking, the "to"
            # phrase is the one asked (not "from" again, which names whom a demand is made of only with no sender),
            # also where the parser hangs "to Y" on the "from" or on X's name (a name takes no "to" phrase of its own)
            preps = preps - {"from"}
            if "to" in preps and target is None and patient is None:
                target = next((m for prep in _children(noun, "prep") if prep.lower_ == "from"
                               for h in [prep, *(p for p in _children(prep, "pobj") if ctx.mention_of(p) is not None)]
                               for m in [_prep_target(ctx, h, frozenset({"to"}))] if m is not None), None)
    if source is None and of_agent and not of_target:
        source = _prep_target(ctx, noun, frozenset({"of"}))
    target = patient or target or _prep_target(ctx, noun, preps - {"between"})
    if target is None and by_source is not None and source is by_source:
        target = _agent_hung_target(ctx, noun, preps, source)
    if target is None and performed is not None and not mediated and lex.verb_key(performed) in lex.light:
        # "the raid carried out by X on Y": "on Y" hung on the participle, or on the agent's own noun ("by X forces
        # on Y", which takes no such phrase of its own); a light verb's only ("an attack planned by X against Y"
        # need not have come about)
        target = _prep_target(ctx, performed, preps - {"between"}) or next(
            (m for a in _children(performed, "agent") for p in _children(a, "pobj")
             for m in [_prep_target(ctx, p, preps & {"on", "against"})] if m is not None and m != source), None)
    pressed = _pressed_despite(ctx, noun, typ, source)
    if pressed is not None and (target is None or target == source):
        target = pressed  # (a demand's "from" names its source, not whom it asks)
    if target is None and typ in ("REJECT", "AGREE"):
        target = _answered_proposal(ctx, noun)  # "X's rejection of Y's offer": Y
    if target is None and of_agent:  # "welcomed the deployment of X's troops to Y": "to Y" hung on the verb
        target = _prep_target(ctx, noun.head, preps - {"between"})
    between = False
    head = noun.head
    if target is None and source is not None and noun.dep_ == "dobj" and _lemma(head) in lex.reaction_verbs \
            and head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "conj"):
        # "X congratulated Y, prompting a protest from Z": Z reacts to X
        target = _source(ctx, head.head) if head.head.pos_ in ("VERB", "AUX") else None
        between = target is not None
    if target is None:
        preps = _children(noun, "prep")
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
            preps += _children(noun.head, "prep")  # "fighting erupted between X and Y"
            # "fighting went on in the south between X and Y": the phrase hung on the place
            preps += [q for p in _children(noun.head, "prep") for o in _children(p, "pobj")
                      for q in _children(o, "prep") if q.lemma_ == "between"]
        for prep in preps:
            if prep.lemma_ == "between":  # "talks between X and Y", "clashes between X and Y"
                pobj = _first(prep, "pobj")
                if pobj is not None and source is not None and _lemma(noun) in lex.mediation_nouns \
                        and prep.head.i == noun.i:
                    # "X's mediation between A and B": X consults each side (the second one as the first one's
                    # conjunct, ``_coordinated_hits``)
                    target = _mention(ctx, pobj, limit=3)
                    between = target is not None and target != source
                    break
                if pobj is not None:
                    source = _mention(ctx, pobj, limit=3)
                    others = _conjuncts(ctx, pobj, source)
                    if not others and source is not None:
                        # "between forces loyal to X and Y": the second side hung on the first one's phrase
                        others = [m for c in pobj.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                  for m in [_mention(ctx, c, limit=3)] if m is not None and m != source
                                  and m.start != source.start][:1]
                    target = others[0] if others else None
                    between = source is not None
    if target is None and by_source is None and typ in lex.paired_types:
        pair = _hyphened_pair(ctx, noun)  # "the A-B talks ended": A with B
        if pair is not None:
            source, target = pair
            between = True
    owned = by_source is None and not between and _owned_act(ctx, noun, typ)
    answered = False
    if owned and (target is None or target == source):  # ("calls from X": the "from" read as the target too)
        target = _asked_by_noun(ctx, noun, source)
        answered = target is not None and source is not None
        if target is None and _lemma(noun) in lex.owned_nouns and _lemma(noun) not in lex.nouns:
            return None  # "pressure from X proved decisive": pressure on no one named is no request
    elif target is None and by_source is not None and not between and typ is not None \
            and typ.lower() in {t.lower() for t in lex.owned_acts}:
        target = _asked_by_noun(ctx, noun, by_source)  # "in response to an appeal by X": the one answering it
        answered = target is not None
    if target is None and by_source is None and not owned \
            and (source is None or typ not in ("ASSAULT", "PROTEST", "COERCE")):
        # "China's assistance" alone is not news; "the attack on X", "Israeli shelling" are; so is "X's request for
        # aid" (a request or threat told by its noun with its own source: ``_owned_act``)
        return None
    if source is not None and source == target:
        target = None
    if noun.dep_ == "pobj" and noun.head.lower_ in lex.background and pressed is None and not (
            (by_source is not None or owner and source is not None) and target is not None
            and noun.head.lower_ in lex.past_background
            and not any(c.lower_ in lex.unmade_visit_words for c in noun.children)):
        # ("after the arrest of X by Y, ...", "following Y's attack on X": an act told with its agent and the one
        # acted upon has happened; not "after Y's planned / alleged attack on X")
        visitor = _visit_made(ctx, noun, typ, source, target)
        source = visitor if visitor is not None else _prior_talks_party(ctx, noun, typ, source, target)
        if source is None:
            return None  # "during talks with X": the setting of another act
        between = True  # "X said after talks with Y": X's talks with Y, told as plainly as "X met Y"
    rank, hypothetical = _clause_rank(ctx, noun.head if noun.head is not noun else noun)
    if hypothetical:
        return None
    conf = _BASE["noun"] + min(rank, 0.0) + 0.05 * (source is not None) + 0.05 * (target is not None)
    if (by_source is not None or between) and target is not None:
        conf += 0.2  # "a raid by X on Y" states who did what to whom as plainly as a verb
    elif performed is not None:
        conf += 0.1
    elif source is not None and target is not None or owned:
        conf += 0.1  # "Israeli shelling of Gaza", "Iran's talks with Iraq", "X's call for talks"
        if answered and (noun.head.dep_ == "advcl" and noun.head.tag_ == "VBG" or by_source is not None):
            conf += 0.1  # "Y disarmed, heeding a call from X": the one asked heeds it, as plain as "X urged Y"
    elif source is not None and typ in ("ASSAULT", "PROTEST", "COERCE") and noun.dep_ != "ROOT" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and source.start <= c.i < source.end for c in noun.children):
        # "X's boycott of the vote", "discussed X's attacks on shipping": a named possessor's act, aimed at no one
        # named (not a verbless title line, "X's quiet crackdown and ...", which states no act)
        conf += 0.1
    elif by_source is not None and typ in ("ASSAULT", "PROTEST", "COERCE") and noun.dep_ != "ROOT":
        # "the blockade of the port by X", "the arrest of nine traders by X": the agent's act, aimed at no one named,
        # as plain as "X blockaded the port"
        conf += 0.1
    return EventHit(typ, source, target, _negated(ctx, noun) or _denied_happening(ctx, noun), noun.sent, noun,
                    _clip(conf), _date_text(ctx, noun), _present(ctx, noun))


def _described_patient(head: Token, patient: Span) -> bool:
    """The common noun ``head`` of an event noun's of-phrase whose own modifier is the one acted upon: "the expulsion
    of the Velnian ambassador by X", "the arrest of three Velnian sailors by X" (the parser hangs "by X" on the
    ambassador or the sailors, whom the act's agent does not describe); not a name of its own (read as itself)."""
    return head.pos_ == "NOUN" and head.left_edge.i <= patient.start and patient.end <= head.i


def _denied_happening(ctx: _Ctx, noun: Token) -> bool:
    """An event noun (or a gerund read as one) that is the subject of a negated verb with no object, which tells
    that it did not come about: "Fighting between X and Y did not erupt", "no clashes ... ", "Raids on X never
    occurred", "the visit never took place" (plover.yaml happening_phrases); not a verb of stopping ("the shelling
    did not stop": it went on, frames.halt), nor a passive ("the demand was not accepted", "the march has not been
    authorised": the act was made, the answer is another's)."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.i != noun.i and verb.pos_ in ("VERB", "AUX") \
        and ctx.lex.frames.get(_lemma(verb)) != "halt" \
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "attr", "acomp")
                    and f"{_lemma(verb)} {c.lemma_}" not in ctx.lex.happening_phrases for c in verb.children) \
        and _negated(ctx, verb)


def _owned_source(ctx: _Ctx, noun: Token) -> Span | None:
    """The source a request or threat noun names itself: its possessive ("X's call for talks") or its "from"
    phrase ("calls from X for talks")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i:
            return _mention(ctx, c, limit=3)
    return _prep_target(ctx, noun, frozenset({"from"}))


def _owned_act(ctx: _Ctx, noun: Token, typ: str | None) -> bool:
    """A request or threat told by its noun with its own source (plover.yaml ``owned_acts``): "X's request for aid",
    "calls from X for talks", "X's demand that Y withdraw", "X's threat to invade Y" tell that X asked or
    threatened, even as what another verb answers ("Y rejected X's demand"). A noun only mentioned is none: "any
    request from X" (``mention_determiners``), a noun in a question or a condition, or what is itself asked for or
    threatened ("called for X's demand to be heard")."""
    lex = ctx.lex
    if typ is None or typ.lower() not in {t.lower() for t in lex.owned_acts} or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "amod") and c.lower_ in lex.mention_determiners for c in noun.children):
        return False
    if _owned_source(ctx, noun) is None:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head is not noun and lex.frames.get(_lemma(head)) in ("request", "intent", "threat", "irrealis") \
            and _lemma(head) not in lex.answering_verbs:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in lex.hypothetical:
        return False
    return True


def _asked_by_noun(ctx: _Ctx, noun: Token, source: Span | None) -> Span | None:
    """Whom a request or threat told by its noun was aimed at: the subject of its that-clause ("X's demand that Y
    withdraw"), the object of its infinitive ("X's threat to invade Y"), or the one who answers it, the subject or
    agent of an answering verb (plover.yaml ``answering_verbs`` and ``replies``: "Y rejected X's call for talks",
    "X's demand was not accepted by Y", "Y will respond to X's call")."""
    lex = ctx.lex

    def answers(v: Token) -> bool:
        # (a verb with its particle: "Y turned down X's request")
        prt = next((f"{_lemma(v)} {c.lower_}" for c in v.children if c.dep_ == "prt"), None)
        return v.pos_ in ("VERB", "AUX") and (_lemma(v) in lex.answering_verbs or _lemma(v) in lex.replies
                                              or prt in lex.answering_verbs)

    def answerer(v: Token) -> Span | None:
        # the answering verb's own subject or agent, itself a mention ("Y's party rejected ..." names the party,
        # not Y); a verb under "is expected to", "has refused to" takes the subject of the verb it completes
        t = _source_token(ctx, v)
        if t is None and (v.dep_ == "xcomp" or v.dep_ == "advcl" and v.tag_ == "VBG") and _first(v, *_SUBJ) is None:
            t = _first(v.head, "nsubj", "nsubjpass")  # ("Y disarmed, heeding a call from X": Y heeds it)
        if t is None or t.lower_ in ("which", "that", "who"):
            return None
        return ctx.mention_of(t)

    for c in [noun, *(t for t in noun.subtree if t.i > noun.i and t.dep_ == "pobj")]:
        for r in _children(c, "relcl"):
            if r.i > c.i and answers(r) and any(t.lower_ in ("which", "that") for t in r.children
                                                if t.dep_ in ("dobj", "obj", "nsubjpass")):
                m = answerer(r)  # "X's demand for a share of Y, which Z has refused": Z (the relative may hang
                if m is not None and m != source:  # on the last noun of the demand's phrase)
                    return m
    for c in noun.children:
        # (a content clause "that Y withdraw" may be parsed as a relative with "that" as its mark)
        if (c.dep_ in ("acl", "ccomp") or c.dep_ == "relcl" and _first(c, "mark") is not None) \
                and c.pos_ in ("VERB", "AUX") and c.i > noun.i:
            if _is_infinitive(c):
                m = next((x for d in c.children if d.dep_ in ("dobj", "obj")
                          for x in [_mention(ctx, d, limit=3)] if x is not None), None)
            else:
                m = next((x for d in c.children if d.dep_ in ("nsubj", "nsubjpass")
                          for x in [_mention(ctx, d, limit=3)] if x is not None), None)
            if m is not None and m != source:
                return m
    verb, dep = noun.head, noun.dep_
    if dep == "pobj" and verb.lower_ == "to" and _lemma(verb.head) in lex.response_nouns \
            and verb.head.dep_ == "pobj" and verb.head.head.head.pos_ in ("VERB", "AUX"):
        m = answerer(verb.head.head.head)  # "Y ended its boycott in response to an appeal by X": Y was asked
        return m if m is not None and m != source else None
    if dep == "pobj" and verb.lower_ == "under" and verb.head.pos_ in ("VERB", "AUX"):
        m = answerer(verb.head)  # "Y withdrew under pressure from X": Y was pressed
        return m if m is not None and m != source else None
    if dep == "pobj" and verb.dep_ in ("prep", "dative"):
        verb, dep = verb.head, "dobj"
    if verb is noun or not answers(verb) or dep not in ("dobj", "obj", "nsubjpass"):
        return None
    m = answerer(verb)
    return m if m is not None and m != source else None


def _pressed_despite(ctx: _Ctx, noun: Token, typ: str | None, source: Span | None) -> Span | None:
    """Whom a demand, threat or charge by a named actor was aimed at when the clause goes ahead despite it:
    "Y declined to back Z despite a plea from X", "despite threats from X, Y went ahead" (X -> Y)."""
    if source is None or typ not in _COMMUNICATIVE | {"THREATEN"} or noun.dep_ != "pobj" \
            or noun.head.lower_ not in ctx.lex.concessive_preps or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    m = _source(ctx, noun.head.head)
    return m if m is not None and m != source else None


def _answered_proposal(ctx: _Ctx, noun: Token) -> Span | None:
    """"X's rejection of Y's offer", "X's acceptance of the plan proposed by Y": the one whose proposal the
    answering noun's of-phrase names."""
    for prep in _children(noun, "prep"):
        for p in _children(prep, "pobj") if prep.lower_ == "of" else []:
            if _lemma(p) in ctx.lex.proposal_nouns:
                m = _mention(ctx, _first(p, "poss")) or _proposer(ctx, p)
                if m is not None:
                    return m
    return None


def _claimant(ctx: _Ctx, noun: Token) -> Span | None:
    """"X claimed responsibility for the attack on Y", "X took credit for the bombing": the one who claims the act
    as its own carried it out (the subject of the claiming verb); "X denied responsibility for ..." names no one."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.dep_ != "dobj":
        return None
    owned = prep.head
    if _lemma(owned) not in ctx.lex.claimed_nouns or _lemma(owned.head) not in ctx.lex.claiming_verbs \
            or any(c.dep_ == "neg" for c in owned.head.children):
        return None  # ("did not claim responsibility for ...": no one is named)
    return _source(ctx, owned.head)


def _aimed_at(ctx: _Ctx, noun: Token) -> Span | None:
    """"X's sanctions against Y", "X's blockade on Y": the actor that the preposition's object itself names is
    acted upon (then the possessor acts); "X's arrest on charges of ...", "on Y's orders" name no one so."""
    for prep in _children(noun, "prep"):
        if prep.lower_ in ctx.lex.aimed_preps:
            for p in _children(prep, "pobj"):
                m = ctx.mention_of(p)
                if m is not None:
                    return m
    return None


def _prior_talks_party(ctx: _Ctx, noun: Token, typ: str, source: Span | None, target: Span | None) -> Span | None:
    """"X said after talks with Y that ...", "X picked him after a meeting with Y": talks held before a past act
    (plover.yaml prior_talk_marks) were held by the one who acts, X; None for any other setting ("during talks
    with Y", "will invite X after consultations with Y", talks whose own party is named)."""
    verb = noun.head.head
    if typ != "CONSULT" or source is not None or target is None or noun.head.lower_ not in ctx.lex.prior_talk_marks \
            or verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return None
    m = _source(ctx, verb)
    return m if m is not None and m != target else None


def _visit_setting(ctx: _Ctx, noun: Token) -> bool:
    """``noun`` is a visit (relations.yaml visit_nouns) framing another act (plover.yaml visit_marks): "during his
    visit to Y", "on a trip to Y" (read on its own, though inside the phrase of the act it frames)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ctx.lex.visit_marks and _lemma(noun) in cues().visit_nouns


def _visit_made(ctx: _Ctx, noun: Token, typ: str, source: Span | None, target: Span | None) -> Span | None:
    """The visitor of a visit that sets a past act: "X praised the plan during his visit to Y" (X: "his" is the
    clause's subject), "the pact was signed during a visit to Y by X", "on a trip to Y, X met Z" (plover.yaml
    visit_marks) was made, with its visitor and the actor visited named, as plainly as "X visited Y"; None for "will
    sign it during a visit to Y", a negated act, an act under a modal or a condition ("would have signed it during
    his visit"), a visit told as planned or called off (plover.yaml unmade_visit_words)."""
    lex = ctx.lex
    if typ != "CONSULT" or target is None or not _visit_setting(ctx, noun) \
            or any(c.lower_ in lex.unmade_visit_words for c in noun.children):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or _negated(ctx, verb) or _modal_word(ctx, verb) is not None \
            or _conditioned(ctx, verb) or _inverted_condition(verb) or not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or _lemma(c) == "have") for c in verb.children)):
        # (a past act, or a perfect or past passive one: "the pact was signed during ..."; not one told under a
        # modal or a condition: "would have signed it during his visit", "had he signed it during his visit, ...")
        return None
    if source is None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        source = _source(ctx, verb)  # "X spoke during his visit to Y": the visitor is the one who acts
    return source if source is not None and source != target else None


def _mediating_acl(ctx: _Ctx, noun: Token, typ: str | None = None) -> Token | None:
    """The participle by which a third party brings the sides of an event noun together: "a truce brokered by
    X", "a deal mediated by X", "talks hosted by X" (hosting: for talks only)."""
    acls = _children(noun, "acl")
    if not acls:
        return None  # (asked of every noun: most have no participle, and their own type need not be read)
    typ = typ or _noun_type(ctx, noun)
    for acl in acls:
        if acl.tag_ == "VBN" and _first(acl, "agent") is not None and (
                _lemma(acl) in ctx.lex.mediating or typ == "CONSULT" and _lemma(acl) in ctx.lex.hosting):
            return acl
    return None


def _party_of_clause(ctx: _Ctx, noun: Token) -> Span | None:
    """The first side of a mediated act told by the clause the noun hangs on: "A and B signed a truce brokered
    by X", "A met B in talks hosted by X": A (its coordinated sides follow as conjuncts)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in (*_OBJ, "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _source(ctx, verb)


def _clip(x: float) -> float:
    return round(max(0.05, min(0.99, x)), 3)
