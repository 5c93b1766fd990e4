"""The methodology step of reading an engagement document.

An engagement names its methodology (a shipped id, or a path relative to the
document). Reading the document resolves it, and an engagement whose phase
log names a phase the methodology lacks is invalid (``MET103``); a reference
that cannot be resolved is ``MET101`` (or ``MET102`` when the file is invalid,
``MET105`` when it lies outside the folders a document may name).
"""

from __future__ import annotations

import os

import attrs

from ..errors import InvalidDocument, Problem
from ..io.paths import json_path
from ..io.problems import closest, problem
from ..model import Engagement
from .library import SHIPPED, resolve_methodology

__all__ = ["check_methodology_reference"]


def check_methodology_reference(engagement: Engagement, source: str | None) -> list[Problem]:
    """Problems of the engagement's methodology reference and phase log."""
    base = os.path.dirname(source) if source and not source.startswith("<") else None
    ref = engagement.methodology
    try:
        m = resolve_methodology(ref, base)
    except InvalidDocument as exc:
        if exc.codes == ("MET105",):
            return [attrs.evolve(exc.problems[0], path="$.methodology", source=source)]
        if all(p.code in ("DOC001", "MET101") for p in exc.problems):
            return [
                problem(
                    "MET101",
                    "$.methodology",
                    source=source,
                    suggestion=closest(ref, SHIPPED),
                    ref=ref,
                    shipped=", ".join(SHIPPED),
                )
            ]
        detail = "; ".join(f"{p.path} {p.code}" for p in exc.problems[:5])
        return [problem("MET102", "$.methodology", source=source, ref=ref, detail=detail)]
    out: list[Problem] = []
    for i, entry in enumerate(engagement.phase_log):
        if entry.phase in m.phase_ids:
            gate = m.phase(entry.phase).gate
            rules = {*gate.must, *gate.should}
            out.extend(
                problem(
                    "MET104",
                    json_path(["phase_log", i, "waivers", j, "code"]),
                    source=source,
                    rule=w.code,
                    phase=entry.phase,
                )
                for j, w in enumerate(entry.waivers)
                if w.code not in rules
            )
        else:
            out.append(
                problem(
                    "MET103",
                    json_path(["phase_log", i, "phase"]),
                    source=source,
                    suggestion=closest(entry.phase, m.phase_ids),
                    phase=entry.phase,
                    ref=ref,
                    phases=", ".join(m.phase_ids),
                )
            )
    return out
