"""What each section of the report says, in one language, ready to be laid out.

The HTML and the Markdown renderer share these functions, so the two forms of
the report always say the same. Texts may hold ``**bold**``; each renderer
turns it into its own markup. With names hidden, every text a person reads
passes through :func:`~.names.hide_in`.
"""

from __future__ import annotations

import attrs

from .._version import __version__
from ..alignment.funding import Contributor
from ..alignment.profile import INDEX_PARTS
from ..i18n import Lang, Text, day, number, plural
from ..model import Domain, Engagement, Funder, Level
from ..network.style import domain_label
from ..privacy import name_ids, party_names
from ..readiness.finding import Finding
from ..roadmap.model import Step
from .build import EngagementReport
from .names import display_names, facilitator_name, hide_in, replacements
from .words import W, eur, long_date, pct

__all__ = ["MAX_OPPORTUNITIES", "AgendaEntry", "Row", "View", "view"]

_LEVELS: tuple[Level | None, ...] = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE, None)
#: The word "day" in each language, for plural forms.
_DAYS = {"en": ("day", "days"), "nl": ("dag", "dagen")}

#: How many opportunities the report lists at most.
MAX_OPPORTUNITIES = 8

Row = tuple[str, ...]


@attrs.frozen(kw_only=True)
class AgendaEntry:
    """One agenda item as the report shows it."""

    code: str
    blocking: bool
    findings: tuple[str, ...]
    remedy: str
    participants: tuple[str, ...]


@attrs.frozen(kw_only=True)
class View:
    """The report's content in one language (see the module docstring)."""

    lang: Lang
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    names_hidden: bool
    phase_lines: tuple[str, ...]
    blocking: int | None
    ready: bool | None
    verdict: str
    counts: str
    blockers: tuple[tuple[str, tuple[Row, ...]], ...]
    warnings: tuple[Row, ...]
    index: str
    index_parts: tuple[tuple[str, float], ...]
    figures: tuple[tuple[str, str], ...]
    funds: tuple[Row, ...]
    network_lines: tuple[str, ...]
    pockets_header: Row
    pockets_rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    pockets_notes: tuple[str, ...]
    agenda: tuple[tuple[str, tuple[AgendaEntry, ...]], ...]
    roadmap_summary: tuple[str, ...]
    roadmap: tuple[Row, ...]
    #: false when the road cannot be planned (the summary says why)
    roadmap_planned: bool
    opportunities: tuple[Row, ...]
    footer: str

    def word(self, key: str) -> str:
        """A fixed word of the report (:data:`~.words.W`) in this view's language."""
        return W[key](self.lang)


def _level_heading(level: Level | None, lang: str) -> str:
    return level.label(lang).capitalize() if level else W["across"](lang)


def _number(value: float, lang: str) -> str:
    return number(value, lang, 2)


#: The noun of a runway, singular and plural, per language.
_MONTHS = {"en": ("month", "months"), "nl": ("maand", "maanden")}
_STAKEHOLDERS = {"en": ("stakeholder", "stakeholders"), "nl": ("partner", "partners")}
_TIES = {"en": ("tie", "ties"), "nl": ("relatie", "relaties")}


def _when(step: Step, lang: str) -> str:
    """The step's date, with the day it is needed by, and whether that is too late."""
    when = day(step.earliest, lang)
    if step.deadline is None:
        return when
    key = "roadmap_late" if step.late else "roadmap_deadline"
    return f"{when} ({W[key].format(date=day(step.deadline, lang))(lang)})"


def view(r: EngagementReport, lang: Lang) -> View:
    """Everything the report says, in ``lang``, names shown or hidden as ``r.names``."""
    eng = r.engagement
    shown = display_names(eng, r.names, lang)
    replaced = replacements(eng, r.names, lang)

    def say(text: Text) -> str:
        return hide_in(text(lang), replaced)

    # in Dutch, a finding names the stakeholders, bodies and streams beside their ids
    named = {**party_names(r.readiness.parties, "show", lang), **shown}

    def message(f: Finding) -> str:
        if lang == "en":
            return say(f.message)
        return hide_in(name_ids(f.message(lang), f.ids, named), replaced)

    def who(ids: tuple[str, ...]) -> str:
        return ", ".join(shown.get(i, i) for i in ids) or W["none"](lang)

    date = long_date(r.on, lang)
    facts = [(W["methodology"](lang), r.methodology.name(lang))]
    facilitator = facilitator_name(eng, r.names, lang)
    if facilitator:
        facts.append((W["facilitator"](lang), facilitator))

    st = r.status
    phase_lines: list[str] = []
    if st.phase is None:
        phase_lines.append(W["no_phase"](lang))
    else:
        since = st.since or r.on
        phase_lines.append(
            W["in_phase"].format(
                n=r.methodology.index(st.phase) + 1 if st.phase in r.methodology.phase_ids else "?",
                total=len(r.methodology.phases),
                phase=r.phase_name(st.phase, lang),
                level=st.level.label(lang) if st.level else "–",
                since=long_date(since, lang),
                days=st.days_in_phase or 0,
            )(lang)
        )
    phase_lines.append(
        W["next"].format(phase=r.phase_name(st.next_phase, lang))(lang)
        if st.next_phase
        else W["last"](lang)
    )

    rep = r.readiness
    gate_name = r.phase_name(rep.gate, lang)
    if rep.gate is None:
        ready: bool | None = None
        verdict = W["no_gate"](lang)
    else:
        ready = rep.ready
        if ready:
            verdict = W["ready"].format(phase=gate_name)(lang)
        elif len(rep.blockers) == 1:
            verdict = W["not_ready_one"].format(phase=gate_name)(lang)
        else:
            verdict = W["not_ready"].format(phase=gate_name, n=len(rep.blockers))(lang)
    blockers = tuple(
        (
            _level_heading(level, lang),
            tuple((f.code, message(f), say(f.remedy)) for f in findings if f.blocking),
        )
        for level, findings in rep.by_level().items()
        if any(f.blocking for f in findings)
    )

    a, f = r.alignment, r.alignment.funding
    if f.runway_months is None:
        runway = W["open_ended"](lang)
    else:
        runway = plural(round(f.runway_months), lang, *_MONTHS[lang])
    figures = (
        (W["total"](lang), eur(f.total_per_year, lang)),
        (W["shared"](lang), pct(f.shared_share, lang)),
        (W["structural"](lang), pct(f.structural_share, lang)),
        (
            W["mix"](lang),
            " / ".join(pct(v, lang) for v in (f.pooled_share, f.aligned_share, f.siloed_share)),
        ),
        (W["domains"](lang), str(f.contributing_domains)),
        (W["runway"](lang), runway),
        (
            W["joint"](lang),
            ", ".join(b.name for b in eng.governance if b.id in a.governance.joint_decision_bodies)
            or W["none"](lang),
        ),
        (
            W["continuity"](lang),
            ", ".join(d.label(lang) for d in a.governance.vertical_continuity) or W["none"](lang),
        ),
    )
    parts = tuple(
        (INDEX_PARTS[k](lang) if k in INDEX_PARTS else k, v) for k, v in a.index_parts.items()
    )
    funds = tuple(
        (
            _stream_name(eng, fund.stream),
            _contributor(c, shown, lang),
            eur(c.amount_per_year, lang),
            pct(c.share, lang),
            c.status.label(lang) if c.active else f"{c.status.label(lang)}, {W['not_paid'](lang)}",
        )
        for fund in f.funds
        for c in fund.contributors
    )

    n = r.network
    network_lines = [
        W["measures"].format(
            n=plural(n.stakeholders, lang, *_STAKEHOLDERS[lang]),
            ties=plural(n.ties, lang, *_TIES[lang]),
            density=_number(n.density, lang),
            ei="–" if n.ei_index is None else _number(n.ei_index, lang),
        )(lang)
    ]
    if n.single_points_of_failure:
        network_lines.append(W["spof"].format(who=who(n.single_points_of_failure))(lang))
    if n.isolates:
        network_lines.append(W["isolates"].format(who=who(n.isolates))(lang))

    m = r.pockets
    # rows: the domains that pay; columns: those that benefit (no empty column)
    domains = [d for d in Domain if m.paid_by(d)]
    benefiting = [d for d in Domain if m.benefit_of(d)]
    header: Row = (W["payer"](lang), *(domain_label(d.value, lang) for d in benefiting))
    rows = tuple(
        (
            domain_label(p.value, lang),
            tuple(
                (
                    eur(m.cells.get(p, {}).get(b, 0.0), lang) if m.cells.get(p, {}).get(b) else "",
                    "diagonal" if p is b else "off",
                )
                for b in benefiting
            ),
        )
        for p in domains
    )
    notes: list[str] = []
    if m.mismatch_share is None:
        notes.append(W["no_plan"](lang))
    else:
        notes.append(W["mismatch"].format(share=pct(m.mismatch_share, lang))(lang))
    if m.unattributed:
        notes.append(W["unattributed"].format(amount=eur(m.unattributed, lang))(lang))

    agenda = []
    for level in _LEVELS:
        items = [i for i in r.agenda.items if i.level is level]
        if items:
            agenda.append(
                (
                    _level_heading(level, lang),
                    tuple(
                        AgendaEntry(
                            code=i.code,
                            blocking=i.blocking,
                            findings=tuple(say(t) for t in i.findings),
                            remedy=say(i.remedy),
                            participants=tuple(shown.get(p, p) for p in i.participants),
                        )
                        for i in items
                    ),
                )
            )

    road = r.roadmap
    if road is None:
        roadmap_summary = [W["roadmap_beyond"](lang)]
    else:
        kickoff = road.earliest_kickoff
        roadmap_summary = [
            W["roadmap_kickoff"].format(date=day(kickoff.date, lang), why=say(kickoff.why))(lang)
        ]
        roadmap_summary += [
            W["roadmap_faster"].format(
                what=say(a.title),
                date=day(a.date, lang),
                days=plural(a.earlier_by_days, lang, *_DAYS[lang]),
            )(lang)
            for a in road.alternatives
        ]
    roadmap_rows = tuple(
        (
            _when(step, lang),
            say(step.title),
            step.level.label(lang) if step.level else "",
            ", ".join(shown.get(p, p) for p in step.participants),
            say(step.why),
        )
        for step in (road.steps if road is not None else ())
    )

    opportunities = tuple(
        (
            s.intervention.name(lang),
            s.intervention.kind.label(lang),
            pct(s.score, lang),
            s.reason(lang),
            s.intervention.financing(lang),
            s.flag(lang) if s.flag is not None else "",
        )
        for s in r.suggestions[:MAX_OPPORTUNITIES]
    )
    return View(
        lang=lang,
        title=W["title"].format(name=r.municipality)(lang),
        subtitle=W["subtitle"].format(date=date)(lang),
        facts=tuple(facts),
        names_hidden=r.names == "hide",
        phase_lines=tuple(phase_lines),
        blocking=len(rep.blockers) if st.next_phase else None,
        ready=ready,
        verdict=verdict,
        counts=W["counts"].format(
            **rep.counts,
            rules_nl=plural(rep.counts["rules"], "nl", "criterium", "criteria"),
            warnings_nl=plural(rep.counts["warnings"], "nl", "waarschuwing", "waarschuwingen"),
        )(lang),
        blockers=blockers,
        warnings=tuple((f.code, message(f), say(f.remedy)) for f in rep.warnings),
        index=_number(a.index, lang),
        index_parts=parts,
        figures=figures,
        funds=funds,
        network_lines=tuple(network_lines),
        pockets_header=header,
        pockets_rows=rows,
        pockets_notes=tuple(notes),
        agenda=tuple(agenda),
        roadmap_summary=tuple(roadmap_summary),
        roadmap=roadmap_rows,
        roadmap_planned=road is not None,
        opportunities=opportunities,
        footer=W["footer"].format(version=__version__, date=date)(lang),
    )


def _stream_name(engagement: Engagement, stream_id: str) -> str:
    stream = engagement.funding_stream(stream_id)
    return stream.name if stream is not None else stream_id


def _contributor(c: Contributor, shown: dict[str, str], lang: Lang) -> str:
    """Who pays a share: the domain, and who pays it when that is not the municipality."""
    who = c.domain.label(lang) if c.domain else c.funder.label(lang)
    if c.stakeholder is not None:
        return f"{who}, {shown.get(c.stakeholder, c.stakeholder)}"
    if c.domain is not None and c.funder is not Funder.MUNICIPALITY:
        return f"{who}, {c.funder.label(lang)}"
    return who
