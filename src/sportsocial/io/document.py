"""Loading and saving engagement documents.

Reading goes: text → plain data → migration to the current version → JSON
Schema → cattrs → cross-reference checks (and any further checks registered in
:data:`CHECKS`). Every problem of every step is collected and raised together
as one :class:`~sportsocial.errors.InvalidDocument`.

Saving is atomic (a temporary file in the same folder, then a rename) and
careful: it refuses to overwrite a file whose content changed since the
engagement was loaded, so two editors never silently overwrite each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import cattrs

from ..errors import ConflictError, InvalidDocument, Problem
from ..i18n import Text, os_reason
from ..model import Engagement
from .converter import structure_engagement, unstructure_engagement
from .formats import Format, dump_text, format_for, parse_text
from .migrations import migrate
from .problems import problem
from .references import check_references
from .schema import SCHEMA_VERSION, engagement_schema
from .schema_check import check_schema

__all__ = [
    "CHECKS",
    "content_digest",
    "dump",
    "dumps",
    "engagement_from_data",
    "load",
    "loads",
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


def engagement_from_data(data: Any, source: str | None = None) -> Engagement:
    """Validate plain data and build the engagement; raise ``InvalidDocument`` on any problem.

    ``revision`` of the result is the content digest of the engagement.
    """
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        raise InvalidDocument([problem("DOC004", "$", source=source, found=found)], source)
    data, problems = migrate(data, source)
    if problems:
        raise InvalidDocument(problems, source)
    problems = check_schema(data, engagement_schema(), source)
    if problems:
        raise InvalidDocument(problems, source)
    try:
        engagement = structure_engagement(data)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise InvalidDocument(_cattrs_problems(exc, source), source) from None
    problems = [p for check in CHECKS for p in check(engagement, source)]
    if problems:
        raise InvalidDocument(problems, source)
    return attrs.evolve(engagement, revision=content_digest(engagement))


def loads(text: str, format: Format = "json", *, source: str | None = None) -> Engagement:
    """Read an engagement from text (``format`` ``"json"`` or ``"yaml"``)."""
    data, problems = parse_text(text, format, source)
    if problems:
        raise InvalidDocument(problems, source)
    return engagement_from_data(data, source)


def read_document(path: str | os.PathLike[str], fmt: Format | None = None) -> tuple[Any, Format]:
    """Read and parse a file; raise ``InvalidDocument`` (``DOC00x``) when that fails.

    The format comes from ``fmt``, else the suffix, else the content (a ``{`` first
    means JSON, anything else YAML).
    """
    source = os.fspath(path)
    try:
        raw = Path(source).read_bytes()
    except OSError as exc:
        raise InvalidDocument(
            [problem("DOC001", "$", source=source, detail=os_reason(exc))], source
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        detail = f"not UTF-8 text (byte {exc.start})"
        raise InvalidDocument(
            [problem("DOC003", "$", source=source, format="text", detail=detail)], source
        ) from None
    chosen = fmt or format_for(source) or ("json" if text.lstrip().startswith("{") else "yaml")
    data, problems = parse_text(text, chosen, source)
    if problems:
        raise InvalidDocument(problems, source)
    return data, chosen


def load(path: str | os.PathLike[str], format: Format | None = None) -> Engagement:
    """Load an engagement document (JSON or YAML, by suffix unless ``format`` is given).

    Raises
    ------
    InvalidDocument
        With every problem found, each with a code and a JSON path.
    """
    data, _ = read_document(path, format)
    return engagement_from_data(data, os.fspath(path))


def _document(engagement: Engagement) -> dict[str, Any]:
    body = unstructure_engagement(engagement)
    return {"schema_version": SCHEMA_VERSION, **body}


def content_digest(engagement: Engagement) -> str:
    """``sha256:<hex>`` of the engagement's canonical JSON (key-sorted, without ``revision``).

    Two engagements with equal content have equal digests, whatever file format
    or key order they were written in.
    """
    canonical = json.dumps(
        _document(engagement), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dumps(engagement: Engagement, format: Format = "json") -> str:
    """The document text of ``engagement``: ``schema_version`` first, ``revision`` last."""
    doc = {**_document(engagement), "revision": content_digest(engagement)}
    return dump_text(doc, format)


def _umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write ``text`` (UTF-8) or raw bytes to ``path`` through a temporary file and a rename.

    A reader sees the old file or the new one, never half of one; a crash leaves
    the old file intact. An existing file's permissions are kept.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, os.fspath(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()  # a new file gets the usual permissions, not mkstemp's 0600
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def dump(
    engagement: Engagement,
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    force: bool = False,
) -> Engagement:
    """Save ``engagement`` atomically and return it with its new ``revision``.

    The format follows the suffix (``.json``, ``.yaml``/``.yml``) unless given.
    An existing file is only replaced when its content is what this engagement
    was loaded from (its ``revision``) or already equals it; otherwise someone
    else changed it in the meantime and :class:`~sportsocial.errors.ConflictError`
    is raised. ``force=True`` overwrites regardless.
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
    digest = content_digest(engagement)
    if not force and os.path.exists(target):
        try:
            on_disk = load(target).revision
        except InvalidDocument:
            raise ConflictError(
                target,
                Text(
                    en="the file exists and is not a valid engagement; refusing to overwrite it",
                    nl="het bestand bestaat en is geen geldig traject; het wordt niet overschreven",
                ),
            ) from None
        if on_disk not in (engagement.revision, digest):
            raise ConflictError(
                target,
                Text(
                    en="the file changed since this engagement was loaded; load it again and redo the change",
                    nl="het bestand is gewijzigd sinds dit traject is ingelezen; lees het opnieuw in en herhaal de wijziging",
                ),
            )
    write_atomic(target, dumps(engagement, fmt))
    return attrs.evolve(engagement, revision=digest)
