"""Readiness: explainable rules with stable codes, reports, and the next session's agenda."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from ..display.reprs import install_module_reprs as _install_reprs
from ..i18n import check_lang
from ..methodology.model import Methodology
from ..model import Engagement, Waiver
from ..privacy import check_names
from . import gate_rules as _gate_rules  # noqa: F401 - checks methodologies against the rules
from ._registry import register_family, rule
from .agenda import Agenda, AgendaItem, agenda_from_report
from .engine import check, check_gate
from .explain import explain, rule_reference, rule_title, rules_table
from .finding import Finding
from .registry import (
    FAMILIES,
    PLUGIN_ERRORS,
    RULES,
    Dimension,
    Family,
    Hit,
    Rule,
    RuleParameter,
    Severity,
    get_rule,
    load_plugins,
    select_codes,
)
from .report import Report

__all__ = [
    "FAMILIES",
    "PLUGIN_ERRORS",
    "RULES",
    "Agenda",
    "AgendaItem",
    "Dimension",
    "Family",
    "Finding",
    "Hit",
    "Report",
    "Rule",
    "RuleParameter",
    "Severity",
    "agenda",
    "check",
    "check_gate",
    "explain",
    "get_rule",
    "register_family",
    "rule",
    "rule_reference",
    "rule_title",
    "rules_table",
    "select_codes",
]


def agenda(
    engagement: Engagement,
    gate: str | None = None,
    *,
    on: dt.date | None = None,
    methodology: Methodology | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    waivers: Sequence[Waiver] = (),
    base: str | os.PathLike[str] | None = None,
    lang: str = "en",
    names: str = "show",
) -> Agenda:
    """Draft the next work session's agenda from the open findings of ``check``.

    Takes the same arguments as :func:`check`, the language the agenda is
    read in (``str(agenda)`` and ``.to_markdown()``; ``.to_markdown(lang)``
    renders it in another), and ``names``: ``"hide"`` shows participants by
    role and id instead of their names (:mod:`sportsocial.privacy`).
    """
    check_lang(lang)
    check_names(names)
    report = check(
        engagement,
        gate,
        on=on,
        methodology=methodology,
        select=select,
        ignore=ignore,
        waivers=waivers,
        base=base,
    )
    return agenda_from_report(engagement, report, lang, names=names)


# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())

# Last: a plug-in imports the names above.
load_plugins()
