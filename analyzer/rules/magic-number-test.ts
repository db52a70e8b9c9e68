import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { assertionVisitors, type AssertionInfo } from '../smells/assertions.js';
import { calleeName, positionalArguments } from '../python.js';
import { comparisonOperands, numericValue, simpleComparison, unparenthesized } from '../smells/syntax.js';

/** Operands whose numbers are codes with a published meaning (HTTP statuses, exit codes, errno, ports). */
const STATUS_LIKE = /(^|\.|_)(status|status_code|code|returncode|exitcode|exit_code|errno|port)\s*(\(\s*\))?$|\.ret$|(^|\.)codes(\.\w+|\[[^\]]*\])$/i;

/**
 * A number passed to the code in the same operand (`add(2, 2) == 4`, `F(5, 2) < 3`, `x + 2 == 5`):
 * the expected value is derived from inputs in plain sight. A subscript (`items[2] == 7`) is not an input.
 */
const NUMERIC_INPUT = /[(,+\-*\/%~&|^<>=]\s*-?\.?[0-9]/;

/** unittest methods whose operands are instances or identities, not expected values (`assertNotIsInstance(42, Collection)`). */
const NOT_VALUES = new Set(['assertIsInstance', 'assertNotIsInstance', 'assertIs', 'assertIsNot', 'assertIsNone', 'assertIsNotNone']);
/** unittest methods whose first operand is a member probed for in the second. */
const MEMBERSHIP_METHODS = new Set(['assertIn', 'assertNotIn']);

/** `pytest.approx(42.5)` / `approx(42.5, rel=…)`: the expected value it wraps; any other node as it is. */
function expectedValue(node: SyntaxNode): SyntaxNode {
  const inner = unparenthesized(node);
  if (inner.type !== 'call' || !/(^|\.)approx$/.test(calleeName(inner) ?? '')) return inner;
  return positionalArguments(inner)[0] ?? inner;
}

/**
 * The number literals of a constant expression (`7`, `-7`, `24 + 3`, `(2 ** 8) - 1`), or null when
 * the expression holds anything else (a name, a call): then it is no bare expected value.
 */
function constantLeaves(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] | null {
  const inner = unparenthesized(node);
  if (numericValue(inner) !== null) {
    out.push(inner);
    return out;
  }
  if (inner.type === 'binary_operator') {
    const left = inner.childForFieldName('left');
    const right = inner.childForFieldName('right');
    return left && right && constantLeaves(left, out) && constantLeaves(right, out) ? out : null;
  }
  if (inner.type === 'unary_operator') {
    const arg = inner.childForFieldName('argument');
    return arg ? constantLeaves(arg, out) : null;
  }
  return null;
}

/** Text literals of the other side show the number: its digits (`int("23")`) or its length (`write(b"abcd") == 4`). */
function shownInText(other: SyntaxNode, number: string): boolean {
  if (!/['"]/.test(other.text)) return false;
  const value = Number(number);
  for (const m of other.text.matchAll(/[bBrRuU]{0,2}(['"])((?:\\.|(?!\1).)*)\1/g)) {
    const content = m[2]!;
    if (content.includes(number.replace(/^-/, '')) || (Number.isInteger(value) && content.length === value)) return true;
  }
  return false;
}

/** Occurrences of the number `n` in `text` as a token of its own (not `x2`, `2.5`, `12` for `2`). */
function countNumber(text: string, n: string): number {
  let count = 0;
  for (let at = text.indexOf(n); at !== -1; at = text.indexOf(n, at + n.length)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + n.length] ?? ' ';
    if (!/[\w.]/.test(before) && !/[\w.]/.test(after)) count++;
  }
  return count;
}

export default defineRule({
  meta: {
    id: 'magic-number-test',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'Assertions compare with unexplained numbers: a numeric literal other than the allowed ones as an operand of an assertion (`assert len(items) == 7`, `self.assertEqual(total, 42.5)`) (PyNose/tsDetect: Magic Number Test).',
    why: 'A bare number says nothing about where it comes from: when the test fails, or when the rule behind it changes, the reader cannot tell whether 42.5 is a price, a sum or an accident of the fixture data.',
    howToFix: 'Name the number (`FREE_SHIPPING_THRESHOLD = 25`), or derive it from the inputs (`assert total == price * quantity`).',
    notReported: 'Only expected values are reported — a number, constant arithmetic (`24 + 3`) or `approx(42.5)` as an operand — not a literal probed for (`2 in Color`, `assertIn(3, …)`) or an instance under test (`assertNotIsInstance(42, Collection)`); codes compared with something named like one (`resp.status_code == 404`, `proc.returncode == 2`, a pytester `result.ret == 5`, `httpx.codes.not_found == 404`, `config.port == 8000`) are not: numbers inside calls (`f(3)`), subscripts, collections, and keyword arguments such as `places=` are left alone. A number is explained when the name of the test says it (`test_status_code_425`), when the test also uses it elsewhere (`open(timeout=30)` … `== 30`, `env.set("PORT", "9000")` … `== 9000`) or when the other side computes it from literal inputs (`add(2, 2) == 4`) or shows it as text (`int("23") == 23`, `write(b"abcd") == 4`), or when both sides are constants worked out (`~2 == -(2 + 1)`: a test of the operators). Reported once per test, at its first such assertion.',
    options: z
      .object({
        allowed: z.array(z.number()).default([-1, 0, 1]).describe('Numbers that need no name (PyNose and tsDetect allow none; 0, 1 and -1 read as themselves).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_discount(cart):\n    cart.add("book", qty=3)\n    assert cart.total() == 40.5',
      valid: 'BOOK_PRICE = 15\nBULK_DISCOUNT = 0.9\n\ndef test_discount(cart):\n    cart.add("book", qty=3)\n    assert cart.total() == 3 * BOOK_PRICE * BULK_DISCOUNT',
    },
  },
  create(ctx) {
    const allowed = new Set(ctx.options.allowed);
    // Per assertion with magic numbers: its node and the literals found in it.
    let flagged: Array<{ node: SyntaxNode; numbers: string[] }> = [];
    /** The numbers of an expected value: a literal, or constant arithmetic of literals (`24 + 3`). */
    const magic = (node: SyntaxNode): string[] => {
      const leaves = constantLeaves(expectedValue(node));
      return leaves ? leaves.filter((n) => !allowed.has(numericValue(n)!)).map((n) => n.text) : [];
    };
    const check = (a: AssertionInfo, node: SyntaxNode): void => {
      if ((a.kind !== 'assert' && a.kind !== 'unittest') || a.operands.length === 0 || NOT_VALUES.has(a.method)) return;
      // Most assertions hold no digit at all: one look at the text spares looking at their parts.
      if (!/[0-9]/.test(node.text)) return;
      const found: string[] = [];
      for (const operand of a.operands) {
        const cmp = simpleComparison(operand);
        const compared = cmp ? [cmp.left, cmp.right] : comparisonOperands(operand);
        let operands = compared ?? a.operands;
        // `2 in Color`, `assertIn(3, items)`: the literal is a probe of the container, not an expected value.
        if (cmp && (cmp.op === 'in' || cmp.op === 'not in')) operands = [cmp.right];
        if (!compared && MEMBERSHIP_METHODS.has(a.method)) operands = a.operands.slice(1);
        // `resp.status_code == 200`, `proc.returncode == 2`: codes with a published meaning.
        if (operands.some((o) => STATUS_LIKE.test(o.text))) return;
        const own = (compared ? operands : operands.includes(operand) ? [operand] : []).flatMap(magic);
        if (own.length === 0) continue;
        // `self.assertEqual(add(2, 2), 4)`: derived from the inputs the other side shows, numbers
        // (`x + 2 == 5`) or text (`int("23") == 23`, `write(b"abcd") == 4`).
        const others = operands.filter((o) => constantLeaves(expectedValue(o)) === null);
        // `~2 == -(2 + 1)`: constants on every side, worked out on one: a test of the arithmetic itself.
        if (compared && others.length === 0 && operands.some((o) => unparenthesized(o).type !== 'integer' && unparenthesized(o).type !== 'float' && numericValue(o) === null)) continue;
        if (others.some((o) => NUMERIC_INPUT.test(o.text))) continue;
        const unexplained = own.filter((n) => !others.some((o) => shownInText(o, n)));
        found.push(...unexplained);
      }
      if (found.length === 0) return;
      flagged.push({ node, numbers: found });
    };
    return {
      ...assertionVisitors(ctx, check),
      'test:enter'() {
        flagged = [];
      },
      'test:exit'(test: TestScope) {
        if (flagged.length === 0) return;
        // A number the test also uses elsewhere (an input it echoes, `timeout=30` … `== 30`; a
        // string `"9000"`; a comment; a parametrize value) is explained there. Only the test's own text
        // (decorators included) is searched.
        const body = ctx.file.text.slice(test.startIndex, test.endIndex);
        const inAssertions = new Map<string, number>();
        for (const f of flagged) for (const n of f.numbers) inAssertions.set(n, (inAssertions.get(n) ?? 0) + 1);
        // The test's name may say it (`test_status_code_425`).
        const named = new Set(test.name.split('_'));
        const unexplained = new Set([...inAssertions].filter(([n, count]) => countNumber(body, n) <= count && !named.has(n)).map(([n]) => n));
        const remaining = flagged.filter((f) => f.numbers.some((n) => unexplained.has(n)));
        if (remaining.length === 0) return;
        const first = remaining[0]!.node;
        const assertions = remaining.length;
        const numbers = remaining.flatMap((f) => f.numbers.filter((n) => unexplained.has(n)));
        const shown = [...new Set(numbers)].slice(0, 4).map((n) => `\`${n}\``).join(', ');
        ctx.report({
          node: first,
          message: `Test \`${test.qualifiedName}\` compares with unexplained numbers in ${assertions} assertion${assertions === 1 ? '' : 's'} (${shown}${new Set(numbers).size > 4 ? ', …' : ''}); name them or derive them from the inputs.`,
        });
      },
    };
  },
});
