"""
Integration tests for token refresh against the real auth service and Redis.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid
- Business Goal: Retention: sessions survive for a working day without a new login
- Value Impact: Users are never logged out in the middle of an agent run
- Strategic Impact: Long agent runs are the product; a dropped session loses the run
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.real_services import RealServices

pytestmark = pytest.mark.integration


class TestTokenRefresh(SSotBaseTestCase):
    """Refresh tokens rotate, expire and can be revoked, with Redis holding the state."""

    async def _login(self, http_client, email):
        response = await http_client.post("/auth/login", json={"email": email, "password": "pw-123456"})
        return response.json()

    @pytest.mark.asyncio
    async def test_refresh_returns_a_new_access_token(self, http_client, fresh_email):
        tokens = await self._login(http_client, fresh_email)
        refreshed = await http_client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert refreshed.status_code == 200
        assert refreshed.json()["access_token"] != tokens["access_token"], "refresh must rotate the token"

    @pytest.mark.asyncio
    async def test_refresh_token_is_single_use(self, http_client, fresh_email):
        tokens = await self._login(http_client, fresh_email)
        await http_client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        replay = await http_client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert replay.status_code == 401, "a replayed refresh token must be refused"

    @pytest.mark.asyncio
    async def test_profile_update_uses_http_patch(self, http_client, fresh_email):
        tokens = await self._login(http_client, fresh_email)
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        response = await http_client.patch("/auth/me", json={"display_name": "Ann"}, headers=headers)
        assert response.status_code == 200

    @pytest.mark.asyncio
    async def test_revoked_session_cannot_refresh(self, http_client, fresh_email):
        tokens = await self._login(http_client, fresh_email)
        await http_client.post("/auth/logout", json={"refresh_token": tokens["refresh_token"]})
        refreshed = await http_client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert refreshed.status_code == 401


def test_real_services_are_configured(real_services: RealServices):
    assert real_services.redis_url.startswith("redis://"), "integration tests need the real Redis"
