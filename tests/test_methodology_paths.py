"""A document's ``methodology`` path: inside the document's folder (or an allowed
one), a regular file; never a device, a pipe or a file elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import sportsocial as ss
from sportsocial.io.converter import converter
from sportsocial.methodology.library import (
    METHODOLOGY_PATH_ENV,
    methodology_file,
    resolve_methodology,
    shipped_methodology,
)

from .cli_helpers import run
from .conftest import EXAMPLES


def variant(path: Path) -> Path:
    data = converter().unstructure(shipped_methodology("ssnb")) | {"id": "mine"}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def document(folder: Path, ref: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    path = folder / "e.yaml"
    path.write_text(text.replace("methodology: ssnb", f"methodology: '{ref}'"), encoding="utf-8")
    return path


def problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(path)
    return [(p.code, p.path) for p in info.value.problems]


def test_a_file_beside_or_below_the_document_is_read(tmp_path: Path) -> None:
    variant(tmp_path / "doc" / "methods" / "mine.json")
    eng = ss.load(document(tmp_path / "doc", "methods/mine.json"))
    assert ss.status(eng, base=tmp_path / "doc").methodology.id == "mine"


@pytest.mark.parametrize("ref", ["../mine.json", "methods/../../mine.json"])
def test_a_relative_path_leaving_the_folder_is_refused(tmp_path: Path, ref: str) -> None:
    variant(tmp_path / "mine.json")
    assert problems(document(tmp_path / "doc", ref)) == [("MET105", "$.methodology")]


def test_an_absolute_path_elsewhere_is_refused(tmp_path: Path) -> None:
    mine = variant(tmp_path / "elsewhere" / "mine.json")
    assert problems(document(tmp_path / "doc", str(mine))) == [("MET105", "$.methodology")]


def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    mine = variant(tmp_path / "elsewhere" / "mine.json")
    (tmp_path / "doc").mkdir()
    (tmp_path / "doc" / "mine.json").symlink_to(mine)
    assert problems(document(tmp_path / "doc", "mine.json")) == [("MET105", "$.methodology")]


def test_folders_the_user_allows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = variant(tmp_path / "shared" / "mine.json")
    monkeypatch.setenv(METHODOLOGY_PATH_ENV, os.pathsep.join(["", str(tmp_path / "shared")]))
    path = document(tmp_path / "doc", str(mine))
    assert ss.load(path).methodology == str(mine)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert problems(document(tmp_path, "/dev/zero")) == [("MET105", "$.methodology")]
    monkeypatch.setenv(METHODOLOGY_PATH_ENV, "/dev")
    assert problems(document(tmp_path, "/dev/zero")) == [("MET102", "$.methodology")]
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load_methodology("/dev/zero")
    assert info.value.codes == ("DOC008",)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_never_opened_for_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")  # nobody writes: reading it would wait forever
    assert problems(document(tmp_path, "pipe.json")) == [("MET102", "$.methodology")]


def test_a_folder_is_not_a_methodology(tmp_path: Path) -> None:
    (tmp_path / "methods").mkdir()
    assert problems(document(tmp_path, "methods")) == [("MET101", "$.methodology")]


def test_names_no_file_can_have() -> None:
    for ref in ["mine\0.json", "\udcff.json"]:
        with pytest.raises(ss.InvalidDocument) as info:
            resolve_methodology(ref)
        assert info.value.codes == ("MET101",)


def test_a_nul_in_the_document_is_refused_before_any_path(tmp_path: Path) -> None:
    assert problems(document(tmp_path, "mine\\0.json".replace("\\0", "\x00"))) == [
        ("DOC003", "$")  # YAML itself refuses a raw NUL character
    ]
    path = tmp_path / "e.json"
    data = json.loads(ss.dumps(ss.load(EXAMPLES / "etten-leur-baseline.yaml")))
    data["methodology"] = "mine\x00.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert problems(path) == [("SCH112", "$.methodology")]


def test_without_a_document_folder_the_current_folder_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    variant(tmp_path / "mine.json")
    assert methodology_file("mine.json") == tmp_path / "mine.json"
    with pytest.raises(ss.InvalidDocument) as info:
        methodology_file("../mine.json")
    assert info.value.codes == ("MET105",)


def test_the_command_line_reads_a_methodology_the_user_names_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = variant(tmp_path / "elsewhere" / "mine.json")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert run(capsys, "methodology", "show", str(mine)).code == 0
    assert run(capsys, "methodology", "validate", str(mine)).code == 0


def test_the_command_line_refuses_a_document_naming_a_file_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = variant(tmp_path / "elsewhere" / "mine.json")
    path = document(tmp_path / "doc", str(mine))
    result = run(capsys, "check", str(path), "--lang", "nl")
    assert result.code == 1
    assert "MET105" in result.err
