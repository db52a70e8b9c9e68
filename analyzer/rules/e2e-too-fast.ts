import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'e2e-too-fast',
    category: 'test-runs',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'End-to-end and integration tests take the time real services take: none of their cases passes faster than `minSeconds`.',
    why: 'A test that talks to a real database, browser or service over the network does not finish in a few milliseconds; one that does probably never reached the service (a mock, a stub, an early return), so it verifies much less than its category promises.',
    howToFix: 'Check that the test really exercises the service (no mock, no skipped step); if it is genuinely fast, move it to the unit category or lower `minSeconds` for that path.',
    options: z
      .object({
        minSeconds: z.number().min(0).default(1).describe('A passing case faster than this many seconds is reported.'),
      })
      .strict(),
    categories: ['e2e', 'integration'],
    testModulesOnly: true,
    examples: {
      invalid: '# results.xml: <testcase classname="tests.e2e.test_login" name="test_login_flow" time="0.003"/>',
      valid: '# results.xml: <testcase classname="tests.e2e.test_login" name="test_login_flow" time="2.4"/>',
      illustrative: true,
    },
  },
  create: () => ({}),
  checkRuns(ctx) {
    const min = ctx.options.minSeconds;
    for (const { test, run } of ctx.runs) {
      if (run.fastest === null || run.fastest >= min) continue;
      const ms = Math.round(run.fastest * 1000);
      const category = ctx.file.category ?? 'integration';
      const article = /^[aeiou]/i.test(category) ? 'an' : 'a';
      ctx.report({ line: test.line, test, message: `\`${test.name}\` passed in ${ms} ms, under ${min} s: ${article} ${category} test this fast probably never reached a real service.` });
    }
  },
});
