"""Figures shown inline in Jupyter without ``%matplotlib inline``.

The package draws on bare :class:`matplotlib.figure.Figure` objects (no
pyplot state), which IPython only knows how to show once a matplotlib
integration registered a formatter for them; without ``%matplotlib inline``
a notebook shows ``<Figure size 1000x500 with 2 Axes>``. When a figure is
drawn inside an IPython kernel, :func:`show_figures_inline` registers PNG
output for figures, unless the user (or ``%matplotlib``) registered one
already: their choice stands.
"""

from __future__ import annotations

import io
import sys
from typing import Any

__all__ = ["figure_png", "show_figures_inline"]


def figure_png(fig: Any) -> bytes:
    """The figure as PNG bytes, cropped to what is drawn."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def show_figures_inline() -> bool:
    """Register PNG display of matplotlib figures with the running IPython, if any.

    Returns whether figures are shown inline now (False outside IPython).
    Does nothing when IPython is not imported: a script never pays for it.
    """
    ipython_module = sys.modules.get("IPython")
    if ipython_module is None:
        return False
    shell = ipython_module.get_ipython()
    if shell is None:
        return False
    from matplotlib.figure import Figure

    formatter = shell.display_formatter.formatters["image/png"]
    try:
        formatter.lookup_by_type(Figure)
    except KeyError:
        formatter.for_type(Figure, figure_png)
    return True
