import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { calleeName } from '../python.js';
import { defineRule } from '../rule.js';
import { isLiteral, isSkipStatement, numericValue, statementsOf, unparenthesized } from '../smells/syntax.js';

const KEYWORD: Readonly<Record<string, string>> = {
  if_statement: '`if`',
  for_statement: '`for`',
  while_statement: '`while`',
  if_clause: 'comprehension `if`',
  match_statement: '`match`',
};

/**
 * `for case in cases: with self.subTest(case): …` — unittest's own way to parametrise, not branching
 * logic: each case is reported on its own, wherever in the loop body (or in a loop nested in it) the
 * `subTest` block stands.
 */
function isSubTestLoop(node: SyntaxNode, text: string): boolean {
  const body = node.childForFieldName('body');
  return !!body && /\bwith\b[^:\n]*\bsubTest\s*\(/.test(text.slice(body.startIndex, body.endIndex));
}

/** Words that show a loop body checks or branches: any of them and the loop is test logic. */
const CHECKS_OR_BRANCHES = /assert|fail|raises|warns|check|verify|expect|ensure|\b(if|elif|for|while|match|try|break|continue|return)\b/i;

/**
 * `for name in ("started", "thinking"): buffer.push(Event(name))`: a loop over a non-empty literal
 * display (or `range(3)`) whose body neither checks nor branches feeds the same steps with fixed
 * data; it always runs in full, so no check can be skipped.
 */
function isFixedFeed(node: SyntaxNode, text: string): boolean {
  const iterable = node.childForFieldName('right');
  if (!iterable) return false;
  const type = iterable.type;
  if (type === 'list' || type === 'tuple' || type === 'set') {
    const items = iterable.namedChildren.filter((c) => c.type !== 'comment');
    if (items.length === 0 || items.some((c) => c.type === 'list_splat')) return false;
  } else if (type === 'call') {
    const args = iterable.childForFieldName('arguments')?.namedChildren ?? [];
    if (calleeName(iterable) !== 'range' || args.length === 0 || !args.every((a) => numericValue(a) !== null)) return false;
  } else {
    return false;
  }
  const body = node.childForFieldName('body');
  return !!body && !CHECKS_OR_BRANCHES.test(text.slice(body.startIndex, body.endIndex));
}

/** `self.fail(…)`, `pytest.fail(…)`: a statement that fails the test. */
const FAIL_CALL = /^(self|pytest)\.fail\s*\(|^fail\s*\(/;

/**
 * A statement that ends the test on the spot: a skip (`pytest.skip`, `self.skipTest`, a bare
 * `return`), a failure (`self.fail(…)`, `pytest.fail(…)`) or a `raise` (`raise AssertionError`,
 * `raise unittest.SkipTest`, a bare re-raise).
 */
function endsTest(stmt: SyntaxNode): boolean {
  if (stmt.type === 'raise_statement' || isSkipStatement(stmt)) return true;
  if (stmt.type !== 'expression_statement') return false;
  const expr = stmt.firstNamedChild;
  return expr?.type === 'call' && FAIL_CALL.test(expr.text);
}

/** A block whose statements all end the test (or lead to one that does: `msg = …; self.fail(msg)`). */
function blockEndsTest(block: SyntaxNode | null): boolean {
  const body = statementsOf(block);
  return body.length > 0 && endsTest(body[body.length - 1]!) && body.every((s, i) => i === body.length - 1 || s.type === 'expression_statement');
}

/**
 * An `if` that is a check or a guard, not a second path: every branch ends the test (`if f:
 * self.fail(…)` is an assertion written by hand; `if not HAVE_X: self.skipTest(…)` a guard; an `if`
 * in a handler that skips or re-raises). With an `else` that goes on, it is a path: reported.
 */
function isCheckOrGuard(node: SyntaxNode): boolean {
  if (!blockEndsTest(node.childForFieldName('consequence'))) return false;
  for (const alt of node.childrenForFieldName('alternative')) {
    if (!blockEndsTest(alt.childForFieldName('consequence') ?? alt.childForFieldName('body'))) return false;
  }
  return true;
}

/**
 * `x = 2; match x: …`, `if 0:`: the subject is a constant (a literal, or a name the test binds
 * once, at its top level, to a literal), so the same branch runs every time: one path. A test of
 * the `match` statement itself is written so.
 */
function hasConstantSubject(node: SyntaxNode, test: TestScope): boolean {
  let subject = node.type === 'match_statement' ? node.childForFieldName('subject') : node.childForFieldName('condition');
  if (!subject) return false;
  subject = unparenthesized(subject);
  if (isLiteral(subject)) return true;
  if (subject.type !== 'identifier') return false;
  const name = subject.text;
  let bound: SyntaxNode | null = null;
  for (const stmt of statementsOf(test.body)) {
    if (stmt.startIndex >= node.startIndex) break;
    const assign = stmt.type === 'expression_statement' ? stmt.firstNamedChild : null;
    if (assign?.type !== 'assignment' || assign.childForFieldName('left')?.text !== name) continue;
    bound = assign.childForFieldName('right');
  }
  if (!bound || !isLiteral(bound)) return false;
  // Bound once: no other binding of the name anywhere in the test (a loop, a `with … as`, `+=`).
  const body = test.body?.text ?? '';
  const bindings = body.match(new RegExp(`(^|[^\\w.])${name}\\s*(=[^=]|[-+*/%|&^]=)|\\b(for|as)\\s+${name}\\b`, 'gm'));
  return (bindings?.length ?? 0) === 1;
}

export default defineRule({
  meta: {
    id: 'conditional-test-logic',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test body branches or loops: `if`, `for`, `while`, `match` (and, with `comprehensionConditions`, a comprehension with an `if`) (PyNose/tsDetect: Conditional Test Logic).',
    why: 'A test with several paths checks different things on different runs, and some of its assertions may never execute (an empty loop passes). The reader has to trace the logic to know what is verified; tests should be straight-line code.',
    howToFix: 'Parametrise (`@pytest.mark.parametrize`, or `with self.subTest(...)` inside the loop), split the branches into separate tests, and compute expected data outside the test.',
    notReported: 'Loops that run a `subTest` block; loops over a non-empty literal (`for name in ("a", "b"):`, `for _ in range(3):`) whose body neither checks nor branches (they always run in full); `if`s whose every branch ends the test (`if f: self.fail(…)` is a hand-written assertion; a guard that skips, returns or re-raises); and `if`/`match` on a constant (`x = 2; match x:`: one path every run). A test is reported once, at its first branch.',
    options: z
      .object({
        comprehensionConditions: z
          .boolean()
          .default(false)
          .describe('Also report comprehensions with an `if` (`[e for e in events if e.ok]`). Off by default: a filter shapes the data, it does not create a path through the test (PyNose and tsDetect count statements only).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_prices(catalog):\n    for item in catalog.items():\n        if item.on_sale:\n            assert item.price < item.list_price',
      valid: 'import pytest\n\n@pytest.mark.parametrize("sku", ["A1", "B2"])\ndef test_sale_price_below_list_price(catalog, sku):\n    item = catalog.get(sku)\n    assert item.price < item.list_price',
    },
  },
  create(ctx) {
    let found: SyntaxNode[] = [];
    const comprehensions = ctx.options.comprehensionConditions;
    const note = (node: SyntaxNode): void => {
      if (!ctx.inTestBody) return;
      if (node.type === 'for_statement' && (isSubTestLoop(node, ctx.file.text) || isFixedFeed(node, ctx.file.text))) return;
      if (node.type === 'if_statement' && (isCheckOrGuard(node) || hasConstantSubject(node, ctx.test!))) return;
      if (node.type === 'match_statement' && hasConstantSubject(node, ctx.test!)) return;
      found.push(node);
    };
    return {
      'test:enter'() {
        found = [];
      },
      if_statement: note,
      for_statement: note,
      while_statement: note,
      ...(comprehensions ? { if_clause: note } : {}),
      match_statement: note,
      'test:exit'(test: TestScope) {
        if (found.length === 0) return;
        const first = found[0]!;
        const where = found.slice(0, 3).map((n) => `${KEYWORD[n.type]} at line ${n.startPosition.row + 1}`).join(', ');
        ctx.report({
          line: first.startPosition.row + 1,
          column: first.startPosition.column + 1,
          message: `Test \`${test.qualifiedName}\` has conditional logic (${where}${found.length > 3 ? `, ${found.length - 3} more` : ''}): some of its checks may never run; parametrise or split it.`,
        });
      },
    };
  },
});
