"""Alignment over time: the metrics at a regular series of dates.

Each row is :func:`~sportsocial.alignment.alignment` on one date, so the
cost is linear in the number of dates times the number of facts. The
engagement as of a date is built anew only when a fact changed since the
previous row; otherwise the previous row's is taken over. Dates fall
on the last day of each month, quarter or year, so that a row says how things
stood when the period closed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._dates import month_end
from .._evaluation import views_over
from ..i18n import Text
from ..io.formats import json_text
from ..model import Engagement, FundingIntegration
from .profile import Alignment

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Every", "Timeline", "TimelineRow", "first_date", "timeline", "timeline_dates"]

Every = Literal["month", "quarter", "year"]
_MONTHS: dict[str, int] = {"month": 1, "quarter": 3, "year": 12}


def timeline_dates(start: dt.date, end: dt.date, every: Every = "quarter") -> tuple[dt.date, ...]:
    """The closing days of every period from the one holding ``start`` up to ``end``.

    ``end`` itself is added when it does not close a period, so the last row
    shows the latest state.

    Examples
    --------
    >>> [d.isoformat() for d in timeline_dates(dt.date(2024, 2, 10), dt.date(2024, 8, 1))]
    ['2024-03-31', '2024-06-30', '2024-08-01']
    >>> timeline_dates(dt.date(2024, 1, 1), dt.date(2023, 1, 1))
    ()
    """
    if every not in _MONTHS:
        raise ValueError(f"every must be one of {', '.join(_MONTHS)}, not {every!r}")
    step = _MONTHS[every]
    # index of the first period's closing month, counted in months since year 0
    month = start.year * 12 + (start.month - 1) // step * step + step - 1
    dates: list[dt.date] = []
    while start <= end and month // 12 <= dt.MAXYEAR:
        day = month_end(month // 12, month % 12 + 1)
        if day > end:
            break
        dates.append(day)
        month += step
    if start <= end and (not dates or dates[-1] != end):
        dates.append(end)
    return tuple(dates)


@attrs.frozen(kw_only=True)
class TimelineRow:
    """The main figures of one date; see :class:`~sportsocial.alignment.FundingProfile`
    and :class:`~sportsocial.alignment.GovernanceProfile` for their definitions."""

    on: dt.date
    phase: str | None
    total_per_year: float
    pooled: float
    aligned: float
    siloed: float
    shared_share: float
    structural_share: float
    domain_hhi: float | None
    contributing_domains: int
    plan_coverage: float | None
    runway_months: float | None
    joint_controlled_share: float
    vertical_continuity_share: float | None
    index: float

    @classmethod
    def of(cls, a: Alignment) -> TimelineRow:
        """The row for one :class:`Alignment`."""
        f, g = a.funding, a.governance
        return cls(
            on=a.on,
            phase=a.phase,
            total_per_year=f.total_per_year,
            pooled=f.by_integration[FundingIntegration.POOLED],
            aligned=f.by_integration[FundingIntegration.ALIGNED],
            siloed=f.by_integration[FundingIntegration.SILOED],
            shared_share=f.shared_share,
            structural_share=f.structural_share,
            domain_hhi=f.domain_hhi,
            contributing_domains=f.contributing_domains,
            plan_coverage=f.plan_coverage,
            runway_months=f.runway_months,
            joint_controlled_share=g.joint_controlled_share,
            vertical_continuity_share=g.vertical_continuity_share,
            index=a.index,
        )

    def to_dict(self) -> dict[str, Any]:
        """A flat JSON-ready mapping (dates as ISO strings)."""
        data = attrs.asdict(self)
        data["on"] = self.on.isoformat()
        return data


COLUMNS: tuple[str, ...] = tuple(f.name for f in attrs.fields(TimelineRow))


@attrs.frozen(repr=False)
class Timeline:
    """Rows of alignment figures, oldest first, with the phase changes between them."""

    municipality: str
    rows: tuple[TimelineRow, ...]
    phase_changes: tuple[tuple[dt.date, str], ...] = ()

    def __iter__(self) -> Iterator[TimelineRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        """One flat mapping per row."""
        return [r.to_dict() for r in self.rows]

    def to_json(self) -> str:
        """The timeline as JSON: municipality, phase changes and rows."""
        return json_text(
            {
                "municipality": self.municipality,
                "phase_changes": [
                    {"date": d.isoformat(), "phase": p} for d, p in self.phase_changes
                ],
                "rows": self.to_dicts(),
            }
        )

    def to_csv(self) -> str:
        """The rows as CSV with a header line; empty cells for undefined figures."""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in self.to_dicts():
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return out.getvalue()

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame indexed by date (the ``analysis`` extra; see
        :mod:`sportsocial.research.tables`)."""
        from ..research.tables import timeline_table

        return timeline_table(self).to_dataframe()

    def plot(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        lang: str = "en",
        phase_names: Mapping[str, Text] | None = None,
    ) -> Any:
        """Draw the timeline (needs the ``analysis`` extra); see :func:`plot_timeline`."""
        from .plot import plot_timeline

        return plot_timeline(self, path, lang=lang, phase_names=phase_names)

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


def first_date(engagement: Engagement) -> dt.date | None:
    """Where an engagement's story begins: its first phase entered, else the
    facilitator's start, else its earliest decision or funding stream."""
    if engagement.phase_log:
        return engagement.phase_log[0].entered
    if engagement.facilitator is not None:
        return engagement.facilitator.engaged.start
    dates = [d.date for d in engagement.decisions] + [f.period.start for f in engagement.funding]
    return min(dates, default=None)


def timeline(
    engagement: Engagement,
    every: Every = "quarter",
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    dates: Iterable[dt.date] | None = None,
) -> Timeline:
    """The alignment figures of ``engagement`` at a series of dates.

    Parameters
    ----------
    every:
        ``month``, ``quarter`` or ``year``: rows on the closing day of each.
    start, end:
        The span; by default from the first phase entered (or the facilitator's
        start, or the earliest decision or stream) until today.
    dates:
        Explicit dates instead of a regular series (sorted, duplicates dropped).

    Examples
    --------
    >>> import sportsocial as ss, datetime as dt
    >>> eng = ss.load("examples/roosendaal-kickoff.yaml")
    >>> ts = ss.timeline(eng, "year", end=dt.date(2026, 12, 31))
    >>> [(r.on.year, r.phase) for r in ts][-2:]
    [(2025, 'administrative-connection'), (2026, 'anchoring')]
    """
    if dates is not None:
        days: Sequence[dt.date] = sorted(set(dates))
    else:
        last = end or dt.date.today()
        first = start or first_date(engagement) or last
        days = timeline_dates(first, last, every)
    rows = tuple(TimelineRow.of(view.alignment) for view in views_over(engagement, days))
    changes = tuple(
        (p.entered, p.phase) for p in engagement.phase_log if days and p.entered <= days[-1]
    )
    return Timeline(engagement.municipality.name, rows, changes)
