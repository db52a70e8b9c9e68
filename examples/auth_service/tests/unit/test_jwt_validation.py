"""
Unit tests for JWT validation in the auth service.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Security: only tokens we issued are ever accepted
- Value Impact: Every authenticated request depends on this check
- Strategic Impact: A forged or expired token reaching an agent would leak customer data
"""

import pytest

from auth_service.auth_core.jwt_handler import JWTHandler, TokenExpired, TokenInvalid

pytestmark = pytest.mark.unit

SECRET = "unit-test-secret-of-at-least-32-bytes!!"


@pytest.fixture
def handler():
    return JWTHandler(secret=SECRET, issuer="netra-auth", ttl_seconds=900)


def test_issued_token_validates(handler):
    token = handler.issue(user_id="user-1", scopes=["chat"])
    claims = handler.validate(token)
    assert claims["sub"] == "user-1", "subject must round-trip"


def test_token_carries_issuer(handler):
    claims = handler.validate(handler.issue(user_id="user-2", scopes=[]))
    assert claims["iss"] == "netra-auth"


def test_expired_token_is_rejected(handler, frozen_clock):
    token = handler.issue(user_id="user-3", scopes=["chat"])
    frozen_clock.advance(seconds=901)
    with pytest.raises(TokenExpired, match="expired"):
        handler.validate(token)


def test_token_signed_with_other_secret_is_rejected(handler):
    forged = JWTHandler(secret="another-secret-of-at-least-32-bytes!!", issuer="netra-auth", ttl_seconds=900)
    with pytest.raises(TokenInvalid, match="signature"):
        handler.validate(forged.issue(user_id="user-4", scopes=["chat"]))


def test_tampered_payload_is_rejected(handler):
    header, payload, signature = handler.issue(user_id="user-5", scopes=["chat"]).split(".")
    tampered = ".".join([header, payload[::-1], signature])
    with pytest.raises(TokenInvalid, match="signature"):
        handler.validate(tampered)


def test_algorithm_none_is_rejected(handler):
    with pytest.raises(TokenInvalid, match="algorithm"):
        handler.validate(handler.encode_unsigned({"sub": "user-6"}))


@pytest.mark.parametrize("scope", ["chat", "admin", "billing"])
def test_scopes_round_trip(handler, scope):
    claims = handler.validate(handler.issue(user_id="user-7", scopes=[scope]))
    assert claims["scopes"] == [scope]


def test_refresh_token_cannot_be_used_as_access_token(handler):
    refresh = handler.issue_refresh(user_id="user-8")
    with pytest.raises(TokenInvalid, match="token type"):
        handler.validate(refresh)
