"""The ``sportsocial`` command line.

Each group of commands lives in its own module with a ``register`` function;
:data:`COMMANDS` lists them. Exit codes: 0 ok, 1 invalid input or a refusal,
2 wrong use of the command line. No input, however broken, ends in a traceback.

Building the parser imports only the standard library; each command imports
what it needs when it runs, so ``sportsocial --help`` starts in a few times
Python's own start-up, and ``sportsocial validate`` never loads networkx,
matplotlib or pandas.
"""

from __future__ import annotations

import argparse
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
from ._commands import EVERY, Commands, wanted_command
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    common_parser,
    report_error,
    report_not_written,
    report_problems,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time

__all__ = ["COMMANDS", "build_parser", "main"]

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


def build_parser(command: str | None = EVERY) -> argparse.ArgumentParser:
    """The argument parser (useful for docs and tests).

    Parameters
    ----------
    command:
        The command whose parser to build (default: every command); the
        others are only listed, as ``--help`` shows them. ``None``: list them all.
    """
    parser = argparse.ArgumentParser(
        prog="sportsocial",
        description=(
            "Connect sport and exercise to the social domain: validate engagement documents, "
            "follow the methodology, check readiness for the implementation kick-off."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", action=Commands)
    if isinstance(sub, Commands):  # always: told so above
        sub.wanted = command
    common = common_parser()
    for register in COMMANDS:
        register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(wanted_command(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    lang = getattr(args, "lang", "en")
    # a command runs: now its errors are worth importing (``--help`` never gets here)
    from ..errors import ConflictError, InvalidDocument, MissingExtra
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
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
