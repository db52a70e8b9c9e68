"""Fixtures that start and connect to the real services: Postgres, Redis, the backend."""
import pytest


class RealServices:
    def __init__(self, postgres_url: str, redis_url: str, backend_url: str):
        self.postgres_url = postgres_url
        self.redis_url = redis_url
        self.backend_url = backend_url


@pytest.fixture(scope="session")
def real_services():
    from shared.isolated_environment import get_env
    env = get_env()
    yield RealServices(env.get("POSTGRES_URL"), env.get("REDIS_URL"), env.get("BACKEND_URL"))
