"""Running the command line in-process and reading what it printed."""

from __future__ import annotations

import attrs
import pytest

from sportsocial.cli import main


@attrs.frozen
class Run:
    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = main(list(argv))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
