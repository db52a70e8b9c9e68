import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { assertionOf } from '../smells/assertions.js';
import { testNameNode } from '../smells/syntax.js';

export default defineRule({
  meta: {
    id: 'assertion-roulette',
    category: 'test-smells',
    severity: 'info',
    description: 'A test makes more than `max` value assertions without a message (`assert x` without `, "why"`, `self.assertEqual(a, b)` without `msg`) (PyNose/tsDetect: Assertion Roulette).',
    why: 'When one of many unexplained assertions fails, the report shows a line and two values but not which expectation broke or why it mattered; the reader has to reverse-engineer the test. Many assertions also usually mean the test checks several behaviours at once.',
    howToFix: 'Split the test by behaviour, or say what each assertion means: `assert total == 30, "shipping is free above 25"`, `self.assertEqual(a, b, msg="…")`. `pytest.raises`, `assertRaises` and mock `assert_called*` checks explain themselves and are not counted.',
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
    const helpers = ctx.file.assertionHelpers;
    let unexplained = 0;
    const count = (node: SyntaxNode, statement = false): void => {
      if (!ctx.inTestBody) return;
      const a = assertionOf(node, helpers, statement);
      if (a && (a.kind === 'assert' || a.kind === 'unittest') && !a.hasMessage) unexplained++;
    };
    return {
      'test:enter'() {
        unexplained = 0;
      },
      assert_statement: (node: SyntaxNode) => count(node, true),
      call: (node: SyntaxNode) => count(node),
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
