"""The calendar of municipal council elections (*gemeenteraadsverkiezingen*).

Councils are elected every four years; a new college then reconsiders the
ambitions of the old one, portfolios move and aldermen leave. Dates, with their
sources (verification pass of 2026-12-02):

- 21 March 2018 — venray.nl and rheden.nl election pages;
- 16 March 2022 — opkomstenuitslag.nl, voerendaal.nl;
- 18 March 2026 — gemeente.emmen.nl, wijkbijduurstede.nl.

The next regular election falls in March 2030; its exact date is not
verified, so it is not listed. A municipality that merged (*herindeling*)
votes on other dates: its document lists its own ``elections``.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["MUNICIPAL_ELECTIONS", "latest_election", "next_election"]

#: Regular municipal election days, oldest first.
MUNICIPAL_ELECTIONS: tuple[dt.date, ...] = (
    dt.date(2018, 3, 21),
    dt.date(2022, 3, 16),
    dt.date(2026, 3, 18),
)


def latest_election(elections: tuple[dt.date, ...], on: dt.date) -> dt.date | None:
    """The last election day on or before ``on`` (``None`` if none).

    >>> latest_election(MUNICIPAL_ELECTIONS, dt.date(2026, 12, 2))
    datetime.date(2026, 3, 18)
    """
    past = [d for d in elections if d <= on]
    return max(past) if past else None


def next_election(elections: tuple[dt.date, ...], on: dt.date) -> dt.date | None:
    """The first election day after ``on`` (``None`` if none is known)."""
    future = [d for d in elections if d > on]
    return min(future) if future else None
