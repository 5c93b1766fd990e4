"""Pseudonymised export: names replaced by salted, stable pseudonyms, free text dropped.

An engagement document names organisations and roles, and its free text
(outcomes of sessions, obstacles in the participants' words, the reason of a
waiver) may name persons. Before documents go to a study, :func:`pseudonymize`
replaces

- every **name** (the municipality's and its CBS code, the facilitator's, each
  stakeholder's, governance body's, funding stream's and existing activity's,
  and who decided a phase entry or a waiver) by a pseudonym, and every id
  (ids are often readable: ``vv-west``, ``fonds-roosendaal``) by a
  pseudonymous id, everywhere it is referred to;
- every piece of **free text** (titles, descriptions, topics, outcomes,
  reasons, what money funds, policy documents) by :data:`REMOVED`, unless
  ``keep_text`` is set; text that was absent stays absent, so every readiness
  verdict, finding and figure of the export equals the original's;
- the **population** by its value rounded to two significant digits (an exact
  figure points at one municipality), unless ``keep_municipality`` is set.

Pseudonyms are HMAC-SHA-256 digests of the original under a secret salt: the
same name gives the same pseudonym in every document exported with the same
salt, so a study can follow an organisation across documents and years, and
no one without the salt can compute them. CBS codes are permuted (a keyed
shuffle of ``GM0000``..``GM9999``), so two municipalities never share a code.

This is **pseudonymisation** in the sense of the AVG/GDPR (article 4(5)),
not anonymisation: whoever holds the salt, or enough context (dates, amounts,
the combination of target groups, a population), can link a document back to
its municipality and the roles in it. Pseudonymised data remain personal data
where they concern persons; keep the salt apart from the exports, and treat the
exports under the same agreements as the originals. Dates, amounts, kinds,
levels and domains are kept: they are what a study analyses.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import random
from collections.abc import Callable

import attrs

from ..errors import SportsocialError
from ..i18n import Text, plural
from ..model import (
    Action,
    Decision,
    Engagement,
    Facilitator,
    FundingStream,
    Goal,
    GovernanceBody,
    ImplementationPlan,
    Indicator,
    InventoryItem,
    Membership,
    MonitoringAgreement,
    Municipality,
    Obstacle,
    Opportunity,
    PhaseEntry,
    ReferralRoute,
    Relation,
    Stakeholder,
    Waiver,
    WorkSession,
)

__all__ = ["MIN_SALT_BYTES", "REMOVED", "BadSalt", "Pseudonymizer", "pseudonymize"]

#: What replaces required free text when text is dropped.
REMOVED = "[removed]"
#: Shortest salt accepted: 16 bytes (128 bits), so pseudonyms cannot be recomputed by guessing it.
MIN_SALT_BYTES = 16


class BadSalt(SportsocialError, ValueError):
    """The salt is missing or too short to keep pseudonyms from being recomputed."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.message = Text(
            en=f"the salt has {size} byte(s); use at least {MIN_SALT_BYTES} random bytes "
            "(e.g. the output of 'openssl rand -hex 32')",
            nl=f"het zout heeft {plural(size, 'nl', 'byte', 'bytes')}; gebruik minstens {MIN_SALT_BYTES} willekeurige "
            "bytes (bijvoorbeeld de uitvoer van 'openssl rand -hex 32')",
        )
        super().__init__(self.message.en)


@functools.lru_cache(maxsize=8)
def _code_permutation(salt: bytes) -> tuple[int, ...]:
    """A keyed shuffle of 0..9999: the pseudonym of CBS code ``GMxxxx`` is ``GM`` + ``perm[xxxx]``."""
    seed = hmac.new(salt, b"cbs-code-permutation", hashlib.sha256).hexdigest()
    order = list(range(10_000))
    random.Random(seed).shuffle(order)
    return tuple(order)


def _round2(n: int) -> int:
    """``n`` rounded to two significant digits.

    >>> _round2(78_123), _round2(1_349), _round2(7)
    (78000, 1300, 7)
    """
    if n < 100:
        return n
    digits = len(str(n)) - 2
    return round(n, -digits)


@attrs.frozen
class Pseudonymizer:
    """Pseudonyms under one salt: the same input always gives the same output.

    Examples
    --------
    >>> p = Pseudonymizer(b"0123456789abcdef-example-salt")
    >>> p.name("Wethouder Sport") == p.name("Wethouder Sport"), p.name("Wethouder Sport")[:5]
    (True, 'name-')
    >>> p.ident("vv-west").startswith("id-"), p.cbs_code("GM1674") != "GM1674"
    (True, True)
    """

    salt: bytes = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        if len(self.salt) < MIN_SALT_BYTES:
            raise BadSalt(len(self.salt))

    def _digest(self, kind: str, value: str) -> str:
        message = f"{kind}\x00{value}".encode()
        return hmac.new(self.salt, message, hashlib.sha256).hexdigest()[:12]

    def name(self, value: str) -> str:
        """The pseudonym of a name: ``name-`` and 12 hex digits."""
        return f"name-{self._digest('name', value)}"

    def ident(self, value: str) -> str:
        """The pseudonym of an id: ``id-`` and 12 hex digits (a valid id)."""
        return f"id-{self._digest('id', value)}"

    def municipality(self, value: str) -> str:
        """The pseudonym of a municipality's name."""
        return f"municipality-{self._digest('municipality', value)}"

    def cbs_code(self, code: str) -> str:
        """The pseudonym of a CBS code: another code, never shared by two municipalities."""
        return f"GM{_code_permutation(self.salt)[int(code[2:])]:04d}"


def pseudonymize(
    engagement: Engagement,
    salt: bytes,
    *,
    keep_text: bool = False,
    keep_municipality: bool = False,
) -> Engagement:
    """The engagement with names pseudonymised and free text dropped (see the module docstring).

    Parameters
    ----------
    salt:
        Secret bytes, at least :data:`MIN_SALT_BYTES`; the same salt gives the
        same pseudonyms.
    keep_text:
        Keep free text (titles, descriptions, session topics and outcomes,
        reasons). It may name persons: check it before sharing.
    keep_municipality:
        Keep the municipality's name, CBS code and exact population.

    Raises
    ------
    BadSalt
        When the salt is shorter than :data:`MIN_SALT_BYTES`.

    Examples
    --------
    >>> import sportsocial as ss
    >>> eng = ss.load("examples/roosendaal-kickoff.yaml")
    >>> out = pseudonymize(eng, b"a secret salt of 32 bytes or so.")
    >>> out.municipality.name.startswith("municipality-"), "Wethouder" in ss.dumps(out)
    (True, False)
    >>> ss.check(out, on=__import__("datetime").date(2026, 11, 24)).ready
    True
    """
    p = Pseudonymizer(salt)
    e = engagement
    ids = {
        ident: p.ident(ident)
        for ident in (
            *(s.id for s in e.stakeholders),
            *(f.id for f in e.funding),
            *(b.id for b in e.governance),
            *(d.id for d in e.decisions),
            *(w.id for w in e.work_sessions),
            *(o.id for o in e.opportunities),
            *(o.id for o in e.obstacles),
            *(g.id for g in e.goals),
            *(i.id for g in e.goals for i in g.indicators if i.id is not None),
            *(item.id for item in e.inventory),
            *(a.id for a in e.plan.actions),
        )
    }

    def who(value: str | None) -> str | None:
        """A reference to a stakeholder, stream or body."""
        return None if value is None else ids.get(value, value)

    def many(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(ids.get(v, v) for v in values)

    def decider(value: str) -> str:
        """Free text naming who decided: a stakeholder's id, or a name."""
        return ids[value] if value in ids else p.name(value)

    def text(value: str) -> str:
        return value if keep_text else REMOVED

    def optional(value: str | None) -> str | None:
        return value if keep_text or value is None else REMOVED

    def texts(values: tuple[str, ...]) -> tuple[str, ...]:
        return values if keep_text else tuple(REMOVED for _ in values)

    m = e.municipality
    municipality = (
        m
        if keep_municipality
        else Municipality(
            name=p.municipality(m.name),
            cbs_code=p.cbs_code(m.cbs_code),
            population=None if m.population is None else _round2(m.population),
        )
    )
    facilitator: Facilitator | None = None
    if e.facilitator is not None:
        facilitator = attrs.evolve(
            e.facilitator,
            name=p.name(e.facilitator.name),
            stakeholder=who(e.facilitator.stakeholder),
            funded_by=who(e.facilitator.funded_by),
        )
    rewrite: Callable[[Waiver], Waiver] = lambda w: attrs.evolve(  # noqa: E731
        w, reason=text(w.reason), decided_by=decider(w.decided_by)
    )
    return attrs.evolve(
        e,
        municipality=municipality,
        facilitator=facilitator,
        stakeholders=tuple(
            attrs.evolve(s, id=ids[s.id], name=p.name(s.name)) for s in e.stakeholders
        ),
        relations=tuple(_relation(r, ids) for r in e.relations),
        funding=tuple(_stream(f, p, ids, keep_text) for f in e.funding),
        governance=tuple(
            attrs.evolve(
                b,
                id=ids[b.id],
                name=p.name(b.name),
                mandate=attrs.evolve(b.mandate, granted_by=who(b.mandate.granted_by)),
                controls=many(b.controls),
                members=tuple(
                    attrs.evolve(seat, stakeholder=ids.get(seat.stakeholder, seat.stakeholder))
                    for seat in b.members
                ),
            )
            for b in e.governance
        ),
        decisions=tuple(
            attrs.evolve(
                d,
                id=ids[d.id],
                by=who(d.by),
                funding=many(d.funding),
                confirms=many(d.confirms),
                title=text(d.title),
                document=optional(d.document),
            )
            for d in e.decisions
        ),
        work_sessions=tuple(
            attrs.evolve(
                w,
                id=ids[w.id],
                participants=many(w.participants),
                topics=texts(w.topics),
                outcomes=texts(w.outcomes),
            )
            for w in e.work_sessions
        ),
        opportunities=tuple(
            attrs.evolve(
                o, id=ids[o.id], partners=many(o.partners), sport_offer=text(o.sport_offer)
            )
            for o in e.opportunities
        ),
        obstacles=tuple(
            attrs.evolve(
                o, id=ids[o.id], description=text(o.description), response=optional(o.response)
            )
            for o in e.obstacles
        ),
        goals=tuple(_goal(g, ids, keep_text) for g in e.goals),
        inventory=tuple(
            attrs.evolve(
                item,
                id=ids[item.id],
                name=p.name(item.name),
                run_by=who(item.run_by),
                paid_by=who(item.paid_by),
            )
            for item in e.inventory
        ),
        plan=_plan(e.plan, ids, keep_text),
        phase_log=tuple(
            attrs.evolve(
                entry,
                decided_by=None if entry.decided_by is None else decider(entry.decided_by),
                decision=who(entry.decision),
                reason=optional(entry.reason),
                waivers=tuple(rewrite(w) for w in entry.waivers),
            )
            for entry in e.phase_log
        ),
        revision=None,
    )


def _relation(r: Relation, ids: dict[str, str]) -> Relation:
    return attrs.evolve(r, source=ids.get(r.source, r.source), target=ids.get(r.target, r.target))


def _stream(
    f: FundingStream, p: Pseudonymizer, ids: dict[str, str], keep_text: bool
) -> FundingStream:
    contributions = tuple(
        attrs.evolve(
            c,
            source=attrs.evolve(
                c.source,
                stakeholder=None
                if c.source.stakeholder is None
                else ids.get(c.source.stakeholder, c.source.stakeholder),
            ),
        )
        for c in f.contributions
    )
    depends_on = f.depends_on
    if depends_on is not None and depends_on.description is not None and not keep_text:
        depends_on = attrs.evolve(depends_on, description=REMOVED)
    return attrs.evolve(
        f,
        id=ids[f.id],
        name=p.name(f.name),
        holder=None if f.holder is None else ids.get(f.holder, f.holder),
        funds=f.funds if keep_text or f.funds is None else REMOVED,
        contributions=contributions,
        depends_on=depends_on,
    )


def _goal(g: Goal, ids: dict[str, str], keep_text: bool) -> Goal:
    return attrs.evolve(
        g,
        id=ids[g.id],
        title=g.title if keep_text else REMOVED,
        indicators=tuple(
            attrs.evolve(
                i,
                id=None if i.id is None else ids[i.id],
                name=i.name if keep_text else REMOVED,
            )
            for i in g.indicators
        ),
    )


def _plan(plan: ImplementationPlan, ids: dict[str, str], keep_text: bool) -> ImplementationPlan:
    def who(value: str | None) -> str | None:
        return None if value is None else ids.get(value, value)

    return attrs.evolve(
        plan,
        actions=tuple(
            attrs.evolve(
                a,
                id=ids[a.id],
                owner=who(a.owner),
                funding=tuple(ids.get(f, f) for f in a.funding),
                goals=tuple(ids.get(g, g) for g in a.goals),
                title=a.title if keep_text else REMOVED,
            )
            for a in plan.actions
        ),
        referral_routes=tuple(
            attrs.evolve(r, via=ids.get(r.via, r.via)) for r in plan.referral_routes
        ),
        monitoring=tuple(
            attrs.evolve(
                m,
                indicator=ids.get(m.indicator, m.indicator),
                measured_by=who(m.measured_by),
                source=m.source if keep_text else REMOVED,
            )
            for m in plan.monitoring
        ),
    )


# Every class the function rewrites, so a test can tell when the model grows a new text field.
REWRITTEN: tuple[type, ...] = (
    Action,
    Decision,
    Facilitator,
    FundingStream,
    Goal,
    GovernanceBody,
    ImplementationPlan,
    Indicator,
    InventoryItem,
    Membership,
    MonitoringAgreement,
    Municipality,
    Obstacle,
    Opportunity,
    PhaseEntry,
    ReferralRoute,
    Relation,
    Stakeholder,
    Waiver,
    WorkSession,
)
