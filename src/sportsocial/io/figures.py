"""Pictures as files: which formats, where matplotlib comes from, atomic saving.

Shared by every plot of the package (the timeline, the stakeholder network).
matplotlib is the optional ``analysis`` extra: it is imported only when a
picture is asked for, and figures are bare :class:`matplotlib.figure.Figure`
objects, so drawing never touches pyplot's global state or a notebook's
backend.
"""

from __future__ import annotations

import io
import os
from typing import Any

from ..errors import MissingExtra
from ..i18n import Text
from .document import write_atomic

__all__ = ["FORMATS", "checked_format", "figure_class", "picture_format", "save_figure"]

#: File formats a picture is written in, by suffix.
FORMATS = ("png", "svg", "pdf")


def picture_format(path: str | os.PathLike[str]) -> str | None:
    """The format ``path``'s suffix asks for (``png``, ``svg``, ``pdf``), or ``None``.

    >>> picture_format("net.PNG"), picture_format("net.jpg"), picture_format("png")
    ('png', None, None)
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def figure_class(purpose: Text) -> Any:
    """matplotlib's ``Figure``; :class:`MissingExtra` naming ``purpose`` without matplotlib."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingExtra("analysis", "matplotlib", purpose) from None
    from ..display.figures import show_figures_inline

    show_figures_inline()  # in a notebook, figures show without %matplotlib inline
    return Figure


def checked_format(path: str | os.PathLike[str]) -> str:
    """The format of ``path``, or ``ValueError`` before anything is drawn."""
    fmt = picture_format(path)
    if fmt is None:
        raise ValueError(
            f"cannot draw to {os.fspath(path)!r}: use a file name ending in .png, .svg or .pdf"
        )
    return fmt


def save_figure(fig: Any, path: str | os.PathLike[str], *, dpi: int = 150) -> None:
    """Write ``fig`` to ``path`` in the format of its suffix, atomically."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=checked_format(path), dpi=dpi)
    write_atomic(path, buffer.getvalue())
