"""The rule record and the registry it is entered in, once, at import.

A rule is a plain function over an evaluation :class:`~.context.Context` that
yields :class:`Hit` records; everything a user reads about it (message, why it
matters, how to fix it, an example) sits beside it in both languages, as in
ruff's one-rule-one-place habit. Codes are a family prefix and three digits,
first digit a sub-family (``GOV1`` selects ``GOV101``...``GOV199``), never
reused: a retired rule moves to :data:`REMOVED`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from ..i18n import LabelledEnum, Text, register_labels
from ..model import Level

if TYPE_CHECKING:
    from .context import Context

__all__ = [
    "REMOVED",
    "RULES",
    "Dimension",
    "Family",
    "Hit",
    "Rule",
    "RuleParameter",
    "Severity",
    "rule",
]

CODE = re.compile(r"^(GOV|FIN|NET|PLN|PRC|ANC)[1-9][0-9]{2}$")
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Family(LabelledEnum):
    """Rule families; the code prefix."""

    GOV = "GOV"
    FIN = "FIN"
    NET = "NET"
    PLN = "PLN"
    PRC = "PRC"
    ANC = "ANC"


class Dimension(LabelledEnum):
    """What a rule scores, for :meth:`Report.scores`."""

    GOVERNANCE = "governance"
    FUNDING = "funding"
    NETWORK = "network"
    PLAN = "plan"
    PROCESS = "process"
    ANCHORING = "anchoring"


class Severity(LabelledEnum):
    """How much a finding weighs: an error blocks a gate, a warning does not."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, to compare with ``--fail-on``."""
        return 2 if self is Severity.ERROR else 1


register_labels(
    {
        Family: {
            "GOV": ("governance", "sturing"),
            "FIN": ("funding", "financiering"),
            "NET": ("stakeholders and network", "partners en netwerk"),
            "PLN": ("plan and goals", "plan en doelen"),
            "PRC": ("process", "proces"),
            "ANC": ("anchoring", "verankering"),
        },
        Dimension: {
            "governance": ("governance", "sturing"),
            "funding": ("funding", "financiering"),
            "network": ("network", "netwerk"),
            "plan": ("plan and goals", "plan en doelen"),
            "process": ("process", "proces"),
            "anchoring": ("anchoring", "verankering"),
        },
        Severity: {
            "error": ("blocker", "blokkade"),
            "warning": ("warning", "waarschuwing"),
        },
    }
)


@attrs.frozen(kw_only=True)
class RuleParameter:
    """A threshold of a rule, with its documented default."""

    name: str
    default: float
    unit: str
    description: Text
    #: Largest sensible value (``None``: no upper bound); the smallest is always 0.
    maximum: float | None = None


@attrs.frozen(kw_only=True)
class Hit:
    """What a rule found: where, the values for its message, the ids involved."""

    path: str
    values: Mapping[str, object] = attrs.field(factory=dict)
    ids: tuple[str, ...] = ()
    level: Level | None = None


@attrs.frozen(kw_only=True)
class Rule:
    """A readiness rule: identity, documentation in both languages, and its check."""

    code: str
    name: str
    family: Family
    dimension: Dimension
    level: Level | None
    severity: Severity
    message: Text
    what: Text
    why: Text
    fix: Text
    example: Text
    paths: tuple[str, ...]
    check: Callable[[Context], Iterable[Hit]] = attrs.field(eq=False, repr=False)
    parameters: tuple[RuleParameter, ...] = ()
    references: tuple[str, ...] = ()
    status: str = "stable"
    since: str = "0.1.0"


#: Every rule, by code, in registration order.
RULES: dict[str, Rule] = {}

#: Retired codes and what replaced them (``None``: nothing). Codes are never reused.
REMOVED: dict[str, str | None] = {}


def rule(
    code: str,
    name: str,
    *,
    dimension: Dimension,
    level: Level | None,
    severity: Severity,
    message: Text,
    what: Text,
    why: Text,
    fix: Text,
    example: Text,
    paths: tuple[str, ...],
    parameters: tuple[RuleParameter, ...] = (),
    references: tuple[str, ...] = (),
) -> Callable[[Callable[[Context], Iterable[Hit]]], Callable[[Context], Iterable[Hit]]]:
    """Register the decorated function as rule ``code``.

    Raises ``ValueError`` for a malformed or reused code or name, so a mistake
    fails at import, in every test run.
    """
    if not CODE.match(code):
        raise ValueError(f"malformed rule code {code!r}")
    if code in RULES or code in REMOVED:
        raise ValueError(f"rule code {code} is already used")
    if not NAME.match(name) or any(r.name == name for r in RULES.values()):
        raise ValueError(f"rule name {name!r} is malformed or already used")

    def register(fn: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        RULES[code] = Rule(
            code=code,
            name=name,
            family=Family(code[:3]),
            dimension=dimension,
            level=level,
            severity=severity,
            message=message,
            what=what,
            why=why,
            fix=fix,
            example=example,
            paths=paths,
            check=fn,
            parameters=parameters,
            references=references,
        )
        return fn

    return register
