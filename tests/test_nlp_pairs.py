"""The learned pair scorer (kingmaker.nlp.pairs): candidates, masked features, the model file, what it adds."""
from __future__ import annotations

import json

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document
from kingmaker.nlp import pairs
from kingmaker.nlp.pairs import MODEL_FILE, Head, PairModel, doc_candidates


def _model_file(tmp_path, ties: dict, events: dict, threshold: float = 0.5):
    """A hand-written pair model: each head gives its one class the weights named."""
    def head(weights: dict) -> dict:
        classes = ["NONE", *sorted({c for ws in weights.values() for c in ws})]
        return {"threshold": threshold, "classes": classes, "bias": [0.0] + [-2.0] * (len(classes) - 1),
                "weights": {f: {str(classes.index(c)): w for c, w in ws.items()} for f, ws in weights.items()}}

    path = tmp_path / "pair_model.json"
    path.write_text(json.dumps({"ties": head(ties), "events": head(events)}))
    return path


@pytest.fixture
def use_model(monkeypatch):
    def use(path):
        monkeypatch.setenv("KINGMAKER_PAIR_MODEL", str(path))
    yield use


def _extract(nlp, text: str) -> dict:
    out = extract_documents([Document(id="d", text=text)], nlp).to_dict()
    names = {a["id"]: a["name"] for a in out["actors"]}
    return {"ties": {(names[r["source"]], r["type"], names[r["target"]]) for r in out["relations"]},
            "events": {(names.get(e["source"]), e["type"], names.get(e["target"]), e["negated"])
                       for e in out["events"]}}


def test_features_mask_every_name(nlp):
    doc = nlp("Colonel Arvid Tamm, whose Varnel Guard was quietly zorbled by Ostravia, spoke in Pellin on Monday.")
    found = doc_candidates(doc)
    assert found, "two actors named in one sentence make a candidate"
    features = [f for _cand, fs in found for f in fs]
    for name in ("arvid", "tamm", "varnel", "guard", "ostravia", "pellin", "monday"):
        assert not any(name in f.lower() for f in features), name
    assert any(f.startswith("on=zorble") or f.startswith("b=zorble") for f in features)
    assert any(f.startswith("kk=") for f in features)


def test_candidates_are_pairs_of_distinct_actors_in_one_sentence(nlp):
    doc = nlp("The Varnel Guard met the Pellin Front. Ostravia stayed away.")
    kinds = {a.idx: a.name for a in doc._.km_actors}
    pairs_found = {frozenset((kinds[c.first], kinds[c.second])) for c, _ in doc_candidates(doc)}
    assert frozenset(("Varnel Guard", "Pellin Front")) in pairs_found
    assert not any("Ostravia" in p for p in pairs_found)  # alone in its sentence


def test_the_model_adds_a_tie_and_an_event_the_rules_miss(nlp, tmp_path, use_model):
    text = "Estonia zorbled the Varnel Guard for years, diplomats in Pellin said."
    use_model(_model_file(tmp_path, {"b=zorble": {"backs>": 5.0}}, {"b=zorble": {"AID>": 5.0}}))
    got = _extract(nlp, text)
    assert ("Estonia", "backs", "Varnel Guard") in got["ties"]
    assert ("Estonia", "AID", "Varnel Guard", False) in got["events"]


@pytest.mark.parametrize("value", ["none", "", None])
def test_none_or_unset_is_the_rules_alone(nlp, tmp_path, monkeypatch, value):
    text = "Estonia zorbled the Varnel Guard for years, diplomats in Pellin said."
    monkeypatch.setattr(pairs, "MODEL_FILE", _model_file(tmp_path, {"b=zorble": {"backs>": 5.0}}, {}))
    if value is None:
        monkeypatch.delenv("KINGMAKER_PAIR_MODEL", raising=False)
    else:
        monkeypatch.setenv("KINGMAKER_PAIR_MODEL", value)
    got = _extract(nlp, text)
    assert not any(t[1] == "backs" for t in got["ties"])
    monkeypatch.setenv("KINGMAKER_PAIR_MODEL", "shipped")  # the file in knowledge/data (here: the test's)
    assert ("Estonia", "backs", "Varnel Guard") in _extract(nlp, text)["ties"]


def test_below_the_threshold_nothing_is_added(nlp, tmp_path, use_model):
    use_model(_model_file(tmp_path, {"b=zorble": {"backs>": 1.0}}, {"b=zorble": {"AID>": 1.0}}, threshold=0.9))
    got = _extract(nlp, "Estonia zorbled the Varnel Guard for years, diplomats in Pellin said.")
    assert not any(t[1] == "backs" for t in got["ties"])
    assert not any(e[1] == "AID" for e in got["events"])


def test_a_tie_against_its_types_domain_is_not_added(nlp, tmp_path, use_model):
    # part_of needs an organisation as its source (types.yaml): a state is never part of a militia
    use_model(_model_file(tmp_path, {"b=zorble": {"part_of>": 5.0}}, {}))
    got = _extract(nlp, "Estonia zorbled the Varnel Guard for years, diplomats in Pellin said.")
    assert not any(t[1] == "part_of" for t in got["ties"])


def test_no_learned_event_in_a_negated_sentence(nlp, tmp_path, use_model):
    use_model(_model_file(tmp_path, {}, {"b=zorble": {"AID>": 5.0}}))
    got = _extract(nlp, "Estonia never zorbled the Varnel Guard, diplomats in Pellin said.")
    assert not any(e[1] == "AID" and not e[3] for e in got["events"])


def test_pairs_the_rules_tied_are_left_to_the_rules(nlp, tmp_path, use_model):
    # the rules read "backed by" as backs; a model that says otherwise adds no second tie between the pair
    use_model(_model_file(tmp_path, {"b=back": {"opposes=": 9.0}, "on=back": {"opposes=": 9.0}}, {}))
    got = _extract(nlp, "The Varnel Guard, a militia backed by Estonia, held the pass.")
    assert ("Estonia", "backs", "Varnel Guard") in got["ties"]
    assert not any(t[1] == "opposes" for t in got["ties"])


def test_the_shipped_model_reads_no_name_and_left_the_blind_sets_out():
    data = json.loads(MODEL_FILE.read_text())
    model = PairModel.load(MODEL_FILE)
    assert isinstance(model.ties, Head) and isinstance(model.events, Head)
    assert 0.5 <= model.ties.threshold < 1 and 0.5 <= model.events.threshold < 1
    assert {"set-av", "set-aw"}.isdisjoint(data["trained_on"])
    word_features = ("on", "b", "pw", "bw", "b1", "bL", "pre", "post", "lca")  # (the others: kinds, dependency labels)
    for head in ("ties", "events"):
        for feature in data[head]["weights"]:
            prefix, _, words = feature.partition("=")
            if prefix in word_features:
                assert words.split("|")[0] == words.split("|")[0].lower(), feature  # no name: lower case only


def test_a_broken_model_file_says_where(tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    monkeypatch.setenv("KINGMAKER_PAIR_MODEL", str(bad))
    with pytest.raises(Exception, match="bad.json"):
        pairs.pair_model()


def _trainer():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "bench" / "train_pairs.py"
    spec = importlib.util.spec_from_file_location("train_pairs", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_trainer_counts_what_a_model_would_add():
    trainer = _trainer()
    row = {"set": "s", "doc": "d", "g1": "a", "g2": "b", "ties": ["backs<"], "events": [], "negated": ["AID>"],
           "ruled_ties": False, "ruled_events": False}
    rows = [row, {**row, "ties": []}, {**row, "ruled_ties": True}, {**row, "g1": "c"}]
    preds = [("backs<", 0.95), ("backs<", 0.97), ("opposes=", 0.99), ("backs<", 0.5)]
    added, _ = trainer.added_items(rows, "ties", preds, 0.9)
    # one tie b backs a, right (two rows state it); the pair the rules tied and the unsure one add nothing
    assert added == {("s", "d", "b", "backs", "a"): True}
    added, negated = trainer.added_items(rows[:3], "events", [("AID>", 0.95)] * 3, 0.9)
    assert negated == {("s", "d", "a", "AID", "b")} and added == {("s", "d", "a", "AID", "b"): False}


def test_the_trainer_helps_without_scikit_learn():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "bench" / "train_pairs.py"
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "--exclude" in out.stdout and "--cv" in out.stdout
