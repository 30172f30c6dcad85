"""User mistakes end in one clear line: an unwritable chart path, a busy port, huge coalition numbers."""
from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner
from test_analysis_graph import sample_extraction

from kingmaker.cli import cli


@pytest.fixture()
def sample(tmp_path):
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(sample_extraction()), encoding="utf-8")
    return str(path)


def _one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


def test_timeline_plot_into_a_missing_directory(sample, tmp_path):
    result = CliRunner().invoke(cli, ["analyze", "timeline", "-i", sample, "--plot",
                                      str(tmp_path / "no" / "such" / "x.png")])
    assert "cannot write the chart" in _one_line_error(result)


def test_serve_on_a_busy_port_says_so_before_serving(sample):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    port = busy.getsockname()[1]
    try:
        result = CliRunner().invoke(cli, ["serve", "--input", sample, "--port", str(port)])
    finally:
        busy.close()
    line = _one_line_error(result)
    assert f"port {port}" in line and "already in use" in line
    assert "serving" not in result.output


@pytest.mark.parametrize("args, message", [
    (["--seats", "A=40,B=35", "--size", "1000000000000"], "--others bloc"),
    (["--seats", "A=40,B=35", "--size", "10000000000000000000000"], "outside"),
    (["--seats", "A=100000000000000000000,B=1"], "more than"),
])
def test_coalition_huge_numbers(tmp_path, args, message):
    result = CliRunner().invoke(cli, ["analyze", "coalition", *args, "--db", str(tmp_path / "none.db")])
    assert message in _one_line_error(result)


def test_coalition_huge_seats_answered(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", "coalition", "--seats", "A=1000000000000,B=1",
                                      "--format", "json", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["parties"][0]["shapley"] == 1.0 and data["method"] == "exact"
    result = CliRunner().invoke(cli, ["analyze", "coalition", "--seats", "A=40,B=35", "--size", "1000000000000",
                                      "--others", "bloc", "--format", "json", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0, result.output


def test_coalition_what_if_table(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", "coalition", "--seats", "A=40,B=35,C=25", "--without", "C",
                                      "--with", "A+B", "--db", str(tmp_path / "none.db")],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "What if without C; A+B as one bloc" in result.output
    assert "— → 1.0000" in result.output  # the new bloc holds all the power
    bad = CliRunner().invoke(cli, ["analyze", "coalition", "--seats", "A=40,B=35", "--with", "A",
                                   "--db", str(tmp_path / "none.db")])
    assert bad.exit_code == 2 and "two or more parties" in bad.output


def test_a_failed_document_names_the_error_behind_the_component(capsys):
    # spaCy re-raises a component's KeyError as "[E109] ... Did you forget to call initialize()?": the line
    # names the error that happened, not spaCy's guess
    from types import SimpleNamespace

    from kingmaker.cli import Problems

    try:
        try:
            {}["Karvel"]
        except KeyError as err:
            raise ValueError("[E109] Component could not be run.") from err
    except ValueError as err:
        Problems().doc_error(SimpleNamespace(path="a.txt", id="a"), err)
    line = capsys.readouterr().err
    assert "a.txt" in line and "KeyError: 'Karvel'" in line and "E109" not in line
