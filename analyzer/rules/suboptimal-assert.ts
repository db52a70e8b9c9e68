import { z } from 'zod';
import { calleeName } from '../python.js';
import { defineRule } from '../rule.js';
import { assertionVisitors, type AssertionInfo } from '../smells/assertions.js';
import { codeForMessage, isAboutComparison, simpleComparison, unparenthesized } from '../smells/syntax.js';

/** Deprecated unittest aliases (all removed in Python 3.12) and the method to use. */
const DEPRECATED: Readonly<Record<string, string>> = {
  assertEquals: 'assertEqual',
  assertNotEquals: 'assertNotEqual',
  assert_: 'assertTrue',
  failUnless: 'assertTrue',
  failIf: 'assertFalse',
  failUnlessEqual: 'assertEqual',
  failIfEqual: 'assertNotEqual',
  assertAlmostEquals: 'assertAlmostEqual',
  assertNotAlmostEquals: 'assertNotAlmostEqual',
  failUnlessAlmostEqual: 'assertAlmostEqual',
  failIfAlmostEqual: 'assertNotAlmostEqual',
  assertRegexpMatches: 'assertRegex',
  assertNotRegexpMatches: 'assertNotRegex',
  assertRaisesRegexp: 'assertRaisesRegex',
  failUnlessRaises: 'assertRaises',
};

/** `assertTrue(a OP b)` → the dedicated method, and what `assertFalse(a OP b)` becomes (null: no exact equivalent). */
const BY_OPERATOR: Readonly<Record<string, [string, string | null]>> = {
  '==': ['assertEqual', 'assertNotEqual'],
  '!=': ['assertNotEqual', 'assertEqual'],
  is: ['assertIs', 'assertIsNot'],
  'is not': ['assertIsNot', 'assertIs'],
  in: ['assertIn', 'assertNotIn'],
  'not in': ['assertNotIn', 'assertIn'],
  // assertFalse(a < b) is not assertGreaterEqual(a, b) for partial orders (sets, NaN).
  '<': ['assertLess', null],
  '<=': ['assertLessEqual', null],
  '>': ['assertGreater', null],
  '>=': ['assertGreaterEqual', null],
};


const BOOLS = new Set(['true', 'false']);
/** Values that are numbers, not flags: `assertEqual(x, True)` then compares numerically, with no bool-only equivalent. */
const NUMERIC_VALUE = /^(integer|float|binary_operator|unary_operator)$/;
const NUMERIC_CONSTRUCTORS = /(^|\.)(int|float|complex|Decimal|Fraction|round|abs|sum|len)$/;
const EQUALITY_METHODS = new Set(['assertEqual', 'assertIs', 'assertNotEqual', 'assertIsNot']);
/** `== None`, `!= True`…: worth parsing the comparison. */
const COMPARES_CONSTANT = /[!=]=[\s(]*(None|True|False)\b|\b(None|True|False)[\s)]*[!=]=/;

/** The better way to write a unittest assertion, or null when it is already the dedicated one. */
function betterUnittest(a: AssertionInfo): string | null {
  const deprecated = DEPRECATED[a.method];
  if (deprecated) return `\`${a.method}\` is a deprecated alias removed in Python 3.12; use \`${deprecated}\``;
  // `assertEqual((x), (None))` is `assertEqual(x, None)`.
  const first = a.operands[0] ? unparenthesized(a.operands[0]) : undefined;
  const second = a.operands[1] ? unparenthesized(a.operands[1]) : undefined;
  if (!first) return null;
  if (a.method === 'assertTrue' || a.method === 'assertFalse') {
    const positive = a.method === 'assertTrue';
    const type = first.type;
    if (type === 'not_operator') return `\`${a.method}(not …)\` reads backwards; use \`${positive ? 'assertFalse' : 'assertTrue'}\``;
    const cmp = type === 'comparison_operator' ? simpleComparison(first) : null;
    if (cmp) {
      if ((cmp.op === 'is' || cmp.op === 'is not') && (unparenthesized(cmp.right).type === 'none' || unparenthesized(cmp.left).type === 'none')) {
        const none = (cmp.op === 'is') === positive;
        return `use \`${none ? 'assertIsNone' : 'assertIsNotNone'}\`, which shows the value on failure`;
      }
      const methods = BY_OPERATOR[cmp.op];
      const method = methods ? (positive ? methods[0] : methods[1]) : null;
      return method ? `use \`${method}(${codeForMessage(cmp.left)}, ${codeForMessage(cmp.right)})\`, which shows both values on failure` : null;
    }
    if (type === 'call' && calleeName(first) === 'isinstance') return `use \`${positive ? 'assertIsInstance' : 'assertNotIsInstance'}\`, which shows the type on failure`;
    return null;
  }
  if (!second || !EQUALITY_METHODS.has(a.method)) return null;
  const t1 = first.type;
  const t2 = second.type;
  const other = t2 === 'none' ? first : t1 === 'none' ? second : null;
  switch (a.method) {
    case 'assertEqual':
    case 'assertIs':
      if (other) return `use \`assertIsNone(${codeForMessage(other)})\``;
      if (a.method === 'assertEqual' && (BOOLS.has(t2) || BOOLS.has(t1))) {
        const [value, bool, boolType] = BOOLS.has(t2) ? [first, second, t2] : [second, first, t1];
        // `assertEqual(complex(True), True)`, `assertEqual(False + 2, 2)`: a numeric equality on purpose.
        if (NUMERIC_VALUE.test(value.type) || (value.type === 'call' && NUMERIC_CONSTRUCTORS.test(calleeName(value) ?? ''))) return null;
        return `use \`${boolType === 'true' ? 'assertTrue' : 'assertFalse'}(${codeForMessage(value)})\`, or \`assertIs(${codeForMessage(value)}, ${codeForMessage(bool)})\` to require the bool itself`;
      }
      return null;
    case 'assertNotEqual':
    case 'assertIsNot':
      return other ? `use \`assertIsNotNone(${codeForMessage(other)})\`` : null;
    default:
      return null;
  }
}

const CONSTANTS = new Set(['none', 'true', 'false']);

/** The better way to write a pytest `assert`, or null. */
function betterAssert(a: AssertionInfo): string | null {
  if (!COMPARES_CONSTANT.test(a.node.text)) return null;
  const cmp = simpleComparison(a.operands[0]);
  if (!cmp || (cmp.op !== '==' && cmp.op !== '!=')) return null;
  const left = unparenthesized(cmp.left);
  const right = unparenthesized(cmp.right);
  const constantRight = CONSTANTS.has(right.type);
  const value = constantRight ? left : CONSTANTS.has(left.type) ? right : null;
  if (!value) return null;
  const constant = constantRight ? right : left;
  const identity = cmp.op === '==' ? 'is' : 'is not';
  return `compare with \`${codeForMessage(constant)}\` by identity: \`assert ${codeForMessage(value)} ${identity} ${codeForMessage(constant)}\``;
}

export default defineRule({
  meta: {
    id: 'suboptimal-assert',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'An assertion that has a dedicated, clearer form: `assertTrue(a == b)` → `assertEqual`, `assertFalse(x in y)` → `assertNotIn`, `assertEqual(x, None)` → `assertIsNone`, deprecated aliases such as `assertEquals`, `assert x == None`, whatever the parentheses or the order of the operands (`assertEqual((None), (x))`) (PyNose: Suboptimal Assert).',
    why: '`assertTrue(a == b)` fails with "False is not true": the dedicated method shows both values, so the failure explains itself. Deprecated aliases (`assertEquals`, `failUnless`…) were removed in Python 3.12 and break the suite on upgrade; `== None` is answered by `__eq__`, which any class can override.',
    howToFix: 'Use the method the message names.',
    notReported: '`assertFalse(a < b)`: for sets and NaN it is not the same as `assertGreaterEqual(a, b)`; `assertIs(x, True)`: it requires the bool itself, which `assertTrue(x)` would not; and, in tests of comparison (`test_eq_with_none`), `== None` and `assertEqual(x, None)`: they are what is tested.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'import unittest\n\nclass TestCart(unittest.TestCase):\n    def test_total(self):\n        self.assertTrue(Cart().total() == 0)',
      valid: 'import unittest\n\nclass TestCart(unittest.TestCase):\n    def test_total(self):\n        self.assertEqual(Cart().total(), 0)',
    },
  },
  create(ctx) {
    return assertionVisitors(ctx, (a, node) => {
      // `assert path != None` in `test_eq_with_none`: equality with the constant is what is tested.
      if (isAboutComparison(ctx.test!.name) && (a.kind === 'assert' || EQUALITY_METHODS.has(a.method))) return;
      if (a.kind === 'unittest' || (a.kind === 'raises' && DEPRECATED[a.method])) {
        const better = betterUnittest(a);
        if (better) ctx.report({ node, message: `Suboptimal assertion \`${a.method}\`: ${better}.` });
      } else if (a.kind === 'assert') {
        const better = betterAssert(a);
        if (better) ctx.report({ node, message: `Suboptimal assertion: ${better}.` });
      }
    });
  },
});
