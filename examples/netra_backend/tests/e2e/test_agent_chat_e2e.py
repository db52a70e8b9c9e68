"""
End-to-end test: a signed-in user chats with an agent and sees every event.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Engagement and retention: the chat works end to end
- Value Impact: This is the experience customers pay for
- Strategic Impact: Validates the full stack: auth, backend, agents, WebSocket
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.e2e_auth_helper import E2EAuthHelper

pytestmark = pytest.mark.e2e


class TestAgentChat(SSotBaseTestCase):
    @pytest.mark.asyncio
    async def test_user_sees_all_agent_events(self, websocket_client, fresh_email):
        token = await E2EAuthHelper().get_token(fresh_email)
        async with websocket_client(token=token) as ws:
            await ws.send_json({"type": "start_agent", "message": "what did I spend last month?"})
            received = [event["type"] async for event in ws.events(until="agent_completed")]
        assert received[0] == "agent_started" and received[-1] == "agent_completed"

    @pytest.mark.asyncio
    async def test_answer_is_saved_to_the_thread(self, websocket_client, api_client, fresh_email):
        token = await E2EAuthHelper().get_token(fresh_email)
        async with websocket_client(token=token) as ws:
            await ws.send_json({"type": "start_agent", "message": "hello"})
            completed = [event async for event in ws.events(until="agent_completed")][-1]
        thread = await api_client.get(f"/threads/{completed['thread_id']}", token=token)
        assert thread.json()["messages"][-1]["role"] == "assistant"
