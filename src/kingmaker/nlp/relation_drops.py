"""The relations stage's last step: the hits ``find_relations`` found that are no tie between two different actors an
extraction lists, dropped before they reach ``doc._.km_relations`` (``components.make_relations``), as the events
stage drops its own (``event_drops``), so that ``to_model`` only converts what is left; and the one rule on the
converted ties that ``to_model`` applies per piece and again over a long document's joined pieces
(``without_led_members``).

"A listed actor" is an actor the extraction lists (``components.listed_actor``: an emitted actor, a bare ministry
standing for its state).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kingmaker.nlp import asked, refuted_claim

__all__ = ["kept_relations", "without_led_members"]


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
        if asked(hit.span.root):
            continue  # "Does Ostria back the Front?"
        if refuted_claim(hit.span.root):
            continue  # "Claim: \"Ostria arms the Front.\"" over "Verdict: FALSE"
        out.append(hit)
    return out


def without_led_members(relations: list) -> list:
    """"X leads Y" and "X is a member of Y" about the same pair: leading says more (the member_of tie dropped)."""
    leads = {(r.source, r.target) for r in relations if r.type == "leader_of"}
    return [r for r in relations if not (r.type == "member_of" and (r.source, r.target) in leads)]
