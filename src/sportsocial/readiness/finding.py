"""Findings: one result of one rule, as a record (not an exception)."""

from __future__ import annotations

from typing import Any

import attrs

from ..i18n import Text
from ..model import Level, Waiver
from ._registry import Dimension, Family, Rule, Severity

__all__ = ["Finding"]


@attrs.frozen(kw_only=True)
class Finding:
    """A rule that does not hold, where, and what to do about it.

    ``waived`` holds the waiver when the gate's decision makers set the
    criterion aside: the finding is shown, but it no longer blocks.
    """

    code: str
    name: str
    severity: Severity
    family: Family
    dimension: Dimension
    level: Level | None
    message: Text
    remedy: Text
    path: str
    ids: tuple[str, ...] = ()
    waived: Waiver | None = None

    @classmethod
    def from_rule(
        cls,
        rule: Rule,
        severity: Severity,
        path: str,
        message: Text,
        ids: tuple[str, ...],
        level: Level | None,
    ) -> Finding:
        """Build a finding for ``rule`` (level: the hit's, else the rule's)."""
        return cls(
            code=rule.code,
            name=rule.name,
            severity=severity,
            family=rule.family,
            dimension=rule.dimension,
            level=level or rule.level,
            message=message,
            remedy=rule.fix,
            path=path,
            ids=ids,
        )

    @property
    def open(self) -> bool:
        """Not waived."""
        return self.waived is None

    @property
    def blocking(self) -> bool:
        """An open error: it keeps the gate shut."""
        return self.open and self.severity is Severity.ERROR

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping; messages in both languages unless ``lang`` picks one."""

        def text(t: Text) -> Any:
            return t(lang) if lang else t.to_dict()

        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "family": self.family.value,
            "dimension": self.dimension.value,
            "level": self.level.value if self.level else None,
            "message": text(self.message),
            "remedy": text(self.remedy),
            "path": self.path,
            "ids": list(self.ids),
            "waived": None
            if self.waived is None
            else {
                "reason": self.waived.reason,
                "decided_by": self.waived.decided_by,
                "date": self.waived.date.isoformat(),
            },
        }
