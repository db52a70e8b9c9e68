"""
Integration tests for the login flow.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Free
- Business Goal: Conversion: sign-in works the first time
- Value Impact: Every paying user signs in through this flow
- Strategic Impact: Login failures are the first thing a trial user sees
"""

from unittest.mock import AsyncMock, MagicMock, patch
import fakeredis

import pytest

from auth_service.auth_core.login import LoginService

pytestmark = pytest.mark.integration


@pytest.fixture
def user_repository():
    repo = MagicMock()
    repo.find_by_email = AsyncMock(return_value={"id": "user-1", "password_hash": "$2b$04$hash"})
    return repo


@pytest.mark.asyncio
async def test_login_returns_tokens(user_repository):
    service = LoginService(users=user_repository)
    with patch("auth_service.auth_core.login.verify_password", return_value=True):
        tokens = await service.login("ann@example.test", "pw-123456")
    assert "access_token" in tokens


@pytest.mark.asyncio
async def test_login_with_wrong_password_fails(user_repository):
    service = LoginService(users=user_repository)
    with patch("auth_service.auth_core.login.verify_password", return_value=False):
        with pytest.raises(PermissionError, match="invalid credentials"):
            await service.login("ann@example.test", "wrong")


@pytest.mark.asyncio
async def test_login_records_last_seen(user_repository):
    service = LoginService(users=user_repository)
    with patch.object(LoginService, "_record_last_seen") as record:
        with patch("auth_service.auth_core.login.verify_password", return_value=True):
            await service.login("ann@example.test", "pw-123456")
    record.assert_called_once()
