"""Checking a methodology's gates against the rule registry: where both are known.

A methodology names rules in its gates and sets their parameters; the
methodology package itself knows nothing of the rules (data flows one way).
This module adds the check to :data:`sportsocial.methodology.library.METHODOLOGY_CHECKS`
when the readiness engine is imported, so every methodology loaded from then on
is checked against every registered rule, plug-ins included.
"""

from __future__ import annotations

import os

from ..errors import Problem
from ..io.paths import json_path
from ..io.problems import closest, problem
from ..methodology import library
from ..methodology.library import METHODOLOGY_CHECKS
from ..methodology.model import Methodology, Parameter
from ._registry import RULES
from .registry import parameter_bounds, parameter_names

__all__ = ["check_gate_rules", "load_methodology"]

#: The rule that checks the session levels a gate asks for.
SESSION_RULE = "PRC103"


def check_gate_rules(m: Methodology, source: str | None = None) -> list[Problem]:
    """Gate criteria and parameters that the registry does not know (``MET204``,
    ``MET206``), parameters out of range (``MET207``), session levels no rule
    checks (``MET208``)."""
    out: list[Problem] = []
    for i, phase in enumerate(m.phases):
        for key in ("must", "should"):
            for j, code in enumerate(getattr(phase.gate, key)):
                if code not in RULES:
                    out.append(
                        problem(
                            "MET204",
                            json_path(["phases", i, "gate", key, j]),
                            source=source,
                            suggestion=closest(code, RULES),
                            rule=code,
                        )
                    )
        if phase.gate.session_levels and SESSION_RULE not in {*phase.gate.must, *phase.gate.should}:
            path = json_path(["phases", i, "gate", "session_levels"])
            out.append(problem("MET208", path, source=source))
    known = parameter_names()
    bounds = parameter_bounds()
    located: list[tuple[str, Parameter]] = [
        (json_path(["phases", i, "gate", "parameters", j]), param)
        for i, phase in enumerate(m.phases)
        for j, param in enumerate(phase.gate.parameters)
    ] + [(json_path(["parameters", j]), param) for j, param in enumerate(m.parameters)]
    for where, param in located:
        if param.name not in known:
            out.append(problem("MET206", f"{where}.name", source=source, name=param.name))
            continue
        low, high = bounds[param.name]
        if param.value < low or (high is not None and param.value > high):
            out.append(
                problem(
                    "MET207",
                    f"{where}.value",
                    source=source,
                    name=param.name,
                    value=param.value,
                    low=low,
                    high="" if high is None else high,
                )
            )
    return out


if check_gate_rules not in METHODOLOGY_CHECKS:
    METHODOLOGY_CHECKS.append(check_gate_rules)


def load_methodology(ref: str | os.PathLike[str]) -> Methodology:
    """Load a methodology, a shipped one by id or a document by path, and check its
    gates against every registered rule (plug-ins included): every problem at once.

    Raises
    ------
    InvalidDocument
        With every problem found, each with a ``MET`` (or ``SCH``, ``DOC``) code.

    Examples
    --------
    >>> load_methodology("five-step").phase_ids[0]
    'baseline'
    """
    return library.load_methodology(ref)
