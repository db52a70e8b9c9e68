import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { lastName, stringValue } from '../python.js';
import { defineRule } from '../rule.js';
import { assertionVisitors, type AssertionInfo } from '../smells/assertions.js';
import { constantTruth, isAboutComparison, isLiteral, nameWords, numericValue, simpleComparison, unparenthesized } from '../smells/syntax.js';

const IDENTITY_OPS = new Set(['is', 'is not']);
/** Node types that may be a constant (checked further by `constantTruth`). */
const CONSTANT_TYPES = new Set(['true', 'integer', 'float', 'unary_operator', 'string', 'concatenated_string', 'tuple', 'list', 'dictionary', 'set', 'ellipsis']);

/** Operators that hold whenever both sides are the same value. */
const REFLEXIVE_OPS = new Set(['==', 'is', '<=', '>=']);

/** unittest methods whose two operands are compared, and the operator they apply. */
const COMPARING_METHODS: Readonly<Record<string, string>> = {
  assertEqual: '==',
  assertEquals: '==',
  assertNotEqual: '!=',
  assertNotEquals: '!=',
  assertIs: 'is',
  assertGreater: '>',
  assertGreaterEqual: '>=',
  assertLess: '<',
  assertLessEqual: '<=',
  assertCountEqual: '==',
  assertAlmostEqual: '==',
};

/**
 * What a fixed outcome is about: `compare` (a value compared with itself, or two literals), `truth`
 * (a constant asserted true), `method` (an assertion method fed constants), `tuple` (the
 * parenthesised-message bug). A test can be *about* the first three (see `subjectOf`); never the last.
 */
type Redundancy = { why: string; about: 'compare' | 'truth' | 'method' | 'tuple' };

/** Why an assertion can never fail, or null when its outcome depends on the code (or it can only fail). */
function redundancy(a: AssertionInfo): Redundancy | null {
  const [first, second] = a.operands;
  if (a.kind === 'assert') {
    if (!first) return null;
    const inner = unparenthesized(first);
    if (inner.type === 'comparison_operator') {
      const cmp = simpleComparison(inner);
      return cmp ? comparisonOutcome(cmp.op, cmp.left, cmp.right) : null;
    }
    if (!CONSTANT_TYPES.has(inner.type)) return null;
    if (inner.type === 'tuple' && constantTruth(inner)) return { why: 'asserts a tuple, which is always true (the parentheses swallowed the message)', about: 'tuple' };
    return constantTruth(inner) === true ? { why: `asserts the constant \`${inner.text}\``, about: 'truth' } : null;
  }
  if (a.kind !== 'unittest' || !first) return null;
  switch (a.method) {
    case 'assertTrue':
    case 'assert_':
    case 'failUnless': {
      const inner = unparenthesized(first);
      if (inner.type === 'comparison_operator') {
        const cmp = simpleComparison(inner);
        return cmp ? comparisonOutcome(cmp.op, cmp.left, cmp.right) : null;
      }
      return constantTruth(inner) === true ? { why: `asserts the constant \`${inner.text}\``, about: 'truth' } : null;
    }
    case 'assertFalse':
    case 'failIf':
      return constantTruth(unparenthesized(first)) === false ? { why: `asserts the constant \`${first.text}\` is false`, about: 'truth' } : null;
    case 'assertIsNone':
      return unparenthesized(first).type === 'none' ? { why: 'asserts `None` is None', about: 'method' } : null;
    case 'assertIsNotNone': {
      const inner = unparenthesized(first);
      return inner.type !== 'none' && isLiteral(inner) ? { why: `asserts the literal \`${inner.text}\` is not None`, about: 'method' } : null;
    }
    default: {
      const op = COMPARING_METHODS[a.method];
      return op && second ? comparisonOutcome(op, first, second) : null;
    }
  }
}

/**
 * A comparison whose outcome is fixed and true: a thing compared with itself by a reflexive
 * operator, or two literals whose comparison holds (`2 > 1`, `"a" != "b"`). Literal comparisons
 * that fail are deliberate failures (`assertEqual(0, 1)` where an exception was expected), like `assert False`.
 */
function comparisonOutcome(op: string, left: SyntaxNode, right: SyntaxNode): Redundancy | null {
  const l = unparenthesized(left);
  const r = unparenthesized(right);
  if (l.text === r.text) {
    return REFLEXIVE_OPS.has(op) && sameOperands(l, r, IDENTITY_OPS.has(op)) ? { why: `compares \`${l.text}\` with itself`, about: 'compare' } : null;
  }
  return literalComparisonHolds(op, l, r) ? { why: `compares two literals (\`${l.text} ${op} ${r.text}\`)`, about: 'compare' } : null;
}

/**
 * Literals in their plain spelling: decimal numbers (`255`, `2.5`), strings without prefix or escapes.
 * `0xff == 255`, `--2 == 2`, `r"\\u0020" != " "` compare two spellings: a test of the literal syntax
 * (the tokenizer, unary operators), where the literal is what is under test.
 */
const PLAIN_LITERAL = /^(?:(?:0|[1-9]\d*)(?:\.\d+)?|'[^'\\\n]*'|"[^"\\\n]*")$/;

/** Two scalar literals of one kind (numbers, or plain strings for `==`/`!=`), plainly spelt, whose comparison is true. */
function literalComparisonHolds(op: string, l: SyntaxNode, r: SyntaxNode): boolean {
  if (!PLAIN_LITERAL.test(l.text) || !PLAIN_LITERAL.test(r.text)) return false;
  const a = numericValue(l);
  const b = numericValue(r);
  if (a !== null && b !== null) {
    switch (op) {
      case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '<=': return a <= b;
      case '>': return a > b;
      case '>=': return a >= b;
      default: return false;
    }
  }
  if ((op !== '==' && op !== '!=') || !isPlainString(l) || !isPlainString(r)) return false;
  const s = stringValue(l);
  const t = stringValue(r);
  return s !== null && t !== null && (op === '==') === (s === t);
}

/** A `str` literal: no bytes prefix (`b"a" != "a"` compares types, not text), no f-string. */
function isPlainString(node: SyntaxNode): boolean {
  return node.type === 'string' && /^[rRuU]?['"]/.test(node.text);
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

/** Test-name words that say the test is about truth values. */
const TRUTH_WORD = /^(bool|boolean|truth|truthiness|truthy|falsy|nonzero|true|false)$/;

/**
 * Whether a fixed-outcome assertion is what the test is about, so that it checks the language or
 * the assertion machinery rather than nothing: a test of comparison (`test_eq`, `testInequality`)
 * comparing literals or an object with itself; a test of truth values (`test_bool`) asserting a
 * literal; a test of the `assert` statement or of the assertion method itself (`testAssertIsNone`,
 * the method also passed as a callable to `assertRaises`, or called on a TestCase the test built).
 */
function isSubject(r: Redundancy, a: AssertionInfo, test: TestScope): boolean {
  if (r.about === 'tuple') return false;
  const words = nameWords(test.name);
  if (r.about === 'compare' && isAboutComparison(test.name)) return true;
  if (r.about === 'truth' && words.some((w) => TRUTH_WORD.test(w))) return true;
  if (words.includes('assert') || words.includes('asserts') || words.includes('assertion') || words.includes('assertions')) return true;
  if (a.kind === 'assert') return false;
  const method = a.method.toLowerCase();
  if (test.name.toLowerCase().replace(/_/g, '').includes(method)) return true;
  const receiver = a.callee ? a.callee.slice(0, -(lastName(a.callee).length + 1)) : 'self';
  if (receiver !== 'self' && receiver !== 'cls') return true;
  return new RegExp(`\\bself\\.${a.method}\\b(?!\\s*\\()`).test(test.body?.text ?? '');
}

export default defineRule({
  meta: {
    id: 'redundant-assertion',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'An assertion whose outcome is fixed: `assert True`, `assert (x, "msg")`, `assert 1 == 1`, `assert 2 > 1`, `self.assertTrue(True)`, `self.assertIs(x, x)` (PyNose: Redundant Assertion).',
    why: 'An assertion that cannot fail checks nothing, yet counts as one: the test looks verified while it is not. `assert (cond, "message")` is a classic bug: a non-empty tuple is always true, so the test never fails.',
    howToFix: 'Assert on the value the code produced (`assert order.paid`), drop the parentheses around `assert cond, "message"`, and delete "reached here" assertions.',
    notReported: 'Comparisons of a name with itself by `==` (`x == x` may be testing `__eq__`), literal comparisons that fail (a deliberate failure, like `assert False`) or that compare two spellings (`0xff == 255`, `--2 == 2`: a test of the literal syntax), and fixed outcomes that are what the test is about — comparisons in a test of comparison (`test_eq`, `test_ordering`), constants in a test of truth values (`test_bool`), constants fed to the assertion under test (`testAssertIsNone`, the method also passed to `assertRaises`, or called on a TestCase the test built).',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_checkout(cart):\n    cart.checkout()\n    assert True',
      valid: 'def test_checkout(cart):\n    cart.checkout()\n    assert cart.is_paid',
    },
  },
  create(ctx) {
    return assertionVisitors(ctx, (a, node) => {
      const r = redundancy(a);
      if (!r || isSubject(r, a, ctx.test!)) return;
      ctx.report({ node, message: `This assertion ${r.why}: it can never fail, so it checks nothing.` });
    });
  },
});
