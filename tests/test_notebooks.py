"""The example notebooks run from top to bottom, and show what they promise inline.

Executed with nbclient in a real Jupyter kernel, so a notebook that rots (an API
changed, an example moved) fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import EXAMPLES

NOTEBOOKS = sorted((EXAMPLES / "notebooks").glob("*.ipynb"))


def _outputs(cell: dict[str, object]) -> list[dict[str, object]]:
    outputs = cell.get("outputs", [])
    assert isinstance(outputs, list)
    return outputs


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_shows_rich_output(path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError, with the traceback, when a cell fails
    code = [c for c in nb.cells if c.cell_type == "code"]
    kinds = [{k for o in _outputs(c) for k in o.get("data", {})} for c in code]  # type: ignore[union-attr]
    # every code cell ends in something worth seeing
    assert all(kinds)
    # figures inline, without %matplotlib inline anywhere in the notebook
    assert sum("image/png" in k for k in kinds) >= 2
    assert not any("%matplotlib" in c.source for c in code)
    # the engagement, reports, timelines, cohorts and sweeps as HTML summaries
    assert sum("text/html" in k for k in kinds) >= 8
    assert all(
        len(str(o.get("data", {}).get("text/plain", ""))) < 2000 for c in code for o in _outputs(c)
    )  # type: ignore[union-attr]


def test_the_notebooks_are_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), path.name
