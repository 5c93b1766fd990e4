"""Rule documentation, generated from the registry: ``explain`` and the rule reference."""

from __future__ import annotations

import re

from ..i18n import Text, check_lang
from ._registry import RULES, Rule

__all__ = ["explain", "rule_reference", "rule_title", "rules_table"]

_H = {
    "what": Text(en="What it checks", nl="Wat het controleert"),
    "why": Text(en="Why it matters", nl="Waarom dit ertoe doet"),
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
                    f"{p.name} ({p.unit}, {_H['default'](lang)} {p.default:g}): {p.description(lang)}"
                    for p in r.parameters
                ),
            )
        )
    if r.references:
        out.append((_H["references"](lang), "\n".join(r.references)))
    return out


def explain(code: str, lang: str = "en") -> str:
    """What a rule checks, why it matters, an example and how to fix it, for a terminal."""
    from .registry import get_rule

    lang = check_lang(lang)
    r = get_rule(code.upper())
    out = [f"{r.code} {r.name}", _facts(r, lang), ""]
    for title, body in _sections(r, lang):
        out += [f"{title}:", *[f"  {line}" for line in body.splitlines()], ""]
    return "\n".join(out)


def rules_table(lang: str = "en") -> str:
    """All rules, one line each: code, name, family, level, default severity."""
    lang = check_lang(lang)
    lines = []
    for code in sorted(RULES):
        r = RULES[code]
        level = r.level.label(lang) if r.level else _H["any"](lang)
        lines.append(
            f"{code}  {r.name:<42} {r.family.label(lang):<26} {level:<14} {r.severity.label(lang)}"
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
        out += [f"## {r.code} `{r.name}`", "", f"*{_facts(r, lang)}*", ""]
        for heading, body in _sections(r, lang):
            out += [f"**{heading}.** " + body.replace("\n", "  \n"), ""]
    return "\n".join(out)
