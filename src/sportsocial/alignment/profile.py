"""The alignment of an engagement on one date: funding, governance and one summary index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._evaluation import evaluation_view
from ..i18n import Text
from ..model import Engagement
from .funding import FundingProfile, funding_profile
from .governance import GovernanceProfile, governance_profile

if TYPE_CHECKING:
    import pandas as pd

    from ..network.metrics import VerticalLinkage

__all__ = ["INDEX_PARTS", "Alignment", "alignment", "alignment_of"]

#: The parts of the alignment index, each in 0..1, with what they measure.
#: The index is their unweighted mean: no part of the foundation is worth
#: more than another, and equal weights need no justification a user cannot check.
#: A part that is undefined on the date (no plan yet, no domains) counts 0:
#: what is not there yet is not aligned yet. Four parts look at shared money
#: only and the fifth at money under a joint body, so siloed money never raises
#: the index: an engagement with all money siloed scores at most 1/6 (the ties
#: between levels), one with an advisory-only body or a one-domain "pool" at
#: most 2/6. docs/alignment.md works examples through.
INDEX_PARTS: Mapping[str, Text] = {
    "shared_funding": Text(
        en="share of the money that is shared funding under a joint body",
        nl="aandeel van het geld dat tot de gezamenlijke middelen behoort, onder een gezamenlijk overleg",
    ),
    "structural_funding": Text(
        en="share of the shared money that is structural",
        nl="aandeel van de gezamenlijke middelen dat structureel is",
    ),
    "domain_balance": Text(
        en="balance of the domains paying the shared money (1 when two domains or more pay evenly)",
        nl="evenwicht tussen de domeinen die de gezamenlijke middelen betalen (1 als twee of meer domeinen evenveel betalen)",
    ),
    "joint_control": Text(
        en="share of the money that is pooled or aligned under a joint decision body",
        nl="aandeel van het geld dat gebundeld of afgestemd is onder een gezamenlijk besluitvormend overleg",
    ),
    "vertical_continuity": Text(
        en="share of the domains tied from the administrative to the executive level",
        nl="aandeel van de domeinen met een lijn van bestuurlijk tot uitvoerend niveau",
    ),
    "plan_coverage": Text(
        en="share of the plan's cost (or actions) covered by committed shared money",
        nl="aandeel van de kosten (of acties) van het plan gedekt door toegezegde gezamenlijke middelen",
    ),
}


@attrs.frozen(kw_only=True)
class Alignment:
    """Funding and governance of an engagement on one date.

    ``index`` is the mean of ``index_parts`` (see :data:`INDEX_PARTS`): 0
    when nothing is shared, structural, balanced, jointly governed, carried
    through the levels and paid for; 1 when all of it is.
    """

    municipality: str
    on: dt.date
    phase: str | None
    funding: FundingProfile
    governance: GovernanceProfile
    index_parts: Mapping[str, float]

    @property
    def index(self) -> float:
        """The alignment index in 0..1: the mean of its parts."""
        return sum(self.index_parts.values()) / len(self.index_parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping of every figure."""
        f, g = self.funding, self.governance
        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "phase": self.phase,
            "index": round(self.index, 4),
            "index_parts": {k: round(v, 4) for k, v in self.index_parts.items()},
            "funding": {
                "total_per_year": f.total_per_year,
                "pending_per_year": f.pending_per_year,
                "by_integration": {k.value: v for k, v in f.by_integration.items()},
                "by_domain": {k.value: v for k, v in f.by_domain.items()},
                "by_funder": {k.value: v for k, v in f.by_funder.items()},
                "external_share": f.external_share,
                "pooled_share": f.pooled_share,
                "aligned_share": f.aligned_share,
                "siloed_share": f.siloed_share,
                "shared_share": f.shared_share,
                "shared_by_domain": {k.value: v for k, v in f.shared_by_domain.items()},
                "structural_share": f.structural_share,
                "shared_structural_share": f.shared_structural_share,
                "incidental_share": f.incidental_share,
                "contributing_domains": f.contributing_domains,
                "domain_hhi": f.domain_hhi,
                "domain_balance": f.domain_balance,
                "plan_coverage": f.plan_coverage,
                "plan_cost_coverage": f.plan_cost_coverage,
                "plan_shared_coverage": f.plan_shared_coverage,
                "incidental_dependence": f.incidental_dependence,
                "runway_months": f.runway_months,
                "runway_end": f.runway_end.isoformat() if f.runway_end else None,
                "plan_end": f.plan_end.isoformat() if f.plan_end else None,
                "funds": [fund.to_dict() for fund in f.funds],
            },
            "governance": {
                "level_domain_matrix": {
                    d.value: {lv.value: n for lv, n in row.items()}
                    for d, row in g.level_domain_matrix.items()
                },
                "vertical_continuity": [d.value for d in g.vertical_continuity],
                "vertical_continuity_share": g.vertical_continuity_share,
                "joint_decision_bodies": list(g.joint_decision_bodies),
                "joint_controlled_share": g.joint_controlled_share,
                "civil_society_share": g.civil_society_share,
                "civil_society_engaged": list(g.civil_society_engaged),
            },
        }

    def to_dataframe(self) -> pd.DataFrame:
        """The figures as a one-row DataFrame (the ``analysis`` extra; see
        :mod:`sportsocial.research.tables`)."""
        from ..research.tables import alignment_table

        return alignment_table(self).to_dataframe()

    # -- display (rendering lives in sportsocial.display) ---------------------------

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from ..display import to_markdown

        return to_markdown(self)


def _parts(f: FundingProfile, g: GovernanceProfile) -> dict[str, float]:
    return {
        "shared_funding": f.shared_share,
        "structural_funding": f.shared_structural_share,
        "domain_balance": f.domain_balance,
        "joint_control": g.joint_controlled_share,
        "vertical_continuity": g.vertical_continuity_share or 0.0,
        "plan_coverage": f.plan_shared_coverage or 0.0,
    }


def alignment(engagement: Engagement, on: dt.date | None = None) -> Alignment:
    """How aligned the funding and governance of ``engagement`` are on ``on``.

    Parameters
    ----------
    engagement:
        The engagement; it is taken as it stood on ``on`` (:meth:`Engagement.as_of`).
    on:
        The date; today when omitted.

    Examples
    --------
    >>> import sportsocial as ss, datetime as dt
    >>> a = ss.alignment(ss.load("examples/bergen-op-zoom-stuck.yaml"), on=dt.date(2026, 6, 30))
    >>> a.funding.shared_share, a.governance.joint_decision_bodies
    (0.0, ())

    Notes
    -----
    The engagement as of ``on`` is shared with :func:`sportsocial.check` and
    :func:`sportsocial.network_metrics` on the same engagement and date: it is
    built once, and so are these figures.
    """
    return evaluation_view(engagement, on or dt.date.today()).alignment


def alignment_of(
    eng: Engagement, day: dt.date, linkage: Iterable[VerticalLinkage] | None = None
) -> Alignment:
    """The :func:`alignment` of an engagement that is already ``as_of(day)``
    (``linkage``: the network's vertical linkage on ``day``, when known)."""
    f = funding_profile(eng, day)
    g = governance_profile(eng, day, linkage)
    return Alignment(
        municipality=eng.municipality.name,
        on=day,
        phase=eng.phase,
        funding=f,
        governance=g,
        index_parts=_parts(f, g),
    )
