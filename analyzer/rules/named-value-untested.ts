import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'named-value-untested',
    category: 'coverage',
    severity: 'warning',
    description: 'Each configured named value is referenced (as a string literal) by at least its minimum number of tests.',
    why: 'Named values are the names the system promises to emit and accept (event names, service ids, headers); one that no test spells out is a promise nobody verifies, and a renamed event goes unnoticed.',
    howToFix: 'Add tests that send, wait for or assert the value; or lower its `minTests`, or drop it from `namedValues` if the system no longer uses it.',
    options: z
      .object({
        minTests: z.number().int().min(0).default(1).describe('Tests that must reference each value, unless the value sets its own `minTests`.'),
      })
      .strict(),
    categories: null,
    enabledWhen: '`namedValues` are',
    examples: {
      invalid: '# namedValues: [{ "value": "agent_completed", "minTests": 1 }]\ndef test_start(ws):\n    assert ws.next_event()["type"] == "agent_started"',
      valid: '# namedValues: [{ "value": "agent_completed", "minTests": 1 }]\ndef test_done(ws):\n    assert ws.next_event()["type"] == "agent_completed"',
      illustrative: true,
    },
  },
  create: () => ({}),
  checkSuite(ctx) {
    for (const v of ctx.namedValues) {
      if (v.tests >= v.minTests) continue;
      const referenced = v.tests === 0 ? 'no test references it' : `${v.tests} ${v.tests === 1 ? 'test references' : 'tests reference'} it`;
      ctx.report({ message: `Named value "${v.value}": ${referenced}; at least ${v.minTests} required.`, value: v.value });
    }
  },
});
