"""What every command shares: exit codes, the language option, output, loading.

Building the parser imports nothing but the standard library, so that
``sportsocial --help`` is instant: the machinery a command needs (the model,
the reader, the analyses, and the bilingual messages, which are attrs values)
is imported by the command when it runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, TextIO

    from ..errors import ConflictError, MissingExtra, Problem
    from ..i18n import Lang, Text
    from ..model import Engagement

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "SEVERAL_FORMATS",
    "common_parser",
    "draw_or_report",
    "emit",
    "emit_json",
    "file_argument",
    "format_option",
    "lang_option",
    "load_or_report",
    "names_option",
    "on_option",
    "parse_date",
    "picture_refused",
    "report_not_written",
    "report_problems",
    "say",
    "say_written",
    "suggest",
    "type_error",
    "write_or_report",
]

EXIT_OK = 0
#: Invalid input: a broken document, a refused action, a blocking finding.
EXIT_INVALID = 1
#: Wrong use of the command line (argparse's own code).
EXIT_USAGE = 2
#: An internal error: a bug in sportsocial, never the user's input.
EXIT_INTERNAL = 3


def lang_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Add ``--lang en|nl``.

    The top-level parser holds the default (``$SPORTSOCIAL_LANG``, else
    English); a command's parser sets it only when given after the command,
    since argparse copies every value a command's parser holds over the
    top-level ones.
    """
    from ._lang import LANGS, env_lang, pick

    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=env_lang() if top else argparse.SUPPRESS,
        help=pick(
            "language of messages and help: en or nl, before or after the command "
            "(default: $SPORTSOCIAL_LANG or en)",
            "taal van meldingen en hulp: en of nl, voor of na de opdracht "
            "(standaard: $SPORTSOCIAL_LANG of en)",
        ),
    )


def common_parser() -> argparse.ArgumentParser:
    """Options every subcommand takes (``--lang``)."""
    parent = argparse.ArgumentParser(add_help=False)
    lang_option(parent)
    return parent


def names_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--names show|hide`` (people's names, or their role and id)."""
    from ._lang import pick

    parser.add_argument(
        "--names",
        choices=["show", "hide"],
        default="show",
        help=pick(
            "hide: show stakeholders by role and id instead of by name (personal data)",
            "hide: toon belanghebbenden met rol en id in plaats van naam (persoonsgegevens)",
        ),
    )


def file_argument(parser: argparse.ArgumentParser, *, several: bool = False) -> None:
    """Add the engagement document(s) a command reads: ``FILE`` or ``FILE [FILE ...]``."""
    from ._lang import pick

    if several:
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help=pick(
                "engagement documents (JSON or YAML); with several, one row per file",
                "trajectdocumenten (JSON of YAML); bij meer dan één een regel per bestand",
            ),
        )
    else:
        parser.add_argument(
            "file",
            metavar="FILE",
            help=pick("engagement document (JSON or YAML)", "trajectdocument (JSON of YAML)"),
        )


def on_option(parser: argparse.ArgumentParser, en: str = "", nl: str = "") -> None:
    """Add ``--on DATE``; its help ``en``/``nl``, by default "date (default: today)"."""
    from ._lang import pick

    parser.add_argument(
        "--on",
        type=parse_date,
        metavar="DATE",
        help=pick(en or "date (default: today)", nl or "datum (standaard: vandaag)"),
    )


#: The help of ``--format text|json|csv`` of a command that takes several files.
SEVERAL_FORMATS = (
    "text (default), json or csv; with several files a row per file",
    "text (standaard), json of csv; bij meer bestanden een regel per bestand",
)


def format_option(
    parser: argparse.ArgumentParser,
    choices: list[str],
    default: str | None = None,
    en: str = "",
    nl: str = "",
) -> None:
    """Add ``--format``; its help ``en``/``nl``, by default the choices and the default."""
    from ._lang import pick

    default_help = pick(
        "output format (default: %(default)s)", "uitvoerformaat (standaard: %(default)s)"
    )
    parser.add_argument(
        "--format",
        choices=choices,
        default=default,
        help=pick(en, nl) if en else default_help,
    )


def parse_date(text: str) -> dt.date:
    """argparse type for ``YYYY-MM-DD`` dates."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise type_error("not a date (YYYY-MM-DD)", "geen datum (JJJJ-MM-DD)", text) from None


def type_error(en: str, nl: str, text: str) -> argparse.ArgumentTypeError:
    """A value argparse cannot take, said in the language of the command line (the
    language is known before the parser is built, see ``_lang.lang_in``)."""
    from ._lang import pick

    return argparse.ArgumentTypeError(f"{pick(en, nl)}: {text!r}")


def suggest(word: str, candidates: Iterable[str], lang: str, *, upper: bool = False) -> None:
    """Say which of ``candidates`` a mistyped ``word`` was most likely meant to be, if any."""
    from ..i18n import Text
    from ._lang import close_words

    words = close_words(word, candidates, upper=upper)
    if words:
        did_you_mean = Text(en="{word}: did you mean {words}?", nl="{word}: bedoelde je {words}?")
        say(did_you_mean, lang, word=word, words=words)


def emit(text: str, stream: TextIO | None = None) -> None:
    """Write ``text`` (plus a newline unless it has one) to stdout."""
    out = stream or sys.stdout
    out.write(text if text.endswith("\n") else text + "\n")


def emit_json(data: Any) -> None:
    """Write ``data`` as indented JSON to stdout; a figure that is not finite is ``null``."""
    from ..io.formats import json_text

    emit(json_text(data))


def say(message: Text, lang: str, **values: object) -> None:
    """Write a bilingual message to stderr in ``lang``."""
    emit(message.format(**values)(lang), sys.stderr)


def report_problems(problems: Iterable[Problem], lang: Lang | str) -> None:
    """Print problem records to stderr, one per line, in ``lang``."""
    from ..i18n import check_lang

    # Like a compiler: in the order of the file, where lines are known.
    ordered = sorted(problems, key=lambda p: (p.line is None, p.line or 0, p.column or 0))
    for p in ordered:
        emit(p.render(check_lang(lang)), sys.stderr)


def load_or_report(path: str, lang: str) -> Engagement | None:
    """Load an engagement, or print every problem and return ``None``.

    The methodology package is imported first: it adds the check of the
    document's methodology reference to reading a document.
    """
    from .. import methodology  # noqa: F401 - see the docstring
    from ..errors import InvalidDocument
    from ..io import load

    try:
        return load(path)
    except InvalidDocument as exc:
        report_problems(exc.problems, lang)
        return None


def report_not_written(path: object, exc: OSError, lang: str) -> None:
    """Say that a file (or the output) could not be written, and why."""
    from ..i18n import Text, os_reason

    message = Text(en="cannot write {path}: {error}", nl="kan {path} niet schrijven: {error}")
    say(message, lang, path=path, error=os_reason(exc))


def say_written(path: str, lang: str) -> None:
    """Say that a file was written."""
    from ..i18n import Text

    say(Text(en="written: {path}", nl="geschreven: {path}"), lang, path=path)


def _written(action: Callable[[], object], path: str, lang: str) -> bool:
    try:
        action()
    except OSError as exc:
        report_not_written(path, exc, lang)
        return False
    return True


def write_or_report(path: str, data: str | bytes, lang: str) -> bool:
    """Write ``data`` to ``path`` atomically; say why not and return False when it fails."""
    from ..io import write_atomic

    return _written(lambda: write_atomic(path, data), path, lang)


def picture_refused(path: str | None, lang: str) -> bool:
    """Whether ``--plot`` names a file in a format no picture is written in (and say so).

    Checked before any work, so a wrong suffix costs nothing.
    """
    from ..i18n import Text
    from ..io.figures import picture_format

    if path is None or picture_format(path) is not None:
        return False
    refusal = Text(
        en="--plot: cannot draw to {path}: use a file name ending in .png, .svg or .pdf",
        nl="--plot: kan niet tekenen naar {path}: gebruik een bestandsnaam op .png, .svg of .pdf",
    )
    say(refusal, lang, path=path)
    return True


def draw_or_report(draw: Callable[[], object], path: str, lang: str) -> bool:
    """Run ``draw`` (which writes ``path``); say it was written, or why not."""
    if not _written(draw, path, lang):
        return False
    say_written(path, lang)
    return True


def report_error(exc: ConflictError | MissingExtra, lang: str) -> None:
    """Print a refusal (conflict, missing extra) in ``lang``."""
    from ..errors import ConflictError

    if isinstance(exc, ConflictError):
        emit(f"{exc.path}: {exc.message(lang)}", sys.stderr)
    else:
        emit(f"{exc.purpose(lang)}: pip install 'sportsocial[{exc.extra}]'", sys.stderr)
