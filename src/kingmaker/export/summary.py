"""A readable terminal summary of an extraction (rich tables), and shared progress-bar columns."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from kingmaker.model import Extraction

__all__ = ["print_summary", "progress_columns", "snippet"]


def progress_columns():
    from rich.progress import (BarColumn, MofNCompleteColumn, ProgressColumn, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "… docs/s", style="progress.data.speed")

    return (SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def snippet(text: str | None, focus: Iterable[object] = (), width: int = 110) -> str:
    """An evidence sentence shortened to ``width`` characters around the words that matter.

    ``focus`` lists what the item is about, most important first (an event's trigger, the
    names of its actors, a fact's value); the window is centred on those found in the text, or
    on the first one when they lie too far apart. Cuts fall between words and are marked "…".

    >>> s = "In a long statement read out on state television late on Sunday evening, the council " \\
    ...     "said that the Ardent Party had attacked the convoy near the border crossing at dawn."
    >>> snippet(s, ["attacked", "Ardent Party"], width=60)
    '…said that the Ardent Party had attacked the convoy…'
    >>> snippet("Short sentence.", ["absent"])
    'Short sentence.'
    """
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    for item in focus:
        words = " ".join(str(item or "").split()).lower()
        for probe in (words, words.rsplit(" ", 1)[-1] if len(words.rsplit(" ", 1)[-1]) > 3 else ""):
            i = lower.find(probe) if probe else -1
            if i >= 0:
                spans.append((i, i + len(probe)))
                break
    start = 0
    if spans:
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        if hi - lo > width - 4:  # too far apart: the first (the trigger) wins
            lo, hi = spans[0]
        start = max(0, min((lo + hi) // 2 - width // 2, len(text) - width))
    end = start + width
    head, tail = ("…" if start > 0 else ""), ("…" if end < len(text) else "")
    body = text[start + len(head): end - len(tail)]
    if head and " " in body[:20]:
        body = body[body.index(" ") + 1:]
    if tail and " " in body[-20:]:
        body = body[: body.rindex(" ")]
    return head + body.strip(" ,;:") + tail


def print_summary(ex: Extraction, console: Console | None = None, limit: int = 25) -> None:
    """Counts and the first items of each layer, each with its evidence."""
    console = console or Console()
    names = {a.id: a.name for a in ex.actors}
    kinds = Counter(a.kind for a in ex.actors)
    console.print(f"[bold]{len(ex.documents)}[/] documents · [bold]{len(ex.actors)}[/] actors "
                  f"({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}) · "
                  f"[bold]{len(ex.relations)}[/] ties · [bold]{len(ex.events)}[/] events · "
                  f"[bold]{len(ex.facts)}[/] facts")

    t = Table(title="Actors (most mentioned first)", show_lines=False)
    for col in ("id", "name", "kind", "aliases", "docs", "mentions"):
        t.add_column(col)
    for a in sorted(ex.actors, key=lambda a: (-a.mentions, a.id))[:limit]:
        t.add_row(a.id, a.name, a.kind + (f"/{a.subkind}" if a.subkind else ""), _short(", ".join(a.aliases), 40),
                  str(len(a.documents)), str(a.mentions))
    console.print(t)

    if ex.relations:
        t = Table(title="Ties")
        for col in ("source", "type", "target", "document", "evidence"):
            t.add_column(col)
        for r in ex.relations[:limit]:
            t.add_row(names.get(r.source, r.source), r.type, names.get(r.target, r.target), r.evidence.document,
                      snippet(r.evidence.text, [names.get(r.source), names.get(r.target)], 90))
        console.print(t)
    if ex.events:
        t = Table(title="Events")
        for col in ("source", "type", "target", "date", "neg", "evidence"):
            t.add_column(col)
        for e in ex.events[:limit]:
            t.add_row(names.get(e.source, "-") if e.source else "-", e.type,
                      names.get(e.target, "-") if e.target else "-", e.date or "", "yes" if e.negated else "",
                      snippet(e.evidence.text, [e.trigger, names.get(e.source), names.get(e.target)], 90))
        console.print(t)
    if ex.facts:
        t = Table(title="Facts")
        for col in ("actor", "key", "value", "evidence"):
            t.add_column(col)
        for f in ex.facts[:limit]:
            t.add_row(names.get(f.actor, f.actor), f.key, f"{f.value:,}",
                      snippet(f.evidence.text, [f"{f.value:,}", str(f.value), names.get(f.actor)], 90))
        console.print(t)
    more = [f"{len(x) - limit} more {what}" for x, what in ((ex.relations, "ties"), (ex.events, "events"),
                                                            (ex.facts, "facts")) if len(x) > limit]
    if more:
        console.print("[dim]" + "; ".join(more) + " (use --format json or -o FILE for everything)[/]")
