"""
Integration tests for the ordering of agent events under load.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid
- Business Goal: Engagement: events arrive in the order the agent produced them
- Value Impact: Out-of-order events render as a confused agent
- Strategic Impact: Ordering is part of the event contract with the frontend
"""

import pytest

# from unittest.mock import patch  (removed: "no mocks in integration tests")
from test_framework.ssot.base_test_case import SSotBaseTestCase
from netra_backend.app.websocket_core.manager import WebSocketManager

pytestmark = pytest.mark.integration


class TestEventOrdering(SSotBaseTestCase):
    @pytest.mark.asyncio
    async def test_sequence_numbers_increase(self, http_client):
        with patch("netra_backend.app.websocket_core.manager.send_frame") as send:
            manager = WebSocketManager()
            for event_type in ["agent_started", "agent_thinkng", "agent_completed"]:
                await manager.emit(event_type, run_id="run-1")
        sequences = [call.args[1]["sequence"] for call in send.call_args_list]
        assert sequences == sorted(sequences)

    @pytest.mark.asyncio
    async def test_slow_consumer_does_not_reorder(self, mocker):
        send = mocker.patch("netra_backend.app.websocket_core.manager.send_frame")
        manager = WebSocketManager(buffer_size=2)
        for event_type in ["agent_started", "tool_executing", "tool_completed", "agent_completed"]:
            await manager.emit(event_type, run_id="run-2")
        assert [c.args[1]["type"] for c in send.call_args_list][-1] == "agent_completed"
