"""People's names: shown by default where a name is asked for, hidden behind role and
id with ``names="hide"`` / ``--names hide``, and never in aggregate outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.network import network_text, to_dot, to_graphml, to_mermaid, to_node_link
from sportsocial.privacy import shown_name, with_id

from .cli_helpers import run
from .conftest import EXAMPLES

SURNAME = "Zwartjes"


def named(example: str) -> dict[str, Any]:
    """An example whose every stakeholder carries a person's name."""
    data: dict[str, Any] = json.loads(ss.dumps(ss.load(EXAMPLES / example)))
    data.pop("revision", None)
    for i, s in enumerate(data["stakeholders"]):
        s["name"] = f"{s['name']} — Anna {SURNAME}{i}"
    return data


EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))


@pytest.fixture(params=EXAMPLE_NAMES)
def document(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "named.json"
    path.write_text(json.dumps(named(request.param)), encoding="utf-8")
    return path


def test_shown_name_hides_behind_role_and_id() -> None:
    assert shown_name("Anna", ss.StakeholderKind.SPORTS_CLUB, "vv", "hide") == "sports club (vv)"
    assert shown_name("Anna", "sports-club", "vv", "hide", "nl") == "sportvereniging (vv)"
    assert shown_name("Anna", "no-such-kind", "vv", "hide") == "no-such-kind (vv)"
    assert shown_name("Anna", "sports-club", "vv") == "Anna"
    with pytest.raises(ValueError, match="names"):
        shown_name("Anna", "sports-club", "vv", "blur")
    assert with_id("sports club (vv)", "vv") == "sports club (vv)"


def test_library_graph_and_exports(document: Path) -> None:
    eng = ss.load(document)
    shown = ss.stakeholder_graph(eng)
    hidden = ss.stakeholder_graph(eng, names="hide", lang="nl")
    m = ss.network_metrics(hidden)
    exports = [
        network_text(m, hidden, "nl"),
        to_graphml(hidden),
        json.dumps(to_node_link(hidden)),
        to_mermaid(hidden, "nl"),
        to_dot(hidden, "nl"),
    ]
    for text in exports:
        assert SURNAME not in text
    assert all(SURNAME in str(shown.nodes[n]["name"]) for n in shown)
    for node, data in hidden.nodes(data=True):
        assert data["name"].endswith(f"({node})")


def test_library_agenda(document: Path) -> None:
    eng = ss.load(document)
    hidden = ss.agenda(eng, "all", names="hide")
    assert SURNAME not in hidden.to_markdown() and SURNAME not in json.dumps(hidden.to_dict())
    shown = ss.agenda(eng, "all")
    if any(i.participants for i in shown.items):
        assert SURNAME in shown.to_markdown()


def test_network_picture_labels(document: Path) -> None:
    pytest.importorskip("matplotlib")
    from sportsocial.network.plot import network_figure

    fig = network_figure(ss.load(document), names="hide", lang="nl")
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert labels and not any(SURNAME in t for t in labels)


HIDING = [
    ["agenda", "--gate", "all"],
    ["agenda", "--gate", "all", "--format", "json"],
    ["network"],
    ["network", "--format", "graphml"],
    ["network", "--format", "json"],
    ["network", "--format", "mermaid"],
    ["network", "--format", "dot"],
    ["roadmap"],
    ["roadmap", "--format", "json"],
    ["roadmap", "--format", "markdown"],
    ["roadmap", "--format", "ics"],
]

NAME_FREE = [
    ["check", "--gate", "all"],
    ["check", "--gate", "all", "--format", "json"],
    ["check", "--gate", "all", "--format", "markdown"],
    ["check", "--gate", "all", "--format", "sarif"],
    ["status"],
    ["status", "--format", "json"],
    ["alignment"],
    ["alignment", "--format", "json"],
    ["timeline", "--format", "json"],
    ["opportunities"],
    ["opportunities", "--format", "json"],
    ["network", "--format", "measures"],
]


@pytest.mark.parametrize("command", HIDING, ids=" ".join)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_command_line_hides_names(
    command: list[str], lang: str, document: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, *command, str(document), "--names", "hide", "--lang", lang)
    assert result.code == 0, result.err
    assert SURNAME not in result.out + result.err


@pytest.mark.parametrize("command", [c for c in HIDING if "json" not in c], ids=" ".join)
def test_command_line_shows_names_by_default(
    command: list[str], document: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, *command, str(document))
    assert result.code == 0, result.err
    if command[0] == "network":  # the agenda names only who is needed
        assert SURNAME in result.out


@pytest.mark.parametrize("command", NAME_FREE, ids=" ".join)
def test_aggregate_outputs_never_hold_names(
    command: list[str], document: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, *command, str(document))
    assert result.code in (0, 1), result.err
    assert SURNAME not in result.out + result.err


def test_network_plot_from_the_command_line(
    document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    picture = tmp_path / "net.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text as text, not as outlines
        for names, present in (("show", True), ("hide", False)):
            result = run(capsys, "network", str(document), "--names", names, "--plot", str(picture))
            assert result.code == 0, result.err
            assert (SURNAME in picture.read_text(encoding="utf-8")) is present
