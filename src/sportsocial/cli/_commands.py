"""Subcommands whose parsers are built only when they are used.

argparse builds a parser for every subcommand up front, and building one costs
more than it looks (each asks gettext for its headings, which looks for
message catalogues on disk). ``sportsocial --help`` lists every command and
parses none, ``sportsocial check FILE`` parses one: :class:`Commands` builds
the parser of the command on the command line only, and of the others keeps
the line that ``--help`` shows.

:class:`Parser` is argparse's parser with a "did you mean" for a mistyped
command, option or choice.
"""

from __future__ import annotations

import argparse

from ._lang import close_matches, current, did_you_mean

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    _Base = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _Base = argparse._SubParsersAction

__all__ = ["EVERY", "Commands", "Parser", "wanted_command"]

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
    """The command on a command line: its first word that is no option nor the
    value of ``--lang`` (the only top-level option with a value), or ``None``."""
    after_lang = False
    for word in argv:
        if after_lang:
            after_lang = False
        elif word.startswith("-"):
            after_lang = len(word) >= 3 and "--lang".startswith(word)
        else:
            return word
    return None


#: Where a parser leaves its suggestions for the words it did not recognise,
#: for the top-level parser to add to its error (a subcommand's parser parses
#: into a namespace of its own, which is copied into the top-level one).
_HINTS = "_sportsocial_hints"


class Parser(argparse.ArgumentParser):
    """argparse's parser that suggests what a mistyped command, option or choice was meant to be.

    Only the error messages change, never what is accepted.
    """

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = [str(c) for c in action.choices]
        values = {"value": value, "choices": ", ".join(map(repr, choices))}
        closest = close_matches(str(value), choices)
        if closest:  # Python 3.14's own wording, where argparse suggests too
            values["closest"] = closest[0]
            invalid = (
                "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"
            )
        else:
            invalid = "invalid choice: %(value)r (choose from %(choices)s)"
        raise argparse.ArgumentError(action, argparse._(invalid) % values)  # type: ignore[attr-defined]

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        ns, extras = super().parse_known_args(args, namespace)
        hints: dict[str, str] = getattr(ns, _HINTS, None) or {}
        options = [o for o in self._option_string_actions if o.startswith("--")]
        for word in extras:
            if word.startswith("-") and word not in hints:
                hints[word] = did_you_mean(word.partition("=")[0], options, current())
        if hints:
            setattr(ns, _HINTS, hints)
        return ns, extras

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        ns, extras = self.parse_known_args(args, namespace)
        hints: dict[str, str] = vars(ns).pop(_HINTS, {})
        if extras:
            unknown = argparse._("unrecognized arguments: %s")  # type: ignore[attr-defined]
            self.error(unknown % " ".join(extras) + "".join(hints.get(w, "") for w in extras))
        return ns
