"""Loading and saving engagement documents.

Reading goes: bytes (bounded by :class:`~sportsocial.io.limits.Limits`) → text
→ plain data (checked by :mod:`sportsocial.io.guards`) → migration to the
current version → JSON Schema → cattrs → cross-reference checks (and any
further checks registered in :data:`CHECKS`). Every problem of every step is
collected and raised together as one :class:`~sportsocial.errors.InvalidDocument`.

Saving checks the document as reading would, and refuses to write one that
would not read back. It is atomic and careful (:mod:`sportsocial.io.atomic`):
it refuses to overwrite a file whose content changed since the engagement was
loaded, so two editors — or two programs at the same moment — never silently
overwrite each other.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import cattrs

from ..errors import ConflictError, InvalidDocument, Problem
from ..i18n import Text, os_reason
from ..model import Engagement
from .atomic import write_atomic
from .converter import structure_accepted, structure_engagement, unstructure_engagement
from .fast_load import fast_engagement
from .formats import Format, dump_text, format_for, parse_text
from .guards import check_tree, too_large
from .limits import DEFAULT_LIMITS, Limits
from .locate import located
from .migrations import Change, changes, migrate
from .partial import checks_on_what_built
from .problems import problem
from .references import check_references
from .roundtrip import merged_text
from .schema import SCHEMA_VERSION, engagement_schema
from .schema_check import check_schema, schema_accepts

_T = TypeVar("_T")

__all__ = [
    "CHECKS",
    "build_from_file",
    "content_digest",
    "dump",
    "dumps",
    "engagement_from_data",
    "load",
    "loads",
    "migrate_file",
    "read_bytes",
    "read_document",
    "write_atomic",
]

#: Checks run on a structured engagement, in order; each returns problems.
#: Later parts of the package (the methodology's phase check) append to it.
CHECKS: list[Callable[[Engagement, str | None], list[Problem]]] = [check_references]


def _cattrs_problems(exc: BaseException, source: str | None) -> list[Problem]:
    out: list[Problem] = []
    for message in cattrs.transform_error(exc, path="$"):
        text, _, where = message.rpartition(" @ ")
        out.append(problem("SCH199", where or "$", source=source, detail=text or message))
    return out


def _structure(data: dict[str, Any], source: str | None) -> Engagement:
    """The engagement of migrated ``data``: a fast path for valid data, else every problem.

    A compiled validator says whether the data meets the schema; only when it
    says no does the full (slow) check run for every problem with its path.
    """
    schema = engagement_schema()
    if schema_accepts(data, schema):
        try:
            return structure_accepted(data)
        except Exception:  # the detailed path below says what is wrong
            pass
    else:
        problems = check_schema(data, schema, source)
        if problems:
            # One pass reports every problem it can: the checks on the parts that built too.
            raise InvalidDocument(
                problems + checks_on_what_built(data, problems, CHECKS, source), source
            )
    try:
        return structure_engagement(data)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise InvalidDocument(_cattrs_problems(exc, source), source) from None


def _build(data: Any, source: str | None) -> Engagement:
    """The engagement from plain data that passed :func:`~sportsocial.io.guards.check_tree`.

    Its ``revision`` is left unset, to be computed on its first read
    (:func:`lazy_revision`).
    """
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        raise InvalidDocument([problem("DOC004", "$", source=source, found=found)], source)
    data, problems = migrate(data, source)
    if problems:
        raise InvalidDocument(problems, source)
    engagement = _structure(data, source)
    problems = [p for check in CHECKS for p in check(engagement, source)]
    if problems:
        raise InvalidDocument(problems, source)
    object.__delattr__(engagement, "revision")
    return engagement


#: Engagements whose digest this thread is computing: their ``revision`` reads as
#: ``None`` meanwhile (it takes no part in the digest).
_hashing = threading.local()


def lazy_revision(engagement: Engagement) -> str | None:
    """The ``revision`` of a loaded engagement, computed and kept on its first read.

    :func:`_build` leaves it unset; :class:`~sportsocial.model.Engagement` asks
    here when it is read. Only this thread's digest of the same engagement sees
    ``None``: the digest leaves ``revision`` out.
    """
    busy: set[int] = _hashing.__dict__.setdefault("ids", set())
    if id(engagement) in busy:
        return None
    busy.add(id(engagement))
    try:
        digest = content_digest(engagement)
    finally:
        busy.discard(id(engagement))
    object.__setattr__(engagement, "revision", digest)
    return digest


def engagement_from_data(
    data: Any, source: str | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> Engagement:
    """Validate plain data and build the engagement; raise ``InvalidDocument`` on any problem.

    ``revision`` of the result is the content digest of the engagement.
    """
    problems = check_tree(data, limits, source)
    if problems:
        raise InvalidDocument(problems, source)
    try:
        return _build(data, source)
    except InvalidDocument as exc:  # no text, so no lines: the item of each problem
        raise InvalidDocument(located(exc.problems, None, None, data), exc.source) from None


def loads(
    text: str,
    format: Format = "json",
    *,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Engagement:
    """Read an engagement from text (``format`` ``"json"`` or ``"yaml"``).

    Raises
    ------
    InvalidDocument
        With every problem found, each with a code and a JSON path; also for
        text beyond ``limits`` (``DOC009`` to ``DOC014``).
    """
    return _from_text(text, format, source, limits)


def _from_text(text: str, fmt: Format, source: str | None, limits: Limits) -> Engagement:
    """Parse and build an engagement; a document with problems gets them located in ``text``.

    A valid JSON document takes the fast road (:mod:`.fast_load`); whatever it
    cannot prove is read again on the careful road, which finds every problem.
    """
    if fmt == "json":
        engagement = fast_engagement(text, limits, CHECKS)
        if engagement is not None:
            return engagement
    return _located_build(text, fmt, source, limits, _build)


def _located_build(
    text: str,
    fmt: Format,
    source: str | None,
    limits: Limits,
    build: Callable[[Any, Any], _T],
) -> _T:
    """Parse ``text`` and ``build`` from its data; any problem is located in ``text``
    (line, column, item), so only a document with problems pays for that."""
    data, problems = parse_text(text, fmt, source, limits)
    if problems:
        raise InvalidDocument(located(problems, text, fmt), source)
    try:
        return build(data, source)
    except InvalidDocument as exc:
        raise InvalidDocument(located(exc.problems, text, fmt, data), exc.source) from None


def _name_problem(source: str, exc: BaseException) -> Problem:
    if isinstance(exc, OSError):
        reason = os_reason(exc)
    else:  # a NUL character, or a name the system cannot encode
        reason = Text(en="not a usable file name", nl="geen bruikbare bestandsnaam")
    return problem("DOC001", "$", source=source, detail=reason)


def read_bytes(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    regular_only: bool = False,
) -> bytes:
    """The content of ``path``, never more than ``limits.max_bytes``.

    A folder is ``DOC001``. A device or pipe is read like a file (up to the
    limit: ``/dev/zero`` gives ``DOC009``, not an endless read) unless
    ``regular_only``, which refuses it (``DOC008``) without reading: for files
    a *document* names, where the user did not choose the path.
    """
    source = os.fspath(path)
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError, UnicodeError) as exc:
        raise InvalidDocument([_name_problem(source, exc)], source) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            folder = IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            raise InvalidDocument([_name_problem(source, folder)], source)
        regular = stat.S_ISREG(info.st_mode)
        if regular_only and not regular:
            raise InvalidDocument([problem("DOC008", "$", source=source)], source)
        if regular and info.st_size > limits.max_bytes:
            raise InvalidDocument([too_large(info.st_size, limits, source)], source)
        if not regular:
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= limits.max_bytes:
            chunk = os.read(fd, min(1 << 20, limits.max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limits.max_bytes:
            raise InvalidDocument([too_large(size, limits, source)], source)
        return b"".join(chunks)
    except OSError as exc:
        raise InvalidDocument([_name_problem(source, exc)], source) from None
    finally:
        os.close(fd)


def _decode(raw: bytes, source: str, fmt: Format | None) -> tuple[str, Format]:
    """The text of ``raw`` and its format: ``fmt``, else the suffix, else the content."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        detail = f"not UTF-8 text (byte {exc.start})"
        raise InvalidDocument(
            [problem("DOC003", "$", source=source, format="text", detail=detail)], source
        ) from None
    chosen = fmt or format_for(source) or ("json" if text.lstrip().startswith("{") else "yaml")
    return text, chosen


def _parse_bytes(raw: bytes, source: str, fmt: Format | None, limits: Limits) -> tuple[Any, Format]:
    text, chosen = _decode(raw, source, fmt)
    data, problems = parse_text(text, chosen, source, limits)
    if problems:
        raise InvalidDocument(located(problems, text, chosen), source)
    return data, chosen


def read_document(
    path: str | os.PathLike[str],
    fmt: Format | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    regular_only: bool = False,
) -> tuple[Any, Format]:
    """Read and parse a file; raise ``InvalidDocument`` (``DOC0xx``) when that fails.

    The format comes from ``fmt``, else the suffix, else the content (a ``{`` first
    means JSON, anything else YAML). See :func:`read_bytes` for ``regular_only``.
    """
    source = os.fspath(path)
    raw = read_bytes(source, limits, regular_only=regular_only)
    return _parse_bytes(raw, source, fmt, limits)


def build_from_file(
    path: str | os.PathLike[str],
    build: Callable[[Any, str], _T],
    *,
    regular_only: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> _T:
    """Read a document (methodology, catalogue, ...) and ``build`` it from its data;
    any :class:`~sportsocial.errors.InvalidDocument` gets its problems located in
    the text (line, column, item), as :func:`load` does for engagements."""
    source = os.fspath(path)
    text, fmt = _decode(read_bytes(source, limits, regular_only=regular_only), source, None)
    return _located_build(text, fmt, source, limits, build)


def load(
    path: str | os.PathLike[str],
    format: Format | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> Engagement:
    """Load an engagement document (JSON or YAML, by suffix unless ``format`` is given).

    Parameters
    ----------
    path:
        The file. Read up to ``limits.max_bytes``; a device or pipe is read
        like a file, within the same limit.
    format:
        ``"json"`` or ``"yaml"``; default: from the suffix, else the content.
    limits:
        Size, nesting and value limits (:class:`~sportsocial.io.Limits`).

    Raises
    ------
    InvalidDocument
        With every problem found, each with a code and a JSON path.
    """
    source = os.fspath(path)
    text, fmt = _decode(read_bytes(source, limits), source, format)
    return _from_text(text, fmt, source, limits)


def _document(engagement: Engagement) -> dict[str, Any]:
    body = unstructure_engagement(engagement)
    return {"schema_version": SCHEMA_VERSION, **body}


def _digest(document: dict[str, Any]) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def content_digest(engagement: Engagement) -> str:
    """``sha256:<hex>`` of the engagement's canonical JSON (key-sorted, without ``revision``).

    Two engagements with equal content have equal digests, whatever file format
    or key order they were written in.
    """
    return _digest(_document(engagement))


def _checked_document(engagement: Engagement, source: str | None) -> dict[str, Any]:
    """The document of ``engagement``, checked as :func:`load` would check it."""
    try:
        document = _document(engagement)
    except (AttributeError, TypeError, ValueError, cattrs.BaseValidationError) as exc:
        detail = f"cannot be written: {type(exc).__name__}: {exc}"
        raise InvalidDocument(
            [problem("SCH199", "$", source=source, detail=detail)], source
        ) from None
    problems = check_tree(document, DEFAULT_LIMITS, source)
    if problems:
        raise InvalidDocument(problems, source)
    _build(document, source)
    return document


def dumps(engagement: Engagement, format: Format = "json") -> str:
    """The document text of ``engagement``: ``schema_version`` first, ``revision`` last.

    Raises
    ------
    InvalidDocument
        When :func:`loads` would refuse the text (a duplicate id, a dangling
        reference, a negative amount, a number that is not finite, ...): with
        every problem, as reading would report them. Nothing is written.
    """
    document = _checked_document(engagement, None)
    return dump_text({**document, "revision": _digest(document)}, format)


_CHANGED = Text(
    en="the file changed since this engagement was loaded; load it again and redo the change",
    nl="het bestand is gewijzigd sinds dit traject is ingelezen; lees het opnieuw in en herhaal de wijziging",
)
_NOT_AN_ENGAGEMENT = Text(
    en="the file exists and is not a valid engagement; refusing to overwrite it",
    nl="het bestand bestaat en is geen geldig traject; het wordt niet overschreven",
)


def dump(
    engagement: Engagement,
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    force: bool = False,
) -> Engagement:
    """Save ``engagement`` atomically and return it with its new ``revision``.

    The format follows the suffix (``.json``, ``.yaml``/``.yml``) unless given.
    The engagement is checked as :func:`load` would check the file (its
    methodology path relative to the file's folder); a document that would not
    load is refused with :class:`~sportsocial.errors.InvalidDocument`.

    Saving over the YAML or JSON file the engagement was loaded from changes
    only what changed (:mod:`sportsocial.io.roundtrip`): comments, key order,
    quoting, number types and fields written out at their default stay.

    An existing file is only replaced when its content is what this engagement
    was loaded from (its ``revision``) or already equals it; otherwise someone
    else changed it in the meantime and :class:`~sportsocial.errors.ConflictError`
    is raised. ``force=True`` overwrites regardless. The check and the
    replacement happen under a lock, so of two programs saving the same file
    at the same moment the second gets the conflict. A symbolic link is
    followed: the file it points to is replaced.
    """
    target = os.fspath(path)
    fmt = format or format_for(target)
    if fmt is None:
        raise ConflictError(
            target,
            Text(
                en="cannot tell the format from the file name; use .json, .yaml or .yml",
                nl="het formaat volgt niet uit de bestandsnaam; gebruik .json, .yaml of .yml",
            ),
        )
    document = _checked_document(engagement, target)
    digest = _digest(document)
    text = dump_text({**document, "revision": digest}, fmt)

    def unchanged(current: bytes | None) -> None:
        if force or current is None:
            return
        try:
            data, _ = _parse_bytes(current, target, None, DEFAULT_LIMITS)
            on_disk = _build(data, target).revision
        except InvalidDocument:
            raise ConflictError(target, _NOT_AN_ENGAGEMENT) from None
        if on_disk not in (engagement.revision, digest):
            raise ConflictError(target, _CHANGED)

    def compose(current: bytes | None) -> str:
        if current is None:
            return text
        return _kept_text(current, target, fmt, {**document, "revision": digest}) or text

    write_atomic(target, compose, check=unchanged)
    return attrs.evolve(engagement, revision=digest)


#: Files larger than this are written whole on a save: the round-trip reader is
#: pure Python (about ten seconds a megabyte, spent while the file is locked, and a
#: second program waits at most ``LOCK_TIMEOUT`` for the lock), and an engagement
#: written by hand is tens of kilobytes (the examples about 15); a file this large
#: was written by a program, not by hand.
KEEP_MAX_BYTES = 300_000


def _with_bom(current: bytes, text: str) -> str:
    """``text`` with the byte order mark ``current`` starts with, if it does."""
    return "\ufeff" + text if current.startswith(b"\xef\xbb\xbf") else text


def _kept_text(current: bytes, target: str, fmt: Format, new: dict[str, Any]) -> str | None:
    """The file's ``current`` text with only the differences to ``new`` applied; or
    ``None`` when the file cannot be merged into (not an engagement, or a result
    that would not read back as ``new``), and the whole text is written instead.

    See :mod:`sportsocial.io.roundtrip`: comments, key order, quoting, number
    types and fields written out at their default all stay.
    """
    if len(current) > KEEP_MAX_BYTES:
        return None
    try:
        raw, _ = _parse_bytes(current, target, fmt, DEFAULT_LIMITS)
        if not isinstance(raw, dict):
            return None
        migrated, problems = migrate(raw, target)
        if problems:
            return None
        old = _document(_build(raw, target))
        kept = _with_bom(
            current,
            merged_text(
                current.decode("utf-8-sig"), fmt, [(raw, migrated, True), (old, new, False)]
            ),
        )
        data, _ = _parse_bytes(kept.encode("utf-8"), target, fmt, DEFAULT_LIMITS)
        if _build(data, target).revision != new["revision"]:
            return None
    except Exception:  # any surprise in the merge: write the whole document instead
        return None
    return kept


@attrs.frozen
class Migrated:
    """What :func:`migrate_file` did: the version the file had, what changed, and
    whether the file was written (not when it was current, nor on a dry run)."""

    path: str
    from_version: object
    to_version: int
    changes: tuple[Change, ...]
    written: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.path,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "changes": [c.to_dict() for c in self.changes],
            "written": self.written,
        }


_CHANGED_WHILE_MIGRATING = Text(
    en="the file changed while it was being migrated; run migrate again",
    nl="het bestand is gewijzigd tijdens het omzetten; voer migrate opnieuw uit",
)


def migrate_file(path: str | os.PathLike[str], *, dry_run: bool = False) -> Migrated:
    """Rewrite a document of an older ``schema_version`` in place in the current one.

    The file must read as a valid engagement (after migration); otherwise
    :class:`~sportsocial.errors.InvalidDocument` with every problem. Only what
    the migration changes is changed in the text (comments, key order and
    quoting stay; :mod:`sportsocial.io.roundtrip`), and the file is replaced
    as any save is: atomically, and only when it is still what was read
    (:class:`~sportsocial.errors.ConflictError` otherwise).
    """
    source = os.fspath(path)
    raw = read_bytes(source)
    text, fmt = _decode(raw, source, None)
    data, problems = parse_text(text, fmt, source)
    if problems:
        raise InvalidDocument(located(problems, text, fmt), source)
    engagement = _from_text(text, fmt, source, DEFAULT_LIMITS)  # every problem, located
    assert isinstance(data, dict)  # _from_text refused anything else
    migrated, _ = migrate(data, source)
    found = tuple(changes(data, migrated))
    version = data.get("schema_version")
    if not found or dry_run:
        return Migrated(source, version, SCHEMA_VERSION, found, False)
    new_text: str | None
    try:
        new_text = _with_bom(raw, merged_text(text, fmt, [(data, migrated, True)]))
        back, _ = _parse_bytes(new_text.encode("utf-8"), source, fmt, DEFAULT_LIMITS)
        if _build(back, source).revision != engagement.revision:
            new_text = None
    except Exception:  # any surprise in the merge: write the whole document instead
        new_text = None
    if new_text is None:
        new_text = dump_text(migrated, fmt)

    def unchanged(current: bytes | None) -> None:
        if current != raw:
            raise ConflictError(source, _CHANGED_WHILE_MIGRATING)

    write_atomic(source, new_text, check=unchanged)
    return Migrated(source, version, SCHEMA_VERSION, found, True)
