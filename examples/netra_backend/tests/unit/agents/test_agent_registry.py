"""
Unit tests for the agent registry: agents are found by name and created per user.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Platform stability: the right agent answers every request
- Value Impact: A wrong or shared agent instance mixes the conversations of users
- Strategic Impact: Per-user agent instances are the basis of multi-user isolation
"""

import pytest

from netra_backend.app.agents.registry import AgentRegistry, UnknownAgent

pytestmark = pytest.mark.unit


def test_known_agent_is_found(agent_registry):
    assert agent_registry.get("triage").name == "triage"


def test_unknown_agent_raises(agent_registry):
    with pytest.raises(UnknownAgent, match="no agent named"):
        agent_registry.get("does-not-exist")


def test_each_user_gets_their_own_instance(agent_registry):
    first = agent_registry.create("triage", user_id="user-1")
    second = agent_registry.create("triage", user_id="user-2")
    assert first is not second, "agent instances must never be shared between users"


def test_registry_lists_agents_in_registration_order():
    registry = AgentRegistry()
    registry.register("a", object)
    registry.register("b", object)
    assert registry.names() == ["a", "b"]


class TestAgentLifecycle:
    def test_new_agent_is_idle(self, agent_registry):
        assert agent_registry.create("triage", user_id="user-3").state == "idle"

    def test_started_agent_is_running(self, agent_registry):
        agent = agent_registry.create("triage", user_id="user-4")
        agent.start(run_id="run-1")
        assert agent.state == "running"
