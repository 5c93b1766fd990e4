"""The exceptions of sportsocial and the problem record they carry.

Every exception derives from :class:`SportsocialError`, so an embedding tool can
catch one class. Bad input is never reported as a bare exception text: an
:class:`InvalidDocument` carries *all* problems of a document at once as
:class:`Problem` records, each with a stable code and a JSON path as fields.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from .i18n import Text

__all__ = [
    "ConflictError",
    "GateBlocked",
    "InvalidDocument",
    "MissingExtra",
    "Problem",
    "ProblemSeverity",
    "SportsocialError",
    "TransitionNotAllowed",
]


class ProblemSeverity(enum.Enum):
    """How bad a document problem is: errors make a document invalid."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Problem:
    """One problem found in a document.

    Attributes
    ----------
    code:
        Stable identifier (``SCH102``, ``REF201``, ...); see :mod:`sportsocial.io.problems`.
    path:
        JSON path of the offending value, e.g. ``$.funding[2].period.end``.
    message:
        What is wrong, in English and Dutch.
    severity:
        :attr:`ProblemSeverity.ERROR` unless stated otherwise.
    source:
        The file (or ``"<string>"``) the document came from, when known.
    line, column:
        Where the offending value (or the nearest part of its path that the
        text has) starts, counted from 1; ``None`` when the document was not
        read from text. Filled in only for a document that has problems.
    item:
        The id of the item the problem concerns: the innermost enclosing list
        item with an ``id`` (or, without one, its ``stakeholder``).
    suggestion:
        A close match for a mistyped id or value ("did you mean"), when one exists.
    """

    code: str
    path: str
    message: Text
    severity: ProblemSeverity = ProblemSeverity.ERROR
    source: str | None = None
    line: int | None = None
    column: int | None = None
    item: str | None = None
    suggestion: str | None = None

    def render(self, lang: str = "en") -> str:
        """One line, like a compiler: ``file:line:col: CODE message (path, item)``.

        Without a line: ``source: path: CODE message``.
        """
        item = ""
        if self.item is not None:
            item = f", item '{self.item}'" if lang != "nl" else f", onderdeel '{self.item}'"
        if self.line is not None:
            at = "bij" if lang == "nl" else "at"
            where = f"{self.source or '<string>'}:{self.line}:{self.column}: "
            if self.path == "$" and not item:
                return f"{where}{self.code} {self.message(lang)}"
            return f"{where}{self.code} {self.message(lang)} ({at} {self.path}{item})"
        where = f"{self.source}: " if self.source else ""
        tail = f" ({item[2:]})" if item else ""
        return f"{where}{self.path}: {self.code} {self.message(lang)}{tail}"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping: code, path, severity, message (both languages), source,
        line, column, item and suggestion (``null`` when not known)."""
        return {
            "code": self.code,
            "path": self.path,
            "severity": self.severity.value,
            "message": self.message.to_dict(),
            "source": self.source,
            "line": self.line,
            "column": self.column,
            "item": self.item,
            "suggestion": self.suggestion,
        }


class SportsocialError(Exception):
    """Base class of every error raised by sportsocial."""


class InvalidDocument(SportsocialError, ValueError):
    """A document (engagement, methodology, catalogue) has one or more problems.

    ``problems`` holds every problem found, not only the first.
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        lines = [p.render() for p in self.problems]
        head = f"{source}: " if source else ""
        super().__init__(f"{head}{len(self.problems)} problem(s)\n" + "\n".join(lines))

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of all problems, in order."""
        return tuple(p.code for p in self.problems)


class ConflictError(SportsocialError):
    """Saving would overwrite a file that changed since the engagement was loaded."""

    def __init__(self, path: str, message: Text) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message.en}")


class MissingExtra(SportsocialError, ImportError):
    """An optional dependency is needed; ``extra`` names the pip extra that installs it."""

    def __init__(self, extra: str, package: str, purpose: Text) -> None:
        self.extra = extra
        self.package = package
        self.purpose = purpose
        super().__init__(f"{purpose.en} needs {package}: pip install 'sportsocial[{extra}]'")


class TransitionNotAllowed(SportsocialError):
    """The methodology's structure does not allow this move (an unknown phase, a
    skip it does not permit, a return without a reason).

    ``check`` is the :class:`~sportsocial.methodology.engine.AdvanceCheck` with
    the current phase, the target and the reason; ``message`` says it in both
    languages.
    """

    def __init__(self, check: object, message: Text) -> None:
        self.check = check
        self.message = message
        super().__init__(message.en)


class GateBlocked(SportsocialError):
    """The gate into the target phase has open blocking criteria.

    ``check`` carries the current phase, the target, and the gate verdict with
    every blocking finding, why it matters and how to fix it.
    """

    def __init__(self, check: object, message: Text) -> None:
        self.check = check
        self.message = message
        super().__init__(message.en)
