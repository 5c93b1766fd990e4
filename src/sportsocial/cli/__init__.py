"""The ``sportsocial`` command line.

Each group of commands lives in its own module with a ``register`` function;
:data:`COMMANDS` lists them. Exit codes: 0 ok, 1 invalid input or a refusal,
2 wrong use of the command line, 3 an internal error (a bug: please report
it). No input, however broken, ends in a traceback; set ``SPORTSOCIAL_DEBUG=1``
to see one for an internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from .._version import __version__
from ..errors import ConflictError, InvalidDocument, MissingExtra, SportsocialError
from ..i18n import Text, os_reason
from . import alignment, document, methodology, network, opportunities, readiness
from ._common import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    NOT_WRITTEN,
    common_parser,
    emit,
    report_error,
    report_problems,
    say,
)

__all__ = ["COMMANDS", "EXIT_CODES", "build_parser", "main"]

#: Every exit code of the command line and what it means.
EXIT_CODES: dict[int, Text] = {
    EXIT_OK: Text(en="ok", nl="in orde"),
    EXIT_INVALID: Text(
        en="invalid input, a refusal or a blocking finding",
        nl="ongeldige invoer, een weigering of een blokkerende bevinding",
    ),
    EXIT_USAGE: Text(
        en="wrong use of the command line", nl="verkeerd gebruik van de opdrachtregel"
    ),
    EXIT_INTERNAL: Text(
        en="internal error (a bug in sportsocial)", nl="interne fout (een fout in sportsocial)"
    ),
}

_INTERNAL = Text(
    en="internal error: {kind}: {detail}\nThis is a bug in sportsocial {version}; please report "
    "it with the command and, if you can, the file (see SECURITY.md for sensitive files).",
    nl="interne fout: {kind}: {detail}\nDit is een fout in sportsocial {version}; meld die graag "
    "met de opdracht en zo mogelijk het bestand (zie SECURITY.md voor gevoelige bestanden).",
)

Register = Callable[
    ["argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None
]

#: The command groups, in the order ``--help`` lists them.
COMMANDS: list[Register] = [
    document.register,
    methodology.register,
    readiness.register,
    alignment.register,
    opportunities.register,
    network.register,
]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (useful for docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="sportsocial",
        description=(
            "Connect sport and exercise to the social domain: validate engagement documents, "
            "follow the methodology, check readiness for the implementation kick-off."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_parser()
    for register in COMMANDS:
        register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    lang = getattr(args, "lang", "en")
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
        target = exc.filename or Text(en="the output", nl="de uitvoer")
        say(NOT_WRITTEN, lang, path=target, error=os_reason(exc))
        return EXIT_INVALID
    except SportsocialError as exc:  # any other refusal the library documents
        message = getattr(exc, "message", None)
        emit(message(lang) if isinstance(message, Text) else str(exc), sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # a bug: say so, without a traceback
        if os.environ.get("SPORTSOCIAL_DEBUG"):
            raise
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        say(_INTERNAL, lang, kind=type(exc).__name__, detail=detail, version=__version__)
        return EXIT_INTERNAL
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
