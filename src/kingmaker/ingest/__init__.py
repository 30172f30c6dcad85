"""Readers: turn paths into ``Document`` objects.

``read_paths(paths)`` walks files and directories (recursively) and yields documents; every
problem becomes an ``InputError`` handed to ``on_error`` so one bad file never stops a batch.
Supported: ``.txt``, ``.text``, ``.md``, ``.markdown``, ``.html``, ``.htm``, ``.jsonl``.
"""
from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kingmaker.errors import InputError
from kingmaker.ingest.dates import find_document_date, normalise_date
from kingmaker.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # per file; configurable with --max-bytes / KINGMAKER_MAX_BYTES
TEXT_SUFFIXES = {".txt", ".text"}
MD_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | MD_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A directory's README (or LICENSE...) documents the corpus; it is not an article.
SKIPPED_STEMS = {"readme", "license", "licence", "changelog"}

__all__ = ["read_paths", "read_file", "read_bytes_limited", "decode_bytes", "SUFFIXES", "DEFAULT_MAX_BYTES"]


def _raise(err: InputError) -> None:
    raise err


def _ignore(err: InputError) -> None:
    pass


Handler = Callable[[InputError], None]


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Handler = _raise,
    on_warning: Handler | None = None,
) -> Iterator[Document]:
    """Yield documents from files and directories; directories are walked recursively in sorted order.

    Files with unknown suffixes inside directories are skipped silently (hidden files and
    README/LICENSE/CHANGELOG files too); a file named explicitly is always read, as plain text when
    its suffix is unknown. Only regular files are read: FIFOs, devices and sockets are reported, and
    so are dangling symbolic links, link loops and linked directories (not followed) met in a walk.
    ``on_warning`` hears about files read with a caveat (invalid UTF-8 bytes replaced).
    """
    seen: dict[str, str] = {}  # document id -> where it was read first
    warn = on_warning or _ignore
    for raw in paths:
        for doc in _read_path(Path(raw), max_bytes, on_error, warn):
            if doc.id in seen:
                # Ids must be unique in one run (every item points at its document by id).
                on_error(InputError(doc.path or doc.id, f"duplicate document id {doc.id!r} (already read "
                                    f"from {seen[doc.id]}); rename the file or change the record's id"))
                continue
            seen[doc.id] = doc.path or doc.id
            yield doc


def _read_path(path: Path, max_bytes: int, on_error: Handler, on_warning: Handler) -> Iterator[Document]:
    """Documents from one file or directory named on the command line."""
    if not path.exists():
        on_error(InputError(str(path), _missing_reason(path)))
        return
    if not path.is_dir():
        yield from _read_one(path, max_bytes, on_error, on_warning)
        return
    files = _walk(path, on_error, on_warning)
    if not files:
        on_error(InputError(str(path), "directory holds no readable article "
                                       f"({', '.join(sorted(SUFFIXES))})"))
    for f in files:
        yield from _read_one(f, max_bytes, on_error, on_warning)


def _missing_reason(path: Path) -> str:
    if path.is_symlink():
        try:
            path.stat()
        except OSError as err:
            if err.errno == errno.ELOOP:
                return "symbolic link loop"
        return "dangling symbolic link (its target does not exist)"
    return "no such file or directory"


def _walk(root: Path, on_error: Handler, on_warning: Handler = _ignore) -> list[Path]:
    """Article files under ``root`` in sorted order; symbolic links to directories are not followed.

    Links that lead nowhere (dangling, loops) and special files (FIFOs, devices) with an article
    suffix are errors; linked directories are a warning. None is skipped without a word.
    """
    files: list[Path] = []

    def walk_error(err: OSError) -> None:
        on_error(InputError(err.filename or str(root), f"cannot read directory: {err.strerror or err}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error, followlinks=False):
        here = Path(dirpath)
        kept = []
        for d in dirnames:
            if d.startswith("."):
                continue
            if (here / d).is_symlink():
                on_warning(InputError(str(here / d), "symbolic link to a directory, not followed "
                                                   "(name the directory itself to read it)"))
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in filenames:
            p = here / name
            if name.startswith(".") or p.suffix.lower() not in SUFFIXES or p.stem.lower() in SKIPPED_STEMS:
                continue
            if not p.exists():
                on_error(InputError(str(p), _missing_reason(p)))
            elif not p.is_file():
                on_error(InputError(str(p), _special_reason(p)))
            else:
                files.append(p)
    return sorted(files)


def _special_reason(path: Path) -> str:
    """Why a path that exists is not read: it is no regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return f"cannot read: {err.strerror or err}"
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a directory" if stat.S_ISDIR(mode) else "special")
    return f"not a regular file ({kind}); only regular files are read"


def _read_one(path: Path, max_bytes: int, on_error: Handler, on_warning: Handler) -> Iterator[Document]:
    try:
        yield from read_file(path, max_bytes=max_bytes, on_error=on_error, on_warning=on_warning)
    except InputError as err:
        on_error(err)
    except OSError as err:
        on_error(InputError(str(path), f"cannot read: {err.strerror or err}"))
    except Exception as err:  # a reader library choking on hostile input (MemoryError, RecursionError...)
        on_error(InputError(str(path), f"cannot read ({type(err).__name__})"))


def read_bytes_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, refused (``InputError``) when over ``max_bytes``: at most
    ``max_bytes + 1`` bytes are ever read. FIFOs, devices and sockets are refused without reading
    (a FIFO would block, ``/dev/zero`` never ends)."""
    path = Path(path)
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise InputError(str(path), _special_reason(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # swapped since the check above
            raise InputError(str(path), _special_reason(path))
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = os.stat(path).st_size
        raise InputError(str(path), f"file is {max(size, len(data)):,} bytes, over the limit of {max_bytes:,} "
                                    "(raise it with --max-bytes)")
    return data


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              on_error: Handler = _raise, on_warning: Handler | None = None) -> Iterator[Document]:
    path = Path(path)
    data = read_bytes_limited(path, max_bytes)
    suffix = path.suffix.lower()
    warn = on_warning or _ignore
    text = _decode(data, str(path), warn)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text, on_error)
        return
    if suffix in HTML_SUFFIXES:
        doc = _from_html(path, text)
    elif suffix in MD_SUFFIXES:
        doc = _from_markdown(path, text)
    else:
        doc = _from_text(path, text)
    if not doc.text.strip():
        raise InputError(str(path), "no text to extract (empty file)")
    yield doc


def decode_bytes(data: bytes, where: str, on_warning: Handler | None = None) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else UTF-16 with a BOM, else cp1252/latin-1.

    UTF-8 with a few invalid bytes keeps its UTF-8: each invalid byte becomes U+FFFD and
    ``on_warning`` hears how many were replaced. Only a text that is clearly not UTF-8 (most of its
    non-ASCII bytes invalid) is decoded as cp1252 (latin-1 for bytes cp1252 leaves undefined).
    Binary data (NUL bytes or many control characters) is refused with an ``InputError``.
    """
    return _decode(data, where, on_warning or _ignore)


_ASCII = bytes(range(128))
_ESCAPED = re.compile("[\udc80-\udcff]")  # an invalid byte under errors="surrogateescape"


def _decode(data: bytes, where: str, on_warning: Handler) -> str:
    if not data.strip():
        raise InputError(where, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(where, "looks like UTF-16 but does not decode") from None
    sample = data[:8192]
    if b"\x00" in sample or _control_share(sample) > 0.05:
        raise InputError(where, "binary file, not text (convert it to .txt, .html, .md or .jsonl)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="surrogateescape")  # one lone surrogate per invalid byte
    bad = len(_ESCAPED.findall(text))
    non_ascii = len(data.translate(None, _ASCII))
    if bad * 2 > non_ascii:  # mostly invalid: a single-byte encoding, not damaged UTF-8
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    on_warning(InputError(where, f"{bad:,} invalid UTF-8 byte(s) replaced with U+FFFD; the rest is read as UTF-8"))
    return _ESCAPED.sub("\ufffd", text)


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text


def _from_text(path: Path, text: str) -> Document:
    text = _clean(text)
    if _looks_markdown(text):  # a markdown page saved as plain text: its markup is no prose either
        text = _strip_markdown(text)
    title = title_from_text(text)
    return Document(id=path.stem, text=text, path=str(path), title=title, date=find_document_date(text))


# "[Tobias Venn](https://x.org/venn)" (a link to an address, a path or an anchor), "**Sun Party**", "## Opposition"
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,200}\]\((?:[a-z][a-z0-9+.-]*:|www\.|/|#)[^()\s]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)[^*_\n]{1,200}(?<=\S)\1")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S", re.M)


def _looks_markdown(text: str) -> bool:
    """Whether a plain text is a markdown page (a page copied from a wiki or a notes app and saved as .txt): a link
    with its address ("led by [Tobias Venn](https://x.org/venn)"), a phrase in bold ("**Sun Party** - led by ..."),
    or two heading lines ("# Dravia", "## Opposition"). A bracket with no address ("[sic]", "[1]"), a single "*" or
    a "#" in a hashtag make no markdown page."""
    return _MD_LINK.search(text) is not None or _MD_STRONG.search(text) is not None \
        or len(_MD_HEADING.findall(text)) >= 2


def _strip_markdown(text: str) -> str:
    """A markdown page's prose: heading marks, links' addresses, bold and code marks taken out ("**Sun Party** -
    led by [Lia Marsh](https://x.org/lm)" reads "Sun Party - led by Lia Marsh")."""
    body = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*", "", text, flags=re.M)  # (the blank line above a heading kept)
    body = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    return re.sub(r"(\*\*|__|`)", "", body)


def _from_markdown(path: Path, text: str) -> Document:
    text = _clean(text)
    meta: dict[str, str] = {}
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if m:  # YAML front matter: title/date/url
        for line in m.group(1).splitlines():
            k, _, v = line.partition(":")
            meta[k.strip().lower()] = v.strip().strip("'\"")
        text = text[m.end():]
    body = _strip_markdown(text)
    title = meta.get("title") or title_from_text(body)
    date = normalise_date(meta.get("date")) or find_document_date(body)
    return Document(id=path.stem, text=body, path=str(path), title=title, date=date, url=meta.get("url"))


MAX_HTML_TAGS = 200_000  # trafilatura builds the whole tree; past this many tags, plain visible text


def _from_html(path: Path, html: str) -> Document:
    import trafilatura

    if html.count("<") > MAX_HTML_TAGS:  # memory and time of the tree grow with the tags: bounded
        text = _visible_text(html)
        return Document(id=path.stem, text=_clean(text), path=str(path), title=title_from_text(text),
                        date=find_document_date(text))
    # tables are kept (as "| cell | cell |" rows): a results table states the parties' seats (nlp/tables.py)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = _html_date(html)
    if not text:
        # trafilatura finds no main text in very short pages: fall back to visible text without
        # scripts and styles.
        text = _visible_text(html)
    text = _clean(text or "")
    return Document(id=path.stem, text=text, path=str(path), title=title or title_from_text(text),
                    date=date or find_document_date(text), url=getattr(meta, "url", None) if meta else None)


# Markup that states when an article was published (meta name/property/itemprop, lower case).
_HTML_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "published_time", "publishdate",
    "publish-date", "publication_date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.date", "dcterms.created", "dc.date.created", "datecreated", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "article.published", "originalpublicationdate",
)


def _html_date(html: str) -> str | None:
    """The publication date stated in a page's markup: meta tags, JSON-LD ``datePublished``,
    ``<time itemprop=datePublished>`` or ``<time pubdate>``. Never a date from the visible text
    (trafilatura's date search would take a photo caption's date); ``None`` when the markup has none.
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises assorted errors on broken markup
        return None
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        if key in _HTML_DATE_KEYS and key not in found and (date := normalise_date(el.get("content"))):
            found[key] = date
    if found:
        return found[min(found, key=_HTML_DATE_KEYS.index)]
    m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', html)
    if m and (date := normalise_date(m.group(1))):
        return date
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None:
            if date := normalise_date(el.get("datetime") or el.text_content()):
                return date
    return None


_HIDDEN_TAGS = ("script", "style", "noscript", "template")  # their content is never text
# block ends are line breaks (a heading, a list item, a table row is a line of its own); a table cell's
# end is a " | " so a row reads as a text table ("Party | Seats")
_BREAK_TAGS = {"br", "hr", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/tr", "/table", "/ul",
               "/ol", "/dl", "/dt", "/dd", "/blockquote", "/figcaption", "/caption", "/figure", "/section",
               "/article", "/header", "/footer", "/nav", "/aside", "/title", "/pre", "/address"}
_CELL_TAGS = {"/td", "/th"}
_TAG_NAME = re.compile(r"/?[A-Za-z][A-Za-z0-9:-]*")


def _visible_text(html: str) -> str:
    """The text of a page without tags, comments, scripts and styles; one pass, linear in the length
    of the page whatever it holds (unclosed comments or scripts end the text, they never make a
    search start again)."""
    import html as htmllib

    low = html.lower()
    out: list[str] = []
    i, n = 0, len(html)
    while i < n:
        j = html.find("<", i)
        if j < 0:
            out.append(html[i:])
            break
        out.append(html[i:j])
        if html.startswith("<!--", j):
            k = html.find("-->", j + 4)
            if k < 0:
                break  # an unclosed comment hides the rest
            out.append(" ")
            i = k + 3
            continue
        k = html.find(">", j + 1)
        if k < 0:
            out.append(html[j:])  # no tag can close any more: the rest is text
            break
        m = _TAG_NAME.match(low, j + 1, k)
        name = m.group() if m else ""
        out.append("\n" if name in _BREAK_TAGS else " | " if name in _CELL_TAGS else " ")
        i = k + 1
        if name in _HIDDEN_TAGS:
            end = low.find("</" + name, i)
            close = low.find(">", end) if end >= 0 else -1
            if close < 0:
                break  # an unclosed script or style hides the rest
            out.append(" ")
            i = close + 1
    text = htmllib.unescape("".join(out))
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _read_jsonl(path: Path, text: str, on_error: Handler) -> Iterator[Document]:
    seen: set[str] = set()
    good = 0
    # JSON Lines ends records at "\n" only: U+2028 and friends are valid inside JSON strings
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            on_error(InputError(str(path), f"malformed JSON ({err.msg})", line=lineno))
            continue
        if not isinstance(rec, dict):
            on_error(InputError(str(path), "line is not a JSON object", line=lineno))
            continue
        doc_id, body = rec.get("id"), rec.get("text")
        if doc_id is None or not str(doc_id).strip():
            on_error(InputError(str(path), "record has no 'id'", line=lineno))
            continue
        if not isinstance(body, str) or not body.strip():
            on_error(InputError(str(path), f"record {doc_id!r} has no 'text'", line=lineno))
            continue
        doc_id = str(doc_id)
        if doc_id in seen:
            on_error(InputError(str(path), f"duplicate id {doc_id!r}; later record skipped", line=lineno))
            continue
        seen.add(doc_id)
        good += 1
        body = _clean(body)
        date = normalise_date(rec.get("date")) if rec.get("date") else find_document_date(body)
        yield Document(id=doc_id, text=body, path=f"{path}:{lineno}", title=_optional_str(rec.get("title")),
                       date=date, url=_optional_str(rec.get("url")))
    if good == 0 and not text.strip():
        raise InputError(str(path), "empty file")


def _optional_str(value: object) -> str | None:
    """JSONL metadata may hold numbers; the contract wants a string or null."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


TITLE_MAX = 120  # characters of a title taken from the text
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Gov|Sen|"
                           r"Rep|Rev|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Co|Inc|Ltd|Jr|Sr|vs|etc)$")


def title_from_text(text: str) -> str | None:
    """A title for a document that states none: its first line, cut at the first sentence end
    and at ``TITLE_MAX`` characters (on a word boundary, with an ellipsis).

    >>> title_from_text("\\n  Envoy visits Cairo  \\nCAIRO - The envoy arrived.")
    'Envoy visits Cairo'
    >>> title_from_text("Lt. Gen. Roe met Dr. Poe in the U.S. capital. They talked for hours.")
    'Lt. Gen. Roe met Dr. Poe in the U.S. capital.'
    """
    line = _first_line(text)
    if line is None:
        return None
    for m in _SENTENCE_END.finditer(line):
        if not _ABBREVIATION.search(line[: m.start()]):
            line = line[: m.end()].rstrip()
            break
    if len(line) > TITLE_MAX:
        cut = line[: TITLE_MAX - 1]
        line = (cut.rsplit(" ", 1)[0] if " " in cut[TITLE_MAX // 2:] else cut).rstrip(" ,;:-–—") + "…"
    return line


def _first_line(text: str) -> str | None:
    """The first line holding a letter or digit, stripped; an editor's note in brackets
    ("[Translated from French ...]") is not a title."""
    for line in text.splitlines():
        line = line.strip()
        if any(ch.isalnum() for ch in line) and not (line.startswith("[") and line.endswith("]")):
            return line
    return None
