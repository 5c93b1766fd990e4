"""Bilingual text: every message a user reads exists in Dutch and in English.

A :class:`Text` holds both translations side by side, so that a message is
created once, where it is raised, and rendered later in the language the user
asked for. There is no global "current language": functions that render take a
``lang`` argument, which keeps them pure and easy to test.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
from collections.abc import Callable, Mapping
from typing import Literal, TypeAlias

import attrs

__all__ = [
    "LANGUAGES",
    "LOCALES",
    "LabelledEnum",
    "Lang",
    "Text",
    "amount",
    "amount_text",
    "both",
    "check_lang",
    "count_text",
    "day",
    "day_text",
    "number",
    "number_text",
    "percent",
    "percent_text",
    "plural",
    "register_labels",
    "whole_number",
]

Lang: TypeAlias = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")


def check_lang(lang: str) -> Lang:
    """Return ``lang`` as a :data:`Lang`, or raise ``ValueError`` naming the choices."""
    if lang == "en":
        return "en"
    if lang == "nl":
        return "nl"
    raise ValueError(f"unknown language {lang!r}; choose one of: en, nl")


@attrs.frozen
class Text:
    """One piece of user-facing text in English and Dutch.

    Examples
    --------
    >>> t = Text(en="Unknown field", nl="Onbekend veld")
    >>> t("nl")
    'Onbekend veld'
    >>> str(t)
    'Unknown field'
    """

    en: str
    nl: str

    def __call__(self, lang: str = "en") -> str:
        """Return the text in ``lang`` (``"en"`` or ``"nl"``)."""
        return self.nl if check_lang(lang) == "nl" else self.en

    def __str__(self) -> str:
        return self.en

    def format(self, **values: object) -> Text:
        """Fill ``{name}`` placeholders in both languages.

        A value that is itself a :class:`Text` fills each language with its
        own translation.

        >>> Text(en="cannot read: {why}", nl="onleesbaar: {why}").format(
        ...     why=Text(en="no such file", nl="bestand bestaat niet"))("nl")
        'onleesbaar: bestand bestaat niet'
        """
        en = {k: v.en if isinstance(v, Text) else v for k, v in values.items()}
        nl = {k: v.nl if isinstance(v, Text) else v for k, v in values.items()}
        return Text(en=self.en.format(**en), nl=self.nl.format(**nl))

    def to_dict(self) -> dict[str, str]:
        """Plain mapping ``{"en": ..., "nl": ...}`` for JSON output."""
        return {"en": self.en, "nl": self.nl}


#: The locale of each language: numbers, amounts, percentages, dates and plural
#: forms follow its conventions (CLDR, through Babel), not hand-written rules.
LOCALES: Mapping[Lang, str] = {"en": "en_GB", "nl": "nl_NL"}


def _locale(lang: str) -> str:
    return LOCALES[check_lang(lang)]


def number(value: float, lang: str, digits: int = 0) -> str:
    """``value`` with ``digits`` decimals, grouped and with the decimal sign of ``lang``.

    >>> number(1250000.456, "en", 2), number(1250000.456, "nl", 2)
    ('1,250,000.46', '1.250.000,46')
    """
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=_locale(lang)))


def whole_number(value: float, lang: str) -> str:
    """A rounded number with thousands grouped the way of ``lang``.

    >>> whole_number(1250000.4, "en"), whole_number(1250000.4, "nl")
    ('1,250,000', '1.250.000')
    """
    return number(value, lang)


def amount(value: float, lang: str) -> str:
    """An amount in whole euros, the way ``lang`` writes it.

    >>> amount(1250000.4, "en"), amount(1250000.4, "nl")
    ('€1,250,000', '€ 1.250.000')
    """
    from babel.numbers import format_currency

    return str(
        format_currency(
            round(value), "EUR", format="¤#,##0", locale=_locale(lang), currency_digits=False
        )
        if check_lang(lang) == "en"
        else format_currency(
            round(value), "EUR", format="¤ #,##0", locale=_locale(lang), currency_digits=False
        )
    )


def percent(value: float, lang: str) -> str:
    """A share in 0..1 as a whole percentage, the way ``lang`` writes it.

    >>> percent(0.9658, "en"), percent(0.9658, "nl")
    ('97%', '97%')
    """
    from babel.numbers import format_percent

    return str(format_percent(value, format="#,##0%", locale=_locale(lang)))


def day(value: dt.date, lang: str) -> str:
    """A date written out, the way ``lang`` writes it.

    >>> import datetime as dt
    >>> day(dt.date(2026, 12, 31), "en"), day(dt.date(2026, 12, 31), "nl")
    ('31 December 2026', '31 december 2026')
    """
    from babel.dates import format_date

    return str(format_date(value, format="d MMMM y", locale=_locale(lang)))


def plural(count: int, lang: str, one: str, other: str) -> str:
    """``one`` or ``other`` by the plural rule of ``lang`` for ``count``, with the count.

    >>> plural(1, "nl", "maand", "maanden"), plural(3, "nl", "maand", "maanden")
    ('1 maand', '3 maanden')
    """
    from babel import Locale

    form = Locale.parse(_locale(lang)).plural_form(count)
    return f"{number(count, lang)} {one if form == 'one' else other}"


def both(render: Callable[[str], str]) -> Text:
    """A :class:`Text` of ``render(lang)`` in each language, for a value in a message.

    >>> import datetime as dt
    >>> both(lambda lang: day(dt.date(2027, 1, 15), lang))("nl")
    '15 januari 2027'
    """
    return Text(en=render("en"), nl=render("nl"))


def amount_text(value: float) -> Text:
    """:func:`amount` in both languages."""
    return both(lambda lang: amount(value, lang))


def percent_text(value: float) -> Text:
    """:func:`percent` in both languages."""
    return both(lambda lang: percent(value, lang))


def day_text(value: dt.date) -> Text:
    """:func:`day` in both languages."""
    return both(lambda lang: day(value, lang))


def number_text(value: float, digits: int = 0) -> Text:
    """:func:`number` in both languages."""
    return both(lambda lang: number(value, lang, digits))


def count_text(count: int, en: tuple[str, str], nl: tuple[str, str]) -> Text:
    """A count with its noun in the right plural form, in both languages.

    >>> count_text(1, ("file", "files"), ("bestand", "bestanden"))("nl")
    '1 bestand'
    """
    return Text(en=plural(count, "en", *en), nl=plural(count, "nl", *nl))


_OS_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("no such file or folder", "bestand of map bestaat niet"),
    errno.EACCES: ("permission denied", "geen toestemming"),
    errno.EPERM: ("operation not permitted", "bewerking niet toegestaan"),
    errno.EISDIR: ("is a folder", "is een map"),
    errno.ENOTDIR: ("a part of the path is not a folder", "een deel van het pad is geen map"),
    errno.ENOSPC: ("no space left on the disk", "geen ruimte meer op de schijf"),
    errno.EROFS: ("read-only file system", "alleen-lezen bestandssysteem"),
    errno.ENAMETOOLONG: ("file name too long", "bestandsnaam te lang"),
}


def os_reason(exc: OSError) -> Text:
    """Why an operating-system call failed, in both languages.

    Common causes have a Dutch translation; others keep the system's own text.

    >>> os_reason(FileNotFoundError(2, "No such file or directory"))("nl")
    'bestand of map bestaat niet'
    """
    known = _OS_REASONS.get(exc.errno or -1)
    if known is not None:
        return Text(en=known[0], nl=known[1])
    text = exc.strerror or str(exc)
    return Text(en=text, nl=text)


#: Labels of every :class:`LabelledEnum` subclass, by class and value.
_ENUM_LABELS: dict[type[enum.Enum], Mapping[str, tuple[str, str]]] = {}


class LabelledEnum(enum.Enum):
    """An enum whose members carry an English and a Dutch label.

    Values are what documents store; labels are what users read. A module
    registers the labels of its enums in one table with :func:`register_labels`,
    so that a translator sees them together.
    """

    @property
    def text(self) -> Text:
        """Both labels of this member."""
        en, nl = _ENUM_LABELS[type(self)][self.value]
        return Text(en=en, nl=nl)

    def label(self, lang: str = "en") -> str:
        """The member's label in ``lang``."""
        return self.text(lang)


def register_labels(table: Mapping[type[LabelledEnum], Mapping[str, tuple[str, str]]]) -> None:
    """Register ``(English, Dutch)`` labels per value for each enum in ``table``.

    Raises ``ValueError`` at import time when a member has no label, so a
    missing translation never reaches a user.
    """
    for cls, labels in table.items():
        missing = sorted({str(m.value) for m in cls} - set(labels))
        if missing:
            raise ValueError(f"{cls.__name__}: no labels for {', '.join(missing)}")
        _ENUM_LABELS[cls] = labels
