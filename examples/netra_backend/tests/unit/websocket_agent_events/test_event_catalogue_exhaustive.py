"""
Exhaustive unit tests of the agent event catalogue: every event, every field, every transition.

Business Value Justification (BVJ):
- Segment: Enterprise, Mid, Early, Free
- Business Goal: Engagement: the event stream is always well-formed
- Value Impact: Catches contract drift before the frontend does
- Strategic Impact: The catalogue grew with every incident; it should now be split by event
"""

import pytest

from netra_backend.app.websocket_core.catalogue import EventCatalogue, Transition

pytestmark = pytest.mark.unit


@pytest.fixture
def catalogue():
    return EventCatalogue.load()


def test_agent_started_declares_run_id_and_allows_agent_thinking_0(catalogue):
    """agent_started: `run_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "run_id" in schema.required, "agent_started must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_run_id_and_allows_tool_executing_1(catalogue):
    """agent_thinking: `run_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "run_id" in schema.required, "agent_thinking must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_run_id_and_allows_tool_completed_2(catalogue):
    """tool_executing: `run_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "run_id" in schema.required, "tool_executing must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_run_id_and_allows_agent_completed_3(catalogue):
    """tool_completed: `run_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "run_id" in schema.required, "tool_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_run_id_and_allows_agent_started_4(catalogue):
    """agent_completed: `run_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "run_id" in schema.required, "agent_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_thread_id_and_allows_agent_thinking_5(catalogue):
    """agent_started: `thread_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "thread_id" in schema.required, "agent_started must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_thread_id_and_allows_tool_executing_6(catalogue):
    """agent_thinking: `thread_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "thread_id" in schema.required, "agent_thinking must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_thread_id_and_allows_tool_completed_7(catalogue):
    """tool_executing: `thread_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "thread_id" in schema.required, "tool_executing must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_thread_id_and_allows_agent_completed_8(catalogue):
    """tool_completed: `thread_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "thread_id" in schema.required, "tool_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_thread_id_and_allows_agent_started_9(catalogue):
    """agent_completed: `thread_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "thread_id" in schema.required, "agent_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_user_id_and_allows_agent_thinking_10(catalogue):
    """agent_started: `user_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "user_id" in schema.required, "agent_started must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_user_id_and_allows_tool_executing_11(catalogue):
    """agent_thinking: `user_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "user_id" in schema.required, "agent_thinking must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_user_id_and_allows_tool_completed_12(catalogue):
    """tool_executing: `user_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "user_id" in schema.required, "tool_executing must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_user_id_and_allows_agent_completed_13(catalogue):
    """tool_completed: `user_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "user_id" in schema.required, "tool_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_user_id_and_allows_agent_started_14(catalogue):
    """agent_completed: `user_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "user_id" in schema.required, "agent_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_timestamp_and_allows_agent_thinking_15(catalogue):
    """agent_started: `timestamp` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "timestamp" in schema.required, "agent_started must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_timestamp_and_allows_tool_executing_16(catalogue):
    """agent_thinking: `timestamp` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "timestamp" in schema.required, "agent_thinking must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_timestamp_and_allows_tool_completed_17(catalogue):
    """tool_executing: `timestamp` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "timestamp" in schema.required, "tool_executing must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_timestamp_and_allows_agent_completed_18(catalogue):
    """tool_completed: `timestamp` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "timestamp" in schema.required, "tool_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_timestamp_and_allows_agent_started_19(catalogue):
    """agent_completed: `timestamp` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "timestamp" in schema.required, "agent_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_sequence_and_allows_agent_thinking_20(catalogue):
    """agent_started: `sequence` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "sequence" in schema.required, "agent_started must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_sequence_and_allows_tool_executing_21(catalogue):
    """agent_thinking: `sequence` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "sequence" in schema.required, "agent_thinking must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_sequence_and_allows_tool_completed_22(catalogue):
    """tool_executing: `sequence` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "sequence" in schema.required, "tool_executing must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_sequence_and_allows_agent_completed_23(catalogue):
    """tool_completed: `sequence` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "sequence" in schema.required, "tool_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_sequence_and_allows_agent_started_24(catalogue):
    """agent_completed: `sequence` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "sequence" in schema.required, "agent_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_agent_name_and_allows_agent_thinking_25(catalogue):
    """agent_started: `agent_name` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "agent_name" in schema.required, "agent_started must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_agent_name_and_allows_tool_executing_26(catalogue):
    """agent_thinking: `agent_name` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "agent_name" in schema.required, "agent_thinking must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_agent_name_and_allows_tool_completed_27(catalogue):
    """tool_executing: `agent_name` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "agent_name" in schema.required, "tool_executing must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_agent_name_and_allows_agent_completed_28(catalogue):
    """tool_completed: `agent_name` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "agent_name" in schema.required, "tool_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_agent_name_and_allows_agent_started_29(catalogue):
    """agent_completed: `agent_name` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "agent_name" in schema.required, "agent_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_payload_and_allows_agent_thinking_30(catalogue):
    """agent_started: `payload` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "payload" in schema.required, "agent_started must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_payload_and_allows_tool_executing_31(catalogue):
    """agent_thinking: `payload` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "payload" in schema.required, "agent_thinking must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_payload_and_allows_tool_completed_32(catalogue):
    """tool_executing: `payload` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "payload" in schema.required, "tool_executing must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_payload_and_allows_agent_completed_33(catalogue):
    """tool_completed: `payload` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "payload" in schema.required, "tool_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_payload_and_allows_agent_started_34(catalogue):
    """agent_completed: `payload` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "payload" in schema.required, "agent_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_trace_id_and_allows_agent_thinking_35(catalogue):
    """agent_started: `trace_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "trace_id" in schema.required, "agent_started must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_trace_id_and_allows_tool_executing_36(catalogue):
    """agent_thinking: `trace_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "trace_id" in schema.required, "agent_thinking must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_trace_id_and_allows_tool_completed_37(catalogue):
    """tool_executing: `trace_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "trace_id" in schema.required, "tool_executing must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_trace_id_and_allows_agent_completed_38(catalogue):
    """tool_completed: `trace_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "trace_id" in schema.required, "tool_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_trace_id_and_allows_agent_started_39(catalogue):
    """agent_completed: `trace_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "trace_id" in schema.required, "agent_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_run_id_and_allows_agent_thinking_40(catalogue):
    """agent_started: `run_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "run_id" in schema.required, "agent_started must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_run_id_and_allows_tool_executing_41(catalogue):
    """agent_thinking: `run_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "run_id" in schema.required, "agent_thinking must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_run_id_and_allows_tool_completed_42(catalogue):
    """tool_executing: `run_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "run_id" in schema.required, "tool_executing must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_run_id_and_allows_agent_completed_43(catalogue):
    """tool_completed: `run_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "run_id" in schema.required, "tool_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_run_id_and_allows_agent_started_44(catalogue):
    """agent_completed: `run_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "run_id" in schema.required, "agent_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_thread_id_and_allows_agent_thinking_45(catalogue):
    """agent_started: `thread_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "thread_id" in schema.required, "agent_started must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_thread_id_and_allows_tool_executing_46(catalogue):
    """agent_thinking: `thread_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "thread_id" in schema.required, "agent_thinking must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_thread_id_and_allows_tool_completed_47(catalogue):
    """tool_executing: `thread_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "thread_id" in schema.required, "tool_executing must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_thread_id_and_allows_agent_completed_48(catalogue):
    """tool_completed: `thread_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "thread_id" in schema.required, "tool_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_thread_id_and_allows_agent_started_49(catalogue):
    """agent_completed: `thread_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "thread_id" in schema.required, "agent_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_user_id_and_allows_agent_thinking_50(catalogue):
    """agent_started: `user_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "user_id" in schema.required, "agent_started must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_user_id_and_allows_tool_executing_51(catalogue):
    """agent_thinking: `user_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "user_id" in schema.required, "agent_thinking must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_user_id_and_allows_tool_completed_52(catalogue):
    """tool_executing: `user_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "user_id" in schema.required, "tool_executing must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_user_id_and_allows_agent_completed_53(catalogue):
    """tool_completed: `user_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "user_id" in schema.required, "tool_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_user_id_and_allows_agent_started_54(catalogue):
    """agent_completed: `user_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "user_id" in schema.required, "agent_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_timestamp_and_allows_agent_thinking_55(catalogue):
    """agent_started: `timestamp` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "timestamp" in schema.required, "agent_started must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_timestamp_and_allows_tool_executing_56(catalogue):
    """agent_thinking: `timestamp` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "timestamp" in schema.required, "agent_thinking must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_timestamp_and_allows_tool_completed_57(catalogue):
    """tool_executing: `timestamp` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "timestamp" in schema.required, "tool_executing must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_timestamp_and_allows_agent_completed_58(catalogue):
    """tool_completed: `timestamp` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "timestamp" in schema.required, "tool_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_timestamp_and_allows_agent_started_59(catalogue):
    """agent_completed: `timestamp` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "timestamp" in schema.required, "agent_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_sequence_and_allows_agent_thinking_60(catalogue):
    """agent_started: `sequence` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "sequence" in schema.required, "agent_started must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_sequence_and_allows_tool_executing_61(catalogue):
    """agent_thinking: `sequence` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "sequence" in schema.required, "agent_thinking must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_sequence_and_allows_tool_completed_62(catalogue):
    """tool_executing: `sequence` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "sequence" in schema.required, "tool_executing must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_sequence_and_allows_agent_completed_63(catalogue):
    """tool_completed: `sequence` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "sequence" in schema.required, "tool_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_sequence_and_allows_agent_started_64(catalogue):
    """agent_completed: `sequence` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "sequence" in schema.required, "agent_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_agent_name_and_allows_agent_thinking_65(catalogue):
    """agent_started: `agent_name` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "agent_name" in schema.required, "agent_started must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_agent_name_and_allows_tool_executing_66(catalogue):
    """agent_thinking: `agent_name` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "agent_name" in schema.required, "agent_thinking must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_agent_name_and_allows_tool_completed_67(catalogue):
    """tool_executing: `agent_name` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "agent_name" in schema.required, "tool_executing must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_agent_name_and_allows_agent_completed_68(catalogue):
    """tool_completed: `agent_name` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "agent_name" in schema.required, "tool_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_agent_name_and_allows_agent_started_69(catalogue):
    """agent_completed: `agent_name` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "agent_name" in schema.required, "agent_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_payload_and_allows_agent_thinking_70(catalogue):
    """agent_started: `payload` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "payload" in schema.required, "agent_started must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_payload_and_allows_tool_executing_71(catalogue):
    """agent_thinking: `payload` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "payload" in schema.required, "agent_thinking must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_payload_and_allows_tool_completed_72(catalogue):
    """tool_executing: `payload` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "payload" in schema.required, "tool_executing must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_payload_and_allows_agent_completed_73(catalogue):
    """tool_completed: `payload` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "payload" in schema.required, "tool_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_payload_and_allows_agent_started_74(catalogue):
    """agent_completed: `payload` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "payload" in schema.required, "agent_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_trace_id_and_allows_agent_thinking_75(catalogue):
    """agent_started: `trace_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "trace_id" in schema.required, "agent_started must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_trace_id_and_allows_tool_executing_76(catalogue):
    """agent_thinking: `trace_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "trace_id" in schema.required, "agent_thinking must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_trace_id_and_allows_tool_completed_77(catalogue):
    """tool_executing: `trace_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "trace_id" in schema.required, "tool_executing must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_trace_id_and_allows_agent_completed_78(catalogue):
    """tool_completed: `trace_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "trace_id" in schema.required, "tool_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_trace_id_and_allows_agent_started_79(catalogue):
    """agent_completed: `trace_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "trace_id" in schema.required, "agent_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_run_id_and_allows_agent_thinking_80(catalogue):
    """agent_started: `run_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "run_id" in schema.required, "agent_started must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_run_id_and_allows_tool_executing_81(catalogue):
    """agent_thinking: `run_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "run_id" in schema.required, "agent_thinking must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_run_id_and_allows_tool_completed_82(catalogue):
    """tool_executing: `run_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "run_id" in schema.required, "tool_executing must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_run_id_and_allows_agent_completed_83(catalogue):
    """tool_completed: `run_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "run_id" in schema.required, "tool_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_run_id_and_allows_agent_started_84(catalogue):
    """agent_completed: `run_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "run_id" in schema.required, "agent_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_thread_id_and_allows_agent_thinking_85(catalogue):
    """agent_started: `thread_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "thread_id" in schema.required, "agent_started must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_thread_id_and_allows_tool_executing_86(catalogue):
    """agent_thinking: `thread_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "thread_id" in schema.required, "agent_thinking must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_thread_id_and_allows_tool_completed_87(catalogue):
    """tool_executing: `thread_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "thread_id" in schema.required, "tool_executing must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_thread_id_and_allows_agent_completed_88(catalogue):
    """tool_completed: `thread_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "thread_id" in schema.required, "tool_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_thread_id_and_allows_agent_started_89(catalogue):
    """agent_completed: `thread_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "thread_id" in schema.required, "agent_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_user_id_and_allows_agent_thinking_90(catalogue):
    """agent_started: `user_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "user_id" in schema.required, "agent_started must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_user_id_and_allows_tool_executing_91(catalogue):
    """agent_thinking: `user_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "user_id" in schema.required, "agent_thinking must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_user_id_and_allows_tool_completed_92(catalogue):
    """tool_executing: `user_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "user_id" in schema.required, "tool_executing must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_user_id_and_allows_agent_completed_93(catalogue):
    """tool_completed: `user_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "user_id" in schema.required, "tool_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_user_id_and_allows_agent_started_94(catalogue):
    """agent_completed: `user_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "user_id" in schema.required, "agent_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_timestamp_and_allows_agent_thinking_95(catalogue):
    """agent_started: `timestamp` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "timestamp" in schema.required, "agent_started must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_timestamp_and_allows_tool_executing_96(catalogue):
    """agent_thinking: `timestamp` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "timestamp" in schema.required, "agent_thinking must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_timestamp_and_allows_tool_completed_97(catalogue):
    """tool_executing: `timestamp` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "timestamp" in schema.required, "tool_executing must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_timestamp_and_allows_agent_completed_98(catalogue):
    """tool_completed: `timestamp` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "timestamp" in schema.required, "tool_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_timestamp_and_allows_agent_started_99(catalogue):
    """agent_completed: `timestamp` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "timestamp" in schema.required, "agent_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_sequence_and_allows_agent_thinking_100(catalogue):
    """agent_started: `sequence` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "sequence" in schema.required, "agent_started must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_sequence_and_allows_tool_executing_101(catalogue):
    """agent_thinking: `sequence` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "sequence" in schema.required, "agent_thinking must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_sequence_and_allows_tool_completed_102(catalogue):
    """tool_executing: `sequence` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "sequence" in schema.required, "tool_executing must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_sequence_and_allows_agent_completed_103(catalogue):
    """tool_completed: `sequence` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "sequence" in schema.required, "tool_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_sequence_and_allows_agent_started_104(catalogue):
    """agent_completed: `sequence` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "sequence" in schema.required, "agent_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_agent_name_and_allows_agent_thinking_105(catalogue):
    """agent_started: `agent_name` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "agent_name" in schema.required, "agent_started must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_agent_name_and_allows_tool_executing_106(catalogue):
    """agent_thinking: `agent_name` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "agent_name" in schema.required, "agent_thinking must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_agent_name_and_allows_tool_completed_107(catalogue):
    """tool_executing: `agent_name` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "agent_name" in schema.required, "tool_executing must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_agent_name_and_allows_agent_completed_108(catalogue):
    """tool_completed: `agent_name` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "agent_name" in schema.required, "tool_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_agent_name_and_allows_agent_started_109(catalogue):
    """agent_completed: `agent_name` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "agent_name" in schema.required, "agent_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_payload_and_allows_agent_thinking_110(catalogue):
    """agent_started: `payload` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "payload" in schema.required, "agent_started must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_payload_and_allows_tool_executing_111(catalogue):
    """agent_thinking: `payload` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "payload" in schema.required, "agent_thinking must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_payload_and_allows_tool_completed_112(catalogue):
    """tool_executing: `payload` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "payload" in schema.required, "tool_executing must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_payload_and_allows_agent_completed_113(catalogue):
    """tool_completed: `payload` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "payload" in schema.required, "tool_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_payload_and_allows_agent_started_114(catalogue):
    """agent_completed: `payload` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "payload" in schema.required, "agent_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_trace_id_and_allows_agent_thinking_115(catalogue):
    """agent_started: `trace_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "trace_id" in schema.required, "agent_started must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_trace_id_and_allows_tool_executing_116(catalogue):
    """agent_thinking: `trace_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "trace_id" in schema.required, "agent_thinking must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_trace_id_and_allows_tool_completed_117(catalogue):
    """tool_executing: `trace_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "trace_id" in schema.required, "tool_executing must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_trace_id_and_allows_agent_completed_118(catalogue):
    """tool_completed: `trace_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "trace_id" in schema.required, "tool_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_trace_id_and_allows_agent_started_119(catalogue):
    """agent_completed: `trace_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "trace_id" in schema.required, "agent_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_run_id_and_allows_agent_thinking_120(catalogue):
    """agent_started: `run_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "run_id" in schema.required, "agent_started must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_run_id_and_allows_tool_executing_121(catalogue):
    """agent_thinking: `run_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "run_id" in schema.required, "agent_thinking must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_run_id_and_allows_tool_completed_122(catalogue):
    """tool_executing: `run_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "run_id" in schema.required, "tool_executing must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_run_id_and_allows_agent_completed_123(catalogue):
    """tool_completed: `run_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "run_id" in schema.required, "tool_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_run_id_and_allows_agent_started_124(catalogue):
    """agent_completed: `run_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "run_id" in schema.required, "agent_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_thread_id_and_allows_agent_thinking_125(catalogue):
    """agent_started: `thread_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "thread_id" in schema.required, "agent_started must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_thread_id_and_allows_tool_executing_126(catalogue):
    """agent_thinking: `thread_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "thread_id" in schema.required, "agent_thinking must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_thread_id_and_allows_tool_completed_127(catalogue):
    """tool_executing: `thread_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "thread_id" in schema.required, "tool_executing must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_thread_id_and_allows_agent_completed_128(catalogue):
    """tool_completed: `thread_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "thread_id" in schema.required, "tool_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_thread_id_and_allows_agent_started_129(catalogue):
    """agent_completed: `thread_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "thread_id" in schema.required, "agent_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_user_id_and_allows_agent_thinking_130(catalogue):
    """agent_started: `user_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "user_id" in schema.required, "agent_started must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_user_id_and_allows_tool_executing_131(catalogue):
    """agent_thinking: `user_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "user_id" in schema.required, "agent_thinking must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_user_id_and_allows_tool_completed_132(catalogue):
    """tool_executing: `user_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "user_id" in schema.required, "tool_executing must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_user_id_and_allows_agent_completed_133(catalogue):
    """tool_completed: `user_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "user_id" in schema.required, "tool_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_user_id_and_allows_agent_started_134(catalogue):
    """agent_completed: `user_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "user_id" in schema.required, "agent_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_timestamp_and_allows_agent_thinking_135(catalogue):
    """agent_started: `timestamp` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "timestamp" in schema.required, "agent_started must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_timestamp_and_allows_tool_executing_136(catalogue):
    """agent_thinking: `timestamp` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "timestamp" in schema.required, "agent_thinking must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_timestamp_and_allows_tool_completed_137(catalogue):
    """tool_executing: `timestamp` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "timestamp" in schema.required, "tool_executing must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_timestamp_and_allows_agent_completed_138(catalogue):
    """tool_completed: `timestamp` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "timestamp" in schema.required, "tool_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_timestamp_and_allows_agent_started_139(catalogue):
    """agent_completed: `timestamp` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "timestamp" in schema.required, "agent_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_sequence_and_allows_agent_thinking_140(catalogue):
    """agent_started: `sequence` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "sequence" in schema.required, "agent_started must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_sequence_and_allows_tool_executing_141(catalogue):
    """agent_thinking: `sequence` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "sequence" in schema.required, "agent_thinking must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_sequence_and_allows_tool_completed_142(catalogue):
    """tool_executing: `sequence` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "sequence" in schema.required, "tool_executing must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_sequence_and_allows_agent_completed_143(catalogue):
    """tool_completed: `sequence` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "sequence" in schema.required, "tool_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_sequence_and_allows_agent_started_144(catalogue):
    """agent_completed: `sequence` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "sequence" in schema.required, "agent_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_agent_name_and_allows_agent_thinking_145(catalogue):
    """agent_started: `agent_name` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "agent_name" in schema.required, "agent_started must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_agent_name_and_allows_tool_executing_146(catalogue):
    """agent_thinking: `agent_name` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "agent_name" in schema.required, "agent_thinking must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_agent_name_and_allows_tool_completed_147(catalogue):
    """tool_executing: `agent_name` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "agent_name" in schema.required, "tool_executing must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_agent_name_and_allows_agent_completed_148(catalogue):
    """tool_completed: `agent_name` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "agent_name" in schema.required, "tool_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_agent_name_and_allows_agent_started_149(catalogue):
    """agent_completed: `agent_name` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "agent_name" in schema.required, "agent_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_payload_and_allows_agent_thinking_150(catalogue):
    """agent_started: `payload` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "payload" in schema.required, "agent_started must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_payload_and_allows_tool_executing_151(catalogue):
    """agent_thinking: `payload` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "payload" in schema.required, "agent_thinking must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_payload_and_allows_tool_completed_152(catalogue):
    """tool_executing: `payload` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "payload" in schema.required, "tool_executing must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_payload_and_allows_agent_completed_153(catalogue):
    """tool_completed: `payload` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "payload" in schema.required, "tool_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_payload_and_allows_agent_started_154(catalogue):
    """agent_completed: `payload` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "payload" in schema.required, "agent_completed must declare payload"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_trace_id_and_allows_agent_thinking_155(catalogue):
    """agent_started: `trace_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "trace_id" in schema.required, "agent_started must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_trace_id_and_allows_tool_executing_156(catalogue):
    """agent_thinking: `trace_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "trace_id" in schema.required, "agent_thinking must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_trace_id_and_allows_tool_completed_157(catalogue):
    """tool_executing: `trace_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "trace_id" in schema.required, "tool_executing must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_trace_id_and_allows_agent_completed_158(catalogue):
    """tool_completed: `trace_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "trace_id" in schema.required, "tool_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_trace_id_and_allows_agent_started_159(catalogue):
    """agent_completed: `trace_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "trace_id" in schema.required, "agent_completed must declare trace_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_run_id_and_allows_agent_thinking_160(catalogue):
    """agent_started: `run_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "run_id" in schema.required, "agent_started must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_run_id_and_allows_tool_executing_161(catalogue):
    """agent_thinking: `run_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "run_id" in schema.required, "agent_thinking must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_run_id_and_allows_tool_completed_162(catalogue):
    """tool_executing: `run_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "run_id" in schema.required, "tool_executing must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_run_id_and_allows_agent_completed_163(catalogue):
    """tool_completed: `run_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "run_id" in schema.required, "tool_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_run_id_and_allows_agent_started_164(catalogue):
    """agent_completed: `run_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "run_id" in schema.required, "agent_completed must declare run_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_thread_id_and_allows_agent_thinking_165(catalogue):
    """agent_started: `thread_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "thread_id" in schema.required, "agent_started must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_thread_id_and_allows_tool_executing_166(catalogue):
    """agent_thinking: `thread_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "thread_id" in schema.required, "agent_thinking must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_thread_id_and_allows_tool_completed_167(catalogue):
    """tool_executing: `thread_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "thread_id" in schema.required, "tool_executing must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_thread_id_and_allows_agent_completed_168(catalogue):
    """tool_completed: `thread_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "thread_id" in schema.required, "tool_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_thread_id_and_allows_agent_started_169(catalogue):
    """agent_completed: `thread_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "thread_id" in schema.required, "agent_completed must declare thread_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_user_id_and_allows_agent_thinking_170(catalogue):
    """agent_started: `user_id` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "user_id" in schema.required, "agent_started must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_user_id_and_allows_tool_executing_171(catalogue):
    """agent_thinking: `user_id` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "user_id" in schema.required, "agent_thinking must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_user_id_and_allows_tool_completed_172(catalogue):
    """tool_executing: `user_id` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "user_id" in schema.required, "tool_executing must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_user_id_and_allows_agent_completed_173(catalogue):
    """tool_completed: `user_id` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "user_id" in schema.required, "tool_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_user_id_and_allows_agent_started_174(catalogue):
    """agent_completed: `user_id` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "user_id" in schema.required, "agent_completed must declare user_id"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_timestamp_and_allows_agent_thinking_175(catalogue):
    """agent_started: `timestamp` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "timestamp" in schema.required, "agent_started must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_timestamp_and_allows_tool_executing_176(catalogue):
    """agent_thinking: `timestamp` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "timestamp" in schema.required, "agent_thinking must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_timestamp_and_allows_tool_completed_177(catalogue):
    """tool_executing: `timestamp` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "timestamp" in schema.required, "tool_executing must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_timestamp_and_allows_agent_completed_178(catalogue):
    """tool_completed: `timestamp` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "timestamp" in schema.required, "tool_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_timestamp_and_allows_agent_started_179(catalogue):
    """agent_completed: `timestamp` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "timestamp" in schema.required, "agent_completed must declare timestamp"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_sequence_and_allows_agent_thinking_180(catalogue):
    """agent_started: `sequence` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "sequence" in schema.required, "agent_started must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_sequence_and_allows_tool_executing_181(catalogue):
    """agent_thinking: `sequence` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "sequence" in schema.required, "agent_thinking must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_sequence_and_allows_tool_completed_182(catalogue):
    """tool_executing: `sequence` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "sequence" in schema.required, "tool_executing must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_sequence_and_allows_agent_completed_183(catalogue):
    """tool_completed: `sequence` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "sequence" in schema.required, "tool_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_completed_declares_sequence_and_allows_agent_started_184(catalogue):
    """agent_completed: `sequence` is required, and `agent_started` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_completed")
    transition = Transition("agent_completed", "agent_started")
    allowed = "agent_started" in catalogue.successors("agent_completed")
    assert "sequence" in schema.required, "agent_completed must declare sequence"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_started_declares_agent_name_and_allows_agent_thinking_185(catalogue):
    """agent_started: `agent_name` is required, and `agent_thinking` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_started")
    transition = Transition("agent_started", "agent_thinking")
    allowed = "agent_thinking" in catalogue.successors("agent_started")
    assert "agent_name" in schema.required, "agent_started must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_agent_thinking_declares_agent_name_and_allows_tool_executing_186(catalogue):
    """agent_thinking: `agent_name` is required, and `tool_executing` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("agent_thinking")
    transition = Transition("agent_thinking", "tool_executing")
    allowed = "tool_executing" in catalogue.successors("agent_thinking")
    assert "agent_name" in schema.required, "agent_thinking must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_executing_declares_agent_name_and_allows_tool_completed_187(catalogue):
    """tool_executing: `agent_name` is required, and `tool_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_executing")
    transition = Transition("tool_executing", "tool_completed")
    allowed = "tool_completed" in catalogue.successors("tool_executing")
    assert "agent_name" in schema.required, "tool_executing must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"


def test_tool_completed_declares_agent_name_and_allows_agent_completed_188(catalogue):
    """tool_completed: `agent_name` is required, and `agent_completed` may follow it only if the catalogue says so."""
    schema = catalogue.schema_for("tool_completed")
    transition = Transition("tool_completed", "agent_completed")
    allowed = "agent_completed" in catalogue.successors("tool_completed")
    assert "agent_name" in schema.required, "tool_completed must declare agent_name"
    assert catalogue.allows(transition) == allowed, "transition table and successors disagree"
