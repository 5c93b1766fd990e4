"""Rendering a roadmap as terminal text and as Markdown, in English or Dutch."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..i18n import Text, day, plural
from ..model import Level

if TYPE_CHECKING:
    from .model import Roadmap, Step

__all__ = ["WORDS", "finding_text", "render_markdown", "render_text", "step_name"]

#: Every word of the rendering, in both languages (the iCalendar writer uses them too).
WORDS = {
    "title": Text(en="Road to the kick-off", nl="Route naar de kick-off"),
    "from": Text(
        en="Planned on {on} from the phase '{phase}', through the gates into: {gates}.",
        nl="Gepland op {on} vanuit de fase '{phase}', langs de poorten naar: {gates}.",
    ),
    "no_phase": Text(en="no phase yet", nl="nog geen fase"),
    "route": Text(
        en="Money for the plan comes {route}.", nl="Het geld voor het plan komt {route}."
    ),
    "kickoff": Text(en="Earliest kick-off", nl="Vroegste kick-off"),
    "set_by": Text(en="set by", nl="bepaald door"),
    "nothing_open": Text(
        en="no blocking finding is open", nl="er staat geen blokkerende bevinding open"
    ),
    "done": Text(en="The kick-off has taken place", nl="De kick-off heeft plaatsgevonden"),
    "chain": Text(en="Chain", nl="Keten"),
    "earlier": Text(en="What brings it earlier", nl="Wat de kick-off vervroegt"),
    "days_earlier": Text(en="{days} earlier", nl="{days} eerder"),
    "steps": Text(en="Steps", nl="Stappen"),
    "required": Text(en="required", nl="nodig"),
    "recommended": Text(en="recommended", nl="aanbevolen"),
    "resolves": Text(en="resolves", nl="lost op"),
    "calendar": Text(en="from the calendar", nl="uit de kalender"),
    "found": Text(en="found", nl="gevonden"),
    "room": Text(en="in the room", nl="aan tafel"),
    "after": Text(en="waits for", nl="wacht op"),
    "why": Text(en="why this date", nl="waarom deze datum"),
    "todo": Text(en="to do", nl="te doen"),
    "deadline": Text(en="before", nl="uiterlijk"),
    "late": Text(en="LATE", nl="TE LAAT"),
    "date": Text(en="Date", nl="Datum"),
    "step": Text(en="Step", nl="Stap"),
    "level": Text(en="Level", nl="Niveau"),
    "where": Text(en="Where", nl="Waar"),
    "need": Text(en="Needed", nl="Nodig"),
    "yes": Text(en="yes", nl="ja"),
    "no": Text(en="no", nl="nee"),
    "details": Text(en="Why these dates", nl="Waarom deze data"),
    "across": Text(en="across levels", nl="niveau-overstijgend"),
    "none": Text(en="none", nl="geen"),
    "step_no": Text(en="step {n}", nl="stap {n}"),
}


def _w(key: str, lang: str, **values: object) -> str:
    return WORDS[key].format(**values)(lang) if values else WORDS[key](lang)


def _earlier(days: int, lang: str) -> str:
    return _w("days_earlier", lang, days=plural(days, lang, *_DAYS[lang]))


_DAYS = {"en": ("day", "days"), "nl": ("dag", "dagen")}


def _level(step: Step, lang: str) -> str:
    return step.level.label(lang) if step.level else _w("across", lang)


def step_name(roadmap: Roadmap, step_id: str, lang: str) -> str:
    """A step's short name in ``lang``: what a chain or a list of steps shows of it.

    The id is stable and English (``joint-body``, ``replace-brc``); the name says the
    same in words (``stuurgroep met mandaat``, ``opvolging van Brede regeling
    combinatiefuncties``). A step of a plug-in's rule is named by the rule's title.
    """
    from ..readiness.explain import rule_title
    from .remedies import STEP_NAMES

    step = next((s for s in roadmap.steps if s.id == step_id), None)
    kind = step.kind if step is not None else step_id
    venue = step.venue.value if step is not None else ""
    if kind == "budget" and venue in ("kadernota", "budget-amendment"):
        kind = "budget-kadernota" if venue == "kadernota" else "budget-amendment"
    names = STEP_NAMES.get(kind)
    if names is None:
        return rule_title(kind.upper(), lang) or step_id
    en, nl = names
    rest = step_id.removeprefix(f"{step.kind if step is not None else kind}-")
    ident = step.ids[0] if step is not None and step.ids else rest
    name = roadmap.item_names.get(ident)
    level = next((lv for lv in Level if lv.value == rest), None)
    if kind == "session" and level is None:  # a session across levels
        en, nl = "work session", "werksessie"
    try:
        date = day(dt.date.fromisoformat(rest), lang) if kind == "new-college" else ""
    except ValueError:
        date = rest
    return Text(en=en, nl=nl).format(
        name=name or f"'{ident}'",
        level=level.label(lang) if level is not None else "",
        date=date,
    )(lang)


def _waits(roadmap: Roadmap, step: Step, lang: str) -> str:
    """The steps this one waits for: their ids in English (as before), in Dutch their
    numbers and names."""
    if lang == "en":
        return ", ".join(step.depends_on)
    number = {s.id: n for n, s in enumerate(roadmap.steps, 1)}
    return ", ".join(
        f"{_w('step_no', lang, n=number[d])} ({step_name(roadmap, d, lang)})"
        if d in number
        else step_name(roadmap, d, lang)
        for d in step.depends_on
    )


def finding_text(roadmap: Roadmap, step: Step, found: Text, lang: str) -> str:
    """A finding of a step; in Dutch with the names of the stakeholders and streams it
    names by id (:func:`sportsocial.privacy.name_ids`)."""
    if lang == "en":
        return found(lang)
    from ..privacy import name_ids

    # a hidden name is 'role (id)': beside the id the role alone is enough
    people = {i: n.removesuffix(f" ({i})") for i, n in roadmap.names.items()}
    return name_ids(found(lang), step.ids, {**roadmap.item_names, **people})


def _people(roadmap: Roadmap, step: Step) -> str:
    from ..privacy import with_id

    return ", ".join(with_id(roadmap.names.get(p, p), p) for p in step.participants)


def _headline(roadmap: Roadmap, lang: str) -> list[str]:
    k = roadmap.earliest_kickoff
    out = [f"{roadmap.municipality} — {_w('title', lang)}"]
    if k.done:
        out += [f"{_w('done', lang)}: {day(k.date, lang)}", k.why(lang)]
        return out
    phase = roadmap.phase_name(roadmap.phase, lang) if roadmap.phase else _w("no_phase", lang)
    gates = ", ".join(roadmap.phase_name(g, lang) for g in roadmap.gates)
    out.append(_w("from", lang, on=day(roadmap.on, lang), phase=phase, gates=gates))
    if any(s.venue.council for s in roadmap.steps):
        out.append(_w("route", lang, route=roadmap.budget_route.label(lang)))
    setter = (
        f"{_w('set_by', lang)} '{roadmap.step(k.set_by).title(lang)}'"
        if k.set_by
        else _w("nothing_open", lang)
    )
    out.append(f"{_w('kickoff', lang)}: {day(k.date, lang)} ({setter})")
    return out


def _chain(roadmap: Roadmap, lang: str) -> str:
    """The steps that set the kick-off date: ids in English, names in Dutch."""
    steps = [*roadmap.earliest_kickoff.chain, "kick-off"]
    if lang == "en":
        return " → ".join(steps)
    return " → ".join(step_name(roadmap, s, lang) for s in steps)


def render_text(roadmap: Roadmap, lang: str) -> str:
    """The roadmap for a terminal."""
    out = _headline(roadmap, lang)
    if roadmap.earliest_kickoff.done:
        return "\n".join(out) + "\n"
    if roadmap.earliest_kickoff.chain:
        out.append(f"{_w('chain', lang)}: {_chain(roadmap, lang)}")
    if roadmap.alternatives:
        out += ["", f"{_w('earlier', lang)}:"]
        for a in roadmap.alternatives:
            out.append(
                f"  - {a.title(lang)}: {day(a.date, lang)} ({_earlier(a.earlier_by_days, lang)})"
            )
    out += ["", f"{_w('steps', lang)}:"]
    for n, step in enumerate(roadmap.steps, 1):
        need = _w("required" if step.required else "recommended", lang)
        late = f" [{_w('late', lang)}]" if step.late else ""
        out.append(f"{n:2}. {day(step.earliest, lang)} — {step.title(lang)}{late}")
        label = step.id if lang == "en" else step_name(roadmap, step.id, lang)
        out.append(f"      {label} · {_level(step, lang)} · {step.venue.label(lang)} · {need}")
        if step.codes:
            out.append(f"      {_w('resolves', lang)}: {', '.join(step.codes)}")
        elif step.findings:
            found = "; ".join(finding_text(roadmap, step, f, lang) for f in step.findings)
            out.append(f"      {_w('calendar', lang)}: {found}")
        if step.deadline is not None:
            out.append(f"      {_w('deadline', lang)}: {day(step.deadline, lang)}")
        if step.depends_on:
            out.append(f"      {_w('after', lang)}: {_waits(roadmap, step, lang)}")
        if step.participants:
            out.append(f"      {_w('room', lang)}: {_people(roadmap, step)}")
        out.append(f"      {_w('why', lang)}: {step.why(lang)}")
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(roadmap: Roadmap, lang: str) -> str:
    """The roadmap as Markdown: the headline, a table of the steps, and why each date."""
    head = _headline(roadmap, lang)
    out = [f"# {head[0]}", ""]
    for line in head[1:]:
        out += [line, ""]
    if roadmap.earliest_kickoff.done:
        return "\n".join(out).rstrip() + "\n"
    if roadmap.earliest_kickoff.chain:
        out += [f"{_w('chain', lang)}: {_chain(roadmap, lang)}", ""]
    if roadmap.alternatives:
        out += [f"## {_w('earlier', lang)}", ""]
        for a in roadmap.alternatives:
            out.append(
                f"- {a.title(lang)}: **{day(a.date, lang)}** ({_earlier(a.earlier_by_days, lang)})"
            )
        out.append("")
    out += [
        f"## {_w('steps', lang)}",
        "",
        f"| # | {_w('date', lang)} | {_w('step', lang)} | {_w('level', lang)} | "
        f"{_w('where', lang)} | {_w('need', lang)} | {_w('after', lang).capitalize()} |",
        "|---|---|---|---|---|---|---|",
    ]
    number = {s.id: n for n, s in enumerate(roadmap.steps, 1)}
    for n, step in enumerate(roadmap.steps, 1):
        late = f" **{_w('late', lang)}**" if step.late else ""
        waits = ", ".join(str(number[d]) for d in step.depends_on if d in number) or "—"
        need = _w("yes" if step.required else "no", lang)
        out.append(
            f"| {n} | {day(step.earliest, lang)} | {_cell(step.title(lang))}{late} | "
            f"{_level(step, lang)} | {step.venue.label(lang)} | {need} | {waits} |"
        )
    out += ["", f"## {_w('details', lang)}", ""]
    for n, step in enumerate(roadmap.steps, 1):
        out.append(f"{n}. **{step.title(lang)}** ({day(step.earliest, lang)})")
        out.append(f"   - {_w('why', lang).capitalize()}: {step.why(lang)}")
        if step.codes:
            out.append(f"   - {_w('resolves', lang).capitalize()}: {', '.join(step.codes)}")
        for f in step.findings:
            out.append(
                f"   - {_w('found', lang).capitalize()}: {finding_text(roadmap, step, f, lang)}"
            )
        if step.remedy.en:
            out.append(f"   - {_w('todo', lang).capitalize()}: {step.remedy(lang)}")
        if step.participants:
            out.append(f"   - {_w('room', lang).capitalize()}: {_people(roadmap, step)}")
    return "\n".join(out) + "\n"
