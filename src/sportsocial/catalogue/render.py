"""Text and Markdown views of the catalogue and of suggestions, in English or Dutch."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..i18n import Text
from .match import Suggestion
from .model import Catalogue, Intervention, Source

__all__ = ["catalogue_markdown", "catalogue_text", "suggestions_markdown", "suggestions_text"]

_T = {
    "title": Text(en="Promising connections for {name}", nl="Kansrijke verbindingen voor {name}"),
    "on": Text(en=" on {date}", nl=" op {date}"),
    "new": Text(en="Not yet in the plan", nl="Nog niet in het plan"),
    "present": Text(en="Already present", nl="Al aanwezig"),
    "none": Text(
        en="No catalogue entry fits this engagement's target groups and domains.",
        nl="Geen item uit de catalogus past bij de doelgroepen en domeinen van dit traject.",
    ),
    "financing": Text(en="financing", nl="financiering"),
    "sources": Text(en="sources", nl="bronnen"),
    "groups": Text(en="target groups", nl="doelgroepen"),
    "goals": Text(en="social goals", nl="maatschappelijke doelen"),
    "domains": Text(en="typically paid from", nl="meestal betaald uit"),
    "funders": Text(
        en="paid from outside the municipality by", nl="betaald van buiten de gemeente door"
    ),
    "checked": Text(en="checked", nl="gecontroleerd"),
    "nothing": Text(en="none named", nl="niet genoemd"),
    "catalogue": Text(
        en="Catalogue of interventions and funding routes ({count} entries)",
        nl="Catalogus van interventies en financieringsroutes ({count} items)",
    ),
    "score": Text(en="score", nl="score"),
    "entry": Text(en="entry", nl="item"),
    "kind": Text(en="kind", nl="soort"),
    "where": Text(en="present in", nl="aanwezig in"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key].format(**values)(lang)


def _labels(items: Iterable[Any], lang: str) -> str:
    text = ", ".join(i.label(lang) for i in items)
    return text or _t("nothing", lang)


def _source(src: Source, lang: str) -> str:
    return f"{src.url} ({src.date_label(lang)})"


def _title(name: str, on: str | None, lang: str) -> str:
    return _t("title", lang, name=name) + (_t("on", lang, date=on) if on else "")


def suggestions_text(
    suggestions: Sequence[Suggestion], lang: str, *, name: str, on: str | None = None
) -> str:
    """Plain-text list: not yet in the plan, then already present; reason, financing, sources."""
    lines = [_title(name, on, lang), ""]
    if not suggestions:
        return "\n".join([*lines, _t("none", lang)])
    for present in (False, True):
        group = [s for s in suggestions if s.in_plan is present]
        if not group:
            continue
        lines.append(_t("present" if present else "new", lang))
        for s in group:
            entry = s.intervention
            lines.append(
                f"  {s.score:.2f}  {entry.id}  {entry.name(lang)} [{entry.kind.label(lang)}]"
            )
            lines.append(f"        {s.reason(lang)}")
            lines.append(f"        {_t('financing', lang)}: {entry.financing(lang)}")
            sources = "; ".join(_source(src, lang) for src in entry.sources)
            lines.append(f"        {_t('sources', lang)}: {sources}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def suggestions_markdown(
    suggestions: Sequence[Suggestion], lang: str, *, name: str, on: str | None = None
) -> str:
    """A Markdown table of the suggestions, then each with its reason and sources."""
    out = [f"# {_title(name, on, lang)}", ""]
    if not suggestions:
        return "\n".join([*out, _t("none", lang), ""])
    head = [_t("score", lang), _t("entry", lang), _t("kind", lang), _t("where", lang)]
    out += ["| " + " | ".join(head) + " |", "|---:|---|---|---|"]
    for s in suggestions:
        where = ", ".join(f"`{i}`" for i in s.found_in) or "–"
        out.append(
            f"| {s.score:.2f} | {_cell(s.intervention.name(lang))} | "
            f"{s.intervention.kind.label(lang)} | {where} |"
        )
    for s in suggestions:
        entry = s.intervention
        out += ["", f"## {_cell(entry.name(lang))}", "", s.reason(lang), ""]
        out.append(f"- {_t('financing', lang)}: {entry.financing(lang)}")
        for src in entry.sources:
            out.append(f"- [{_cell(src.title)}]({src.url}) ({src.date_label(lang)})")
    return "\n".join(out) + "\n"


def _entry_lines(entry: Intervention, lang: str) -> list[str]:
    return [
        f"{entry.id}  {entry.name(lang)} [{entry.kind.label(lang)}]",
        f"  {entry.summary(lang)}",
        f"  {_t('groups', lang)}: {_labels(entry.target_groups, lang)}",
        f"  {_t('goals', lang)}: {_labels(entry.social_goals, lang)}",
        f"  {_t('domains', lang)}: {_labels(entry.funding_domains, lang)}",
        f"  {_t('funders', lang)}: {_labels(entry.funders, lang)}",
        f"  {_t('financing', lang)}: {entry.financing(lang)}",
        *(f"  - {_source(src, lang)}  {src.title}" for src in entry.sources),
        f"  {_t('checked', lang)}: {entry.checked.isoformat()}",
    ]


def catalogue_text(catalogue: Catalogue, lang: str) -> str:
    """Every entry with its groups, goals, funding and sources, as plain text."""
    lines = [_t("catalogue", lang, count=len(catalogue)), ""]
    for entry in catalogue:
        lines += [*_entry_lines(entry, lang), ""]
    return "\n".join(lines).rstrip() + "\n"


def catalogue_markdown(catalogue: Catalogue, lang: str) -> str:
    """Every entry as a Markdown section, sources as links with their dates."""
    out = [f"# {_t('catalogue', lang, count=len(catalogue))}"]
    for entry in catalogue:
        out += ["", f"## {_cell(entry.name(lang))} (`{entry.id}`)", "", entry.summary(lang), ""]
        out += [
            f"- {_t('kind', lang)}: {entry.kind.label(lang)}",
            f"- {_t('groups', lang)}: {_labels(entry.target_groups, lang)}",
            f"- {_t('goals', lang)}: {_labels(entry.social_goals, lang)}",
            f"- {_t('domains', lang)}: {_labels(entry.funding_domains, lang)}",
            f"- {_t('funders', lang)}: {_labels(entry.funders, lang)}",
            f"- {_t('financing', lang)}: {entry.financing(lang)}",
            f"- {_t('checked', lang)}: {entry.checked.isoformat()}",
            f"- {_t('sources', lang)}:",
        ]
        out += [
            f"  - [{_cell(src.title)}]({src.url}) ({src.date_label(lang)})" for src in entry.sources
        ]
    return "\n".join(out) + "\n"
