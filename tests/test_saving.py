"""Saving never loses anything: failures part-way, a killed process, two programs
saving at once, symbolic links, leftovers of earlier saves."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import sportsocial as ss
from sportsocial.io import atomic
from sportsocial.io.atomic import STALE_AFTER, remove_stale, write_atomic

from .conftest import EXAMPLES

fcntl = pytest.importorskip("fcntl")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    target = tmp_path / "r.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", target)
    return target


def changed(eng: ss.Engagement, population: int) -> ss.Engagement:
    return attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=population))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- failure injection -----------------------------------------------------------


def _fail(code: int) -> Any:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return broken


class _FullDisk:
    def __init__(self, fd: int, mode: str) -> None:
        self.fd = fd

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("name", "replacement"),
    [
        ("fdopen", _FullDisk),
        ("fsync", _fail(errno.EIO)),
        ("replace", _fail(errno.EIO)),
        ("chmod", _fail(errno.EPERM)),
    ],
    ids=["write", "fsync", "rename", "chmod"],
)
def test_a_failing_step_keeps_the_old_file_and_leaves_nothing(
    saved: Path, monkeypatch: pytest.MonkeyPatch, name: str, replacement: Any
) -> None:
    before = saved.read_bytes()
    eng = ss.load(saved)
    monkeypatch.setattr(atomic.os, name, replacement)
    with pytest.raises(OSError, match=r"Input/output|No space|not permitted") as info:
        ss.dump(changed(eng, 1), saved)
    monkeypatch.undo()
    assert info.value.filename in (str(saved), None)
    assert saved.read_bytes() == before
    assert leftovers(saved.parent) == []
    ss.dump(changed(eng, 1), saved)  # and the next save works
    assert ss.load(saved).municipality.population == 1


@pytest.mark.parametrize("name", ["link", "fsync"])
def test_a_failing_new_file_leaves_nothing(
    tmp_path: Path, minimal: ss.Engagement, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(atomic.os, name, _fail(errno.EIO))
    with pytest.raises(OSError, match="Input/output"):
        ss.dump(minimal, tmp_path / "new.json")
    assert list(tmp_path.iterdir()) == []


def test_a_file_system_without_hard_links_still_gets_the_file(
    tmp_path: Path, minimal: ss.Engagement, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic.os, "link", _fail(errno.EPERM))
    ss.dump(minimal, tmp_path / "new.json")
    assert ss.load(tmp_path / "new.json") == minimal
    assert leftovers(tmp_path) == []


def test_a_folder_that_cannot_be_synced_is_let_be(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{fd}") or not Path("/proc/self/fd").exists():
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    eng = ss.dump(changed(ss.load(saved), 2), saved)
    assert ss.load(saved) == eng


SCRIPT = """
import os, signal, sys
import attrs
import sportsocial as ss
from sportsocial.io import atomic

target, population, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
eng = ss.load(target)
eng = attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=population))
real_replace = atomic.os.replace

if mode == "kill-before-rename":
    atomic.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
elif mode == "kill-in-fsync":
    atomic.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
elif mode.startswith("race"):
    # both programs loaded the file; start saving together, and hold the
    # lock a while, so that the saves overlap
    go = float(mode.split(":")[1])
    while __import__("time").time() < go:
        pass
    def slow_replace(src, dst):
        __import__("time").sleep(0.3)
        real_replace(src, dst)
    atomic.os.replace = slow_replace
try:
    ss.dump(eng, target)
except ss.ConflictError:
    sys.exit(3)
sys.exit(0)
"""


def start(script: Path, target: Path, population: int, mode: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(script), str(target), str(population), mode],
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "save.py"
    path.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    return path


@pytest.mark.parametrize("mode", ["kill-before-rename", "kill-in-fsync"])
def test_a_process_killed_mid_save_loses_nothing(saved: Path, script: Path, mode: str) -> None:
    before = saved.read_bytes()
    process = start(script, saved, 5, mode)
    process.wait(timeout=60)
    assert process.returncode == -9
    assert saved.read_bytes() == before  # the old file, whole
    (left,) = leftovers(saved.parent)  # the dead save's temporary file ...
    eng = ss.load(saved)  # ... is never read
    ss.dump(changed(eng, 6), saved)  # a young one is left alone (it may be a live save)
    assert leftovers(saved.parent) == [left]
    old = time.time() - STALE_AFTER - 1
    os.utime(saved.parent / left, (old, old))
    ss.dump(changed(eng, 7), saved, force=True)  # an old one is cleaned up
    assert leftovers(saved.parent) == []
    assert ss.load(saved).municipality.population == 7


@pytest.mark.parametrize("round_", range(3))
def test_two_programs_saving_at_once_cannot_both_succeed(
    saved: Path, script: Path, round_: int
) -> None:
    go = time.time() + 1.5  # time for both interpreters to start and load the file
    first = start(script, saved, 1000 + round_, f"race:{go}")
    second = start(script, saved, 2000 + round_, f"race:{go}")
    codes = sorted([first.wait(timeout=60), second.wait(timeout=60)])
    assert codes == [0, 3], (first.stderr.read(), second.stderr.read())  # type: ignore[union-attr]
    winner = 1000 + round_ if first.returncode == 0 else 2000 + round_
    assert ss.load(saved).municipality.population == winner  # nothing half-written
    assert leftovers(saved.parent) == []


def test_two_programs_creating_the_same_file(tmp_path: Path) -> None:
    source = tmp_path / "source.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", source)
    target = tmp_path / "new.yaml"
    creator = textwrap.dedent(
        """
        import os, sys, time, attrs, sportsocial as ss
        from sportsocial.io import atomic
        eng = ss.load(sys.argv[1])
        town = attrs.evolve(eng.municipality, population=int(sys.argv[3]))
        real_link = os.link
        def slow_link(src, dst):  # both programs are creating the file at once
            time.sleep(0.3)
            real_link(src, dst)
        atomic.os.link = slow_link
        while time.time() < float(sys.argv[4]):
            pass
        try:
            ss.dump(attrs.evolve(eng, municipality=town), sys.argv[2])
        except ss.ConflictError:
            sys.exit(3)
        """
    )
    (tmp_path / "create.py").write_text(creator, encoding="utf-8")
    for _ in range(3):
        target.unlink(missing_ok=True)
        go = str(time.time() + 1.5)
        args = [sys.executable, str(tmp_path / "create.py"), str(source), str(target)]
        procs = [subprocess.Popen([*args, str(n), go]) for n in (1, 2)]
        codes = [p.wait(timeout=60) for p in procs]
        assert sorted(codes) == [0, 3]
        assert ss.load(target).municipality.population == codes.index(0) + 1
        assert leftovers(tmp_path) == []


def test_a_save_waits_for_the_lock_and_then_gives_up(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eng = ss.load(saved)
    monkeypatch.setattr(atomic, "LOCK_TIMEOUT", 0.2)
    with open(saved, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(ss.ConflictError):
            ss.dump(changed(eng, 3), saved)
    assert ss.dump(changed(eng, 3), saved).municipality.population == 3


# --- what the path leads to -------------------------------------------------------


def test_saving_through_a_symbolic_link_writes_its_target(saved: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(saved)
    eng = ss.dump(changed(ss.load(link), 11), link)
    assert link.is_symlink() and os.readlink(link) == str(saved)
    assert ss.load(saved).municipality.population == 11
    assert ss.load(link) == eng


def test_a_chain_of_links_and_a_relative_link(saved: Path, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    first = tmp_path / "sub" / "a.yaml"
    first.symlink_to("../r.yaml")
    second = tmp_path / "b.yaml"
    second.symlink_to(first)
    ss.dump(changed(ss.load(second), 12), second)
    assert first.is_symlink() and second.is_symlink()
    assert ss.load(saved).municipality.population == 12


def test_a_dangling_link_gets_its_file(tmp_path: Path, minimal: ss.Engagement) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "real.json")
    ss.dump(minimal, link)
    assert link.is_symlink() and ss.load(tmp_path / "real.json") == minimal


def test_a_link_loop_is_an_os_error(tmp_path: Path, minimal: ss.Engagement) -> None:
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    with pytest.raises(OSError, match="symbolic link") as info:
        ss.dump(minimal, tmp_path / "a.json")
    assert info.value.errno == errno.ELOOP


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_never_replaced(tmp_path: Path, minimal: ss.Engagement) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(ss.ConflictError):
        ss.dump(minimal, pipe, force=True)
    with pytest.raises(ss.ConflictError):
        write_atomic(pipe, "x")
    assert pipe.is_fifo()


def test_a_folder_is_never_replaced(tmp_path: Path, minimal: ss.Engagement) -> None:
    (tmp_path / "x.json").mkdir()
    with pytest.raises(IsADirectoryError):
        ss.dump(minimal, tmp_path / "x.json", force=True)


def test_the_command_line_reports_a_refused_save(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sportsocial.cli import main

    pipe = saved.parent / "out.yaml"
    os.mkfifo(pipe)
    code = main(["new", "--municipality", "X", "--cbs-code", "GM0001", "-o", str(pipe), "--force"])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err


# --- leftovers ----------------------------------------------------------------------


def test_remove_stale_removes_only_old_temporaries_of_that_file(tmp_path: Path) -> None:
    names = [
        ".r.yaml.abcd1234.tmp",  # ours, old
        ".r.yaml.efgh5678.tmp",  # ours, young
        ".r.yaml.x.abcd1234.tmp",  # another file's
        ".r.yaml.abc.tmp",  # not a temporary name
        "r.yaml",
    ]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    old = time.time() - STALE_AFTER - 5
    for name in (names[0], names[2], names[3]):
        os.utime(tmp_path / name, (old, old))
    assert remove_stale(tmp_path, "r.yaml") == [names[0]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[1:])


def test_the_check_reads_no_more_than_a_document_may_hold(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eng = ss.load(saved)
    monkeypatch.setattr(atomic, "READ_LIMIT", 100)  # as if the file were beyond the limit
    with pytest.raises(ss.ConflictError):
        ss.dump(changed(eng, 4), saved)
    monkeypatch.undo()
    assert ss.dump(changed(eng, 4), saved).municipality.population == 4
