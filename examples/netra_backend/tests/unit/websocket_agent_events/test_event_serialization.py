"""
Unit tests for the serialisation of the five WebSocket agent events.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Engagement: users watch their agent work in real time
- Value Impact: Chat is the product; every event the UI cannot parse is a frozen screen
- Strategic Impact: The event contract is shared with the frontend and must not drift
"""

import json

import pytest

from netra_backend.app.websocket_core.events import AgentEvent, serialize_event

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("event_type", ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed"])
def test_every_event_type_serialises(event_type):
    payload = json.loads(serialize_event(AgentEvent(type=event_type, run_id="run-1", data={})))
    assert payload["type"] == event_type


def test_run_id_is_always_present():
    payload = json.loads(serialize_event(AgentEvent(type="agent_started", run_id="run-2", data={})))
    assert payload["run_id"] == "run-2", "the UI groups events by run"


def test_tool_events_carry_the_tool_name():
    event = AgentEvent(type="tool_executing", run_id="run-3", data={"tool": "search"})
    assert json.loads(serialize_event(event))["data"]["tool"] == "search"


def test_unknown_event_type_is_refused():
    with pytest.raises(ValueError, match="unknown event type"):
        AgentEvent(type="agent_exploded", run_id="run-4", data={})


def test_timestamps_are_iso_8601():
    payload = json.loads(serialize_event(AgentEvent(type="agent_completed", run_id="run-5", data={})))
    assert payload["timestamp"].endswith("Z"), "timestamps are UTC"
