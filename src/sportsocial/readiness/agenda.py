"""The draft agenda of the next work session, from the open findings.

The facilitator's next question after "are we ready?" is "what do we discuss
next, with whom?". Open findings of the same rule at the same level become
one agenda item (a rule whose findings concern several levels, such as
missing work sessions, gives an item at each); items are grouped by level
(administrative first: the arc runs from deciding to doing) and ordered by
what blocks most — blockers before warnings, then by how
many findings the item covers. Each item says what to do (the rule's fix) and
who needs to be in the room.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from .._evaluation import evaluation_view
from ..i18n import Lang, Text, check_lang, day
from ..model import Engagement, Level, StakeholderKind
from ..privacy import check_names, name_ids, parties, party_names, shown_name, with_id
from ._registry import RULES
from .finding import Finding
from .report import Report

__all__ = ["Agenda", "AgendaItem", "agenda_from_report", "participants_for"]

_LEVELS = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE, None)


@attrs.frozen(kw_only=True)
class AgendaItem:
    """One point of the agenda: a rule's open findings, the fix, the people needed."""

    code: str
    level: Level | None
    blocking: bool
    findings: tuple[Text, ...]
    remedy: Text
    participants: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Agenda:
    """A draft agenda, to be edited by the facilitator."""

    municipality: str
    on: dt.date
    gate: str | None
    items: tuple[AgendaItem, ...]
    names: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)
    lang: Lang = attrs.field(default="en", eq=False, converter=check_lang)
    #: The gate's phase name in both languages (``None``: the gate ``all``).
    gate_name: Text | None = attrs.field(default=None, eq=False)

    def __str__(self) -> str:
        return self.to_markdown()

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready form."""

        def text(t: Text) -> Any:
            return t(lang) if lang else t.to_dict()

        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "gate": self.gate,
            "items": [
                {
                    "code": i.code,
                    "level": i.level.value if i.level else None,
                    "blocking": i.blocking,
                    "findings": [text(t) for t in i.findings],
                    "remedy": text(i.remedy),
                    "participants": list(i.participants),
                }
                for i in self.items
            ],
        }

    def to_markdown(self, lang: str | None = None) -> str:
        """The agenda as Markdown, ready to paste into an invitation (default: in ``self.lang``)."""
        lang = check_lang(lang or self.lang)
        title = Text(
            en=f"Draft agenda for the next work session — {self.municipality}",
            nl=f"Concept-agenda volgende werksessie — {self.municipality}",
        )
        intro = Text(
            en=f"Drafted on {day(self.on, 'en')} from the open findings for the gate "
            f"'{self.gate_name.en if self.gate_name else self.gate}'.",
            nl=f"Opgesteld op {day(self.on, 'nl')} uit de open bevindingen voor de poort "
            f"'{self.gate_name.nl if self.gate_name else self.gate}'.",
        )
        out = [f"# {title(lang)}", "", intro(lang), ""]
        if not self.items:
            out += [
                Text(
                    en="Nothing open: prepare the next step.",
                    nl="Niets open: bereid de volgende stap voor.",
                )(lang),
                "",
            ]
        number = 0
        for level in _LEVELS:
            items = [i for i in self.items if i.level is level]
            if not items:
                continue
            heading = (
                level.label(lang).capitalize()
                if level
                else Text(en="Across levels", nl="Niveau-overstijgend")(lang)
            )
            out += [f"## {heading}", ""]
            for item in items:
                number += 1
                tag = (
                    Text(en="blocking", nl="blokkeert")(lang)
                    if item.blocking
                    else Text(en="warning", nl="waarschuwing")(lang)
                )
                out.append(f"{number}. **{item.code}** ({tag})")
                out += [f"   - {t(lang)}" for t in item.findings]
                out.append(f"   - {Text(en='To do', nl='Te doen')(lang)}: {item.remedy(lang)}")
                if item.participants:
                    people = ", ".join(with_id(self.names.get(p, p), p) for p in item.participants)
                    out.append(f"   - {Text(en='In the room', nl='Aan tafel')(lang)}: {people}")
            out.append("")
        return "\n".join(out)

    # -- display (rendering lives in sportsocial.display) ---------------------------

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


def participants_for(
    engagement: Engagement, finding: Finding, on: dt.date | None = None
) -> tuple[str, ...]:
    """Who needs to be in the room for a finding, as stakeholder ids.

    The stakeholders the finding names, directly or through what it names (an
    action's owner, a stream's holder, a body's members); when that is nobody,
    the stakeholders of the finding's level (at executive level only civil
    society and agencies, at the other levels the municipality's own people);
    and always the facilitator, who chairs the session. Only those in office on
    the date are invited: an alderman who left is history.
    """
    by_id = {s.id: s for s in engagement.stakeholders if on is None or s.in_office_on(on)}
    actions = {a.id: a for a in engagement.plan.actions}
    streams = {s.id: s for s in engagement.funding}
    bodies = {b.id: b for b in engagement.governance}
    people: list[str] = []
    for ident in finding.ids:
        if ident in by_id:
            people.append(ident)
        elif ident in actions and actions[ident].owner:
            people.append(str(actions[ident].owner))
        elif ident in streams and streams[ident].holder:
            people.append(str(streams[ident].holder))
        elif ident in bodies:
            people.extend(m for m in bodies[ident].member_ids if m in by_id)
    if not people and finding.level is not None:
        municipal = {StakeholderKind.PORTFOLIO_HOLDER, StakeholderKind.MUNICIPAL_DEPARTMENT}
        for s in by_id.values():
            if s.level is not finding.level or s.kind is StakeholderKind.FACILITATOR:
                continue
            if finding.level is Level.EXECUTIVE or s.kind in municipal:
                people.append(s.id)
    facilitator = engagement.facilitator.stakeholder if engagement.facilitator else None
    if facilitator:
        people.append(facilitator)
    return tuple(dict.fromkeys(people))


def agenda_from_report(
    engagement: Engagement, report: Report, lang: str = "en", *, names: str = "show"
) -> Agenda:
    """Turn a report's open findings into a draft agenda (see module docstring), to read in ``lang``.

    ``names="hide"`` shows participants by role and id instead of their names
    (:func:`sportsocial.privacy.shown_name`).
    """
    check_names(names)
    view = evaluation_view(engagement, report.on).engagement
    named = party_names(parties(view), names, "nl")

    def message(f: Finding) -> Text:
        # the Dutch text gives the names of the stakeholders, bodies and streams by their ids
        return Text(en=f.message.en, nl=name_ids(f.message.nl, f.ids, named))

    grouped: dict[tuple[str, Level | None], list[Finding]] = {}
    for f in report.findings:
        if f.open:
            grouped.setdefault((f.code, f.level), []).append(f)
    items = []
    for (code, level), findings in grouped.items():
        participants: list[str] = []
        for f in findings:
            participants.extend(participants_for(view, f, report.on))
        items.append(
            AgendaItem(
                code=code,
                level=level,
                blocking=any(f.blocking for f in findings),
                findings=tuple(message(f) for f in findings),
                remedy=RULES[code].fix,
                participants=tuple(dict.fromkeys(participants)),
            )
        )
    order = {lv: i for i, lv in enumerate(_LEVELS)}
    items.sort(key=lambda i: (order[i.level], not i.blocking, -len(i.findings), i.code))
    return Agenda(
        municipality=report.municipality,
        on=report.on,
        gate=report.gate,
        gate_name=report.gate_name,
        items=tuple(items),
        names={s.id: shown_name(s.name, s.kind, s.id, names, lang) for s in view.stakeholders},
        lang=check_lang(lang),
    )
