"""Authentication for end-to-end tests: real sign-up, real login, real JWTs."""
from dataclasses import dataclass


@dataclass
class AuthenticatedUser:
    user_id: str
    email: str
    access_token: str
    refresh_token: str


class E2EAuthHelper:
    """Creates users through the auth service's public API and signs them in."""

    def __init__(self, base_url: str = "http://localhost:8081"):
        self.base_url = base_url

    async def create_authenticated_user(self, email: str) -> AuthenticatedUser:
        raise NotImplementedError("talks to the running auth service")

    async def get_token(self, email: str) -> str:
        user = await self.create_authenticated_user(email)
        return user.access_token
