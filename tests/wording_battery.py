"""What the wording batteries (tests/test_nlp_*_wordings*.py) share: one test id per case ("<prefix>000", ...), a
strict xfail with its cause for each case text named in the battery's XFAIL table (``battery_params``); the
module-scoped extraction with the parametrised test that checks each case against it (``battery``); and the readers
that turn an extraction into comparable items (ties, events, facts, actors' kinds) with the checks of a case.

A battery's module body, past its CASES and XFAIL::

    extracted, test_wording = battery(CASES, XFAIL, "r", relations_by_document, check_ties)
"""
from __future__ import annotations

from collections.abc import Callable

import pytest


def battery_params(cases: list[tuple], xfail: dict[str, str], prefix: str) -> list:
    """``pytest.param(i)`` for each case (its text first), strict xfail where ``xfail`` names the text."""
    return [pytest.param(i, id=f"{prefix}{i:03d}", marks=pytest.mark.xfail(strict=True, reason=xfail[case[0]]))
            if case[0] in xfail else pytest.param(i, id=f"{prefix}{i:03d}") for i, case in enumerate(cases)]


def battery(cases: list[tuple], xfail: dict[str, str], prefix: str, extract: Callable, check: Callable,
            empty: Callable = set, fixture: str = "extracted") -> tuple:
    """The module-scoped fixture and the test of a battery, for its module to bind: the fixture under the name
    ``fixture``, the test under a name of its own (``extracted, test_wording = battery(...)``).

    ``extract(texts, prefix)`` runs once per module over every case's text (its first item), each text the document
    ``<prefix>000``, ...; it returns {document: what it gave} (a document that gave nothing: ``empty()``) or a list,
    one entry per case. Case ``i`` (``battery_params``: its id, its strict xfail) passes when ``check(*case, got)``
    does, ``got`` what its document gave.
    """
    @pytest.fixture(scope="module")
    def extracted():
        return extract([case[0] for case in cases], prefix)

    @pytest.mark.parametrize("i", battery_params(cases, xfail, prefix))
    def test_wording(request, i):
        extracted = request.getfixturevalue(fixture)
        got = extracted[i] if isinstance(extracted, list) else extracted.get(f"{prefix}{i:03d}", empty())
        check(*cases[i], got)

    return extracted, test_wording


def norm_name(name: str | None) -> str | None:
    """A name as the batteries compare it: lower case, a curly apostrophe straight, no leading "the"."""
    if name is None:
        return None
    name = name.lower().strip().replace("\u2019", "'")
    return name[4:] if name.startswith("the ") else name


def extract_by_document(texts: list[str], prefix: str, items: Callable, collect: Callable = set) -> dict:
    """Extract each text as its own document (``<prefix>000``, ...) in one run: {document: collect(its items)}, the
    items what ``items(extraction, names)`` yields as (document, item) pairs (``names``: {actor id: name})."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"{prefix}{i:03d}", text=text) for i, text in enumerate(texts)])
    names = {a.id: a.name for a in ex.actors}
    got: dict[str, list] = {}
    for document, found in items(ex, names):
        got.setdefault(document, []).append(found)
    return {document: collect(found) for document, found in got.items()}


def extract_each(texts: list[str], prefix: str, items: Callable) -> list:
    """Extract each text alone (a run of its own, the document ``<prefix>000``, ...): one entry a text, what
    ``items(extraction, names)`` makes of it (``names``: {actor id: name})."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    out = []
    for i, text in enumerate(texts):
        ex = extract_documents([Document(id=f"{prefix}{i:03d}", text=text)])
        out.append(items(ex, {a.id: a.name for a in ex.actors}))
    return out


def relations_each(texts: list[str], prefix: str) -> list[set]:
    """Each text alone: its ties (source, type, target), names as extracted."""
    return extract_each(texts, prefix, lambda ex, names: {
        (names.get(r.source), r.type, names.get(r.target)) for r in ex.relations})


def events_each(texts: list[str], prefix: str) -> list[set]:
    """Each text alone: its not-negated events (source, type, target), names as extracted."""
    return extract_each(texts, prefix, lambda ex, names: {
        (names.get(e.source), e.type, names.get(e.target)) for e in ex.events if not e.negated})


def actor_names_each(texts: list[str], prefix: str) -> list[list[set[str]]]:
    """Each text alone: its actors, each as the set of its name and aliases."""
    return extract_each(texts, prefix, lambda ex, names: [{a.name, *a.aliases} for a in ex.actors])


def actor_groups_each(texts: list[str], prefix: str) -> list[list[set[str]]]:
    """Extract each text alone (a run of its own): for each, every actor's names in lower case (one set per
    actor), to ask which names one actor holds."""
    return extract_each(texts, prefix, lambda ex, names: [{n.lower() for n in a.names()} for a in ex.actors])


def home_state_name(nlp, text: str) -> str | None:
    """The name of the state the document's phrase resolver takes the story to be about
    (``PhraseResolver.home_state``), or None: what the home-state batteries check."""
    from kingmaker.nlp.components import referents

    r = referents(nlp(text))
    h = r.home_state()
    return None if h is None else r.actors[h].key.split(":", 1)[-1]


def check_actor_groups(text: str, groups: list[set[str]], apart: list[tuple[str, str]], got: list[set[str]]) -> None:
    """The assertion of a duplicates battery: the names of each group are one actor's; each pair of ``apart`` is not
    (a name not found at all does not count against it)."""
    def holder(name: str) -> int | None:
        return next((i for i, names in enumerate(got) if name.lower() in names), None)

    for group in groups:
        held = {holder(n) for n in group}
        assert len(held) == 1 and None not in held, (text, "not one actor", group, got)
    for a, b in apart:
        assert holder(a) is None or holder(b) is None or holder(a) != holder(b), (text, "one actor", a, b, got)


def check_found(text: str, present: set, absent: set, found: set) -> None:
    """Every wanted item is among ``found`` as written, no unwanted one is."""
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found, found)


def check_found_one_of(text: str, present: list[set], absent: set, found: set) -> None:
    """``check_found`` with each wanted item a set of items, one of which must be found."""
    for group in present:
        assert group & found, (group, found)
    assert not (absent & found), (absent & found, found)


def check_equal(text: str, expected: set, got: set) -> None:
    """What the document gave is ``expected``, no more, no less."""
    assert got == expected, text


# ----------------------------------------------------------------------------- ties

L, M, P, B, A, O = "leader_of", "member_of", "part_of", "backs", "allied_with", "opposes"
UNORDERED = {A, O}


def tie(s: str, t: str, o: str) -> tuple:
    """A tie (source, type, target) as the ties batteries compare it: names by ``norm_name``, the ends of a
    symmetric type (``UNORDERED``) in order."""
    s, o = norm_name(s), norm_name(o)
    if t in UNORDERED and o < s:
        s, o = o, s
    return (s, t, o)


def relations_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document (``<prefix>000``, ...) in one run: {document: {(source, type, target)}}."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (r.evidence.document, tie(names[r.source], r.type, names[r.target])) for r in ex.relations))


def check_ties(text: str, present: set, absent: set, got: set) -> None:
    """The assertion of every ties battery: each wanted tie (``tie``) is among ``got``, no unwanted one is."""
    missing = {tie(*x) for x in present} - got
    wrong = {tie(*x) for x in absent} & got
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", got)


# ----------------------------------------------------------------------------- events


def events_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document in one run: {document: {(source, type, target)}}, not-negated only."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (e.evidence.document, (norm_name(names.get(e.source)) if e.source else None, e.type,
                               norm_name(names.get(e.target)) if e.target else None))
        for e in ex.events if not e.negated))


def events_marked_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document in one run: {document: {(source, type, target)}}, a negated event's type
    marked "!" ("ACCUSE!"), so a battery can ask that an act the text denies is emitted as negated."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (e.evidence.document, (norm_name(names.get(e.source)) if e.source else None,
                               e.type + ("!" if e.negated else ""),
                               norm_name(names.get(e.target)) if e.target else None))
        for e in ex.events))


def event_matches(want: tuple, got: set) -> bool:
    """Whether an event (source, type, target) of a case is among the extracted (source, type, target): an end
    written "A|B" accepts either name, "*" any actor or none; a type "A|B" either type; a type ending in "~" is
    compared without direction."""
    source, types, target = want
    unordered = types.endswith("~")
    kinds = set(types.rstrip("~").split("|"))
    pairs = [(source, target), (target, source)] if unordered else [(source, target)]
    for s, t, o in got:
        if t not in kinds:
            continue
        for ws, wo in pairs:
            if (ws == "*" or s in {norm_name(n) for n in ws.split("|")}) \
                    and (wo == "*" or o in {norm_name(n) for n in wo.split("|")}):
                return True
    return False


def check_events(text: str, present: set, absent: set, got: set) -> None:
    """The assertion of every events battery: each wanted event (``event_matches``) is among ``got``, no unwanted one
    is."""
    missing = {x for x in present if not event_matches(x, got)}
    wrong = {x for x in absent if event_matches(x, got)}
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", got)


def event_found(want: tuple, got: set) -> bool:
    """``event_matches``, with a wanted target of None matched only by an event of no target."""
    source, types, target = want
    if target is not None:
        return event_matches(want, got)
    names = {norm_name(n) for n in source.split("|")}
    return any(t in types.split("|") and o is None and (source == "*" or s in names) for s, t, o in got)


def assert_events(text: str, present: set, absent: set, got: set) -> None:
    """The events a document gave hold every wanted one (``event_found``) and none of the unwanted ones."""
    missing = {x for x in present if not event_found(x, got)}
    wrong = {x for x in absent if event_found(x, got)}
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", got)


def unwanted_event_found(want: tuple, got: set) -> bool:
    """An unwanted event: as ``event_matches`` (a "*" target also matches an event of no target)."""
    return event_matches(want, got) or want[2] == "*" and event_found((want[0], want[1], None), got)


def assert_events_any_target(text: str, present: set, absent: set, got: set) -> None:
    """``assert_events``, an unwanted event with a target (``*`` included) found by ``unwanted_event_found``."""
    missing = {x for x in present if not event_found(x, got)}
    wrong = {x for x in absent if (event_found(x, got) if x[2] is None else unwanted_event_found(x, got))}
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", got)


# ----------------------------------------------------------------------------- facts


def facts_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document (``<prefix>000``, ...) in one run: {document: {(actor, key, value)}}."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (f.evidence.document, (names[f.actor], f.key, f.value)) for f in ex.facts))


def _fact_holder(name: str) -> str:
    name = name.lower().strip()
    name = name[:-len(" military")] if name.endswith(" military") else name  # "France military": the state's force
    return name[4:] if name.startswith("the ") else name


def assert_facts(text: str, expected: set, got: set) -> None:
    """The facts a document gave are those expected, holders compared by ``_fact_holder``."""
    assert {(_fact_holder(a), k, v) for a, k, v in got} == {(_fact_holder(a), k, v) for a, k, v in expected}, text


def _force_holder(name: str) -> str:
    name = name.lower().strip()
    return name[4:] if name.startswith("the ") else name


def assert_facts_force_apart(text: str, expected: set, got: set) -> None:
    """The facts a document gave are those expected, holders compared by ``_force_holder`` (a force is not its
    state)."""
    assert {(_force_holder(a), k, v) for a, k, v in got} == {(_force_holder(a), k, v) for a, k, v in expected}, text


# ----------------------------------------------------------------------------- ties, events and facts together


def item(kind: str, a: str | None, t: str, b) -> tuple:
    """A case's item as the mixed batteries compare it: ("rel", source, type, target), ("ev", source, type, target)
    or ("fact", holder, key, value), names by ``norm_name``, the ends of a symmetric tie in order."""
    if kind == "fact":
        return (kind, norm_name(a), t, b)
    a, b = norm_name(a), norm_name(b)
    if kind == "rel" and t in UNORDERED and b < a:
        a, b = b, a
    return (kind, a, t, b)


def items_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document in one run: {document: {items}} (ties, not-negated events, facts)."""
    def items(ex, names):
        for r in ex.relations:
            yield r.evidence.document, item("rel", names[r.source], r.type, names[r.target])
        for e in ex.events:
            if not e.negated:
                yield e.evidence.document, item("ev", names.get(e.source) if e.source else None, e.type,
                                                names.get(e.target) if e.target else None)
        for f in ex.facts:
            yield f.evidence.document, item("fact", names[f.actor], f.key, f.value)
    return extract_by_document(texts, prefix, items)


def item_found(want: tuple, got: set) -> bool:
    """Whether ``got`` holds the item; None as a wanted event's target accepts any target."""
    return any(len(w) == len(g) and all(x is None and w[0] == "ev" and j == 3 or x == y
                                        for j, (x, y) in enumerate(zip(w, g))) for g in got for w in [want])


def check_items(text: str, present: set, absent: set, got: set) -> None:
    """A mixed battery's case: each wanted item (``item``) is among ``got``, no unwanted one is."""
    missing = {w for w in (item(*x) for x in present) if not item_found(w, got)}
    wrong = {w for w in (item(*x) for x in absent) if item_found(w, got)}
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", sorted(got, key=str))


# ----------------------------------------------------------------------------- actors

NONE = "none"  # (an actor battery's kind for a name that must be no actor)


def actor_kinds(texts: list[str], prefix: str) -> list[tuple[dict[str, str], int]]:
    """Each text on its own: ({name or alias (lower case): kind} of what it gave, number of person actors)."""
    def kinds_and_persons(ex, names) -> tuple[dict[str, str], int]:
        kinds: dict[str, str] = {}
        for a in ex.actors:
            for n in [a.name, *a.aliases]:
                kinds.setdefault(n.lower(), a.kind)
        return kinds, sum(1 for a in ex.actors if a.kind == "person")

    return extract_each(texts, prefix, kinds_and_persons)


def assert_kinds(text: str, want: dict[str, str], kinds: dict[str, str]) -> None:
    """Each name in ``want`` has the kind given (``NONE``: no actor of that name or alias) among ``kinds``."""
    wrong = {n: kinds.get(n.lower()) for n, k in want.items()
             if (k == NONE and n.lower() in kinds) or (k != NONE and kinds.get(n.lower()) != k)}
    assert not wrong, (text, "wrong", wrong, "got", kinds)


def check_kinds(text: str, want: dict[str, str], got: tuple[dict[str, str], int]) -> None:
    """A kinds battery's case (text, {name: kind}; ``NONE``: no actor) against what ``actor_kinds`` gave."""
    kinds, _ = got
    assert_kinds(text, want, kinds)


def check_kinds_and_persons(text: str, want: dict[str, str], persons: int | None,
                            got: tuple[dict[str, str], int]) -> None:
    """``check_kinds``, and the text gave ``persons`` person actors (None: any number)."""
    kinds, n_persons = got
    assert_kinds(text, want, kinds)
    if persons is not None:
        assert n_persons == persons, (text, "persons", n_persons, "got", kinds)


def kinds_by_document(texts: list[str], prefix: str, aliases: bool = True) -> dict[str, dict[str, str]]:
    """Extract each text as its own document in one run: {document: {actor name: kind}}, each actor under all its
    names or (``aliases`` false) under its own name only."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (d, (n, a.kind)) for a in ex.actors for d in a.documents
        for n in (a.names() if aliases else [a.name])), collect=dict)


def name_kinds_by_document(texts: list[str], prefix: str, aliases: bool = True) -> dict[str, set]:
    """Extract each text as its own document in one run: {document: {(name, kind)}}, names by ``norm_name``, each
    actor under all its names or (``aliases`` false) under its own name only."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (d, (norm_name(n), a.kind)) for a in ex.actors for d in a.documents
        for n in ([a.name, *a.aliases] if aliases else [a.name])))


def actors_by_document(texts: list[str], prefix: str) -> dict[str, list]:
    """Extract each text as its own document in one run: {document: [(name, kind, {alias})]}."""
    return extract_by_document(texts, prefix, lambda ex, names: (
        (d, (a.name, a.kind, set(a.aliases))) for a in ex.actors for d in a.documents), collect=list)


def check_named_kinds(text: str, want: dict[str, str], not_want: dict[str, str], got: dict[str, str]) -> None:
    """A case (text, {name: kind the actor must have}, {name: kind it must not have}) against {name: kind}
    (``kinds_by_document``)."""
    wrong = {n: got.get(n) for n, k in want.items() if got.get(n) != k}
    wrong |= {n: got.get(n) for n, k in not_want.items() if got.get(n) == k}
    assert not wrong, (text, "wrong", wrong, "got", got)


NC = "!country"  # (a states battery's kind for a name that must be no state)


def kinds_and_ties(texts: list[str], prefix: str, aliases: bool = False) -> list[tuple[dict, set]]:
    """Each text on its own (one extraction each, so repeated names are not joined across items):
    [({name: kind}, {tie})], names by ``norm_name``, each actor's aliases too where ``aliases``."""
    def items(ex, names) -> tuple[dict, set]:
        kinds = {norm_name(a.name): a.kind for a in ex.actors}
        for a in ex.actors if aliases else ():
            for alias in a.aliases:
                kinds.setdefault(norm_name(alias), a.kind)
        return kinds, {tie(names[r.source], r.type, names[r.target]) for r in ex.relations}

    return extract_each(texts, prefix, items)


def check_kinds_and_ties(text: str, want: dict, ties: set, got: tuple[dict, set]) -> None:
    """The kinds wanted (``NC``: anything but a state) and the ties wanted are in what one text gave
    (``kinds_and_ties``)."""
    kinds, got_ties = got
    wrong = {}
    for name, kind in want.items():
        found = kinds.get(norm_name(name))
        if (kind == NC and found == "country") or (kind != NC and found != kind):
            wrong[name] = found
    missing = {tie(*x) for x in ties} - got_ties
    assert not wrong and not missing, (text, "wrong kinds", wrong, "missing ties", missing, "got", kinds, got_ties)


def extract_actors(texts: list[str], prefix: str) -> list[list[tuple[str, tuple[str, ...], str]]]:
    """Each text extracted on its own: its actors as (name, aliases, kind)."""
    return extract_each(texts, prefix, lambda ex, names: [(a.name, tuple(a.aliases), a.kind) for a in ex.actors])


def check_actors(text: str, want: dict[str, str], joined: set[tuple[str, str]], apart: set[tuple[str, str]],
                 actors: list[tuple[str, tuple[str, ...], str]]) -> None:
    """Assert an actor battery's case: each name in ``want`` an actor of that kind (``NONE``: no actor), each pair in
    ``joined`` one actor, each pair in ``apart`` not one actor (names and aliases matched in lower case)."""
    kinds: dict[str, str] = {}
    owner: dict[str, int] = {}
    for k, (name, aliases, kind) in enumerate(actors):
        for n in (name, *aliases):
            kinds.setdefault(n.lower(), kind)
            owner.setdefault(n.lower(), k)
    wrong = {n: kinds.get(n.lower()) for n, k in want.items()
             if (k == NONE and n.lower() in kinds) or (k != NONE and kinds.get(n.lower()) != k)}
    assert not wrong, (text, "wrong", wrong, "got", actors)
    for a, b in joined:
        assert a.lower() in owner and owner.get(a.lower()) == owner.get(b.lower()), (text, "not joined", a, b, actors)
    for a, b in apart:
        assert owner.get(a.lower()) is None or owner.get(a.lower()) != owner.get(b.lower()), \
            (text, "joined", a, b, actors)
