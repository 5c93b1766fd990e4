"""Stable codes of document problems, each with a Dutch and English message.

Codes follow the rule-code habit of the whole package: a family prefix and three
digits, first digit a sub-family. ``DOC`` is about the file itself, ``SCH`` about
the shape of the data (JSON Schema), ``REF`` about consistency between parts of
the document. Codes are never renumbered or reused.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import attrs

from ..errors import Problem, ProblemSeverity
from ..i18n import Text

__all__ = [
    "PROBLEM_CODES",
    "ProblemCode",
    "closest",
    "did_you_mean",
    "problem",
    "problem_reference",
]


@attrs.frozen
class ProblemCode:
    """A problem code with its message template in both languages."""

    code: str
    name: str
    template: Text


def _c(code: str, name: str, en: str, nl: str) -> ProblemCode:
    return ProblemCode(code, name, Text(en=en, nl=nl))


#: Every problem code by code; other packages (methodology, catalogue) add their own.
PROBLEM_CODES: dict[str, ProblemCode] = {
    p.code: p
    for p in (
        _c(
            "DOC001",
            "file-unreadable",
            "cannot read the file: {detail}",
            "bestand niet te lezen: {detail}",
        ),
        _c("DOC002", "empty-document", "the document is empty", "het document is leeg"),
        _c(
            "DOC003",
            "syntax-error",
            "not valid {format}: {detail}",
            "geen geldige {format}: {detail}",
        ),
        _c(
            "DOC004",
            "not-a-mapping",
            "the document must be a mapping of fields, found {found}",
            "het document moet een verzameling velden zijn, gevonden: {found}",
        ),
        _c(
            "DOC005",
            "unsupported-schema-version",
            "schema_version {found} is not supported; this version of sportsocial reads {supported}",
            "schema_version {found} wordt niet ondersteund; deze versie van sportsocial leest {supported}",
        ),
        _c(
            "DOC006",
            "format-unavailable",
            "reading {format} needs an optional dependency: pip install 'sportsocial[{extra}]'",
            "voor {format} is een extra pakket nodig: pip install 'sportsocial[{extra}]'",
        ),
        _c(
            "DOC007",
            "unknown-format",
            "unknown document format {found}; use json or yaml",
            "onbekend documentformaat {found}; gebruik json of yaml",
        ),
        _c(
            "DOC008",
            "not-a-regular-file",
            "not a regular file (a folder, device or pipe is never read as a document)",
            "geen gewoon bestand (een map, apparaat of pipe wordt nooit als document gelezen)",
        ),
        _c(
            "DOC009",
            "document-too-large",
            "the document is {size} bytes, more than the limit of {limit}",
            "het document is {size} bytes, meer dan de grens van {limit}",
        ),
        _c(
            "DOC010",
            "nested-too-deep",
            "nested deeper than the limit of {limit} levels",
            "dieper genest dan de grens van {limit} niveaus",
        ),
        _c(
            "DOC011",
            "too-many-items",
            "{count} entries, more than the limit of {limit} in one list or mapping",
            "{count} onderdelen, meer dan de grens van {limit} in een lijst of verzameling",
        ),
        _c(
            "DOC012",
            "too-many-values",
            "more than the limit of {limit} values in the document (YAML aliases counted as written out)",
            "meer dan de grens van {limit} waarden in het document (YAML-aliassen geteld alsof ze uitgeschreven zijn)",
        ),
        _c(
            "DOC013",
            "duplicate-key",
            "key '{key}' appears more than once in this mapping{where}; only one value can count",
            "sleutel '{key}' komt meer dan eens voor in deze verzameling{where}; er kan maar één waarde gelden",
        ),
        _c(
            "DOC014",
            "recursive-alias",
            "a YAML alias refers to the value that contains it",
            "een YAML-alias verwijst naar de waarde waarin die zelf staat",
        ),
        _c(
            "SCH101",
            "missing-field",
            "required field '{field}' is missing",
            "verplicht veld '{field}' ontbreekt",
        ),
        _c(
            "SCH102",
            "unknown-field",
            "unknown field '{field}'{hint}",
            "onbekend veld '{field}'{hint}",
        ),
        _c(
            "SCH103",
            "wrong-type",
            "expected {expected}, found {found}",
            "verwacht: {expected}, gevonden: {found}",
        ),
        _c(
            "SCH104",
            "out-of-range",
            "{value} is out of range ({bound})",
            "{value} valt buiten het toegestane bereik ({bound})",
        ),
        _c(
            "SCH105",
            "not-allowed-value",
            "{value} is not one of the allowed values: {allowed}{hint}",
            "{value} is geen toegestane waarde; kies uit: {allowed}{hint}",
        ),
        _c(
            "SCH106",
            "bad-format",
            "{value} does not have the required form ({form})",
            "{value} heeft niet de vereiste vorm ({form})",
        ),
        _c(
            "SCH107",
            "invalid-date",
            "{value} is not a valid date (YYYY-MM-DD)",
            "{value} is geen geldige datum (JJJJ-MM-DD)",
        ),
        _c("SCH108", "empty-value", "must not be empty", "mag niet leeg zijn"),
        _c(
            "SCH109",
            "duplicate-item",
            "the list holds the same item more than once",
            "de lijst bevat hetzelfde item meer dan eens",
        ),
        _c(
            "SCH110",
            "key-not-text",
            "keys must be text, found {found}",
            "sleutels moeten tekst zijn, gevonden: {found}",
        ),
        _c(
            "SCH111",
            "non-finite-number",
            "{value} is not a number a document can hold (only finite numbers)",
            "{value} is geen getal dat een document kan bevatten (alleen eindige getallen)",
        ),
        _c(
            "SCH112",
            "unwritable-character",
            "the text holds a character that no output can carry ({char})",
            "de tekst bevat een teken dat geen uitvoer kan bevatten ({char})",
        ),
        _c(
            "SCH113",
            "not-plain-data",
            "a value of type {found} is not plain data (text, number, true/false, list or mapping)",
            "een waarde van type {found} is geen gewone gegevens (tekst, getal, waar/onwaar, lijst of verzameling)",
        ),
        _c("SCH199", "schema-violation", "{detail}", "{detail}"),
        _c(
            "REF201",
            "unknown-reference",
            "'{ref}' is not a known {kind}{hint}",
            "'{ref}' is geen {kind_nl}{hint}",
        ),
        _c(
            "REF202",
            "duplicate-id",
            "id '{ref}' is used more than once (first at {first})",
            "id '{ref}' komt meer dan eens voor (eerst bij {first})",
        ),
        _c(
            "REF203",
            "period-end-before-start",
            "the period ends ({end}) before it starts ({start})",
            "de periode eindigt ({end}) voordat die begint ({start})",
        ),
        _c(
            "REF204",
            "date-before-origin",
            "{what} ({date}) lies before {origin} ({origin_date})",
            "{what_nl} ({date}) ligt voor {origin_nl} ({origin_date})",
        ),
        _c(
            "REF205",
            "phase-log-out-of-order",
            "phase entered on {date} is listed after one entered on {previous}",
            "fase betreden op {date} staat na een fase betreden op {previous}",
        ),
        _c(
            "REF206",
            "self-relation",
            "a relation ties '{ref}' to itself",
            "een relatie verbindt '{ref}' met zichzelf",
        ),
        _c(
            "REF207",
            "seat-outside-office",
            "the seat of '{ref}' in '{body}' lies outside its term in office",
            "de zetel van '{ref}' in '{body}' valt buiten de ambtstermijn",
        ),
        _c(
            "REF208",
            "seat-outside-body-period",
            "the seat of '{ref}' in '{body}' lies outside the period of the body",
            "de zetel van '{ref}' in '{body}' valt buiten de looptijd van het overleg",
        ),
        _c(
            "REF209",
            "action-outside-plan-period",
            "action '{ref}' runs outside the period of the plan",
            "actie '{ref}' loopt buiten de looptijd van het plan",
        ),
        _c(
            "REF210",
            "stream-without-domain",
            "funding stream '{ref}' says neither its domain nor a known taakveld it is booked on",
            "geldstroom '{ref}' noemt geen domein en geen bekend taakveld waarop die geboekt is",
        ),
        _c(
            "REF211",
            "stream-amount-unclear",
            "funding stream '{ref}' needs either amount_per_year or contributions, not both",
            "geldstroom '{ref}' heeft of amount_per_year of contributions nodig, niet allebei",
        ),
        _c(
            "REF212",
            "portfolio-outside-office",
            "the {domain} portfolio of '{ref}' lies outside its term in office",
            "de portefeuille {domain} van '{ref}' valt buiten de ambtstermijn",
        ),
        _c(
            "REF213",
            "decided-out-of-office",
            "'{ref}' was not in office (or did not exist) on {date}, the date of the decision",
            "'{ref}' was op {date}, de datum van het besluit, niet in functie (of bestond niet)",
        ),
        _c(
            "REF214",
            "status-contradicts-commitment",
            "money of '{ref}' has a commitment date but status '{status}'",
            "geld van '{ref}' heeft een datum van toezegging maar status '{status}'",
        ),
        _c(
            "REF215",
            "contribution-outside-fund-period",
            "a contribution to '{ref}' lies outside the period of the fund",
            "een bijdrage aan '{ref}' valt buiten de looptijd van het fonds",
        ),
        _c(
            "REF216",
            "mandate-from-wrong-decision",
            "the mandate is traced to '{ref}', a decision of kind '{kind}' that cannot grant one",
            "het mandaat verwijst naar '{ref}', een besluit van het soort '{kind}' dat geen mandaat kan verlenen",
        ),
        _c(
            "REF217",
            "unknown-route",
            "'{ref}' is not an entry of the catalogue ({known}){hint}",
            "'{ref}' staat niet in de catalogus ({known}){hint}",
        ),
        _c(
            "MET101",
            "unknown-methodology",
            "methodology '{ref}' is neither a shipped methodology ({shipped}) nor a readable file{hint}",
            "methodiek '{ref}' is geen meegeleverde methodiek ({shipped}) en geen leesbaar bestand{hint}",
        ),
        _c(
            "MET102",
            "invalid-methodology",
            "methodology '{ref}' is not valid: {detail}",
            "methodiek '{ref}' is niet geldig: {detail}",
        ),
        _c(
            "MET103",
            "unknown-phase",
            "phase '{phase}' is not a phase of methodology '{ref}' ({phases}){hint}",
            "fase '{phase}' is geen fase van methodiek '{ref}' ({phases}){hint}",
        ),
        _c(
            "MET104",
            "waiver-not-in-gate",
            "waiver of '{rule}' on entering '{phase}', whose gate has no such rule",
            "ontheffing van '{rule}' bij het betreden van '{phase}', terwijl die poort die regel niet kent",
        ),
        _c(
            "MET105",
            "methodology-outside-allowed-folders",
            "methodology file '{ref}' lies outside the document's folder; it must be there (or below) or in a folder listed in {variable}",
            "methodiekbestand '{ref}' ligt buiten de map van het document; het moet daar (of daaronder) staan of in een map uit {variable}",
        ),
        _c(
            "MET201",
            "duplicate-phase",
            "phase id '{phase}' is used more than once",
            "fase-id '{phase}' komt meer dan eens voor",
        ),
        _c(
            "MET202",
            "skip-unknown-phase",
            "the skip names phase '{phase}', which the methodology does not have",
            "de sprong noemt fase '{phase}', die de methodiek niet heeft",
        ),
        _c(
            "MET203",
            "skip-not-forward",
            "a skip must jump forward over at least one phase: '{start}' to '{target}' does not",
            "een sprong moet vooruit over minstens een fase gaan: '{start}' naar '{target}' doet dat niet",
        ),
        _c(
            "MET204",
            "unknown-rule",
            "'{rule}' is not a readiness rule{hint}",
            "'{rule}' is geen gereedheidsregel{hint}",
        ),
        _c(
            "MET205",
            "rule-both-must-and-should",
            "'{rule}' is listed both as must and as should",
            "'{rule}' staat zowel bij moet als bij zou-moeten",
        ),
        _c(
            "MET206",
            "unknown-parameter",
            "'{name}' is not a parameter of any readiness rule",
            "'{name}' is geen parameter van een gereedheidsregel",
        ),
        _c(
            "MET207",
            "parameter-out-of-range",
            "parameter '{name}' is {value}, outside {low}..{high}",
            "parameter '{name}' is {value}, buiten {low}..{high}",
        ),
        _c(
            "MET208",
            "session-levels-unchecked",
            "the gate asks for work sessions at levels, but neither its must nor its should lists PRC103, which checks them",
            "de poort vraagt werksessies op niveaus, maar noch bij moet noch bij zou-moeten staat PRC103, die dat toetst",
        ),
    )
}


def problem(
    code: str,
    path: str,
    *,
    source: str | None = None,
    severity: ProblemSeverity = ProblemSeverity.ERROR,
    suggestion: str | None = None,
    **values: Any,
) -> Problem:
    """Build a :class:`Problem` for ``code`` with its template filled in.

    A template with ``{hint}`` (an unknown id or value) gets "did you mean" with
    ``suggestion`` in it, or nothing when there is none.
    """
    template = PROBLEM_CODES[code].template
    if "{hint}" in template.en and "hint" not in values:
        values["hint"] = did_you_mean(suggestion)
    return Problem(
        code=code,
        path=path,
        message=template.format(**values),
        severity=severity,
        source=source,
        suggestion=suggestion,
    )


def closest(value: object, choices: Iterable[str]) -> str | None:
    """The choice closest to ``value`` when one is close enough to be a typo of it.

    >>> closest("weth-sprot", ["weth-sport", "raad"])
    'weth-sport'
    >>> closest("x", ["weth-sport"]) is None
    True
    """
    if not isinstance(value, str):
        return None
    options = sorted(set(choices))
    found = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    if not found:
        lower = {o.lower(): o for o in options}
        found = [lower[value.lower()]] if value.lower() in lower else []
    return found[0] if found else None


def did_you_mean(suggestion: str | None) -> Text:
    """``; did you mean 'x'?`` in both languages, or nothing."""
    if suggestion is None:
        return Text(en="", nl="")
    return Text(en=f"; did you mean '{suggestion}'?", nl=f"; bedoelde u '{suggestion}'?")


#: What each code family is about, for the reference page.
_FAMILIES: dict[str, Text] = {
    "DOC": Text(en="the file itself", nl="het bestand zelf"),
    "SCH": Text(
        en="the shape of the data (JSON Schema)", nl="de vorm van de gegevens (JSON Schema)"
    ),
    "REF": Text(
        en="consistency between parts of the document",
        nl="samenhang tussen delen van het document",
    ),
    "MET": Text(en="the methodology", nl="de methodiek"),
    "CAT": Text(en="the catalogue", nl="de catalogus"),
}


def problem_reference(lang: str = "en") -> str:
    """The reference page of every problem code (Markdown), generated from the registry.

    Codes registered by other parts of the package (``CAT``) appear when those
    parts are imported; ``tools/regenerate.py`` imports them all.
    """
    nl = lang == "nl"
    title = "Probleemcodes" if nl else "Problem codes"
    intro = (
        "Elk probleem met een document heeft een vaste code: een familie en drie cijfers. "
        "Codes worden nooit hernummerd of hergebruikt. De meldingen hieronder zijn de "
        "sjablonen; {…} wordt ingevuld met wat er gevonden is."
        if nl
        else "Every problem of a document has a stable code: a family and three digits. "
        "Codes are never renumbered or reused. The messages below are the templates; "
        "{…} is filled in with what was found."
    )
    head = "| code | naam | melding |" if nl else "| code | name | message |"
    lines = [f"# {title}", "", intro, ""]
    for family, about in _FAMILIES.items():
        codes = sorted(c for c in PROBLEM_CODES if c.startswith(family))
        if not codes:
            continue
        lines += [f"## {family}: {about(lang)}", "", head, "|---|---|---|"]
        for code in codes:
            entry = PROBLEM_CODES[code]
            message = entry.template(lang).replace("|", "\\|")
            lines.append(f"| `{code}` | {entry.name} | {message} |")
        lines.append("")
    return "\n".join(lines)
