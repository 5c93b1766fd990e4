"""Gathering a report: every analysis of one engagement on one date, computed once."""

from __future__ import annotations

import datetime as dt
import html
import os
from typing import Any, cast, get_args

import attrs

from ..alignment import (
    Alignment,
    PocketMatrix,
    Timeline,
    alignment,
    timeline,
    who_pays_who_benefits,
)
from ..alignment.timeline import Every, first_date
from ..catalogue import Suggestion, opportunities
from ..catalogue.model import Catalogue
from ..i18n import Lang, check_lang
from ..methodology import Methodology, Status, status
from ..methodology.library import resolve_methodology
from ..model import Engagement
from ..network import NetworkMetrics, network_metrics
from ..readiness import Agenda, Report, check
from ..readiness.agenda import agenda_from_report
from ..roadmap import BeyondTheCalendar, Roadmap, roadmap
from .names import Names, check_names

__all__ = ["EngagementReport", "report"]


@attrs.frozen(kw_only=True)
class EngagementReport:
    """Everything a facilitator shows the portfolio holders about one engagement on one date.

    Built by :func:`report`; rendered by :meth:`to_html` (one self-contained
    page) and :meth:`to_markdown`. Every part is the library's own result
    object, so a script can read the figures the page shows.

    Attributes
    ----------
    engagement:
        The engagement as loaded (the report reads it as of ``on``).
    on:
        The date of the report.
    lang, names:
        Default language, and whether names are shown or hidden.
    methodology, status, readiness, agenda:
        Where the engagement stands, the verdict for the next gate and the
        draft agenda that follows from it.
    alignment, pockets, timeline:
        Shared funding and governance on the date, who pays for whose
        benefit, and the figures over time (at most :data:`REPORT_YEARS` back).
    network:
        The stakeholder network's measures on the date.
    suggestions:
        Catalogue entries that fit and are not yet in the plan.
    roadmap:
        The road to the kick-off: the steps in order, each on the first date
        the municipal calendar allows, and the earliest kick-off; ``None`` when
        the road cannot be planned (a step would fall after 31 December 9999).
    """

    engagement: Engagement = attrs.field(eq=False, repr=False)
    on: dt.date
    lang: Lang
    names: Names
    methodology: Methodology = attrs.field(eq=False, repr=False)
    status: Status = attrs.field(eq=False, repr=False)
    readiness: Report = attrs.field(repr=False)
    agenda: Agenda = attrs.field(repr=False)
    alignment: Alignment = attrs.field(repr=False)
    pockets: PocketMatrix = attrs.field(repr=False)
    timeline: Timeline = attrs.field(repr=False)
    network: NetworkMetrics = attrs.field(repr=False)
    suggestions: tuple[Suggestion, ...] = attrs.field(repr=False)
    roadmap: Roadmap | None = attrs.field(repr=False)

    @property
    def municipality(self) -> str:
        """Name of the municipality."""
        return self.engagement.municipality.name

    def phase_name(self, phase: str | None, lang: str | None = None) -> str:
        """A phase's name in ``lang`` (its id when the methodology lacks it; a dash for none)."""
        if phase is None:
            return "–"
        if phase not in self.methodology.phase_ids:
            return phase
        return self.methodology.phase(phase).name(lang or self.lang)

    def to_html(self, lang: str | None = None) -> str:
        """One self-contained HTML page: inline style and pictures, no scripts, no network."""
        from .html import render_html

        return render_html(self, check_lang(lang or self.lang))

    def to_markdown(self, lang: str | None = None) -> str:
        """The report as Markdown (text and tables; the pictures are left out)."""
        from .markdown import render_markdown

        return render_markdown(self, check_lang(lang or self.lang))

    def _repr_html_(self) -> str:
        """In a notebook: the page in a frame, so its style sheet stays its own."""
        page = html.escape(self.to_html(), quote=True)
        return (
            f'<iframe srcdoc="{page}" title="{html.escape(self.municipality)}" '
            'style="width:100%;height:36rem;border:1px solid #ccc"></iframe>'
        )

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The parts of the report in JSON-ready form (texts in ``lang``, or both)."""
        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "names": self.names,
            "status": self.status.to_dict(lang),
            "readiness": self.readiness.to_dict(lang),
            "agenda": self.agenda.to_dict(lang),
            "alignment": self.alignment.to_dict(),
            "who_pays_who_benefits": self.pockets.to_dict(),
            "network": self.network.to_dict(),
            "opportunities": [s.to_dict(lang) for s in self.suggestions],
            "roadmap": self.roadmap.to_dict(lang) if self.roadmap is not None else None,
        }


#: Years the report's picture over time looks back at most: a page shows a few
#: years, not the centuries between a first date of 0001 and an evaluation in 9999.
REPORT_YEARS = 12


def _since(engagement: Engagement, day: dt.date) -> dt.date | None:
    """Where the report's timeline starts: at the engagement's first date, but no more
    than :data:`REPORT_YEARS` before ``day`` (``None``: no date to start from)."""
    first = first_date(engagement)
    earliest = dt.date(max(day.year - REPORT_YEARS, dt.MINYEAR), 1, 1)
    return None if first is None else max(first, earliest)


def _road(
    engagement: Engagement,
    on: dt.date,
    m: Methodology,
    base: str | os.PathLike[str] | None,
    lang: str,
    names: str,
) -> Roadmap | None:
    """The roadmap, or ``None`` when the calendar has no room for it: the rest of the
    report still stands on a date at the end of the calendar."""
    try:
        return roadmap(engagement, on=on, methodology=m, base=base, lang=lang, names=names)
    except BeyondTheCalendar:
        return None


def report(
    engagement: Engagement,
    *,
    on: dt.date | None = None,
    lang: str = "en",
    names: str = "show",
    gate: str | None = None,
    every: str = "quarter",
    methodology: Methodology | None = None,
    catalogue: Catalogue | None = None,
    base: str | os.PathLike[str] | None = None,
) -> EngagementReport:
    """Build the report a facilitator hands the portfolio holders.

    Parameters
    ----------
    engagement:
        The engagement.
    on:
        The date of the report (default: today).
    lang:
        Default language of :meth:`EngagementReport.to_html` and
        :meth:`~EngagementReport.to_markdown` (``"en"`` or ``"nl"``).
    names:
        ``"show"`` or ``"hide"`` the names of stakeholders (AVG/GDPR): hidden
        names become the stakeholder's kind and a number, everywhere.
    gate:
        The gate whose verdict is shown (default: the gate of the next phase).
    every:
        Spacing of the timeline: ``"month"``, ``"quarter"`` or ``"year"``.
    methodology, catalogue:
        Instead of the engagement's methodology and the shipped catalogue.
    base:
        Folder against which a methodology path in the engagement is resolved.

    Raises
    ------
    ValueError
        For an unknown ``lang``, ``names`` or ``every``.
    InvalidDocument
        When the engagement's methodology cannot be read.

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> r = ss.report(ss.load("examples/bergen-op-zoom-stuck.yaml"), on=dt.date(2026, 11, 24),
    ...               lang="nl")
    >>> r.readiness.ready, r.to_html().startswith("<!DOCTYPE html>")
    (False, True)
    """
    language = check_lang(lang)
    shown = check_names(names)
    if every not in get_args(Every):
        raise ValueError(f"every must be one of: month, quarter, year; not {every!r}")
    day = on or dt.date.today()
    m = methodology or resolve_methodology(engagement.methodology, base)
    where = status(engagement, on=day, methodology=m, base=base)
    verdict = check(engagement, gate, on=day, methodology=m, base=base)
    return EngagementReport(
        engagement=engagement,
        on=day,
        lang=language,
        names=shown,
        methodology=m,
        status=where,
        readiness=verdict,
        agenda=agenda_from_report(engagement, verdict, language),
        alignment=alignment(engagement, on=day),
        pockets=who_pays_who_benefits(engagement, on=day),
        timeline=timeline(engagement, cast(Every, every), start=_since(engagement, day), end=day),
        network=network_metrics(engagement, on=day),
        suggestions=tuple(
            s for s in opportunities(engagement, on=day, catalogue=catalogue) if not s.in_plan
        ),
        roadmap=_road(engagement, day, m, base, language, shown),
    )
