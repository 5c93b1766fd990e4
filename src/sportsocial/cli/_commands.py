"""Subcommands whose parsers are built only when they are used.

argparse builds a parser for every subcommand up front, and building one costs
more than it looks (each asks gettext for its headings, which looks for
message catalogues on disk). ``sportsocial --help`` lists every command and
parses none, ``sportsocial check FILE`` parses one: :class:`Commands` builds
the parser of the command on the command line only, and of the others keeps
the line that ``--help`` shows.
"""

from __future__ import annotations

import argparse

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    _Base = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _Base = argparse._SubParsersAction

__all__ = ["EVERY", "Commands", "wanted_command"]

#: :attr:`Commands.wanted` when every command's parser is built.
EVERY = "*every*"


class _Unbuilt:
    """Stands in for the parser of a command that is not used: takes any call, keeps nothing."""

    def __getattr__(self, name: str) -> Callable[..., _Unbuilt]:
        return self._ignore

    def _ignore(self, *args: object, **kwargs: object) -> _Unbuilt:
        return self


_UNBUILT = _Unbuilt()


class Commands(_Base):
    """The subcommands action (``add_subparsers(action=Commands)``).

    ``wanted`` names the command whose parser is built: :data:`EVERY` (the
    default) builds them all, ``None`` none. A command that is not built is
    still listed by ``--help`` and known as a choice; the object its
    ``add_parser`` returns takes every call (``add_argument``,
    ``set_defaults``, ``add_subparsers``...) and ignores it.
    """

    wanted: str | None = EVERY

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if self.wanted in (EVERY, name):
            return super().add_parser(name, **kwargs)
        if "help" in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), kwargs["help"]))
        self._name_parser_map[name] = _UNBUILT  # type: ignore[assignment]
        return _UNBUILT  # type: ignore[return-value]


def wanted_command(argv: Sequence[str]) -> str | None:
    """The command on a command line: its first word that is no option (the
    top level takes no option with a value), or ``None``."""
    return next((a for a in argv if not a.startswith("-")), None)
