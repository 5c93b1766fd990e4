"""Checks of a catalogue beyond its JSON Schema, with ``CAT`` problem codes.

The schema checks the shape of each entry; these checks look across fields
and entries: unique ids, real calendar dates, lower-case keywords that belong
to one entry only, texts in both languages, sources not dated after the entry
was checked. The codes are registered in :data:`sportsocial.io.PROBLEM_CODES`
beside the document codes, so :func:`sportsocial.io.problem` builds them.
"""

from __future__ import annotations

import datetime as dt

from ..errors import Problem
from ..i18n import LANGUAGES, Text
from ..io.paths import json_path
from ..io.problems import PROBLEM_CODES, ProblemCode, problem
from .model import Catalogue, Intervention

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
        "the source is dated {date}, after the entry was checked ({checked})",
        "de bron is gedateerd {date}, na de controle van het item ({checked})",
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


def _texts(entry: Intervention) -> list[tuple[str, Text]]:
    return [("name", entry.name), ("summary", entry.summary), ("financing", entry.financing)]


def _entry_problems(i: int, entry: Intervention, source: str | None) -> list[Problem]:
    out: list[Problem] = []
    for key, text in _texts(entry):
        for lang in LANGUAGES:
            if not text(lang).strip():
                out.append(
                    problem(
                        "CAT105", json_path(["entries", i, key, lang]), source=source, lang=lang
                    )
                )
    for k, word in enumerate(entry.keywords):
        if word != word.lower() or word != word.strip():
            path = json_path(["entries", i, "keywords", k])
            out.append(problem("CAT103", path, source=source, value=repr(word)))
    for j, src in enumerate(entry.sources):
        if src.date is None:
            continue
        path = json_path(["entries", i, "sources", j, "date"])
        if not _real_date(src.date):
            out.append(problem("CAT102", path, source=source, value=src.date))
        elif _first_day(src.date) > entry.checked:
            out.append(
                problem(
                    "CAT106",
                    path,
                    source=source,
                    date=src.date,
                    checked=entry.checked.isoformat(),
                )
            )
    return out


def check_catalogue(catalogue: Catalogue, source: str | None = None) -> list[Problem]:
    """Every problem of a structured catalogue that its schema cannot see (``CAT1xx``)."""
    out: list[Problem] = []
    first: dict[str, int] = {}
    owner: dict[str, str] = {}
    for i, entry in enumerate(catalogue.entries):
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
