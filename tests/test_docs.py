"""The README and the docs show only what works: their examples run here.

Python blocks (```python) of a file run in order in one namespace, from the
repository root. Notebook pages (MyST-NB ```{code-cell}``` blocks, executed by
the docs build too) run the same way; a ``!sportsocial ...`` line in a cell
runs the command line. Console blocks (```console) run each ``$ sportsocial
...`` line through the command line. A command is expected to exit 0, unless
its line ends in ``# exit N``. Console examples run in a
folder with a copy of the examples and a ``salt.txt``.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import re
import shlex
import sys
from pathlib import Path

import pytest

from sportsocial.cli import main

from .conftest import ROOT

#: Folders of docs/ that hold build output or pages generated at build time.
_NOT_WRITTEN_BY_HAND = {"_build", "generated", "jupyter_execute", "examples"}
DOCS = [
    ROOT / "README.md",
    *sorted(
        path
        for path in (ROOT / "docs").rglob("*.md")
        if not _NOT_WRITTEN_BY_HAND & set(path.relative_to(ROOT / "docs").parts)
    ),
]
_BLOCK = re.compile(r"^```(python|console|\{code-cell\}[^\n]*)\n(.*?)^```", re.S | re.M)


def blocks(path: Path, kind: str) -> list[str]:
    """The bodies of ``kind`` blocks (``python`` includes notebook code cells)."""
    out = []
    for k, body in _BLOCK.findall(path.read_text(encoding="utf-8")):
        if k.startswith("{code-cell}") and kind == "python":
            out.append(_cell_source(body))
        elif k == kind:
            out.append(body)
    return out


def _cell_source(body: str) -> str:
    """A code cell as Python: options (``:tags: ...``) dropped, ``!sportsocial`` lines as calls."""
    lines = body.splitlines()
    while lines and lines[0].startswith(":"):
        lines.pop(0)
    source = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith("!"):
            indent = line[: len(line) - len(stripped)]
            source.append(f"{indent}__command__({stripped[1:]!r})")
        else:
            source.append(line)
    return "\n".join(source) + "\n"


def run_command(line: str) -> None:
    """Run one ``sportsocial ...`` line in-process; assert its exit code.

    ``> FILE`` writes what the command printed to ``FILE``, as a shell would.
    """
    command, _, comment = line.partition("#")
    expected = int(comment.split()[1]) if comment.strip().startswith("exit") else 0
    command, _, target = command.partition(">")
    words = shlex.split(command)
    assert words[0] == "sportsocial", line
    argv = [
        match for arg in words[1:] for match in (sorted(glob.glob(arg)) if "*" in arg else [arg])
    ]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(argv)
    if target.strip():
        Path(target.strip()).write_text(printed.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(printed.getvalue())
    assert code == expected, line


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_examples_run(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = blocks(path, "python")
    if not code:
        pytest.skip("no Python examples")
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {
        "__name__": "__docs__",
        "TMP": tmp_path,
        "__command__": run_command,
    }
    for block in code:
        exec(compile(block, str(path), "exec"), namespace)
    capsys.readouterr()


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
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
        run_command(line)
        capsys.readouterr()
