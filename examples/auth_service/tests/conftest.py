"""Fixtures for the auth service tests: a real auth service and clean users."""
import pytest

from test_framework.ssot.real_services import real_services  # noqa: F401  (re-exported fixture)


@pytest.fixture
def auth_base_url(real_services):
    return real_services.backend_url.replace("8000", "8081")


@pytest.fixture
def fresh_email(request):
    return f"{request.node.name}@example.test"
