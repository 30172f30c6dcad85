"""Every ```sh block of README.md (and examples/README.md) runs when pasted into a shell.

How the blocks are run
----------------------
* The blocks run in README order, in one fresh directory holding a copy of ``examples/``, with
  the ``kingmaker`` console script of this environment first on ``PATH``. They share that
  directory and the variables they ``export`` (``export KINGMAKER_DB=region.db`` holds for the
  blocks after it), like one analyst's terminal session. Run the whole file, not one block.
* Each command line (a ``\\`` at the end joins the next line) must exit 0, or the code its
  trailing comment states: ``kingmaker actor Nobody   # exits 1``.
* **Skip rule**: a command whose trailing comment contains ``not run in tests`` is not run
  (long-running servers, ``make``, optional extras); a block whose first line is the comment
  ``# not run in tests`` is not run at all. Everything else runs, so a block added to the
  README is tested without touching this file.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
READMES = [REPO / "README.md", REPO / "examples" / "README.md"]
SKIP_MARK = "not run in tests"
TIMEOUT = 300  # seconds per command

pytestmark = pytest.mark.model


def sh_blocks(text: str) -> list[list[str]]:
    """The ```sh blocks of a Markdown text, as lists of lines."""
    return [m.group(1).splitlines() for m in re.finditer(r"^```(?:sh|bash|shell)[ \t]*\n(.*?)^```", text, re.M | re.S)]


def commands(lines: list[str]) -> list[tuple[str, int, bool]]:
    """``(command, expected exit code, skipped)`` for each command line of a block."""
    if lines and lines[0].strip().startswith("#") and SKIP_MARK in lines[0]:
        return [(line, 0, True) for line in lines[1:] if line.strip() and not line.strip().startswith("#")]
    out, pending = [], ""
    for line in lines:
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        line, pending = pending + line, ""
        if not line.strip() or line.strip().startswith("#"):
            continue
        comment = _comment(line)
        m = re.search(r"\bexits?\s+(\d+)", comment)
        out.append((line, int(m.group(1)) if m else 0, SKIP_MARK in comment))
    return out


def _comment(line: str) -> str:
    """The trailing ``# comment`` of a shell line (a ``#`` inside quotes does not count)."""
    quote, i = None, 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[i + 1:]
        i += 1
    return ""


def all_blocks() -> list[tuple[str, list[str]]]:
    found = []
    for readme in READMES:
        for n, block in enumerate(sh_blocks(readme.read_text(encoding="utf-8")), 1):
            found.append((f"{readme.relative_to(REPO)}#{n}", block))
    return found


BLOCKS = all_blocks()


def test_the_parser_follows_the_documented_rules():
    block = ["# a comment line", "kingmaker extract examples/   # summary", "kingmaker serve   # not run in tests",
             "kingmaker actor 'x # y' \\", "  --db a.db   # exits 1: no store"]
    assert commands(block) == [("kingmaker extract examples/   # summary", 0, False),
                               ("kingmaker serve   # not run in tests", 0, True),
                               ("kingmaker actor 'x # y'    --db a.db   # exits 1: no store", 1, False)]
    assert all(skip for _, _, skip in commands(["# not run in tests", "make demo", "make test"]))
    assert sh_blocks("x\n```sh\na\nb\n```\n```yaml\nc\n```\n") == [["a", "b"]]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """One working directory and environment shared by the blocks, in README order."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "examples", root / "examples")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINGMAKER_")}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["COLUMNS"] = "200"
    (root / ".env.sh").write_text("", encoding="utf-8")
    return root, env


@pytest.mark.parametrize("where, block", BLOCKS, ids=[w for w, _ in BLOCKS])
def test_readme_block_runs(session, where, block):
    root, env = session
    ran = 0
    for command, expected, skipped in commands(block):
        if skipped:
            continue
        # Run in bash with the variables exported by earlier commands; save them for later ones.
        script = f". ./.env.sh\n{command}\nrc=$?\nexport -p > .env.sh\nexit $rc\n"
        try:
            result = subprocess.run(["bash", "-c", script], cwd=root, env=env, capture_output=True, text=True,
                                    timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{where}: `{command}` ran over {TIMEOUT} s")
        assert result.returncode == expected, (
            f"{where}: `{command}` exited {result.returncode} (expected {expected})\n"
            f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-2000:]}")
        ran += 1
    if not ran:
        pytest.skip(f"{where}: every command is marked '{SKIP_MARK}'")
