import { describe, expect, test } from 'vitest';
import { coverageOf } from '../helpers/coverage.js';
import { py } from '../helpers/rule-tester.js';

const SUITE = {
  'tests/e2e/test_ws.py': py`
    def test_start(ws):
        assert ws.next()["type"] == "agent_started"

    def test_json_payload(ws):
        assert ws.send('{"type": "agent_started", "id": 1}')

    def test_prefix_is_not_a_reference(ws):
        assert ws.next()["type"] == "agent_started_late"

    def test_done(ws):
        assert ws.next()["type"] == "agent_completed"
  `,
  'tests/unit/test_names.py': py`
    def test_service_id():
        assert SERVICE_ID == "netra-backend"
  `,
};

describe('named-value-untested', () => {
  test('counts the tests and files referencing each value, and reports those below their minimum', () => {
    const { coverage } = coverageOf(SUITE, {
      namedValues: ['agent_started', { value: 'agent_completed', minTests: 2 }, 'tool_executing', 'netra-backend'],
    });
    expect(coverage.namedValues).toEqual([
      { value: 'agent_started', tests: 2, files: 1, minTests: 1 },
      { value: 'agent_completed', tests: 1, files: 1, minTests: 2 },
      { value: 'tool_executing', tests: 0, files: 0, minTests: 1 },
      { value: 'netra-backend', tests: 1, files: 1, minTests: 1 },
    ]);
    expect(coverage.findings.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`)).toEqual([
      'named-value-untested warning: Named value "agent_completed": 1 test references it; at least 2 required.',
      'named-value-untested warning: Named value "tool_executing": no test references it; at least 1 required.',
    ]);
  });

  test('the default minimum is an option', () => {
    const { coverage } = coverageOf(SUITE, { namedValues: ['agent_started'], rules: { 'named-value-untested': { options: { minTests: 3 } } } });
    expect(coverage.findings.map((f) => f.message)).toEqual(['Named value "agent_started": 2 tests reference it; at least 3 required.']);
  });

  test('tests record the values they reference', () => {
    const { files } = coverageOf(SUITE, { namedValues: ['agent_started'] });
    expect(files[0]!.testDetails.map((t) => t.namedValues ?? [])).toEqual([['agent_started'], ['agent_started'], [], []]);
  });
});
