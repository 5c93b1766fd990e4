"""Bilingual text: every message a user reads exists in Dutch and in English.

A :class:`Text` holds both translations side by side, so that a message is
created once, where it is raised, and rendered later in the language the user
asked for. There is no global "current language": functions that render take a
``lang`` argument, which keeps them pure and easy to test.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

__all__ = ["LANGUAGES", "Lang", "Text", "check_lang"]

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
        """Fill ``{name}`` placeholders in both languages."""
        return Text(en=self.en.format(**values), nl=self.nl.format(**values))

    def to_dict(self) -> dict[str, str]:
        """Plain mapping ``{"en": ..., "nl": ...}`` for JSON output."""
        return {"en": self.en, "nl": self.nl}
