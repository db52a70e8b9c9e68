import { z } from 'zod';
import type { ClassScope, TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { testNameNode } from '../smells/syntax.js';

export default defineRule({
  meta: {
    id: 'default-test',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test class or test keeps the name an IDE template gave it: `MyTestCase`, `test_something`, `test_example` (PyNose: Default Test).',
    why: 'The name is the first line of a failure report; a template name says nothing about the behaviour under test, and it usually marks a file generated and never finished.',
    howToFix: 'Rename the class after the unit under test (`TestInvoiceTotals`) and the test after the behaviour it checks (`test_total_includes_shipping`).',
    options: z
      .object({
        classNames: z.array(z.string()).default(['MyTestCase']).describe("Template class names (PyNose: PyCharm's `MyTestCase`)."),
        testNames: z
          .array(z.string())
          .default(['test_something', 'test_example'])
          .describe("Template test names (PyCharm's `test_something`, the pytest docs' `test_example`)."),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'import unittest\n\nclass MyTestCase(unittest.TestCase):\n    def test_something(self):\n        self.assertEqual(add(2, 2), 4)',
      valid: 'import unittest\n\nclass TestAdd(unittest.TestCase):\n    def test_adds_two_integers(self):\n        self.assertEqual(add(2, 2), 4)',
    },
  },
  create(ctx) {
    const classNames = new Set(ctx.options.classNames);
    const testNames = new Set(ctx.options.testNames);
    return {
      'class:exit'(cls: ClassScope) {
        if (!cls.collected || !classNames.has(cls.name)) return;
        ctx.report({
          node: cls.node.childForFieldName('name') ?? cls.node,
          message: `Test class \`${cls.qualifiedName}\` keeps the IDE template name; name it after the unit under test.`,
        });
      },
      'test:enter'(test: TestScope) {
        if (!testNames.has(test.name)) return;
        ctx.report({ node: testNameNode(test), message: `Test \`${test.qualifiedName}\` keeps a template name; name it after the behaviour it checks.` });
      },
    };
  },
});
