"""Synthetic engagement documents of any size, shaped like a real municipality's.

The documents are plain data in document format 1, written out as a user would
write them: the benchmark times loading too, and a version-1 document keeps
loading (it migrates) when the format moves on.

Shape of an engagement of *n* stakeholders (about n/16 neighbourhoods):

* a municipal core: a portfolio holder and a department for each of five
  domains, a facilitator and a council;
* per neighbourhood: a buurtsportcoach, a welfare worker, sports clubs, a
  community organisation, a care provider and a few others (executive level);
* relations: each executive stakeholder works with two or three others in its
  neighbourhood, its coach or welfare worker reports to a department, a few
  ties cross neighbourhoods; about 2.3 relations per stakeholder, so the
  network is sparse, as real ones are;
* governance: a steering group deciding over the pooled streams, a working
  group of the departments, and a core team of 5-8 members per neighbourhood;
* per neighbourhood a funding stream, a decision, a work session, an
  opportunity, an obstacle and two plan actions; a goal every four
  neighbourhoods; a phase log into the fourth phase of the SSNB methodology.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

__all__ = ["EVALUATED_ON", "synthetic_document", "synthetic_text"]

#: The date the benchmark evaluates on: every fact of the document has happened.
EVALUATED_ON = dt.date(2026, 11, 24)

_DOMAINS = ("sport", "social-support", "work-and-income", "public-health", "poverty-and-debt")
_SOCIAL = _DOMAINS[1:]
_GROUPS = ("lonely-older-people", "distance-to-labour-market", "people-with-overweight", "low-ses")
_GOALS = ("participation", "work", "health", "self-reliance")
_OBSTACLES = ("siloed-budget", "capacity", "unknown-value-of-sport", "accessibility")
# kind, domain (None: the neighbourhood's social domain), share of the neighbourhood
_LOCAL = (
    ("sport-provider", "sport"),
    ("welfare-organisation", None),
    ("sports-club", "sport"),
    ("sports-club", "sport"),
    ("sports-club", "sport"),
    ("community-organisation", None),
    ("care-provider", "public-health"),
    ("sports-club", "sport"),
    ("work-and-income-agency", "work-and-income"),
    ("community-organisation", "poverty-and-debt"),
    ("employer", "work-and-income"),
    ("education", "sport"),
    ("sports-club", "sport"),
    ("welfare-organisation", "social-support"),
    ("housing", None),
    ("sports-club", "sport"),
)


def _day(offset: int) -> str:
    return (dt.date(2024, 1, 1) + dt.timedelta(days=offset)).isoformat()


def synthetic_document(n: int, seed: int = 2026) -> dict[str, Any]:
    """An engagement document (format 1, as data) with about ``n`` stakeholders."""
    rng = random.Random(seed)
    stakeholders: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []

    def person(sid: str, name: str, kind: str, level: str, domain: str | None) -> str:
        entry: dict[str, Any] = {"id": sid, "name": name, "kind": kind, "level": level}
        if domain is not None:
            entry["domain"] = domain
        stakeholders.append(entry)
        return sid

    def tie(source: str, target: str, kind: str, start: int) -> None:
        entry: dict[str, Any] = {
            "source": source,
            "target": target,
            "kind": kind,
            "period": {"start": _day(start)},
        }
        if kind == "collaborates":
            entry["strength"] = rng.randint(1, 4)
        relations.append(entry)

    holders = [
        person(f"weth-{d}", f"Wethouder {d}", "municipal-executive", "administrative", d)
        for d in _DOMAINS
    ]
    depts = [
        person(f"afd-{d}", f"Team {d}", "municipal-department", "official", d) for d in _DOMAINS
    ]
    person("ssnb", "Procesbegeleider", "facilitator", "official", None)
    person("raad", "Gemeenteraad", "council", "administrative", None)
    for h, d in zip(holders, depts, strict=True):
        tie(d, h, "reports-to", 30)
    for i, d in enumerate(depts[1:]):
        tie(depts[0], d, "collaborates", 60 + i)

    hoods = max(1, (n - len(stakeholders)) // len(_LOCAL))
    funding: list[dict[str, Any]] = []
    bodies: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    opportunities: list[dict[str, Any]] = []
    obstacles: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    goals: list[dict[str, Any]] = []
    local: list[list[str]] = []
    for w in range(hoods):
        social = _SOCIAL[w % len(_SOCIAL)]
        ids = [
            person(
                f"w{w}-{j}",
                f"Partner {j} in wijk {w}",
                kind,
                "executive",
                social if domain is None else domain,
            )
            for j, (kind, domain) in enumerate(_LOCAL)
        ]
        local.append(ids)
        coach, welfare = ids[0], ids[1]
        tie(coach, depts[0], "reports-to", 10 + w % 50)
        tie(depts[_DOMAINS.index(social)], welfare, "funds", 20 + w % 50)
        tie(coach, welfare, "collaborates", 100 + w % 200)
        for j, other in enumerate(ids[2:], start=2):
            tie(coach if j % 2 else welfare, other, "collaborates", 120 + (w * 7 + j) % 300)
        for _ in range(len(ids) // 2):
            a, b = rng.sample(ids[2:], 2)
            tie(a, b, "collaborates", 200 + rng.randrange(300))
        if w:
            tie(coach, local[rng.randrange(w)][0], "collaborates", 250 + rng.randrange(200))
        stream = f"f-{w}"
        funding.append(
            {
                "id": stream,
                "name": f"Budget wijk {w}",
                "source_domain": (_DOMAINS[0], social)[w % 2],
                "amount_per_year": 20_000 + 1_000 * (w % 17),
                "period": {"start": _day(200 + w % 300), "end": "2030-12-31"},
                "nature": ("structural", "incidental")[w % 3 == 2],
                "integration": ("pooled", "aligned", "siloed")[w % 3],
                "holder": depts[w % len(depts)],
                "committed": _day(150 + w % 300),
            }
        )
        bodies.append(
            {
                "id": f"kern-{w}",
                "name": f"Kernteam wijk {w}",
                "kind": "core-team",
                "level": "executive",
                "mandate": "advisory",
                "period": {"start": _day(300 + w % 200)},
                "members": rng.sample(ids, rng.randint(5, 8)),
            }
        )
        decisions.append(
            {
                "id": f"besluit-{w}",
                "kind": ("budget", "goal", "other")[w % 3],
                "date": _day(150 + w % 300),
                "title": f"Besluit over wijk {w}",
                "decided_by": holders[w % len(holders)],
                "domains": [_DOMAINS[0], social],
                "funding": [stream],
            }
        )
        sessions.append(
            {
                "id": f"ws-{w}",
                "date": _day(250 + w % 400),
                "levels": ["official", "executive"],
                "participants": [depts[0], *rng.sample(ids, 6)],
                "topics": ["Kansen in de wijk"],
            }
        )
        opportunities.append(
            {
                "id": f"k-{w}",
                "identified": _day(260 + w % 300),
                "target_group": _GROUPS[w % len(_GROUPS)],
                "goal": _GOALS[w % len(_GOALS)],
                "sport_offer": f"Beweegaanbod in wijk {w}",
                "partners": [coach, welfare],
            }
        )
        obstacles.append(
            {
                "id": f"h-{w}",
                "identified": _day(260 + w % 300),
                "kind": _OBSTACLES[w % len(_OBSTACLES)],
                "description": f"Knelpunt in wijk {w}",
                "response": "Afspraken in het kernteam",
                "response_date": _day(400 + w % 300),
            }
        )
        if w % 4 == 0:
            goals.append(
                {
                    "id": f"d-{w}",
                    "title": f"Meer mensen bewegen in wijk {w}",
                    "set_on": _day(500),
                    "social_goal": _GOALS[w % len(_GOALS)],
                    "target_groups": [_GROUPS[w % len(_GROUPS)]],
                    "benefiting_domains": [social],
                    "indicators": [
                        {
                            "name": "Deelnemers per week",
                            "unit": "persons",
                            "baseline": 40 + w,
                            "baseline_date": _day(480),
                            "target": 80 + w,
                            "target_date": "2028-12-31",
                        }
                    ],
                }
            )
        for a in range(2):
            actions.append(
                {
                    "id": f"a-{w}-{a}",
                    "title": f"Actie {a} in wijk {w}",
                    "added": _day(600),
                    "owner": ids[a],
                    "level": "executive",
                    "target_groups": [_GROUPS[(w + a) % len(_GROUPS)]],
                    "funding": [stream],
                    "goals": [f"d-{w - w % 4}"],
                    "start": _day(700 + a * 30),
                    "cost_per_year": 10_000 + 500 * a,
                }
            )

    pooled = [f["id"] for f in funding if f["integration"] != "siloed"]
    bodies[:0] = [
        {
            "id": "stuurgroep",
            "name": "Stuurgroep",
            "kind": "steering-group",
            "level": "administrative",
            "mandate": "decision",
            "period": {"start": _day(90)},
            "members": holders,
            "controls": pooled,
        },
        {
            "id": "werkgroep",
            "name": "Ambtelijke werkgroep",
            "kind": "working-group",
            "level": "official",
            "mandate": "advisory",
            "period": {"start": _day(60)},
            "members": [*depts, "ssnb"],
        },
    ]
    return {
        "schema_version": 1,
        "municipality": {"name": "Synthetisch", "cbs_code": "GM9999", "population": 60 * n},
        "methodology": "ssnb",
        "facilitator": {
            "organisation": "Sportservice",
            "since": _day(0),
            "independent": True,
            "stakeholder": "ssnb",
        },
        "target_groups": list(_GROUPS),
        "domains": list(_DOMAINS),
        "stakeholders": stakeholders,
        "relations": relations,
        "funding": funding,
        "governance": bodies,
        "decisions": decisions,
        "work_sessions": sessions,
        "opportunities": opportunities,
        "obstacles": obstacles,
        "goals": goals,
        "plan": {"drafted": _day(600), "actions": actions},
        "phase_log": [
            {"phase": "exploration", "entered": _day(0)},
            {"phase": "baseline", "entered": _day(40), "decided_by": "ssnb"},
            {"phase": "administrative-connection", "entered": _day(120), "decided_by": "raad"},
            {"phase": "work-sessions", "entered": _day(400), "decided_by": "stuurgroep"},
        ],
    }


def synthetic_text(n: int, seed: int = 2026) -> str:
    """The document of :func:`synthetic_document` as JSON text."""
    return json.dumps(synthetic_document(n, seed))
