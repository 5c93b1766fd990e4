"""Text and Markdown views of the catalogue and of suggestions, in English or Dutch.

Every view shows when an entry holds (its start and end date, or that it is
open), and every suggestion that does not last the plan period carries its
flag with the end date, so advice is never read without its date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from ..i18n import Text, day, day_text, number, plural
from ..model.taakveld import TAAKVELDEN
from .match import Suggestion
from .model import Catalogue, Intervention, Source
from .validity import PlanWindow, standing_on, validity_span, window_text

__all__ = ["catalogue_markdown", "catalogue_text", "suggestions_markdown", "suggestions_text"]

_T = {
    "title": Text(en="Promising connections for {name}", nl="Kansrijke verbindingen voor {name}"),
    "on": Text(en=" on {date}", nl=" op {date}"),
    "period": Text(en="Plan period: {window}", nl="Planperiode: {window_nl}"),
    "new": Text(en="Not yet in the plan", nl="Nog niet in het plan"),
    "new-flagged": Text(
        en="Not yet in the plan; mind the end date", nl="Nog niet in het plan; let op de einddatum"
    ),
    "present": Text(en="Already present", nl="Al aanwezig"),
    "none": Text(
        en="No catalogue entry fits this engagement's target groups and domains.",
        nl="Geen item uit de catalogus past bij de doelgroepen en domeinen van dit traject.",
    ),
    "valid": Text(en="valid", nl="geldig"),
    "flag": Text(en="note", nl="let op"),
    "financing": Text(en="financing", nl="financiering"),
    "co-financing": Text(en="co-financing", nl="cofinanciering"),
    "taakvelden": Text(en="budget line (Iv3 taakveld)", nl="begrotingspost (Iv3-taakveld)"),
    "unverified": Text(en="not verified", nl="niet geverifieerd"),
    "sources": Text(en="sources", nl="bronnen"),
    "groups": Text(en="target groups", nl="doelgroepen"),
    "goals": Text(en="social goals", nl="maatschappelijke doelen"),
    "domains": Text(en="typically paid from", nl="meestal betaald uit"),
    "funders": Text(en="who pays", nl="wie betaalt"),
    "checked": Text(en="checked", nl="gecontroleerd"),
    "source-checked": Text(en="checked {date}", nl="gecontroleerd {date}"),
    "nothing": Text(en="none named", nl="niet genoemd"),
    "catalogue": Text(
        en="Catalogue of interventions and funding routes ({count} entries)",
        nl="Catalogus van interventies en financieringsroutes ({items_nl})",
    ),
    "catalogue-on": Text(
        en="Catalogue of interventions and funding routes ({count} entries) on {date}",
        nl="Catalogus van interventies en financieringsroutes ({items_nl}) op {date}",
    ),
    "score": Text(en="score", nl="score"),
    "entry": Text(en="entry", nl="item"),
    "kind": Text(en="kind", nl="soort"),
    "until": Text(en="valid until", nl="geldig tot en met"),
    "open": Text(en="open", nl="open"),
    "where": Text(en="present in", nl="aanwezig in"),
}


def _period(suggestions: Sequence[Suggestion], lang: str) -> str:
    """The plan period line; in Dutch without repeating "plan" ("Planperiode: van ...")."""
    window = window_text(_window(suggestions))
    nl = window.nl.removeprefix("plan ")
    nl = "nog niet bekend" if nl.startswith("het plan") else nl
    return _t("period", lang, window=window, window_nl=nl)


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key].format(**values)(lang)


def _labels(items: Iterable[Any], lang: str) -> str:
    text = ", ".join(i.label(lang) for i in items)
    return text or _t("nothing", lang)


def _source(src: Source, lang: str) -> str:
    checked = _t("source-checked", lang, date=day_text(src.checked))
    return f"{src.url} ({src.date_label(lang)}; {checked})"


def _taakvelden(entry: Intervention, lang: str) -> str:
    return ", ".join(
        TAAKVELDEN[c].label(lang) if c in TAAKVELDEN else c for c in entry.taakvelden
    ) or _t("nothing", lang)


def _validity(entry: Intervention, lang: str, on: dt.date | None = None) -> str:
    text = validity_span(entry)(lang)
    return text if on is None else f"{text} ({standing_on(entry, on)(lang)})"


def _money_lines(entry: Intervention, lang: str) -> list[tuple[str, str]]:
    """(label, text) pairs: validity, co-financing, taakvelden and unverified facts."""
    out = [(_t("financing", lang), entry.financing(lang))]
    if entry.co_financing is not None:
        out.append((_t("co-financing", lang), entry.co_financing(lang)))
    if entry.taakvelden:
        out.append((_t("taakvelden", lang), _taakvelden(entry, lang)))
    out += [
        (f"{_t('unverified', lang)} – {u.about.label(lang)}", u.note(lang))
        for u in entry.unverified
    ]
    return out


def _title(name: str, on: str | None, lang: str) -> str:
    """The heading; ``on`` is an ISO date (as the command line passes it)."""
    when = day(dt.date.fromisoformat(on), lang) if on else None
    return _t("title", lang, name=name) + (_t("on", lang, date=when) if when else "")


def _groups(suggestions: Sequence[Suggestion]) -> list[tuple[str, list[Suggestion]]]:
    groups = [
        ("new", [s for s in suggestions if s.recommended]),
        ("new-flagged", [s for s in suggestions if not s.in_plan and not s.recommended]),
        ("present", [s for s in suggestions if s.in_plan]),
    ]
    return [(key, group) for key, group in groups if group]


def _window(suggestions: Sequence[Suggestion]) -> PlanWindow | None:
    return suggestions[0].window if suggestions else None


def suggestions_text(
    suggestions: Sequence[Suggestion], lang: str, *, name: str, on: str | None = None
) -> str:
    """Plain text: recommendations, flagged ones, then those already present.

    Each with its reason, validity (and flag), financing, co-financing,
    taakveld, unverified facts and sources.
    """
    lines = [_title(name, on, lang)]
    if not suggestions:
        return "\n".join([*lines, "", _t("none", lang)]) + "\n"
    lines += [_period(suggestions, lang), ""]
    for key, group in _groups(suggestions):
        lines.append(_t(key, lang))
        for s in group:
            entry = s.intervention
            lines.append(
                f"  {number(s.score, lang, 2)}  {entry.id}  {entry.name(lang)} [{entry.kind.label(lang)}]"
            )
            lines.append(f"        {s.reason(lang)}")
            lines.append(f"        {_t('valid', lang)}: {_validity(entry, lang)}")
            if s.flag is not None:
                lines.append(f"        {_t('flag', lang)}: {s.flag(lang)}")
            lines += [f"        {label}: {text}" for label, text in _money_lines(entry, lang)]
            sources = "; ".join(_source(src, lang) for src in entry.sources)
            lines.append(f"        {_t('sources', lang)}: {sources}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _until(entry: Intervention, lang: str) -> str:
    return day(entry.valid_until, lang) if entry.valid_until else _t("open", lang)


def suggestions_markdown(
    suggestions: Sequence[Suggestion], lang: str, *, name: str, on: str | None = None
) -> str:
    """A Markdown table of the suggestions, then each with its reason, dates and sources."""
    out = [f"# {_title(name, on, lang)}", ""]
    if not suggestions:
        return "\n".join([*out, _t("none", lang), ""])
    out += [_period(suggestions, lang), ""]
    head = [
        _t("score", lang),
        _t("entry", lang),
        _t("kind", lang),
        _t("until", lang),
        _t("flag", lang),
        _t("where", lang),
    ]
    out += ["| " + " | ".join(head) + " |", "|---:|---|---|---|---|---|"]
    for s in suggestions:
        where = ", ".join(f"`{i}`" for i in s.found_in) or "–"
        flag = _cell(s.flag(lang)) if s.flag is not None else "–"
        out.append(
            f"| {number(s.score, lang, 2)} | {_cell(s.intervention.name(lang))} | "
            f"{s.intervention.kind.label(lang)} | {_until(s.intervention, lang)} | "
            f"{flag} | {where} |"
        )
    for s in suggestions:
        entry = s.intervention
        out += ["", f"## {_cell(entry.name(lang))}", "", s.reason(lang), ""]
        out.append(f"- {_t('valid', lang)}: {_validity(entry, lang)}")
        if s.flag is not None:
            out.append(f"- **{_t('flag', lang)}**: {s.flag(lang)}")
        out += [f"- {label}: {text}" for label, text in _money_lines(entry, lang)]
        for src in entry.sources:
            checked = _t("source-checked", lang, date=day_text(src.checked))
            out.append(f"- [{_cell(src.title)}]({src.url}) ({src.date_label(lang)}; {checked})")
    return "\n".join(out) + "\n"


def _entry_lines(entry: Intervention, lang: str, on: dt.date | None) -> list[str]:
    return [
        f"{entry.id}  {entry.name(lang)} [{entry.kind.label(lang)}]",
        f"  {entry.summary(lang)}",
        f"  {_t('valid', lang)}: {_validity(entry, lang, on)}",
        f"  {_t('groups', lang)}: {_labels(entry.target_groups, lang)}",
        f"  {_t('goals', lang)}: {_labels(entry.social_goals, lang)}",
        f"  {_t('domains', lang)}: {_labels(entry.funding_domains, lang)}",
        f"  {_t('funders', lang)}: {_labels(entry.funders, lang)}",
        *(f"  {label}: {text}" for label, text in _money_lines(entry, lang)),
        *(f"  - {_source(src, lang)}  {src.title}" for src in entry.sources),
        f"  {_t('checked', lang)}: {day(entry.checked, lang)}",
    ]


def _catalogue_title(catalogue: Catalogue, lang: str, on: dt.date | None) -> str:
    items_nl = plural(len(catalogue), "nl", "item", "items")
    if on is None:
        return _t("catalogue", lang, count=len(catalogue), items_nl=items_nl)
    return _t("catalogue-on", lang, count=len(catalogue), items_nl=items_nl, date=day_text(on))


def catalogue_text(catalogue: Catalogue, lang: str, on: dt.date | None = None) -> str:
    """Every entry with its validity, groups, goals, funding and sources, as plain text.

    With ``on``, each entry also says whether it holds that day.
    """
    lines = [_catalogue_title(catalogue, lang, on), ""]
    for entry in catalogue:
        lines += [*_entry_lines(entry, lang, on), ""]
    return "\n".join(lines).rstrip() + "\n"


def catalogue_markdown(catalogue: Catalogue, lang: str, on: dt.date | None = None) -> str:
    """Every entry as a Markdown section, sources as links with their dates."""
    out = [f"# {_catalogue_title(catalogue, lang, on)}"]
    for entry in catalogue:
        out += ["", f"## {_cell(entry.name(lang))} (`{entry.id}`)", "", entry.summary(lang), ""]
        out += [
            f"- {_t('kind', lang)}: {entry.kind.label(lang)}",
            f"- {_t('valid', lang)}: {_validity(entry, lang, on)}",
            f"- {_t('groups', lang)}: {_labels(entry.target_groups, lang)}",
            f"- {_t('goals', lang)}: {_labels(entry.social_goals, lang)}",
            f"- {_t('domains', lang)}: {_labels(entry.funding_domains, lang)}",
            f"- {_t('funders', lang)}: {_labels(entry.funders, lang)}",
            *(f"- {label}: {text}" for label, text in _money_lines(entry, lang)),
            f"- {_t('checked', lang)}: {day(entry.checked, lang)}",
            f"- {_t('sources', lang)}:",
        ]
        out += [
            f"  - [{_cell(src.title)}]({src.url}) ({src.date_label(lang)}; "
            f"{_t('source-checked', lang, date=day_text(src.checked))})"
            for src in entry.sources
        ]
    return "\n".join(out) + "\n"
