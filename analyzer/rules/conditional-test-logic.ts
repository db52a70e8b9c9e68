import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { calleeName } from '../python.js';
import { defineRule } from '../rule.js';
import { isSkipStatement, numericValue, statementsOf } from '../smells/syntax.js';

const KEYWORD: Readonly<Record<string, string>> = {
  if_statement: '`if`',
  for_statement: '`for`',
  while_statement: '`while`',
  if_clause: 'comprehension `if`',
  match_statement: '`match`',
};

/** `for case in cases: with self.subTest(case):` — unittest's own way to parametrise, not branching logic. */
function isSubTestLoop(node: SyntaxNode): boolean {
  const first = statementsOf(node.childForFieldName('body'))[0];
  if (first?.type !== 'with_statement') return false;
  const clause = first.namedChildren.find((c) => c.type === 'with_clause');
  return (clause?.namedChildren ?? []).some((item) => {
    let value = item.childForFieldName('value');
    if (value?.type === 'as_pattern') value = value.firstNamedChild;
    return value?.type === 'call' && /(^|\.)subTest$/.test(calleeName(value) ?? '');
  });
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

/** `if not HAVE_X: self.skipTest(…)` with no else: a guard, not a second path through the test. */
function isSkipGuard(node: SyntaxNode): boolean {
  if (node.childForFieldName('alternative')) return false;
  const body = statementsOf(node.childForFieldName('consequence'));
  return body.length > 0 && body.every(isSkipStatement);
}

export default defineRule({
  meta: {
    id: 'conditional-test-logic',
    category: 'test-smells',
    severity: 'info',
    description: 'A test body branches or loops: `if`, `for`, `while`, `match` (and, with `comprehensionConditions`, a comprehension with an `if`) (PyNose/tsDetect: Conditional Test Logic).',
    why: 'A test with several paths checks different things on different runs, and some of its assertions may never execute (an empty loop passes). The reader has to trace the logic to know what is verified; tests should be straight-line code.',
    howToFix: 'Parametrise (`@pytest.mark.parametrize`, or `with self.subTest(...)` inside the loop), split the branches into separate tests, and compute expected data outside the test. Loops whose body is a `subTest` block, loops over a non-empty literal (`for name in ("a", "b"):`, `for _ in range(3):`) whose body neither checks nor branches (they always run in full), and `if` guards that only skip or return are not reported. Reported once per test, at its first branch.',
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
      if (node.type === 'for_statement' && (isSubTestLoop(node) || isFixedFeed(node, ctx.file.text))) return;
      if (node.type === 'if_statement' && isSkipGuard(node)) return;
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
