"""Running chunks of work on any :class:`concurrent.futures.Executor`, in order, with bounded memory.

A cohort may hold thousands of documents. Sending each as its own task
would make the executor's per-task overhead (pickling, scheduling, for a
distributed engine a network round trip) dominate, so documents travel in
chunks. At most ``window`` chunks are in flight at once and results are
handed on in input order as soon as the oldest chunk is done: memory holds a
few chunks, never the whole cohort, and every executor gives the same order
(hence the same tables) as a serial run.
"""

from __future__ import annotations

import itertools
import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from typing import TypeVar

__all__ = ["DEFAULT_CHUNK", "chunk_size", "chunks", "ordered_map", "workers_of"]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: Most documents in one task: big enough that per-task overhead is small next
#: to the work (a document takes milliseconds to evaluate), small enough that a
#: pool of two still shares a cohort of a few dozen documents evenly.
DEFAULT_CHUNK = 16


def workers_of(executor: Executor | None) -> int:
    """How many tasks ``executor`` runs at once, as far as it tells (else the CPU count)."""
    if executor is None:
        return 1
    known = getattr(executor, "_max_workers", None)
    if isinstance(known, int) and known > 0:
        return known
    return os.cpu_count() or 1


def chunk_size(total: int | None, workers: int) -> int:
    """Documents per task: about four tasks per worker, at most :data:`DEFAULT_CHUNK`.

    >>> chunk_size(342, 2), chunk_size(10, 2), chunk_size(None, 2), chunk_size(0, 1)
    (16, 2, 16, 1)
    """
    if total is None:
        return DEFAULT_CHUNK
    return max(1, min(DEFAULT_CHUNK, math.ceil(total / (4 * workers))))


def chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size`` (the last one shorter), consumed lazily.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def ordered_map(
    fn: Callable[[_T], Sequence[_R]],
    tasks: Iterable[_T],
    executor: Executor | None,
    window: int,
) -> Iterator[_R]:
    """Apply ``fn`` to every task and yield the elements of its results, in task order.

    Without an executor the tasks run here, one after the other. With one, at
    most ``window`` tasks are submitted at a time; the next is submitted as
    the oldest is collected. An exception in a task is raised here when its
    turn comes; tasks still in flight are cancelled where the executor can.
    """
    if executor is None:
        for task in tasks:
            yield from fn(task)
        return
    pending: deque[Future[Sequence[_R]]] = deque()
    try:
        for task in tasks:
            pending.append(executor.submit(fn, task))
            if len(pending) >= max(1, window):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
