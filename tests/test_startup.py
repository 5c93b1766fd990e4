"""What a fresh interpreter imports: ``import sportsocial`` and the command line stay light.

Each check runs in its own subprocess, since this test session has long
imported everything. Speed itself is measured by ``benchmarks/``, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES

HEAVY = ("networkx", "matplotlib", "pandas")

#: Runs the command line in-process, then reports which modules it loaded.
_RUN_CLI = """
import json, sys
from sportsocial.cli import main
code = main(sys.argv[1:])
sys.stderr.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(*argv: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_CLI, *argv], capture_output=True, text=True, check=False
    )
    report = json.loads(done.stderr.rstrip().rsplit("\n", 1)[-1])
    return report["code"], set(report["modules"])


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("check", "--help"),
        ("validate", str(EXAMPLES / "roosendaal-kickoff.yaml")),
        ("validate", "--format", "json", *map(str, sorted(EXAMPLES.glob("*.yaml")))),
        ("schema",),
        ("rules",),
    ],
    ids=["help", "check-help", "validate", "validate-all", "schema", "rules"],
)
def test_commands_without_a_network_leave_out_heavy_modules(argv: tuple[str, ...]) -> None:
    code, modules = _loaded(*argv)
    assert code == 0
    assert not _top(modules) & set(HEAVY)


def test_help_imports_nothing_but_the_command_line_and_the_standard_library() -> None:
    code, modules = _loaded("--help")
    assert code == 0
    ours = {m for m in modules if m.startswith("sportsocial")}
    assert ours <= {"sportsocial", "sportsocial._version", "sportsocial._shipped"} | {
        m for m in ours if m.startswith("sportsocial.cli")
    }
    assert not _top(modules) & {"attr", "attrs", "cattrs", "jsonschema", "yaml", "typing"}


def test_validate_refuses_a_broken_document_without_heavy_modules(tmp_path: Path) -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("phase: baseline", "phase: warming-up"), encoding="utf-8")
    code, modules = _loaded("validate", str(bad))
    assert code == 1
    assert not _top(modules) & set(HEAVY)


def test_network_command_does_load_networkx() -> None:
    code, modules = _loaded("network", str(EXAMPLES / "roosendaal-kickoff.yaml"))
    assert code == 0 and "networkx" in modules


def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_sportsocial_loads_only_the_package() -> None:
    out = _fresh(
        "import sys, sportsocial; print(sorted(m for m in sys.modules if 'sportsoc' in m))"
    )
    assert out == "['sportsocial', 'sportsocial._version']"


def test_names_are_imported_on_first_use() -> None:
    out = _fresh(
        "import sys, sportsocial as ss\n"
        "ss.Level\n"
        "print('networkx' in sys.modules, 'sportsocial.model' in sys.modules)\n"
        "import sportsocial.alignment.profile\n"
        "profile = sys.modules['sportsocial.alignment.profile']\n"
        "print(ss.alignment is profile.alignment, ss.network.to_graphml)"
    )
    first, second = out.splitlines()
    assert first == "False True"
    assert second.startswith("True <function to_graphml")


def test_loading_in_a_fresh_interpreter_checks_the_methodology_reference() -> None:
    path = EXAMPLES / "etten-leur-baseline.yaml"
    out = _fresh(
        "import sportsocial as ss\n"
        f"text = open({str(path)!r}, encoding='utf-8').read().replace("
        "'phase: baseline', 'phase: warming-up')\n"
        "try:\n"
        "    ss.loads(text, 'yaml')\n"
        "except ss.InvalidDocument as exc:\n"
        "    print([p.code for p in exc.problems])"
    )
    assert out == "['MET103']"


def test_every_public_name_resolves_and_is_listed() -> None:
    import sportsocial as ss

    assert all(getattr(ss, name) is not None for name in ss.__all__)
    assert set(ss.__all__) <= set(dir(ss))
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        ss.nonexistent  # noqa: B018


def test_the_names_type_checkers_see_are_the_names_handed_out() -> None:
    import ast

    import sportsocial as ss

    tree = ast.parse(Path(ss.__file__).read_text(encoding="utf-8"))
    checked: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.level == 1:
                    checked["." + (stmt.module or "")] = tuple(a.name for a in stmt.names)
    assert checked == ss._EXPORTS
    assert set(ss.__all__) == {"__version__", *ss._WHERE}


def test_the_help_lists_every_command_without_building_their_parsers() -> None:
    from sportsocial.cli import build_parser

    assert build_parser(None).format_help() == build_parser().format_help()


def test_a_command_parses_alike_with_only_its_own_parser_built() -> None:
    from sportsocial.cli import build_parser

    argv = ["check", "file.yaml", "--gate", "all", "--select", "GOV,NET", "--lang", "nl"]
    assert vars(build_parser("check").parse_args(argv)) == vars(build_parser().parse_args(argv))
    nested = ["methodology", "show", "five-step", "--format", "json"]
    assert vars(build_parser("methodology").parse_args(nested)) == vars(
        build_parser().parse_args(nested)
    )
