"""Every word of the report, in English and Dutch, and the few formats it needs."""

from __future__ import annotations

import datetime as dt

from .. import i18n
from ..i18n import Text

__all__ = ["FUND_COLUMNS", "W", "eur", "long_date", "pct"]


def long_date(day: dt.date, lang: str) -> str:
    """A date as a reader writes it (:func:`sportsocial.i18n.day`).

    >>> long_date(dt.date(2026, 3, 18), "nl"), long_date(dt.date(2026, 3, 18), "en")
    ('18 maart 2026', '18 March 2026')
    """
    return i18n.day(day, lang)


def pct(value: float | None, lang: str) -> str:
    """A share as a whole percentage (:func:`sportsocial.i18n.percent`); a dash when undefined.

    >>> pct(0.456, "en"), pct(0.456, "nl"), pct(None, "nl")
    ('46%', '46%', '–')
    """
    return "–" if value is None else i18n.percent(value, lang)


def eur(value: float, lang: str) -> str:
    """An amount in euros (:func:`sportsocial.i18n.amount`).

    >>> eur(125000, "nl"), eur(125000, "en")
    ('€ 125.000', '€125,000')
    """
    return i18n.amount(value, lang)


#: Headings, labels and sentences of the report.
W: dict[str, Text] = {
    "title": Text(
        en="Sport and the social domain in {name}: where do we stand?",
        nl="Sport en sociaal domein in {name}: waar staan we?",
    ),
    "subtitle": Text(
        en="Report on {date} for the portfolio holders and the council",
        nl="Rapportage van {date} voor de portefeuillehouders en de raad",
    ),
    "methodology": Text(en="Methodology", nl="Methodiek"),
    "facilitator": Text(en="Process facilitator", nl="Procesbegeleider"),
    "phase_title": Text(en="Where the engagement stands", nl="Waar het traject staat"),
    "here": Text(en="we are here", nl="hier staan we"),
    "no_phase": Text(en="No phase entered yet.", nl="Nog geen fase begonnen."),
    "in_phase": Text(
        en="Phase {n} of {total}, **{phase}**, led at the {level} level, since {since} ({days} days).",
        nl="Fase {n} van {total}, **{phase}**, geleid op {level} niveau, sinds {since} ({days} dagen).",
    ),
    "next": Text(en="Next phase: **{phase}**.", nl="Volgende fase: **{phase}**."),
    "last": Text(en="This is the last phase.", nl="Dit is de laatste fase."),
    "gate_open": Text(en="gate open", nl="poort open"),
    "gate_shut": Text(en="{n} blocking", nl="{n} blokkerend"),
    "levels_axis": Text(en="level that leads the phase", nl="niveau dat de fase leidt"),
    "verdict_title": Text(en="Verdict", nl="Oordeel"),
    "ready": Text(
        en="Ready for the phase {phase}: no blocking finding is open.",
        nl="Klaar voor de fase {phase}: er staat geen blokkerende bevinding open.",
    ),
    "not_ready": Text(
        en="Not yet ready for the phase {phase}: {n} blocking findings are open.",
        nl="Nog niet klaar voor de fase {phase}: er staan {n} blokkerende bevindingen open.",
    ),
    "not_ready_one": Text(
        en="Not yet ready for the phase {phase}: one blocking finding is open.",
        nl="Nog niet klaar voor de fase {phase}: er staat één blokkerende bevinding open.",
    ),
    "no_gate": Text(
        en="There is no further gate to check.", nl="Er is geen volgende poort te toetsen."
    ),
    "counts": Text(
        en="{rules} criteria checked: {blockers} blocking, {warnings} warnings, {waived} waived.",
        nl="{rules_nl} getoetst: {blockers} blokkerend, {warnings_nl}, {waived} met ontheffing.",
    ),
    "blockers": Text(en="Blocking findings by level", nl="Blokkerende bevindingen per niveau"),
    "warnings": Text(en="Warnings", nl="Waarschuwingen"),
    "none_open": Text(en="None open.", nl="Geen open."),
    "across": Text(en="Across levels", nl="Niveau-overstijgend"),
    "code": Text(en="code", nl="code"),
    "finding": Text(en="finding", nl="bevinding"),
    "remedy": Text(en="what to do", nl="wat te doen"),
    "alignment_title": Text(
        en="Shared funding and governance", nl="Gezamenlijke middelen en sturing"
    ),
    "index": Text(en="Alignment index", nl="Afstemmingsindex"),
    "index_note": Text(
        en="The mean of six parts, each from 0 (nothing shared yet) to 1 (all of it).",
        nl="Het gemiddelde van zes onderdelen, elk van 0 (nog niets gedeeld) tot 1 (alles).",
    ),
    "part": Text(en="part", nl="onderdeel"),
    "score": Text(en="score", nl="score"),
    "figure": Text(en="figure", nl="kengetal"),
    "value": Text(en="value", nl="waarde"),
    "total": Text(en="money per year", nl="geld per jaar"),
    "shared": Text(en="shared funding", nl="gezamenlijke middelen"),
    "structural": Text(en="structural", nl="structureel"),
    "mix": Text(en="pooled / aligned / siloed", nl="gebundeld / afgestemd / verkokerd"),
    "domains": Text(en="paying domains", nl="betalende domeinen"),
    "runway": Text(en="runway of committed money", nl="looptijd van toegezegd geld"),
    "open_ended": Text(en="open-ended", nl="doorlopend"),
    "joint": Text(en="joint decision bodies", nl="gezamenlijke besluitvormende overleggen"),
    "continuity": Text(
        en="domains tied from the administrative to the executive level",
        nl="domeinen met een lijn van bestuurlijk tot uitvoerend niveau",
    ),
    "none": Text(en="none", nl="geen"),
    "timeline": Text(en="Over time", nl="In de tijd"),
    "network_title": Text(en="Who is tied to whom", nl="Wie met wie een relatie heeft"),
    "measures": Text(
        en="{n}, {ties}; density {density} (the share of all possible ties that exist); "
        "E–I index of sport and the social domain {ei} (from −1, every tie stays within sport "
        "or within the social domain, to +1, every tie crosses between them).",
        nl="{n}, {ties}; dichtheid {density} (het deel van alle mogelijke verbindingen dat er is); "
        "E–I-index van sport en sociaal domein {ei} (van −1, elke verbinding blijft binnen sport "
        "of binnen het sociaal domein, tot +1, elke verbinding loopt van het een naar het ander).",
    ),
    "spof": Text(
        en="Single points of failure between sport and the social domain: {who}.",
        nl="Kwetsbare schakels tussen sport en sociaal domein: {who}.",
    ),
    "isolates": Text(en="Not tied to anyone: {who}.", nl="Zonder relatie met iemand: {who}."),
    "pockets_title": Text(en="Who pays, who benefits", nl="Wie betaalt, wie profiteert"),
    "pockets_intro": Text(
        en="Planned cost per year by the domain that pays (rows) and the domain that benefits (columns).",
        nl="Geplande kosten per jaar naar het domein dat betaalt (rijen) en het domein dat profiteert (kolommen).",
    ),
    "payer": Text(en="pays \\ benefits", nl="betaalt \\ profiteert"),
    "mismatch": Text(
        en="{share} of the attributed cost benefits another domain than the one that pays: the argument for shared funding.",
        nl="{share} van de toegerekende kosten komt ten goede aan een ander domein dan het betalende: het argument voor gezamenlijke middelen.",
    ),
    "unattributed": Text(
        en="{amount} per year of planned cost could not be attributed (no cost, money or goal recorded).",
        nl="{amount} per jaar aan geplande kosten kon niet worden toegerekend (geen kosten, geld of doel vastgelegd).",
    ),
    "no_plan": Text(
        en="No planned cost can be attributed yet: the plan has no actions with cost, money and goals.",
        nl="Nog geen geplande kosten toe te rekenen: het plan heeft geen acties met kosten, geld en doelen.",
    ),
    "agenda_title": Text(
        en="Draft agenda for the next work session", nl="Concept-agenda voor de volgende werksessie"
    ),
    "nothing_open": Text(
        en="Nothing open: prepare the next step.", nl="Niets open: bereid de volgende stap voor."
    ),
    "blocking": Text(en="blocking", nl="blokkeert"),
    "warning": Text(en="warning", nl="waarschuwing"),
    "to_do": Text(en="To do", nl="Te doen"),
    "in_room": Text(en="In the room", nl="Aan tafel"),
    "roadmap_title": Text(en="The road to the kick-off", nl="De route naar de kick-off"),
    "roadmap_kickoff": Text(
        en="Earliest realistic kick-off: {date} ({why}).",
        nl="Vroegste realistische kick-off: {date} ({why}).",
    ),
    "roadmap_faster": Text(
        en="Faster: {what}, {date} ({days} earlier).",
        nl="Sneller: {what}, {date} ({days} eerder).",
    ),
    "roadmap_when": Text(en="earliest", nl="vroegst"),
    "roadmap_step": Text(en="step", nl="stap"),
    "roadmap_level": Text(en="level", nl="niveau"),
    "roadmap_who": Text(en="in the room", nl="aan tafel"),
    "roadmap_why": Text(en="why this date", nl="waarom deze datum"),
    "roadmap_beyond": Text(
        en="The road to the kick-off cannot be planned: it would run past 31 December 9999, "
        "the last day of the calendar.",
        nl="De route naar de kick-off is niet te plannen: die zou na 31 december 9999 lopen, "
        "de laatste dag van de kalender.",
    ),
    "roadmap_deadline": Text(en="needed by {date}", nl="nodig uiterlijk {date}"),
    "roadmap_late": Text(en="too late: needed by {date}", nl="te laat: nodig uiterlijk {date}"),
    "roadmap_none": Text(
        en="No step is left before the kick-off.", nl="Er staat geen stap meer voor de kick-off."
    ),
    "opportunities_title": Text(en="Opportunities", nl="Kansen"),
    "opportunities_intro": Text(
        en="Known Dutch interventions and funding routes that fit the target groups and goals and are not yet in the plan.",
        nl="Bekende Nederlandse interventies en financieringsroutes die passen bij de doelgroepen en doelen en nog niet in het plan staan.",
    ),
    "no_opportunities": Text(
        en="No further match in the catalogue.", nl="De catalogus bevat verder niets dat past."
    ),
    "intervention": Text(en="intervention or route", nl="interventie of route"),
    "why": Text(en="why it fits", nl="waarom het past"),
    "financing": Text(en="financing", nl="financiering"),
    "mind": Text(en="mind", nl="let op"),
    "funds_title": Text(en="Who fills the funds", nl="Wie de fondsen vult"),
    "fund": Text(en="fund", nl="fonds"),
    "contributor": Text(en="contributor", nl="bijdrager"),
    "per_year": Text(en="per year", nl="per jaar"),
    "share": Text(en="share", nl="aandeel"),
    "status": Text(en="status", nl="status"),
    "not_paid": Text(en="not paid on this date", nl="op deze datum niet betaald"),
    "picture_missing": Text(
        en="(The picture needs matplotlib: pip install 'sportsocial[analysis]'.)",
        nl="(Voor de afbeelding is matplotlib nodig: pip install 'sportsocial[analysis]'.)",
    ),
    "too_short": Text(
        en="(Too few dates yet for a picture over time.)",
        nl="(Nog te weinig datums voor een beeld in de tijd.)",
    ),
    "footer": Text(
        en="Made with sportsocial {version} from the engagement document as it stood on {date}. Every figure is explained in the documentation.",
        nl="Gemaakt met sportsocial {version} uit het trajectdocument zoals het er op {date} voor stond. Elk kengetal wordt uitgelegd in de documentatie.",
    ),
    "names_hidden": Text(
        en="Names of stakeholders are hidden in this report.",
        nl="Namen van partners zijn in deze rapportage verborgen.",
    ),
    "contents": Text(en="Contents", nl="Inhoud"),
}

#: The columns of the table of who fills each fund (keys of :data:`W`).
FUND_COLUMNS = ("fund", "contributor", "per_year", "share", "status")
