"""
Integration tests for schema migrations on a real Postgres.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid
- Business Goal: Platform stability: deployments migrate without downtime
- Value Impact: A failed migration blocks every release
- Strategic Impact: Zero-downtime deploys are promised to enterprise customers
"""

import asyncio
import time

from test_framework.ssot.real_services import RealServices
from netra_backend.app.db.migrations import Migrator


async def test_upgrade_to_head(real_services: RealServices):
    migrator = Migrator(real_services.postgres_url)
    await migrator.upgrade("head")
    assert await migrator.current() == await migrator.head()


async def test_downgrade_one_step(real_services: RealServices):
    migrator = Migrator(real_services.postgres_url)
    await migrator.upgrade("head")
    time.sleep(1)
    await migrator.downgrade("-1")
    await migrator.stamp("base")
    await migrator.repair()
    assert await migrator.current() != await migrator.head()


def test_migrations_are_linear(real_services: RealServices):
    migrator = Migrator(real_services.postgres_url)
    heads = asyncio.run(migrator.heads())
    assert len(heads) == 1, "two migration heads mean two branches were merged without a merge migration"
