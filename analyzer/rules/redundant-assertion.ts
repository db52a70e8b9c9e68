import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { defineRule } from '../rule.js';
import { assertionVisitors, type AssertionInfo } from '../smells/assertions.js';
import { comparisonOperands, constantTruth, isLiteral, simpleComparison } from '../smells/syntax.js';

const IDENTITY_OPS = new Set(['is', 'is not']);
/** Node types that may be a constant (checked further by `constantTruth`). */
const CONSTANT_TYPES = new Set(['true', 'integer', 'float', 'unary_operator', 'string', 'concatenated_string', 'parenthesized_expression', 'tuple', 'list', 'dictionary', 'set', 'ellipsis']);

/** Operators that hold whenever both sides are the same value. */
const REFLEXIVE_OPS = new Set(['==', 'is', '<=', '>=']);

/** Why an assertion can never fail (or never pass), or null when its outcome depends on the code. */
function redundancy(a: AssertionInfo): string | null {
  const [first, second] = a.operands;
  if (a.kind === 'assert') {
    if (!first) return null;
    const type = first.type;
    if (type === 'comparison_operator') {
      // Only operands written alike can be the same thing (`sameOperands`): comparing their text
      // first spares fetching the operator nodes of nearly every comparison.
      const operands = comparisonOperands(first);
      if (operands?.length !== 2 || operands[0]!.text !== operands[1]!.text) return null;
      const cmp = simpleComparison(first);
      return cmp && REFLEXIVE_OPS.has(cmp.op) && sameOperands(cmp.left, cmp.right, IDENTITY_OPS.has(cmp.op)) ? `compares \`${cmp.left.text}\` with itself` : null;
    }
    if (!CONSTANT_TYPES.has(type)) return null;
    const inner = type === 'parenthesized_expression' ? first.firstNamedChild : first;
    if (inner?.type === 'tuple' && constantTruth(inner)) return 'asserts a tuple, which is always true (the parentheses swallowed the message)';
    return constantTruth(first) === true ? `asserts the constant \`${first.text}\`` : null;
  }
  if (a.kind !== 'unittest') return null;
  switch (a.method) {
    case 'assertTrue':
    case 'assert_':
    case 'failUnless':
      return constantTruth(first) === true ? `asserts the constant \`${first!.text}\`` : null;
    case 'assertFalse':
    case 'failIf':
      return constantTruth(first) === false ? `asserts the constant \`${first!.text}\` is false` : null;
    case 'assertIsNone':
      return first?.type === 'none' ? 'asserts `None` is None' : null;
    case 'assertIsNotNone':
      return first && first.type !== 'none' && isLiteral(first) ? `asserts the literal \`${first.text}\` is not None` : null;
    case 'assertEqual':
    case 'assertEquals':
    case 'assertIs':
    case 'assertGreaterEqual':
    case 'assertLessEqual':
    case 'assertCountEqual':
    case 'assertAlmostEqual':
      return first && second && sameOperands(first, second, a.method === 'assertIs') ? `compares \`${first.text}\` with itself` : null;
    default:
      return null;
  }
}

/**
 * Two operands that are the same thing: the same literal, or (for identity checks, which no class
 * can override) the same name. `x == x` on names is left alone: it may be testing `__eq__` itself.
 */
function sameOperands(a: SyntaxNode, b: SyntaxNode, identity: boolean): boolean {
  if (a.text !== b.text) return false;
  if (isLiteral(a)) return a.type !== 'float' || !/nan/i.test(a.text);
  return identity && (a.type === 'identifier' || a.type === 'attribute');
}

export default defineRule({
  meta: {
    id: 'redundant-assertion',
    category: 'test-smells',
    severity: 'warning',
    description: 'An assertion whose outcome is fixed: `assert True`, `assert (x, "msg")`, `assert 1 == 1`, `self.assertTrue(True)`, `self.assertIs(x, x)` (PyNose: Redundant Assertion).',
    why: 'An assertion that cannot fail checks nothing, yet counts as one: the test looks verified while it is not. `assert (cond, "message")` is a classic bug: a non-empty tuple is always true, so the test never fails.',
    howToFix: 'Assert on the value the code produced (`assert order.paid`), drop the parentheses around `assert cond, "message"`, and delete "reached here" assertions. Comparisons of a name with itself (`x == x`) are not reported: they may be testing `__eq__`.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_checkout(cart):\n    cart.checkout()\n    assert True',
      valid: 'def test_checkout(cart):\n    cart.checkout()\n    assert cart.is_paid',
    },
  },
  create(ctx) {
    return assertionVisitors(ctx, (a, node) => {
      const why = redundancy(a);
      if (why) ctx.report({ node, message: `This assertion ${why}: it can never fail, so it checks nothing.` });
    });
  },
});
