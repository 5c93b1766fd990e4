"""SARIF 2.1.0 output, for tools that show code-scanning results.

Each finding becomes a result whose location is the engagement document (an
artifact URI) plus the JSON path as a logical location; waived findings are
kept, with an external suppression carrying the waiver's justification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._version import __version__
from ._registry import RULES

if TYPE_CHECKING:
    from .report import Report

__all__ = ["SARIF_SCHEMA_URI", "render_sarif"]

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def render_sarif(report: Report, lang: str = "en", uri: str | None = None) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a JSON-ready dict)."""
    codes = sorted({f.code for f in report.findings} | {c for c, _ in report.evaluated})
    index = {code: i for i, code in enumerate(codes)}
    severity = dict(report.evaluated)
    rules = []
    for code in codes:
        r = RULES[code]
        level = severity.get(code, r.severity).value
        rules.append(
            {
                "id": code,
                "name": r.name,
                "shortDescription": {"text": r.what(lang)},
                "fullDescription": {"text": r.why(lang)},
                "help": {"text": r.fix(lang)},
                "defaultConfiguration": {"level": level},
                "properties": {
                    "family": r.family.value,
                    "dimension": r.dimension.value,
                    "level": r.level.value if r.level else None,
                },
            }
        )
    results = []
    for f in report.findings:
        location: dict[str, Any] = {
            "logicalLocations": [{"fullyQualifiedName": f.path, "kind": "member"}]
        }
        if uri:
            location["physicalLocation"] = {"artifactLocation": {"uri": uri}}
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": f.severity.value,
            "message": {"text": f.message(lang)},
            "locations": [location],
            "properties": {"jsonPath": f.path, "ids": list(f.ids), "remedy": f.remedy(lang)},
        }
        if f.waived is not None:
            result["suppressions"] = [
                {
                    "kind": "external",
                    "status": "accepted",
                    "justification": f"{f.waived.reason} ({f.waived.decided_by}, {f.waived.date.isoformat()})",
                }
            ]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sportsocial",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
                "properties": {
                    "municipality": report.municipality,
                    "gate": report.gate,
                    "on": report.on.isoformat(),
                    "ready": report.ready,
                },
            }
        ],
    }
