"""The public face of the rule registry: look-up, selection, parameters.

Importing this module imports every rule family, so :data:`RULES` is complete.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import rules as _rules  # noqa: F401 - registers every rule
from ._registry import REMOVED, RULES, Dimension, Family, Hit, Rule, RuleParameter, Severity, rule

__all__ = [
    "REMOVED",
    "RULES",
    "Dimension",
    "Family",
    "Hit",
    "Rule",
    "RuleParameter",
    "Severity",
    "get_rule",
    "parameter_defaults",
    "parameter_names",
    "rule",
    "select_codes",
    "unknown_selectors",
]


def get_rule(code: str) -> Rule:
    """The rule with this code; ``KeyError`` naming a retired code's successor."""
    if code in RULES:
        return RULES[code]
    if code in REMOVED:
        successor = REMOVED[code]
        hint = f"; replaced by {successor}" if successor else ""
        raise KeyError(f"rule {code} was removed{hint}")
    raise KeyError(f"no rule {code}")


def select_codes(selectors: Iterable[str]) -> list[str]:
    """Codes matching any selector: a family (``GOV``), a sub-family (``GOV1``) or a code.

    Raises ``ValueError`` naming every selector that matches nothing.
    """
    wanted = [s.strip().upper() for s in selectors if s.strip()]
    unknown = unknown_selectors(wanted)
    if unknown:
        raise ValueError(f"no rule matches: {', '.join(unknown)}")
    return [code for code in RULES if any(code.startswith(s) for s in wanted)]


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors (codes or prefixes, any case) that match no rule, upper-cased."""
    wanted = [s.strip().upper() for s in selectors if s.strip()]
    return [s for s in wanted if not any(code.startswith(s) for code in RULES)]


def parameter_defaults() -> dict[str, float]:
    """Every rule parameter with its documented default."""
    return {p.name: p.default for r in RULES.values() for p in r.parameters}


def parameter_bounds() -> dict[str, tuple[float, float | None]]:
    """Every rule parameter with the range its values must lie in (``None``: unbounded)."""
    return {p.name: (0.0, p.maximum) for r in RULES.values() for p in r.parameters}


def parameter_names() -> frozenset[str]:
    """Names of all rule parameters."""
    return frozenset(parameter_defaults())
