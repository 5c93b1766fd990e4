"""Shared fixtures: the shipped examples and a small hand-built engagement."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import sportsocial as ss

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture
def roosendaal() -> ss.Engagement:
    return ss.load(EXAMPLES / "roosendaal-kickoff.yaml")


@pytest.fixture
def bergen() -> ss.Engagement:
    return ss.load(EXAMPLES / "bergen-op-zoom-stuck.yaml")


@pytest.fixture
def etten_leur() -> ss.Engagement:
    return ss.load(EXAMPLES / "etten-leur-baseline.yaml")


@pytest.fixture
def minimal() -> ss.Engagement:
    return ss.Engagement(municipality=ss.Municipality(name="Roosendaal", cbs_code="GM1674"))


D = dt.date
