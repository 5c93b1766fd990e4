"""The roadmap as iCalendar (RFC 5545): one all-day event per step, for the facilitator's diary.

Written by hand, to the letter of the RFC: lines end in CRLF (3.1), lines
longer than 75 octets are folded with CRLF and one space, never inside a UTF-8
character (3.1), text values escape backslash, semicolon, comma and newline
(3.3.11), every event has a ``UID`` and a ``DTSTAMP`` (3.6.1).

A step's ``UID`` is made of the step id and the municipality, so that importing
a newer roadmap moves the items already in the diary instead of adding
copies; its ``DTSTAMP`` is the roadmap's date, so a newer roadmap carries a
newer stamp. The dates are the earliest realistic ones, so each event is
``TENTATIVE`` and does not block time (``TRANSP:TRANSPARENT``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from .._version import __version__
from ..i18n import day
from .render import WORDS, finding_text

if TYPE_CHECKING:
    from .model import Roadmap, Step

__all__ = ["escape_text", "fold", "render_ics"]

_LIMIT = 75


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 3.3.11 asks.

    >>> print(escape_text("Kick-off, Roosendaal; with partners\\nand the college"))
    Kick-off\\, Roosendaal\\; with partners\\nand the college
    """
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets (RFC 5545 3.1), CRLF-terminated.

    >>> fold("X:" + "é" * 40).split("\\r\\n")[1][:2]
    ' é'
    """
    out: list[str] = []
    current = ""
    size = 0
    limit = _LIMIT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _LIMIT
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "engagement"


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _description(roadmap: Roadmap, step: Step, lang: str) -> str:
    def w(key: str) -> str:
        text = WORDS[key](lang)
        return text[:1].upper() + text[1:]

    lines = [f"{w('why')}: {step.why(lang)}"]
    for f in step.findings:
        lines.append(f"{w('found')}: {finding_text(roadmap, step, f, lang)}")
    if step.remedy.en:
        lines.append(f"{w('todo')}: {step.remedy(lang)}")
    if step.participants:
        people = ", ".join(roadmap.names.get(p, p) for p in step.participants)
        lines.append(f"{w('room')}: {people}")
    if step.depends_on:
        titles = "; ".join(roadmap.step(d).title(lang) for d in step.depends_on)
        lines.append(f"{w('after')}: {titles}")
    if step.deadline is not None:
        deadline = step.deadline.isoformat() if lang == "en" else day(step.deadline, lang)
        lines.append(f"{w('deadline')}: {deadline}")
    if step.codes:
        lines.append(f"{w('resolves')}: {', '.join(step.codes)}")
    return "\n".join(lines)


def render_ics(roadmap: Roadmap, lang: str, stamp: dt.datetime | None = None) -> str:
    """The roadmap's steps (the kick-off included) as a VCALENDAR of all-day VEVENTs."""
    when = stamp or dt.datetime.combine(roadmap.on, dt.time(), tzinfo=dt.UTC)
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    dtstamp = when.strftime("%Y%m%dT%H%M%S") + ("Z" if when.tzinfo is not None else "")
    place = _slug(roadmap.municipality)
    name = f"{WORDS['title'](lang)} — {roadmap.municipality}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//sportsocial//roadmap {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for step in roadmap.steps:
        level = step.level.label(lang) if step.level else WORDS["across"](lang)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{step.id}.{place}@roadmap.sportsocial",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{_date(step.earliest)}",
            # a whole day; on 9999-12-31 the day after does not exist, and RFC 5545
            # reads a date without an end as that one day
            *(
                [f"DTEND;VALUE=DATE:{_date(step.earliest + dt.timedelta(days=1))}"]
                if step.earliest < dt.date.max
                else []
            ),
            f"SUMMARY:{escape_text(step.title(lang))}",
            f"DESCRIPTION:{escape_text(_description(roadmap, step, lang))}",
            f"CATEGORIES:{escape_text(level)},{escape_text(step.venue.label(lang))}",
            "STATUS:TENTATIVE",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
