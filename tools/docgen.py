"""Reference pages generated from the code: the Python API, the command line, the glossary.

The documentation site (``docs/conf.py``) writes these pages at build time, so
they are never copied by hand and cannot drift from the parser and the
package they describe. Each function returns a Markdown page (MyST).

    python tools/docgen.py OUTDIR    # write them somewhere to read them
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

import sportsocial  # registers every code and label table
from sportsocial.cli import build_parser
from sportsocial.i18n import LabelledEnum

__all__ = [
    "PAGES",
    "SECTIONS",
    "api_reference",
    "cli_reference",
    "glossary",
    "write_pages",
]


# --- the command line ------------------------------------------------------------


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    # argparse keeps subparsers in a private action; there is no public accessor.
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._choices_actions}
    return {}


def _walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser, str]]:
    helps = _helps(parser)
    for name, sub in _subcommands(parser).items():
        yield (*path, name), sub, helps.get(name, "")
        yield from _walk(sub, (*path, name))


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;").replace(">", "&gt;")


#: The words of the command-line reference, in English and Dutch.
_CLI_WORDS = {
    "en": {
        "title": "Command line",
        "one of": "one of",
        "default": "default",
        "argument": "argument",
        "meaning": "meaning",
        "intro": "Generated from the argument parser (`sportsocial COMMAND --help` shows the "
        "same; [Nederlands](cli.nl.md)).\n\n"
        "Exit codes: 0 all well, 1 invalid input or a refusal (every problem listed, with "
        "code and JSON path), 2 wrong use of the command line. Messages and help come in "
        "English or Dutch (`--lang nl`, before or after the command, or the environment "
        "variable `SPORTSOCIAL_LANG=nl`; `sportsocial --lang nl COMMAND --help`).",
    },
    "nl": {
        "title": "Opdrachtregel",
        "one of": "een van",
        "default": "standaard",
        "argument": "argument",
        "meaning": "betekenis",
        "intro": "Gegenereerd uit de argumentparser (`sportsocial --lang nl OPDRACHT --help` "
        "toont hetzelfde; [English](cli.md)).\n\n"
        "Afsluitcodes: 0 alles in orde, 1 ongeldige invoer of een weigering (elk probleem "
        "vermeld, met code en JSON-pad), 2 verkeerd gebruik van de opdrachtregel. Meldingen "
        "en hulp zijn er in het Engels en het Nederlands (`--lang nl`, voor of na de "
        "opdracht, of de omgevingsvariabele `SPORTSOCIAL_LANG=nl`).",
    },
}


def _option_rows(parser: argparse.ArgumentParser, lang: str = "en") -> list[str]:
    words = _CLI_WORDS[lang]
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        if action.option_strings:
            name = ", ".join(f"`{o}`" for o in action.option_strings)
            if action.nargs != 0:
                name += f" `{action.metavar or action.dest.upper()}`"
        else:
            name = f"`{action.metavar or action.dest}`"
        parts = [action.help % {"default": action.default} if action.help else ""]
        if action.choices is not None:
            parts.append(f"{words['one of']}: " + ", ".join(f"`{c}`" for c in action.choices))
        if (
            action.default not in (None, False, argparse.SUPPRESS)
            and action.option_strings
            and "default" not in (action.help or "")
            and words["default"] not in (action.help or "")
        ):
            parts.append(f"{words['default']}: `{action.default}`")
        rows.append(f"| {name} | {_escape('; '.join(w for w in parts if w))} |")
    return rows


def cli_reference(lang: str = "en") -> str:
    """Every command, its usage, description and options, from :func:`build_parser`,
    in English or Dutch (``lang``), as ``sportsocial --lang LANG COMMAND --help`` shows them."""
    from sportsocial.cli._lang import speaking

    words = _CLI_WORDS[lang]
    parser = build_parser(lang=lang)
    out = [f"# {words['title']}", "", words["intro"], ""]
    with speaking(lang):  # argparse's own words ("usage:") in the language too
        for path, sub, help_text in _walk(parser):
            out += [f"{'#' * min(len(path) + 1, 3)} `sportsocial {' '.join(path)}`", ""]
            if help_text:
                out += [help_text[0].upper() + help_text[1:] + ".", ""]
            if sub.description:
                out += [sub.description, ""]
            usage = " ".join(sub.format_usage().split()).split(": ", 1)[1]
            out += ["```text", usage, "```", ""]
            rows = _option_rows(sub, lang)
            if rows:
                out += [f"| {words['argument']} | {words['meaning']} |", "|---|---|", *rows, ""]
    return "\n".join(out)


# --- the glossary ---------------------------------------------------------------

#: Words of the methodology that are not values of an enumeration:
#: (English, Dutch, what it means in English, what it means in Dutch).
TERMS: tuple[tuple[str, str, str, str], ...] = (
    (
        "engagement",
        "traject, procesbegeleiding",
        "one municipality's facilitated trajectory",
        "het begeleide traject van één gemeente",
    ),
    (
        "facilitator",
        "procesbegeleider",
        "the independent person who guides the sessions",
        "de onafhankelijke begeleider van de sessies",
    ),
    (
        "work session",
        "werksessie",
        "a facilitated meeting at one or more levels",
        "een begeleide bijeenkomst op een of meer niveaus",
    ),
    ("phase", "fase", "a step of the methodology", "een stap van de methodiek"),
    ("gate", "poort", "the criteria to enter a phase", "de criteria om een fase in te gaan"),
    (
        "baseline",
        "startfoto",
        "what already exists: activities, policy, money, meetings",
        "wat er al is: activiteiten, beleid, geld, overleg",
    ),
    (
        "kick-off",
        "kick-off uitvoeringsplan",
        "the moment the implementation plan is presented",
        "het moment waarop het uitvoeringsplan wordt gepresenteerd",
    ),
    (
        "implementation plan",
        "uitvoeringsplan",
        "actions with owner, level, target group, money",
        "acties met eigenaar, niveau, doelgroep en geld",
    ),
    (
        "promising connection",
        "kansrijke verbinding",
        "target group × goal × sport offer × partners",
        "doelgroep × doel × sportaanbod × partners",
    ),
    (
        "obstacle",
        "hindernis",
        "what stands in the way, e.g. a siloed budget",
        "wat in de weg staat, zoals een verkokerd budget",
    ),
    (
        "anchoring",
        "verankering",
        "adoption in sport policy and in social policy",
        "vastlegging in het sportbeleid en in het sociaal beleid",
    ),
    (
        "shared funding",
        "gezamenlijke middelen",
        "money of two or more domains under a joint body",
        "geld van twee of meer domeinen onder een gezamenlijk overleg",
    ),
    (
        "shared governance",
        "gezamenlijke besturing",
        "a joint body that decides, with a mandate",
        "een gezamenlijk overleg dat besluit, met mandaat",
    ),
    (
        "de-siloed",
        "ontschot",
        "no longer divided per policy domain",
        "niet langer verdeeld per beleidsdomein",
    ),
    (
        "siloed",
        "verkokerd",
        "money or policy kept within one domain",
        "geld of beleid dat binnen één domein blijft",
    ),
    (
        "structural money",
        "structureel geld",
        "recurring budget, year after year",
        "terugkerend budget, jaar na jaar",
    ),
    ("incidental money", "incidenteel geld", "one-off or project money", "eenmalig of projectgeld"),
    (
        "civil society",
        "maatschappelijk middenveld, voorveld",
        "clubs, welfare, care partners",
        "verenigingen, welzijn, zorgpartners",
    ),
    (
        "portfolio holder",
        "portefeuillehouder, wethouder",
        "the alderman responsible for a domain",
        "de wethouder die over een domein gaat",
    ),
    ("council", "gemeenteraad", "holds the budget right", "heeft het budgetrecht"),
    (
        "college",
        "college van burgemeester en wethouders",
        "the municipal executive",
        "het dagelijks bestuur van de gemeente",
    ),
    (
        "spring memorandum",
        "kadernota, voorjaarsnota",
        "spring: the frame of next year's budget",
        "voorjaar: het kader van de begroting van volgend jaar",
    ),
    (
        "programme budget",
        "programmabegroting",
        "autumn: the council adopts the budget",
        "najaar: de raad stelt de begroting vast",
    ),
    (
        "budget amendment",
        "begrotingswijziging",
        "moves money during the year",
        "verschuift geld gedurende het jaar",
    ),
    (
        "referral route",
        "toeleiding",
        "how people reach an activity: wijkteam, huisarts, ...",
        "hoe mensen bij een activiteit komen: wijkteam, huisarts, ...",
    ),
    (
        "finding",
        "bevinding",
        "one result of a readiness rule",
        "één uitkomst van een gereedheidsregel",
    ),
    (
        "blocker",
        "blokkade",
        "a finding that keeps a gate shut",
        "een bevinding die de poort dichthoudt",
    ),
    (
        "waiver",
        "ontheffing",
        "a criterion set aside, with a reason, a date and who decided",
        "een criterium buiten werking gesteld, met reden, datum en wie besloot",
    ),
    (
        "lucky hit",
        "toevalstreffer",
        "a success that depends on one person or one grant",
        "een succes dat afhangt van één persoon of één subsidie",
    ),
    (
        "power to settle",
        "doorzettingsmacht",
        "a mandate that lets a joint body decide when the domains disagree",
        "een mandaat waarmee een gezamenlijk overleg besluit als de domeinen het oneens zijn",
    ),
    (
        "municipal elections",
        "gemeenteraadsverkiezingen",
        "every four years; a new council and college may renew or drop a mandate",
        "eens in de vier jaar; een nieuwe raad en een nieuw college kunnen een mandaat "
        "bevestigen of laten vallen",
    ),
    (
        "response",
        "aanpak",
        "what to do about a finding, and at which level",
        "wat er aan een bevinding te doen is, en op welk niveau",
    ),
    (
        "tie",
        "relatie",
        "a working relation between two stakeholders in the network",
        "een werkrelatie tussen twee partners in het netwerk",
    ),
    (
        "broker",
        "makelaar (brugfunctie)",
        "a stakeholder on many of the shortest paths between others",
        "een partner die op veel van de kortste wegen tussen anderen ligt",
    ),
    (
        "betweenness",
        "tussenpositie",
        "how often a stakeholder lies between two others: the broker's measure",
        "hoe vaak een partner tussen twee anderen ligt: de maat van de makelaar",
    ),
    (
        "single point of failure",
        "kwetsbare schakel",
        "the one stakeholder through whom two parts of the network are tied",
        "de ene partner via wie twee delen van het netwerk verbonden zijn",
    ),
    (
        "component",
        "losse groep",
        "a group of stakeholders with no tie to the rest of the network",
        "een groep partners zonder relatie met de rest van het netwerk",
    ),
    (
        "isolate",
        "geïsoleerde partner",
        "a stakeholder without any tie",
        "een partner zonder enige relatie",
    ),
    (
        "degree centralization",
        "centralisatie (naar aantal relaties)",
        "how much the ties gather around one stakeholder",
        "hoe sterk de relaties zich rond één partner verzamelen",
    ),
    (
        "specific purpose grant",
        "specifieke uitkering (SPUK)",
        "national money for one purpose, such as the Brede SPUK, ending with its scheme",
        "rijksgeld voor één doel, zoals de Brede SPUK, dat stopt als de regeling stopt",
    ),
)

_GLOSSARY = {
    "title": "Glossary / Woordenlijst",
    "intro": (
        "The words of the methodology in English and Dutch. Code, documents and the "
        "Python API use the English names; labels and messages come in both languages. "
        "The tables after the first are generated from the label tables of the package, "
        "so they list exactly the values a document may hold.\n\n"
        "De woorden van de methodiek in het Engels en het Nederlands. Code, documenten en de "
        "Python-API gebruiken de Engelse namen; labels en berichten zijn er in beide talen. "
        "De tabellen na de eerste zijn gegenereerd uit de labeltabellen van het pakket en "
        "noemen dus precies de waarden die een document mag bevatten."
    ),
}


def _enums() -> list[type[LabelledEnum]]:
    found: list[type[LabelledEnum]] = []
    todo = list(LabelledEnum.__subclasses__())
    while todo:
        cls = todo.pop(0)
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def glossary() -> str:
    """The Dutch–English glossary: methodology terms, then every labelled value."""
    out = [f"# {_GLOSSARY['title']}", "", _GLOSSARY["intro"], ""]
    out += ["## Methodology / Methodiek", ""]
    out += ["| English | Nederlands | meaning | betekenis |", "|---|---|---|---|"]
    out += [
        f"| {en} | {nl} | {meaning} | {betekenis} |" for en, nl, meaning, betekenis in sorted(TERMS)
    ]
    for cls in _enums():
        doc = (cls.__doc__ or "").strip().splitlines()[0].rstrip(".")
        out += ["", f"## `{cls.__name__}`", "", f"{doc} (`{cls.__module__}`).", ""]
        out += ["| value | English | Nederlands |", "|---|---|---|"]
        out += [f"| `{m.value}` | {m.label('en')} | {m.label('nl')} |" for m in cls]
    return "\n".join(out) + "\n"


# --- the Python API ------------------------------------------------------------------

#: Subpackages in the order the API reference shows them.
SECTIONS: tuple[str, ...] = (
    "io",
    "model",
    "methodology",
    "readiness",
    "alignment",
    "network",
    "catalogue",
    "report",
    "errors",
    "i18n",
)


def _directive(obj: object) -> str:
    if inspect.isclass(obj):
        return "autoexception" if issubclass(obj, BaseException) else "autoclass"
    if inspect.isfunction(obj) or inspect.isfunction(getattr(obj, "__wrapped__", None)):
        return "autofunction"
    return "autodata"


def _data_home(package: str, name: str) -> str:
    """The module whose source documents data ``name`` with a ``#:`` comment.

    autodoc reads such comments from the module it is pointed at, so a constant
    re-exported by a package is documented where it is defined.
    """
    from sphinx.pycode import ModuleAnalyzer

    module = importlib.import_module(package)
    names = [package] + [
        info.name
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), package + ".")
        if not info.name.endswith("__main__")  # importing it would run the command line
    ]
    for candidate in names:
        try:
            docs = ModuleAnalyzer.for_module(candidate).find_attr_docs()
        except Exception:  # a module without source: look further
            continue
        if ("", name) in docs:
            return candidate
    return package


def _entry(owner: str, name: str) -> list[str]:
    obj = getattr(importlib.import_module(owner), name)
    kind = _directive(obj)
    if kind != "autodata":
        return ["```{eval-rst}", f".. {kind}:: {owner}.{name}", "```", ""]
    home = _data_home(owner, name)
    options = [] if isinstance(obj, int | float | str) else ["   :no-value:"]
    return ["```{eval-rst}", f".. autodata:: {home}.{name}", *options, "```", ""]


def _home(obj: object) -> str | None:
    module = getattr(obj, "__module__", None) or ""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "sportsocial" else None


def api_reference() -> str:
    """The Python API: every public name, grouped by the subpackage that defines it.

    The top-level names (``sportsocial.__all__``) come first in each section,
    as ``sportsocial.NAME``; then what the subpackage exports besides.
    """
    top = {name: getattr(sportsocial, name) for name in sportsocial.__all__}
    out = [
        "# Python API",
        "",
        "Generated from the package: every name in `sportsocial.__all__`, and in each "
        "subpackage's `__all__`, grouped by where it is defined. `import sportsocial as ss` "
        "gives the names shown as `sportsocial.NAME`.",
        "",
    ]
    placed: set[str] = set()
    for section in SECTIONS:
        try:
            module = importlib.import_module(f"sportsocial.{section}")
        except ImportError:
            continue
        doc = (module.__doc__ or section).strip().splitlines()[0]
        names = [f"sportsocial.{n}" for n, obj in top.items() if _home(obj) == section]
        names += [
            f"sportsocial.{section}.{n}"
            for n in getattr(module, "__all__", ())
            if n not in top or top[n] is not getattr(module, n)
        ]
        if not names:
            continue
        out += [f"## `sportsocial.{section}`", "", doc, ""]
        for qualified in names:
            owner, _, name = qualified.rpartition(".")
            out += _entry(owner, name)
            placed.add(name)
    rest = [n for n in top if n not in placed and not n.startswith("_")]
    if rest:
        out += ["## Other names", ""]
        for name in rest:
            out += _entry("sportsocial", name)
    return "\n".join(out)


#: Generated pages by file name (relative to the folder they are written to).
PAGES = {
    "api.md": api_reference,
    "cli.md": cli_reference,
    "cli.nl.md": lambda: cli_reference("nl"),
    "glossary.md": glossary,
}


def write_pages(folder: Path) -> list[Path]:
    """Write every page of :data:`PAGES` into ``folder`` (only those that changed).

    Pages in ``folder`` that :data:`PAGES` no longer makes are removed, so a
    renamed page leaves nothing stale behind.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.md"):
        if stale.name not in PAGES:
            stale.unlink()
    written = []
    for name, build in PAGES.items():
        path = folder / name
        text = build()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_pages(Path(sys.argv[1] if len(sys.argv) > 1 else "generated")):
        print(f"wrote {written_path}")
