"""The network as text a facilitator can read in a terminal, in Dutch or English:
the measures, the brokers, and the gaps worth a conversation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from ..i18n import Text, day, number
from ..model import Level
from ..privacy import with_id
from .metrics import NetworkMetrics, VerticalLinkage

__all__ = ["network_text"]

#: How many brokers the text lists (all of them are in the metrics).
TOP_BROKERS = 5

_T = {
    "head": Text(en="Stakeholder network of {name}", nl="Netwerk van partners in {name}"),
    "on": Text(en="on {date}", nl="op {date}"),
    "measures": Text(en="Measures", nl="Kengetallen"),
    "stakeholders": Text(en="stakeholders", nl="partners"),
    "ties": Text(en="ties", nl="relaties"),
    "density": Text(en="density", nl="dichtheid"),
    "centralization": Text(en="degree centralization", nl="centralisatie (naar aantal relaties)"),
    "ei": Text(en="E-I index sport / social domain", nl="E-I-index sport / sociaal domein"),
    "ei_area": Text(en="  of sport / {area}", nl="  van sport / {area}"),
    "ei_counts": Text(en="{e} across, {i} within", nl="{e} over de grens, {i} binnen een kant"),
    "undefined": Text(en="undefined", nl="niet gedefinieerd"),
    "components": Text(en="components", nl="losse groepen"),
    "cross": Text(en="ties across levels", nl="relaties tussen niveaus"),
    "brokers": Text(en="Brokers (betweenness)", nl="Makelaars (tussenpositie)"),
    "more": Text(en="... and {n} more", nl="... en nog {n}"),
    "vertical": Text(
        en="Linked from administrative to executive level",
        nl="Verbonden van bestuurlijk tot uitvoerend niveau",
    ),
    "yes": Text(en="yes", nl="ja"),
    "no": Text(en="no", nl="nee"),
    "partial": Text(en="not present at both ends", nl="niet aan beide kanten aanwezig"),
    "gaps": Text(en="Gaps", nl="Lacunes"),
    "no_gaps": Text(en="none found", nl="geen gevonden"),
    "gap_ei": Text(
        en="no tie crosses between sport and the social domain",
        nl="geen enkele relatie loopt tussen sport en sociaal domein",
    ),
    "gap_spof": Text(
        en="sport and the social domain are connected only through: {ids}",
        nl="sport en sociaal domein zijn alleen verbonden via: {ids}",
    ),
    "gap_isolates": Text(
        en="stakeholders without any tie: {ids}", nl="partners zonder relatie: {ids}"
    ),
    "gap_split": Text(
        en="the network falls apart into {n} groups that do not reach each other",
        nl="het netwerk valt uiteen in {n} groepen die elkaar niet bereiken",
    ),
    "gap_executive": Text(
        en="executive partners without an official-level contact within two ties: {ids}",
        nl="uitvoerende partners zonder ambtelijk aanspreekpunt binnen twee stappen: {ids}",
    ),
    "gap_vertical": Text(
        en="present at administrative and executive level, but not linked between them: {domains}",
        nl="aanwezig op bestuurlijk en uitvoerend niveau, maar daartussen niet verbonden: {domains}",
    ),
}


def _names(graph: nx.Graph | None, ids: Iterable[str]) -> str:
    if graph is None:
        return ", ".join(ids)
    return ", ".join(
        with_id(str(graph.nodes[i].get("name", i)), i) if i in graph else i for i in ids
    )


def _ends(v: VerticalLinkage) -> bool:
    """Whether the domain has stakeholders at both the administrative and executive level."""
    return Level.ADMINISTRATIVE in v.levels and Level.EXECUTIVE in v.levels


def _gaps(m: NetworkMetrics, graph: nx.Graph | None, lang: str) -> list[str]:
    gaps = []
    if m.external_ties == 0 and m.stakeholders > 1:
        gaps.append(_T["gap_ei"](lang))
    if m.single_points_of_failure:
        gaps.append(_T["gap_spof"].format(ids=_names(graph, m.single_points_of_failure))(lang))
    if m.isolates:
        gaps.append(_T["gap_isolates"].format(ids=_names(graph, m.isolates))(lang))
    groups = [c for c in m.components if len(c) > 1]
    if len(groups) > 1:
        gaps.append(_T["gap_split"].format(n=len(groups))(lang))
    if m.unlinked_executive:
        gaps.append(_T["gap_executive"].format(ids=_names(graph, m.unlinked_executive))(lang))
    unlinked = [v.domain.label(lang) for v in m.vertical_linkage if _ends(v) and not v.linked]
    if unlinked:
        gaps.append(_T["gap_vertical"].format(domains="; ".join(unlinked))(lang))
    return gaps


def network_text(m: NetworkMetrics, graph: nx.Graph | None = None, lang: str = "en") -> str:
    """A readable summary of ``m``: measures, brokers, vertical linkage and gaps.

    With ``graph`` (the graph ``m`` was computed from) stakeholders are shown
    with their names, and the heading names the municipality and the date.
    """
    t = {k: v(lang) for k, v in _T.items()}
    head = (
        t["head"]
        .format(name=(graph.graph.get("municipality", "") if graph is not None else ""))
        .strip()
    )
    if graph is not None and graph.graph.get("on"):
        on = dt.date.fromisoformat(graph.graph["on"])
        head += " " + _T["on"].format(date=day(on, lang))(lang)
    if m.ei_index is None:
        ei = t["undefined"]
    else:
        counts = _T["ei_counts"].format(e=m.external_ties, i=m.internal_ties)(lang)
        sign = "+" if m.ei_index > 0 else ""
        ei = f"{sign}{number(m.ei_index, lang, 2)} ({counts})"
    rows = [
        (t["stakeholders"], number(m.stakeholders, lang)),
        (t["ties"], number(m.ties, lang)),
        (t["density"], number(m.density, lang, 2)),
        (t["centralization"], number(m.degree_centralization, lang, 2)),
        (t["ei"], ei),
    ]
    for area, value in m.ei_by_area:
        shown = t["undefined"] if value is None else number(value, lang, 2)
        rows.append((_T["ei_area"].format(area=area.text)(lang), shown))
    rows += [
        (t["components"], number(len(m.components), lang)),
        (t["cross"], number(m.cross_level_ties, lang)),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [head, "", t["measures"]]
    lines += [f"  {label:<{width}}  {value}" for label, value in rows]
    lines += ["", t["brokers"]]
    brokers = [(i, b) for i, b in m.betweenness if b > 0]
    if not brokers:
        lines.append("  -")
    for i, b in brokers[:TOP_BROKERS]:
        lines.append(f"  {number(b, lang, 2)}  {_names(graph, [i])}")
    if len(brokers) > TOP_BROKERS:
        lines.append("  " + _T["more"].format(n=len(brokers) - TOP_BROKERS)(lang))
    lines += ["", t["vertical"]]
    for v in m.vertical_linkage:
        levels = ", ".join(lv.label(lang) for lv in v.levels)
        answer = t["yes"] if v.linked else t["no"] if _ends(v) else t["partial"]
        lines.append(f"  {v.domain.label(lang)}: {answer} ({levels})")
    gaps = _gaps(m, graph, lang)
    lines += ["", t["gaps"]]
    lines += [f"  - {g}" for g in gaps] if gaps else [f"  {t['no_gaps']}"]
    return "\n".join(lines)
