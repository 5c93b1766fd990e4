"""Alignment as text a facilitator can read in a terminal, in Dutch or English."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..i18n import Text, amount, day, number, percent, percent_text
from ..model import Funder, Level
from .pockets import PocketMatrix
from .profile import INDEX_PARTS, Alignment

__all__ = ["alignment_text"]

_T = {
    "head": Text(en="Alignment of {name} on {on}", nl="Afstemming van {name} op {on}"),
    "phase": Text(en="phase", nl="fase"),
    "index": Text(en="alignment index", nl="afstemmingsindex"),
    "funding": Text(en="Funding", nl="Financiering"),
    "total": Text(en="total per year", nl="totaal per jaar"),
    "pending": Text(en="not yet in a budget", nl="nog niet begroot"),
    "mix": Text(en="pooled / aligned / siloed", nl="gebundeld / afgestemd / verkokerd"),
    "shared": Text(en="shared money", nl="gezamenlijke middelen"),
    "structural": Text(en="structural", nl="structureel"),
    "external": Text(en="from outside the municipality", nl="van buiten de gemeente"),
    "domains": Text(en="paying domains", nl="betalende domeinen"),
    "balance": Text(
        en="balance of the shared money (HHI)", nl="evenwicht van de gezamenlijke middelen (HHI)"
    ),
    "coverage": Text(en="plan covered (actions / cost)", nl="plan gedekt (acties / kosten)"),
    "dependence": Text(en="plan cost on incidental money", nl="plankosten op incidenteel geld"),
    "runway": Text(en="committed money runs to", nl="toegezegd geld loopt tot"),
    "open": Text(en="open-ended", nl="doorlopend"),
    "uncovered": Text(
        en="nothing committed covers the date", nl="geen toegezegd geld op deze datum"
    ),
    "governance": Text(en="Governance", nl="Sturing"),
    "joint": Text(en="joint decision bodies", nl="gezamenlijke besluitvormende overleggen"),
    "controlled": Text(en="money under joint control", nl="geld onder gezamenlijke sturing"),
    "continuity": Text(
        en="domains tied from administrative to executive level",
        nl="domeinen met een lijn van bestuurlijk tot uitvoerend niveau",
    ),
    "civil": Text(en="civil society engaged", nl="maatschappelijke partners betrokken"),
    "matrix": Text(en="Stakeholders per domain and level", nl="Partners per domein en niveau"),
    "pockets": Text(en="Who pays, who benefits", nl="Wie betaalt, wie profiteert"),
    "mismatch": Text(
        en="{share} of the attributed plan cost benefits another domain than the one paying",
        nl="{share} van de toegerekende plankosten komt ten goede aan een ander domein dan het betalende",
    ),
    "none": Text(en="none", nl="geen"),
    "funds": Text(en="Funds and who fills them", nl="Fondsen en wie ze vullen"),
    "fund": Text(en="{id}: {total} per year", nl="{id}: {total} per jaar"),
    "inactive": Text(en="not paid on this date", nl="op deze datum niet betaald"),
    "parts": Text(en="Parts of the index", nl="Onderdelen van de index"),
}


def _pct(value: float | None, lang: str) -> str:
    return "-" if value is None else percent(value, lang)


def _runway(a: Alignment, lang: str) -> str:
    end = a.funding.runway_end
    if end is None:
        return _T["open"](lang)
    if end < a.on:
        return _T["uncovered"](lang)
    return day(end, lang)


def _funds(a: Alignment, lang: str, named: Callable[[str], str] = str) -> list[str]:
    """Each fund of contributions: every contributor's amount, share and status, so that
    a share that is only proposed or under review is seen as such."""
    if not a.funding.funds:
        return []
    lines = ["", _T["funds"](lang)]
    for fund in a.funding.funds:
        lines.append(
            "  "
            + _T["fund"].format(id=named(fund.stream), total=amount(fund.total_per_year, lang))(
                lang
            )
        )
        for c in fund.contributors:
            who = c.domain.label(lang) if c.domain else c.funder.label(lang)
            if c.domain and c.funder is not Funder.MUNICIPALITY:
                who = f"{who}, {c.funder.label(lang)}"
            notes = [c.status.label(lang)]
            if not c.active:
                notes.append(_T["inactive"](lang))
            lines.append(
                f"    {who}: {amount(c.amount_per_year, lang)} ({percent(c.share, lang)}), "
                + ", ".join(notes)
            )
    return lines


def alignment_text(
    a: Alignment,
    pockets: PocketMatrix | None = None,
    lang: str = "en",
    *,
    phase: str | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """A readable summary of ``a`` (and of the who-pays matrix, when given).

    ``phase`` is how to show the phase (e.g. its name in ``lang`` from the
    methodology); by default its id. ``names`` are the names of the governance
    bodies and funding streams by id: the Dutch summary gives them beside the ids
    (stakeholders stay ids: the summary is an aggregate, see :mod:`sportsocial.privacy`).
    """
    f, g = a.funding, a.governance
    shown = dict(names or {}) if lang == "nl" else {}

    def named(ident: str) -> str:
        name = shown.get(ident)
        return f"{ident} ({name})" if name and name != ident else ident

    t = {k: v(lang) for k, v in _T.items()}
    hhi = "-" if f.domain_hhi is None else number(f.domain_hhi, lang, 2)
    lines = [
        _T["head"].format(name=a.municipality, on=day(a.on, lang))(lang),
        f"{t['phase']}: {phase or a.phase or '-'}",
        f"{t['index']}: {number(a.index, lang, 2)}",
        "",
        t["funding"],
        f"  {t['total']}: {amount(f.total_per_year, lang)}",
        f"  {t['pending']}: {amount(f.pending_per_year, lang)}",
        f"  {t['mix']}: {_pct(f.pooled_share, lang)} / {_pct(f.aligned_share, lang)} / "
        f"{_pct(f.siloed_share, lang)}",
        f"  {t['shared']}: {_pct(f.shared_share, lang)}",
        f"  {t['structural']}: {_pct(f.structural_share, lang)}",
        f"  {t['external']}: {_pct(f.external_share, lang)}",
        f"  {t['domains']}: {number(f.contributing_domains, lang)}",
        f"  {t['balance']}: {hhi}",
        f"  {t['coverage']}: {_pct(f.plan_coverage, lang)} / {_pct(f.plan_cost_coverage, lang)}",
        f"  {t['dependence']}: {_pct(f.incidental_dependence, lang)}",
        f"  {t['runway']}: {_runway(a, lang)}",
        *_funds(a, lang, named),
        "",
        t["governance"],
        f"  {t['joint']}: {', '.join(map(named, g.joint_decision_bodies)) or t['none']}",
        f"  {t['controlled']}: {_pct(g.joint_controlled_share, lang)}",
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
    lines += [
        f"  {number(value, lang, 2)}  {INDEX_PARTS[name](lang)}"
        for name, value in a.index_parts.items()
    ]
    if pockets is not None and pockets.cells:
        lines += ["", t["pockets"]]
        for payer, paid in pockets.cells.items():
            for benef, cost in paid.items():
                lines.append(f"  {payer.label(lang)} -> {benef.label(lang)}: {amount(cost, lang)}")
        if pockets.mismatch_share is not None:
            share = percent_text(pockets.mismatch_share)
            lines.append("  " + _T["mismatch"].format(share=share)(lang))
    return "\n".join(lines)
