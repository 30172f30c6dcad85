"""The relations stage's last step: the hits ``find_relations`` found that are no tie between two different actors an
extraction lists, dropped before they reach ``doc._.km_relations`` (``components.make_relations``), as the events
stage drops its own (``event_drops``), so that ``to_model`` only converts what is left; and the one rule on the
converted ties that ``to_model`` applies per piece and again over a long document's joined pieces
(``without_led_members``).

"A listed actor" is an actor the extraction lists (``components.listed_actor``: an emitted actor, a bare ministry
standing for its state).

A state's plain organ ("Velnian troops", "the Velnian army", "Velnia's police": an ``inst:`` actor named only by its
state's word and a lower-case generic noun) stays an actor of its own (its events, facts and other ties are kept), but
its part_of its own state is dropped: the registries count such an unnamed organ as the state itself, and list the tie
at most as optional where they register the organ apart (``plain_organ_state``); for the same reason a named unit's
part_of a state's plain armed force is a part_of the state (``unnamed_force_state``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kingmaker.knowledge import norm
from kingmaker.nlp import asked, refuted_claim, span_text

__all__ = ["kept_relations", "plain_organ_state", "unnamed_force_state", "without_led_members"]


def kept_relations(doc: Doc, hits: list) -> list:
    """The hits of ``doc`` that tie two different listed actors (a bare ministry and its state are one), in order,
    not asked in a yes/no question ("Is Ostria arming the Front?")."""
    from kingmaker.nlp.components import listed_actor  # (lazy: components builds the relations stage)

    listed = listed_actor(doc)
    out = []
    for hit in hits:
        source, target = listed(hit.source), listed(hit.target)
        if source is None or target is None or source == target:
            continue  # a tie with no one the extraction lists, or of an actor with itself
        if hit.type == "part_of" and plain_organ_state(doc, source) == target:
            continue  # "Velnian troops" part_of Velnia: the state's unnamed organ is the state
        if hit.type == "part_of":
            state = unnamed_force_state(doc, target)
            if state is not None and listed(state) not in (None, source):
                hit = replace(hit, target=state)  # "the Falcon Brigade, a unit of the Velnian army": part_of Velnia
        if asked(hit.span.root):
            continue  # "Does Ostria back the Front?"
        if refuted_claim(hit.span.root):
            continue  # "Claim: \"Ostria arms the Front.\"" over "Verdict: FALSE"
        out.append(hit)
    return out


def plain_organ_state(doc: Doc, organ: int) -> int | None:
    """The state actor of which ``organ`` is the plain organ ("Velnian troops", "the Velnian army", "Velnia's police",
    "the Velnian parliament": an ``inst:STATE:NOUN`` actor every name and mention of which is at most two words
    besides "the", ends in a lower-case noun and is no acronym), when the document names that state; None for a force
    with a name of its own ("the Velnian Armed Forces", "the Velnian Army", "the Velnian National Police", "FAV"), for
    any other actor, and for an organ whose state the document does not name."""
    actors = doc._.km_actors or []
    mentions = doc._.km_mentions or []
    if not 0 <= organ < len(actors) or not actors[organ].key.startswith("inst:"):
        return None
    body = actors[organ]
    state = norm(body.key.split(":")[1])
    texts = [t for t in (*body.names, *(span_text(doc, mentions[i].start, mentions[i].end) for i in body.mentions))
             if t.strip()]
    if not texts or not all(_plain_organ_text(t, state) for t in texts):
        return None
    return next((a.idx for a in actors if a.kind == "country" and a.key.startswith("country:") and a.mentions
                 and norm(a.key.split(":", 1)[1]) == state), None)


def _plain_organ_text(text: str, state: str) -> bool:
    """A plain organ's name or mention: at most two words besides "the", ending in a lower-case noun ("Velnian troops",
    "the Velnian army", "Velnia's police", a bare "parliament"), or its state's word and at most three lower-case
    generic words ("Velnian special forces", "Velnian border police", "United States military", "South Korean
    intelligence": as many capitalised words first as the state's own name has, at least one); not an acronym ("VDF")
    nor a name with a capital after its state's word ("the Velnian Army", "the Velnian Special Forces Command")."""
    words = [w for w in text.split() if w.lower() != "the"]
    if not words or text.replace(".", "").isupper() or not words[-1][:1].islower():
        return False
    if len(words) <= 2:
        return True  # "Velnian troops", "Velnia's police", a bare "parliament"
    head = 0
    while head < len(words) and not words[head][:1].islower():
        head += 1
    rest = words[head:]
    return 0 < head <= max(1, len(state.split())) and 0 < len(rest) <= 3 and all(w[:1].islower() for w in rest)


def unnamed_force_state(doc: Doc, organ: int) -> int | None:
    """The state of which ``organ`` is the unnamed armed force, the whole a named unit belongs to ("the Falcon Brigade,
    a unit of the Velnian army", "the Eastern Command, part of the Velnian armed forces", "the Guard, an arm of
    Velnia's military": an ``inst:STATE:military`` actor that is a plain organ, ``plain_organ_state``), when the
    document names that state; None for a force with a name of its own ("the Velnian Armed Forces", "FAV"), for any
    other organ or actor. The registries count such a force as the state itself, so a unit's part_of it is a part_of
    the state."""
    actors = doc._.km_actors or []
    if not 0 <= organ < len(actors) or actors[organ].key.split(":")[-1] != "military":
        return None
    return plain_organ_state(doc, organ)


def without_led_members(relations: list) -> list:
    """"X leads Y" and "X is a member of Y" about the same pair: leading says more (the member_of tie dropped)."""
    leads = {(r.source, r.target) for r in relations if r.type == "leader_of"}
    return [r for r in relations if not (r.type == "member_of" and (r.source, r.target) in leads)]
