"""Hypothetical changes: the engagement as it would be had a step been taken on a date.

Each function takes the engagement, the day the step is taken, the ids the
step's findings name, and options, and returns a changed copy
(``attrs.evolve``): a decision recorded by the college or the council, seats
in a body, streams pooled or committed. What it records is what the rules
look for, no more: a mandate granted by a recorded decision of the college,
a budget amendment of the council naming the streams it covers. The result is
a valid document, so it can be saved, checked and given to
:func:`~sportsocial.roadmap.roadmap` again.

A change that cannot be made (no college among the stakeholders to decide,
no joint steering group to pool money under) raises :class:`NotApplicable`
with the reason in both languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import attrs

from ..errors import SportsocialError
from ..i18n import Text, day_text
from ..model import (
    Decision,
    DecisionKind,
    Domain,
    Engagement,
    Funder,
    FundingIntegration,
    FundingStatus,
    FundingStream,
    GovernanceBody,
    GovernanceKind,
    Level,
    Mandate,
    MandateKind,
    Membership,
    Period,
    Stakeholder,
    StakeholderKind,
    WorkSession,
)

__all__ = [
    "ChangeFunction",
    "NotApplicable",
    "adopt_ambition",
    "adopt_approach",
    "adopt_budget",
    "anchor",
    "commit_holders",
    "grant_mandate",
    "hold_session",
    "pool",
    "reconfirm",
]

#: A change: (engagement, day taken, ids the findings name, options) -> changed engagement.
ChangeFunction = Callable[[Engagement, dt.date, tuple[str, ...], Mapping[str, object]], Engagement]


class NotApplicable(SportsocialError, ValueError):
    """A step cannot be applied to the engagement as a change; ``message`` says why."""

    def __init__(self, message: Text) -> None:
        self.message = message
        super().__init__(message.en)


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


# -- who is there ---------------------------------------------------------------------


def _all_ids(e: Engagement) -> set[str]:
    """Every id of the document (they are unique across it)."""
    ids = {
        x.id
        for group in (
            e.stakeholders,
            e.funding,
            e.governance,
            e.decisions,
            e.work_sessions,
            e.opportunities,
            e.obstacles,
            e.goals,
            e.inventory,
            e.plan.actions,
        )
        for x in group
    }
    ids |= {i.id for g in e.goals for i in g.indicators if i.id is not None}
    return ids


def _new_id(e: Engagement, base: str) -> str:
    taken = _all_ids(e)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _institution(e: Engagement, kind: StakeholderKind) -> str | None:
    return next((s.id for s in e.stakeholders if s.kind is kind), None)


def _holders(e: Engagement, on: dt.date, social: bool) -> list[Stakeholder]:
    from ..readiness.rules._common import holders

    return holders(e, on, social)


def _social_domains(e: Engagement, on: dt.date) -> tuple[Domain, ...]:
    """The social-domain areas a binding decision names: the engagement's, else the holders'."""
    own = [d for d in e.domains if d.is_social]
    if own:
        return tuple(own)
    held = [d for h in _holders(e, on, True) for d in h.domains_on(on) if d.is_social]
    return tuple(dict.fromkeys(held))


def _both(e: Engagement, on: dt.date) -> tuple[Domain, ...]:
    social = _social_domains(e, on)
    if not social:
        raise NotApplicable(
            T(
                "the engagement names no social-domain area for a decision to bind to sport",
                "het traject noemt geen deel van het sociaal domein om met sport te verbinden",
            )
        )
    return (Domain.SPORT, *social)


def _decider(e: Engagement, on: dt.date, council: bool = False) -> str:
    """The college (or the council), else a portfolio holder in office; else refuse."""
    kinds = (
        (StakeholderKind.COUNCIL, StakeholderKind.COLLEGE)
        if council
        else (StakeholderKind.COLLEGE, StakeholderKind.COUNCIL)
    )
    for kind in kinds:
        found = _institution(e, kind)
        if found is not None:
            return found
    if not council:
        for social in (False, True):
            present = _holders(e, on, social)
            if present:
                return present[0].id
    raise NotApplicable(
        T(
            "no college or council among the stakeholders to take the decision",
            "geen college of raad bij de partners om het besluit te nemen",
        )
    )


def _decide(
    e: Engagement,
    on: dt.date,
    kind: DecisionKind,
    title: str,
    by: str,
    domains: tuple[Domain, ...] = (),
    funding: tuple[str, ...] = (),
    confirms: tuple[str, ...] = (),
    base: str = "besluit",
) -> tuple[Engagement, str]:
    decision = Decision(
        id=_new_id(e, base),
        kind=kind,
        date=on,
        title=title,
        by=by,
        domains=domains,
        funding=funding,
        confirms=confirms,
    )
    return attrs.evolve(e, decisions=(*e.decisions, decision)), decision.id


def _replace(
    items: Iterable[GovernanceBody], old: GovernanceBody, new: GovernanceBody
) -> tuple[GovernanceBody, ...]:
    return tuple(new if x is old else x for x in items)


# -- the changes ----------------------------------------------------------------------


def reconfirm(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The college (new since the election) reconfirms the decisions ``ids``: it adopts the
    ambition again, listing them under ``confirms`` (the adoption of the plan is a step of
    its own)."""
    known = tuple(i for i in ids if (d := e.decision(i)) is not None and d.date <= on)
    domains = tuple(
        dict.fromkeys(x for i in known if (d := e.decision(i)) is not None for x in d.domains)
    )
    changed, _ = _decide(
        e,
        on,
        DecisionKind.AMBITION,
        "Nieuw college bevestigt ambitie en mandaat (wat-als)",
        _decider(e, on),
        domains=domains or _both(e, on),
        confirms=known,
        base="herbevestiging",
    )
    return changed


def commit_holders(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The portfolio holders of sport and of the social domain in office commit: an
    administrative work session with them, and the college's commission to them
    (a decision naming sport and the social domain)."""
    present = [*_holders(e, on, False), *_holders(e, on, True)]
    if not present:
        raise NotApplicable(
            T(
                "no portfolio holder of sport or of the social domain is in office on {on}",
                "er is op {on} geen portefeuillehouder sport of sociaal domein in functie",
            ).format(on=day_text(on))
        )
    people = tuple(dict.fromkeys(h.id for h in present))
    e = hold_session(e, on, (), {"level": Level.ADMINISTRATIVE, "participants": people})
    college = _institution(e, StakeholderKind.COLLEGE)
    domains = _both(e, on)
    title = "Opdracht aan de portefeuillehouders sport en sociaal domein (wat-als)"
    if college is not None:
        e, _ = _decide(
            e, on, DecisionKind.PORTFOLIO_COMMISSION, title, college, domains, base="opdracht"
        )
        return e
    for holder in people:
        e, _ = _decide(
            e, on, DecisionKind.PORTFOLIO_COMMISSION, title, holder, domains, base="opdracht"
        )
    return e


def adopt_ambition(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The college adopts an ambition naming sport and the social domain."""
    changed, _ = _decide(
        e,
        on,
        DecisionKind.AMBITION,
        "Gedeelde ambitie sport en sociaal domein (wat-als)",
        _decider(e, on),
        _both(e, on),
        base="ambitie",
    )
    return changed


def _administrative_bodies(
    e: Engagement, on: dt.date, ids: tuple[str, ...]
) -> list[GovernanceBody]:
    named = [b for b in e.governance if b.id in ids and b.period.contains(on)]
    if named:
        return named
    active = [b for b in e.governance if b.level is Level.ADMINISTRATIVE and b.period.contains(on)]
    return active[:1]


def grant_mandate(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The college grants the steering group a decision mandate, and the portfolio holders
    of sport and of the social domain in office take a seat in it.

    The bodies the findings name (``ids``), else the first administrative body
    active on ``on``; without one, a new steering group is formed.
    """
    grantor = _decider(e, on)
    author = e.stakeholder(grantor)
    if author is None or author.kind not in (StakeholderKind.COLLEGE, StakeholderKind.COUNCIL):
        raise NotApplicable(
            T(
                "only the college or the council can grant a mandate, and neither is among the stakeholders",
                "alleen het college of de raad kan mandaat verlenen, en geen van beide staat bij de partners",
            )
        )
    e, grant = _decide(
        e,
        on,
        DecisionKind.MANDATE,
        "College mandateert de stuurgroep sport en sociaal domein (wat-als)",
        grantor,
        _both(e, on),
        base="mandaat",
    )
    people = [*_holders(e, on, False), *_holders(e, on, True)]
    bodies = _administrative_bodies(e, on, ids)
    mandate = Mandate(kind=MandateKind.DECISION, granted_by=grant)
    if not bodies:
        body = GovernanceBody(
            id=_new_id(e, "stuurgroep"),
            name="Stuurgroep sport en sociaal domein",
            kind=GovernanceKind.STEERING_GROUP,
            level=Level.ADMINISTRATIVE,
            mandate=mandate,
            period=Period(start=on),
            members=tuple(Membership(stakeholder=h, start=on) for h in _ids_of(people)),
        )
        return attrs.evolve(e, governance=(*e.governance, body))
    governance = e.governance
    for body in bodies:
        seated = set(body.members_on(on))
        seats = tuple(
            Membership(stakeholder=h, start=on) for h in _ids_of(people) if h not in seated
        )
        new = attrs.evolve(body, mandate=mandate, members=(*body.members, *seats))
        governance = _replace(governance, body, new)
    return attrs.evolve(e, governance=governance)


def _strings(value: object) -> tuple[str, ...]:
    """An option naming ids: one id, or an iterable of them."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    raise NotApplicable(T("expected ids, got {v!r}", "ids verwacht, kreeg {v!r}").format(v=value))


def _ids_of(people: Iterable[Stakeholder]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.id for p in people))


def _joint_body(e: Engagement, on: dt.date) -> GovernanceBody:
    from ..alignment.governance import joint_decision_bodies

    joint = set(joint_decision_bodies(e, on))
    for b in e.governance:
        if b.id in joint and b.level is Level.ADMINISTRATIVE:
            return b
    raise NotApplicable(
        T(
            "no joint steering group with a mandate of the college decides on {on}: "
            "the step 'joint-body' comes first",
            "op {on} beslist geen gezamenlijke stuurgroep met mandaat van het college: "
            "eerst moet het college de stuurgroep instellen en haar mandaat geven "
            "(stap 'joint-body')",
        ).format(on=day_text(on))
    )


def _paid_on(stream: FundingStream, on: dt.date) -> bool:
    return any(p.active_on(on) and p.status is not FundingStatus.ENDED for p in stream.parts())


def pool(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The joint steering group pools streams under its decision.

    Option ``streams``: the ids to pool (default: every stream paid on ``on``
    whose money is booked on sport or a social-domain area). The streams must
    hold money of sport and of the social domain, or pooling shares nothing.
    """
    body = _joint_body(e, on)
    wanted = options.get("streams")
    if wanted is not None:
        names = _strings(wanted)
        unknown = [i for i in names if e.funding_stream(i) is None]
        if unknown:
            raise NotApplicable(
                T("no funding stream {ids}", "geen geldstroom {ids}").format(ids=", ".join(unknown))
            )
        chosen = [s for s in e.funding if s.id in names]
    else:
        chosen = [
            s for s in e.funding if _paid_on(s, on) and any(p.domain is not None for p in s.parts())
        ]
    domains = {p.domain for s in chosen for p in s.parts() if p.domain is not None}
    if Domain.SPORT not in domains or not any(d.is_social for d in domains):
        held = ", ".join(sorted(d.value for d in domains)) or "-"
        held_nl = ", ".join(sorted(d.label("nl") for d in domains)) or "-"
        raise NotApplicable(
            T(
                "pooling needs money of sport and of the social domain paid on {on}; there is only: {held}",
                "bundelen vraagt geld van sport en van het sociaal domein dat op {on} loopt; er is alleen: {held_nl}",
            ).format(on=day_text(on), held=held, held_nl=held_nl)
        )
    pooled = {s.id for s in chosen}
    funding = tuple(
        attrs.evolve(s, integration=FundingIntegration.POOLED) if s.id in pooled else s
        for s in e.funding
    )
    controls = (*body.controls, *(i for i in sorted(pooled) if i not in body.controls))
    governance = _replace(e.governance, body, attrs.evolve(body, controls=controls))
    return attrs.evolve(e, funding=funding, governance=governance)


_PENDING = (FundingStatus.PROPOSED, FundingStatus.UNDER_REVIEW)


def _commit(stream: FundingStream, on: dt.date) -> FundingStream:
    """The municipality's own money of the stream committed on ``on``: the council
    cannot commit what the state, an insurer or a fund pays, and money waiting for a
    tender or a grant decision stays waiting."""
    if stream.contributions and stream.status is None:
        contributions = tuple(
            attrs.evolve(c, status=None, committed=on)
            if c.current_status in _PENDING
            and c.source.funder is Funder.MUNICIPALITY
            and not (c.period or stream.period).ended_by(on)
            else c
            for c in stream.contributions
        )
        return attrs.evolve(stream, contributions=contributions)
    if stream.current_status in _PENDING and stream.funder is Funder.MUNICIPALITY:
        return attrs.evolve(stream, status=None, committed=on)
    return stream


def adopt_budget(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The council adopts the money in a budget amendment (option ``route="begroting"``:
    in the begroting): a decision naming the pooled and aligned streams and those
    the plan relies on, which are committed from ``on``."""
    council = _institution(e, StakeholderKind.COUNCIL)
    if council is None:
        raise NotApplicable(
            T(
                "no council among the stakeholders to adopt the money (the budget right is the council's)",
                "geen raad bij de partners om het geld vast te stellen (het budgetrecht is van de raad)",
            )
        )
    planned = {f for a in e.plan.actions for f in a.funding}
    streams = tuple(
        s.id
        for s in e.funding
        if not s.period.ended_by(on)
        and (s.integration is not FundingIntegration.SILOED or s.id in planned or s.id in ids)
    )
    if not streams:
        raise NotApplicable(
            T(
                "no pooled, aligned or planned money for the council to adopt",
                "geen gebundeld, afgestemd of ingepland geld voor de raad om vast te stellen",
            )
        )
    kind = (
        DecisionKind.COUNCIL_BUDGET
        if options.get("route") == "begroting"
        else DecisionKind.BUDGET_AMENDMENT
    )
    domains = tuple(
        dict.fromkeys(
            p.domain
            for s in e.funding
            if s.id in streams
            for p in s.parts()
            if p.domain is not None
        )
    )
    e, _ = _decide(
        e,
        on,
        kind,
        "Raad stelt het gezamenlijke geld vast (wat-als)",
        council,
        domains,
        funding=streams,
        base="begrotingswijziging" if kind is DecisionKind.BUDGET_AMENDMENT else "begroting",
    )
    funding = tuple(_commit(s, on) if s.id in streams else s for s in e.funding)
    return attrs.evolve(e, funding=funding)


def adopt_approach(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The college adopts the approach and the implementation plan, naming both domains."""
    college = _decider(e, on)
    changed, _ = _decide(
        e,
        on,
        DecisionKind.COLLEGE_DECISION,
        "College stelt de aanpak en het uitvoeringsplan vast (wat-als)",
        college,
        _both(e, on),
        base="vaststelling",
    )
    return changed


def anchor(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """The college anchors the approach in the sport policy and in the social-domain policy."""
    college = _decider(e, on)
    social = _social_domains(e, on)
    e, _ = _decide(
        e,
        on,
        DecisionKind.ANCHORING,
        "Sportbeleid neemt de aanpak over (wat-als)",
        college,
        (Domain.SPORT,),
        base="verankering-sport",
    )
    if social:
        e, _ = _decide(
            e,
            on,
            DecisionKind.ANCHORING,
            "Beleid sociaal domein neemt de aanpak over (wat-als)",
            college,
            social,
            base="verankering-sociaal",
        )
    return e


def hold_session(
    e: Engagement, on: dt.date, ids: tuple[str, ...], options: Mapping[str, object]
) -> Engagement:
    """A work session on ``on`` at the level of option ``level`` (a :class:`Level` or its
    value), with the stakeholders of option ``participants`` who take part on that day."""
    raw = options.get("level", Level.OFFICIAL)
    level = raw if isinstance(raw, Level) else Level(str(raw))
    wanted = options.get("participants", ())
    present = {
        s.id
        for s in e.stakeholders
        if s.in_office_on(on) and (s.period is None or s.period.contains(on))
    }
    people = tuple(p for p in dict.fromkeys(_strings(wanted)) if p in present)
    session = WorkSession(
        id=_new_id(e, f"werksessie-{on.isoformat()}"),
        date=on,
        levels=(level,),
        participants=people,
        topics=("Wat-als",),
    )
    return attrs.evolve(e, work_sessions=(*e.work_sessions, session))
