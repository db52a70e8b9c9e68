"""
Integration tests: the five agent events reach the user over a real WebSocket, in order.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Engagement: users see their agent think and act in real time
- Value Impact: Without these events the chat looks frozen and users abandon the run
- Strategic Impact: Real-time agent transparency is the platform\u2019s core differentiator
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.real_services import RealServices

pytestmark = pytest.mark.integration

REQUIRED_EVENTS = ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed"]


class TestAgentEventDelivery(SSotBaseTestCase):
    @pytest.mark.asyncio
    async def test_all_five_events_are_delivered(self, websocket_client, real_services: RealServices):
        async with websocket_client(real_services.backend_url) as ws:
            await ws.send_json({"type": "start_agent", "message": "summarise my costs"})
            received = [event["type"] async for event in ws.events(until="agent_completed")]
        assert set(REQUIRED_EVENTS) <= set(received), f"missing events: {set(REQUIRED_EVENTS) - set(received)}"

    @pytest.mark.asyncio
    async def test_agent_started_comes_first(self, websocket_client, real_services: RealServices):
        async with websocket_client(real_services.backend_url) as ws:
            await ws.send_json({"type": "start_agent", "message": "hello"})
            first = await ws.receive_json()
        assert first["type"] == "agent_started"

    @pytest.mark.asyncio
    async def test_every_tool_executing_is_completed(self, websocket_client, real_services: RealServices):
        async with websocket_client(real_services.backend_url) as ws:
            await ws.send_json({"type": "start_agent", "message": "search the docs"})
            events = [event async for event in ws.events(until="agent_completed")]
        started = [e["data"]["tool"] for e in events if e["type"] == "tool_executing"]
        finished = [e["data"]["tool"] for e in events if e["type"] == "tool_completed"]
        assert started == finished, "each tool_executing needs its tool_completed"

    @pytest.mark.asyncio
    async def test_events_survive_a_reconnect(self, websocket_client, real_services: RealServices):
        async with websocket_client(real_services.backend_url) as ws:
            await ws.send_json({"type": "start_agent", "message": "long task"})
            run_id = (await ws.receive_json())["run_id"]
        async with websocket_client(real_services.backend_url, resume=run_id) as ws:
            last = [event async for event in ws.events(until="agent_completed")][-1]
        assert last["type"] == "agent_completed"
