import { describe, expect, test } from 'vitest';
import { editDistance } from '../../analyzer/edit-distance.js';
import rule from '../../analyzer/rules/named-value-typo.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const EVENTS = ['agent_started', 'agent_starting', 'agent_thinking', 'tool_executing', 'tool_completed', 'agent_completed'];

ruleTester(rule, {
  valid: [
    { name: 'canonical values, including two one edit apart', namedValues: EVENTS, code: py`
        def test_events(ws):
            assert [e["type"] for e in ws.events()] == ["agent_starting", "agent_started", "tool_completed"]
      ` },
    { name: 'different names two edits away (distance 1 by default)', namedValues: EVENTS, code: py`
        def test_state(ws):
            assert ws.get("agent_state") and ws.get("tool_execution")
      ` },
    { name: 'allowed near-misses', namedValues: EVENTS, options: { allow: ['agent_startet'] }, code: py`
        def test_legacy(ws):
            assert ws.emit("agent_startet")
      ` },
    { name: 'docstrings are prose', namedValues: EVENTS, code: py`
        def test_x(ws):
            """agnet_started is what the old client sent."""
      ` },
    { name: 'short values are not checked', namedValues: ['ok'], code: py`
        def test_x(r):
            assert r.status == "on"
      ` },
    { name: 'no named values configured', code: py`
        def test_x(ws):
            assert ws.emit("agnet_started")
      ` },
  ],
  invalid: [
    { name: 'swapped letters, deletion, insertion, substitution and a trailing space', namedValues: EVENTS, code: py`
        def test_events(ws):
            ws.expect("agnet_started")
            ws.expect("agent_stared")
            ws.expect("tools_completed")
            ws.expect("tool_executing ")
            ws.expect("agent_thinkinf")
      `, errors: [
        { line: 2, column: 15, message: '"agnet_started" is one edit away from the named value "agent_started"; did you mean "agent_started"?', test: 'test_events' },
        { line: 3, message: '"agent_stared" is one edit away from the named value "agent_started"; did you mean "agent_started"?' },
        { line: 4, message: '"tools_completed" is one edit away from the named value "tool_completed"; did you mean "tool_completed"?' },
        { line: 5, message: '"tool_executing " is one edit away from the named value "tool_executing"; did you mean "tool_executing"?' },
        { line: 6, message: '"agent_thinkinf" is one edit away from the named value "agent_thinking"; did you mean "agent_thinking"?' },
      ] },
    { name: 'in parametrize values and outside tests', namedValues: EVENTS, code: py`
        import pytest
        EVENT = "agent_complete"

        @pytest.mark.parametrize("event", ["tool_completd"])
        def test_x(event):
            assert event
      `, errors: [
        { line: 2, message: /"agent_complete" is one edit away from the named value "agent_completed"/ },
        { line: 4, message: /"tool_completd" is one edit away/ },
      ] },
    { name: 'distance 2 when asked', namedValues: EVENTS, options: { distance: 2 }, code: py`
        def test_x(ws):
            ws.expect("agent_stard")
      `, errors: [{ line: 2, message: '"agent_stard" is 2 edits away from the named value "agent_started"; did you mean "agent_started"?' }] },
  ],
});

describe('editDistance (Damerau-Levenshtein, optimal string alignment)', () => {
  test.each([
    ['agent_started', 'agent_started', 0],
    ['agnet_started', 'agent_started', 1],
    ['agent_stared', 'agent_started', 1],
    ['tool_executing ', 'tool_executing', 1],
    ['agent_state', 'agent_started', 2],
    ['tool_execution', 'tool_executing', 2],
    ['', 'abc', 3],
  ])('%j → %j: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('stops early past the maximum', () => {
    expect(editDistance('agent_thinking', 'tool_completed', 1)).toBe(2);
  });
});
