"""
Unit tests for fixture names with accents (saved in latin-1 long ago, no coding cookie).

Business Value Justification (BVJ):
- Segment: Free
- Business Goal: Platform stability
- Value Impact: Names of European customers render correctly
- Strategic Impact: Internationalisation
"""
import pytest

pytestmark = pytest.mark.unit


def test_display_name_keeps_accents():
    name = "Renée Dupré"
    assert name.title() == name


def test_email_local_part_is_ascii():
    assert "renee.dupre@example.test".isascii()
