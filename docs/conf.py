"""Sphinx configuration of the sportsocial documentation.

Build with ``sphinx-build -W -b html docs docs/_build/html`` (the ``docs``
extra installs what it needs). Reference pages about the command line, the
codes and the glossary are generated from the code when the build starts
(``tools/docgen.py``), so they never drift.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))

import docgen  # noqa: E402

import sportsocial  # noqa: E402

project = "sportsocial"
author = "sportsocial developers"
copyright = "sportsocial developers"
release = sportsocial.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "**/.ipynb_checkpoints", "Thumbs.db", ".DS_Store"]
language = "en"

# MyST: anchors for headings (links like rules.md#gov101-...), colon fences, definition lists.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]
suppress_warnings = ["myst.header"]  # generated pages (rules.md) start at level 2 after the title

# Notebooks and {code-cell} pages are executed at every build: examples cannot rot.
nb_execution_mode = "force"
nb_execution_timeout = 300
nb_execution_raise_on_error = True
nb_execution_show_tb = True

# The API reference: numpydoc-style docstrings read by napoleon.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = False
napoleon_numpy_docstring = True
napoleon_use_rtype = False
napoleon_use_ivar = True  # an "Attributes" section lists fields; autodoc documents them once
napoleon_preprocess_types = False

intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

html_theme = "furo"
html_title = f"sportsocial {release}"
html_static_path: list[str] = []


def _copy_notebooks() -> None:
    """The shipped notebooks, with the examples they read beside them as in ``examples/``.

    A notebook opens the examples by a path relative to itself
    (``../roosendaal-kickoff.yaml``); the copy keeps that layout, and MyST-NB
    executes it like the pages.
    """
    target = HERE / "examples"
    (target / "notebooks").mkdir(parents=True, exist_ok=True)
    for source in (ROOT / "examples").glob("*.yaml"):
        (target / source.name).write_bytes(source.read_bytes())
    for source in (ROOT / "examples" / "notebooks").glob("*.ipynb"):
        copy = target / "notebooks" / source.name
        if not copy.exists() or copy.read_bytes() != source.read_bytes():
            copy.write_bytes(source.read_bytes())


def _generate(app: Any) -> None:
    """Write the generated reference pages and notebook copies before Sphinx reads the sources."""
    docgen.write_pages(HERE / "reference" / "generated")
    _copy_notebooks()


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True}
