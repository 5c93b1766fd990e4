"""The municipal calendar: on which days a step can be taken.

When a step can happen is set by the municipality's calendar as much as by
what it waits for. Every default below is either a sourced fact (the budget
cycle, the elections, the end of the state's schemes) or a choice, said to be
one, that a municipality overrides with its own (``attrs.evolve``): its council
meets on other days, its kadernota comes in spring.

Sourced facts (verification pass of 2026-12-02):

- The kadernota (or voorjaarsnota) sets the frames for next year's budget;
  the council adopts it in spring (krimpenaandenijssel.nl/dossiers/kadernota)
  or in July (koggenland.nl/begrotingen). It is not required by law:
  Maasgouw skipped it for 2023 (gemeentemaasgouw.nl/begroting).
- The council adopts the programmabegroting, typically in November
  (schouwen-duiveland.nl, tholen.nl), and sends it to the province before 15
  November (provincie.drenthe.nl).
- During the year money moves only by a begrotingswijziging
  (geldrop-mierlo.jaarverslag-2017.nl); the council authorises per programme,
  so money pooled from the programmes of two domains needs the council
  (helmond.begroting-2019.nl, zevenaar2020.kadernota.nl).
- Municipal elections: 21 March 2018, 16 March 2022, 18 March 2026
  (:mod:`sportsocial.model.elections`); the new councils of 2022 were
  installed on 30 March (zeelandnet.nl).
- The Brede SPUK, the buurtsportcoach agreements, Sportakkoord II and the GALA
  run to 31 December 2026; what follows is not settled in the sources (the
  catalogue, :mod:`sportsocial.catalogue`).

Choices (parameters, not facts):

- the council meets monthly except in August, on the first Thursday;
- the college meets weekly, on Tuesday;
- the summer recess runs from 15 July to 31 August: no sessions, college or
  council meetings then;
- the kadernota is adopted in July (the later of the two practices above),
  and new money for next year goes through it before the begroting;
- a new college is formed 75 days after the election (the examples' colleges
  took office 70 to 84 days after 18 March 2026); until then no
  administrative step is taken;
- the time to prepare a step: 14 days for a work session (invitations), a
  college or steering group decision (a proposal), and the kick-off; 42 days
  for a council decision (a proposal goes through the college and a council
  committee first).

Public holidays and the Christmas break are not modelled; a recess runs within
one calendar year.

Nothing is planned after 31 December 9999, the last day Python's dates hold:
a step that would fall later raises :class:`BeyondTheCalendar`, as does a
calendar that leaves no day for a step.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import attrs

from ..errors import SportsocialError
from ..i18n import Text, day_text
from ..model import Engagement, FundingStream

if TYPE_CHECKING:
    from ..catalogue import Catalogue

__all__ = ["BeyondTheCalendar", "MoneyEnd", "MunicipalCalendar", "money_ends_from"]

_DAY = dt.timedelta(days=1)
#: How far ahead a meeting is looked for before the calendar is declared empty.
_YEARS_AHEAD = 8

_P = ParamSpec("_P")
_R = TypeVar("_R")


class BeyondTheCalendar(SportsocialError, ValueError):
    """A step has no day on the calendar: it would fall after 31 December 9999,
    or the calendar leaves no day for it (no council meeting within eight years).

    ``message`` says it in both languages.
    """

    def __init__(self, message: Text | None = None) -> None:
        self.message = message or Text(
            en="the road cannot be planned: a step would fall after 31 December 9999, "
            "the last day the calendar holds",
            nl="de route is niet te plannen: een stap zou na 31 december 9999 vallen, "
            "de laatste dag van de kalender",
        )
        super().__init__(self.message.en)


def within_the_calendar(plan: Callable[_P, _R]) -> Callable[_P, _R]:
    """``plan``, raising :class:`BeyondTheCalendar` where date arithmetic would pass
    31 December 9999 (an ``OverflowError`` deep in the schedule)."""

    @functools.wraps(plan)
    def planned(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return plan(*args, **kwargs)
        except OverflowError:
            raise BeyondTheCalendar() from None

    return planned


def _months(_: object, attribute: Any, value: tuple[int, ...]) -> None:
    if not value or any(not 1 <= m <= 12 for m in value):
        raise ValueError(f"{attribute.name} must name months 1 to 12 (at least one), got {value!r}")


def _one_month(_: object, attribute: Any, value: int) -> None:
    if not 1 <= value <= 12:
        raise ValueError(f"{attribute.name} must be a month 1 to 12, got {value!r}")


def _weekday(_: object, attribute: Any, value: int) -> None:
    if not 0 <= value <= 6:
        raise ValueError(
            f"{attribute.name} must be a weekday 0 (Monday) to 6 (Sunday), got {value!r}"
        )


def _week(_: object, attribute: Any, value: int) -> None:
    if value not in (1, 2, 3, 4, -1):
        raise ValueError(f"{attribute.name} must be 1 to 4, or -1 for the last, got {value!r}")


def _month_day(_: object, attribute: Any, value: tuple[int, int]) -> None:
    try:
        dt.date(2000, *value)  # a leap year: 29 February is a day
    except (TypeError, ValueError):
        raise ValueError(f"{attribute.name} must be (month, day), got {value!r}") from None


def _not_negative(_: object, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be 0 or more, got {value!r}")


def _dates(value: Iterable[dt.date]) -> tuple[dt.date, ...]:
    return tuple(sorted(value))


def _maybe_dates(value: Iterable[dt.date] | None) -> tuple[dt.date, ...] | None:
    return None if value is None else tuple(sorted(value))


@attrs.frozen(kw_only=True)
class MoneyEnd:
    """A scheme of external money that ends on a known date (from the catalogue).

    ``settled`` is false when the sources do not say what follows the end.
    """

    id: str
    name: Text
    until: dt.date
    keywords: tuple[str, ...] = ()
    settled: bool = False

    def matches(self, stream: FundingStream) -> bool:
        """Whether the stream comes through the scheme: its ``route`` names it, or,
        for a stream without a route, its name or purpose names it (a whole word or
        phrase)."""
        if stream.route is not None:
            return stream.route == self.id
        if not self.keywords:
            return False
        words = "|".join(re.escape(k) for k in sorted(self.keywords, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
        return any(pattern.search(t) for t in (stream.name, stream.funds or "") if t)


def money_ends_from(catalogue: Catalogue) -> tuple[MoneyEnd, ...]:
    """The schemes of the catalogue paid from outside the municipality that have an end date."""
    from ..catalogue import FactKind

    return tuple(
        MoneyEnd(
            id=e.id,
            name=e.short_name or e.name,
            until=e.valid_until,
            keywords=e.keywords,
            settled=e.unverified_about(FactKind.CONTINUATION) is None,
        )
        for e in catalogue
        if e.valid_until is not None and e.outside_funders
    )


@attrs.frozen(kw_only=True)
class MunicipalCalendar:
    """When the council, the college and the budget cycle can take a step.

    The defaults, their sources and which of them are choices are listed in the
    module documentation; override any of them for a municipality with
    ``attrs.evolve(MunicipalCalendar.default(), council_months=(...))``.

    Parameters
    ----------
    council_months:
        Months in which the council meets (choice: every month but August).
    council_weekday, council_week:
        The council meets on this weekday (0 Monday ... 6 Sunday) of this week
        of the month, 1 to 4 or -1 for the last (choice: the first Thursday).
    council_meetings:
        The council's own meeting dates; for a year with dates listed here they
        replace the pattern above.
    college_weekday:
        The college's weekly meeting day (choice: Tuesday).
    kadernota_month:
        Month from which the council adopts the kadernota (fact: spring or July;
        choice: July).
    kadernota_first:
        Whether new money for next year is promised in the kadernota before
        the begroting adopts it (choice: yes; fact: a kadernota is not required
        by law).
    begroting_month:
        Month in which the council adopts next year's begroting (fact: typically November).
    begroting_deadline:
        (month, day) before which the begroting goes to the province (fact: 15 November).
    recess:
        First and last (month, day) of the summer recess (choice: 15 July to 31 August).
    elections:
        Municipal election days; ``None``: the engagement's own, else the
        shipped calendar (fact).
    college_formation_days:
        Days from an election until the new college takes office (choice: 75).
    money_ends:
        Schemes of external money with an end date (fact: from the catalogue).
    session_lead_days, college_lead_days, council_lead_days, kickoff_lead_days:
        Days to prepare a work session or steering group meeting, a college
        decision, a council decision, and the kick-off (choices: 14, 14, 42, 14).
    """

    council_months: tuple[int, ...] = attrs.field(
        default=(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12), converter=tuple, validator=_months
    )
    council_weekday: int = attrs.field(default=3, validator=_weekday)
    council_week: int = attrs.field(default=1, validator=_week)
    council_meetings: tuple[dt.date, ...] = attrs.field(default=(), converter=_dates)
    college_weekday: int = attrs.field(default=1, validator=_weekday)
    kadernota_month: int = attrs.field(default=7, validator=_one_month)
    kadernota_first: bool = True
    begroting_month: int = attrs.field(default=11, validator=_one_month)
    begroting_deadline: tuple[int, int] = attrs.field(default=(11, 15), validator=_month_day)
    recess: tuple[tuple[int, int], tuple[int, int]] = attrs.field(default=((7, 15), (8, 31)))
    elections: tuple[dt.date, ...] | None = attrs.field(default=None, converter=_maybe_dates)
    college_formation_days: int = attrs.field(default=75, validator=_not_negative)
    money_ends: tuple[MoneyEnd, ...] = ()
    session_lead_days: int = attrs.field(default=14, validator=_not_negative)
    college_lead_days: int = attrs.field(default=14, validator=_not_negative)
    council_lead_days: int = attrs.field(default=42, validator=_not_negative)
    kickoff_lead_days: int = attrs.field(default=14, validator=_not_negative)

    @recess.validator
    def _check_recess(self, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple) or len(value) != 2:
            raise ValueError(f"recess must be ((month, day), (month, day)), got {value!r}")
        for end in value:
            _month_day(self, attribute, end)
        start, end = value
        if start > end:
            raise ValueError(f"recess must start before it ends within one year, got {value!r}")
        if start == (1, 1) and end == (12, 31):
            raise ValueError(f"recess must leave days outside it, got {value!r}")

    @classmethod
    def default(cls) -> MunicipalCalendar:
        """The shipped calendar, with the end dates of the catalogue's external money.

        Examples
        --------
        >>> cal = MunicipalCalendar.default()
        >>> cal.begroting_meeting(2027)
        datetime.date(2027, 11, 4)
        >>> sorted({m.until.isoformat() for m in cal.money_ends})
        ['2026-12-31']
        """
        from ..catalogue import load_catalogue

        return cls(money_ends=money_ends_from(load_catalogue()))

    # -- days -------------------------------------------------------------------------

    def in_recess(self, day: dt.date) -> bool:
        """Whether ``day`` falls in the summer recess."""
        start, end = self.recess
        return (
            dt.date(day.year, *_fit(day.year, start))
            <= day
            <= dt.date(day.year, *_fit(day.year, end))
        )

    def working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a weekday outside the summer recess."""
        return day.weekday() < 5 and not self.in_recess(day)

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day on or after ``day``."""
        while not self.working_day(day):
            if day == dt.date.max:
                raise BeyondTheCalendar()
            day += _DAY
        return day

    def next_college_meeting(self, day: dt.date) -> dt.date:
        """The first college meeting on or after ``day`` (weekly, outside the recess);
        :class:`BeyondTheCalendar` when it would fall after 31 December 9999."""
        try:
            day += dt.timedelta(days=(self.college_weekday - day.weekday()) % 7)
            while self.in_recess(day):
                day += dt.timedelta(days=7)
        except OverflowError:
            raise BeyondTheCalendar() from None
        return day

    # -- the council ------------------------------------------------------------------

    def council_meetings_in(self, year: int) -> tuple[dt.date, ...]:
        """The council's meetings in ``year``: its own dates when listed, else the pattern."""
        own = tuple(d for d in self.council_meetings if d.year == year)
        if own:
            return own
        days = (
            _nth_weekday(year, m, self.council_weekday, self.council_week)
            for m in sorted(set(self.council_months))
        )
        return tuple(d for d in days if not self.in_recess(d))

    def next_council_meeting(self, day: dt.date) -> dt.date:
        """The first council meeting on or after ``day``.

        Raises :class:`BeyondTheCalendar` (a ``ValueError``) when the calendar has
        none within eight years or before the end of 9999.
        """
        for year in range(day.year, min(day.year + _YEARS_AHEAD, dt.MAXYEAR + 1)):
            for meeting in self.council_meetings_in(year):
                if meeting >= day:
                    return meeting
        raise BeyondTheCalendar(
            Text(
                en="the calendar has no council meeting after {day}",
                nl="de kalender heeft geen raadsvergadering na {day}",
            ).format(day=day_text(day))
        )

    def begroting_meeting(self, year: int) -> dt.date | None:
        """The meeting in ``year`` that adopts the begroting for ``year + 1``.

        The last meeting in the begroting month before the deadline to the
        province; when the council does not meet in that month before it, its
        last meeting before the deadline.
        """
        deadline = dt.date(year, *self.begroting_deadline)
        before = [d for d in self.council_meetings_in(year) if d < deadline]
        in_month = [d for d in before if d.month == self.begroting_month]
        chosen = in_month or before
        return chosen[-1] if chosen else None

    def kadernota_meeting(self, year: int) -> dt.date | None:
        """The meeting in ``year`` that adopts the kadernota for ``year + 1``: the first from
        the kadernota month on, before the begroting meeting."""
        begroting = self.begroting_meeting(year)
        for d in self.council_meetings_in(year):
            if d.month >= self.kadernota_month and (begroting is None or d < begroting):
                return d
        return None

    # -- elections --------------------------------------------------------------------

    def election_days(self, engagement: Engagement) -> tuple[dt.date, ...]:
        """The election days in force: the calendar's, else the engagement's own or shipped ones."""
        return self.elections if self.elections is not None else engagement.election_days

    def college_formed(self, election: dt.date) -> dt.date:
        """The day the new college takes office after ``election``."""
        return election + dt.timedelta(days=self.college_formation_days)

    def interregnum(self, day: dt.date, elections: Iterable[dt.date]) -> dt.date | None:
        """The election ``day`` falls after while the new college is not yet formed, or ``None``."""
        for e in elections:
            if e <= day < self.college_formed(e):
                return e
        return None

    def money_end_for(self, stream: FundingStream) -> MoneyEnd | None:
        """The scheme of external money the stream belongs to, when the calendar knows it."""
        if not stream.funder.external and not any(
            c.source.funder.external for c in stream.contributions
        ):
            return None
        return next((m for m in self.money_ends if m.matches(stream)), None)


def _fit(year: int, month_day: tuple[int, int]) -> tuple[int, int]:
    """29 February in a year without it is 28 February."""
    month, day = month_day
    if month == 2 and day == 29 and not _leap(year):
        return 2, 28
    return month, day


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> dt.date:
    """The ``week``-th ``weekday`` of the month (``-1``: the last)."""
    if week > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
    last = dt.date(year, month, _days_in(year, month))  # December 9999 has no next month
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
