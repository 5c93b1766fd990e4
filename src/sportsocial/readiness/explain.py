"""Rule documentation, generated from the registry: ``explain`` and the rule reference."""

from __future__ import annotations

import re

from ..i18n import Text, check_lang, number, percent, plural
from ._registry import RULES, Rule, RuleParameter

__all__ = ["explain", "rule_reference", "rule_title", "rules_table"]

_H = {
    "what": Text(en="What it checks", nl="Wat het controleert"),
    "why": Text(en="Why it matters", nl="Waarom dit belangrijk is"),
    "example": Text(en="Example", nl="Voorbeeld"),
    "fix": Text(en="How to fix", nl="Zo los je het op"),
    "parameters": Text(en="Parameters", nl="Parameters"),
    "references": Text(en="References", nl="Bronnen"),
    "family": Text(en="family", nl="familie"),
    "level": Text(en="level", nl="niveau"),
    "severity": Text(en="default severity", nl="standaard ernst"),
    "dimension": Text(en="dimension", nl="dimensie"),
    "paths": Text(en="inspects", nl="bekijkt"),
    "any": Text(en="any", nl="alle"),
    "default": Text(en="default", nl="standaard"),
}


_PLACEHOLDER = re.compile(r"\s*\(\{[^}]*\}\)|\s*'\{[^}]*\}'|\{[^}]*\}")


def rule_title(code: str, lang: str = "en") -> str | None:
    """A rule as a reader names it, in a few words: its title; for a rule without one
    (a plug-in's), its message without the values; ``None`` for an unknown code.

    >>> rule_title("GOV108", "nl")
    'Ambitie of mandaat niet bevestigd na de verkiezingen'
    """
    r = RULES.get(code)
    if r is None:
        return None
    if r.title is not None:
        return r.title(lang)
    template = r.message(lang).rstrip(" .")
    if template.endswith("}") and not template.endswith(("})", "}'")):
        # the message says its point in a value ("... missen {side_nl}"): say what it checks
        what = r.what(lang)
        return re.split(r"[:.;](?:\s|$)", what, maxsplit=1)[0]
    text = _PLACEHOLDER.sub("", template)
    return " ".join(text.split()).rstrip(" :,")


def _facts(r: Rule, lang: str) -> str:
    level = r.level.label(lang) if r.level else _H["any"](lang)
    return (
        f"{_H['family'](lang)}: {r.family.label(lang)}; {_H['level'](lang)}: {level}; "
        f"{_H['severity'](lang)}: {r.severity.label(lang)}; {_H['dimension'](lang)}: {r.dimension.label(lang)}; "
        f"{_H['paths'](lang)}: {', '.join(r.paths)}"
    )


#: Units of rule parameters, written the way Dutch writes the value (English keeps the
#: unit name beside the plain number): a share as a percentage, a count with its noun.
_UNITS: dict[str, tuple[str, str] | None] = {
    "share (0..1)": None,
    "months": ("maand", "maanden"),
    "days": ("dag", "dagen"),
    "years": ("jaar", "jaar"),
    "weeks": ("week", "weken"),
    "words": ("woord", "woorden"),
    "people": ("persoon", "personen"),
    "ties": ("relatie", "relaties"),
    "sessions": ("sessie", "sessies"),
}


def _default(p: RuleParameter, lang: str) -> str:
    """A parameter's default: in English its unit and the plain value (as before); in Dutch
    the value with its unit, a share as a percentage and decimals with a comma."""
    if lang == "en":
        return f"{p.unit}, {_H['default'](lang)} {p.default:g}"
    if p.unit in _UNITS:
        noun = _UNITS[p.unit]
        if noun is None:
            value = percent(p.default, lang)
        elif p.default == int(p.default):
            value = plural(int(p.default), lang, *noun)
        else:
            value = f"{number(p.default, lang, 1)} {noun[1]}"
    elif p.unit in ("euro", "euros", "EUR"):
        from ..i18n import amount

        value = amount(p.default, lang)
    else:
        digits = 0 if p.default == int(p.default) else 2
        value = f"{number(p.default, lang, digits)} {p.unit}".rstrip()
    return f"{_H['default'](lang)} {value}"


#: The notes of the shipped rules' references, in Dutch: a reference is "URL (note)",
#: the note written in English where the rule is defined.
REFERENCE_NOTES_NL: dict[str, str] = {
    "Brede SPUK 2023-2026": "Brede SPUK 2023–2026",
    "buurtsportcoach 40/60 to end 2026": "buurtsportcoaches: 40/60 tot eind 2026",
    "Sportakkoord II 'Sport versterkt' 2023-2026": "Sportakkoord II 'Sport versterkt' 2023–2026",
    "the college's powers, Gemeentewet art. 160": "de bevoegdheden van het college, Gemeentewet art. 160",
    "college powers, Gemeentewet art. 160": "bevoegdheden van het college, Gemeentewet art. 160",
    "budgetrecht lies with the council": "het budgetrecht ligt bij de raad",
    "changes through a begrotingswijziging": "wijzigingen via een begrotingswijziging",
    "kadernota sets next year's frame": "de kadernota zet het kader voor volgend jaar",
    "councils are elected every four years": "de raad wordt elke vier jaar gekozen",
    "election of 18 March 2026": "verkiezingen van 18 maart 2026",
    "mandate to a stuurgroep": "mandaat aan een stuurgroep",
}

_NOTE = re.compile(r"^(\S+) \((.*)\)$")


def _reference(ref: str, lang: str) -> str:
    """A reference in ``lang``: its note translated where the table knows it."""
    m = _NOTE.match(ref)
    if lang == "en" or m is None or m.group(2) not in REFERENCE_NOTES_NL:
        return ref
    return f"{m.group(1)} ({REFERENCE_NOTES_NL[m.group(2)]})"


def _sections(r: Rule, lang: str) -> list[tuple[str, str]]:
    out = [
        (_H["what"](lang), r.what(lang)),
        (_H["why"](lang), r.why(lang)),
        (_H["example"](lang), r.example(lang)),
        (_H["fix"](lang), r.fix(lang)),
    ]
    if r.parameters:
        out.append(
            (
                _H["parameters"](lang),
                "\n".join(
                    f"{p.name} ({_default(p, lang)}): {p.description(lang)}" for p in r.parameters
                ),
            )
        )
    if r.references:
        out.append((_H["references"](lang), "\n".join(_reference(x, lang) for x in r.references)))
    return out


def _heading(r: Rule, lang: str) -> str:
    """The rule's code and, in English, its name (an English id); in Dutch its title."""
    if lang == "en":
        return f"{r.code} {r.name}"
    return f"{r.code} {rule_title(r.code, lang)}"


def explain(code: str, lang: str = "en") -> str:
    """What a rule checks, why it matters, an example and how to fix it, for a terminal."""
    from .registry import get_rule

    lang = check_lang(lang)
    r = get_rule(code.upper())
    out = [_heading(r, lang), _facts(r, lang), ""]
    for title, body in _sections(r, lang):
        out += [f"{title}:", *[f"  {line}" for line in body.splitlines()], ""]
    return "\n".join(out)


def rules_table(lang: str = "en") -> str:
    """All rules, one line each: code, name (in Dutch: the title), family, level, default
    severity. The name is an English id; a Dutch reader gets the rule's Dutch title."""
    lang = check_lang(lang)
    lines = []
    names = {c: RULES[c].name if lang == "en" else rule_title(c, lang) or c for c in RULES}
    width = 42 if lang == "en" else max(42, *(len(n) + 1 for n in names.values()))
    for code in sorted(RULES):
        r = RULES[code]
        level = r.level.label(lang) if r.level else _H["any"](lang)
        lines.append(
            f"{code}  {names[code]:<{width}} {r.family.label(lang):<26} {level:<14} "
            f"{r.severity.label(lang)}"
        )
    return "\n".join(lines) + "\n"


def rule_reference(lang: str = "en") -> str:
    """The rule reference page (Markdown), generated from the registry."""
    lang = check_lang(lang)
    title = Text(en="Readiness rules", nl="Gereedheidsregels")(lang)
    intro = Text(
        en="Generated from the rule registry (`sportsocial explain CODE` shows the same). Codes are never reused.",
        nl="Gegenereerd uit het regelregister (`sportsocial explain CODE` toont hetzelfde). Codes worden nooit hergebruikt.",
    )(lang)
    out = [f"# {title}", "", intro, ""]
    for code in sorted(RULES):
        r = RULES[code]
        name = f"`{r.name}`" if lang == "en" else f"{rule_title(r.code, lang)} (`{r.name}`)"
        out += [f"## {r.code} {name}", "", f"*{_facts(r, lang)}*", ""]
        for heading, body in _sections(r, lang):
            out += [f"**{heading}.** " + body.replace("\n", "  \n"), ""]
    return "\n".join(out)
