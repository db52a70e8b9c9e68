import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'failing-test',
    category: 'test-runs',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description: 'Every test passed in the test run given with `--junit`.',
    why: 'A failing test is a known defect or a broken test; either way the suite no longer vouches for the code it covers, and an audit grade that ignores it overstates the suite.',
    howToFix: 'Fix the code or the test; if the failure is expected for now, mark it `@pytest.mark.xfail(reason=..., strict=True)` so the run says so.',
    options: z.object({}).strict(),
    categories: null,
    testModulesOnly: true,
    examples: {
      invalid: '# results.xml: <testcase classname="tests.unit.test_tokens" name="test_refresh"><failure message="assert 401 == 200"/></testcase>',
      valid: '# results.xml: <testcase classname="tests.unit.test_tokens" name="test_refresh" time="0.02"/>',
      illustrative: true,
    },
  },
  create: () => ({}),
  checkRuns(ctx) {
    for (const { test, run } of ctx.runs) {
      if (run.outcome !== 'failed' && run.outcome !== 'error') continue;
      const what = run.outcome === 'error' ? 'errored' : 'failed';
      ctx.report({ line: test.line, test, message: `\`${test.name}\` ${what} in the test run${run.cases > 1 ? ` (${run.cases} cases)` : ''}.` });
    }
  },
});
