"""Regenerate every generated artefact: JSON Schemas and the generated doc pages.

Run after changing the model, a shipped methodology or a rule:

    python tools/regenerate.py

Tests fail when a generated file is out of date, so it cannot drift.
"""

from __future__ import annotations

from pathlib import Path

from sportsocial.catalogue.load import build_catalogue_schema
from sportsocial.io.problems import problem_reference
from sportsocial.io.schema import build_schema, render
from sportsocial.methodology import methodology_markdown
from sportsocial.methodology.library import build_methodology_schema, shipped_methodology
from sportsocial.readiness import rule_reference, rule_title

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "sportsocial"


def main() -> None:
    outputs = {
        SRC / "io" / "data" / "engagement.schema.json": render(build_schema()),
        SRC / "methodology" / "data" / "methodology.schema.json": render(
            build_methodology_schema()
        ),
        ROOT / "docs" / "methodology-ssnb.md": methodology_markdown(
            shipped_methodology("ssnb"), "en", rule_title
        ),
        ROOT / "docs" / "methodology-ssnb.nl.md": methodology_markdown(
            shipped_methodology("ssnb"), "nl", rule_title
        ),
        ROOT / "docs" / "methodology-five-step.md": methodology_markdown(
            shipped_methodology("five-step"), "en", rule_title
        ),
        SRC / "catalogue" / "data" / "catalogue.schema.json": render(build_catalogue_schema()),
        ROOT / "docs" / "rules.md": rule_reference("en"),
        ROOT / "docs" / "rules.nl.md": rule_reference("nl"),
        ROOT / "docs" / "problem-codes.md": problem_reference("en"),
        ROOT / "docs" / "problem-codes.nl.md": problem_reference("nl"),
    }
    for path, text in outputs.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
