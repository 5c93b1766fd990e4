"""The language of the command line itself: its help, and argparse's own words.

Help texts are written as pairs, ``pick(en, nl)``, beside the option they
describe, and picked when the parser is built. argparse's own words ("usage:",
"options", "invalid choice"...) come from its module-level ``_`` and
``ngettext`` (gettext, English message ids); while a command line is built
and parsed in Dutch (:func:`speaking`), those two are swapped for lookups in
:data:`ARGPARSE_NL`. A message catalogue installed through :mod:`gettext`
would do the same, but for the whole process and every program in it; the
swap lasts only while sportsocial parses its own command line.

The language is known before the parser is built (:func:`lang_in` reads
``--lang`` anywhere on the command line, then ``$SPORTSOCIAL_LANG``), since
the help is written in it. Only the standard library is imported here:
``sportsocial --help`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import threading

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any

__all__ = [
    "ARGPARSE_NL",
    "LANGS",
    "close_matches",
    "close_words",
    "current",
    "did_you_mean",
    "env_lang",
    "lang_in",
    "pick",
    "speaking",
]

#: The languages of the command line.
LANGS = ("en", "nl")

#: The language of the command line being built or run, per thread: two threads
#: running ``main`` in different languages do not hear each other.
_local = threading.local()
#: Guards installing argparse's translation while any thread speaks through it.
_lock = threading.Lock()
_speakers = 0
_saved: tuple[Any, Any] | None = None

#: argparse's messages (its English gettext ids, Python 3.11 to 3.13) in Dutch.
ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "positionele argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: waarschuwing: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r, bedoelde je %(closest)r? (kies uit %(choices)s)"
    ),
    "maybe you meant %(closest)r?": "bedoelde je %(closest)r?",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "expected one argument": "verwacht één argument",
    "expected at most one argument": "verwacht hoogstens één argument",
    "expected at least one argument": "verwacht minstens één argument",
    "expected %s argument": "verwacht %s argument",
    "expected %s arguments": "verwacht %s argumenten",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (keuzes: %(choices)s)"
    ),
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "expliciet argument %r genegeerd",
    "option %(option)r is deprecated": "optie %(option)r is verouderd",
    "argument %(argument_name)r is deprecated": "argument %(argument_name)r is verouderd",
    "command %(parser_name)r is deprecated": "opdracht %(parser_name)r is verouderd",
    # mistakes in a program's own parser, never the user's; translated all the same
    "conflicting option string: %s": "conflicterende optie: %s",
    "conflicting option strings: %s": "conflicterende opties: %s",
    "conflicting subparser: %s": "conflicterende subopdracht: %s",
    "conflicting subparser alias: %s": "conflicterende alias van een subopdracht: %s",
    ".__call__() not defined": ".__call__() niet gedefinieerd",
    "'required' is an invalid argument for positionals": (
        "'required' is geen geldig argument voor positionele argumenten"
    ),
    "mutually exclusive arguments must be optional": (
        "elkaar uitsluitende argumenten moeten optioneel zijn"
    ),
    "%r is not callable": "%r is niet aanroepbaar",
    "cannot merge actions - two groups are named %r": (
        "kan acties niet samenvoegen - twee groepen heten %r"
    ),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ongeldige optie %(option)r: moet beginnen met een teken uit %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= is verplicht voor opties zoals %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "cannot have multiple subparser arguments": "slechts één argument met subopdrachten",
    'argument "-" with mode %r': 'argument "-" met modus %r',
    "unexpected option string: %s": "onverwachte optie: %s",
}


def current() -> str:
    """The language the command line speaks now."""
    lang: str = getattr(_local, "lang", "en")
    return lang


def pick(en: str, nl: str) -> str:
    """The text in the language of the command line being built: help beside its option."""
    return nl if current() == "nl" else en


def _gettext(message: str) -> str:
    return ARGPARSE_NL.get(message, message) if current() == "nl" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Build, parse and print help in ``lang``, argparse's own words included.

    argparse looks its words up through module globals; they are replaced while any
    thread speaks (and put back when the last one is done), and the replacement answers
    each thread in its own language: English, argparse's own words, for the others.
    """
    global _speakers, _saved
    previous = current()
    _local.lang = lang if lang in LANGS else "en"
    with _lock:
        if _speakers == 0:
            _saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
            argparse._ = _gettext  # type: ignore[attr-defined]
            argparse.ngettext = _ngettext  # type: ignore[attr-defined]
        _speakers += 1
    try:
        yield
    finally:
        with _lock:
            _speakers -= 1
            if _speakers == 0 and _saved is not None:
                argparse._, argparse.ngettext = _saved  # type: ignore[attr-defined]
                _saved = None
        _local.lang = previous


def env_lang() -> str:
    """``$SPORTSOCIAL_LANG`` when it names a language, else English."""
    value = os.environ.get("SPORTSOCIAL_LANG", "en")
    return value if value in LANGS else "en"


def _is_lang_option(word: str) -> bool:
    """``--lang`` or an abbreviation argparse accepts for it (``--la``)."""
    return len(word) >= 3 and "--lang".startswith(word)


def lang_in(argv: Sequence[str]) -> str:
    """The language a command line asks for: its last valid ``--lang``, before or
    after the command; else ``$SPORTSOCIAL_LANG``; else English.

    Read before the parser is built, since its help is written in this language;
    argparse checks the value itself afterwards.
    """
    found = None
    words = list(argv)
    for i, word in enumerate(words):
        if word == "--":
            break
        name, eq, value = word.partition("=")
        if not _is_lang_option(name):
            continue
        if not eq:
            value = words[i + 1] if i + 1 < len(words) else ""
        if value in LANGS:
            found = value
    return found or env_lang()


def close_matches(word: str, candidates: Iterable[str], *, upper: bool = False) -> list[str]:
    """The candidates that ``word`` is most likely a typing error for, best first.

    ``upper``: compare in capitals (rule codes: ``gov11`` is ``GOV101``'s typo).
    """
    import difflib  # only when a word is wrong: start-up time

    pool = list(dict.fromkeys(candidates))
    if upper:
        word = word.upper()
        by_upper = {c.upper(): c for c in pool}
        return [by_upper[m] for m in difflib.get_close_matches(word, list(by_upper), n=3)]
    return difflib.get_close_matches(word, pool, n=3)


def close_words(word: str, candidates: Iterable[str], *, upper: bool = False) -> str:
    """The :func:`close_matches` quoted and comma-separated (``'a', 'b'``); empty when none."""
    return ", ".join(f"'{m}'" for m in close_matches(word, candidates, upper=upper))


def did_you_mean(word: str, candidates: Iterable[str], lang: str, *, upper: bool = False) -> str:
    """`` (did you mean 'x'?)`` to add to a message about ``word``; empty when nothing is close.

    For argparse's messages, written before anything but the standard library
    is imported (hence no :class:`~sportsocial.i18n.Text`).
    """
    words = close_words(word, candidates, upper=upper)
    if not words:
        return ""
    return f" (bedoelde je {words}?)" if lang == "nl" else f" (did you mean {words}?)"
