"""Build the power graph that every analysis reads: a ``networkx.MultiDiGraph``.

Nodes are actor ids with ``name``, ``kind``, ``subkind``, ``aliases`` and ``documents``.
Edges carry ``id`` (the item id), ``kind`` (``"relation"`` or ``"event"``), ``type`` (``leader_of``... or a PLOVER
code), ``document``, ``date`` (the event's own date, else the document's date), ``negated``
(events only), ``confidence`` and ``evidence`` (a dict: document, date, text, start, end).

Items that cannot be edges are kept on ``G.graph``:

* ``G.graph["facts"]``: every fact (seats, troops) as a dict with its evidence;
* ``G.graph["loose_events"]``: events whose source or target is unknown (``null`` in the
  contract); the timeline counts them when no actor filter is given;
* ``G.graph["documents"]``: ``{id: {"title", "date", "path"}}`` of the documents kept;
* ``G.graph["as_of"]``: the cut-off date the graph was built with (or ``None``).

Examples
--------
>>> data = {"kingmaker_format": 1,
...         "documents": [{"id": "d1", "date": "2020-01-05"}],
...         "actors": [{"id": "a1", "name": "Alpha Party", "kind": "organization"},
...                    {"id": "a2", "name": "Jane Roe", "kind": "person", "aliases": ["Roe"]}],
...         "relations": [{"source": "a2", "type": "leader_of", "target": "a1",
...                        "document": "d1", "evidence": "Roe leads Alpha.", "start": 0, "end": 16}],
...         "events": [], "facts": []}
>>> G = build_graph(data)
>>> sorted(G.nodes(data="name"))
[('a1', 'Alpha Party'), ('a2', 'Jane Roe')]
>>> [(u, v, d["type"], d["date"]) for u, v, d in G.edges(data=True)]
[('a2', 'a1', 'leader_of', '2020-01-05')]
>>> find_actor(G, "roe")
'a2'
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kingmaker.errors import InputError, KingmakerError
from kingmaker.model import Extraction

__all__ = [
    "ActorNotFound", "Selection", "select", "last_day_of", "build_graph", "find_actor", "actor_label", "parse_date", "date_key",
    "first_days",
    "evidence_of", "events", "relations",
]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class ActorNotFound(KingmakerError):
    """An actor argument matches no actor (or several); the message lists close matches."""


def parse_date(text: str | None) -> tuple[_dt.date, str] | None:
    """Parse an ISO date, possibly partial, into ``(first day, precision)``.

    Parameters
    ----------
    text : str or None
        ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a time part after the date is ignored).

    Returns
    -------
    tuple of (datetime.date, str) or None
        The first day the text can denote and its precision (``"day"``, ``"month"``,
        ``"year"``); ``None`` when the text is empty or not a date.

    Examples
    --------
    >>> parse_date("2010-03")
    (datetime.date(2010, 3, 1), 'month')
    >>> parse_date("March 2010") is None
    True
    """
    if not text:
        return None
    return _parse_date_text(str(text))


@functools.lru_cache(maxsize=1 << 16)
def _parse_date_text(text: str) -> tuple[_dt.date, str] | None:
    """:func:`parse_date` of a text, kept for the texts seen last (a store's analyses and pages parse
    the same few thousand dates, as written, on every request: a calendar's worth, whatever the
    number of documents)."""
    m = _DATE_RE.match(text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return _dt.date(int(year), int(month), int(day)), "day"
        if month:
            return _dt.date(int(year), int(month), 1), "month"
        return _dt.date(int(year), 1, 1), "year"
    except ValueError:
        return None


def first_days(texts: Iterable[str | None]) -> list[str]:
    """The distinct first days (ISO) of the dates in ``texts``, sorted; what is not a date is left out.

    The map's date slider offers these days.

    >>> first_days(["2010-03", "2009", None, "2010-03-01", "soon"])
    ['2009-01-01', '2010-03-01']
    """
    return sorted({p[0].isoformat() for p in map(parse_date, texts) if p})


def date_key(text: str | None) -> str:
    """A sort key for dates where missing dates sort first (``""``)."""
    parsed = parse_date(text)
    return parsed[0].isoformat() if parsed else ""


def last_day_of(as_of: str | _dt.date | None) -> _dt.date | None:
    """The last day a possibly partial date covers (``2010-03`` -> 2010-03-31, ``2010`` -> 2010-12-31):
    the one as-of cut of the CLI, the analyses and the web app. Not a date: :class:`InputError`.

    >>> last_day_of("2010-02"), last_day_of(None)
    (datetime.date(2010, 2, 28), None)
    """
    if as_of is None or as_of == "":
        return None
    if isinstance(as_of, _dt.date):
        return as_of
    parsed = parse_date(as_of)
    if parsed is None:
        raise InputError("--as-of", f"not a date: {as_of!r} (use YYYY-MM-DD)")
    day, precision = parsed
    # "--as-of 2010-03" means up to the end of March 2010
    if precision == "month":
        nxt = _dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    if precision == "year":
        return _dt.date(day.year, 12, 31)
    return day


@dataclass
class Selection:
    """What :func:`select` keeps of an extraction: document ids, item positions, actor ids."""

    documents: set[str] = field(default_factory=set)
    relations: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    undated: int = 0  # documents left out by a date filter because they have no date


def select(extraction: Extraction, *, as_of: str | _dt.date | None = None, since: str | None = None,
           until: str | None = None, types: Iterable[str] | None = None, actor: str | None = None) -> Selection:
    """The one filter over an extraction, shared by the analyses (``--as-of``) and the exports.

    Parameters
    ----------
    extraction : Extraction
    as_of : str or datetime.date, optional
        What was known then: documents dated up to this day (``YYYY-MM``: the end of that month);
        undated documents are left out (and counted in ``undated``), and so are events whose own
        date is later.
    since, until : str, optional
        When things happened: items dated (an event's own date, else its document's) in this
        range; undated items are left out.
    types : iterable of str, optional
        Relation types, PLOVER event types or fact keys to keep (items of other types go).
    actor : str, optional
        An actor id: only items with this actor as source, target or subject.

    Examples
    --------
    >>> from kingmaker.model import Document, Evidence, Relation
    >>> ev = lambda d: Evidence(d, 0, 1, "x")
    >>> ex = Extraction(documents=[Document("d1", "", date="2020-01-05"), Document("d2", ""),
    ...                            Document("d3", "", date="2021-02-01")],
    ...                 relations=[Relation("a1", "backs", "a2", ev("d1")), Relation("a2", "opposes", "a3", ev("d2")),
    ...                            Relation("a1", "opposes", "a3", ev("d3"))])
    >>> s = select(ex, as_of="2020")
    >>> sorted(s.documents), s.relations, s.undated
    (['d1'], [0], 1)
    >>> select(ex, types=["opposes"], actor="a1").relations
    [2]
    """
    cutoff = last_day_of(as_of)
    first = _bound(since, "--since", last=False)
    last = _bound(until, "--until", last=True)
    wanted = {t.casefold() for t in types} if types is not None else None
    sel = Selection()
    doc_dates: dict[str, str | None] = {}
    for doc in extraction.documents:
        doc_dates[doc.id] = doc.date
        parsed = parse_date(doc.date)
        if cutoff is not None or first is not None or last is not None:
            if parsed is None:
                sel.undated += 1
                continue
            if cutoff is not None and parsed[0] > cutoff:
                continue
        sel.documents.add(doc.id)
    dated = cutoff is not None or first is not None or last is not None
    known = set(doc_dates)

    def kept(doc_id: str, item_date: str | None, *, own: bool = False) -> bool:
        # Without a date filter, items from documents missing from the list are kept.
        if doc_id not in sel.documents and (dated or doc_id in known):
            return False
        if own and cutoff is not None and item_date:
            parsed = parse_date(item_date)
            if parsed is not None and parsed[0] > cutoff:
                return False
        if first is not None or last is not None:
            parsed = parse_date(item_date)
            if parsed is None or (first is not None and parsed[0] < first) or (last is not None and parsed[0] > last):
                return False
        return True

    def about(*ends: str | None) -> bool:
        return actor is None or actor in ends

    for i, rel in enumerate(extraction.relations):
        doc = rel.evidence.document
        if (wanted is None or rel.type.casefold() in wanted) and about(rel.source, rel.target) \
                and kept(doc, doc_dates.get(doc)):
            sel.relations.append(i)
    for i, event in enumerate(extraction.events):
        doc = event.evidence.document
        if (wanted is None or event.type.casefold() in wanted) and about(event.source, event.target) \
                and kept(doc, event.date or doc_dates.get(doc), own=bool(event.date)):
            sel.events.append(i)
    for i, fact in enumerate(extraction.facts):
        doc = fact.evidence.document
        if (wanted is None or fact.key.casefold() in wanted) and about(fact.actor) and kept(doc, doc_dates.get(doc)):
            sel.facts.append(i)
    if wanted is not None or actor is not None or first is not None or last is not None:
        # only the documents and actors of the items kept
        items = ([extraction.relations[i] for i in sel.relations] + [extraction.events[i] for i in sel.events])
        sel.documents &= {x.evidence.document for x in items} | {extraction.facts[i].evidence.document
                                                                 for i in sel.facts}
        sel.actors = {a for x in items for a in (x.source, x.target) if a is not None}
        sel.actors |= {extraction.facts[i].actor for i in sel.facts} | ({actor} if actor else set())
    else:
        sel.actors = {a.id for a in extraction.actors if not dated or set(a.documents) & sel.documents}
    return sel


def _bound(text: str | None, option: str, *, last: bool) -> _dt.date | None:
    """``--since`` (the first day of) or ``--until`` (the last day of) a possibly partial date."""
    if not text:
        return None
    if parse_date(text) is None:
        raise InputError(option, f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return last_day_of(text) if last else parse_date(text)[0]


def build_graph(source: Extraction | Mapping[str, Any], *, as_of: str | _dt.date | None = None,
                ids: tuple[list[str], list[str]] | None = None) -> nx.MultiDiGraph:
    """Build the actor graph from an extraction.

    Parameters
    ----------
    source : Extraction or dict
        A resolved extraction, or the JSON contract (``kingmaker_format: 1``) as a dict.
    as_of : str or datetime.date, optional
        Keep only documents dated up to this day (``YYYY-MM-DD``; ``YYYY-MM`` means the end
        of that month). Undated documents are dropped when a cut-off is given, and so are
        events whose own date is later than the cut-off.
    ids : (list of str, list of str), optional
        The item ids of the relations and events (a store's, as ``kingmaker relations``
        shows them); default ``r1, r2...`` and ``e1, e2...`` in list order, as the exports
        number a plain extraction. Each edge carries its ``id``.

    Returns
    -------
    networkx.MultiDiGraph
        See the module docstring for the attributes. Actors are kept even when all their
        documents were cut off, so that actor arguments still resolve.

    Raises
    ------
    kingmaker.errors.InputError
        When ``as_of`` is not a date or ``source`` is not an extraction.
    """
    if isinstance(source, Mapping):
        if "actors" not in source and "documents" not in source:
            raise InputError("extraction", "not a kingmaker extraction (no 'actors' or 'documents' key)")
        try:
            extraction = Extraction.from_dict(dict(source))
        except (KeyError, TypeError) as err:
            raise InputError("extraction", f"malformed extraction: missing or bad field {err}") from None
    elif isinstance(source, Extraction):
        extraction = source
    else:
        raise InputError("extraction", f"expected an Extraction or a dict, got {type(source).__name__}")
    cutoff = last_day_of(as_of)
    sel = select(extraction, as_of=cutoff)
    doc_dates = {doc.id: doc.date for doc in extraction.documents}
    documents = {doc.id: {"title": doc.title, "date": doc.date, "path": doc.path}
                 for doc in extraction.documents if doc.id in sel.documents}

    G = nx.MultiDiGraph(documents=documents, facts=[], loose_events=[],
                        as_of=cutoff.isoformat() if cutoff else None, undated_left_out=sel.undated)
    for actor in extraction.actors:
        G.add_node(actor.id, name=actor.name, kind=actor.kind, subkind=actor.subkind,
                   aliases=list(actor.aliases), documents=list(actor.documents))

    def ensure(node: str) -> None:
        if node not in G:
            G.add_node(node, name=node, kind=None, subkind=None, aliases=[], documents=[])

    def evidence(ev, date: str | None) -> dict[str, Any]:
        return {"document": ev.document, "date": date, "text": ev.text, "start": ev.start, "end": ev.end}

    relation_ids, event_ids = ids if ids is not None else (
        [f"r{i + 1}" for i in range(len(extraction.relations))],
        [f"e{i + 1}" for i in range(len(extraction.events))])
    for rel, rel_id in ((extraction.relations[i], relation_ids[i]) for i in sel.relations):
        doc = rel.evidence.document
        ensure(rel.source)
        ensure(rel.target)
        date = doc_dates.get(doc)
        G.add_edge(rel.source, rel.target, id=rel_id, kind="relation", type=rel.type, document=doc, date=date,
                   negated=False, confidence=rel.confidence, evidence=evidence(rel.evidence, date))
    for event, event_id in ((extraction.events[i], event_ids[i]) for i in sel.events):
        doc = event.evidence.document
        date = event.date or doc_dates.get(doc)
        attrs = dict(id=event_id, kind="event", type=event.type, document=doc, date=date, negated=event.negated,
                     confidence=event.confidence, evidence=evidence(event.evidence, date))
        if event.source is None or event.target is None:
            G.graph["loose_events"].append({"source": event.source, "target": event.target, **attrs})
            continue
        ensure(event.source)
        ensure(event.target)
        G.add_edge(event.source, event.target, **attrs)
    for fact in (extraction.facts[i] for i in sel.facts):
        doc = fact.evidence.document
        ensure(fact.actor)
        date = doc_dates.get(doc)
        G.graph["facts"].append({"actor": fact.actor, "key": fact.key, "value": fact.value,
                                 "document": doc, "date": date, "confidence": fact.confidence,
                                 "evidence": evidence(fact.evidence, date)})
    return G


def relations(G: nx.MultiDiGraph, types: Iterable[str] | None = None):
    """Iterate ``(source, target, data)`` over relation edges, optionally of some types."""
    wanted = set(types) if types is not None else None
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "relation" and (wanted is None or d.get("type") in wanted):
            yield u, v, d


def events(G: nx.MultiDiGraph, *, include_negated: bool = False):
    """Iterate ``(source, target, data)`` over event edges (negated ones skipped by default)."""
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "event" and (include_negated or not d.get("negated")):
            yield u, v, d


def evidence_of(data: Mapping[str, Any]) -> dict[str, Any]:
    """The evidence dict of an edge or fact (a copy, safe to put in results)."""
    return dict(data.get("evidence") or {})


def actor_label(G: nx.MultiDiGraph, node: str) -> str:
    """The display name of a node (its id when it has no name)."""
    if node in G:
        return G.nodes[node].get("name") or node
    return node


def find_actor(G: nx.MultiDiGraph, query: str) -> str:
    """Resolve an actor argument to a node id.

    The one actor lookup (:func:`kingmaker.lookup.match_actors`, as the store's): the node id,
    else the name or an alias as typed, then folded (case, accents, hyphens, dots, spaces), then
    a unique folded part of a name or alias.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`build_graph`.
    query : str
        What the user typed.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    ActorNotFound
        When nothing matches (the message lists close matches) or several actors do.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a1", name="Northern League", aliases=["NL"])
    >>> find_actor(G, "northern-league")
    'a1'
    >>> find_actor(G, "Northern Leage")
    Traceback (most recent call last):
    ...
    kingmaker.graph.ActorNotFound: unknown actor 'Northern Leage'; did you mean: Northern League?
    """
    from kingmaker.lookup import close_names, match_actors

    if query in G:
        return query
    actors = [(node, data.get("name") or node, data.get("aliases") or []) for node, data in G.nodes(data=True)]
    hits = match_actors(query, actors)
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        listed = ", ".join(f"{G.nodes[h].get('name') or h} ({h})" for h in sorted(hits))
        raise ActorNotFound(f"actor {query!r} is ambiguous: {listed}; pass the actor id instead")
    close = close_names(query, actors, n=5)
    if close:
        hint = "; did you mean: " + ", ".join(close) + "?"
    else:
        hint = f"; the graph has {G.number_of_nodes()} actors (try `kingmaker analyze influence --top 20`)"
    raise ActorNotFound(f"unknown actor {query!r}{hint}")
