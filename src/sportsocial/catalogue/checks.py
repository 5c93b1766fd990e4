"""Checks of a catalogue beyond its JSON Schema, with ``CAT`` problem codes.

The schema checks the shape of each entry; these checks look across fields
and entries: unique ids, real calendar dates, lower-case keywords that belong
to one entry only, texts in both languages, sources not dated after they were
checked, a validity that is a real period and had not ended when the entry
was checked, an end that says what follows, and funding routes that name who
pays, the co-financing rule and the taakveld (or say that the sources do not). The codes are registered in :data:`sportsocial.io.PROBLEM_CODES`
beside the document codes, so :func:`sportsocial.io.problem` builds them.
"""

from __future__ import annotations

import datetime as dt

from ..errors import Problem
from ..i18n import LANGUAGES, Text, day
from ..io.paths import json_path
from ..io.problems import PROBLEM_CODES, ProblemCode, problem
from .model import Catalogue, FactKind, Intervention, InterventionKind

__all__ = ["CATALOGUE_CODES", "check_catalogue"]


def _c(code: str, name: str, en: str, nl: str) -> ProblemCode:
    return ProblemCode(code, name, Text(en=en, nl=nl))


#: The catalogue's own problem codes. Never renumbered or reused.
CATALOGUE_CODES: tuple[ProblemCode, ...] = (
    _c(
        "CAT101",
        "duplicate-entry-id",
        "entry id '{ref}' is used more than once (first at {first})",
        "id '{ref}' komt meer dan eens voor (eerst bij {first})",
    ),
    _c(
        "CAT102",
        "invalid-source-date",
        "{value} is not a real calendar date",
        "{value} is geen bestaande datum",
    ),
    _c(
        "CAT103",
        "keyword-not-normalised",
        "keyword {value} must be lower-case, without spaces around it",
        "trefwoord {value} moet in kleine letters, zonder spaties eromheen",
    ),
    _c(
        "CAT104",
        "keyword-shared",
        "keyword '{keyword}' also belongs to entry '{other}'; an engagement that mentions it "
        "would seem to have both",
        "trefwoord '{keyword}' hoort ook bij '{other}'; een traject dat het noemt, lijkt dan "
        "beide te hebben",
    ),
    _c(
        "CAT105",
        "blank-text",
        "the {lang} text is blank; every text needs English and Dutch",
        "de tekst in taal '{lang}' is leeg; elke tekst moet in het Engels en het Nederlands",
    ),
    _c(
        "CAT106",
        "source-after-check",
        "the source is dated {date}, after it was checked ({checked})",
        "de bron is gedateerd {date}, na de datum waarop ze is gecontroleerd ({checked})",
    ),
    _c(
        "CAT107",
        "source-checked-after-entry",
        "the source was checked on {date}, after the entry itself ({checked})",
        "de bron is gecontroleerd op {date}, na het item zelf ({checked})",
    ),
    _c(
        "CAT108",
        "validity-reversed",
        "valid_until {until} lies before valid_from {start}",
        "valid_until {until} ligt vóór valid_from {start}",
    ),
    _c(
        "CAT109",
        "ended-before-check",
        "the entry ended on {until}, before it was checked ({checked}); remove it or "
        "give its successor",
        "het item liep af op {until}, vóór de controle ({checked}); verwijder het of "
        "neem de opvolger op",
    ),
    _c(
        "CAT110",
        "funding-route-without-funder",
        "a funding route must say who pays (funders), or record under unverified "
        "that the sources do not",
        "bij een financieringsroute hoort wie betaalt (funders), of onder unverified "
        "dat de bronnen dat niet zeggen",
    ),
    _c(
        "CAT111",
        "funding-route-without-co-financing",
        "a funding route must give its co-financing rule (co_financing), or record "
        "under unverified that the sources do not",
        "bij een financieringsroute hoort de cofinancieringsregel (co_financing), of "
        "onder unverified dat de bronnen die niet geven",
    ),
    _c(
        "CAT112",
        "funding-route-without-taakveld",
        "a funding route must name the Iv3 taakveld it is usually booked on "
        "(taakvelden), or record under unverified that the sources do not",
        "bij een financieringsroute hoort het Iv3-taakveld waarop ze meestal wordt "
        "geboekt (taakvelden), of onder unverified dat de bronnen dat niet noemen",
    ),
    _c(
        "CAT113",
        "end-without-continuation",
        "the entry ends on {until} but does not say what follows: name the successor "
        "(followed_by) or record under unverified that it is not settled (continuation)",
        "het item loopt af op {until} maar zegt niet wat erna komt: noem de opvolger "
        "(followed_by) of leg onder unverified vast dat dat nog niet vaststaat (continuation)",
    ),
    _c(
        "CAT114",
        "unknown-entry-reference",
        "'{ref}' is not another entry of this catalogue",
        "'{ref}' is geen ander item van deze catalogus",
    ),
)

for _code in CATALOGUE_CODES:
    PROBLEM_CODES.setdefault(_code.code, _code)


def _real_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _first_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return dt.date(year, month, day)


def _texts(entry: Intervention) -> list[tuple[list[str | int], Text]]:
    out: list[tuple[list[str | int], Text]] = [
        (["name"], entry.name),
        (["summary"], entry.summary),
        (["financing"], entry.financing),
    ]
    if entry.co_financing is not None:
        out.append((["co_financing"], entry.co_financing))
    out += [(["unverified", k, "note"], u.note) for k, u in enumerate(entry.unverified)]
    return out


def _date(value: dt.date) -> Text:
    """A date in a message: as the catalogue writes it in English, written out in Dutch."""
    return Text(en=value.isoformat(), nl=day(value, "nl"))


def _validity_problems(i: int, entry: Intervention, source: str | None) -> list[Problem]:
    out: list[Problem] = []
    until = entry.valid_until
    if until is None:
        return out
    path = json_path(["entries", i, "valid_until"])
    if entry.valid_from is not None and until < entry.valid_from:
        start = _date(entry.valid_from)
        out.append(problem("CAT108", path, source=source, until=_date(until), start=start))
    if until < entry.checked:
        out.append(
            problem(
                "CAT109",
                path,
                source=source,
                until=_date(until),
                checked=_date(entry.checked),
            )
        )
    if entry.followed_by is None and entry.unverified_about(FactKind.CONTINUATION) is None:
        out.append(problem("CAT113", path, source=source, until=_date(until)))
    return out


def _funding_route_problems(i: int, entry: Intervention, source: str | None) -> list[Problem]:
    if entry.kind is not InterventionKind.FUNDING_ROUTE:
        return []
    stated = {
        ("CAT110", "funders", FactKind.FUNDER): bool(entry.funders),
        ("CAT111", "co_financing", FactKind.CO_FINANCING): entry.co_financing is not None,
        ("CAT112", "taakvelden", FactKind.TAAKVELD): bool(entry.taakvelden),
    }
    return [
        problem(code, json_path(["entries", i, key]), source=source)
        for (code, key, fact), given in stated.items()
        if not given and entry.unverified_about(fact) is None
    ]


def _entry_problems(i: int, entry: Intervention, source: str | None) -> list[Problem]:
    out: list[Problem] = []
    for keys, text in _texts(entry):
        for lang in LANGUAGES:
            if not text(lang).strip():
                out.append(
                    problem(
                        "CAT105",
                        json_path(["entries", i, *keys, lang]),
                        source=source,
                        lang=lang,
                    )
                )
    for k, word in enumerate(entry.keywords):
        if word != word.lower() or word != word.strip():
            path = json_path(["entries", i, "keywords", k])
            out.append(problem("CAT103", path, source=source, value=repr(word)))
    for j, src in enumerate(entry.sources):
        if src.checked > entry.checked:
            out.append(
                problem(
                    "CAT107",
                    json_path(["entries", i, "sources", j, "checked"]),
                    source=source,
                    date=_date(src.checked),
                    checked=_date(entry.checked),
                )
            )
        if src.date is None:
            continue
        path = json_path(["entries", i, "sources", j, "date"])
        if not _real_date(src.date):
            out.append(problem("CAT102", path, source=source, value=src.date))
        elif _first_day(src.date) > src.checked:
            out.append(
                problem(
                    "CAT106",
                    path,
                    source=source,
                    date=src.date,
                    checked=_date(src.checked),
                )
            )
    out += _validity_problems(i, entry, source)
    out += _funding_route_problems(i, entry, source)
    return out


def check_catalogue(catalogue: Catalogue, source: str | None = None) -> list[Problem]:
    """Every problem of a structured catalogue that its schema cannot see (``CAT1xx``)."""
    out: list[Problem] = []
    first: dict[str, int] = {}
    owner: dict[str, str] = {}
    ids = set(catalogue.ids)
    for i, entry in enumerate(catalogue.entries):
        refs: list[tuple[list[str | int], str]] = [
            (["paid_through", k], ref) for k, ref in enumerate(entry.paid_through)
        ]
        if entry.followed_by is not None:
            refs.append((["followed_by"], entry.followed_by))
        for keys, ref in refs:
            if ref not in ids or ref == entry.id:
                path = json_path(["entries", i, *keys])
                out.append(problem("CAT114", path, source=source, ref=ref))
        if entry.id in first:
            out.append(
                problem(
                    "CAT101",
                    json_path(["entries", i, "id"]),
                    source=source,
                    ref=entry.id,
                    first=json_path(["entries", first[entry.id], "id"]),
                )
            )
        else:
            first[entry.id] = i
        out.extend(_entry_problems(i, entry, source))
        for k, word in enumerate(entry.keywords):
            key = word.strip().lower()
            other = owner.setdefault(key, entry.id)
            if other != entry.id:
                path = json_path(["entries", i, "keywords", k])
                out.append(problem("CAT104", path, source=source, keyword=key, other=other))
    return out
