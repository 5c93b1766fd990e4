"""Reading and writing the text of documents: JSON always, YAML with the extra.

Parsing never raises on bad text: it returns the data or problem records. YAML
is read without implicit timestamps, so dates arrive as strings exactly as in
JSON and one schema checks both.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from ..errors import MissingExtra, Problem
from ..i18n import Text
from .problems import problem

__all__ = ["Format", "dump_text", "format_for", "parse_text"]

#: A document format.
Format = Literal["json", "yaml"]

#: Integers longer than this are out of every range; parsing them would be slow or fail.
_MAX_INT_DIGITS = 64
_HUGE: int = 10**_MAX_INT_DIGITS


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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _yaml_module() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - exercised without the extra
        return None
    return yaml


def _yaml_loader(yaml: Any) -> Any:
    class Loader(yaml.SafeLoader):  # type: ignore[misc]
        """SafeLoader that keeps dates as strings and caps huge integers."""

    Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_int(loader: Any, node: Any) -> int:
        text = str(loader.construct_scalar(node)).replace("_", "")
        if len(text.lstrip("-+")) > _MAX_INT_DIGITS:
            return -_HUGE if text.startswith("-") else _HUGE
        return int(yaml.SafeLoader.construct_yaml_int(loader, node))

    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    return Loader


def parse_text(text: str, fmt: Format, source: str | None = None) -> tuple[Any, list[Problem]]:
    """Parse ``text`` as ``fmt``; return ``(data, [])`` or ``(None, problems)``."""
    if not text.strip():
        return None, [problem("DOC002", "$", source=source)]
    if fmt == "json":
        try:
            return (
                json.loads(text, parse_int=_parse_int, parse_constant=_no_constant),
                [],
            )
        except json.JSONDecodeError as exc:
            detail = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
            return None, [problem("DOC003", "$", source=source, format="JSON", detail=detail)]
        except (ValueError, RecursionError) as exc:
            return None, [problem("DOC003", "$", source=source, format="JSON", detail=str(exc))]
    yaml = _yaml_module()
    if yaml is None:
        return None, [problem("DOC006", "$", source=source, format="YAML", extra="yaml")]
    try:
        return yaml.load(text, Loader=_yaml_loader(yaml)), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        what = getattr(exc, "problem", None) or str(exc)
        return None, [problem("DOC003", "$", source=source, format="YAML", detail=f"{where}{what}")]
    except (ValueError, RecursionError) as exc:
        return None, [problem("DOC003", "$", source=source, format="YAML", detail=str(exc))]


def dump_text(data: Any, fmt: Format) -> str:
    """Render plain data as JSON (two-space indent) or YAML (block style), key order kept."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    yaml = _yaml_module()
    if yaml is None:
        raise MissingExtra("yaml", "PyYAML", Text(en="Writing YAML", nl="YAML schrijven"))
    text: str = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return text
