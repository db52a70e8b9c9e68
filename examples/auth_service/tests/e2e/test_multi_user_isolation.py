"""
End-to-end tests: two users never see each other’s threads or agent events.

Business Value Justification (BVJ):
- Segment: Enterprise
- Business Goal: Security and trust: strict tenant isolation
- Value Impact: Enterprise contracts require it; one leak ends the contract
- Strategic Impact: Multi-user isolation is a selling point of the platform
"""

import pytest

pytestmark = pytest.mark.unit


async def _login(api_client, email):
    response = await api_client.post("http://localhost:8081/auth/login", json={"email": email, "password": "pw-123456"})
    return response.json()["access_token"]


@pytest.mark.asyncio
async def test_user_cannot_read_another_users_thread(api_client):
    alice = await _login(api_client, "alice@example.test")
    bob = await _login(api_client, "bob@example.test")
    thread = (await api_client.post("/threads", json={"title": "private"}, token=alice)).json()
    response = await api_client.get(f"/threads/{thread['id']}", token=bob)
    assert response.status_code == 404, "another user's thread must not even be visible"


@pytest.mark.asyncio
async def test_agent_events_go_to_their_owner_only(api_client, websocket_client):
    alice = await _login(api_client, "alice@example.test")
    bob = await _login(api_client, "bob@example.test")
    async with websocket_client(token=alice) as alice_ws, websocket_client(token=bob) as bob_ws:
        await alice_ws.send_json({"type": "start_agent", "message": "hello"})
        event = await alice_ws.receive_json()
        assert event["type"] == "agent_started"
        assert await bob_ws.receive_nowait() is None, "bob must not receive alice's events"


def test_health_endpoint_is_public(api_client):
    import httpx

    response = httpx.get(f"{api_client.base_url}/health")
    assert response.status_code == 200
