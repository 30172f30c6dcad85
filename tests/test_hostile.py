"""Hostile input: a corpus of bad files generated at test time, run through `extract` and `ingest`
together with good documents; reader properties (hypothesis); the web app's refusals.

The fuzz runs are short here; ``KINGMAKER_FUZZ=1`` makes them long (thousands of examples).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kingmaker.errors import InputError, TimeLimitError, printable
from kingmaker.ingest import decode_bytes, read_file, read_paths
from kingmaker.model import DocExtraction, Document

FUZZ = os.environ.get("KINGMAKER_FUZZ") == "1"
KINGMAKER = [sys.executable, "-c", "from kingmaker.cli import main; main()"]

GOOD = "Iran backs the Free Homeland Movement. Hassan Darwish, the leader of the Unity Party, met Omar Saleh.\n"
ESC = "\x1b[2J\x1b]0;owned\x07"


def hostile_corpus(root: Path) -> tuple[Path, dict[str, str], set[str]]:
    """Write the hostile corpus under ``root``. Returns (directory, {bad file name: what must be said},
    ids of the good documents). Files named in neither may be read or reported (one line at most)."""
    d = root / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "damaged.txt").write_bytes("Iran\u2019s envoy met Hassan Darwish.\nA bad \xff byte.\n".encode(
        "utf-8").replace(b"\xc3\xbf", b"\xff"))
    (d / "feed.jsonl").write_text(json.dumps({"id": "sep", "text": "Iran backs the Free Homeland Movement."
                                                                   "\u2028Hassan Darwish met Omar Saleh."},
                                             ensure_ascii=False) + "\n" + "{not json\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "nul.txt").write_bytes(b"Iran backs\x00 the Movement.\x00" * 100)
    (d / "utf16.txt").write_bytes(b"\xff\xfe" + "Iran backs".encode("utf-16-le") + b"\x00")
    (d / "big.txt").write_bytes(b"Iran backs the Movement. " * 20_000)  # 500 kB > --max-bytes below
    (d / f"evil{ESC}name.txt").write_bytes(b"")
    os.mkfifo(d / "fifo.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    # read or reported, never a crash: deep nesting, a huge attribute, zip-bomb-like repetition
    (d / "deep.html").write_text("<div>" * 50_000 + "Iran backs the Movement." + "</div>" * 50_000)
    (d / "attr.html").write_text(f'<html><body><p title="{"A" * 300_000}">Omar Saleh met the envoy.</p></body></html>')
    (d / "repeat.txt").write_text("Iran " * 10_000)  # quadratic somewhere in extraction: the time limit
    (d / "comment.html").write_text("<p>Omar Saleh met the envoy.</p><!--" * 20_000)  # unclosed comments
    (d / "manytags.html").write_text("<i>" * 210_000 + "Iran backs the Movement.")  # past MAX_HTML_TAGS
    (d / "script.html").write_text("<script>" * 40_000)  # unclosed scripts: no text at all
    bad = {"empty.txt": "empty file", "binary.txt": "binary", "nul.txt": "binary", "utf16.txt": "UTF-16",
           "big.txt": "over the limit", "script.html": "no text", "fifo.txt": "not a regular file", "dangling.txt": "dangling",
           "loop.txt": "loop", "feed.jsonl:2": "malformed JSON", printable(f"evil{ESC}name.txt"): "empty file"}
    return d, bad, {"good", "damaged", "sep"}


def _run(args: list[str], cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(KINGMAKER + args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          errors="surrogateescape")


def _check_report(proc: subprocess.CompletedProcess, bad: dict[str, str], extra: list[str]) -> None:
    err = proc.stderr
    assert "Traceback" not in err and "\x1b" not in err and "\x07" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("kingmaker: skipped ")]
    for name, reason in {**bad, **{p: "not a regular file" for p in extra}}.items():
        hits = [line for line in lines if name + ":" in line]
        assert len(hits) == 1 and reason in hits[0], (name, hits, err)
    assert proc.returncode == 1, err


@pytest.mark.model
def test_hostile_corpus_through_extract_and_ingest(tmp_path):
    corpus, bad, good = hostile_corpus(tmp_path)
    fifo = tmp_path / "named.fifo"
    os.mkfifo(fifo)
    extra = [str(fifo), "/dev/zero"]
    limits = ["--max-bytes", "400000", "--time-limit", "3"]
    out = tmp_path / "out.json"
    proc = _run(["extract", str(corpus), *extra, "--format", "json", "-o", str(out), *limits], tmp_path)
    _check_report(proc, bad, extra)
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = {d["id"] for d in data["documents"]}
    assert good <= ids, ids
    assert not {Path(n).stem for n in bad} & ids
    damaged = next(d for d in data["actors"] if d["name"] == "Hassan Darwish")
    assert "damaged" in damaged["documents"]
    assert "Iran" in {a["name"] for a in data["actors"]}  # "Iran’s" decoded as UTF-8, not "Iranâ€™s"
    assert "invalid UTF-8 byte" in proc.stderr

    db = tmp_path / "h.db"
    proc = _run(["ingest", str(corpus), *extra, "--db", str(db), *limits], tmp_path)
    _check_report(proc, bad, extra)
    proc = _run(["documents", "--db", str(db), "--format", "json"], tmp_path)
    assert good <= {d["id"] for d in json.loads(proc.stdout)}


# ------------------------------------------------------------------------ readers, one by one


def test_special_files_are_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    errors: list[InputError] = []
    docs = list(read_paths([tmp_path / "pipe.txt", "/dev/zero", tmp_path], on_error=errors.append))
    assert docs == []
    assert [e.reason.split(" (")[0] for e in errors[:3]] == ["not a regular file"] * 3
    assert "FIFO" in errors[0].reason and "device" in errors[1].reason


def test_size_limit_is_enforced_while_reading(tmp_path):
    # /proc files say they are empty (st_size 0) and hold more: the limit must count bytes read
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("no /proc")
    with pytest.raises(InputError, match="over the limit of 100"):
        list(read_file(maps, max_bytes=100))


def test_damaged_utf8_keeps_utf8_and_says_how_many_bytes_were_replaced():
    data = "Iran\u2019s envoy, the caf\u00e9 owner.".encode() + b" \xff\xfe bad"
    warnings: list[InputError] = []
    text = decode_bytes(data, "x.txt", warnings.append)
    assert text.startswith("Iran\u2019s envoy, the caf\u00e9 owner.") and text.count("\ufffd") == 2
    assert len(warnings) == 1 and "2 invalid UTF-8 byte(s)" in warnings[0].reason
    # a text that is clearly not UTF-8 is still cp1252, silently
    warnings.clear()
    assert decode_bytes("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "y.txt", warnings.append) == \
        "caf\u00e9 \u201cquoted\u201d"
    assert warnings == []
    assert decode_bytes("Iran".encode("utf-16"), "z.txt") == "Iran"  # UTF-16 with its BOM


def test_jsonl_splits_records_on_newline_only(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": "One\u2028two\u2029three\x85four"}, ensure_ascii=False),
             "{broken", json.dumps({"id": "b", "text": "Five."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_file(path, on_error=errors.append))
    assert [d.id for d in docs] == ["a", "b"] and "\u2028" in docs[0].text
    assert [(e.line, e.reason.split(" (")[0]) for e in errors] == [(2, "malformed JSON")]
    assert docs[1].path.endswith(":3")


def test_links_that_lead_nowhere_are_reported(tmp_path):
    (tmp_path / "ok.txt").write_text("Iran backs the Movement.", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "sub").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "sub")
    errors: list[InputError] = []
    warnings: list[InputError] = []
    docs = list(read_paths([tmp_path], on_error=errors.append, on_warning=warnings.append))
    assert [d.id for d in docs] == ["ok"]
    assert sorted((Path(e.path).name, e.reason.split(" (")[0]) for e in errors) == [
        ("dangling.txt", "dangling symbolic link"), ("loop.md", "symbolic link loop")]
    assert [Path(w.path).name for w in warnings] == ["linked"]


def test_file_names_are_printed_escaped(tmp_path):
    from click.testing import CliRunner

    from kingmaker.cli import cli

    (tmp_path / f"bad{ESC}\u202eeman.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "bad\\x1b[2J\\x1b]0;owned\\x07\\u202eeman.txt: empty file" in result.output
    # click's own errors (bad arguments, unreadable inputs) go through the same escaping
    proc = _run(["analyze", "brokers", "--input", str(tmp_path / f"x{ESC}.json")], tmp_path, timeout=60)
    assert proc.returncode != 0 and "\x1b" not in proc.stderr and "x\\x1b[2J" in proc.stderr, proc.stderr


def test_visible_text_is_linear_whatever_the_page_holds():
    import time

    from kingmaker.ingest import _visible_text

    page = "<p>Iran backs the Unity Party.</p>" + "<!--" * 100_000
    started = time.perf_counter()
    assert _visible_text(page) == "Iran backs the Unity Party."
    assert _visible_text("<p>Omar Saleh</p>" + "<script>" * 100_000) == "Omar Saleh"
    assert _visible_text("<style>p{}</style><p>A &amp; B<br>C</p><!-- x -->D") == "A & B\nC\n D"
    assert time.perf_counter() - started < 10  # quadratic scanning took minutes here


# ------------------------------------------------------------------------ time limit and memory


class _Slow:
    """The real pipeline, except that a text holding HANG never finishes (a pure-Python loop)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        while "HANG" in text:
            pass
        return self.nlp(text)

    def pipe(self, texts, batch_size=16):
        for t in texts:
            yield self(t)


@pytest.mark.model
def test_a_document_over_its_time_limit_is_skipped_and_the_rest_kept(nlp):
    from kingmaker.api import iter_doc_extractions

    docs = [Document("a", GOOD), Document("hang", "HANG " + GOOD), Document("b", "Omar Saleh met Iran's envoy.")]
    failed: list[tuple[str, Exception]] = []
    out = list(iter_doc_extractions(docs, _Slow(nlp), time_limit=0.5, on_error=lambda d, e: failed.append((d.id, e))))
    assert [r.document.id for r in out] == ["a", "b"]
    assert [(i, type(e)) for i, e in failed] == [("hang", TimeLimitError)]
    assert "--time-limit" in str(failed[0][1])


@pytest.mark.model
def test_long_texts_never_become_one_whole_document_doc(nlp, monkeypatch):
    """Memory stays flat: kingmaker's components only ever see one piece of a long text."""
    import kingmaker.nlp.actors as actors
    import kingmaker.nlp.pipeline as pipeline
    from kingmaker.api import extract_document

    seen: list[int] = []
    real = actors.find_actors

    def spy(doc):
        seen.append(len(doc.text))
        return real(doc)

    monkeypatch.setattr(actors, "find_actors", spy)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    text = "\n\n".join([GOOD.strip(), "The Unity Party won forty-one seats in the 128-member parliament."] * 6)
    ex = extract_document(Document("long", text), nlp)
    assert len(seen) >= 3 and max(seen) <= 400, seen
    for item in [*ex.relations, *ex.events, *ex.facts]:
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
    names = [a.name for a in ex.actors]
    assert len(names) == len(set(names)) and "Hassan Darwish" in names  # pieces share one actor list
    assert isinstance(ex, DocExtraction) and ex.document.text == text


@pytest.mark.model
def test_a_sentence_repeated_in_a_later_piece_is_still_a_repeat(nlp, monkeypatch):
    import kingmaker.nlp.pipeline as pipeline
    from kingmaker.api import extract_document

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    accusation = "Karim Saleh accused the Unity Party of sheltering fighters."
    filler = "Omar Saleh met the envoy of Iran in Beirut on Monday."
    text = "\n\n".join([accusation, filler, filler.replace("Monday", "Tuesday"), "Iran backs the Unity Party.",
                        filler.replace("Monday", "Friday"), accusation])
    assert len(pipeline._chunks(text, 300)) > 1
    ex = extract_document(Document("caption", text), nlp)
    accusations = [e for e in ex.events if e.type == "ACCUSE"]
    assert [e.evidence.start for e in accusations] == [0]


# ------------------------------------------------------------------------ store: ids


def test_a_different_file_never_replaces_a_stored_article(tmp_path):
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "index.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "b" / "index.txt").write_text("Second article.", encoding="utf-8")
    notes: list[str] = []
    store = open_store(":memory:")
    fake = lambda docs: [DocExtraction(document=d) for d in docs]  # noqa: E731
    ingest(store, read_paths([tmp_path / "a"]), fake, on_notice=notes.append)
    summary = ingest(store, read_paths([tmp_path / "b"]), fake, on_notice=notes.append)
    assert (summary.new, summary.changed) == (1, 0)
    docs = {d["id"]: d["path"] for d in store.documents()}
    assert len(docs) == 2 and docs["index"] == str(tmp_path / "a" / "index.txt")
    assert len(notes) == 1 and "taken in the store" in notes[0]
    # the same file again is unchanged, under the same derived id
    again = ingest(store, read_paths([tmp_path / "b"]), fake)
    assert (again.new, again.unchanged) == (0, 1)
    # the same file edited in place still replaces its own article
    (tmp_path / "a" / "index.txt").write_text("First article, corrected.", encoding="utf-8")
    assert ingest(store, read_paths([tmp_path / "a"]), fake).changed == 1


# ------------------------------------------------------------------------ properties (hypothesis)

READER_EXAMPLES = 3000 if FUZZ else 150
PIPELINE_EXAMPLES = 300 if FUZZ else 12
SUFFIXES = [".txt", ".md", ".html", ".jsonl"]


@settings(max_examples=READER_EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=600),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.text(max_size=200).map(lambda t: t.encode("utf-16"))),
       suffix=st.sampled_from(SUFFIXES))
def test_readers_turn_any_bytes_into_documents_or_one_clear_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    errors: list[InputError] = []
    try:
        docs = list(read_file(path, max_bytes=10_000, on_error=errors.append))
    except InputError as err:
        docs, errors = [], [*errors, err]
    for e in errors:
        assert e.path == str(path) and e.reason and "\n" not in e.reason
    if suffix != ".jsonl":
        assert len(docs) + len(errors) == 1
    for doc in docs:
        assert doc.text.strip()
        doc.text.encode("utf-8")  # no lone surrogates: storable and printable as JSON
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.model
@settings(max_examples=PIPELINE_EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(list("Iran Hassan Darwish backs the Unity Party met.,'\"\n-()"
                                                   "\u2028\u00a0\u0301é\u200b0123")), min_size=1, max_size=400))
def test_extraction_offsets_are_valid_for_any_text(nlp, text):
    from kingmaker.api import extract_document

    ex = extract_document(Document("f", text), nlp)
    for item in [*ex.relations, *ex.events, *ex.facts]:
        ev = item.evidence
        assert 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.text
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text


# ------------------------------------------------------------------------ web: what the server refuses


def _web(hosts=None):
    from starlette.testclient import TestClient

    from kingmaker.model import Extraction
    from kingmaker.web.app import create_app

    ex = Extraction(documents=[Document("d1", "Iran backs the Unity Party.")])
    return create_app(ex, allowed_hosts=hosts), TestClient


SECURITY = ("content-security-policy", "x-content-type-options", "x-frame-options")


@pytest.mark.parametrize("host,status", [
    ("[::1]:8765", 200), ("[::1]", 200), ("[0:0:0:0:0:0:0:1]:80", 200), ("LOCALHOST:8765", 200),
    ("127.0.0.1", 200), ("evil.example", 400), ("evil.example:8765", 400), ("[::2]:8765", 400),
    ("[zz]:1", 400), ("localhost:notaport", 400), ("", 400), ("127.0.0.1.evil.example", 400),
])
def test_loopback_host_headers_ipv6_included(host, status):
    app, TestClient = _web()
    r = TestClient(app, base_url="http://127.0.0.1").get("/api/documents", headers={"Host": host})
    assert r.status_code == status
    assert all(h in r.headers for h in SECURITY)
    if status == 400:
        assert host not in r.text or not host


def test_a_server_bound_to_all_interfaces_serves_only_the_names_it_was_given():
    from click.testing import CliRunner

    app, TestClient = _web(["127.0.0.1", "localhost", "::1", "0.0.0.0", "kingmaker.lan"])
    client = TestClient(app, base_url="http://127.0.0.1")
    assert client.get("/api/documents", headers={"Host": "kingmaker.lan:8765"}).status_code == 200
    # DNS rebinding: attacker.example resolving to this machine
    assert client.get("/api/documents", headers={"Host": "attacker.example:8765"}).status_code == 400
    # the serve command builds that list from --host and --allowed-host
    import uvicorn

    from kingmaker.cli import cli

    calls = []
    real = uvicorn.run
    try:
        uvicorn.run = lambda app, **kw: calls.append((app, kw))
        tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"kingmaker-hostile-{os.getpid()}.json"
        from kingmaker.model import Extraction

        tmp.write_text(json.dumps(Extraction(documents=[Document("d1", "x")]).to_dict()), encoding="utf-8")
        r = CliRunner().invoke(cli, ["serve", "--input", str(tmp), "--host", "0.0.0.0",
                                     "--allowed-host", "news.lan"])
        assert r.exit_code == 0, r.output
        served = TestClient(calls[-1][0], base_url="http://127.0.0.1")
        assert served.get("/api/documents", headers={"Host": "news.lan:8765"}).status_code == 200
        assert served.get("/api/documents", headers={"Host": "evil.example"}).status_code == 400
        r = CliRunner().invoke(cli, ["serve", "--input", str(tmp), "--host", "::1"])
        assert r.exit_code == 0 and "WARNING" not in r.output
        served = TestClient(calls[-1][0], base_url="http://[::1]:8765")
        assert served.get("/api/documents", headers={"Host": "[::1]:8765"}).status_code == 200
        r = CliRunner().invoke(cli, ["serve", "--input", str(tmp), "--allowed-host", "*.example"])
        assert r.exit_code != 0 and "no wildcard" in r.output
        tmp.unlink()
    finally:
        uvicorn.run = real


def test_error_responses_carry_the_security_headers_and_do_not_echo_input():
    app, TestClient = _web()
    long = "x" * 5000 + "<script>"
    client = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)
    for url, status in [(f"/documents/{long}", 404), (f"/api/documents/{long}", 404),
                        (f"/api/actors/{long}", 404), (f"/map?as_of={long}", 400), ("/nowhere", 404)]:
        r = client.get(url)
        assert r.status_code == status, url
        assert all(h in r.headers for h in SECURITY), (url, r.headers)
        assert long not in r.text and "x" * 100 not in r.text
    # an unexpected error: a plain 500 with the same headers, no traceback
    from kingmaker.web.app import create_app

    class Broken:
        def to_extraction(self):
            return 1 / 0

    r = TestClient(create_app(Broken()), base_url="http://127.0.0.1", raise_server_exceptions=False).get("/map")
    assert r.status_code == 500 and "Traceback" not in r.text and "ZeroDivision" not in r.text
    assert all(h in r.headers for h in SECURITY)
