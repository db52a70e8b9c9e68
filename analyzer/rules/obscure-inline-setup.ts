import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { testNameNode } from '../smells/syntax.js';
import { localsVisitors } from '../smells/test-metrics.js';

export default defineRule({
  meta: {
    id: 'obscure-inline-setup',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test body binds more than `max` local variables (assignments, `for` targets, `with … as`, `:=`) (PyNose/tsDetect: Obscure In-Line Setup).',
    why: 'A test that builds a dozen values before it acts hides the one or two that matter for the behaviour under test among setup details, and the same setup is usually copied into its neighbours.',
    howToFix: 'Move the setup into fixtures or a builder (`make_order(paid=True)`), keep in the test only the values that make this case different, and split tests that do several things.',
    options: z
      .object({
        max: z.number().int().min(0).default(10).describe('Local variables a test may bind (PyNose and tsDetect: 10).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_checkout(shop):\n    a = 1\n    b = 2\n    c = 3\n    d = 4\n    e = 5\n    f = 6\n    g = 7\n    h = 8\n    i = 9\n    j = 10\n    k = 11\n    assert shop.checkout(a, b, c, d, e, f, g, h, i, j, k)',
      valid: 'def test_checkout(shop, paid_order):\n    receipt = shop.checkout(paid_order)\n    assert receipt.total == paid_order.total',
    },
  },
  create(ctx) {
    return localsVisitors(ctx, (test: TestScope, names: Set<string>) => {
      if (names.size <= ctx.options.max) return;
      const shown = [...names].slice(0, 6).map((n) => `\`${n}\``).join(', ');
      ctx.report({
        node: testNameNode(test),
        message: `Test \`${test.qualifiedName}\` binds ${names.size} local variables (more than ${ctx.options.max}: ${shown}, …); move the setup into fixtures or a builder.`,
      });
    });
  },
});
