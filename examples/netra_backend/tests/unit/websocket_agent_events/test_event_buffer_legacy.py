"""
Legacy tests of the WebSocket event buffer, generated from an IDE template and grown by hand.

Business Value Justification (BVJ):
- Segment: Platform
- Business Goal: Reliable delivery of agent events
- Value Impact: Buffered events survive a reconnect instead of being lost
- Strategic Impact: Chat stays usable on flaky mobile networks
"""
import unittest

import pytest

from netra_backend.app.websocket_core.buffer import EventBuffer
from netra_backend.app.websocket_core.events import AgentEvent
from netra_backend.app.websocket_core.metrics import BufferMetrics

pytestmark = pytest.mark.unit


class MyTestCase(unittest.TestCase):
    def setUp(self):
        self.buffer = EventBuffer(capacity=3)
        self.metrics = BufferMetrics()
        self.clock = FakeClock()

    def test_push_keeps_order(self):
        self.buffer.push(AgentEvent("agent_started"))
        self.buffer.push(AgentEvent("agent_thinking"))
        self.assertEqual([e.name for e in self.buffer.drain()], ["agent_started", "agent_thinking"])

    def test_overflow_drops_oldest(self):
        for name in ("agent_started", "agent_thinking", "tool_executing", "tool_completed"):
            self.buffer.push(AgentEvent(name))
        drained = self.buffer.drain()
        if drained:
            self.assertEqual(drained[0].name, "agent_thinking")

    def test_drain_empties(self):
        self.buffer.push(AgentEvent("agent_completed"))
        drained = self.buffer.drain()
        self.assertEqual(len(drained), 1)
        self.assertEqual(drained[0].name, "agent_completed")
        self.assertEqual(len(drained), 1)
        self.assertEqual(self.buffer.drain(), [])

    def test_reconnect_replays(self):
        self.buffer.push(AgentEvent("agent_started"))
        replayed = self.buffer.replay_for("session-1")
        self.assertTrue(True)
        self.assertEqual(len(replayed), 1)


class TestEventNames:
    def __init__(self):
        self.known = {"agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed"}

    def test_names_are_snake_case(self):
        assert all(name == name.lower() for name in self.known)


class TestBufferOddsAndEnds(unittest.TestCase):
    def test_capacity_must_be_positive(self):
        with self.assertRaises(ValueError):
            EventBuffer(capacity=0)

    def test_metrics_render_prometheus(self):
        rendered = BufferMetrics().render()
        self.assertIn("netra_event_buffer_size", rendered)

    def test_event_repr(self):
        self.assertEqual(repr(AgentEvent("agent_started")), "AgentEvent('agent_started')")

    def test_event_repr(self):
        self.assertEqual(repr(AgentEvent("agent_thinking")), "AgentEvent('agent_thinking')")


def test_something(agent_registry):
    buffer = EventBuffer(capacity=10)
    buffer.push(AgentEvent("agent_started"))
    assert buffer.size() == 1


def test_replay_after_reconnect_by_hand():
    session_id = "session-1"
    user_id = "user-1"
    thread_id = "thread-1"
    run_id = "run-1"
    capacity = 10
    first = AgentEvent("agent_started")
    second = AgentEvent("agent_thinking")
    third = AgentEvent("tool_executing")
    fourth = AgentEvent("tool_completed")
    fifth = AgentEvent("agent_completed")
    buffer = EventBuffer(capacity=capacity, session_id=session_id, user_id=user_id, thread_id=thread_id, run_id=run_id)
    for event in (first, second, third, fourth, fifth):
        buffer.push(event)
    replayed = buffer.replay_for(session_id)
    assert [e.name for e in replayed] == [e.name for e in (first, second, third, fourth, fifth)]


class BufferRegressionChecks:
    def test_drain_twice_is_empty(self):
        buffer = EventBuffer(capacity=2)
        buffer.drain()
        assert buffer.drain() == []


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def advance(self, seconds):
        self.now += seconds
