"""Date arithmetic that never overflows: results beyond the calendar saturate.

Documents may hold any date from 0001-01-01 to 9999-12-31, and commands take
``--on 9999-12-31``. Python's ``date + timedelta`` raises ``OverflowError``
past either end, so every analysis that moves a date (a horizon, the end of a
plan year, the next quarter) goes through these functions instead. A result
that would lie beyond the calendar is its last (or first) day: for the
comparisons the analyses make ("does the stream end before the horizon?"),
9999-12-31 is as far as "later than any date" needs to go.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["DAYS_PER_MONTH", "add_days", "add_months", "month_end"]

#: Days in an average month (a year of 365.25 days in twelve).
DAYS_PER_MONTH = 365.25 / 12


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days`` (negative: back), held within 0001-01-01..9999-12-31.

    >>> add_days(dt.date(2024, 2, 28), 2)
    datetime.date(2024, 3, 1)
    >>> add_days(dt.date(9999, 12, 1), 365)
    datetime.date(9999, 12, 31)
    >>> add_days(dt.date(1, 1, 10), -30)
    datetime.date(1, 1, 1)
    """
    ordinal = day.toordinal() + days
    if ordinal > dt.date.max.toordinal():
        return dt.date.max
    if ordinal < 1:
        return dt.date.min
    return dt.date.fromordinal(ordinal)


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` (1-12) in ``year``, or the calendar's last day beyond 9999.

    >>> month_end(2024, 2), month_end(10000, 3)
    (datetime.date(2024, 2, 29), datetime.date(9999, 12, 31))
    """
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: float) -> dt.date:
    """``day`` moved by ``months`` average months (:data:`DAYS_PER_MONTH` days each,
    rounded to whole days), held within the calendar.

    >>> add_months(dt.date(2024, 1, 1), 12), add_months(dt.date(9999, 1, 1), 24)
    (datetime.date(2024, 12, 31), datetime.date(9999, 12, 31))
    """
    return add_days(day, round(months * DAYS_PER_MONTH))
