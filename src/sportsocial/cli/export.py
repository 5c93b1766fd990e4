"""The ``export`` command: a document in another format, pseudonymised for research."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import Text, os_reason
from ..io import dumps
from ..io.formats import format_for
from ..research.pseudonymize import BadSalt, pseudonymize
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    load_or_report,
    say,
    write_or_report,
)

__all__ = ["register"]

_NEEDS_SALT = Text(
    en="--pseudonymize needs --salt-file: a file with at least 16 secret random bytes",
    nl="--pseudonymize heeft --salt-file nodig: een bestand met minstens 16 geheime willekeurige bytes",
)
_SALT_UNREADABLE = Text(
    en="cannot read the salt file {path}: {error}",
    nl="kan het zoutbestand {path} niet lezen: {error}",
)
_BAD_SALT = Text(en="salt file {path}: {error}", nl="zoutbestand {path}: {error}")
_OPTIONS_WITHOUT_PSEUDONYMS = Text(
    en="--keep-text and --keep-municipality only apply with --pseudonymize",
    nl="--keep-text en --keep-municipality gelden alleen met --pseudonymize",
)


def _export(args: argparse.Namespace) -> int:
    if args.pseudonymize and args.salt_file is None:
        say(_NEEDS_SALT, args.lang)
        return EXIT_USAGE
    if not args.pseudonymize and (args.keep_text or args.keep_municipality):
        say(_OPTIONS_WITHOUT_PSEUDONYMS, args.lang)
        return EXIT_USAGE
    salt = b""
    if args.pseudonymize:
        try:
            salt = Path(args.salt_file).read_bytes().strip()
        except OSError as exc:
            say(_SALT_UNREADABLE, args.lang, path=args.salt_file, error=os_reason(exc))
            return EXIT_INVALID
    engagement = load_or_report(args.file, args.lang)
    if engagement is None:
        return EXIT_INVALID
    if args.pseudonymize:
        try:
            engagement = pseudonymize(
                engagement,
                salt,
                keep_text=args.keep_text,
                keep_municipality=args.keep_municipality,
            )
        except BadSalt as exc:
            say(_BAD_SALT, args.lang, path=args.salt_file, error=exc.message)
            return EXIT_INVALID
    fmt = args.format or (format_for(args.output) if args.output else None) or "json"
    text = dumps(engagement, fmt)
    if args.output is None:
        emit(text)
        return EXIT_OK
    return EXIT_OK if write_or_report(args.output, text, args.lang) else EXIT_INVALID


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``export``."""
    p = sub.add_parser(
        "export",
        parents=[common],
        help="write a document for sharing, pseudonymised for research (AVG/GDPR)",
        description="Write the engagement document again (JSON or YAML). With --pseudonymize, "
        "names and ids become salted, stable pseudonyms and free text is removed: "
        "pseudonymisation under the AVG/GDPR, not anonymisation (see docs/research.md).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pseudonymize", action="store_true", help="replace names, ids and free text")
    p.add_argument("--salt-file", metavar="FILE", help="secret salt (at least 16 bytes)")
    p.add_argument("--keep-text", action="store_true", help="keep free text (check it first)")
    p.add_argument(
        "--keep-municipality",
        action="store_true",
        help="keep the municipality's name, CBS code and exact population",
    )
    p.add_argument("--format", choices=["json", "yaml"], help="default: by -o's suffix, or json")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically)")
    p.set_defaults(func=_export)
