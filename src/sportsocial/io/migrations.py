"""Upgrading documents written in an older format, keyed by ``schema_version``.

A migration takes plain data of version *n* and returns data of version *n+1*;
:func:`migrate` chains them up to :data:`~sportsocial.io.schema.SCHEMA_VERSION`.
Migrations work on plain data, before the schema check, and never modify their
input. A document newer than this release is refused (``DOC005``) rather than
read with loss.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..errors import Problem
from .problems import problem
from .schema import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "migrate"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (pre-release draft): ``budgets`` with ``amount``, and ``phases``.

    Version 1 names them ``funding`` (``amount_per_year``) and ``phase_log``.
    """
    out = {k: v for k, v in data.items() if k not in ("budgets", "phases")}
    if "budgets" in data:
        streams = data["budgets"]
        if isinstance(streams, list):
            streams = [
                {("amount_per_year" if k == "amount" else k): v for k, v in s.items()}
                if isinstance(s, dict)
                else s
                for s in streams
            ]
        out["funding"] = streams
    if "phases" in data:
        out["phase_log"] = data["phases"]
    out["schema_version"] = 1
    return out


#: ``MIGRATIONS[n]`` upgrades a version-*n* document to version *n+1*.
MIGRATIONS: dict[int, Migration] = {0: _from_0}


def migrate(
    data: dict[str, Any], source: str | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Bring ``data`` to the current schema version.

    Returns the (new) data and problems: a ``schema_version`` that is not an
    integer is left to the schema check; one newer than this release, or
    without a migration path, gives ``DOC005``.
    """
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return data, []
    if version > SCHEMA_VERSION or (version < SCHEMA_VERSION and version not in MIGRATIONS):
        return data, [
            problem(
                "DOC005",
                "$.schema_version",
                source=source,
                found=version,
                supported=SCHEMA_VERSION,
            )
        ]
    out = copy.deepcopy(data)
    while out["schema_version"] < SCHEMA_VERSION:
        step = MIGRATIONS.get(out["schema_version"])
        if step is None:
            return data, [
                problem(
                    "DOC005",
                    "$.schema_version",
                    source=source,
                    found=version,
                    supported=SCHEMA_VERSION,
                )
            ]
        out = step(out)
    return out, []
