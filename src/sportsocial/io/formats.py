"""Reading and writing the text of documents: JSON always, YAML with the extra.

Parsing never raises on bad text: it returns the data or problem records. YAML
is read without implicit timestamps, so dates arrive as strings exactly as in
JSON and one schema checks both.

Hostile text is refused before it can cost much: text above the size limit is
not parsed; YAML is first read as a stream of events, which stops at the
first exceeded limit (nesting, entries, values with aliases counted as written
out, an alias inside itself) before any value is built; duplicate keys are
collected while parsing; and the parsed data then passes
:func:`~sportsocial.io.guards.check_tree`, the same for both formats.
"""

from __future__ import annotations

import functools
import json
import math
import re
from typing import Any, Literal

import attrs

from ..errors import MissingExtra, Problem
from ..i18n import Text, number, number_text
from .guards import DuplicateKey, Duplicates, check_tree, too_large
from .limits import DEFAULT_LIMITS, MAX_SAFE_INTEGER, Limits
from .paths import json_path
from .problems import problem

__all__ = [
    "Format",
    "collection_counts",
    "dump_text",
    "format_for",
    "json_text",
    "no_repeated_keys",
    "parse_text",
    "plain_json",
]

#: A document format.
Format = Literal["json", "yaml"]

#: Integers longer than this are out of every range; parsing them would be slow or fail.
_MAX_INT_DIGITS = 64
_HUGE: int = 10**_MAX_INT_DIGITS
#: A run of digits too long for a safe integer, or an exponent of three digits.
_EXTREME_NUMBER = re.compile(r"[0-9]{17}|[eE][-+]?[0-9]{3}")


def format_for(path: str, default: Format | None = None) -> Format | None:
    """Guess the format from a file name's suffix (``.json``, ``.yaml``, ``.yml``)."""
    lower = path.lower()
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".yaml", ".yml")):
        return "yaml"
    return default


def _parse_int(text: str) -> int:
    digits = text.lstrip("-+")
    if len(digits) > _MAX_INT_DIGITS:
        return -_HUGE if text.startswith("-") else _HUGE
    return int(text)


def _parse_float(text: str) -> float | int:
    """A float literal; one too large for a float (``1e999``) is a huge number, not infinity."""
    value = float(text)
    if math.isinf(value):
        return -_HUGE if text.startswith("-") else _HUGE
    return value


def _json_object(duplicates: Duplicates) -> Any:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            found: list[DuplicateKey] = []
            for key, _ in pairs:
                if key in seen:
                    found.append(DuplicateKey(key))
                seen.add(key)
            duplicates[id(obj)] = (obj, found)
        return obj

    return build


#: An escape of a character :func:`~sportsocial.io.guards.check_tree` refuses (a control
#: character, half a surrogate pair, U+FFFE/U+FFFF), or a backslash before one that may be.
_BAD_ESCAPE = re.compile(r"\\(?:[bf]|u00[01]|u[dD][89a-fA-F]|u[fF]{3}[eEfF])")
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


def _surrogates(text: str) -> bool:
    """Whether ``text`` holds half a surrogate pair (UTF-8 cannot carry one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _outside_strings(text: str) -> str:
    """``text`` without its JSON strings (escaped backslashes and quotes end none)."""
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")
    return "".join(text.split('"')[::2])


def collection_counts(data: dict[str, Any] | list[Any], limits: Limits) -> tuple[int, int] | None:
    """(values, keys) of parsed JSON, visiting only its lists and mappings; ``None``
    when nesting or one collection exceeds ``limits``."""
    values, keys = 1, 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        size = len(value)
        if depth > limits.max_depth or size > limits.max_items:
            return None
        values += size
        if type(value) is dict:
            keys += size
            value = value.values()
        depth += 1
        for item in value:
            if type(item) is dict or type(item) is list:
                push((item, depth))
    return values, keys


def _safe_int(text: str) -> int:
    """An integer literal within the safe range (else ``ValueError``, which sends the
    document the careful way); asked only of a text with a run of 16 digits."""
    value = int(text)  # beyond 4,300 digits Python itself says ValueError
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    raise ValueError(text)


def _safe_float(text: str) -> float:
    """A float literal within the safe range (``1e400`` and ``1e16`` are not): else
    ``ValueError``, which sends the document the careful way."""
    value = float(text)
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    raise ValueError(text)


def plain_json(text: str) -> Any:
    """The data of JSON ``text`` when none of its values holds what
    :func:`~sportsocial.io.guards.check_tree` refuses, else ``None`` (and the careful
    path runs).

    The careful path costs a Python call per mapping (to see duplicate keys) and a
    Python step per value; for the usual document scans of the text in C prove that
    no value is refused: no escape of a refused character, no U+FFFE/U+FFFF or half
    a surrogate pair, no ``NaN``/``Infinity`` (the parser reports them), no number
    out of the safe range (checked as each decimal number is parsed, and each integer
    too where the text has a run of 16 digits). Duplicate keys, nesting and
    sizes are the caller's to check: :func:`_plain_json` walks the data for them,
    the fast road of an engagement (:mod:`.fast_load`) lets its schema and its
    builders prove them.
    """
    if not text.isascii() and ("\ufffe" in text or "\uffff" in text or _surrogates(text)):
        return None
    if "\\" in text and _BAD_ESCAPE.search(text):
        return None
    # An integer beyond 2**53 - 1 needs 16 digits: only a text with such a run pays
    # for a look at each integer; the few decimal numbers are always looked at.
    long_runs = "0" * 16 in text.translate(_DIGITS_TO_ZERO)
    constants: list[str] = []
    try:
        data = json.loads(
            text,
            parse_int=_safe_int if long_runs else None,
            parse_float=_safe_float,
            parse_constant=constants.append,
        )
    except (ValueError, RecursionError):
        return None
    return None if constants else data


def no_repeated_keys(text: str, keys: int, colons_in_texts: int = 0) -> bool:
    """Whether JSON ``text``, whose parsed data holds ``keys`` keys in all, repeats no key
    in a mapping: it writes as many keys as the data holds.

    Every key written has its colon outside the texts; a repeated key is written
    but not held. So when the colons of the text, less ``colons_in_texts`` that
    some of its texts are known to hold (a ``sha256:`` digest), are no more than the
    keys held, nothing was repeated; otherwise the colons outside the texts are
    counted, which are exactly the keys written. (A colon may be written as an
    escape, ``\\u003a``, and is then no colon of the text: with any such escape
    only the exact count is trusted.)
    """
    colons = text.count(":")
    if colons == keys:
        return True
    if colons - colons_in_texts == keys and "\\u003" not in text:
        return True
    return _outside_strings(text).count(":") == keys


def _plain_json(text: str, limits: Limits) -> Any:
    """:func:`plain_json`, and the data only when a walk over its collections finds
    nesting and sizes within ``limits`` and no repeated key."""
    data = plain_json(text)
    if not isinstance(data, dict | list):
        return data
    counts = collection_counts(data, limits)
    if counts is None or counts[0] > limits.max_values or not no_repeated_keys(text, counts[1]):
        return None
    return data


#: What the parsers (PyYAML, libyaml, json) say, in Dutch too; matched at the
#: start of their message, the rest (a character, a position) kept as it is.
_PARSER_WORDS: tuple[tuple[str, str], ...] = (
    ("mapping values are not allowed", "een sleutel met waarde mag hier niet staan"),
    ("did not find expected key", "verwachtte hier een sleutel (controleer het inspringen)"),
    (
        "did not find expected '-' indicator",
        "verwachtte hier een lijstitem '-' (controleer het inspringen)",
    ),
    ("did not find expected ',' or ']'", "verwachtte ',' of ']': een lijst is niet afgesloten"),
    (
        "did not find expected ',' or '}'",
        "verwachtte ',' of '}': een verzameling is niet afgesloten",
    ),
    ("did not find expected node content", "verwachtte hier een waarde"),
    ("did not find expected <document start>", "verwachtte het begin van een document"),
    ("could not find expected ':'", "verwachtte ':' na een sleutel"),
    (
        "found character that cannot start any token",
        "een teken (vaak een tab) waarmee niets kan beginnen",
    ),
    ("found a tab character", "een tab waar ingesprongen moet worden met spaties"),
    ("found undefined alias", "een alias (*naam) naar een anker dat niet bestaat"),
    (
        "found unknown escape character",
        "een onbekende escape (\\) in een tekst tussen dubbele aanhalingstekens",
    ),
    ("but found another document", "een tweede document (---) in hetzelfde bestand"),
    (
        "found unexpected end of stream",
        "het bestand houdt op midden in een waarde (een aanhalingsteken niet gesloten?)",
    ),
    ("found unexpected ':'", "een onverwachte ':'"),
    ("block sequence entries are not allowed", "een lijstitem '-' mag hier niet staan"),
    ("found duplicate anchor", "een anker (&naam) dat al bestaat"),
    ("expected <block end>", "verwachtte het einde van een blok (controleer het inspringen)"),
    ("expected a single document", "een tweede document (---) in hetzelfde bestand"),
    ("Expecting ',' delimiter", "verwachtte ','"),
    ("Expecting ':' delimiter", "verwachtte ':'"),
    (
        "Expecting property name enclosed in double quotes",
        "verwachtte een sleutel tussen dubbele aanhalingstekens",
    ),
    ("Expecting value", "verwachtte een waarde"),
    ("Unterminated string", "een tekst zonder sluitend aanhalingsteken"),
    ("Extra data", "meer tekst na het einde van het document"),
    ("Invalid control character", "een stuurteken in een tekst"),
    ("Invalid \\escape", "een ongeldige escape (\\) in een tekst"),
    ("Illegal trailing comma", "een komma na het laatste onderdeel"),
)


def _syntax(fmt: str, line: int, column: int, what: str, source: str | None) -> Problem:
    """``DOC003`` for a parser's complaint at ``line``/``column``, in English and Dutch."""
    nl = what
    for english, dutch in _PARSER_WORDS:
        if what.startswith(english):
            rest = what[len(english) :].strip()
            nl = f"{dutch} ({rest})" if rest and not rest.startswith(("here", "in this")) else dutch
            break
    detail = Text(en=what, nl=nl)  # the line and column are the problem's own
    found = problem("DOC003", "$", source=source, format=fmt, detail=detail)
    return attrs.evolve(found, line=line, column=column)


def _parse_json(text: str, limits: Limits, source: str | None) -> tuple[Any, list[Problem]]:
    # Every comma outside strings separates two values: a text with too many commas
    # holds too many values, and counting them (in C) is far cheaper than building them.
    if text.count(",") + 1 > limits.max_values and (
        _outside_strings(text).count(",") + 1 > limits.max_values
    ):
        return None, [problem("DOC012", "$", source=source, limit=number_text(limits.max_values))]
    data = _plain_json(text, limits)
    if data is not None:
        return data, []
    duplicates: Duplicates = {}
    # Number hooks cost a Python call per number: only when a number could need them.
    extreme = _EXTREME_NUMBER.search(text) is not None
    try:
        data = json.loads(
            text,
            object_pairs_hook=_json_object(duplicates),
            parse_int=_parse_int if extreme else None,
            parse_float=_parse_float if extreme else None,
            parse_constant=float,  # NaN, Infinity: refused with a path by check_tree
        )
    except json.JSONDecodeError as exc:
        return None, [_syntax("JSON", exc.lineno, exc.colno, exc.msg, source)]
    except RecursionError:
        return None, [problem("DOC010", "$", source=source, limit=number_text(limits.max_depth))]
    except ValueError as exc:
        return None, [problem("DOC003", "$", source=source, format="JSON", detail=str(exc))]
    return data, check_tree(data, limits, source, duplicates)


def _yaml_module() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - exercised without the extra
        return None
    return yaml


@functools.cache
def _yaml_loader(yaml: Any) -> Any:
    """A safe loader class (libyaml's parser when installed) that keeps dates as
    strings, caps huge numbers and records duplicate keys in ``self.duplicates``."""
    base = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader

    class Loader(base):  # type: ignore[misc,valid-type]
        duplicates: Duplicates

    Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_int(loader: Any, node: Any) -> int:
        text = str(loader.construct_scalar(node)).replace("_", "")
        if len(text.lstrip("-+")) > _MAX_INT_DIGITS:
            return -_HUGE if text.startswith("-") else _HUGE
        return int(yaml.SafeLoader.construct_yaml_int(loader, node))

    def construct_float(loader: Any, node: Any) -> float | int:
        value = float(yaml.SafeLoader.construct_yaml_float(loader, node))
        text = str(loader.construct_scalar(node)).strip().lower()
        if math.isinf(value) and not text.lstrip("-+").startswith(".inf"):
            return -_HUGE if text.startswith("-") else _HUGE
        return value

    def duplicate_keys(loader: Any, node: Any) -> list[DuplicateKey]:
        seen: set[str] = set()
        found: list[DuplicateKey] = []
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                continue
            if key in seen:
                mark = key_node.start_mark
                found.append(DuplicateKey(key, mark.line + 1, mark.column + 1))
            seen.add(key)
        return found

    def construct_map(loader: Any, node: Any) -> Any:
        data: dict[Any, Any] = {}
        yield data
        found = duplicate_keys(loader, node)
        if found:
            loader.duplicates[id(data)] = (data, found)
        data.update(loader.construct_mapping(node))

    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    Loader.add_constructor("tag:yaml.org,2002:float", construct_float)
    Loader.add_constructor("tag:yaml.org,2002:map", construct_map)
    return Loader


class _Open:
    """A collection open in the YAML event stream."""

    __slots__ = ("anchor", "events", "key", "mapping", "start")

    def __init__(self, mapping: bool, anchor: str | None, start: int) -> None:
        self.mapping = mapping
        self.anchor = anchor
        self.start = start
        self.events = 0
        self.key: str = "?"


def _path(stack: list[_Open]) -> str:
    """JSON path of the position the innermost open collection of ``stack`` is at."""
    return json_path(f.key if f.mapping else max(f.events - 1, 0) for f in stack)


def _at_least(count: int) -> Text:
    """``count+`` with the number written as each language writes it."""
    return Text(en=f"{number(count, 'en')}+", nl=f"{number(count, 'nl')}+")


def yaml_limits(text: str, limits: Limits, source: str | None = None) -> list[Problem]:
    """Read YAML ``text`` as events only and stop at the first exceeded limit.

    Nesting, entries of one collection and values in all (an alias counting
    as many values as the node it names) are counted before any node is
    built, so an alias bomb or a ten-million-item list costs a fraction of a
    second. Syntax errors are left to the real parse.
    """
    yaml = _yaml_module()
    if yaml is None:  # pragma: no cover - exercised without the extra
        return []
    loader = _yaml_loader(yaml)(text)
    sizes: dict[str, int] = {}
    stack: list[_Open] = []
    total = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame.anchor is not None:
                    sizes[frame.anchor] = total - frame.start
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            if stack:
                parent = stack[-1]
                parent.events += 1
                if parent.mapping and parent.events % 2 == 1:
                    value = getattr(event, "value", None)
                    parent.key = value if isinstance(value, str) else "?"
                entries = (parent.events + 1) // 2 if parent.mapping else parent.events
                if entries > limits.max_items:
                    return [
                        problem(
                            "DOC011",
                            _path(stack[:-1]),
                            source=source,
                            count=_at_least(entries),
                            limit=number_text(limits.max_items),
                        )
                    ]
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent):
                if anchor in (f.anchor for f in stack):
                    return [problem("DOC014", _path(stack), source=source)]
                total += sizes.get(anchor or "", 1)
            else:
                total += 1
            if total > limits.max_values:
                return [
                    problem(
                        "DOC012", _path(stack), source=source, limit=number_text(limits.max_values)
                    )
                ]
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append(_Open(isinstance(event, yaml.MappingStartEvent), anchor, total - 1))
                if len(stack) > limits.max_depth:
                    where = _path(stack[:-1])
                    return [
                        problem("DOC010", where, source=source, limit=number_text(limits.max_depth))
                    ]
            elif anchor is not None:
                sizes[anchor] = 1
    except yaml.YAMLError:
        return []
    finally:
        loader.dispose()
    return []


def _parse_yaml(text: str, limits: Limits, source: str | None) -> tuple[Any, list[Problem]]:
    yaml = _yaml_module()
    if yaml is None:
        return None, [problem("DOC006", "$", source=source, format="YAML", extra="yaml")]
    problems = yaml_limits(text, limits, source)
    if problems:
        return None, problems
    loader = _yaml_loader(yaml)(text)
    loader.duplicates = {}
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        if "nesting depth" in str(exc):  # libyaml's own limit, 1000 levels
            return None, [
                problem("DOC010", "$", source=source, limit=number_text(limits.max_depth))
            ]
        mark = getattr(exc, "problem_mark", None)
        what = getattr(exc, "problem", None) or str(exc)
        if mark is None:
            return None, [problem("DOC003", "$", source=source, format="YAML", detail=what)]
        return None, [_syntax("YAML", mark.line + 1, mark.column + 1, what, source)]
    except RecursionError:
        return None, [problem("DOC010", "$", source=source, limit=number_text(limits.max_depth))]
    except Exception as exc:  # a constructor's own failure on odd text (e.g. a bad !!timestamp)
        detail = f"{type(exc).__name__}: {exc}"
        return None, [problem("DOC003", "$", source=source, format="YAML", detail=detail)]
    finally:
        loader.dispose()
    return data, check_tree(data, limits, source, loader.duplicates)


def parse_text(
    text: str, fmt: Format, source: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> tuple[Any, list[Problem]]:
    """Parse ``text`` as ``fmt``; return ``(data, [])`` or ``(None, problems)``.

    The data is plain (mappings with text keys, lists, text, finite numbers,
    booleans, null), within ``limits``, without duplicate keys.
    """
    if len(text) > limits.max_bytes:
        return None, [too_large(len(text), limits, source)]
    if not text.strip():
        return None, [problem("DOC002", "$", source=source)]
    if fmt == "json":
        data, problems = _parse_json(text, limits, source)
    elif fmt == "yaml":
        data, problems = _parse_yaml(text, limits, source)
    else:
        return None, [problem("DOC007", "$", source=source, found=repr(fmt))]
    return (None, problems) if problems else (data, [])


def _finite(data: Any) -> Any:
    """``data`` with every non-finite float replaced by ``None`` (a copy only where needed)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(v) for v in data]
    return data


def json_text(data: Any, indent: int | None = 2) -> str:
    """``data`` as JSON every reader accepts: a figure that is not finite becomes ``null``.

    Python's ``json`` writes ``NaN`` and ``Infinity``, which JSON does not have;
    every JSON output of sportsocial goes through here instead.

    >>> json_text({"share": float("nan"), "n": [1, 2.5]}, indent=None)
    '{"share": null, "n": [1, 2.5]}'
    """
    return json.dumps(_finite(data), indent=indent, ensure_ascii=False, allow_nan=False)


def dump_text(data: Any, fmt: Format) -> str:
    """Render plain data as JSON (two-space indent) or YAML (block style), key order kept."""
    if fmt == "json":
        return json_text(data) + "\n"
    yaml = _yaml_module()
    if yaml is None:
        raise MissingExtra("yaml", "PyYAML", Text(en="Writing YAML", nl="YAML schrijven"))
    text: str = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return text
