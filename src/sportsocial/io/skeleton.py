"""The text ``sportsocial new`` writes: a valid document with every section explained.

A facilitator starting an engagement edits the file by hand. A bare document
(a municipality and nothing else) leaves them guessing what else it can say and
how; the skeleton lists every section, says in a comment (English or Dutch)
what belongs there, and shows one commented-out example item. The examples
refer to each other, so uncommenting all of them gives a valid document too
(a test makes sure of it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..i18n import Text
from .formats import dump_text
from .schema import SCHEMA_VERSION

__all__ = ["SECTIONS", "skeleton"]

#: Each section: its key, what it holds, and an example (YAML, without the key).
SECTIONS: tuple[tuple[str, Text, str], ...] = (
    (
        "target_groups",
        Text(
            en="Target groups the engagement is for.",
            nl="Doelgroepen waarvoor het traject is.",
        ),
        "- lonely-older-people\n",
    ),
    (
        "domains",
        Text(
            en="Policy domains involved (sport, social-support, work-and-income, youth, ...).",
            nl="Betrokken beleidsdomeinen (sport, social-support, work-and-income, youth, ...).",
        ),
        "- sport\n- social-support\n",
    ),
    (
        "stakeholders",
        Text(
            en="Who takes part: people and organisations, each with an id the rest of the file uses.",
            nl="Wie meedoet: mensen en organisaties, elk met een id waarnaar de rest van het bestand verwijst.",
        ),
        "- id: weth-sport\n"
        "  name: Wethouder Sport\n"
        "  kind: portfolio-holder\n"
        "  level: administrative\n"
        "  portfolios:\n"
        "  - domain: sport\n"
        "- id: afd-sport\n"
        "  name: Afdeling Sport\n"
        "  kind: municipal-department\n"
        "  level: official\n"
        "- id: welzijn\n"
        "  name: Welzijnsorganisatie\n"
        "  kind: welfare-organisation\n"
        "  level: executive\n",
    ),
    (
        "relations",
        Text(
            en="Ties between stakeholders (collaborates, funds, reports-to, advises, contracts).",
            nl="Banden tussen belanghebbenden (collaborates, funds, reports-to, advises, contracts).",
        ),
        "- source: afd-sport\n"
        "  target: welzijn\n"
        "  kind: collaborates\n"
        "  period:\n"
        "    start: '2025-05-01'\n",
    ),
    (
        "funding",
        Text(
            en="Funding streams: where the money comes from, how much a year, for how long.",
            nl="Geldstromen: waar het geld vandaan komt, hoeveel per jaar, hoe lang.",
        ),
        "- id: sportakkoord\n"
        "  name: Lokaal sportakkoord\n"
        "  domain: sport\n"
        "  funder: state\n"
        "  amount_per_year: 20000\n"
        "  period:\n"
        "    start: '2025-01-01'\n"
        "    end: '2026-12-31'\n"
        "  nature: incidental\n"
        "  integration: siloed\n",
    ),
    (
        "governance",
        Text(
            en="Governance bodies: who meets, with which mandate, over which money.",
            nl="Overleggen: wie er samenkomt, met welk mandaat, over welk geld.",
        ),
        "- id: werkgroep\n"
        "  name: Werkgroep sport en sociaal domein\n"
        "  kind: working-group\n"
        "  level: official\n"
        "  mandate:\n"
        "    kind: advisory\n"
        "  period:\n"
        "    start: '2025-05-01'\n"
        "  members:\n"
        "  - stakeholder: afd-sport\n"
        "    from: '2025-05-01'\n",
    ),
    (
        "decisions",
        Text(
            en="Decisions taken (a commission, a budget, a mandate, ...), by whom and when.",
            nl="Genomen besluiten (een opdracht, een begroting, een mandaat, ...), door wie en wanneer.",
        ),
        "- id: opdracht\n"
        "  kind: commission\n"
        "  date: '2025-03-01'\n"
        "  title: Opdracht om sport en sociaal domein te verbinden\n"
        "  by: weth-sport\n",
    ),
    (
        "work_sessions",
        Text(
            en="Work sessions held: when, at which levels, who took part, what came out.",
            nl="Gehouden werksessies: wanneer, op welke niveaus, wie er waren, wat eruit kwam.",
        ),
        "- id: ws-startfoto\n"
        "  date: '2025-04-08'\n"
        "  levels:\n"
        "  - official\n"
        "  participants:\n"
        "  - afd-sport\n"
        "  - welzijn\n",
    ),
    (
        "opportunities",
        Text(
            en="Promising connections between sport and a social goal.",
            nl="Kansrijke verbindingen tussen sport en een sociaal doel.",
        ),
        "- id: k-ouderen\n"
        "  identified: '2025-04-08'\n"
        "  target_group: lonely-older-people\n"
        "  goal: participation\n"
        "  sport_offer: Beweeggroepen voor ouderen in de wijk\n"
        "  partners:\n"
        "  - welzijn\n",
    ),
    (
        "obstacles",
        Text(
            en="Obstacles named, and how they were answered.",
            nl="Benoemde knelpunten, en wat eraan gedaan is.",
        ),
        "- id: h-budget\n"
        "  identified: '2025-04-08'\n"
        "  kind: siloed-budget\n"
        "  description: Wmo-geld mag alleen welzijnsorganisaties betalen\n",
    ),
    (
        "goals",
        Text(
            en="Shared goals, each with indicators that show progress.",
            nl="Gedeelde doelen, elk met indicatoren die de voortgang laten zien.",
        ),
        "- id: d-ouderen\n"
        "  title: Meer ouderen bewegen wekelijks in een groep\n"
        "  set_on: '2025-06-01'\n"
        "  social_goal: participation\n"
        "  target_groups:\n"
        "  - lonely-older-people\n"
        "  indicators:\n"
        "  - id: i-ouderen\n"
        "    name: Ouderen in wekelijkse beweeggroepen\n"
        "    unit: personen\n",
    ),
    (
        "inventory",
        Text(
            en="The startfoto: sport-social activities that already run, before the plan.",
            nl="De startfoto: sport-sociale activiteiten die al lopen, voor het plan.",
        ),
        "- id: inv-beweeg\n  name: Beweeggroep ouderen\n  since: '2019-09-01'\n  run_by: welzijn\n",
    ),
    (
        "plan",
        Text(
            en="The implementation plan: its period, actions, referral routes and monitoring.",
            nl="Het uitvoeringsplan: looptijd, acties, toeleidingsroutes en monitoring.",
        ),
        "  period:\n"
        "    start: '2027-01-01'\n"
        "  actions:\n"
        "  - id: a-beweeggroepen\n"
        "    title: Wekelijkse beweeggroepen voor ouderen\n"
        "    added: '2026-10-06'\n"
        "    owner: welzijn\n"
        "    level: executive\n"
        "    goals:\n"
        "    - d-ouderen\n",
    ),
    (
        "phase_log",
        Text(
            en="Phases of the methodology entered, oldest first (`sportsocial advance` adds to it).",
            nl="Betreden fasen van de methodiek, oudste eerst (`sportsocial advance` vult dit aan).",
        ),
        "- phase: exploration\n  entered: '2025-03-01'\n  decided_by: weth-sport\n  decision: opdracht\n",
    ),
)

_HEAD = Text(
    en="""\
Engagement document for {name}, started with `sportsocial new` on {day}.

Every section below says in a comment what belongs there, with an example
(commented out: remove the '# ' to use it, and change it). Dates are written
'YYYY-MM-DD'. `sportsocial validate FILE` lists every problem with its line;
`sportsocial schema` prints the full format. Comments stay when sportsocial saves
this file.""",
    nl="""\
Trajectdocument voor {name}, begonnen met `sportsocial new` op {day}.

Elke sectie hieronder zegt in een opmerking wat erin hoort, met een voorbeeld
(uitgecommentarieerd: haal '# ' weg om het te gebruiken, en pas het aan). Datums
schrijf je als 'JJJJ-MM-DD'. `sportsocial validate BESTAND` noemt elk probleem met
zijn regel; `sportsocial schema` toont het volledige formaat. Opmerkingen blijven
staan wanneer sportsocial dit bestand opslaat.""",
)

_FACILITATOR = Text(
    en="The process facilitator (name, engaged: start, funded_by, stakeholder).",
    nl="De procesbegeleider (name, engaged: start, funded_by, stakeholder).",
)
_EXAMPLE = Text(en="For example:", nl="Bijvoorbeeld:")


def _comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())


def skeleton(
    municipality: dict[str, Any],
    *,
    methodology: str = "ssnb",
    facilitator: dict[str, Any] | None = None,
    lang: str = "en",
    on: dt.date | None = None,
) -> str:
    """The YAML text of a new document: what is given, and every other section empty
    with a comment (in ``lang``) and a commented-out example."""
    day = (on or dt.date.today()).isoformat()
    out = [_comment(_HEAD.format(name=municipality.get("name", "?"), day=day)(lang)), "\n"]
    head: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "municipality": municipality,
        "methodology": methodology,
    }
    out.append(dump_text(head, "yaml"))
    out.append("\n" + _comment(_FACILITATOR(lang)))
    if facilitator is not None:
        out.append(dump_text({"facilitator": facilitator}, "yaml"))
    else:
        example = {"facilitator": {"name": "Sportservice", "engaged": {"start": day}}}
        out.append(_comment(dump_text(example, "yaml")))
    for key, about, example_text in SECTIONS:
        out.append("\n" + _comment(about(lang)))
        out.append(_comment(f"{_EXAMPLE(lang)}\n{key}:\n{example_text}"))
        out.append(f"{key}: {{}}\n" if key == "plan" else f"{key}: []\n")
    return "".join(out)
