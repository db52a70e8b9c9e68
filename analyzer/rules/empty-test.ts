import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { firstExecutable, testNameNode } from '../smells/syntax.js';

export default defineRule({
  meta: {
    id: 'empty-test',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test whose body is only `pass`, `...`, a docstring or comments (PyNose: Empty Test).',
    why: 'An empty test always passes: it shows up in the count of tests and in coverage of the feature it is named after, while checking nothing.',
    howToFix: 'Write the test, or delete it. When it overrides an inherited test to disable it, skip it with a reason instead (`@unittest.skip("not supported by the C implementation")`), so the report says so.',
    notReported: 'Skipped placeholders, and tests whose docstring holds doctest examples (`>>>`, run by `DocTestSuite`).',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_refund_is_idempotent():\n    """Refunding twice refunds once."""\n    pass',
      valid: 'def test_refund_is_idempotent(shop):\n    shop.refund("o-1")\n    shop.refund("o-1")\n    assert shop.refunds("o-1") == 1',
    },
  },
  create(ctx) {
    return {
      'test:enter'(test: TestScope) {
        if (test.skipped || !test.body || firstExecutable(test.body)) return;
        // `def test_x(): """ >>> f(1) … """`: the docstring is a doctest, run by `DocTestSuite`.
        if (test.body.text.includes('>>>')) return;
        const inherits = test.cls !== null && test.cls.bases.some((b) => !/(^|\.)(TestCase|object)$/.test(b));
        ctx.report({
          node: testNameNode(test),
          message: inherits
            ? `Test \`${test.qualifiedName}\` is empty and always passes; if it disables an inherited test, skip it with a reason instead.`
            : `Test \`${test.qualifiedName}\` is empty: it always passes and checks nothing.`,
        });
      },
    };
  },
});
