"""Hand-built document extractions shared by the store tests (no spaCy needed; no tests here)."""
from __future__ import annotations

from kingmaker.model import (
    Actor,
    DocExtraction,
    Document,
    Event,
    Evidence,
    Fact,
    Mention,
    Relation,
)


def doc(doc_id: str, text: str, actors: list[tuple[str, str]], *, relations=(), events=(), facts=(),
        date: str | None = None, title: str | None = None) -> DocExtraction:
    """One document: ``actors`` are (name, kind) -> L1, L2...; items name actors by local id.

    Every item's evidence is the whole text; events are (source, TYPE, target[, date]).
    """
    d = Document(doc_id, text, path=f"{doc_id}.txt", title=title, date=date)
    ev = Evidence(doc_id, 0, len(text), text)
    local = [Actor(f"L{i + 1}", name, kind, documents=[doc_id], mentions=1) for i, (name, kind) in enumerate(actors)]
    mentions = []
    for a in local:
        at = text.find(a.name)
        if at >= 0:
            mentions.append(Mention(at, at + len(a.name), a.name, a.id))
    return DocExtraction(
        d, actors=local, mentions=mentions,
        relations=[Relation(s, t, o, ev, 0.8) for s, t, o in relations],
        events=[Event(e[0], e[1], e[2], ev, e[3] if len(e) > 3 else None, confidence=0.7) for e in events],
        facts=[Fact(a, k, v, ev, 0.9) for a, k, v in facts])


def corpus() -> list[DocExtraction]:
    """Three small documents: a party, its leader, a patron, a rival."""
    return [
        doc("d1", "John Smith leads the Unity Party. Freedonia backs the Unity Party.",
            [("John Smith", "person"), ("Unity Party", "organization"), ("Freedonia", "country")],
            relations=[("L1", "leader_of", "L2"), ("L3", "backs", "L2")], facts=[("L2", "seats", 40)],
            date="2020-01-05", title="Unity"),
        doc("d2", "Smith met Ann Jones of the Reform Front. Jones accused Smith.",
            [("Smith", "person"), ("Ann Jones", "person"), ("Reform Front", "organization")],
            relations=[("L2", "leader_of", "L3")], events=[("L1", "CONSULT", "L2"), ("L2", "ACCUSE", "L1", "2020-02-10")],
            date="2020-02-11", title="Meeting"),
        doc("d3", "The Reform Front opposes the Unity Party. Sylvania threatened Freedonia.",
            [("Reform Front", "organization"), ("Unity Party", "organization"), ("Sylvania", "country"),
             ("Freedonia", "country")],
            relations=[("L1", "opposes", "L2")], events=[("L3", "THREATEN", "L4")], date="2020-03-01"),
    ]


def raw_connection(location: str):
    """A plain connection to a store outside kingmaker (``sqlite3``, or ``psycopg`` for a URL), as
    another SQL tool would open it; ``execute(sql).fetchall()`` gives tuples on both."""
    if location.startswith("postgresql://"):
        import psycopg

        return psycopg.connect(location, autocommit=True)
    import sqlite3

    return sqlite3.connect(location, isolation_level=None)


def undo_schema_16(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 17 and 16 added: the timeline's sums per
    month, the kept control spheres, the index of the kept tie pairs by target, and the first days of
    the actors and their documents."""
    undo_schema_17(conn)
    conn.execute("DROP TABLE control_spheres")
    conn.execute("DROP INDEX tie_firsts_target")
    conn.execute("DELETE FROM meta WHERE key = 'sphered'")
    conn.execute("DROP INDEX actor_documents_day")
    conn.execute("DROP INDEX actors_first_day")
    conn.execute("ALTER TABLE actor_documents DROP COLUMN day")
    conn.execute("ALTER TABLE actors DROP COLUMN first_day")


def undo_schema_15(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 16 and 15 added: the kept control
    spheres, and the actors' degrees per month."""
    undo_schema_16(conn)
    conn.execute("DROP TABLE actor_link_months")


def undo_schema_14(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 15 and 14 added: the actors' degrees per
    month, and the index on each actor's kept events per document by actor and date."""
    undo_schema_15(conn)
    conn.execute("DROP INDEX actor_day_items_actor")


def undo_schema_13(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 14 and 13 added: the kept pairs per tie
    type (and the index of 14)."""
    undo_schema_14(conn)
    conn.execute("DROP TABLE tie_firsts")


def undo_schema_12(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 13 and 12 added: the kept pairs per tie
    type, and the trigram index on the folded names (SQLite: ``actor_names_tri`` and its triggers;
    PostgreSQL: a GIN index)."""
    undo_schema_13(conn)
    conn.execute("DROP INDEX IF EXISTS actor_names_trigram")
    if not hasattr(conn, "pgconn"):
        for trigger in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER IF EXISTS actor_names_tri_{trigger}")
        conn.execute("DROP TABLE IF EXISTS actor_names_tri")


def undo_schema_11(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 12 and 11 added: the kept documents
    with facts per key, with events dated after them, the actors' degrees per year (and the date of
    each document's share), and the indexes it added."""
    undo_schema_12(conn)
    for table in ("fact_docs", "late_events", "actor_link_years"):
        conn.execute(f"DROP TABLE {table}")
    for index in ("edge_items_target", "documents_id_date", "documents_date_id"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("ALTER TABLE actor_items DROP COLUMN day")


def undo_schema_10(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schema 10 added: each actor's kept timeline
    counts and the kept documents per tie pair and date (and what 11 added)."""
    undo_schema_11(conn)
    for table in ("actor_day_items", "actor_event_days", "tie_days"):
        conn.execute(f"DROP TABLE {table}")


def undo_schema_9(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 10 and 9 added: the timeline's kept
    counts."""
    undo_schema_10(conn)
    for table in ("day_items", "event_days"):
        conn.execute(f"DROP TABLE {table}")


def undo_schema_8(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schemas 9 and 8 added: the timeline's kept
    counts, the map's edges per document and the actors' degrees."""
    undo_schema_9(conn)
    conn.execute("DROP TABLE edge_items")
    for index in ("actors_links", "actors_tie_links"):
        conn.execute(f"DROP INDEX {index}")
    for table, column in (("actors", "n_links"), ("actors", "n_tie_links"), ("actor_items", "links"),
                          ("actor_items", "tie_links")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def store_with(new_db, docs) -> str:
    """A new store (file or PostgreSQL URL, from the ``new_db`` fixture) holding ``docs``."""
    from kingmaker.store import open_store

    path = new_db()
    with open_store(path) as store:
        for d in docs:
            store.add(d)
    return str(path)


def run(*args, ok=True):
    """``kingmaker ARGS`` in-process; with ``ok``, it must exit 0."""
    from click.testing import CliRunner

    from kingmaker.cli import cli

    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def undo_schema_17(conn) -> None:
    """Take out of a store (a ``raw_connection``) what schema 17 added: the timeline's sums per month,
    the per-date sums by own date, each document's events by date and the kept pairs of the map's edges."""
    for table in ("event_months", "actor_event_months", "edge_pairs"):
        conn.execute(f"DROP TABLE {table}")
    for index in ("event_days_own", "actor_event_days_own", "day_items_day"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("DELETE FROM meta WHERE key = 'monthly'")
