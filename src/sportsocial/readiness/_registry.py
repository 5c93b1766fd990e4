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
from ._titles import TITLES

if TYPE_CHECKING:
    from .context import Context

__all__ = [
    "BUILT_IN",
    "FAMILIES",
    "REMOVED",
    "RULES",
    "Dimension",
    "Family",
    "Hit",
    "Rule",
    "RuleParameter",
    "Severity",
    "register_family",
    "rule",
]

CODE = re.compile(r"^[A-Z]{3}[1-9][0-9]{2}$")
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

#: Prefixes that are not rule families: the document's problem codes.
_NOT_RULES = frozenset({"DOC", "SCH", "REF", "MET", "CAT"})


@attrs.frozen
class Family:
    """A rule family: the three-letter prefix of its codes, with its name in both languages.

    The package's own families are :data:`BUILT_IN`; a plug-in registers its own
    prefix with :func:`register_family` before it registers rules under it.
    """

    value: str
    text: Text = attrs.field(eq=False)

    def label(self, lang: str = "en") -> str:
        """The family's name in ``lang``."""
        return self.text(lang)


#: Every rule family, by prefix, in registration order.
FAMILIES: dict[str, Family] = {}


def register_family(prefix: str, en: str, nl: str) -> Family:
    """Register a rule family (a plug-in's own prefix) and return it.

    Raises ``ValueError`` for a prefix that is not three capital letters, that
    names document problems (``DOC``, ``SCH``, ``REF``, ``MET``, ``CAT``) or
    that another family uses already.
    """
    if not re.fullmatch(r"[A-Z]{3}", prefix) or prefix in _NOT_RULES:
        raise ValueError(f"malformed or reserved family prefix {prefix!r}")
    if prefix in FAMILIES:
        raise ValueError(f"family prefix {prefix} is already registered")
    FAMILIES[prefix] = Family(prefix, Text(en=en, nl=nl))
    return FAMILIES[prefix]


#: The package's own families.
BUILT_IN: tuple[Family, ...] = (
    register_family("GOV", "governance", "sturing"),
    register_family("FIN", "funding", "financiering"),
    register_family("NET", "stakeholders and network", "partners en netwerk"),
    register_family("PLN", "plan and goals", "plan en doelen"),
    register_family("PRC", "process", "proces"),
    register_family("ANC", "anchoring", "verankering"),
)


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
    #: What is wrong, in a few words, for gate listings and tables.
    title: Text | None = None
    parameters: tuple[RuleParameter, ...] = ()
    references: tuple[str, ...] = ()
    status: str = "stable"
    since: str = "0.1.0"


#: Every rule, by code, in registration order.
RULES: dict[str, Rule] = {}

#: The package's own titles, by code (see :mod:`._titles`).
_TITLE_TABLE: dict[str, Text] = {code: Text(en=en, nl=nl) for code, (en, nl) in TITLES.items()}

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
    title: Text | None = None,
) -> Callable[[Callable[[Context], Iterable[Hit]]], Callable[[Context], Iterable[Hit]]]:
    """Register the decorated function as rule ``code``.

    The code's prefix must be a registered family (:data:`FAMILIES`): one of the
    package's own, or a plug-in's registered with :func:`register_family`.

    Raises ``ValueError`` for a malformed or reused code or name, or an
    unregistered family, so a mistake fails at import, in every test run.
    """
    if not CODE.match(code):
        raise ValueError(f"malformed rule code {code!r}")
    if code[:3] not in FAMILIES:
        raise ValueError(f"rule code {code}: family {code[:3]} is not registered")
    if code in RULES or code in REMOVED:
        raise ValueError(f"rule code {code} is already used")
    if not NAME.match(name) or any(r.name == name for r in RULES.values()):
        raise ValueError(f"rule name {name!r} is malformed or already used")

    def register(fn: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        RULES[code] = Rule(
            code=code,
            name=name,
            family=FAMILIES[code[:3]],
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
            title=title or _TITLE_TABLE.get(code),
        )
        return fn

    return register
