"""Writing a file so that nothing is ever lost: atomic, durable, one writer at a time.

:func:`write_atomic` writes a temporary file in the target's folder, flushes
it to disk (``fsync``), renames it over the target and flushes the folder, so
a reader, a crash or a power cut leaves the old file or the new one, never
half of one.

Two programs saving the same file at the same moment are taken one after the
other: the check a caller passes (``check``, e.g. "is the file still what I
loaded?") and the rename happen under an exclusive lock (``flock``) on the
file being replaced, so the second program sees the first one's file and can
refuse (:class:`~sportsocial.errors.ConflictError`) instead of overwriting it.
A new file is put in place with a hard link, which fails when another program
created it meanwhile, so two programs cannot both create it either.

A symbolic link is followed: the file it points to is replaced, the link
stays. Temporary files are named ``.<name>.<random>.tmp``; one left behind by
a program killed mid-save is never read, and is removed by a later save once
it is older than :data:`STALE_AFTER` seconds.

Locks are advisory and taken by sportsocial only: an editor that ignores them
is not stopped (the revision check of :func:`~sportsocial.io.dump` still sees
its change). Where ``fcntl`` is missing (Windows) saving works without the lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import ConflictError
from ..i18n import Text
from .limits import DEFAULT_LIMITS

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "LOCK_TIMEOUT",
    "READ_LIMIT",
    "STALE_AFTER",
    "Check",
    "Compose",
    "remove_stale",
    "write_atomic",
]

#: A temporary file of a save older than this many seconds belongs to a save
#: that died; the next save of the same file removes it.
STALE_AFTER = 600.0
#: How long a save waits for another program's save of the same file, in seconds.
LOCK_TIMEOUT = 10.0
#: ``check`` sees at most this much of the current file: one byte more than a
#: document may hold, so a larger file is seen to be too large without being read.
READ_LIMIT = DEFAULT_LIMITS.max_bytes + 1

#: Called under the lock with the current content of the target (``None`` when
#: there is none); raises to stop the save.
Check = Callable[[bytes | None], None]

_NOT_REGULAR = Text(
    en="not a regular file (a device, pipe or socket); it is not replaced",
    nl="geen gewoon bestand (een apparaat, pipe of socket); het wordt niet vervangen",
)
_BUSY = Text(
    en="another program is saving this file; try again",
    nl="een ander programma slaat dit bestand op; probeer het opnieuw",
)


def _umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(name)}\.[A-Za-z0-9_]{{8}}\.tmp$")


def remove_stale(folder: Path, name: str, now: float | None = None) -> list[str]:
    """Remove temporary files of earlier saves of ``name`` older than :data:`STALE_AFTER`.

    Returns the names removed. Files that vanish meanwhile or cannot be
    removed are left alone: cleaning up never makes a save fail.
    """
    pattern = _temporary_name(name)
    limit = (time.time() if now is None else now) - STALE_AFTER
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed.append(entry.name)
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; file systems that cannot sync a folder are let be."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP, errno.EROFS):
            raise
    finally:
        os.close(fd)


def _write_temporary(folder: Path, name: str, data: bytes, mode: int) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := os.read(fd, min(1 << 20, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


@contextlib.contextmanager
def _locked(fd: int, path: str) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise ConflictError(path, _BUSY) from None
            time.sleep(0.01)
        except OSError as exc:  # pragma: no cover - a file system without locks
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                break
            raise
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _create(folder: Path, target: Path, data: bytes) -> bool:
    """Put a new file in place; ``False`` when another program created it meanwhile."""
    tmp = _write_temporary(folder, target.name, data, 0o666 & ~_umask())
    try:
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError as exc:  # a file system without hard links
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    _fsync_folder(folder)
    return True


def _same_file(fd: int, target: Path) -> bool:
    try:
        now = os.stat(target)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


#: Called under the lock, after ``check``, with the current content of the
#: target (``None`` when there is none); returns the content to write. A save
#: that merges its change into the file as it is now (keeping comments) needs it.
Compose = Callable[[bytes | None], str | bytes]


def _encoded(text: str | bytes) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else text


def write_atomic(
    path: str | os.PathLike[str],
    text: str | bytes | Compose,
    *,
    check: Check | None = None,
) -> None:
    """Write ``text`` (UTF-8) or raw bytes to ``path``; see the module docstring.

    Parameters
    ----------
    path:
        The file. A symbolic link is followed; the file it leads to is written.
    text:
        The new content; or a function of the current content (``None`` for a
        new file) that returns it, called after ``check`` under the lock.
    check:
        Called with the current content (``None`` for a new file; at most
        :data:`READ_LIMIT` bytes of it) while no other save of the file can
        run; raising stops the save and leaves the file as it is.

    Raises
    ------
    ConflictError
        The file is a device, pipe or socket; or another program kept it
        locked for :data:`LOCK_TIMEOUT` seconds; or ``check`` refused.
    OSError
        The folder or file cannot be written, or the disk is full; the old
        file is then unchanged and no temporary file is left.
    """
    shown = os.fspath(path)
    target = Path(os.path.realpath(shown))
    folder = target.parent
    if callable(text):
        compose = text
    else:
        fixed = text

        def compose(_current: bytes | None) -> str | bytes:
            return fixed

    remove_stale(folder, target.name)
    while True:
        try:
            fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            if check is not None:
                check(None)
            data = _encoded(compose(None))
            try:
                if _create(folder, target, data):
                    return
            except OSError as exc:  # name the file the user asked for, not the temporary one
                raise OSError(exc.errno, exc.strerror, shown) from None
            continue  # someone else created it: check again, under the lock
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), shown)
            if not stat.S_ISREG(info.st_mode):
                raise ConflictError(shown, _NOT_REGULAR)
            with _locked(fd, shown):
                if not _same_file(fd, target):
                    continue  # replaced while we waited: lock the new one
                current: bytes | None = None
                if check is not None or callable(text):
                    os.lseek(fd, 0, os.SEEK_SET)
                    current = _read_at_most(fd, READ_LIMIT)
                if check is not None:
                    check(current)
                data = _encoded(compose(current))
                try:
                    tmp = _write_temporary(folder, target.name, data, info.st_mode & 0o7777)
                except OSError as exc:
                    raise OSError(exc.errno, exc.strerror, shown) from None
                try:
                    os.replace(tmp, target)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                    raise
                _fsync_folder(folder)
                return
        finally:
            os.close(fd)
