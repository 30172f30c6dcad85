"""The docs keep up with the CLI: every command has help, every top-level command is in README.md."""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kingmaker.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def walk(command: click.Command, path: tuple[str, ...] = ("kingmaker",)):
    """Every command and subcommand below ``command``, with its path of names."""
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from walk(command.commands[name], (*path, name))


COMMANDS = list(walk(cli))
TOP_LEVEL = sorted(cli.commands)


def test_commands_are_registered():
    assert "extract" in TOP_LEVEL
    assert len(COMMANDS) > len(TOP_LEVEL)  # at least one group with subcommands


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help(path, command):
    assert (command.help or "").strip(), f"`{' '.join(path)}` has no help text (write its docstring)"
    assert command.get_short_help_str().strip()
    result = CliRunner().invoke(cli, [*path[1:], "--help"])
    assert result.exit_code == 0, result.output
    assert command.help.strip().splitlines()[0][:40] in " ".join(result.output.split())


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_every_top_level_command_is_in_the_readme(name):
    if not README.exists():
        pytest.skip("README.md is not written yet")
    text = README.read_text(encoding="utf-8")
    # `kingmaker NAME ...` in an example, or the command named in backticks
    assert re.search(rf"kingmaker\s+{re.escape(name)}\b|`{re.escape(name)}[`\s]", text), (
        f"README.md does not mention `kingmaker {name}`; document it (with an example)")
