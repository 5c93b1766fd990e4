"""Alignment as text a facilitator can read in a terminal, in Dutch or English."""

from __future__ import annotations

from ..i18n import Text, whole_number
from ..model import Level
from .pockets import PocketMatrix
from .profile import INDEX_PARTS, Alignment

__all__ = ["alignment_text"]

_T = {
    "head": Text(en="Alignment of {name} on {on}", nl="Afstemming van {name} op {on}"),
    "phase": Text(en="phase", nl="fase"),
    "index": Text(en="alignment index", nl="afstemmingsindex"),
    "funding": Text(en="Funding", nl="Financiering"),
    "total": Text(en="total per year", nl="totaal per jaar"),
    "mix": Text(en="pooled / aligned / siloed", nl="ontschot / afgestemd / verkokerd"),
    "shared": Text(en="shared funding", nl="gezamenlijke middelen"),
    "structural": Text(en="structural", nl="structureel"),
    "domains": Text(en="paying domains (HHI)", nl="betalende domeinen (HHI)"),
    "coverage": Text(en="plan covered (actions / cost)", nl="plan gedekt (acties / kosten)"),
    "dependence": Text(en="plan cost on incidental money", nl="plankosten op incidenteel geld"),
    "runway": Text(en="runway of committed money", nl="looptijd toegezegd geld"),
    "open": Text(en="open-ended", nl="doorlopend"),
    "months": Text(en="{n:.1f} months", nl="{n:.1f} maanden"),
    "governance": Text(en="Governance", nl="Sturing"),
    "joint": Text(en="joint decision bodies", nl="gezamenlijke besluitvormende overleggen"),
    "controlled": Text(en="money under joint control", nl="geld onder gezamenlijke sturing"),
    "continuity": Text(en="domains at all three levels", nl="domeinen op alle drie niveaus"),
    "civil": Text(en="civil society engaged", nl="maatschappelijke partners betrokken"),
    "matrix": Text(en="Stakeholders per domain and level", nl="Partners per domein en niveau"),
    "pockets": Text(en="Who pays, who benefits", nl="Wie betaalt, wie profiteert"),
    "mismatch": Text(
        en="{share:.0%} of the attributed plan cost benefits another domain than the one paying",
        nl="{share:.0%} van de toegerekende plankosten komt ten goede aan een ander domein dan het betalende",
    ),
    "none": Text(en="none", nl="geen"),
    "parts": Text(en="Parts of the index", nl="Onderdelen van de index"),
}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _eur(value: float, lang: str) -> str:
    return "EUR " + whole_number(value, lang)


def alignment_text(
    a: Alignment, pockets: PocketMatrix | None = None, lang: str = "en", *, phase: str | None = None
) -> str:
    """A readable summary of ``a`` (and of the who-pays matrix, when given).

    ``phase`` is how to show the phase (e.g. its name in ``lang`` from the
    methodology); by default its id.
    """
    f, g = a.funding, a.governance
    t = {k: v(lang) for k, v in _T.items()}
    runway = t["open"] if f.runway_months is None else _T["months"].format(n=f.runway_months)(lang)
    lines = [
        _T["head"].format(name=a.municipality, on=a.on.isoformat())(lang),
        f"{t['phase']}: {phase or a.phase or '-'}",
        f"{t['index']}: {a.index:.2f}",
        "",
        t["funding"],
        f"  {t['total']}: {_eur(f.total_per_year, lang)}",
        f"  {t['mix']}: {_pct(f.pooled_share)} / {_pct(f.aligned_share)} / {_pct(f.siloed_share)}",
        f"  {t['shared']}: {_pct(f.shared_share)}",
        f"  {t['structural']}: {_pct(f.structural_share)}",
        f"  {t['domains']}: {f.contributing_domains}"
        + (f" ({f.domain_hhi:.2f})" if f.domain_hhi is not None else ""),
        f"  {t['coverage']}: {_pct(f.plan_coverage)} / {_pct(f.plan_cost_coverage)}",
        f"  {t['dependence']}: {_pct(f.incidental_dependence)}",
        f"  {t['runway']}: {runway}",
        "",
        t["governance"],
        f"  {t['joint']}: {', '.join(g.joint_decision_bodies) or t['none']}",
        f"  {t['controlled']}: {_pct(g.joint_controlled_share)}",
        f"  {t['continuity']}: "
        + (", ".join(d.label(lang) for d in g.vertical_continuity) or t["none"]),
        f"  {t['civil']}: {', '.join(g.civil_society_engaged) or t['none']}",
        "",
        t["matrix"],
    ]
    levels = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE)
    width = max((len(d.label(lang)) for d in g.level_domain_matrix), default=10)
    lines.append("  " + " " * width + "  " + "  ".join(f"{lv.label(lang):>14}" for lv in levels))
    for d, row in g.level_domain_matrix.items():
        lines.append(f"  {d.label(lang):<{width}}  " + "  ".join(f"{row[lv]:>14}" for lv in levels))
    lines += ["", t["parts"]]
    lines += [f"  {value:.2f}  {INDEX_PARTS[name](lang)}" for name, value in a.index_parts.items()]
    if pockets is not None and pockets.cells:
        lines += ["", t["pockets"]]
        for payer, paid in pockets.cells.items():
            for benef, amount in paid.items():
                lines.append(f"  {payer.label(lang)} -> {benef.label(lang)}: {_eur(amount, lang)}")
        if pockets.mismatch_share is not None:
            lines.append("  " + _T["mismatch"].format(share=pockets.mismatch_share)(lang))
    return "\n".join(lines)
