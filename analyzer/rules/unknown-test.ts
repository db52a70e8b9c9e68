import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { calleeName, lastName } from '../python.js';
import { defineRule } from '../rule.js';
import { assertionOf } from '../smells/assertions.js';
import { assignmentLeft, assignmentRight, firstExecutable, isSkipStatement, testNameNode } from '../smells/syntax.js';

/** What a test does that may assert, gathered while the walk is inside it. */
interface TestRecord {
  test: TestScope;
  asserts: boolean;
  /** Last names of everything it calls (`check` for `self.check(…)`, `check(…)` and `support.check(…)`). */
  calls: Set<string>;
  /** Methods it calls on `self`. */
  selfCalls: Set<string>;
  /** Local names bound to an assertion method (`eq = self.assertEqual`). */
  aliases: Set<string>;
}

/** `self.assertEqual`, `self.ndiffAssertEqual`, `self.fail`: a method that asserts, by its name. */
const ASSERTION_METHOD = /^(assert|fail)|Assert|_assert/;

/** unittest.TestCase's own non-assertion methods: calling them says nothing about assertions. */
const TESTCASE_API = new Set([
  'skipTest', 'subTest', 'addCleanup', 'enterContext', 'doCleanups', 'id', 'shortDescription', 'run', 'debug',
  'countTestCases', 'defaultTestResult', 'addTypeEqualityFunc', 'setUp', 'tearDown', 'setUpClass', 'tearDownClass',
]);

const RAISES_FAILURE = /^raise\s+(AssertionError|self\.failureException|\w+\.failureException|[\w.]*TestFailed)\b/;
/** Names of helpers that check something, by convention: `check_output`, `verify`, `expect_error`, `_assert_ok`. */
const ASSERTING_NAME = /^_*(check|verify|expect|ensure|validate|assert)/i;
/** Source text of a helper that asserts (or fails, or hands the test case on to something that may). */
const ASSERTING_CODE = /\bassert|\b(no_)?(fnmatch|re_match)_lines?\b|\bfail\w*\(|\bpytest\.(raises|warns|fail)\b|\braise\s+(AssertionError|self\.failureException|[\w.]*(TestFailed|Failure)\b)|[(,]\s*self\s*[,)]/;
/** pytester loads the conftest it wrote in the test's own process: its assertions run in the test. */
const LOADS_WRITTEN_CHECKS = /\bmakeconftest\s*\([\s\S]*\b(parseconfig|parseconfigure)\s*\(/;
const SELF_REFERENCE = /\bself\.([A-Za-z_]\w*)\b(?!\s*\()/g;
const CALLED_NAME = /([A-Za-z_]\w*)\s*\(/g;

/** Names of the functions and methods of the file that assert, directly or through each other. */
function assertingHelpers(helpers: ReadonlyArray<{ name: string; code: string }>): Set<string> {
  const asserting = new Set<string>();
  const calls = new Map<string, string[]>();
  for (const h of helpers) {
    if (ASSERTING_CODE.test(h.code)) asserting.add(h.name);
    else calls.set(h.name, [...h.code.matchAll(CALLED_NAME)].map((m) => m[1]!));
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, called] of calls) {
      if (asserting.has(name) || !called.some((n) => asserting.has(n) || ASSERTING_NAME.test(n))) continue;
      asserting.add(name);
      changed = true;
    }
  }
  return asserting;
}

export default defineRule({
  meta: {
    id: 'unknown-test',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test with no assertion of any kind: no `assert`, `pytest.raises`/`warns`, `self.assert*`/`self.fail`, `mock.assert_called*`, configured assertion helper, nor a call of a function in the file that asserts (PyNose/tsDetect: Unknown Test).',
    why: 'A test without an assertion passes whenever the code does not raise: it executes the code but verifies nothing about what it did, and it keeps passing after the behaviour breaks.',
    howToFix: 'Assert on the outcome (the return value, the state after the call, the emitted event). If the helper you call asserts, name it in `assertionHelpers` in the configuration.',
    notReported: 'Tests whose assertions are in what they call. Calls of functions defined in the file that assert (directly or through other functions; other tests too), of helpers named `check*`/`verify*`/`expect*`/`ensure*`/`validate*`, of functions that receive `self`, of local aliases of assertion methods (`eq = self.assertEqual`), methods of the file that assert handed on as callbacks (`parser.Handler = self.check_start`), tests wrapped by a decorator of the file that asserts, tests that write a conftest with assertions and load it in-process (`pytester.makeconftest(…)` then `parseconfig()`), and of methods a class inherits from a base outside the file count as assertions; empty tests are left to `empty-test`.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_export(report):\n    report.export("out.csv")',
      valid: 'def test_export(report, tmp_path):\n    path = report.export(tmp_path / "out.csv")\n    assert path.read_text().startswith("id,amount")',
    },
  },
  create(ctx) {
    const helpers = ctx.file.assertionHelpers;
    const records: TestRecord[] = [];
    // Functions and methods outside tests, judged by their text only if some test needs them.
    const callables: SyntaxNode[] = [];
    let depth = 0;
    let current: TestRecord | null = null;
    return {
      function_definition(node: SyntaxNode) {
        if (depth++ === 0 && !ctx.test) callables.push(node);
      },
      'function_definition:exit'() {
        depth--;
      },
      'test:enter'(test: TestScope) {
        current = { test, asserts: false, calls: new Set(), selfCalls: new Set(), aliases: new Set() };
        records.push(current);
      },
      'test:exit'() {
        current = null;
      },
      assert_statement() {
        if (current) current.asserts = true;
      },
      assignment(node: SyntaxNode) {
        if (!current || current.asserts || !ctx.inTestBody) return;
        // The right side first: it rules out most assignments without building the left.
        const right = assignmentRight(node);
        if (right?.type !== 'attribute' && right?.type !== 'identifier') return;
        const left = assignmentLeft(node);
        if (left?.type !== 'identifier') return;
        if (ASSERTION_METHOD.test(lastName(right.text))) current.aliases.add(left.text);
      },
      raise_statement(node: SyntaxNode) {
        if (current && !current.asserts && RAISES_FAILURE.test(node.text)) current.asserts = true;
      },
      call(node: SyntaxNode) {
        if (!current || current.asserts) return;
        if (assertionOf(node, helpers)) {
          current.asserts = true;
          return;
        }
        const callee = calleeName(node);
        if (!callee) return;
        const name = lastName(callee);
        // `eq = self.assertEqual` … `eq(a, b)`.
        if (current.aliases.has(callee)) {
          current.asserts = true;
          return;
        }
        current.calls.add(name);
        if (callee === `self.${name}`) current.selfCalls.add(name);
      },
      'module:exit'() {
        const silent = records.filter((r) => !r.asserts && ![...r.calls].some((n) => ASSERTING_NAME.test(n)));
        if (silent.length === 0) return;
        const code = (n: SyntaxNode): string => n.childForFieldName('body')?.text ?? '';
        const named = callables.map((n) => ({ name: n.childForFieldName('name')?.text ?? '', code: code(n) }));
        // A test may run another one as a template (`self.test_open_template(protocol=0)`): only
        // the tests some silent test calls are read.
        const called = new Set(silent.flatMap((r) => [...r.calls]));
        const tests = records.filter((r) => called.has(r.test.name)).map((r) => ({ name: r.test.name, code: r.test.body?.text ?? '' }));
        const asserting = assertingHelpers([...named, ...tests]);
        const defined = new Set(named.map((c) => c.name));
        for (const r of silent) {
          const test = r.test;
          const first = firstExecutable(test.body);
          if (!first || isSkipStatement(first)) continue;
          if ([...r.calls].some((n) => asserting.has(n))) continue;
          // A method that asserts, handed on as a callback (`parser.StartElementHandler = self.StartElementHandler`).
          if ([...code(test.node).matchAll(SELF_REFERENCE)].some((m) => asserting.has(m[1]!))) continue;
          // `@jump_test(1, 3, [3])`: a decorator of the file that turns the function into a checked case.
          if (test.decorators.some((d) => d.marker === null && d.name !== null && asserting.has(lastName(d.name)))) continue;
          // Handing the test case to a function (`check_output(self, …)`) lets it assert through it.
          if (/[(,]\s*self\s*[,)]/.test(code(test.node))) continue;
          // pytester: a conftest written with assertions, then loaded in this process
          // (`parseconfig()`): a failing assertion there fails the test.
          if (LOADS_WRITTEN_CHECKS.test(code(test.node)) && /\bassert\b|raise AssertionError/.test(code(test.node))) continue;
          // A method the class inherits from a base outside this file may well assert.
          const inheritsHelpers = test.cls !== null && test.cls.bases.some((b) => !/(^|\.)(TestCase|IsolatedAsyncioTestCase|object)$/.test(b));
          if (inheritsHelpers && [...r.selfCalls].some((n) => !defined.has(n) && !TESTCASE_API.has(n))) continue;
          ctx.report({
            node: testNameNode(test),
            message: `Test \`${test.qualifiedName}\` asserts nothing: it passes whenever the code does not raise; assert on the outcome.`,
          });
        }
      },
    };
  },
});
