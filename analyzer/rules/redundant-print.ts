import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { calleeName, keywordArgument } from '../python.js';
import { defineRule } from '../rule.js';
import { statementsOf } from '../smells/syntax.js';

/** Words in a test body that show it deals with standard output, where `print` is what it tests. */
const OUTPUT_UNDER_TEST = /stdout|stderr|capsys|capfd|captured_|redirect_std|capture_output|readouterr|inplace/;

/** `if verbose:`, `if support.verbose > 1:`, `if DEBUG:`: output the run asked for. */
const VERBOSE_GUARD = /verbose|debug/i;
/** `with self.assertRaises(…)`, `with pytest.raises(…)`: the print is the code under test. */
const RAISES_BLOCK = /\b(assertRaises\w*|raises|assertWarns\w*|warns)\s*\(/;

/** A statement that fails the test: `self.fail(…)`, `pytest.fail(…)`, `raise …`. */
const FAILS = /^(self\.fail|pytest\.fail|fail)\s*\(|^raise\b/;
/** A failure message that points at printed output: `"see print above"`, `"output above"`. */
const POINTS_AT_OUTPUT = /\bsee\b[^"'\n]*\babove\b|\b(output|print|printed) above\b|\bsee (the )?(printed )?(output|print|log)\b/i;

function sameNode(a: SyntaxNode, b: SyntaxNode | null): boolean {
  return !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

const ASSERTION_STATEMENT = /^(assert\b|self\.(assert|fail)\w*\s*\(|pytest\.fail\s*\()/;

/**
 * `if actual != expected: print(…)` right before `self.assertEqual(actual, expected)`: an `if` that
 * only prints, followed by an assertion — output for the failure the assertion is about to report.
 */
function diagnosesNextAssertion(node: SyntaxNode): boolean {
  let stmt: SyntaxNode | null = node.parent;
  if (stmt?.type !== 'expression_statement') return false;
  const block = stmt.parent;
  const branch = block?.parent;
  if (block?.type !== 'block' || branch?.type !== 'if_statement' || branch.childForFieldName('alternative')) return false;
  // Only prints, and the values they print (`bd = env_dir(); print(os.listdir(bd))`).
  if (!statementsOf(block).every((s) => s.type === 'expression_statement' && (/^print\s*\(/.test(s.text) || s.firstNamedChild?.type === 'assignment'))) return false;
  const next = branch.nextNamedSibling;
  return !!next && ASSERTION_STATEMENT.test(next.text);
}

/**
 * The print is diagnostics for a failure: a later statement of its block (or of a block around it,
 * up to the test body) fails the test (`print(diff); self.fail("see print above")`).
 */
function precedesFailure(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  let stmt: SyntaxNode | null = node;
  while (stmt && stmt.parent && stmt.parent.type !== 'block') stmt = stmt.parent;
  for (; stmt && stmt.startIndex >= stop; ) {
    for (let next = stmt.nextNamedSibling; next; next = next.nextNamedSibling) {
      const text = next.type === 'expression_statement' ? next.text : next.type === 'raise_statement' ? next.text : '';
      if (FAILS.test(text)) return true;
    }
    if (!stmt.parent || sameNode(stmt.parent, body)) break;
    // Up to the statement holding this block.
    let up: SyntaxNode | null = stmt.parent.parent;
    while (up && up.parent && up.parent.type !== 'block') up = up.parent;
    stmt = up;
  }
  return false;
}

/**
 * Why a print is deliberate, from the statements around it: it runs only in verbose mode, only on
 * the way to re-raising a failure (diagnostics for the failure report), or it is the expression
 * expected to raise. Prints are rare: walking up their few ancestors costs nothing.
 */
function isDeliberate(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  for (let up = node.parent; up && up.startIndex >= stop; up = up.parent) {
    switch (up.type) {
      case 'if_statement':
      case 'elif_clause':
        if (VERBOSE_GUARD.test(up.childForFieldName('condition')?.text ?? '')) return true;
        break;
      case 'with_statement': {
        const clause = up.namedChildren.find((c) => c.type === 'with_clause');
        if (clause && RAISES_BLOCK.test(clause.text)) return true;
        break;
      }
      case 'try_statement': {
        // `try: print(bad) except NameError: pass`: the print's argument is the expression expected to raise.
        const body = statementsOf(up.childForFieldName('body'));
        if (body.length === 1 && body[0]!.startIndex <= node.startIndex && node.endIndex <= body[0]!.endIndex && up.namedChildren.some((c) => c.type === 'except_clause')) return true;
        break;
      }
      case 'except_clause': {
        const block = up.namedChildren.find((c) => c.type === 'block');
        const last = block?.lastNamedChild;
        if (last?.type === 'raise_statement') return true;
        break;
      }
      case 'function_definition':
        return false;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'redundant-print',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test calls `print(...)` (PyNose: Redundant Print).',
    why: 'Nobody reads the output of a passing test: pytest captures it and unittest buries it in the run log. A print is a leftover from debugging or an assertion that was never written, and it slows large suites down.',
    howToFix: 'Turn the printed value into an assertion, or log it with `logging` if it helps diagnose failures (pytest shows captured logs of failing tests).',
    notReported: 'Tests of output itself: those that capture stdout (`capsys`, `redirect_stdout`, `captured_stdout`, `fileinput` with `inplace`) or print to a `file=`. Prints the run asks for (under `if verbose:`/`if debug:`), prints on the way to a failure (a handler that re-raises, a block that then calls `self.fail(…)`/`pytest.fail(…)` or raises, a later failure message that says `see print above`, an `if` that only prints right before the assertion that fails in that case: diagnostics for the failure report), and prints inside `with pytest.raises(…)`/`self.assertRaises(…)` or alone in a `try` with a handler (the expression expected to raise), are not reported either.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_total(cart):\n    print(cart.total())\n    assert cart.total() == 30',
      valid: 'def test_total(cart):\n    assert cart.total() == 30',
    },
  },
  create(ctx) {
    if (!ctx.file.text.includes('print')) return {};
    // Per test, decided at its first print: null until then.
    let outputUnderTest: boolean | null = null;
    return {
      'test:enter'() {
        outputUnderTest = null;
      },
      call(node: SyntaxNode) {
        if (!ctx.inTestBody || outputUnderTest || calleeName(node) !== 'print') return;
        outputUnderTest ??= OUTPUT_UNDER_TEST.test((ctx.test as TestScope).body?.text ?? '');
        if (outputUnderTest) return;
        if (keywordArgument(node, 'file') || isDeliberate(node, ctx.test!.body) || precedesFailure(node, ctx.test!.body) || diagnosesNextAssertion(node)) return;
        // A later assertion's message refers to the printed output (`"see output above"`).
        const after = ctx.file.text.slice(node.endIndex, ctx.test!.endIndex);
        if (/\b(fail|assert\w*)\s*\(/.test(after) && POINTS_AT_OUTPUT.test(after)) return;
        ctx.report({ node, message: `\`print()\` in test \`${ctx.test!.qualifiedName}\`: its output is captured and never read; assert on the value or log it.` });
      },
    };
  },
});
