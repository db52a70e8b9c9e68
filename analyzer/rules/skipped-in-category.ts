import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'skipped-in-category',
    category: 'test-runs',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'Integration and end-to-end tests ran: none was skipped in the test run.',
    why: 'Skipped integration and e2e tests are usually the ones whose services were missing in CI; the suite then reports green while the risky paths went untested.',
    howToFix: 'Provide the services in CI (or fail loudly when they are missing) instead of skipping; remove tests that can no longer run.',
    options: z.object({}).strict(),
    categories: ['e2e', 'integration'],
    testModulesOnly: true,
    examples: {
      invalid: '# results.xml: <testcase classname="tests.integration.test_db" name="test_migrate"><skipped message="no database"/></testcase>',
      valid: '# results.xml: <testcase classname="tests.integration.test_db" name="test_migrate" time="3.1"/>',
      illustrative: true,
    },
  },
  create: () => ({}),
  checkRuns(ctx) {
    for (const { test, run } of ctx.runs) {
      if (run.outcome !== 'skipped') continue;
      ctx.report({ line: test.line, test, message: `\`${test.name}\` was skipped in the test run${run.cases > 1 ? ` (all ${run.cases} cases)` : ''}; this ${ctx.file.category} path went untested.` });
    }
  },
});
