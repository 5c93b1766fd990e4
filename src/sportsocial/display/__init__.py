"""Notebook display: short reprs, HTML and Markdown summaries, figures shown inline.

Kept apart from the classes it shows: the engagement, reports and results
carry thin ``__repr__``, ``_repr_html_`` and ``_repr_markdown_`` methods that
call :func:`short_repr`, :func:`to_html` and :func:`to_markdown`. Rich
displays are in English, or in Dutch when ``SPORTSOCIAL_LANG=nl`` (as the
command line); :func:`to_html` and :func:`to_markdown` take ``lang`` too.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..i18n import check_lang
from .figures import show_figures_inline
from .reprs import compact_repr, short_repr

if TYPE_CHECKING:
    from .summaries import Summary

__all__ = [
    "Summary",
    "compact_repr",
    "display_lang",
    "short_repr",
    "show_figures_inline",
    "summary",
    "to_html",
    "to_markdown",
]


def summary(obj: object, lang: str | None = None) -> Summary:
    """What the rich displays of ``obj`` show, as data (see :mod:`.summaries`)."""
    from .summaries import summarize

    return summarize(obj, _lang_of(obj, lang))


def display_lang() -> str:
    """The language of rich displays: ``$SPORTSOCIAL_LANG`` when it is ``en`` or ``nl``, else ``en``."""
    value = os.environ.get("SPORTSOCIAL_LANG", "en")
    return value if value in ("en", "nl") else "en"


def _lang_of(obj: object, lang: str | None) -> str:
    if lang is not None:
        return check_lang(lang)
    own = getattr(obj, "lang", None)  # an agenda is read in its own language
    return own if isinstance(own, str) and own in ("en", "nl") else display_lang()


def to_html(obj: object, lang: str | None = None) -> str:
    """An HTML summary of ``obj`` for a notebook.

    >>> import sportsocial as ss
    >>> html = to_html(ss.load("examples/roosendaal-kickoff.yaml"), lang="nl")
    >>> html.startswith('<div class="sportsocial">'), "partners" in html
    (True, True)
    """
    from .render import summary_html
    from .summaries import summarize

    return summary_html(summarize(obj, _lang_of(obj, lang)), type(obj).__name__)


def to_markdown(obj: object, lang: str | None = None) -> str:
    """A Markdown summary of ``obj``."""
    from .render import summary_markdown
    from .summaries import summarize

    return summary_markdown(summarize(obj, _lang_of(obj, lang)), type(obj).__name__)
