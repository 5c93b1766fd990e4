"""What every command shares: exit codes, the language option, output, loading."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ..errors import ConflictError, InvalidDocument, MissingExtra, Problem
from ..i18n import Lang, Text, check_lang, os_reason
from ..io import json_text, load, write_atomic
from ..io.figures import picture_format
from ..model import Engagement

__all__ = [
    "BAD_PICTURE",
    "EXIT_INTERNAL",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "NOT_WRITTEN",
    "WRITTEN",
    "common_parser",
    "draw_or_report",
    "emit",
    "emit_json",
    "load_or_report",
    "names_option",
    "parse_date",
    "picture_refused",
    "report_problems",
    "say",
    "write_or_report",
]

EXIT_OK = 0
#: Invalid input: a broken document, a refused action, a blocking finding.
EXIT_INVALID = 1
#: Wrong use of the command line (argparse's own code).
EXIT_USAGE = 2
#: An internal error: a bug in sportsocial, never the user's input.
EXIT_INTERNAL = 3


def _default_lang() -> str:
    value = os.environ.get("SPORTSOCIAL_LANG", "en")
    return value if value in ("en", "nl") else "en"


def common_parser() -> argparse.ArgumentParser:
    """Options every subcommand takes (``--lang``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang",
        choices=["en", "nl"],
        default=_default_lang(),
        help="language of messages: en or nl (default: $SPORTSOCIAL_LANG or en)",
    )
    return parent


def names_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--names show|hide`` (people's names, or their role and id)."""
    parser.add_argument(
        "--names",
        choices=["show", "hide"],
        default="show",
        help="hide: show stakeholders by role and id instead of by name (personal data)",
    )


def parse_date(text: str) -> dt.date:
    """argparse type for ``YYYY-MM-DD`` dates."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        # argparse reports this before --lang is known: say it in both languages
        raise argparse.ArgumentTypeError(
            f"not a date (YYYY-MM-DD) / geen datum (JJJJ-MM-DD): {text!r}"
        ) from None


def emit(text: str, stream: TextIO | None = None) -> None:
    """Write ``text`` (plus a newline unless it has one) to stdout."""
    out = stream or sys.stdout
    out.write(text if text.endswith("\n") else text + "\n")


def emit_json(data: Any) -> None:
    """Write ``data`` as indented JSON to stdout."""
    emit(json_text(data))


def say(message: Text, lang: str, **values: object) -> None:
    """Write a bilingual message to stderr in ``lang``."""
    emit(message.format(**values)(lang), sys.stderr)


def report_problems(problems: Iterable[Problem], lang: Lang | str) -> None:
    """Print problem records to stderr, one per line, in ``lang``."""
    for p in problems:
        emit(p.render(check_lang(lang)), sys.stderr)


def load_or_report(path: str, lang: str) -> Engagement | None:
    """Load an engagement, or print every problem and return ``None``."""
    try:
        return load(path)
    except InvalidDocument as exc:
        report_problems(exc.problems, lang)
        return None


#: A file that could not be written, and why.
NOT_WRITTEN = Text(en="cannot write {path}: {error}", nl="kan {path} niet schrijven: {error}")
#: A file that was written.
WRITTEN = Text(en="written: {path}", nl="geschreven: {path}")
#: ``--plot`` naming a file in a format no picture is written in.
BAD_PICTURE = Text(
    en="--plot: cannot draw to {path}: use a file name ending in .png, .svg or .pdf",
    nl="--plot: kan niet tekenen naar {path}: gebruik een bestandsnaam op .png, .svg of .pdf",
)


def _written(action: Callable[[], object], path: str, lang: str) -> bool:
    try:
        action()
    except OSError as exc:
        say(NOT_WRITTEN, lang, path=path, error=os_reason(exc))
        return False
    return True


def write_or_report(path: str, data: str | bytes, lang: str) -> bool:
    """Write ``data`` to ``path`` atomically; say why not and return False when it fails."""
    return _written(lambda: write_atomic(path, data), path, lang)


def picture_refused(path: str | None, lang: str) -> bool:
    """Whether ``--plot`` names a file in a format no picture is written in (and say so).

    Checked before any work, so a wrong suffix costs nothing.
    """
    if path is None or picture_format(path) is not None:
        return False
    say(BAD_PICTURE, lang, path=path)
    return True


def draw_or_report(draw: Callable[[], object], path: str, lang: str) -> bool:
    """Run ``draw`` (which writes ``path``); say it was written, or why not."""
    if not _written(draw, path, lang):
        return False
    say(WRITTEN, lang, path=path)
    return True


def report_error(exc: ConflictError | MissingExtra, lang: str) -> None:
    """Print a refusal (conflict, missing extra) in ``lang``."""
    if isinstance(exc, ConflictError):
        emit(f"{exc.path}: {exc.message(lang)}", sys.stderr)
    else:
        emit(f"{exc.purpose(lang)}: pip install 'sportsocial[{exc.extra}]'", sys.stderr)
