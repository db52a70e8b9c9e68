/**
 * What the project means by "an assertion", in one place (DESIGN.md): `assert` statements,
 * unittest's `assert*` methods (with where their `msg` goes), the raises/warns family, pytest's
 * output checks (`result.stdout.fnmatch_lines(…)`, on any receiver, chained too), and every other
 * call whose last name begins with `assert` (`mock.assert_called_once()`,
 * `pytester.runpytest().assert_outcomes(passed=1)`) or that the configuration names. The walk's
 * per-test assertion count and every smell rule ask here. Results are memoised per node object,
 * so the dozen smell rules listening to `call` classify each call once.
 */
import type { SyntaxNode } from 'tree-sitter';
import { calleeName, childByField, lastName } from '../python.js';

/** Calls that assert by their full name: a failure or an expected exception/warning. */
const ASSERTING_CALLS = new Set(['pytest.raises', 'pytest.warns', 'pytest.fail', 'pytest.deprecated_call', 'self.fail', 'raises', 'warns']);

/**
 * Methods that fail the test when the output does not match, whatever they are called on: pytest's
 * `LineMatcher` (`result.stdout`, `result.stderr`, `LineMatcher(lines)`). pytester's
 * `RunResult.assert_outcomes` and `HookRecorder.assertoutcome` begin with `assert` already.
 */
const OUTPUT_CHECKS = new Set(['fnmatch_lines', 'fnmatch_lines_random', 're_match_lines', 're_match_lines_random', 'no_fnmatch_line', 'no_re_match_line']);

/**
 * True when a call of `callee` (a dotted name, or only the last name of a chained call such as
 * `run().assert_outcomes`) is an assertion: `pytest.raises/warns/fail`, `self.fail`, an output
 * check, any name whose last part begins with `assert`, or a configured helper (dotted or last name).
 */
export function isAssertionCallee(callee: string | null, helpers: ReadonlySet<string>): boolean {
  if (!callee) return false;
  if (ASSERTING_CALLS.has(callee) || helpers.has(callee)) return true;
  const last = lastName(callee);
  return last.startsWith('assert') || OUTPUT_CHECKS.has(last) || helpers.has(last);
}

/**
 * The name a call is judged by: its dotted callee (`self.assertEqual`), or, for a method called on
 * an expression that is no dotted name (`pytester.runpytest().assert_outcomes(…)`,
 * `str(x).fnmatch_lines`), the method's own name. Null for `f()()` and the like.
 */
export function assertionCalleeOf(call: SyntaxNode): string | null {
  const callee = calleeName(call);
  if (callee !== null) return callee;
  const fn = childByField(call, 'function');
  return fn?.type === 'attribute' ? (childByField(fn, 'attribute')?.text ?? null) : null;
}

/** True when the `call` node is an assertion (see `isAssertionCallee`): what the walk counts per test. */
export function isAssertionCall(call: SyntaxNode, helpers: ReadonlySet<string>): boolean {
  return isAssertionCallee(assertionCalleeOf(call), helpers);
}

/**
 * unittest.TestCase assertion methods and the index of their positional `msg` argument, so that
 * `self.assertEqual(a, b, "why")` counts as explained. Deprecated aliases included.
 */
export const UNITTEST_ASSERT_MSG_INDEX: Readonly<Record<string, number>> = {
  assertTrue: 1,
  assertFalse: 1,
  assertIsNone: 1,
  assertIsNotNone: 1,
  assertEqual: 2,
  assertNotEqual: 2,
  assertIs: 2,
  assertIsNot: 2,
  assertIn: 2,
  assertNotIn: 2,
  assertIsInstance: 2,
  assertNotIsInstance: 2,
  assertGreater: 2,
  assertGreaterEqual: 2,
  assertLess: 2,
  assertLessEqual: 2,
  assertRegex: 2,
  assertNotRegex: 2,
  assertCountEqual: 2,
  assertMultiLineEqual: 2,
  assertSequenceEqual: 2,
  assertListEqual: 2,
  assertTupleEqual: 2,
  assertSetEqual: 2,
  assertDictEqual: 2,
  assertDictContainsSubset: 2,
  assertAlmostEqual: 3,
  assertNotAlmostEqual: 3,
  // Deprecated aliases (removed in Python 3.12).
  assert_: 1,
  failUnless: 1,
  failIf: 1,
  assertEquals: 2,
  assertNotEquals: 2,
  failUnlessEqual: 2,
  failIfEqual: 2,
  assertRegexpMatches: 2,
  assertNotRegexpMatches: 2,
  assertAlmostEquals: 3,
  assertNotAlmostEquals: 3,
  failUnlessAlmostEqual: 3,
  failIfAlmostEqual: 3,
};

/** Assertions about exceptions, warnings and logs: a block or a callable, not values. */
const RAISES_METHODS = new Set([
  'assertRaises',
  'assertRaisesRegex',
  'assertRaisesRegexp',
  'assertWarns',
  'assertWarnsRegex',
  'assertLogs',
  'assertNoLogs',
  'failUnlessRaises',
]);
const PYTEST_RAISES = new Set(['pytest.raises', 'pytest.warns', 'pytest.deprecated_call', 'raises', 'warns']);

export interface AssertionInfo {
  node: SyntaxNode;
  /**
   * `assert`: an assert statement; `unittest`: a TestCase value assertion (`self.assertEqual`);
   * `raises`: an exception/warning/log assertion (`pytest.raises`, `self.assertRaises`);
   * `other`: any other assertion call (`mock.assert_called_once()`, `pytest.fail`, a helper).
   */
  kind: 'assert' | 'unittest' | 'raises' | 'other';
  /** The method's last name (`assertEqual`), `assert` for statements. */
  method: string;
  callee: string | null;
  /** The asserted operands: the condition of an `assert`, the positional arguments before `msg` of a unittest method. */
  operands: SyntaxNode[];
  /** Carries an explanation: `assert x, "why"`, `msg=`, or the positional `msg`. */
  hasMessage: boolean;
}

let assertionNode: SyntaxNode | null = null;
let assertionHelpers: ReadonlySet<string> | null = null;
let assertionValue: AssertionInfo | null = null;

/**
 * The assertion a `call` node (or, with `statement`, an `assert_statement`) is, or null when it is
 * none. Visitors know the type they listen to: asking the node would cost a native call.
 */
export function assertionOf(node: SyntaxNode, helpers: ReadonlySet<string>, statement = false): AssertionInfo | null {
  if (node !== assertionNode || helpers !== assertionHelpers) {
    assertionValue = statement ? assertStatementInfo(node) : assertionCallInfo(node, helpers);
    assertionNode = node;
    assertionHelpers = helpers;
  }
  return assertionValue;
}

function assertStatementInfo(node: SyntaxNode): AssertionInfo {
  // Most asserts carry no message: one named child, found without building the list of children.
  if (node.namedChildCount === 1) {
    const only = node.firstNamedChild!;
    if (only.type !== 'comment') return { node, kind: 'assert', method: 'assert', callee: null, operands: [only], hasMessage: false };
  }
  const parts = node.namedChildren.filter((c) => c.type !== 'comment');
  return { node, kind: 'assert', method: 'assert', callee: null, operands: parts.slice(0, 1), hasMessage: parts.length > 1 };
}

function assertionCallInfo(node: SyntaxNode, helpers: ReadonlySet<string>): AssertionInfo | null {
  const dotted0 = calleeName(node);
  const callee = dotted0 ?? assertionCalleeOf(node);
  if (!callee || !isAssertionCallee(callee, helpers)) return null;
  const method = lastName(callee);
  // A chained call (`run().assert_outcomes()`) is only known by its method name: an `other` check.
  if (dotted0 === null) return { node, kind: 'other', method, callee: null, operands: [], hasMessage: false };
  const dotted = callee.length > method.length;
  const raises = PYTEST_RAISES.has(callee) || (dotted && RAISES_METHODS.has(method));
  const msgIndex = dotted && !raises ? UNITTEST_ASSERT_MSG_INDEX[method] : undefined;
  if (!raises && msgIndex === undefined) return { node, kind: 'other', method, callee, operands: [], hasMessage: false };
  // One pass over the arguments: each `type` is a native call.
  const positional: SyntaxNode[] = [];
  let hasMessage = false;
  for (const arg of childByField(node, 'arguments')?.namedChildren ?? []) {
    const type = arg.type;
    if (type === 'keyword_argument') {
      if (!hasMessage && childByField(arg, 'name')?.text === 'msg') hasMessage = true;
    } else if (type === 'list_splat' || type === 'dictionary_splat') {
      hasMessage = true;
    } else if (type !== 'comment') {
      positional.push(arg);
    }
  }
  if (raises) return { node, kind: 'raises', method, callee, operands: positional.slice(0, 1), hasMessage: false };
  return { node, kind: 'unittest', method, callee, operands: positional.slice(0, Math.min(msgIndex!, 2)), hasMessage: hasMessage || positional.length > msgIndex! };
}

/** True for `pytest.skip(...)`, `self.skipTest(...)`, `raise unittest.SkipTest(...)`-style skip calls. */
export function isSkipCall(callee: string | null): boolean {
  if (!callee) return false;
  const last = lastName(callee);
  return callee === 'pytest.skip' || callee === 'skip' || last === 'skipTest' || last === 'SkipTest' || callee === 'pytest.xfail' || callee === 'pytest.importorskip';
}

/**
 * The visitors of a rule that looks at each assertion of a test body: `assert` statements and
 * assertion calls. `onAssertion` gets what the assertion is, its node, and whether it is a statement.
 */
export function assertionVisitors(
  ctx: { readonly inTestBody: boolean; readonly file: { readonly assertionHelpers: ReadonlySet<string> } },
  onAssertion: (a: AssertionInfo, node: SyntaxNode, statement: boolean) => void,
): { assert_statement: (node: SyntaxNode) => void; call: (node: SyntaxNode) => void } {
  const helpers = ctx.file.assertionHelpers;
  const visit = (node: SyntaxNode, statement: boolean): void => {
    if (!ctx.inTestBody) return;
    const a = assertionOf(node, helpers, statement);
    if (a) onAssertion(a, node, statement);
  };
  return { assert_statement: (node) => visit(node, true), call: (node) => visit(node, false) };
}
