import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { ClassScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { statementsOf } from '../smells/syntax.js';

/** The `def` statements directly in a class body (decorated or not). */
function methodsOf(cls: ClassScope): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const stmt of statementsOf(cls.node.childForFieldName('body'))) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition') out.push(def);
  }
  return out;
}

/** TestCase settings: configuration of the assertion machinery, not state a test could leak. */
const TESTCASE_SETTINGS = /^self\.(maxDiff|longMessage|failureException)$/;

/**
 * `__init__` only chains to the base constructor and sets TestCase settings (`self.maxDiff = None`):
 * it initialises no state of its own.
 */
function onlySettings(init: SyntaxNode): boolean {
  return statementsOf(init.childForFieldName('body')).every((stmt) => {
    if (stmt.type !== 'expression_statement') return false;
    const expr = stmt.firstNamedChild;
    if (expr?.type === 'call') return /(^super\(\s*\)|^[\w.]+)\.__init__$/.test(expr.childForFieldName('function')?.text ?? '');
    if (expr?.type === 'assignment') return TESTCASE_SETTINGS.test(expr.childForFieldName('left')?.text ?? '') && expr.childForFieldName('right')?.type !== 'assignment';
    return false;
  });
}

export default defineRule({
  meta: {
    id: 'constructor-initialization',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A unittest.TestCase defines `__init__` (PyNose: Constructor Initialization).',
    why: 'In a `unittest.TestCase`, the constructor runs once per test method when the suite is built, outside the setUp/tearDown protocol, so a failure there is not reported against a test and state leaks between tests. (A pytest `Test*` class with `__init__` is worse: pytest does not collect it at all.)',
    howToFix: 'Move the initialisation to `setUp` and delete `__init__`.',
    notReported: 'A TestCase `__init__` that only calls the base constructor and sets `maxDiff`/`longMessage`: it holds no state. A pytest `Test*` class with `__init__` is left to `uncollected-test`, so that it is reported once.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'import unittest\n\nclass TestCart(unittest.TestCase):\n    def __init__(self, methodName="runTest"):\n        super().__init__(methodName)\n        self.cart = Cart()\n\n    def test_empty(self):\n        self.assertEqual(self.cart.total(), 0)',
      valid: 'import unittest\n\nclass TestCart(unittest.TestCase):\n    def setUp(self):\n        self.cart = Cart()\n\n    def test_empty(self):\n        self.assertEqual(self.cart.total(), 0)',
    },
  },
  create(ctx) {
    return {
      'class:exit'(cls: ClassScope) {
        if (!cls.hasInit) return;
        const methods = methodsOf(cls);
        const init = methods.find((m) => m.childForFieldName('name')?.text === '__init__');
        if (!init) return;
        const node = init.childForFieldName('name') ?? init;
        if (!cls.isUnittest || !cls.collected || onlySettings(init)) return;
        ctx.report({ node, message: `Test class \`${cls.qualifiedName}\` initialises state in \`__init__\`, which runs outside setUp/tearDown once per test; use \`setUp\`.` });
      },
    };
  },
});
