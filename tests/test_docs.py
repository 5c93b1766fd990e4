"""The README and the docs show only what works: their examples run here.

Python blocks (```python) of a file run in order in one namespace, from the
repository root. Console blocks (```console) run each ``$ sportsocial ...``
line through the command line and expect exit code 0, unless the line ends in
``# exit N``. They run in a folder with a copy of the examples and a ``salt.txt``.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
from pathlib import Path

import pytest

from sportsocial.cli import main

from .conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```(python|console)\n(.*?)^```", re.S | re.M)


def blocks(path: Path, kind: str) -> list[str]:
    return [body for k, body in _BLOCK.findall(path.read_text(encoding="utf-8")) if k == kind]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_python_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = blocks(path, "python")
    if not code:
        pytest.skip("no Python examples")
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__docs__", "TMP": tmp_path}
    for block in code:
        exec(compile(block, str(path), "exec"), namespace)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_console_examples_run(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        line[2:]
        for block in blocks(path, "console")
        for line in block.splitlines()
        if line.startswith("$ sportsocial ")
    ]
    if not lines:
        pytest.skip("no command-line examples")
    for name in os.listdir(ROOT / "examples"):
        if not (ROOT / "examples" / name).is_file():
            continue  # the notebooks folder
        (tmp_path / "examples").mkdir(exist_ok=True)
        (tmp_path / "examples" / name).write_bytes((ROOT / "examples" / name).read_bytes())
    # a secret for the pseudonymised export examples (docs/research.md)
    (tmp_path / "salt.txt").write_text("an example salt of more than 16 bytes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for line in lines:
        command, _, comment = line.partition("#")
        expected = int(comment.split()[1]) if comment.strip().startswith("exit") else 0
        argv = [
            match
            for arg in shlex.split(command.split(">")[0])[1:]
            for match in (sorted(glob.glob(arg)) if "*" in arg else [arg])
        ]
        code = main(argv)
        capsys.readouterr()
        assert code == expected, line
