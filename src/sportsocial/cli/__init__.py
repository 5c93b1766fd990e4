"""The ``sportsocial`` command line.

Each group of commands lives in its own module with a ``register`` function;
:data:`COMMANDS` lists them. Exit codes (:data:`EXIT_CODES`): 0 ok, 1 invalid
input or a refusal, 2 wrong use of the command line, 3 an internal error (a
bug: please report it). No input, however broken, ends in a traceback; set
``SPORTSOCIAL_DEBUG=1`` to see one for an internal error.

Building the parser imports only the standard library; each command imports
what it needs when it runs, so ``sportsocial --help`` starts in a few times
Python's own start-up, and ``sportsocial validate`` never loads networkx,
matplotlib or pandas.
"""

from __future__ import annotations

import argparse
import os
import sys

from .._version import __version__
from . import (
    alignment,
    document,
    export,
    methodology,
    network,
    opportunities,
    readiness,
    report,
    research,
    roadmap,
)
from ._commands import EVERY, Commands, Parser, wanted_command
from ._common import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    common_parser,
    emit,
    lang_option,
    report_error,
    report_not_written,
    report_problems,
)
from ._lang import lang_in, pick, speaking

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time

__all__ = ["COMMANDS", "EXIT_CODES", "build_parser", "main"]

#: Every exit code of the command line and what it means, in English and Dutch.
EXIT_CODES: dict[int, tuple[str, str]] = {
    EXIT_OK: ("ok", "in orde"),
    EXIT_INVALID: (
        "invalid input, a refusal or a blocking finding",
        "ongeldige invoer, een weigering of een blokkerende bevinding",
    ),
    EXIT_USAGE: ("wrong use of the command line", "verkeerd gebruik van de opdrachtregel"),
    EXIT_INTERNAL: (
        "internal error (a bug in sportsocial)",
        "interne fout (een fout in sportsocial)",
    ),
}

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    Register = Callable[
        ["argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None
    ]

#: The command groups, in the order ``--help`` lists them.
COMMANDS: list[Register] = [
    document.register,
    methodology.register,
    readiness.register,
    roadmap.register,
    alignment.register,
    opportunities.register,
    network.register,
    research.register,
    export.register,
    report.register,
]


def build_parser(command: str | None = EVERY, lang: str = "en") -> argparse.ArgumentParser:
    """The argument parser (useful for docs and tests).

    Parameters
    ----------
    command:
        The command whose parser to build (default: every command); the
        others are only listed, as ``--help`` shows them. ``None``: list them all.
    lang:
        The language of its help and of argparse's own words (``en``, ``nl``);
        parse with it inside :func:`~sportsocial.cli._lang.speaking` for
        argparse's error messages in that language too.
    """
    with speaking(lang):
        parser: argparse.ArgumentParser = Parser(
            prog="sportsocial",
            description=pick(
                "Connect sport and exercise to the social domain: validate engagement "
                "documents, follow the methodology, check readiness for the implementation "
                "kick-off.",
                "Verbind sport en bewegen met het sociaal domein: controleer trajectdocumenten, "
                "volg de methodiek, toets de gereedheid voor de kick-off van het "
                "uitvoeringsplan.",
            ),
        )
        parser.add_argument(
            "--version",
            action="version",
            version=f"%(prog)s {__version__}",
            help=pick("show the version and exit", "toon de versie en stop"),
        )
        lang_option(parser, top=True)
        sub = parser.add_subparsers(
            dest="command",
            metavar=pick("COMMAND", "OPDRACHT"),
            action=Commands,
            title=pick("commands", "opdrachten"),
        )
        if isinstance(sub, Commands):  # always: told so above
            sub.wanted = command
        common = common_parser()
        for register in COMMANDS:
            register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    ``--lang`` (or ``$SPORTSOCIAL_LANG``) may stand before or after the command;
    it is read first, since the help and argparse's messages are in it.
    """
    if argv is None:
        argv = sys.argv[1:]
    asked = lang_in(argv)
    with speaking(asked):
        parser = build_parser(wanted_command(argv), asked)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
    lang = getattr(args, "lang", "en")
    # a command runs: now its errors are worth importing (``--help`` never gets here)
    from ..errors import ConflictError, InvalidDocument, MissingExtra, SportsocialError
    from ..i18n import Text

    try:
        code: int = args.func(args)
    except InvalidDocument as exc:
        report_problems(exc.problems, lang)
        return EXIT_INVALID
    except (ConflictError, MissingExtra) as exc:
        report_error(exc, lang)
        return EXIT_INVALID
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except OSError as exc:  # a file or the output that cannot be written
        report_not_written(exc.filename or Text(en="the output", nl="de uitvoer"), exc, lang)
        return EXIT_INVALID
    except SportsocialError as exc:  # any other refusal the library documents
        message = getattr(exc, "message", None)
        emit(message(lang) if isinstance(message, Text) else str(exc), sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # a bug: say so, without a traceback
        if os.environ.get("SPORTSOCIAL_DEBUG"):
            raise
        _internal_error(exc, lang)
        return EXIT_INTERNAL
    return code


def _internal_error(exc: Exception, lang: str) -> None:
    from ..i18n import Text

    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    message = Text(
        en="internal error: {kind}: {detail}\nThis is a bug in sportsocial {version}; please "
        "report it with the command and, if you can, the file (see SECURITY.md for sensitive "
        "files).",
        nl="interne fout: {kind}: {detail}\nDit is een fout in sportsocial {version}; meld die "
        "graag met de opdracht en zo mogelijk het bestand (zie SECURITY.md voor gevoelige "
        "bestanden).",
    )
    emit(
        message.format(kind=type(exc).__name__, detail=detail, version=__version__)(lang),
        sys.stderr,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
