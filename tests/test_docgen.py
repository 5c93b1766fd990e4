"""The reference pages generated for the docs site list everything they describe."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import sportsocial as ss
from sportsocial.cli import build_parser
from sportsocial.i18n import LabelledEnum

from .conftest import ROOT


def _docgen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docgen", ROOT / "tools" / "docgen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docgen", module)
    spec.loader.exec_module(module)
    return module


docgen = _docgen()


def test_cli_page_lists_every_command_and_option() -> None:
    page = docgen.cli_reference()
    for path, sub, _help in docgen._walk(build_parser()):
        assert f"`sportsocial {' '.join(path)}`" in page
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}`" in page, (path, option)
    assert "`sportsocial methodology diagram`" in page  # nested commands too


def test_api_page_documents_every_public_name() -> None:
    page = docgen.api_reference()
    documented = set(re.findall(r"^\.\. auto\w+:: ([\w.]+)$", page, re.M))
    short = {name.rsplit(".", 1)[1] for name in documented}
    public = {n for n in ss.__all__ if not n.startswith("_")}
    assert public <= short
    assert len(documented) == len(set(documented))  # each once: no duplicate descriptions
    assert "sportsocial.network.to_graphml" in documented


def test_glossary_lists_every_labelled_value() -> None:
    page = docgen.glossary()
    for cls in docgen._enums():
        for member in cls:
            assert f"| `{member.value}` | {member.label('en')} | {member.label('nl')} |" in page
    assert {ss.Level, ss.Domain, ss.TargetGroup} <= set(docgen._enums())
    assert issubclass(ss.Domain, LabelledEnum)
    assert "| baseline | startfoto |" in page


def test_pages_are_written_once(tmp_path: Path) -> None:
    folder = tmp_path / "generated"
    first = docgen.write_pages(folder)
    assert {p.name for p in first} == set(docgen.PAGES)
    assert docgen.write_pages(folder) == []  # nothing changed: nothing rewritten
    (folder / "retired.md").write_text("# gone", encoding="utf-8")
    docgen.write_pages(folder)
    assert {p.name for p in folder.iterdir()} == set(docgen.PAGES)


def test_cli_page_in_dutch_lists_every_command_and_option_in_dutch() -> None:
    english, dutch = docgen.cli_reference(), docgen.cli_reference("nl")
    for path, sub, _help in docgen._walk(build_parser()):
        assert f"`sportsocial {' '.join(path)}`" in dutch
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}`" in dutch, (path, option)
    assert len(dutch.splitlines()) == len(english.splitlines())
    assert "usage" not in dutch and "one of:" not in dutch
