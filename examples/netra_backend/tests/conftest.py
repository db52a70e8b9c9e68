"""Fixtures shared by every backend test: the app, an HTTP client and a websocket client."""
import pytest

from test_framework.ssot.real_services import real_services  # noqa: F401  (re-exported fixture)


@pytest.fixture
def agent_registry():
    from netra_backend.app.agents.registry import AgentRegistry
    return AgentRegistry.default()


@pytest.fixture
async def http_client(real_services):
    from netra_backend.app.testing import client_for
    async with client_for(real_services.backend_url) as client:
        yield client
