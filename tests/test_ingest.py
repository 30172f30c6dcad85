"""Readers: formats, encodings, limits and the errors that name the file (no spaCy needed)."""
from __future__ import annotations

import datetime as dt
import doctest
import json

import pytest

import kingmaker.ingest.dates
from kingmaker.errors import InputError
from kingmaker.ingest import DEFAULT_MAX_BYTES, decode_bytes, read_file, read_paths
from kingmaker.ingest.dates import find_document_date, normalise_date, resolve_date

ARTICLE = "Hassan Darwish, the head of the Free Homeland Movement, met the Egyptian envoy in Cairo."


def read_all(paths, **kw):
    """Documents and errors from ``read_paths`` (errors collected, never raised)."""
    errors: list[InputError] = []
    docs = list(read_paths([str(p) for p in paths], on_error=errors.append, **kw))
    return docs, errors


def read_one(path, **kw):
    docs, errors = read_all([path], **kw)
    assert not errors, [str(e) for e in errors]
    assert len(docs) == 1
    return docs[0]


# ----------------------------------------------------------------------------- formats


def test_txt_title_is_first_line_and_date_from_dateline(tmp_corpus):
    root = tmp_corpus({"a.txt": f"\n  Envoy visits Cairo  \n\nCAIRO, May 2, 2023 - {ARTICLE}\n"})
    doc = read_one(root / "a.txt")
    assert doc.id == "a"
    assert doc.path == str(root / "a.txt")
    assert doc.title == "Envoy visits Cairo"
    assert doc.date == "2023-05-02"
    assert ARTICLE in doc.text


def test_txt_line_endings_and_nbsp_are_normalised(tmp_corpus):
    root = tmp_corpus({"crlf.txt": "Title\r\nFirst\u00a0line.\rSecond line.\r\n"})
    doc = read_one(root / "crlf.txt")
    assert doc.text == "Title\nFirst line.\nSecond line.\n"


def test_markdown_front_matter_headings_links_and_emphasis(tmp_corpus):
    md = ("---\ntitle: 'Envoy visits Cairo'\ndate: 2023-05-02\nurl: https://example.org/a\n---\n"
          "# A heading\n\n**CAIRO** - Read [the statement](https://example.org/s) and `notes`. "
          f"{ARTICLE}\n")
    doc = read_one(tmp_corpus({"b.md": md}) / "b.md")
    assert doc.id == "b"
    assert doc.title == "Envoy visits Cairo"
    assert doc.date == "2023-05-02"
    assert doc.url == "https://example.org/a"
    assert "---" not in doc.text and "title:" not in doc.text
    assert doc.text.startswith("A heading")
    assert "CAIRO - Read the statement and notes." in doc.text
    assert "https://" not in doc.text and "**" not in doc.text


@pytest.mark.parametrize("text,want", [
    ("# Dravia\n\nDravia is ruled by the **Dravian Alliance** ([DA](https://example.org/da)), led by "
     "[Tobias Venn](https://example.org/venn).\n", "Dravia is ruled by the Dravian Alliance (DA), led by Tobias Venn."),
    ("Parties\n\n* **Sun Party** \u2013 led by Lia Marsh.\n", "* Sun Party \u2013 led by Lia Marsh."),
    ("## Overview\n\nThe Harbour Front won.\n\n## Opposition\n\nThe Velo Union lost.\n",
     "The Harbour Front won.\n\nOpposition"),
    ("See the [party's page](/parties/velo) for Velo Union members.\n", "See the party's page for Velo Union members."),
])
def test_a_markdown_page_saved_as_plain_text_loses_its_markup(tmp_corpus, text, want):
    doc = read_one(tmp_corpus({"m.txt": text}) / "m.txt")
    assert want in doc.text and "](" not in doc.text and "**" not in doc.text


@pytest.mark.parametrize("text", [
    "The Velo Union won 64 seats [1] and formed a government.\n\n[1] Electoral Commission, p. 4.\n",
    "Supporters of the #VeloUnion marched.\n# 1 issue: the budget\n",
    "The Velo Union [sic] won. * Corrected on 4 May.\n",
    "Results (in seats): Velo Union 40 (2019: 38)\n",
])
def test_a_plain_text_without_markdown_is_read_as_it_is(tmp_corpus, text):
    assert read_one(tmp_corpus({"p.txt": text}) / "p.txt").text == text


def test_markdown_without_front_matter_uses_first_line_and_text_date(tmp_corpus):
    doc = read_one(tmp_corpus({"c.markdown": f"## Envoy in Cairo\n\nMay 2, 2023. {ARTICLE}"}) / "c.markdown")
    assert doc.title == "Envoy in Cairo"
    assert doc.date == "2023-05-02"


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Envoy visits Cairo</title>
<meta name="date" content="2023-05-02">
<style>.SECRET_STYLE { color: red; } body { margin: 0 }</style>
<script>var SECRET_SCRIPT = "tracking"; function track() { return 1; }</script>
</head><body><nav><a href="/">Home</a></nav>
<article><h1>Envoy visits Cairo</h1>
<p>{body}</p>
<script type="text/javascript">document.write("INLINE_SCRIPT");</script>
<p>The talks lasted three hours, officials said, and will resume next week in Amman.</p>
</article></body></html>"""


@pytest.mark.parametrize("body", [
    " ".join([ARTICLE] * 6),  # long enough for trafilatura's main-text extraction
    "Short.",                 # too short: the fallback visible-text path
], ids=["main-text", "fallback"])
def test_html_text_title_date_and_no_script_or_style(tmp_corpus, body):
    doc = read_one(tmp_corpus({"d.html": HTML.replace("{body}", body)}) / "d.html")
    assert doc.id == "d"
    assert doc.title == "Envoy visits Cairo"
    assert doc.date == "2023-05-02"
    assert body.split(".")[0] in doc.text
    for leaked in ("SECRET_STYLE", "color: red", "SECRET_SCRIPT", "function track", "INLINE_SCRIPT", "<p>"):
        assert leaked not in doc.text


def test_html_suffixes_htm(tmp_corpus):
    doc = read_one(tmp_corpus({"e.htm": "<html><body><p>" + ARTICLE + "</p></body></html>"}) / "e.htm")
    assert "Hassan Darwish" in doc.text


def test_jsonl_records(tmp_corpus):
    lines = [
        {"id": "r1", "text": ARTICLE, "title": "One", "date": "2023-05-02T10:00:00Z", "url": "https://x.org/1"},
        {"id": 2, "text": f"BEIRUT, June 3, 2022 - {ARTICLE}"},
    ]
    root = tmp_corpus({"feed.jsonl": "\n".join(json.dumps(r) for r in lines) + "\n\n"})
    docs, errors = read_all([root / "feed.jsonl"])
    assert not errors
    assert [d.id for d in docs] == ["r1", "2"]
    assert docs[0].title == "One" and docs[0].date == "2023-05-02" and docs[0].url == "https://x.org/1"
    assert docs[0].path == f"{root / 'feed.jsonl'}:1"
    assert docs[1].title is None and docs[1].date == "2022-06-03"
    assert docs[1].path.endswith("feed.jsonl:2")


def test_jsonl_malformed_line_reported_with_file_and_line_good_lines_kept(tmp_corpus):
    text = "\n".join([
        json.dumps({"id": "ok1", "text": ARTICLE}),
        '{"id": "broken", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "ok2", "text": ARTICLE}),
    ])
    path = tmp_corpus({"part.jsonl": text}) / "part.jsonl"
    docs, errors = read_all([path])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert all(e.path == str(path) for e in errors)
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON")
    assert "not a JSON object" in str(errors[1])
    assert "'no-text'" in str(errors[2]) and "no 'text'" in str(errors[2])
    assert "no 'id'" in str(errors[3])


def test_jsonl_duplicate_ids_keep_the_first(tmp_corpus):
    text = "\n".join(json.dumps({"id": "same", "text": t}) for t in ("first " + ARTICLE, "second " + ARTICLE))
    path = tmp_corpus({"dup.jsonl": text}) / "dup.jsonl"
    docs, errors = read_all([path])
    assert [d.text.split()[0] for d in docs] == ["first"]
    assert len(errors) == 1 and errors[0].line == 2
    assert "duplicate id 'same'" in str(errors[0]) and str(path) in str(errors[0])


def test_jsonl_metadata_that_is_not_a_string(tmp_corpus):
    rec = {"id": 7, "text": ARTICLE, "title": 2024, "url": "", "date": "2020-13-45"}
    doc = read_one(tmp_corpus({"odd.jsonl": json.dumps(rec)}) / "odd.jsonl")
    assert (doc.id, doc.title, doc.url, doc.date) == ("7", "2024", None, None)


def test_read_file_raises_by_default(tmp_corpus):
    root = tmp_corpus({"bad.jsonl": "{nope\n"})
    with pytest.raises(InputError, match=r"bad\.jsonl:1: malformed JSON"):
        list(read_file(root / "bad.jsonl"))


# ----------------------------------------------------------------------------- directories


def test_directories_are_walked_recursively_in_sorted_order(tmp_corpus):
    root = tmp_corpus({
        "b.txt": ARTICLE,
        "a/z.md": ARTICLE,
        "a/deeper/y.html": f"<html><body><p>{ARTICLE}</p></body></html>",
        "a/deeper/feed.jsonl": json.dumps({"id": "j1", "text": ARTICLE}),
        "notes.docx": b"PK\x03\x04 not an article",       # unknown suffix: skipped silently
        ".hidden/h.txt": ARTICLE,                          # hidden directory: skipped
        ".h.txt": ARTICLE,                                 # hidden file: skipped
        "README.md": "# About this corpus\n\nNot an article.",  # a corpus's README: skipped
    })
    docs, errors = read_all([root])
    assert not errors
    assert [d.id for d in docs] == ["j1", "y", "z", "b"]  # a/deeper/feed.jsonl, a/deeper/y.html, a/z.md, b.txt


def test_duplicate_document_ids_across_files_keep_the_first(tmp_corpus):
    root = tmp_corpus({
        "x/a.txt": "first " + ARTICLE,
        "y/a.md": "second " + ARTICLE,
        "feed.jsonl": json.dumps({"id": "a", "text": "third " + ARTICLE}) + "\n"
                      + json.dumps({"id": "b", "text": ARTICLE}),
    })
    docs, errors = read_all([root, root / "x" / "a.txt"])
    # sorted walk: feed.jsonl, x/a.txt, y/a.md; then x/a.txt named again
    assert [(d.id, d.text.split()[0]) for d in docs] == [("a", "third"), ("b", "Hassan")]
    assert [e.path for e in errors] == [str(root / "x" / "a.txt"), str(root / "y" / "a.md"),
                                        str(root / "x" / "a.txt")]
    assert all(f"duplicate document id 'a' (already read from {root / 'feed.jsonl'}:1)" in str(e)
               for e in errors)
    assert "rename the file" in str(errors[0])


def test_explicit_file_with_unknown_suffix_is_read_as_text(tmp_corpus):
    root = tmp_corpus({"article.log": ARTICLE, "README.md": "# Corpus\n\nNamed explicitly, so read."})
    assert read_one(root / "article.log").text == ARTICLE
    assert read_one(root / "README.md").title == "Corpus"


def test_directory_without_articles_is_reported(tmp_corpus):
    root = tmp_corpus({"data.csv": "a,b\n1,2\n"})
    docs, errors = read_all([root])
    assert docs == []
    assert len(errors) == 1 and "no readable article" in str(errors[0]) and str(root) in str(errors[0])


def test_missing_path_is_reported_and_the_rest_is_read(tmp_corpus, tmp_path):
    root = tmp_corpus({"a.txt": ARTICLE})
    missing = tmp_path / "nowhere" / "gone.txt"
    docs, errors = read_all([missing, root / "a.txt"])
    assert [d.id for d in docs] == ["a"]
    assert len(errors) == 1
    assert errors[0].path == str(missing) and "no such file" in str(errors[0])


def test_read_paths_raises_without_handler(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_paths([tmp_path / "gone.txt"]))


# ----------------------------------------------------------------------------- encodings


def test_cp1252_file_decodes(tmp_corpus):
    text = "\u201cWe will not retreat,\u201d said Ren\u00e9e Kh\u00fbri \u2013 a deputy. " + ARTICLE
    root = tmp_corpus({"cp.txt": text}, encoding="cp1252")
    doc = read_one(root / "cp.txt")
    assert doc.text == text


def test_latin1_file_decodes(tmp_corpus):
    # 0x81 and 0x8d are undefined in cp1252, so only latin-1 reads these bytes.
    data = "Se\u00f1or Mu\u00f1oz spoke.".encode("latin-1") + b" \x81\x8d " + ARTICLE.encode("latin-1")
    root = tmp_corpus({"l1.txt": data})
    doc = read_one(root / "l1.txt")
    assert doc.text.startswith("Se\u00f1or Mu\u00f1oz spoke.")
    assert doc.text.endswith(ARTICLE)


def test_utf8_bom_is_dropped(tmp_corpus):
    root = tmp_corpus({"bom.txt": b"\xef\xbb\xbf" + ("Beyrouth caf\u00e9. " + ARTICLE).encode("utf-8")})
    doc = read_one(root / "bom.txt")
    assert doc.text.startswith("Beyrouth caf\u00e9.")
    assert "\ufeff" not in doc.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_corpus, codec):
    text = "\u0628\u064a\u0631\u0648\u062a Beirut. " + ARTICLE
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    root = tmp_corpus({"u16.txt": bom + text.encode(codec)})
    doc = read_one(root / "u16.txt")
    assert doc.text == text


def test_decode_bytes_directly():
    assert decode_bytes(b"plain", "x") == "plain"
    assert decode_bytes(b"caf\xe9", "x") == "caf\u00e9"
    with pytest.raises(InputError, match="x: empty file"):
        decode_bytes(b"  \n", "x")


# ----------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    bytes(range(256)) * 4,
    b"\x01\x02\x03\x04\x05\x06\x07\x08 mostly control bytes \x0e\x0f\x10\x11\x12",
], ids=["png", "all-bytes", "controls"])
def test_binary_file_is_an_input_error(tmp_corpus, data):
    path = tmp_corpus({"image.txt": data}) / "image.txt"
    docs, errors = read_all([path])
    assert docs == []
    assert len(errors) == 1
    assert errors[0].path == str(path) and "binary" in str(errors[0])


@pytest.mark.parametrize("name, content", [
    ("empty.txt", b""), ("blank.txt", b" \n\t\n"), ("empty.md", b""), ("empty.html", b""),
    ("empty.jsonl", b""), ("blank.jsonl", b"\n\n"), ("frontmatter-only.md", b"---\ntitle: x\n---\n"),
    ("no-text.html", b"<html><head><script>var a = 1;</script></head><body></body></html>"),
])
def test_empty_file_is_an_input_error(tmp_corpus, name, content):
    path = tmp_corpus({name: content}) / name
    docs, errors = read_all([path])
    assert docs == []
    assert len(errors) == 1 and errors[0].path == str(path)
    assert "empty" in str(errors[0])


def test_over_size_file_is_an_input_error(tmp_corpus):
    root = tmp_corpus({"big.txt": ARTICLE * 50, "small.txt": ARTICLE})
    docs, errors = read_all([root], max_bytes=1000)
    assert [d.id for d in docs] == ["small"]
    assert len(errors) == 1
    message = str(errors[0])
    assert errors[0].path == str(root / "big.txt")
    assert "over the limit of 1,000" in message and "--max-bytes" in message


def test_default_size_limit_is_generous():
    assert DEFAULT_MAX_BYTES >= 10 * 1024 * 1024


def test_input_error_message_names_file_and_line():
    err = InputError("feed.jsonl", "malformed JSON", line=7)
    assert str(err) == "feed.jsonl:7: malformed JSON"
    assert (err.path, err.line, err.reason) == ("feed.jsonl", 7, "malformed JSON")
    assert str(InputError("a.txt", "empty file")) == "a.txt: empty file"


# ----------------------------------------------------------------------------- dates


def test_dates_doctests():
    result = doctest.testmod(kingmaker.ingest.dates, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), ("   ", None),
    ("2010-10-05T12:00:00Z", "2010-10-05"), ("2010-10-05", "2010-10-05"), ("2010-10", "2010-10"),
    ("2010", "2010"), (dt.date(2021, 1, 9), "2021-01-09"), (dt.datetime(2021, 1, 9, 23, 59), "2021-01-09"),
    ("March 31, 2008", "2008-03-31"), ("31 March 2008", "2008-03-31"), ("not a date at all", None),
    ("2020-13-45", None), ("2021-02-30", None), ("2021-02", "2021-02"),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("BAGHDAD, March 31, 2008 - Lawmakers met.", "2008-03-31"),
    ("Published 4 Sept. 2019\n\nThe council met.", "2019-09-04"),
    ("Updated 2022-10-12 09:00. The council met.", "2022-10-12"),
    ("Jan. 5th, 2020: talks resumed.", "2020-01-05"),
    ("The council met on Monday.", None),
    ("The council met in May.", None),  # no year: not a document date
    ("x" * 2000 + " March 31, 2008", None),  # too far down the text
])
def test_find_document_date(text, expected):
    assert find_document_date(text) == expected


@pytest.mark.parametrize("span, base, expected", [
    ("Jan. 29", "2024-02-06", "2024-01-29"),
    ("Sunday", "2008-03-31", "2008-03-30"),   # 2008-03-31 was a Monday
    ("Monday", "2008-03-31", "2008-03-31"),   # the same day counts
    ("Tuesday", "2008-03-31", "2008-03-25"),
    ("March 3, 2011", None, "2011-03-03"),     # a full date needs no base
    ("Sunday", None, None),                    # a relative date without a base
    ("yesterday", "2020-05-10", "2020-05-09"),
    ("the meeting", "2020-05-10", None),
    ("March 2031", None, "2031-03"),           # a month and a year: a month, no day taken from today
    ("in Sept. 2029", "2030-01-05", "2029-09"),
    ("December, 2028", None, "2028-12"),
])
def test_resolve_date(span, base, expected):
    assert resolve_date(span, base) == expected


RESULTS_HTML = """<html><head><title>Tarsa vote</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>Tarsa vote: the Harbour Party wins most seats</h1>
<p>{body}</p>
<h2>Results</h2>
<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Harbour Party</td><td>61</td></tr>
<tr><td>Velo Front</td><td>44</td></tr></table>
<ul><li>Prime minister: Korin Vass</li><li>Foreign minister: Anna Vool</li></ul>
</article></body></html>"""


@pytest.mark.parametrize("body", [
    " ".join(["The Harbour Party of Korin Vass won the election in Tarsa on Sunday, ending ten years of rule by "
              "the Velo Front."] * 4),  # trafilatura's main text
    "Short.",  # the fallback visible-text path
], ids=["main-text", "fallback"])
def test_html_tables_and_list_items_stay_rows_and_lines(tmp_corpus, body):
    doc = read_one(tmp_corpus({"r.html": RESULTS_HTML.replace("{body}", body)}) / "r.html")
    lines = [line.strip(" |") for line in doc.text.splitlines()]
    assert "Harbour Party | 61" in lines and "Velo Front | 44" in lines  # a row per line, cells split by '|'
    assert any(line.endswith("Prime minister: Korin Vass") for line in lines)
    assert any(line.endswith("Foreign minister: Anna Vool") for line in lines)
