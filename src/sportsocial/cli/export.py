"""The ``export`` command: a document in another format, pseudonymised for research.

Building the parser imports only the standard library; the command imports
the pseudonymisation when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    file_argument,
    format_option,
    load_or_report,
    say,
    write_or_report,
)
from ._lang import pick

__all__ = ["register"]


def _export(args: argparse.Namespace) -> int:
    from ..i18n import Text, os_reason

    if args.pseudonymize and args.salt_file is None:
        say(
            Text(
                en="--pseudonymize needs --salt-file: a file with at least 16 secret random bytes",
                nl="--pseudonymize heeft --salt-file nodig: een bestand met minstens 16 geheime "
                "willekeurige bytes",
            ),
            args.lang,
        )
        return EXIT_USAGE
    if not args.pseudonymize and (args.keep_text or args.keep_municipality):
        say(
            Text(
                en="--keep-text and --keep-municipality only apply with --pseudonymize",
                nl="--keep-text en --keep-municipality gelden alleen met --pseudonymize",
            ),
            args.lang,
        )
        return EXIT_USAGE
    salt = b""
    if args.pseudonymize:
        try:
            salt = Path(args.salt_file).read_bytes().strip()
        except OSError as exc:
            unreadable = Text(
                en="cannot read the salt file {path}: {error}",
                nl="kan het zoutbestand {path} niet lezen: {error}",
            )
            say(unreadable, args.lang, path=args.salt_file, error=os_reason(exc))
            return EXIT_INVALID
    engagement = load_or_report(args.file, args.lang)
    if engagement is None:
        return EXIT_INVALID
    if args.pseudonymize:
        from ..research.pseudonymize import BadSalt, pseudonymize

        try:
            engagement = pseudonymize(
                engagement,
                salt,
                keep_text=args.keep_text,
                keep_municipality=args.keep_municipality,
            )
        except BadSalt as exc:
            bad = Text(en="salt file {path}: {error}", nl="zoutbestand {path}: {error}")
            say(bad, args.lang, path=args.salt_file, error=exc.message)
            return EXIT_INVALID
    from ..io import dumps
    from ..io.formats import format_for

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
        help=pick(
            "write a document for sharing, pseudonymised for research (AVG/GDPR)",
            "schrijf een document om te delen, gepseudonimiseerd voor onderzoek (AVG)",
        ),
        description=pick(
            "Write the engagement document again (JSON or YAML). With --pseudonymize, "
            "names and ids become salted, stable pseudonyms and free text is removed: "
            "pseudonymisation under the AVG/GDPR, not anonymisation (see docs/research.md).",
            "Schrijf het trajectdocument opnieuw (JSON of YAML). Met --pseudonymize worden "
            "namen en ids gezouten, vaste pseudoniemen en verdwijnt vrije tekst: "
            "pseudonimisering volgens de AVG, geen anonimisering (zie docs/research.md).",
        ),
    )
    file_argument(p)
    p.add_argument(
        "--pseudonymize",
        action="store_true",
        help=pick("replace names, ids and free text", "vervang namen, ids en vrije tekst"),
    )
    p.add_argument(
        "--salt-file",
        metavar="FILE",
        help=pick("secret salt (at least 16 bytes)", "geheim zout (minstens 16 bytes)"),
    )
    p.add_argument(
        "--keep-text",
        action="store_true",
        help=pick("keep free text (check it first)", "behoud vrije tekst (controleer die eerst)"),
    )
    p.add_argument(
        "--keep-municipality",
        action="store_true",
        help=pick(
            "keep the municipality's name, CBS code and exact population",
            "behoud naam, CBS-code en exact inwonertal van de gemeente",
        ),
    )
    format_option(
        p,
        ["json", "yaml"],
        None,
        "default: by -o's suffix, or json",
        "standaard: volgens de extensie van -o, anders json",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=pick("write here (atomically)", "schrijf hierheen (atomair)"),
    )
    p.set_defaults(func=_export)
