"""The contract on the development seeds in ../shared (skipped when that directory is absent)."""
from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from kingmaker.cli import cli
from kingmaker.ingest import read_paths
from kingmaker.model import ACTOR_KINDS, EVENT_TYPES, FACT_KEYS, RELATION_TYPES
from kingmaker.schema import validate_extraction

pytestmark = [pytest.mark.shared, pytest.mark.model]


def event_coder_exists() -> bool:
    if importlib.util.find_spec("kingmaker.nlp.events") is None:
        return False
    from kingmaker.nlp import events

    return hasattr(events, "find_events")


@pytest.fixture(scope="module")
def seed_files(shared_dir):
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    if not files:
        pytest.skip(f"no seeds in {shared_dir / 'seeds'}")
    return files


@pytest.fixture(scope="module")
def seeds(seed_files):
    """`kingmaker extract ../shared/seeds/*.txt --format json`, in process."""
    result = CliRunner().invoke(cli, ["extract", *map(str, seed_files), "--format", "json", "--no-progress"])
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seeds_validate(seeds):
    validate_extraction(seeds)


def test_four_documents(seeds, seed_files):
    assert len(seeds["documents"]) == 4
    assert [d["id"] for d in seeds["documents"]] == [f.stem for f in seed_files]


def test_kinds_and_types(seeds):
    assert seeds["actors"] and seeds["relations"]
    assert {a["kind"] for a in seeds["actors"]} <= set(ACTOR_KINDS)
    assert {r["type"] for r in seeds["relations"]} <= set(RELATION_TYPES)
    assert {e["type"] for e in seeds["events"]} <= set(EVENT_TYPES)
    assert {f["key"] for f in seeds["facts"]} <= set(FACT_KEYS)


def test_every_item_has_evidence_and_valid_ids(seeds, seed_files):
    texts = {d.id: d.text for d in read_paths(seed_files)}
    actors = {a["id"] for a in seeds["actors"]}
    for section, keys in (("relations", ("source", "target")), ("events", ("source", "target")),
                          ("facts", ("actor",))):
        for item in seeds[section]:
            assert item["evidence"].strip(), (section, item)
            assert item["document"] in texts, (section, item)
            for key in keys:
                assert item[key] in actors or (section == "events" and item[key] is None), (section, item)
            if "start" in item:
                assert texts[item["document"]][item["start"]:item["end"]] == item["evidence"], (section, item)
    for actor in seeds["actors"]:
        assert actor["name"].strip() and set(actor["documents"]) <= set(texts)


def test_events_once_the_event_coder_exists(seeds):
    if not event_coder_exists():
        pytest.skip("kingmaker.nlp.events.find_events is not written yet; events may be empty")
    assert seeds["events"]
