"""
Unit tests for IsolatedEnvironment, the one approved way to use environment variables.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Platform stability: tests never leak environment changes into each other
- Value Impact: Flaky tests from leaked variables cost hours of debugging
- Strategic Impact: Every service and test reads configuration through it
"""

import pytest

from shared.isolated_environment import IsolatedEnvironment, get_env

pytestmark = pytest.mark.unit


def test_snapshot_copies_values():
    env = IsolatedEnvironment({"A": "1"})
    assert env.get("A") == "1"


def test_set_does_not_touch_the_process_environment():
    env = IsolatedEnvironment({})
    env.set("NETRA_ONLY_IN_TEST", "yes")
    assert IsolatedEnvironment.snapshot().get("NETRA_ONLY_IN_TEST") is None


def test_missing_key_gives_the_default():
    assert IsolatedEnvironment({}).get("MISSING", "fallback") == "fallback"


def test_get_env_is_a_singleton():
    assert get_env() is get_env()
