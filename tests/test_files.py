"""Loading and saving files: atomic writes, refused overwrites, formats by suffix."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import attrs
import pytest

import sportsocial as ss
from sportsocial.io import write_atomic

from .conftest import EXAMPLES


def test_every_example_validates(example_paths: list[Path]) -> None:
    assert len(example_paths) >= 3
    for path in example_paths:
        assert isinstance(ss.load(path), ss.Engagement)


def test_missing_file() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load("no/such/file.yaml")
    assert info.value.codes == ("DOC001",)


def test_directory_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(tmp_path)
    assert info.value.codes == ("DOC001",)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(path)
    assert info.value.codes == ("DOC003",)


def test_yaml_and_json_give_the_same_engagement(tmp_path: Path, roosendaal: ss.Engagement) -> None:
    saved = ss.dump(roosendaal, tmp_path / "r.json")
    assert ss.load(tmp_path / "r.json") == roosendaal
    assert saved.revision == roosendaal.revision  # same content, same digest


def test_suffixless_file_is_sniffed(tmp_path: Path, roosendaal: ss.Engagement) -> None:
    (tmp_path / "doc").write_text(ss.dumps(roosendaal, "yaml"), encoding="utf-8")
    assert ss.load(tmp_path / "doc") == roosendaal


def test_save_is_atomic_and_leaves_no_temporary_file(
    tmp_path: Path, minimal: ss.Engagement
) -> None:
    target = tmp_path / "e.yaml"
    ss.dump(minimal, target)
    assert [p.name for p in tmp_path.iterdir()] == ["e.yaml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_save_keeps_file_permissions(tmp_path: Path, minimal: ss.Engagement) -> None:
    target = tmp_path / "e.json"
    saved = ss.dump(minimal, target)
    target.chmod(0o640)
    ss.dump(attrs.evolve(saved, methodology="five-step"), target)
    assert target.stat().st_mode & 0o777 == 0o640


def test_overwrite_after_someone_else_changed_the_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "r.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", target)
    mine = ss.load(target)
    theirs = ss.load(target)
    town = attrs.evolve(theirs.municipality, population=1)
    ss.dump(attrs.evolve(theirs, municipality=town), target)  # the other editor saves first
    before = target.read_bytes()
    with pytest.raises(ss.ConflictError) as info:
        ss.dump(attrs.evolve(mine, facilitator=None), target)
    assert info.value.path == str(target)
    assert target.read_bytes() == before  # nothing lost


def test_saving_again_after_own_save_is_allowed(tmp_path: Path) -> None:
    target = tmp_path / "r.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", target)
    eng = ss.load(target)
    town = eng.municipality
    eng = ss.dump(attrs.evolve(eng, municipality=attrs.evolve(town, population=1)), target)
    eng = ss.dump(attrs.evolve(eng, municipality=town), target)
    assert ss.load(target).municipality == town
    ss.dump(eng, target)  # unchanged content: a no-op save is fine


def test_overwriting_a_different_document_is_refused_unless_forced(
    tmp_path: Path, minimal: ss.Engagement, roosendaal: ss.Engagement
) -> None:
    target = tmp_path / "x.json"
    ss.dump(roosendaal, target)
    with pytest.raises(ss.ConflictError):
        ss.dump(minimal, target)
    ss.dump(minimal, target, force=True)
    assert ss.load(target) == minimal


def test_overwriting_a_broken_file_is_refused(tmp_path: Path, minimal: ss.Engagement) -> None:
    target = tmp_path / "x.json"
    target.write_text("{broken", encoding="utf-8")
    with pytest.raises(ss.ConflictError):
        ss.dump(minimal, target)
    assert target.read_text(encoding="utf-8") == "{broken"


def test_unknown_suffix_needs_a_format(tmp_path: Path, minimal: ss.Engagement) -> None:
    with pytest.raises(ss.ConflictError):
        ss.dump(minimal, tmp_path / "x.txt")
    ss.dump(minimal, tmp_path / "x.txt", format="json")
    assert ss.load(tmp_path / "x.txt") == minimal


def test_new_files_get_the_usual_permissions(tmp_path: Path, minimal: ss.Engagement) -> None:
    mask = os.umask(0o022)
    try:
        target = tmp_path / "new.json"
        ss.dump(minimal, target)
        assert target.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(mask)
