"""The readiness report: all findings at once, a verdict, groupings and scores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..i18n import Text
from ..model import Level
from ..privacy import Parties
from ._registry import FAMILIES, RULES, Dimension, Family, Severity
from .finding import Finding

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCORE_WEIGHTS", "Report"]

#: Weight of a rule in a dimension score by the severity it was evaluated with:
#: a blocker counts twice what a warning counts, so a dimension with only its
#: warnings open scores higher than one with a blocker open.
SCORE_WEIGHTS: Mapping[Severity, int] = {Severity.ERROR: 2, Severity.WARNING: 1}

_LEVEL_ORDER = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE, None)


@attrs.frozen(kw_only=True)
class Report:
    """The outcome of checking an engagement against a gate.

    Attributes
    ----------
    municipality, on, methodology, phase, gate:
        Whose engagement, on which date, under which methodology, in which
        phase, checked against which phase's entry gate.
    evaluated:
        Every rule evaluated, with the severity it was evaluated with.
    findings:
        Every finding, open and waived, ordered by severity, level and code.
    gate_name:
        The name of the gate's phase in both languages, for readers (the id
        stays in ``gate``); ``None`` for the gate ``all``.
    parties:
        The names of what findings name by id (stakeholders, bodies, streams), so
        that a Dutch rendering can give them beside the ids
        (:func:`sportsocial.privacy.name_ids`); not part of the data.
    """

    municipality: str
    on: dt.date
    methodology: str
    phase: str | None
    gate: str | None
    evaluated: tuple[tuple[str, Severity], ...]
    findings: tuple[Finding, ...]
    gate_name: Text | None = attrs.field(default=None, eq=False)
    parties: Parties = attrs.field(factory=dict, eq=False, repr=False)

    def gate_label(self, lang: str = "en") -> str:
        """The gate as a reader names it: the phase's name, else its id."""
        if self.gate_name is not None:
            return self.gate_name(lang)
        all_rules = Text(en="all rules", nl="alle regels")
        return all_rules(lang) if self.gate == "all" else str(self.gate)

    @property
    def ready(self) -> bool:
        """True when no open blocker remains: the gate may be passed."""
        return not self.blockers

    @property
    def blockers(self) -> tuple[Finding, ...]:
        """Open errors."""
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Open warnings."""
        return tuple(f for f in self.findings if f.open and f.severity is Severity.WARNING)

    @property
    def waived(self) -> tuple[Finding, ...]:
        """Findings set aside by a waiver (shown, never dropped)."""
        return tuple(f for f in self.findings if not f.open)

    @property
    def counts(self) -> dict[str, int]:
        """Numbers of rules evaluated, blockers, warnings and waived findings."""
        return {
            "rules": len(self.evaluated),
            "blockers": len(self.blockers),
            "warnings": len(self.warnings),
            "waived": len(self.waived),
        }

    def by_level(self) -> dict[Level | None, tuple[Finding, ...]]:
        """Findings per level (administrative, official, executive; ``None``: no single level)."""
        out = {lv: tuple(f for f in self.findings if f.level is lv) for lv in _LEVEL_ORDER}
        return {lv: fs for lv, fs in out.items() if fs}

    def by_dimension(self) -> dict[Dimension, tuple[Finding, ...]]:
        """Findings per dimension."""
        out = {d: tuple(f for f in self.findings if f.dimension is d) for d in Dimension}
        return {d: fs for d, fs in out.items() if fs}

    def by_family(self) -> dict[Family, tuple[Finding, ...]]:
        """Findings per rule family."""
        out = {fam: tuple(f for f in self.findings if f.family is fam) for fam in FAMILIES.values()}
        return {fam: fs for fam, fs in out.items() if fs}

    def scores(self) -> dict[Dimension, float]:
        """Per dimension, the weighted share of evaluated rules that hold, in 0..1.

        Notes
        -----
        For the rules evaluated in dimension *d*, with weight *w(r)* from
        :data:`SCORE_WEIGHTS` (2 for a rule evaluated as a blocker, 1 as a
        warning) and *failed(r)* true when the rule has any finding, waived or
        not (a waiver lets a gate pass; it does not make the criterion true)::

            score(d) = 1 - sum(w(r) for failed r in d) / sum(w(r) for r in d)

        Dimensions without evaluated rules are left out.
        """
        failed = {f.code for f in self.findings}
        totals: dict[Dimension, list[int]] = {}
        for code, severity in self.evaluated:
            weight = SCORE_WEIGHTS[severity]
            entry = totals.setdefault(RULES[code].dimension, [0, 0])
            entry[0] += weight
            entry[1] += weight if code in failed else 0
        return {d: round(1 - bad / total, 4) for d, (total, bad) in totals.items() if total}

    def rows(self, lang: str = "en") -> list[dict[str, Any]]:
        """One flat row per finding, ready for ``pandas.DataFrame``."""
        return [
            {
                "municipality": self.municipality,
                "on": self.on.isoformat(),
                "gate": self.gate,
                **{k: v for k, v in f.to_dict(lang).items() if k != "waived"},
                "ids": ",".join(f.ids),
                "waived": f.waived is not None,
            }
            for f in self.findings
        ]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping; matches the published report schema."""
        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "methodology": self.methodology,
            "phase": self.phase,
            "gate": self.gate,
            "ready": self.ready,
            "counts": self.counts,
            "scores": {d.value: s for d, s in self.scores().items()},
            "evaluated": [{"code": c, "severity": s.value} for c, s in self.evaluated],
            "findings": [f.to_dict(lang) for f in self.findings],
        }

    def to_text(self, lang: str = "en", names: str = "show") -> str:
        """A report readable in a terminal (``names``: see :mod:`sportsocial.privacy`)."""
        from .render import render_text

        return render_text(self, lang, names)

    def to_markdown(self, lang: str = "en", names: str = "show") -> str:
        """A Markdown report for a document or an issue tracker."""
        from .render import render_markdown

        return render_markdown(self, lang, names)

    def message(self, finding: Finding, lang: str = "en", names: str = "show") -> str:
        """A finding's message for a reader: in Dutch with the names of the stakeholders,
        bodies and streams beside their ids (English as the rule wrote it)."""
        from ..privacy import name_ids, party_names

        if lang == "en" or not self.parties:
            return finding.message(lang)
        return name_ids(finding.message(lang), finding.ids, party_names(self.parties, names, lang))

    def to_sarif(self, lang: str = "en", uri: str | None = None) -> dict[str, Any]:
        """A SARIF 2.1.0 log for tools that show code-scanning results."""
        from .sarif import render_sarif

        return render_sarif(self, lang, uri)

    def to_dataframe(self, lang: str = "en") -> pd.DataFrame:
        """One row per finding, messages in ``lang`` (the ``analysis`` extra; see
        :mod:`sportsocial.research.tables`)."""
        from ..research.tables import report_table

        return report_table(self, lang).to_dataframe()

    # -- display (rendering lives in sportsocial.display) ---------------------------

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from ..display import to_markdown

        return to_markdown(self)


def report_schema() -> dict[str, Any]:
    """The published JSON Schema of :meth:`Report.to_dict` (package data)."""
    import json
    from importlib import resources

    text = (
        resources.files("sportsocial.readiness")
        .joinpath("data/report.schema.json")
        .read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
