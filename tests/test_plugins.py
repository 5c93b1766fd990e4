"""Own rules without forking: a plug-in package declares an entry point in the group
``sportsocial.rules`` and its rules show up in ``rules``, ``check`` and ``explain``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT


def _plugin_source() -> str:
    """The plug-in module shown in docs/readiness.md, so the page shows what works."""
    page = (ROOT / "docs" / "readiness.md").read_text(encoding="utf-8")
    start = page.index("```py\nfrom sportsocial.i18n import Text")
    return page[start + len("```py\n") : page.index("```", start + 5)]


def _install(target: Path, broken: bool = False) -> dict[str, str]:
    """Put a plug-in package, with the metadata pip writes, on a folder of the path."""
    package = target / "sportsocial_wijken"
    package.mkdir()
    source = "raise ImportError('broken on purpose')\n" if broken else _plugin_source()
    (package / "__init__.py").write_text(source, encoding="utf-8")
    info = target / "sportsocial_wijken-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: sportsocial-wijken\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[sportsocial.rules]\nwijken = sportsocial_wijken\n", encoding="utf-8"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(target), str(ROOT / "src")])
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sportsocial", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def plugin_env(tmp_path: Path) -> dict[str, str]:
    return _install(tmp_path)


def test_plugin_rule_is_listed_explained_and_checked(plugin_env: dict[str, str]) -> None:
    listed = _cli(plugin_env, "rules", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    rules = {r["code"]: r for r in json.loads(listed.stdout)}
    assert rules["WYK101"]["family"] == "WYK"
    assert rules["WYK101"]["parameters"] == {"min_title_words": 3}
    explained = _cli(plugin_env, "explain", "WYK101", "--lang", "nl")
    assert explained.returncode == 0 and explained.stdout.startswith("WYK101 ")
    explained = _cli(plugin_env, "explain", "WYK101")
    assert explained.returncode == 0 and "action-without-neighbourhood" in explained.stdout
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    checked = _cli(
        plugin_env,
        "check",
        path,
        "--gate",
        "all",
        "--select",
        "WYK",
        "--on",
        "2026-11-24",
        "--format",
        "json",
    )
    findings = json.loads(checked.stdout)["findings"]
    # two of Roosendaal's actions name no neighbourhood (wijk)
    assert {f["code"] for f in findings} == {"WYK101"}
    assert sorted(f["ids"][0] for f in findings) == ["a-na-gli", "a-werkplekken"]


def test_a_methodology_can_use_plugin_rules_and_parameters(
    plugin_env: dict[str, str], tmp_path: Path
) -> None:
    from sportsocial.io.converter import converter
    from sportsocial.methodology.library import shipped_methodology

    data = converter().unstructure(shipped_methodology("ssnb"))
    data["id"] = "ssnb-wijken"
    for phase in data["phases"]:
        if phase["id"] == "kick-off":
            phase["gate"]["should"].append("WYK101")
            phase["gate"]["parameters"] = [{"name": "min_title_words", "value": 1}]
    path = tmp_path / "ssnb-wijken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    shown = _cli(plugin_env, "methodology", "validate", str(path))
    assert shown.returncode == 0, shown.stderr
    # without the plug-in the same methodology names an unknown rule and parameter
    bare = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    refused = _cli(bare, "methodology", "validate", str(path))
    assert refused.returncode == 1
    assert "MET204" in refused.stderr and "MET206" in refused.stderr


def test_a_broken_plugin_is_reported_and_the_rest_works(tmp_path: Path) -> None:
    env = _install(tmp_path, broken=True)
    listed = _cli(env, "rules")
    assert listed.returncode == 0
    assert "GOV101" in listed.stdout
    assert "wijken" in listed.stderr and "ImportError" in listed.stderr


def test_plugins_cannot_take_the_package_s_prefixes() -> None:
    from sportsocial.readiness import register_family

    for prefix in ("GOV", "REF", "gov", "GOVX"):
        with pytest.raises(ValueError, match="prefix"):
            register_family(prefix, "x", "x")
