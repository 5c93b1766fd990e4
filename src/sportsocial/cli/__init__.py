"""The ``sportsocial`` command line.

Each group of commands lives in its own module with a ``register`` function;
:data:`COMMANDS` lists them. Exit codes: 0 ok, 1 invalid input or a refusal,
2 wrong use of the command line. No input, however broken, ends in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .._version import __version__
from ..errors import ConflictError, InvalidDocument, MissingExtra
from ..i18n import Text, os_reason
from . import (
    alignment,
    document,
    export,
    methodology,
    network,
    opportunities,
    readiness,
    research,
)
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    NOT_WRITTEN,
    common_parser,
    report_error,
    report_problems,
    say,
)

__all__ = ["COMMANDS", "build_parser", "main"]

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
    research.register,
    export.register,
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
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
