import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { assertionVisitors } from '../smells/assertions.js';
import { testNameNode } from '../smells/syntax.js';

export default defineRule({
  meta: {
    id: 'assertion-roulette',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test makes more than `max` value assertions without a message (`assert x` without `, "why"`, `self.assertEqual(a, b)` without `msg`) (PyNose/tsDetect: Assertion Roulette).',
    why: 'When one of many unexplained assertions fails, the report shows a line and two values but not which expectation broke or why it mattered; the reader has to reverse-engineer the test. Many assertions also usually mean the test checks several behaviours at once.',
    howToFix: 'Split the test by behaviour, or say what each assertion means: `assert total == 30, "shipping is free above 25"`, `self.assertEqual(a, b, msg="…")`.',
    notReported: '`pytest.raises`, `assertRaises` and mock `assert_called*` checks: they explain themselves and are not counted.',
    options: z
      .object({
        max: z
          .number()
          .int()
          .min(0)
          .default(3)
          .describe('Unexplained assertions a test may have. PyNose and tsDetect report any test with more than 1; 3 tolerates the usual arrange/act/assert-a-few-fields test.'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_invoice(invoice):\n    assert invoice.total == 30\n    assert invoice.tax == 5\n    assert invoice.currency == "EUR"\n    assert invoice.lines == 2',
      valid: 'def test_invoice(invoice):\n    assert invoice.total == 30, "shipping is free above 25"\n    assert invoice.tax == 5, "VAT on goods only"\n    assert invoice.currency == "EUR"\n    assert invoice.lines == 2',
    },
  },
  create(ctx) {
    let unexplained = 0;
    return {
      ...assertionVisitors(ctx, (a) => {
        if ((a.kind === 'assert' || a.kind === 'unittest') && !a.hasMessage) unexplained++;
      }),
      'test:enter'() {
        unexplained = 0;
      },
      'test:exit'(test: TestScope) {
        if (unexplained <= ctx.options.max) return;
        ctx.report({
          node: testNameNode(test),
          message: `Test \`${test.qualifiedName}\` has ${unexplained} assertions without a message (more than ${ctx.options.max}): a failure does not say which expectation broke or why it matters.`,
        });
      },
    };
  },
});
