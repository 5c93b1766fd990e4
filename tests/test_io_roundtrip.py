"""Round trips: model → document → model is the identity, in JSON and YAML."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.io import content_digest

from .strategies import engagements


@given(engagements())
def test_json_round_trip_is_identity(engagement: ss.Engagement) -> None:
    back = ss.loads(ss.dumps(engagement, "json"), "json")
    assert back == engagement
    assert back.revision == content_digest(engagement)


@given(engagements())
def test_yaml_round_trip_is_identity(engagement: ss.Engagement) -> None:
    back = ss.loads(ss.dumps(engagement, "yaml"), "yaml")
    assert back == engagement


@given(engagements(), engagements())
def test_digest_tells_contents_apart(a: ss.Engagement, b: ss.Engagement) -> None:
    assert (content_digest(a) == content_digest(b)) == (a == b)


@given(engagements(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2036, 1, 1)))
def test_as_of_of_a_valid_engagement_is_valid(engagement: ss.Engagement, st_date: dt.date) -> None:
    view = engagement.as_of(st_date)
    assert ss.loads(ss.dumps(view)) == view
    # Nothing dated after the day survives.
    assert all(w.date <= st_date for w in view.work_sessions)
    assert all(d.date <= st_date for d in view.decisions)
    assert all(p.entered <= st_date for p in view.phase_log)
    assert all(f.committed is None or f.committed <= st_date for f in view.funding)
    # Taking the view twice changes nothing more.
    assert view.as_of(st_date) == view


def test_dump_leaves_out_defaults(minimal: ss.Engagement) -> None:
    text = ss.dumps(minimal)
    assert "stakeholders" not in text
    assert text.startswith('{\n  "schema_version": 2,')


def test_revision_is_not_part_of_equality(minimal: ss.Engagement) -> None:
    assert attrs.evolve(minimal, revision="sha256:" + "0" * 64) == minimal
