"""A document's date and title: from metadata or the header, never from a caption or a body sentence."""
from __future__ import annotations

import pytest

from kingmaker.ingest import TITLE_MAX, read_paths, title_from_text
from kingmaker.ingest.dates import find_document_date

BODY = "Talks between the Ardent Party and the Vell Union stalled on Monday, officials said."


@pytest.mark.parametrize("text, expected", [
    # a caption's date is not the document's date
    (f"Photo: Crowds in Tarsin on January 5, 2019. Staff photographer\nTARSIN, March 4, 2024 - {BODY}",
     "2024-03-04"),
    (f"Parliament in session (Photo taken on January 5, 2019)\nTARSIN - {BODY}", None),
    (f"(Photo taken on January 5, 2019)\n{BODY}", None),
    (f"Pictured on January 5, 2019: the speaker.\n{BODY}", None),
    (f"File photo, January 5, 2019\n{BODY}", None),
    (f"Image: the speaker, 5 January 2019\nUpdated: 12 May 2024\n{BODY}", "2024-05-12"),
    # a date inside an ordinary sentence about the past is not the document's date either
    ("Talks stalled on Monday, a year after the vote of March 3, 2023 split the chamber.", None),
    ("By the end of the war, on March 3, 2011, the Vell Union had dissolved.", None),
    ("March 3, 2011, was the day the Vell Union dissolved.", None),
    # datelines, labels and bylines
    (f"TARSIN, March 4, 2024 - {BODY}", "2024-03-04"),
    (f"PORT ELRA, Vellmark, 4 March 2024 (Wire) — {BODY}", "2024-03-04"),
    (f"Headline\nTARSIN, March 3 (Wire) - {BODY}\nUpdated: 12 May 2024", "2024-03-03"),
    (f"Headline\nUpdated: 12 May 2024\n\nTARSIN, March 3 (Wire) - {BODY}", "2024-03-03"),
    (f"TARSIN, March 3 (Wire) - {BODY}", None),  # no year anywhere in the header
    (f"By Jane Roe | March 3, 2024\n\n{BODY}", "2024-03-03"),
    (f"By Jane Roe and Sam Poe, Wire Service | 3 March 2024\n\n{BODY}", "2024-03-03"),
    (f"Published on Monday, March 4, 2024 at 10:00 GMT\n{BODY}", "2024-03-04"),
    (f"Last updated: 2024-05-12T10:00Z\n{BODY}", "2024-05-12"),
    (f"Ardent Party wins\nTarsin, 18 November 2024\n\n{BODY}", "2024-11-18"),  # a line of place and date
    (f"In Tarsin, officials met on 18 November 2024 to talk.\n{BODY}", None),
    (f"Ardent Party wins\n\nBy staff reporters | TARSIN | April 14, 2025\n\n{BODY}", "2025-04-14"),
    (f"[Translated from Vellish. Original article published in the Tarsin Courier, Tarsin, 2 August 2025]\n\n"
     f"Ardent Party wins\n\n{BODY}", "2025-08-02"),
    (f"[Editor's note: this story mentions the vote of 2 August 2015]\n\n{BODY}", None),
])
def test_document_date_from_the_header_only(text, expected):
    assert find_document_date(text) == expected


def test_a_caption_date_does_not_become_the_document_date(tmp_corpus):
    root = tmp_corpus({"vote.txt": "Ardent Party wins the vote\n\nPhoto: Voters queue in Tarsin, January 5, 2019.\n\n"
                                   f"{BODY} The war that began on June 1, 2015 was not discussed.\n",
                       "dated.txt": f"Ardent Party wins the vote\n\nTARSIN, March 4, 2024 - {BODY}\n"})
    docs = {d.id: d for d in read_paths([root])}
    assert docs["vote"].date is None
    assert docs["dated"].date == "2024-03-04"


def test_metadata_date_wins_over_the_text(tmp_corpus):
    md = f"---\ntitle: Vote\ndate: 2024-05-01\n---\nTARSIN, March 4, 2024 - {BODY}\n"
    root = tmp_corpus({"vote.md": md})
    assert next(read_paths([root / "vote.md"])).date == "2024-05-01"


# ----------------------------------------------------------------------------- titles


def test_txt_title_is_the_first_sentence_of_a_long_first_line(tmp_corpus):
    first = ("TARSIN, March 4, 2024 - Talks between the Ardent Party and the Vell Union stalled on Monday. "
             "The two blocs blamed each other. " * 3)
    doc = next(read_paths([tmp_corpus({"a.txt": first + "\n\nMore text.\n"}) / "a.txt"]))
    assert doc.title == ("TARSIN, March 4, 2024 - Talks between the Ardent Party and the Vell Union stalled on "
                         "Monday.")


def test_txt_title_is_cut_at_120_characters_on_a_word(tmp_corpus):
    words = " ".join(f"word{i}" for i in range(60))
    doc = next(read_paths([tmp_corpus({"b.txt": words + "\n"}) / "b.txt"]))
    assert len(doc.title) <= TITLE_MAX and doc.title.endswith("…")
    assert words.startswith(doc.title[:-1]) and doc.title[-2].isdigit()


def test_title_skips_lines_without_letters_and_keeps_abbreviations():
    assert title_from_text("***\n\n  Vell Union falls  \nText.") == "Vell Union falls"
    assert title_from_text("Lt. Gen. Roe met Dr. Poe in the U.S. capital. They talked.") == \
        "Lt. Gen. Roe met Dr. Poe in the U.S. capital."
    assert title_from_text("“We will not yield,” said Roe. Then more.") == "“We will not yield,” said Roe."
    assert title_from_text("\n \n") is None
    assert title_from_text("[Translated from Vellish. Published in 2025]\n\nArdent Party wins\n") == \
        "Ardent Party wins"


PAGE = """<!DOCTYPE html><html><head><title>Ardent Party wins the vote</title>{head}</head><body><article>
<h1>Ardent Party wins the vote</h1>
<figure><img src="v.jpg" alt=""><figcaption>Voters queue in Tarsin, January 5, 2019. Photo taken on 2018-03-04.</figcaption></figure>
<p>{body}</p><p>The war that began on June 1, 2015 was not discussed, officials said on Monday.</p>
</article></body></html>"""


@pytest.mark.parametrize("head, expected", [
    ("", None),  # trafilatura's own date search would take the caption's 2018-03-04 or 2019-01-05
    ('<meta property="article:published_time" content="2024-03-04T09:00:00Z">', "2024-03-04"),
    ('<meta name="dc.date" content="2024-01-01"><meta name="article:published_time" content="2024-03-04">',
     "2024-03-04"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-04"}</script>',
     "2024-03-04"),
])
def test_html_date_from_markup_never_from_a_caption(tmp_corpus, head, expected):
    html = PAGE.format(head=head, body=" ".join([BODY] * 5))
    doc = next(read_paths([tmp_corpus({"page.html": html}) / "page.html"]))
    assert doc.date == expected
    assert doc.title == "Ardent Party wins the vote"
