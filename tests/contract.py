"""The published contract, and the record that every change to it is in the changelog.

What other programs rely on — the JSON Schemas sportsocial publishes, the
readiness rule codes (with name, severity, level, status), the document
problem codes, and the command line's exit codes — is summed up in
:func:`current_contract`. ``tests/snapshots/contract.json`` holds the contract
as last accepted, and beside it, for each accepted change, the CHANGELOG.md
line that announced it.

``tests/test_contract.py`` fails when the contract differs from the snapshot,
or when a recorded changelog line has gone. ``tools/contract.py --update``
accepts a change only when CHANGELOG.md has a line that was not there at the
last update and that names the change (see :func:`mention_for`), and then
records that line.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "snapshots" / "contract.json"
CHANGELOG = ROOT / "CHANGELOG.md"
UPDATE_COMMAND = "python tools/contract.py --update"


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def current_contract() -> dict[str, dict[str, Any]]:
    """The contract of the code as it is now, as flat items per kind."""
    from sportsocial.catalogue import catalogue_schema
    from sportsocial.cli import EXIT_CODES
    from sportsocial.io import PROBLEM_CODES, engagement_schema
    from sportsocial.methodology import methodology_schema
    from sportsocial.readiness.registry import REMOVED, RULES
    from sportsocial.readiness.report import report_schema

    rules: dict[str, Any] = {
        code: {
            "name": r.name,
            "family": r.family.value,
            "severity": r.severity.value,
            "level": r.level.value if r.level else None,
            "status": r.status,
        }
        for code, r in sorted(RULES.items())
    }
    rules.update({code: {"removed": True, "successor": s} for code, s in sorted(REMOVED.items())})
    return {
        "schema": {
            "engagement": _digest(engagement_schema()),
            "methodology": _digest(methodology_schema()),
            "report": _digest(report_schema()),
            "catalogue": _digest(catalogue_schema()),
        },
        "rule": rules,
        "problem": {code: p.name for code, p in sorted(PROBLEM_CODES.items())},
        "exit": {str(code): en for code, (en, _) in sorted(EXIT_CODES.items())},
    }


def changes(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """Keys (``kind:item``) that were added, removed or changed between two contracts."""
    out = []
    for kind in sorted(set(old) | set(new)):
        a, b = old.get(kind, {}), new.get(kind, {})
        out += [f"{kind}:{item}" for item in sorted(set(a) | set(b)) if a.get(item) != b.get(item)]
    return out


def mention_for(key: str) -> re.Pattern[str]:
    """What a changelog line must contain to announce the change ``key``.

    A rule or problem code: the code (``GOV101``, ``DOC008``). A schema:
    "schema" and its name (engagement, methodology, report, catalogue; a
    ``schema_version`` line counts for the engagement). An exit code: "exit
    code" and the number.
    """
    kind, _, item = key.partition(":")
    if kind in ("rule", "problem"):
        return re.compile(rf"\b{re.escape(item)}\b")
    if kind == "schema":
        if item == "engagement":
            return re.compile(r"schema_version|engagement\b.*\bschema|schema\b.*\bengagement", re.I)
        return re.compile(rf"{item}\b.*\bschema|schema\b.*\b{item}", re.I)
    return re.compile(rf"exit code.*\b{re.escape(item)}\b|\b{re.escape(item)}\b.*exit code", re.I)


def line_hash(line: str) -> str:
    return hashlib.sha256(line.strip().encode("utf-8")).hexdigest()[:16]


def changelog_lines() -> list[str]:
    return [
        line.strip() for line in CHANGELOG.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def read_snapshot() -> dict[str, Any] | None:
    if not SNAPSHOT.exists():
        return None
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def unannounced(snapshot: dict[str, Any] | None, contract: dict[str, Any]) -> dict[str, str | None]:
    """For each change since ``snapshot``: the new changelog line naming it, or ``None``."""
    if snapshot is None:
        return {}
    known = set(snapshot["changelog"]["lines"])
    fresh = [line for line in changelog_lines() if line_hash(line) not in known]
    found: dict[str, str | None] = {}
    for key in changes(snapshot["contract"], contract):
        pattern = mention_for(key)
        found[key] = next((line for line in fresh if pattern.search(line)), None)
    return found


def update() -> tuple[bool, dict[str, str | None]]:
    """Record the current contract when every change is announced; return (done, findings)."""
    snapshot = read_snapshot()
    contract = current_contract()
    found = unannounced(snapshot, contract)
    if any(line is None for line in found.values()):
        return False, found
    mentions = dict(snapshot["changelog"]["mentions"]) if snapshot else {}
    mentions.update({key: line for key, line in found.items() if line is not None})
    data = {
        "about": "The published contract as last accepted; regenerate with " + UPDATE_COMMAND,
        "contract": contract,
        "changelog": {
            "mentions": dict(sorted(mentions.items())),
            "lines": sorted({line_hash(line) for line in changelog_lines()}),
        },
    }
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return True, found
