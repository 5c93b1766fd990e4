"""What a notebook shows of each object, as data: a title, facts, and small tables.

Every rich display (HTML and Markdown) is built from one :class:`Summary`, so
the two never say different things and each object's summary is written once.
Labels exist in English and Dutch; values are the object's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..i18n import Text, day, whole_number
from ..research.tables import number

if TYPE_CHECKING:
    import datetime as dt

    from ..alignment import Alignment, Timeline
    from ..methodology import Status
    from ..model import Engagement
    from ..network import NetworkMetrics
    from ..readiness import Agenda, Report
    from ..research import Cohort, Sweep

__all__ = ["MAX_ROWS", "Summary", "SummaryTable", "summarize"]

#: Most rows a table in a summary shows; the rest is counted ("and 12 more").
MAX_ROWS = 15


@attrs.frozen
class SummaryTable:
    """A small table: a caption, column headings, rows of display strings."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    more: int = 0


@attrs.frozen
class Summary:
    """A title, a status line (``ok``: green, ``bad``: red, ``None``: neutral), facts and tables."""

    title: str
    facts: tuple[tuple[str, str], ...]
    tables: tuple[SummaryTable, ...] = ()
    verdict: str | None = None
    ok: bool | None = None


_L = {
    "phase": Text(en="phase", nl="fase"),
    "since": Text(en="since", nl="sinds"),
    "none": Text(en="none", nl="geen"),
    "methodology": Text(en="methodology", nl="methodiek"),
    "facilitator": Text(en="facilitator", nl="procesbegeleider"),
    "population": Text(en="inhabitants", nl="inwoners"),
    "contents": Text(en="Contents", nl="Inhoud"),
    "what": Text(en="what", nl="wat"),
    "number": Text(en="number", nl="aantal"),
    "stakeholders": Text(en="stakeholders", nl="partners"),
    "relations": Text(en="relations", nl="relaties"),
    "funding": Text(en="funding streams", nl="geldstromen"),
    "bodies": Text(en="governance bodies", nl="overleggen"),
    "decisions": Text(en="decisions", nl="besluiten"),
    "sessions": Text(en="work sessions", nl="werksessies"),
    "opportunities": Text(en="promising connections", nl="kansrijke verbindingen"),
    "obstacles": Text(en="obstacles", nl="hindernissen"),
    "goals": Text(en="goals", nl="doelen"),
    "actions": Text(en="plan actions", nl="acties in het plan"),
    "phase_log": Text(en="Phase log", nl="Fasenlogboek"),
    "entered": Text(en="entered", nl="betreden"),
    "decided_by": Text(en="decided by", nl="besloten door"),
    "ready": Text(en="ready", nl="gereed"),
    "not_ready": Text(en="not ready", nl="niet gereed"),
    "gate": Text(en="gate", nl="poort"),
    "on": Text(en="on", nl="op"),
    "rules": Text(en="rules evaluated", nl="regels getoetst"),
    "blockers": Text(en="blockers", nl="blokkades"),
    "warnings": Text(en="warnings", nl="waarschuwingen"),
    "waived": Text(en="waived", nl="ontheven"),
    "findings": Text(en="Findings", nl="Bevindingen"),
    "code": Text(en="code", nl="code"),
    "severity": Text(en="severity", nl="ernst"),
    "level": Text(en="level", nl="niveau"),
    "message": Text(en="finding", nl="bevinding"),
    "all_hold": Text(en="every criterion holds", nl="elk criterium is vervuld"),
    "days": Text(en="days in phase", nl="dagen in fase"),
    "next": Text(en="next phase", nl="volgende fase"),
    "last": Text(en="last phase", nl="laatste fase"),
    "reachable": Text(en="Reachable", nl="Bereikbaar"),
    "kind": Text(en="how", nl="hoe"),
    "items": Text(en="Agenda", nl="Agenda"),
    "blocking": Text(en="blocking", nl="blokkeert"),
    "warning": Text(en="warning", nl="waarschuwing"),
    "todo": Text(en="to do", nl="te doen"),
    "index": Text(en="alignment index", nl="afstemmingsindex"),
    "parts": Text(en="Parts of the index", nl="Onderdelen van de index"),
    "part": Text(en="part", nl="onderdeel"),
    "value": Text(en="value", nl="waarde"),
    "total": Text(en="money per year", nl="geld per jaar"),
    "shared": Text(en="shared funding", nl="gezamenlijke middelen"),
    "structural": Text(en="structural", nl="structureel"),
    "joint": Text(en="joint decision bodies", nl="gezamenlijke besluitvormende overleggen"),
    "runway": Text(en="runway (months)", nl="looptijd toegezegd geld (maanden)"),
    "open_ended": Text(en="open-ended", nl="onbepaald"),
    "ties": Text(en="ties", nl="relaties"),
    "density": Text(en="density", nl="dichtheid"),
    "centralization": Text(en="degree centralization", nl="centralisatie (naar aantal relaties)"),
    "ei": Text(en="E-I index sport/social", nl="E-I-index sport/sociaal"),
    "brokers": Text(en="Brokers", nl="Makelaars"),
    "spof": Text(en="single points of failure", nl="kwetsbare schakels"),
    "isolates": Text(en="isolates", nl="geïsoleerde partners"),
    "components": Text(en="components", nl="losse groepen"),
    "betweenness": Text(en="betweenness", nl="tussenpositie"),
    "stakeholder": Text(en="stakeholder", nl="partner"),
    "rows": Text(en="rows", nl="rijen"),
    "from_to": Text(en="period", nl="periode"),
    "documents": Text(en="documents", nl="documenten"),
    "evaluations": Text(en="evaluations", nl="beoordelingen"),
    "problems": Text(en="documents with problems", nl="documenten met problemen"),
    "every": Text(en="every", nl="elke"),
    "source": Text(en="document", nl="document"),
    "municipality": Text(en="municipality", nl="gemeente"),
    "problem": Text(en="problem", nl="probleem"),
    "parameter": Text(en="parameter", nl="parameter"),
    "rules_reading": Text(en="rules reading it", nl="regels die hem gebruiken"),
    "ready_share": Text(en="share ready", nl="aandeel gereed"),
    "blockers_mean": Text(en="blockers (mean)", nl="blokkades (gemiddeld)"),
}


def _date(value: dt.date, lang: str) -> str:
    """A date as the document stores it in English (as before), written out in Dutch."""
    return value.isoformat() if lang == "en" else day(value, lang)


def _t(key: str, lang: str) -> str:
    return _L[key](lang)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 2, *, lang: str = "en") -> str:
    """A decimal number with the decimal sign of ``lang`` (a comma in Dutch)."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def _signed(value: float, lang: str) -> str:
    text = f"{value:+.2f}"
    return text.replace(".", ",") if lang == "nl" else text


def _limited(caption: str, header: Sequence[str], rows: Sequence[tuple[str, ...]]) -> SummaryTable:
    shown = tuple(rows[:MAX_ROWS])
    return SummaryTable(caption, tuple(header), shown, max(0, len(rows) - MAX_ROWS))


def _facilitator_name(e: Engagement) -> str | None:
    """The facilitator's name (organisation or role)."""
    return e.facilitator.name if e.facilitator is not None else None


def _engagement(e: Engagement, lang: str) -> Summary:
    m = e.municipality
    facts = [(_t("phase", lang), e.phase or "–")]
    if e.phase_since is not None:
        facts.append((_t("since", lang), _date(e.phase_since, lang)))
    facts.append((_t("methodology", lang), e.methodology))
    name = _facilitator_name(e)
    if name:
        facts.append((_t("facilitator", lang), name))
    if m.population is not None:
        facts.append((_t("population", lang), whole_number(m.population, lang)))
    counts = [
        ("stakeholders", len(e.stakeholders)),
        ("relations", len(e.relations)),
        ("funding", len(e.funding)),
        ("bodies", len(e.governance)),
        ("decisions", len(e.decisions)),
        ("sessions", len(e.work_sessions)),
        ("opportunities", len(e.opportunities)),
        ("obstacles", len(e.obstacles)),
        ("goals", len(e.goals)),
        ("actions", len(e.plan.actions)),
    ]
    contents = _limited(
        _t("contents", lang),
        (_t("what", lang), _t("number", lang)),
        [(_t(k, lang), str(n)) for k, n in counts],
    )
    log = _limited(
        _t("phase_log", lang),
        (_t("phase", lang), _t("entered", lang), _t("decided_by", lang)),
        [(p.phase, _date(p.entered, lang), p.decided_by or "–") for p in e.phase_log],
    )
    tables = (contents, log) if e.phase_log else (contents,)
    return Summary(f"{m.name} ({m.cbs_code})", tuple(facts), tables)


def _phase_name(methodology: str, phase: str | None, lang: str) -> str | None:
    """A phase of a shipped methodology by its name in Dutch (English, and a phase of a
    methodology that is not shipped, keep the id)."""
    if lang == "en" or phase is None:
        return phase
    from ..methodology.library import resolve_methodology

    try:
        m = resolve_methodology(methodology)
    except Exception:  # a methodology file elsewhere, unreadable here: keep the id
        return phase
    return m.phase(phase).name(lang) if phase in m.phase_ids else phase


def _report(r: Report, lang: str) -> Summary:
    counts = r.counts
    facts = (
        (_t("gate", lang), (r.gate if lang == "en" else r.gate_label(lang)) or "–"),
        (_t("on", lang), _date(r.on, lang)),
        (_t("phase", lang), _phase_name(r.methodology, r.phase, lang) or "–"),
        (_t("rules", lang), str(counts["rules"])),
        (_t("blockers", lang), str(counts["blockers"])),
        (_t("warnings", lang), str(counts["warnings"])),
        (_t("waived", lang), str(counts["waived"])),
    )
    rows = [
        (
            f.code,
            f.severity.label(lang) + (f" ({_t('waived', lang)})" if f.waived else ""),
            f.level.label(lang) if f.level else "–",
            r.message(f, lang),
        )
        for f in r.findings
    ]
    table = _limited(
        _t("findings", lang),
        (_t("code", lang), _t("severity", lang), _t("level", lang), _t("message", lang)),
        rows,
    )
    verdict = _t("ready" if r.ready else "not_ready", lang)
    if not r.findings:
        verdict += f": {_t('all_hold', lang)}"
    return Summary(r.municipality, facts, (table,) if rows else (), verdict, r.ready)


#: How a phase can be reached, in Dutch (English shows the value, as before).
_KINDS_NL = {"start": "start", "next": "volgende", "skip": "sprong", "return": "terug"}


def _status(s: Status, lang: str) -> Summary:
    def phase(ident: str | None) -> str | None:
        # Dutch names a phase by its name; English keeps the id (as before)
        if lang == "en" or ident is None or ident not in s.methodology.phase_ids:
            return ident
        return s.methodology.phase(ident).name(lang)

    facts = [(_t("on", lang), _date(s.on, lang)), (_t("methodology", lang), s.methodology.id)]
    if s.phase is not None:
        name = s.methodology.phase(s.phase).name(lang)
        facts.append((_t("phase", lang), f"{name} [{s.phase}]"))
        facts.append((_t("since", lang), _date(s.since, lang) if s.since else "–"))
        facts.append((_t("days", lang), str(s.days_in_phase)))
        if s.level is not None:
            facts.append((_t("level", lang), s.level.label(lang)))
    else:
        facts.append((_t("phase", lang), "–"))
    facts.append((_t("next", lang), phase(s.next_phase) or _t("last", lang)))
    reach = _limited(
        _t("reachable", lang),
        (_t("phase", lang), _t("kind", lang), _t("ready", lang)),
        [
            (
                phase(r.phase) or r.phase,
                r.kind.value if lang == "en" else _KINDS_NL.get(r.kind.value, r.kind.value),
                "✓" if r.ready else "✗",
            )
            for r in s.reachable
        ],
    )
    tables = [reach] if s.reachable else []
    verdict, ok = None, None
    if s.next_gate is not None:
        ok = s.next_gate.ready
        verdict = f"{_t('gate', lang)} {phase(s.next_phase)}: " + _t(
            "ready" if ok else "not_ready", lang
        )
        from ..readiness import Report

        gate = s.next_gate
        blockers = [
            (str(f.code), gate.message(f, lang) if isinstance(gate, Report) else f.message(lang))
            for f in gate.blockers
        ]
        if blockers:
            tables.append(
                _limited(_t("blockers", lang), (_t("code", lang), _t("message", lang)), blockers)
            )
    return Summary(s.municipality, tuple(facts), tuple(tables), verdict, ok)


def _agenda(a: Agenda, lang: str) -> Summary:
    rows = [
        (
            i.code,
            i.level.label(lang) if i.level else "–",
            _t("blocking", lang) if i.blocking else _t("warning", lang),
            i.remedy(lang),
            ", ".join(a.names.get(p, p) for p in i.participants),
        )
        for i in a.items
    ]
    table = _limited(
        _t("items", lang),
        (
            _t("code", lang),
            _t("level", lang),
            _t("severity", lang),
            _t("todo", lang),
            _t("stakeholders", lang),
        ),
        rows,
    )
    facts = ((_t("on", lang), _date(a.on, lang)), (_t("gate", lang), a.gate or "–"))
    return Summary(a.municipality, facts, (table,) if rows else ())


def _alignment(a: Alignment, lang: str) -> Summary:
    from ..alignment import INDEX_PARTS

    f, g = a.funding, a.governance
    runway = (
        _t("open_ended", lang) if f.runway_months is None else _num(f.runway_months, 1, lang=lang)
    )
    facts = (
        (_t("on", lang), _date(a.on, lang)),
        (_t("phase", lang), a.phase or "–"),
        (_t("index", lang), _num(a.index, lang=lang)),
        (_t("total", lang), "EUR " + whole_number(f.total_per_year, lang)),
        (_t("shared", lang), _pct(f.shared_share)),
        (_t("structural", lang), _pct(f.structural_share)),
        (_t("joint", lang), ", ".join(g.joint_decision_bodies) or _t("none", lang)),
        (_t("runway", lang), runway),
    )
    parts = _limited(
        _t("parts", lang),
        (_t("part", lang), _t("value", lang)),
        [(INDEX_PARTS[k](lang), _num(v, lang=lang)) for k, v in a.index_parts.items()],
    )
    return Summary(a.municipality, facts, (parts,))


def _network(m: NetworkMetrics, lang: str) -> Summary:
    facts = (
        (_t("stakeholders", lang), str(m.stakeholders)),
        (_t("ties", lang), str(m.ties)),
        (_t("density", lang), _num(m.density, lang=lang)),
        (_t("centralization", lang), _num(m.degree_centralization, lang=lang)),
        (_t("ei", lang), "–" if m.ei_index is None else _signed(m.ei_index, lang)),
        (_t("components", lang), str(len(m.components))),
        (_t("spof", lang), ", ".join(m.single_points_of_failure) or _t("none", lang)),
        (_t("isolates", lang), ", ".join(m.isolates) or _t("none", lang)),
    )
    brokers = _limited(
        _t("brokers", lang),
        (_t("stakeholder", lang), _t("betweenness", lang)),
        [(i, _num(b, lang=lang)) for i, b in m.betweenness if b > 0],
    )
    title = Text(en="Stakeholder network", nl="Netwerk van partners")(lang)
    return Summary(title, facts, (brokers,) if brokers.rows else ())


def _timeline(ts: Timeline, lang: str) -> Summary:
    rows = [
        (
            _date(r.on, lang),
            r.phase or "–",
            whole_number(r.total_per_year, lang),
            _pct(r.shared_share),
            _pct(r.structural_share),
            _num(r.index, lang=lang),
        )
        for r in ts.rows
    ]
    header = (
        _t("on", lang),
        _t("phase", lang),
        _t("total", lang),
        _t("shared", lang),
        _t("structural", lang),
        _t("index", lang),
    )
    # the latest rows matter most: show the tail
    shown = rows[-MAX_ROWS:]
    table = SummaryTable(_t("rows", lang), header, tuple(shown), len(rows) - len(shown))
    span = f"{_date(ts.rows[0].on, lang)} – {_date(ts.rows[-1].on, lang)}" if ts.rows else "–"
    facts = ((_t("rows", lang), str(len(ts.rows))), (_t("from_to", lang), span))
    return Summary(ts.municipality, facts, (table,) if rows else ())


def _cohort(c: Cohort, lang: str) -> Summary:
    ready = sum(1 for r in c.rows if r["ready"])
    facts = [
        (_t("on", lang), _date(c.on, lang)),
        (_t("documents", lang), str(c.documents)),
        (_t("evaluations", lang), str(len(c.rows))),
        (_t("ready", lang), f"{ready} / {len(c.rows)}"),
        (_t("problems", lang), str(len(c.problems))),
    ]
    if c.every:
        facts.insert(1, (_t("every", lang), c.every))
    rows = [
        (
            str(r["municipality"]),
            str(r["on"]),
            str(r["phase"] or "–"),
            str(r["gate"] or "–"),
            "✓" if r["ready"] else "✗",
            str(r["blockers"]),
            _num(r["index"] if isinstance(r["index"], float) else None, lang=lang),
        )
        for r in c.rows
    ]
    table = _limited(
        _t("evaluations", lang),
        (
            _t("municipality", lang),
            _t("on", lang),
            _t("phase", lang),
            _t("gate", lang),
            _t("ready", lang),
            _t("blockers", lang),
            _t("index", lang),
        ),
        rows,
    )
    tables = [table] if rows else []
    if c.problems:
        problems = [(d.source, p.code, p.message(lang)) for d in c.problems for p in d.problems]
        tables.append(
            _limited(
                _t("problems", lang),
                (_t("source", lang), _t("code", lang), _t("problem", lang)),
                problems,
            )
        )
    title = Text(en="Cohort", nl="Cohort")(lang)
    return Summary(title, tuple(facts), tuple(tables))


def _sweep(s: Sweep, lang: str) -> Summary:
    t = s.summary_table()
    rows = [
        (
            _num(number(r["value"]), 3, lang=lang),
            str(r["evaluations"]),
            str(r["ready"]),
            _pct(r["ready_share"] if isinstance(r["ready_share"], float) else None),
            _num(r["blockers_mean"] if isinstance(r["blockers_mean"], float) else None, lang=lang),
        )
        for r in t.records
    ]
    table = _limited(
        s.parameter,
        (
            _t("value", lang),
            _t("evaluations", lang),
            _t("ready", lang),
            _t("ready_share", lang),
            _t("blockers_mean", lang),
        ),
        rows,
    )
    facts = (
        (_t("parameter", lang), s.parameter),
        (_t("rules_reading", lang), ", ".join(s.rules) or _t("none", lang)),
    )
    return Summary(Text(en="Sweep", nl="Parameterverkenning")(lang), facts, (table,))


def _builders() -> dict[type, Callable[[Any, str], Summary]]:
    from ..alignment import Alignment, Timeline
    from ..methodology import Status
    from ..model import Engagement
    from ..network import NetworkMetrics
    from ..readiness import Agenda, Report
    from ..research import Cohort, Sweep

    return {
        Engagement: _engagement,
        Report: _report,
        Status: _status,
        Agenda: _agenda,
        Alignment: _alignment,
        NetworkMetrics: _network,
        Timeline: _timeline,
        Cohort: _cohort,
        Sweep: _sweep,
    }


def summarize(obj: object, lang: str) -> Summary:
    """The summary of ``obj`` in ``lang``; ``TypeError`` for an object without one."""
    builder = _builders().get(type(obj))
    if builder is None:
        raise TypeError(f"no summary for {type(obj).__name__}")
    return builder(obj, lang)
