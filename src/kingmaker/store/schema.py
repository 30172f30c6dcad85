"""The schema of a kingmaker store, as numbered migrations, for SQLite and PostgreSQL.

Three layers live in one file, each in its own tables:

* machine output, one row set per document, replaced as a whole when the document changes:
  ``documents``, ``local_actors`` (document-local actors ``L1``...), ``mentions``, ``evidence``,
  ``relations``, ``events``, ``facts`` (items point at local actors);
* resolution, rebuilt from the machine output and the user's decisions after every change:
  ``actors`` (global actors with stable ids) and ``actor_members`` (local actor -> actor);
* the user's decisions, never touched by ingest: ``user_actors`` (the user dictionary: merges,
  aliases, renames, splits, kinds and rejected actors), ``rejections`` (rejected item ids) and
  ``decisions`` (the log of curation steps, each with what ``kingmaker undo`` needs to take it back).

Schema 2 adds ``documents_fts`` (the full-text index over document titles and texts, kept in step
with ``documents`` by triggers, so any writer keeps it current) and read-only views with names
instead of ids for any SQL tool: ``actors_v``, ``ties_v``, ``events_v``, ``facts_v``, ``documents_v``
(rejected items and actors are left out; see README "The store in any SQLite tool").

Both databases run the same migrations: the tables are written once, in SQL both accept, and
rendered for PostgreSQL (``BIGINT`` integers, ``DOUBLE PRECISION``, identity keys, byte-order
``COLLATE "C"`` text like SQLite's); the pieces that differ are given per dialect: full-text search
(PostgreSQL: ``documents_fts`` holds a weighted English ``tsvector`` per document, kept current by a
trigger, with a GIN index) and three functions in the views. SQLite keeps the schema number in
``PRAGMA user_version``, PostgreSQL in ``meta`` (key ``schema_version``).

Schema 3 adds the indexes the list queries filter on (item types, event and document dates, fact
keys, actor kinds); items are joined to actors through ``actor_members``' primary key.

Schema 4 adds the resolution index (``resolve_actors``, ``resolve_names``, ``resolve_lookup``,
``resolve_members``):
resolution is a fold over documents in store order, and a new document's actors are resolved by
lookups in these tables instead of a pass over the whole store.

Schema 5 moves an actor's documents from a JSON list in ``actors`` to ``actor_documents`` (one row
per actor and document, with the document's ``seq``), so a new document appends rows instead of
rewriting a list that grows with the store; ``actors.n_documents`` keeps the count.

Schema 6 keeps counts: ``actor_items`` holds each document's share of each actor's ties, events and
facts (as the list queries count them), refreshed for the documents a write touches, and
``actors.n_relations``/``n_events``/``n_facts`` their sums, so a page of actors or a profile does
not count a hub's items again on every read, and ``link_items`` each document's links per pair of
actors and type (the graph ``analyze brokers`` reads; meta ``counted``: ``1`` once they are filled).

Schema 7 adds ``actor_names`` (each actor's name and aliases as written and folded by
``kingmaker.lookup.fold``, indexed both ways): the one actor lookup (``SQLStore.lookup_actors``)
runs in SQL; meta ``named``: ``1`` once it is filled (the store fills it in Python on opening).

Schema 8 keeps the map's edges per document (``edge_items``) and each actor's degree.

Schema 9 keeps the whole-store timeline's counts: ``day_items`` holds each document's events (not
negated, not rejected) per own date and type, ``event_days`` their sums per document date, own date
and type, moved by the difference whenever a document's share is counted again (meta ``counted``).

Schema 10 keeps each actor's timeline counts: ``actor_day_items`` holds each document's events per
actor (source or target), own date and type, ``actor_event_days`` their sums per actor, document
date, own date and type; and ``tie_days`` the documents with a tie per type, pair and document date
(summed from ``edge_items``), so an actor's timeline and its ties' counts per pair (``analyze
influence``) read its dates, not its documents; moved by the difference like those of 9.

Schema 11 keeps the documents with facts per key (``fact_docs``: how many facts, on two actors or
more or not, the document's date and the first day it denotes), so ``analyze coalition`` finds the
latest document with seat figures in an index instead of grouping every document's facts; and the
documents with events dated after them (``late_events``), where an as-of cut looks for the events it
leaves out for their own later date; and each actor's degree per year (``actor_link_years``), so
the degrees of an as-of cut read the documents of the cut's year only.

Schema 12 indexes the folded names by trigrams, so the lookup's ``part`` level (a query of three
characters or more inside a name) reads the names that hold its trigrams, not all of them (the LIKE
of schema 7 still decides): SQLite keeps ``actor_names_tri`` (FTS5, ``trigram`` tokenizer, external
content over ``actor_names``, which gets an INTEGER PRIMARY KEY, kept by triggers) where the engine
has that tokenizer (3.34 on; ``OPTIONAL``), PostgreSQL a GIN ``gin_trgm_ops`` index where ``pg_trgm``
can be had; else the scan stays.

Schema 13 keeps each pair of actors a tie type joins once (``tie_firsts``: the type, the pair as
``tie_days`` orders it, and the first day the as-of cut reads in its documents' dates, ``''``: only
undated ones), so the pairs of some tie types within a cut (``analyze influence --top``, ``analyze
changes``) are one indexed read of a row per pair, not a pass over every pair's dates.

Schema 14 indexes ``actor_day_items`` by actor and date (``actor_day_items_actor``: the actor, the
event's own date, the document's date, the document), so the events an actor's timeline lists are read
from the actor's own documents of the dates listed (``SQLStore.dated_events``), not from every
document of those dates.

Schema 15 keeps each actor's degree per month as well (``actor_link_months``: the month of the first
day its documents' dates denote), so the degrees of an as-of cut sum the years before the cut's, then
the months of its year before its month, and read only the documents of the cut's month one by one
(the map page at the end of a busy year read that year's documents).

Schema 16 keeps each actor's control sphere in the whole store (``control_spheres``: how many
actors it controls, transitively, and directly, over the control pairs of ``tie_firsts``; only the
actors that control one), written again for the actors a write's changed control pairs reach
upwards, so ``analyze influence --top`` reads its places from an index, and within an as-of cut
reads the actors by that bound (a cut's sphere is at most the whole store's), the largest first,
until none left can reach the last place; and indexes ``tie_firsts`` by target
(``tie_firsts_target``), so an actor's controllers, and the members and parts it holds, are an
index seek. The spheres are filled in Python when a writer opens the store (meta ``sphered``).
It also keeps, with each of an actor's documents, the first day the document's date denotes
(``actor_documents.day``), and each actor's least such day (``actors.first_day``, index
``actors_first_day``), so the actors of an as-of cut (those named in a document of the cut) are an
index range, not a test of each actor's documents.

Schema 17 keeps the timeline's counts per month as well: ``event_months`` (the whole store's) and
``actor_event_months`` (each actor's) sum ``event_days`` and ``actor_event_days`` per month of the
event's date (its own, else its document's: ``YYYY-MM``; ``YYYY`` for a year, ``''`` none, ``'!'``
a date not written ``YYYY[-MM[-DD]]``) and per month of the later of its two dates (what an as-of
cut compares: ``last_month``, ``''`` for an undated document), so a timeline by month or year
counts its periods from a row per month and type, and reads its dates only within the cut's month;
and indexes the per-date sums by the event's own date (``event_days_own``, ``actor_event_days_own``),
so the latest dates of a period (those whose events a period lists) are an index range read newest
first; and each document's events by date (``day_items_day``), so the events the whole store's
timeline lists are read from the documents of those first of each date (as schema 14 does for an
actor's), not from every document of the dates listed; and each pair of actors the map's edges join,
once per kind (``edge_pairs``: relation or event, with the first day the as-of cut reads in its
documents' dates, kept from ``edge_items`` for the pairs a write moves), so an actor's neighbours
within a cut (how many each actor on the map has off it) are a row per pair, not per document. The
sums per month are filled in Python when a writer opens the store (meta ``monthly``).

A migration is appended, never edited: a store made by an older kingmaker is upgraded in place.
"""
from __future__ import annotations

import re
import sqlite3
from typing import Any

from kingmaker.errors import StoreError

__all__ = ["DIALECTS", "MIGRATIONS", "SCHEMA_VERSION", "migrate", "migrations", "schema_version"]

DIALECTS = ("sqlite", "postgresql")

# Each migration: SQL both dialects run, or a list of such SQL and {dialect: SQL} pieces;
# VIEW_FUNCTIONS fill in the calls that differ.
_MIGRATIONS: list[str | list[str | dict[str, str]]] = [
    # 1: first schema
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- ingest order; kept when a document is replaced
        path TEXT,
        url TEXT,
        title TEXT,
        date TEXT,
        hash TEXT NOT NULL,                   -- sha256 of text, title, date and url
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE local_actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        UNIQUE (doc_id, start, "end")
    );
    CREATE TABLE relations (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        source TEXT NOT NULL,                 -- local actor id
        type TEXT NOT NULL,
        target TEXT NOT NULL,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX relations_doc ON relations(doc_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        source TEXT,
        type TEXT NOT NULL,
        target TEXT,
        date TEXT,
        negated INTEGER NOT NULL DEFAULT 0,
        trigger TEXT,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE facts (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        actor TEXT NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX facts_doc ON facts(doc_id);
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        num INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        documents TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0,
        curated INTEGER NOT NULL DEFAULT 0    -- named by a user dictionary entry
    );
    CREATE TABLE actor_members (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE INDEX actor_members_actor ON actor_members(actor_id);
    CREATE TABLE user_actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE rejections (
        item_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    );
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        args TEXT NOT NULL                    -- JSON
    );
    INSERT INTO meta (key, value) VALUES ('next_actor', '1'), ('dirty', '0');
    """,
    # 2: undoable decisions, rejected actors, full-text search, views for any SQL tool
    ["""
    ALTER TABLE decisions ADD COLUMN undo TEXT;         -- JSON: the state to restore on undo
    ALTER TABLE decisions ADD COLUMN undone_at TEXT;
    ALTER TABLE user_actors ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
    """,
    {"sqlite": """
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
    """, "postgresql": """
    CREATE TABLE documents_fts (
        rowid BIGINT PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
        fts TSVECTOR NOT NULL                   -- title (weight A) and text (weight B)
    );
    CREATE INDEX documents_fts_index ON documents_fts USING GIN (fts);
    CREATE FUNCTION documents_tsvector(title text, body text) RETURNS tsvector LANGUAGE plpgsql AS $$
    BEGIN
        RETURN DOCUMENT_TSVECTOR(body);
    EXCEPTION WHEN program_limit_exceeded THEN  -- over 1 MB of words and positions: index the start
        RETURN DOCUMENT_TSVECTOR(left(body, 200000));
    END $$;
    CREATE FUNCTION documents_fts_sync() RETURNS TRIGGER LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO documents_fts (rowid, fts) VALUES (NEW.seq, documents_tsvector(NEW.title, NEW.text))
        ON CONFLICT (rowid) DO UPDATE SET fts = EXCLUDED.fts;
        RETURN NULL;
    END $$;
    CREATE TRIGGER documents_fts_sync AFTER INSERT OR UPDATE OF title, text ON documents
        FOR EACH ROW EXECUTE FUNCTION documents_fts_sync();
    INSERT INTO documents_fts (rowid, fts) SELECT seq, documents_tsvector(title, text) FROM documents;
    """}, """
    CREATE VIEW actors_v AS
        SELECT a.id, a.name, a.kind, a.subkind,
               JOIN_NAMES(a.aliases) AS aliases,
               JSON_LENGTH(a.documents) AS documents, a.mentions, a.curated
        FROM actors a ORDER BY a.num;
    CREATE VIEW ties_v AS
        SELECT r.id, s.name AS source, r.type, t.name AS target, d.id AS document, d.title, d.date,
               ev.sentence AS evidence, ev.start, ev.end, ROUND3(r.confidence) AS confidence,
               s.id AS source_id, t.id AS target_id
        FROM relations r
        JOIN documents d ON d.id = r.doc_id
        JOIN evidence ev ON ev.id = r.evidence_id
        JOIN actor_members ms ON ms.doc_id = r.doc_id AND ms.local_id = r.source
        JOIN actor_members mt ON mt.doc_id = r.doc_id AND mt.local_id = r.target
        JOIN actors s ON s.id = ms.actor_id
        JOIN actors t ON t.id = mt.actor_id
        WHERE s.id <> t.id AND r.id NOT IN (SELECT item_id FROM rejections)
        ORDER BY d.seq, r.ord;
    CREATE VIEW events_v AS
        SELECT e.id, COALESCE(e.date, d.date) AS date, s.name AS source, e.type, e.negated, t.name AS target,
               d.id AS document, d.title, e.trigger, ev.sentence AS evidence, ev.start, ev.end,
               ROUND3(e.confidence) AS confidence, s.id AS source_id, t.id AS target_id
        FROM events e
        JOIN documents d ON d.id = e.doc_id
        JOIN evidence ev ON ev.id = e.evidence_id
        LEFT JOIN actor_members ms ON ms.doc_id = e.doc_id AND ms.local_id = e.source
        LEFT JOIN actor_members mt ON mt.doc_id = e.doc_id AND mt.local_id = e.target
        LEFT JOIN actors s ON s.id = ms.actor_id
        LEFT JOIN actors t ON t.id = mt.actor_id
        WHERE e.id NOT IN (SELECT item_id FROM rejections)
        ORDER BY d.seq, e.ord;
    CREATE VIEW facts_v AS
        SELECT f.id, a.name AS actor, f.key, f.value, d.id AS document, d.title, d.date,
               ev.sentence AS evidence, ev.start, ev.end, ROUND3(f.confidence) AS confidence, a.id AS actor_id
        FROM facts f
        JOIN documents d ON d.id = f.doc_id
        JOIN evidence ev ON ev.id = f.evidence_id
        JOIN actor_members m ON m.doc_id = f.doc_id AND m.local_id = f.actor
        JOIN actors a ON a.id = m.actor_id
        WHERE f.id NOT IN (SELECT item_id FROM rejections)
        ORDER BY d.seq, f.ord;
    CREATE VIEW documents_v AS
        SELECT d.id, d.title, d.date, d.url, d.path, length(d.text) AS chars,
               (SELECT COUNT(DISTINCT m.actor_id) FROM actor_members m JOIN actors a ON a.id = m.actor_id
                WHERE m.doc_id = d.id) AS actors,
               (SELECT COUNT(*) FROM relations r WHERE r.doc_id = d.id
                AND r.id NOT IN (SELECT item_id FROM rejections)) AS relations,
               (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id
                AND e.id NOT IN (SELECT item_id FROM rejections)) AS events,
               (SELECT COUNT(*) FROM facts f WHERE f.doc_id = d.id
                AND f.id NOT IN (SELECT item_id FROM rejections)) AS facts,
               d.ingested_at, d.text
        FROM documents d ORDER BY d.seq;
    """],
    # 3: indexes for the list queries (filters, ordering and paging run in SQL)
    """
    CREATE INDEX relations_type ON relations(type);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX facts_key ON facts(key);
    CREATE INDEX documents_date ON documents(date);
    CREATE INDEX actors_kind ON actors(kind, num);
    """,
    # 4: the resolution index: resolution folds documents in store order into these, so that a new
    # document's actors are resolved by lookups (``kingmaker.nlp.resolve``); 'folded' is the last
    # document seq folded in (-1: rebuild the index from all documents first)
    """
    CREATE TABLE resolve_actors (
        gi INTEGER NOT NULL,
        actor_id TEXT,                        -- its id in actors (none while rejected)
        state TEXT NOT NULL,                  -- JSON: GlobalActor.to_state (documents: only without an actors row)
        PRIMARY KEY (gi)
    );
    CREATE TABLE resolve_names (
        key TEXT PRIMARY KEY,                 -- an exact name key: the first actor that had it
        gi INTEGER NOT NULL
    );
    CREATE TABLE resolve_lookup (
        key TEXT NOT NULL,                    -- a surname skeleton, organisation core, acronym...
        gi INTEGER NOT NULL,
        PRIMARY KEY (key, gi)
    );
    CREATE TABLE resolve_members (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        gi INTEGER NOT NULL,                  -- the resolved actor of this local actor (rejected ones too)
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE INDEX resolve_members_gi ON resolve_members(gi);
    INSERT INTO meta (key, value) VALUES ('folded', '-1');
    """,
    # 5: an actor's documents in their own table, one row each (appended when an actor gains a
    # document, instead of rewriting a JSON list in ``actors``); ``actors.n_documents`` counts them
    ["""
    CREATE TABLE actor_documents (
        actor_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,                 -- the document's seq: an actor's documents in store order
        PRIMARY KEY (actor_id, doc_id)
    );
    CREATE INDEX actor_documents_doc ON actor_documents(doc_id);
    """, {"sqlite": """
    INSERT INTO actor_documents (actor_id, doc_id, seq)
        SELECT DISTINCT a.id, d.id, d.seq FROM actors a, json_each(a.documents) j JOIN documents d ON d.id = j.value;
    """, "postgresql": """
    INSERT INTO actor_documents (actor_id, doc_id, seq)
        SELECT DISTINCT a.id, d.id, d.seq FROM actors a
        CROSS JOIN LATERAL json_array_elements_text(a.documents::json) AS j(value) JOIN documents d ON d.id = j.value;
    """}, """
    ALTER TABLE actors ADD COLUMN n_documents INTEGER NOT NULL DEFAULT 0;
    UPDATE actors SET n_documents = (SELECT COUNT(*) FROM actor_documents x WHERE x.actor_id = actors.id);
    CREATE INDEX actors_documents ON actors(n_documents, mentions);
    DROP VIEW actors_v;
    ALTER TABLE actors DROP COLUMN documents;
    CREATE VIEW actors_v AS
        SELECT a.id, a.name, a.kind, a.subkind,
               JOIN_NAMES(a.aliases) AS aliases,
               a.n_documents AS documents, a.mentions, a.curated
        FROM actors a ORDER BY a.num;
    """],
    # 6: maintained counts, so that a page of actors (or a profile) costs its own size: each
    # document's share of an actor's ties, events and facts (``actor_items``: what the list queries
    # count, the duplicate rule and rejections applied), refreshed for the documents a write touches,
    # and their sums in ``actors``; each document's links between pairs of actors (``link_items``:
    # the actor graph of the analyses, summed by pair in the index); an actor's documents in store
    # order by index
    """
    CREATE TABLE actor_items (
        doc_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        relations INTEGER NOT NULL,
        events INTEGER NOT NULL,
        facts INTEGER NOT NULL,
        PRIMARY KEY (doc_id, actor_id)
    );
    CREATE INDEX actor_items_actor ON actor_items(actor_id);
    CREATE TABLE link_items (
        doc_id TEXT NOT NULL,
        a TEXT NOT NULL,                      -- the pair of actors a tie or event joins (a < b)
        b TEXT NOT NULL,
        type TEXT NOT NULL,
        kind TEXT NOT NULL,                   -- relation, event or negated (a negated event)
        n INTEGER NOT NULL,
        PRIMARY KEY (doc_id, a, b, type, kind)
    );
    CREATE INDEX link_items_pair ON link_items(a, b, type, kind, n);
    ALTER TABLE actors ADD COLUMN n_relations INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actors ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actors ADD COLUMN n_facts INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX actor_documents_seq ON actor_documents(actor_id, seq);
    INSERT INTO meta (key, value) VALUES ('counted', '0');
    """,
    # 7: the actor lookup in SQL: each actor's name and aliases, as written and folded as
    # ``kingmaker.lookup.fold`` folds them (Python: the store fills it when it opens, meta
    # ``named``: ``1`` once filled), refreshed for the actors a write touches
    """
    CREATE TABLE actor_names (
        actor_id TEXT NOT NULL,
        alias INTEGER NOT NULL,               -- 0: the actor's name, 1: one of its aliases
        label TEXT NOT NULL,                  -- the name or alias as written
        folded TEXT NOT NULL,                 -- lookup.fold(label)
        PRIMARY KEY (actor_id, alias, label)
    );
    CREATE INDEX actor_names_label ON actor_names(label, alias);
    CREATE INDEX actor_names_folded ON actor_names(folded, alias);
    INSERT INTO meta (key, value) VALUES ('named', '0');
    """,
    # 8: the map's edges kept with the counts of 6 (``edge_items``: each document's ties and events
    # grouped as the map draws them, per type and pair, with how many and the highest confidence)
    # and each actor's degree in the actor graph (``links``: ties and events, ``tie_links``: ties; per
    # document in ``actor_items``, summed in ``actors``), refreshed with them; counted again when the
    # store opens
    """
    CREATE TABLE IF NOT EXISTS edge_items (
        doc_id TEXT NOT NULL,
        day TEXT NOT NULL,                    -- the document's date as written ('': none): the map's order
        kind TEXT NOT NULL,                   -- relation or event (negated ones too)
        type TEXT NOT NULL,
        s TEXT NOT NULL,                      -- the source (a tie of a symmetric type: the lower id)
        t TEXT NOT NULL,                      -- the target
        n INTEGER NOT NULL,
        top REAL NOT NULL,                    -- the highest confidence
        PRIMARY KEY (doc_id, kind, type, s, t)
    );
    CREATE INDEX IF NOT EXISTS edge_items_pair ON edge_items(s, t, kind, type, day, doc_id, n, top);
    ALTER TABLE actor_items ADD COLUMN links INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actor_items ADD COLUMN tie_links INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actors ADD COLUMN n_links INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actors ADD COLUMN n_tie_links INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX actors_links ON actors(n_links, mentions);
    CREATE INDEX actors_tie_links ON actors(n_tie_links, mentions);
    UPDATE meta SET value = '0' WHERE key = 'counted';
    """,
    # 9: the whole-store timeline kept with the counts of 6: each document's events (not negated, not
    # rejected) per own date and type (``day_items``), and their sums over the store per document
    # date, own date and type (``event_days``: a row per date and type, however many documents), so
    # the timeline of the whole store (with or without an as-of cut) reads the dates, not the
    # events; refreshed with the other counts; counted again when the store opens
    """
    CREATE TABLE IF NOT EXISTS day_items (
        doc_id TEXT NOT NULL,
        doc_day TEXT NOT NULL,                -- the document's date as written ('': none)
        own_day TEXT NOT NULL,                -- the event's own date as written ('': none)
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (doc_id, own_day, type)
    );
    CREATE TABLE IF NOT EXISTS event_days (
        doc_day TEXT NOT NULL,
        own_day TEXT NOT NULL,
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (doc_day, own_day, type)
    );
    UPDATE meta SET value = '0' WHERE key = 'counted';
    """,
    # 10: each actor's timeline and each pair's ties per day, kept with the counts of 6: each
    # document's events (not negated, not rejected) per actor (source or target, an event once),
    # own date and type (``actor_day_items``), and their sums over the store per actor, document
    # date, own date and type (``actor_event_days``), so an actor's timeline reads its dates, not its
    # events; the documents with a tie per type, pair (as the map's edges order it) and document
    # date (``tie_days``: summed from ``edge_items``), so the ties of an actor are counted per pair
    # from its pairs' dates, not its documents; refreshed with the other counts; counted again when
    # the store opens
    """
    CREATE TABLE IF NOT EXISTS actor_day_items (
        doc_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        doc_day TEXT NOT NULL,                -- the document's date as written ('': none)
        own_day TEXT NOT NULL,                -- the event's own date as written ('': none)
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (doc_id, actor_id, own_day, type)
    );
    CREATE TABLE IF NOT EXISTS actor_event_days (
        actor_id TEXT NOT NULL,
        doc_day TEXT NOT NULL,
        own_day TEXT NOT NULL,
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (actor_id, doc_day, own_day, type)
    );
    CREATE TABLE IF NOT EXISTS tie_days (
        type TEXT NOT NULL,
        s TEXT NOT NULL,                      -- as in edge_items (a symmetric type: the lower id)
        t TEXT NOT NULL,
        day TEXT NOT NULL,                    -- the document's date as written ('': none)
        n INTEGER NOT NULL,                   -- the documents with such a tie
        PRIMARY KEY (type, s, t, day)
    );
    CREATE INDEX IF NOT EXISTS tie_days_source ON tie_days(s, type, t, day, n);
    CREATE INDEX IF NOT EXISTS tie_days_target ON tie_days(t, type, s, day, n);
    UPDATE meta SET value = '0' WHERE key = 'counted';
    """,
    # 11: the documents with facts per key, kept with the counts of 6 (``fact_docs``: each document's
    # facts of a key as the coalition counts them, with its date and the first day it denotes, and
    # whether they are on two actors or more), so the latest document with seat figures is one
    # indexed read, not a pass over every dated document; and the documents with events whose own
    # date is after the document's (``late_events``: the only ones an as-of cut can leave out for
    # their own date, so the cut looks for those among them, not among all events); refreshed with
    # the other counts; counted again when the store opens; and an index on the map edges' targets
    # (an actor's neighbours read from its edges either way) and two on the documents' ids and dates
    # (an as-of cut reads which documents it keeps from an index, not from the rows with the texts);
    # and each actor's degree per year of its documents' dates (``actor_link_years``, summed from
    # ``actor_items``, which now keeps its document's date), so the degrees of a cut sum the years
    # before the cut's and count only the documents of its year one by one
    """
    CREATE TABLE IF NOT EXISTS fact_docs (
        doc_id TEXT NOT NULL,
        key TEXT NOT NULL,
        day TEXT NOT NULL,                    -- the document's date as written ('': none)
        sort_day TEXT NOT NULL,               -- kingmaker.graph.date_key of it ('': none, or not a date)
        regular INTEGER NOT NULL,             -- 1: sort_day is also the day an as-of cut reads in the date
        several INTEGER NOT NULL,             -- 1: the facts are on two actors or more
        n INTEGER NOT NULL,                   -- the facts kept (the duplicate rule: one per actor and value)
        PRIMARY KEY (doc_id, key)
    );
    CREATE INDEX IF NOT EXISTS fact_docs_latest ON fact_docs(key, regular, several, sort_day, n, doc_id, day);
    CREATE INDEX IF NOT EXISTS edge_items_target ON edge_items(t, kind, day, s);
    ALTER TABLE actor_items ADD COLUMN day TEXT NOT NULL DEFAULT '';
    CREATE TABLE IF NOT EXISTS actor_link_years (
        actor_id TEXT NOT NULL,
        year TEXT NOT NULL,                   -- the first four characters of the documents' date ('': none)
        what TEXT NOT NULL,                   -- links or tie_links (as in actor_items)
        n INTEGER NOT NULL,
        PRIMARY KEY (actor_id, year, what)
    );
    CREATE INDEX IF NOT EXISTS documents_id_date ON documents(id, date);
    CREATE INDEX IF NOT EXISTS documents_date_id ON documents(date, id);
    CREATE TABLE IF NOT EXISTS late_events (
        doc_id TEXT NOT NULL,
        own_day TEXT NOT NULL,                -- an event's own date as written, after its document's
        n INTEGER NOT NULL,
        PRIMARY KEY (doc_id, own_day)
    );
    UPDATE meta SET value = '0' WHERE key = 'counted';
    """,
    # 12: a trigram index on the folded names (``actor_names``), so the lookup's ``part`` level (a
    # folded query of three characters or more inside a folded name or alias) reads the names that
    # hold its trigrams instead of scanning them all; the LIKE of schema 7 still decides, so the
    # answers are the same. SQLite: ``actor_names`` gets an INTEGER PRIMARY KEY (a rowid VACUUM
    # keeps) and ``actor_names_tri`` (FTS5, ``trigram`` tokenizer, external content, kept by
    # triggers) is an optional part (``OPTIONAL``: an SQLite without that tokenizer, before 3.34,
    # keeps the scan). PostgreSQL: a GIN ``gin_trgm_ops`` index where the ``pg_trgm`` extension can
    # be had (else the scan); LIKE uses it as it is.
    {"sqlite": """
    DROP TABLE IF EXISTS actor_names_tri;
    CREATE TABLE actor_names_12 (
        num INTEGER PRIMARY KEY,
        actor_id TEXT NOT NULL,
        alias INTEGER NOT NULL,
        label TEXT NOT NULL,
        folded TEXT NOT NULL,
        UNIQUE (actor_id, alias, label)
    );
    INSERT INTO actor_names_12 (actor_id, alias, label, folded)
        SELECT actor_id, alias, label, folded FROM actor_names ORDER BY actor_id, alias, label;
    DROP TABLE actor_names;
    ALTER TABLE actor_names_12 RENAME TO actor_names;
    CREATE INDEX actor_names_label ON actor_names(label, alias);
    CREATE INDEX actor_names_folded ON actor_names(folded, alias);
    """, "postgresql": """
    DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS actor_names_trigram ON actor_names USING GIN (folded gin_trgm_ops);
    EXCEPTION WHEN OTHERS THEN NULL;  -- no pg_trgm here (or no right to create it): the scan stays
    END $$;
    """},
    # 13: each pair of actors a tie type joins, once, with the first day the as-of cut reads in the
    # dates of its documents (``tie_firsts``: kept from ``tie_days`` for the pairs a write moves), so
    # the pairs of some types within a cut are read a row per pair (index ``tie_firsts_first``: the
    # pairs of a type up to a day), not a row per pair and date; filled here from ``tie_days`` (a
    # store whose counts are not kept yet fills it when they are counted)
    """
    CREATE TABLE IF NOT EXISTS tie_firsts (
        type TEXT NOT NULL,
        s TEXT NOT NULL,                      -- as in tie_days (a symmetric type: the lower id)
        t TEXT NOT NULL,
        first TEXT NOT NULL,                  -- the least kept date of its dated documents ('': none dated)
        PRIMARY KEY (type, s, t)
    );
    CREATE INDEX IF NOT EXISTS tie_firsts_first ON tie_firsts(type, first, s, t);
    INSERT INTO tie_firsts (type, s, t, first) SELECT type, s, t, COALESCE(MIN(CASE WHEN day <> '' THEN
        (CASE WHEN length(day) = 4 THEN day || '-01-01' WHEN length(day) = 7 THEN day || '-01'
        ELSE substr(day, 1, 10) END) END), '') FROM tie_days GROUP BY type, s, t;
    """,
    # 14: an index on each actor's kept events per document by actor and date (``actor_day_items``:
    # own date, then the document's), so the events an actor's timeline lists are read from the
    # actor's own documents of the listed dates (an index seek per date), not from every document of
    # those dates
    """
    CREATE INDEX IF NOT EXISTS actor_day_items_actor ON actor_day_items(actor_id, own_day, doc_day, doc_id);
    """,
    # 15: each actor's degree per month of the first day its documents' dates denote
    # (``actor_link_months``, summed from ``actor_items`` as ``actor_link_years`` is), so the degrees
    # of a cut read the documents of the cut's month one by one, not those of its year; filled here
    # from ``actor_items`` (a store whose counts are not kept yet fills it when they are counted)
    """
    CREATE TABLE IF NOT EXISTS actor_link_months (
        actor_id TEXT NOT NULL,
        month TEXT NOT NULL,                  -- YYYY-MM of the first day the documents' date denotes
        what TEXT NOT NULL,                   -- links or tie_links (as in actor_items)
        n INTEGER NOT NULL,
        PRIMARY KEY (actor_id, month, what)
    );
    CREATE INDEX IF NOT EXISTS actor_link_months_month ON actor_link_months(what, month, actor_id, n);
    INSERT INTO actor_link_months (actor_id, month, what, n) SELECT actor_id, m, what, SUM(n) FROM (
        SELECT actor_id, n, what, CASE WHEN day = '' THEN '' WHEN length(day) = 4 THEN day || '-01'
        ELSE substr(day, 1, 7) END AS m FROM (
            SELECT actor_id, links AS n, 'links' AS what, day FROM actor_items WHERE links > 0 UNION ALL
            SELECT actor_id, tie_links, 'tie_links', day FROM actor_items WHERE tie_links > 0) x) y
        GROUP BY actor_id, m, what;
    """,
    # 16: each actor's control sphere in the whole store (``control_spheres``: the actors it controls,
    # transitively and directly, over the control pairs ``tie_firsts`` keeps; only those that control
    # one), kept by the writes that move a control pair, so ``analyze influence --top`` reads its
    # places from an index, and a cut's ranking reads the actors by that bound, the largest first;
    # ``tie_firsts`` by target, so an actor's controllers (and the parts and members it holds) are an
    # index seek; the spheres are filled in Python when a writer opens the store (meta ``sphered``)
    ["""
    CREATE TABLE IF NOT EXISTS control_spheres (
        actor_id TEXT PRIMARY KEY,
        sphere INTEGER NOT NULL,              -- the actors it controls, transitively (itself not counted)
        direct INTEGER NOT NULL               -- the actors it controls directly
    );
    CREATE INDEX IF NOT EXISTS control_spheres_rank ON control_spheres(sphere, direct, actor_id);
    CREATE INDEX IF NOT EXISTS tie_firsts_target ON tie_firsts(type, t, s, first);
    DELETE FROM meta WHERE key = 'sphered';
    """,
    # and each actor's document with the first day its date denotes (``actor_documents.day``; NULL:
    # undated), and each actor's first such day (``actors.first_day``: the least, kept from those rows
    # by an index seek; NULL: no dated document), so the actors of an as-of cut are an index range
    # (``actors_first_day``), not a test per actor of its documents
    """
    ALTER TABLE actor_documents ADD COLUMN day TEXT;
    UPDATE actor_documents SET day = (SELECT CASE WHEN length(d.date) = 4 THEN d.date || '-01-01'
        WHEN length(d.date) = 7 THEN d.date || '-01' ELSE substr(d.date, 1, 10) END FROM documents d
        WHERE d.id = actor_documents.doc_id AND d.date IS NOT NULL AND d.date <> '');
    CREATE INDEX IF NOT EXISTS actor_documents_day ON actor_documents(actor_id, day);
    ALTER TABLE actors ADD COLUMN first_day TEXT;
    UPDATE actors SET first_day = (SELECT MIN(x.day) FROM actor_documents x WHERE x.actor_id = actors.id);
    CREATE INDEX IF NOT EXISTS actors_first_day ON actors(first_day);
    """],
    # 17: the timeline's counts per month (``event_months``, ``actor_event_months``: the sums of
    # ``event_days`` and ``actor_event_days`` per month of the event's date and per month of the later
    # of its own and its document's dates, which an as-of cut compares), so a timeline by month or year
    # reads a row per month and type, not per date; and the per-date sums by own date (then the
    # document's), so a period's latest dates are an index range read newest first; each document's
    # events by date, so the whole store's listed events are read from the documents of the first of
    # each date only; each pair of actors the map's edges join, once per kind, with its first kept day
    # (``edge_pairs``), so the neighbours of a cut are a row per pair; the sums per month are filled in
    # Python when a writer opens the store (meta ``monthly``)
    """
    CREATE TABLE IF NOT EXISTS event_months (
        month TEXT NOT NULL,                  -- YYYY-MM of the event's date (YYYY: a year; '': none; '!': other)
        last_month TEXT NOT NULL,             -- YYYY-MM of the later of its two dates ('': undated document)
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, last_month, type)
    );
    CREATE TABLE IF NOT EXISTS actor_event_months (
        actor_id TEXT NOT NULL,
        month TEXT NOT NULL,
        last_month TEXT NOT NULL,
        type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (actor_id, month, last_month, type)
    );
    CREATE INDEX IF NOT EXISTS event_days_own ON event_days(own_day, doc_day, type, n);
    CREATE INDEX IF NOT EXISTS actor_event_days_own ON actor_event_days(actor_id, own_day, doc_day, type, n);
    CREATE INDEX IF NOT EXISTS day_items_day ON day_items(own_day, doc_day, type, doc_id, n);
    CREATE TABLE IF NOT EXISTS edge_pairs (
        kind TEXT NOT NULL,                   -- as in edge_items: relation or event
        s TEXT NOT NULL,
        t TEXT NOT NULL,
        first TEXT NOT NULL,                  -- the least kept date of its dated documents ('': none dated)
        PRIMARY KEY (kind, s, t)
    );
    CREATE INDEX IF NOT EXISTS edge_pairs_source ON edge_pairs(s, kind, first, t);
    CREATE INDEX IF NOT EXISTS edge_pairs_target ON edge_pairs(t, kind, first, s);
    INSERT INTO edge_pairs (kind, s, t, first) SELECT kind, s, t, COALESCE(MIN(CASE WHEN day <> '' THEN
        (CASE WHEN length(day) = 4 THEN day || '-01-01' WHEN length(day) = 7 THEN day || '-01'
        ELSE substr(day, 1, 10) END) END), '') FROM edge_items GROUP BY kind, s, t;
    DELETE FROM meta WHERE key = 'monthly';
    """,
]

# Parts of a migration the engine may lack (an FTS5 tokenizer of a newer SQLite): run after the
# migration's own script, all or nothing, and left out where they fail (the store works without).
OPTIONAL: dict[int, dict[str, str]] = {
    12: {"sqlite": """
    CREATE VIRTUAL TABLE actor_names_tri USING fts5(folded, content='actor_names', content_rowid='num',
                                                    tokenize='trigram');
    CREATE TRIGGER actor_names_tri_insert AFTER INSERT ON actor_names BEGIN
        INSERT INTO actor_names_tri (rowid, folded) VALUES (new.num, new.folded);
    END;
    CREATE TRIGGER actor_names_tri_delete AFTER DELETE ON actor_names BEGIN
        INSERT INTO actor_names_tri (actor_names_tri, rowid, folded) VALUES ('delete', old.num, old.folded);
    END;
    CREATE TRIGGER actor_names_tri_update AFTER UPDATE ON actor_names BEGIN
        INSERT INTO actor_names_tri (actor_names_tri, rowid, folded) VALUES ('delete', old.num, old.folded);
        INSERT INTO actor_names_tri (rowid, folded) VALUES (new.num, new.folded);
    END;
    INSERT INTO actor_names_tri (actor_names_tri) VALUES ('rebuild');
    """},
}

# The few functions the views need, per dialect (aliases are JSON lists in TEXT).
VIEW_FUNCTIONS: dict[str, dict[str, str]] = {
    "sqlite": {
        "JOIN_NAMES": "(SELECT group_concat(j.value, '; ') FROM json_each({0}) j)",
        "JSON_LENGTH": "json_array_length({0})",
        "ROUND3": "round({0}, 3)",
    },
    "postgresql": {
        "JOIN_NAMES": "(SELECT string_agg(j.value, '; ') FROM json_array_elements_text({0}::json) AS j(value))",
        "JSON_LENGTH": "json_array_length({0}::json)",
        "ROUND3": "round({0}::numeric, 3)::double precision",
        "DOCUMENT_TSVECTOR": "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
                             "setweight(to_tsvector('english', {0}), 'B')",
    },
}
_CALL = re.compile(r"\b(JOIN_NAMES|JSON_LENGTH|ROUND3|DOCUMENT_TSVECTOR)\(([\w.]+|left\(\w+, \d+\))\)")
# PostgreSQL column types for SQLite's (SQLite's INTEGER is 64 bits; its text compares byte by byte)
_PG_TYPES = [(re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
             (re.compile(r"\bINTEGER\b"), "BIGINT"), (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
             (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"')]


def migrations(dialect: str = "sqlite") -> list[str]:
    """The migrations as ``dialect`` runs them (one SQL script each)."""
    out = []
    for parts in _MIGRATIONS:
        script = "".join(p if isinstance(p, str) else p[dialect] for p in (parts if isinstance(parts, list) else [parts]))
        out.append(_render(script, dialect))
    return out


def _render(script: str, dialect: str) -> str:
    functions = VIEW_FUNCTIONS[dialect]
    script = _CALL.sub(lambda m: functions[m.group(1)].format(m.group(2)), script)
    if dialect == "postgresql":
        head, sep, tail = script.partition("CREATE VIEW")  # views and functions keep their text
        for pattern, pg in _PG_TYPES:
            head = pattern.sub(pg, head)
        script = head + sep + tail
    return script


MIGRATIONS = migrations("sqlite")  # as SQLite runs them
SCHEMA_VERSION = len(_MIGRATIONS)
# pg_advisory_xact_lock key held by every PostgreSQL write transaction: one writer, as in SQLite
PG_WRITE_LOCK = 0x6B696E67


def schema_version(conn: Any, dialect: str = "sqlite") -> int:
    if dialect == "sqlite":
        return conn.execute("PRAGMA user_version").fetchone()[0]
    if "meta" not in _tables(conn, dialect):
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _tables(conn: Any, dialect: str = "sqlite") -> set[str]:
    if dialect == "sqlite":
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}


def migrate(conn: Any, where: str, *, readonly: bool = False, dialect: str = "sqlite") -> int:
    """Bring the schema to ``SCHEMA_VERSION``; returns the version found.

    Raises ``StoreError`` for a database that is not a kingmaker store, one written by a newer
    kingmaker, or an old store opened read-only. ``conn``: an ``sqlite3`` connection, or the
    PostgreSQL store's connection (``dialect="postgresql"``).
    """
    try:
        version = schema_version(conn, dialect)
        tables = _tables(conn, dialect)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{where}: not a kingmaker store ({err})") from None
    if version > SCHEMA_VERSION:
        raise StoreError(f"{where}: made by a newer kingmaker (schema {version}, this one knows "
                         f"{SCHEMA_VERSION}); upgrade kingmaker")
    if version == 0 and tables:
        what = "an SQLite file" if dialect == "sqlite" else "a database whose schema has"
        raise StoreError(f"{where}: not a kingmaker store ({what} tables "
                         f"{', '.join(sorted(tables)[:5])}); choose another --db")
    if version == SCHEMA_VERSION:
        return version
    if readonly:
        raise StoreError(f"{where}: schema {version} needs an upgrade to {SCHEMA_VERSION}; run any "
                         "writing command (e.g. `kingmaker ingest`) once")
    scripts = migrations(dialect)
    if dialect == "sqlite":
        conn.execute("BEGIN IMMEDIATE")
    else:
        conn.execute("BEGIN")
        conn.execute(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
        version = schema_version(conn, dialect)  # another kingmaker may have upgraded it meanwhile
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            if dialect == "sqlite":
                for statement in _statements(scripts[number - 1]):
                    conn.execute(statement)
                if dialect in OPTIONAL.get(number, {}):
                    _optional(conn, OPTIONAL[number][dialect])
                conn.execute(f"PRAGMA user_version = {number}")
            else:
                conn.execute(scripts[number - 1])  # no parameters: one round trip, many statements
                conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(number),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


def _optional(conn: Any, script: str) -> bool:
    """Run an optional part of an SQLite migration (``OPTIONAL``) under a savepoint: all of it, or
    none of it where the engine refuses a statement; whether it ran."""
    conn.execute("SAVEPOINT optional_part")
    try:
        for statement in _statements(script):
            conn.execute(statement)
    except sqlite3.OperationalError:
        conn.execute("ROLLBACK TO optional_part")
        conn.execute("RELEASE optional_part")
        return False
    conn.execute("RELEASE optional_part")
    return True


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        code = line.split("--", 1)[0]
        buf += code + "\n" if "--" in line and "'" not in code else line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
