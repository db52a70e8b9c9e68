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

/** pytest would look at this class (`Test*`, at module level or in a collected class, not `__test__ = False`). */
function pytestWouldCollect(cls: ClassScope): boolean {
  if (!cls.name.startsWith('Test') || cls.isUnittest) return false;
  let up = cls.node.parent;
  if (up?.type === 'decorated_definition') up = up.parent;
  if (cls.parent === null) {
    if (up?.type !== 'module') return false;
  } else if (!cls.parent.collected || cls.parent.isUnittest || up?.parent?.startIndex !== cls.parent.node.startIndex) {
    return false;
  }
  return !/^\s*__test__\s*=\s*False\b/m.test(cls.node.childForFieldName('body')?.text ?? '');
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
    description: 'A test class defines `__init__` (PyNose: Constructor Initialization).',
    why: 'pytest does not collect a `Test*` class with an `__init__` at all: its tests silently never run (only a collection warning says so). In a `unittest.TestCase`, the constructor runs once per test method when the suite is built, outside the setUp/tearDown protocol, so a failure there is not reported against a test and state leaks between tests.',
    howToFix: 'Move the initialisation to `setUp` (unittest), `setup_method` or a fixture (pytest), and delete `__init__`. A TestCase `__init__` that only calls the base constructor and sets `maxDiff`/`longMessage` is not reported: it holds no state.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'class TestCart:\n    def __init__(self):\n        self.cart = Cart()\n\n    def test_empty(self):\n        assert self.cart.total() == 0',
      valid: 'class TestCart:\n    def setup_method(self):\n        self.cart = Cart()\n\n    def test_empty(self):\n        assert self.cart.total() == 0',
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
        if (cls.isUnittest && cls.collected) {
          if (onlySettings(init)) return;
          ctx.report({ node, message: `Test class \`${cls.qualifiedName}\` initialises state in \`__init__\`, which runs outside setUp/tearDown once per test; use \`setUp\`.` });
          return;
        }
        const tests = methods.filter((m) => m.childForFieldName('name')?.text.startsWith('test')).length;
        if (tests === 0 || !pytestWouldCollect(cls)) return;
        ctx.report({
          node,
          message: `Test class \`${cls.qualifiedName}\` defines \`__init__\`, so pytest does not collect it: its ${tests} test${tests === 1 ? '' : 's'} never run. Use \`setup_method\` or a fixture.`,
        });
      },
    };
  },
});
