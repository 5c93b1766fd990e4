"""Upgrading documents written in an older format, keyed by ``schema_version``.

A migration takes plain data of version *n* and returns data of version *n+1*;
:func:`migrate` chains them up to :data:`~sportsocial.io.schema.SCHEMA_VERSION`.
Migrations work on plain data, before the schema check, and never modify their
input: each builds new mappings along the paths it changes and shares the rest,
so no deep copy is needed. Values that do not have the expected shape are left
as they are, for the schema check to report. A document newer than this release is refused (``DOC005``) rather than
read with loss.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import attrs

from ..errors import Problem
from ..i18n import Text
from .paths import json_path
from .problems import problem
from .schema import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "Change", "changes", "migrate"]

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


def _each(items: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """``change`` applied to every mapping of a list; anything else left as it is."""
    if not isinstance(items, list):
        return items
    return [change(item) if isinstance(item, dict) else item for item in items]


def _renamed(item: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {(new if k == old else k): v for k, v in item.items()}


def _stakeholder_1(s: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in s.items() if k != "domain"}
    if s.get("kind") == "municipal-executive":
        # "municipal executive (alderman, college)": an alderman stands for a domain.
        out["kind"] = "portfolio-holder" if s.get("domain") is not None else "college"
    if "domain" in s:
        out["portfolios"] = [{"domain": s["domain"]}]
    return {k: out[k] for k in _ordered(out, after="level", new="portfolios")}


def _ordered(item: dict[str, Any], *, after: str, new: str) -> list[str]:
    """Keys of ``item`` with ``new`` moved right behind ``after`` (documents stay readable)."""
    keys = [k for k in item if k != new]
    if new in item:
        keys.insert(keys.index(after) + 1 if after in keys else len(keys), new)
    return keys


def _stream_1(s: dict[str, Any]) -> dict[str, Any]:
    out = _renamed(s, "source_domain", "domain")
    if "source_domain" in s:
        out["funder"] = "municipality"
        out = {k: out[k] for k in _ordered(out, after="domain", new="funder")}
    return out


def _body_1(b: dict[str, Any]) -> dict[str, Any]:
    out = dict(b)
    period = b.get("period")
    start = period.get("start") if isinstance(period, dict) else None
    if isinstance(b.get("members"), list):
        out["members"] = [
            {"stakeholder": m, **({"from": start} if start is not None else {})}
            if isinstance(m, str)
            else m
            for m in b["members"]
        ]
    if isinstance(b.get("mandate"), str):
        out["mandate"] = {"kind": b["mandate"]}
    return out


def _action_1(a: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in a.items() if k != "start"}
    if "start" in a:
        out["period"] = {"start": a["start"]}
    return out


def _facilitator_1(f: Any) -> Any:
    if not isinstance(f, dict):
        return f
    out: dict[str, Any] = {}
    for k, v in f.items():
        if k == "organisation":
            out["name"] = v
        elif k == "since":
            out["engaged"] = {"start": v}
        else:
            out[k] = v
    return out


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 saw a simplified municipality; version 2 says what Dutch practice needs.

    - a stakeholder's ``domain`` becomes one open-ended portfolio, and a
      ``municipal-executive`` becomes a ``portfolio-holder`` (with a domain)
      or the ``college`` (without);
    - a stream's ``source_domain`` becomes ``domain``, paid by the municipality;
    - a body's members become seats held from the body's start, its mandate an
      object ``{kind}`` (no granting decision was recorded in version 1);
    - a decision's ``decided_by`` becomes ``by``;
    - an action's ``start`` becomes its ``period``;
    - the facilitator's ``organisation`` and ``since`` become ``name`` and
      ``engaged``.
    """
    out = dict(data)
    out["stakeholders"] = _each(data.get("stakeholders"), _stakeholder_1)
    out["funding"] = _each(data.get("funding"), _stream_1)
    out["governance"] = _each(data.get("governance"), _body_1)
    out["decisions"] = _each(data.get("decisions"), lambda d: _renamed(d, "decided_by", "by"))
    plan = data.get("plan")
    if isinstance(plan, dict) and "actions" in plan:
        out["plan"] = {**plan, "actions": _each(plan["actions"], _action_1)}
    if "facilitator" in data:
        out["facilitator"] = _facilitator_1(data["facilitator"])
    for key in ("stakeholders", "funding", "governance", "decisions"):
        if key not in data:
            del out[key]
    out["schema_version"] = 2
    return out


#: ``MIGRATIONS[n]`` upgrades a version-*n* document to version *n+1*.
MIGRATIONS: dict[int, Migration] = {0: _from_0, 1: _from_1}


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
    out = data
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


@attrs.frozen
class Change:
    """One kind of change a migration made, counted over every list item it touched.

    ``kind`` is ``"renamed"`` (``path`` the old key, ``to`` the new name),
    ``"added"``, ``"removed"`` or ``"changed"``; in ``path`` every list index is
    ``[*]``, so the change of each stakeholder is one entry, with ``count``.
    """

    kind: str
    path: str
    count: int = 1
    to: str | None = None

    _WORDS: ClassVar[dict[str, Text]] = {
        "renamed": Text(en="renamed  {path} to '{to}'", nl="hernoemd {path} naar '{to}'"),
        "added": Text(en="added    {path}", nl="toegevoegd {path}"),
        "removed": Text(en="removed  {path}", nl="verwijderd {path}"),
        "changed": Text(en="changed  {path}", nl="gewijzigd {path}"),
    }

    def render(self, lang: str = "en") -> str:
        """One line: what changed where, and how often (``(12×)``)."""
        line = self._WORDS[self.kind].format(path=self.path, to=self.to or "")(lang)
        return f"{line} ({self.count}×)" if self.count > 1 else line

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "path": self.path, "to": self.to, "count": self.count}


def _pattern(parts: tuple[str | int, ...]) -> str:
    """The JSON path of ``parts`` with every list index written ``[*]``."""
    return "$" + "".join("[*]" if isinstance(p, int) else json_path([p])[1:] for p in parts)


def _walk(
    old: Any, new: Any, parts: tuple[str | int, ...], out: list[tuple[str, str, str | None]]
) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        gone = [k for k in old if k not in new]
        came = [k for k in new if k not in old]
        for k in list(gone):
            twin = next((c for c in came if new[c] == old[k]), None)
            if twin is not None:
                out.append(("renamed", _pattern((*parts, k)), twin))
                gone.remove(k)
                came.remove(twin)
        out.extend(("removed", _pattern((*parts, k)), None) for k in gone)
        out.extend(("added", _pattern((*parts, k)), None) for k in came)
        for k in old:
            if k in new:
                _walk(old[k], new[k], (*parts, k), out)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _walk(a, b, (*parts, i), out)
    elif old != new or type(old) is not type(new):
        out.append(("changed", _pattern(parts), None))


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What migrating ``old`` to ``new`` changed, in document order, like changes counted once."""
    found: list[tuple[str, str, str | None]] = []
    _walk(old, new, (), found)
    counted: dict[tuple[str, str, str | None], int] = {}
    for entry in found:
        counted[entry] = counted.get(entry, 0) + 1
    return [Change(kind, path, count, to) for (kind, path, to), count in counted.items()]
