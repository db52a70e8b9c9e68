import os

import pytest

from .helpers import weak_passwords
from auth_service.auth_core.passwords import PasswordHasher

pytestmark = pytest.mark.unit


@pytest.fixture
def hasher():
    rounds = int(os.environ.get("BCRYPT_ROUNDS", "4"))
    return PasswordHasher(rounds=rounds)


def test_hash_is_not_the_password(hasher):
    assert hasher.hash("correct horse") != "correct horse"


def test_verify_accepts_the_right_password(hasher):
    assert hasher.verify("correct horse", hasher.hash("correct horse"))


def test_verify_rejects_a_wrong_password(hasher):
    assert not hasher.verify("wrong horse", hasher.hash("correct horse"))


@pytest.mark.parametrize("password", weak_passwords())
def test_weak_passwords_are_refused(hasher, password):
    with pytest.raises(ValueError, match="too weak"):
        hasher.hash(password)


def test_pepper_comes_from_the_environment(hasher):
    os.environ["PASSWORD_PEPPER"] = "pepper"
    assert hasher.hash("correct horse").startswith("$2b$")
