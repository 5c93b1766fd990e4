"""The public face of the rule registry: look-up, selection, parameters, plug-ins.

Importing this module imports every rule family; importing
:mod:`sportsocial.readiness` then loads every plug-in (once the package's own
names exist, which a plug-in imports), so :data:`RULES` is complete.

Plug-ins
--------
A package adds its own rules without forking this one by declaring an entry
point in the group ``sportsocial.rules`` (in its ``pyproject.toml``::

    [project.entry-points."sportsocial.rules"]
    mine = "my_package.rules"

). The entry point names a module, imported here, or a function without
arguments, called here; either registers its rules with
:func:`~sportsocial.readiness.rule` under a family of its own, registered first
with :func:`~sportsocial.readiness.register_family` (``register_family("XYZ",
"my family", "mijn familie")``). Its rules may declare parameters, which
methodologies can set like any other. A plug-in that fails to load is reported
in :data:`PLUGIN_ERRORS` (and by ``sportsocial rules``); the others still load.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable

import attrs

from . import rules as _rules  # noqa: F401 - registers every rule
from ._registry import (
    FAMILIES,
    REMOVED,
    RULES,
    Dimension,
    Family,
    Hit,
    Rule,
    RuleParameter,
    Severity,
    register_family,
    rule,
)

__all__ = [
    "ENTRY_POINTS",
    "FAMILIES",
    "PLUGIN_ERRORS",
    "REMOVED",
    "RULES",
    "Dimension",
    "Family",
    "Hit",
    "Rule",
    "RuleParameter",
    "Severity",
    "get_rule",
    "load_plugins",
    "parameter_defaults",
    "parameter_names",
    "register_family",
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


#: The entry-point group that plug-ins declare their rules in.
ENTRY_POINTS = "sportsocial.rules"


@attrs.frozen
class PluginError:
    """A plug-in that could not be loaded: its entry point and why."""

    name: str
    value: str
    reason: str


#: Plug-ins that failed to load, with the reason.
PLUGIN_ERRORS: list[PluginError] = []

#: Entry points loaded so far (by name), so that loading twice adds nothing.
_LOADED: set[str] = set()


def load_plugins() -> list[str]:
    """Load every plug-in declared in :data:`ENTRY_POINTS` not loaded yet; return their names.

    A plug-in's own mistakes (an import error, a reused code) never stop the
    package: they are recorded in :data:`PLUGIN_ERRORS` and the rest loads.
    """
    loaded = []
    for point in importlib.metadata.entry_points(group=ENTRY_POINTS):
        if point.name in _LOADED:
            continue
        _LOADED.add(point.name)
        try:
            target = point.load()
            if callable(target):
                target()
        except Exception as exc:  # a plug-in's bug must not break the package
            PLUGIN_ERRORS.append(
                PluginError(point.name, point.value, f"{type(exc).__name__}: {exc}")
            )
            continue
        loaded.append(point.name)
    return loaded
