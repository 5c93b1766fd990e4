"""One engagement on one date, evaluated once: the view that check, alignment and network share.

Every analysis of an engagement on a date starts from the engagement as it
stood that day (:meth:`~sportsocial.model.Engagement.as_of`), a pass over
every fact. An :class:`EvaluationView` makes that pass once, and computes the
alignment and the network measures from it when they are first read, so that
``check`` (whose rules read both), ``alignment`` and ``network_metrics`` on
the same engagement and date share one piece of work.

:func:`evaluation_view` hands out the view of an engagement on a date and
keeps the last few, so that calling ``ss.check``, ``ss.alignment`` and
``ss.network_metrics`` one after the other builds the view once.
:func:`views_over` walks a series of dates for a timeline and builds a new
view of the engagement only where a fact changed in between.

Everything here is internal: the public functions keep their signatures and
take an engagement, as before.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._dates import add_days
from .model import Engagement

if TYPE_CHECKING:
    from .alignment import Alignment
    from .network import NetworkMetrics

__all__ = ["EvaluationView", "evaluation_view", "fact_dates", "forget_views", "views_over"]


class EvaluationView:
    """An engagement as it stood on one date, with what is computed from it, once.

    Parameters
    ----------
    engagement:
        The engagement *as of* ``on`` (the caller applies
        :meth:`Engagement.as_of`; :func:`evaluation_view` does).
    on:
        The date.
    history:
        The whole engagement, with what came before and after ``on``: rules on
        continuity (who held a portfolio before the election) read it. Default:
        the engagement as of ``on``.

    Notes
    -----
    The alignment and the network measures are computed when first read and
    kept. The network's graph is the view's own: it is never handed to a
    caller, who might change it (:func:`~sportsocial.network.stakeholder_graph`
    builds a fresh one).
    """

    def __init__(
        self, engagement: Engagement, on: dt.date, history: Engagement | None = None
    ) -> None:
        self.engagement = engagement
        self.on = on
        # a weak reference: a kept view must not keep the caller's engagement alive
        self._history = weakref.ref(history) if history is not None else None

    @property
    def history(self) -> Engagement:
        """The whole engagement (see the class), while the caller holds it; else the view."""
        whole = self._history() if self._history is not None else None
        return whole if whole is not None else self.engagement

    def __repr__(self) -> str:
        return f"EvaluationView({self.engagement.municipality.name!r}, {self.on.isoformat()})"

    @functools.cached_property
    def alignment(self) -> Alignment:
        """Funding and governance figures on the date (:func:`sportsocial.alignment`)."""
        from .alignment.profile import alignment_of

        # the network's vertical linkage, computed once for both
        return alignment_of(self.engagement, self.on, self.network.vertical_linkage)

    @functools.cached_property
    def network(self) -> NetworkMetrics:
        """The network measures on the date, each computed when first read.

        They are computed on the tie graph, built straight from the engagement
        (the stakeholder multigraph with its attributes is not needed for them).
        """
        from .network.graph import build_ties
        from .network.metrics import NetworkMetrics

        return NetworkMetrics.of_ties(build_ties(self.engagement, self.on))


#: How many views :func:`evaluation_view` keeps: enough for the analyses of a
#: command or a notebook cell, few enough to hold little memory.
KEPT = 8

_kept: collections.OrderedDict[tuple[int, dt.date], tuple[Any, EvaluationView]] = (
    collections.OrderedDict()
)
_lock = threading.Lock()


def evaluation_view(engagement: Engagement, on: dt.date) -> EvaluationView:
    """The view of ``engagement`` as it stood on ``on``, shared by whoever asks next.

    The last :data:`KEPT` views are kept by the identity of the engagement
    (a weak reference, so a kept view never keeps an engagement alive nor
    answers for another that happens to get its address). Engagements are
    immutable, so a kept view stays right.
    """
    key = (id(engagement), on)
    with _lock:
        hit = _kept.get(key)
        if hit is not None and hit[0]() is engagement:
            _kept.move_to_end(key)
            return hit[1]
    view = EvaluationView(engagement.as_of(on), on, engagement)
    with _lock:
        _kept[key] = (weakref.ref(engagement), view)
        _kept.move_to_end(key)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return view


def forget_views() -> None:
    """Drop the kept views: the next analysis builds its own (benchmarks start cold)."""
    with _lock:
        _kept.clear()


def _dates(value: object, found: set[dt.date]) -> None:
    if isinstance(value, dt.date):
        found.add(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            _dates(item, found)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            _dates(item, found)
    else:
        cls = type(value)
        if attrs.has(cls):
            for field in attrs.fields(cls):
                _dates(getattr(value, field.name), found)


def fact_dates(engagement: Engagement) -> tuple[dt.date, ...]:
    """Every date written anywhere in ``engagement``, sorted, without duplicates.

    :meth:`Engagement.as_of` compares its date with these dates only, so its
    result can change only on one of them or the day after (a strict or a
    non-strict comparison); between two such days it stays the same.
    """
    found: set[dt.date] = set()
    _dates(engagement, found)
    return tuple(sorted(found))


def views_over(engagement: Engagement, dates: Iterable[dt.date]) -> Iterator[EvaluationView]:
    """A view per date of ``dates`` (ascending), for a timeline.

    A view is built anew (``as_of``, a pass over every fact) only when a date
    of the engagement, or the day after one, falls between the previous date
    and this one; otherwise the engagement as of the previous date is the
    engagement as of this one, and is taken over.
    """
    changes = sorted({d for day in fact_dates(engagement) for d in (day, add_days(day, 1))})
    previous: EvaluationView | None = None
    for on in dates:
        if (
            previous is not None
            and previous.on <= on
            and bisect.bisect_right(changes, previous.on) == bisect.bisect_right(changes, on)
        ):
            previous = EvaluationView(previous.engagement, on, engagement)
        else:
            previous = EvaluationView(engagement.as_of(on), on, engagement)
        yield previous
