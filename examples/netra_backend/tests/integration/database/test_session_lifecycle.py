"""
Integration tests for database sessions against a real Postgres.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Platform stability: no leaked connections, no cross-request state
- Value Impact: Connection leaks take the whole backend down under load
- Strategic Impact: Every request touches the database through these sessions
"""

import pytest

from test_framework.ssot.base_test_case import SSotBaseTestCase
from test_framework.ssot.real_services import RealServices
from netra_backend.app.db.session import SessionFactory

pytestmark = pytest.mark.integration


class TestSessionLifecycle(SSotBaseTestCase):
    @pytest.mark.asyncio
    async def test_session_is_closed_after_the_request(self, real_services: RealServices):
        factory = SessionFactory(real_services.postgres_url)
        async with factory.session() as session:
            await session.execute("SELECT 1")
        assert factory.open_sessions == 0, "sessions must be returned to the pool"

    @pytest.mark.asyncio
    async def test_rollback_on_error(self, real_services: RealServices):
        factory = SessionFactory(real_services.postgres_url)
        with pytest.raises(RuntimeError, match="boom"):
            async with factory.session() as session:
                await session.execute("INSERT INTO audit_log(message) VALUES ('x')")
                raise RuntimeError("boom")
        async with factory.session() as session:
            rows = await session.execute("SELECT count(*) FROM audit_log WHERE message = 'x'")
        assert rows.scalar() == 0

    @pytest.mark.asyncio
    async def test_sessions_are_not_shared_between_users(self, real_services: RealServices):
        factory = SessionFactory(real_services.postgres_url)
        async with factory.session(user_id="user-1") as first, factory.session(user_id="user-2") as second:
            assert first is not second
