import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { calleeName, lastName } from '../python.js';
import { defineRule } from '../rule.js';
import { isSkipStatement, statementsOf } from '../smells/syntax.js';

/** The exception a `raise` statement raises, by name (`ValueError`, `self.failureException`), or null for a bare `raise`. */
function raisedName(stmt: SyntaxNode): string | null {
  const raised = stmt.firstNamedChild;
  if (!raised) return null;
  const target = raised.type === 'call' ? raised.childForFieldName('function') : raised;
  return target?.text ?? '';
}

/** Raising these is failing the test by hand (an assertion) or skipping it, not exception handling. */
const ASSERTING_RAISES = /(^|\.)(AssertionError|failureException|SkipTest|Skipped)$/;

/** A bare `raise`, or a raise that fails or skips the test. */
function isPassThroughRaise(stmt: SyntaxNode): boolean {
  if (stmt.type !== 'raise_statement') return false;
  const name = raisedName(stmt);
  return name === null || ASSERTING_RAISES.test(name);
}

/** `if e.errno != errno.ENOSYS: raise` (no else): lets every other error through. */
function isReraiseGuard(stmt: SyntaxNode): boolean {
  if (stmt.type !== 'if_statement' || stmt.childForFieldName('alternative')) return false;
  const body = statementsOf(stmt.childForFieldName('consequence'));
  return body.length > 0 && body.every((s) => isPassThroughRaise(s) || isSkipStatement(s));
}

/**
 * The handler re-raises (`except: cleanup(); raise`) or only skips, possibly after re-raising the
 * errors it does not expect (`if e.errno != ENOSYS: raise` then `self.skipTest(…)`): it neither
 * swallows nor checks the error.
 */
function isPassThroughHandler(clause: SyntaxNode): boolean {
  const block = clause.namedChildren.find((c) => c.type === 'block');
  const body = statementsOf(block);
  const last = body[body.length - 1];
  if (!last) return false;
  if (isPassThroughRaise(last)) return true;
  return isSkipStatement(last) && body.every((s) => isSkipStatement(s) || isReraiseGuard(s));
}

/** The exception classes a handler names (`except (A, b.B) as e` → A, b.B); empty for a bare `except:`. */
function caughtNames(clause: SyntaxNode): string[] {
  let caught = clause.namedChildren.find((c) => c.type !== 'block' && c.type !== 'comment') ?? null;
  if (caught?.type === 'as_pattern') caught = caught.firstNamedChild;
  if (!caught) return [];
  const items = caught.type === 'tuple' || caught.type === 'parenthesized_expression' ? caught.namedChildren : [caught];
  return items.map((c) => c.text);
}

/** `self.fail(…)`, `pytest.fail(…)`, `raise AssertionError(…)`: the statement fails the test. */
function isFailStatement(stmt: SyntaxNode): boolean {
  if (stmt.type === 'raise_statement') return ASSERTING_RAISES.test(raisedName(stmt) ?? '') && !/Skip/.test(raisedName(stmt) ?? '');
  if (stmt.type !== 'expression_statement') return false;
  const expr = stmt.firstNamedChild;
  return expr?.type === 'call' && /^(self\.fail|pytest\.fail|fail)$/.test(calleeName(expr) ?? '');
}

/**
 * The handler turns the error into a test failure (`except OSError: self.fail("…")`): the test
 * asserts that nothing is raised, there is no exception to expect with `pytest.raises`.
 */
function isFailingHandler(clause: SyntaxNode): boolean {
  const body = statementsOf(clause.namedChildren.find((c) => c.type === 'block'));
  return body.length > 0 && body.every(isFailStatement);
}

const IMPORT_ERRORS = /(^|\.)(ImportError|ModuleNotFoundError)$/;
/** Calls that release resources: a `try` around only these, with a handler that passes, is best-effort cleanup. */
const CLEANUP_CALL = /(^|\.)(remove|unlink|rmdir|rmtree|removedirs|close|kill|terminate|cleanup|shutdown|unregister|delete)$/;

/** `try: import x except ImportError: …`: an optional dependency, not an expected error. */
function isOptionalImport(body: readonly SyntaxNode[], handlers: readonly SyntaxNode[]): boolean {
  const isImport = (s: SyntaxNode): boolean => s.type === 'import_statement' || s.type === 'import_from_statement';
  // `import tracemalloc; has_tracemalloc = True`: the flag records the import's outcome.
  if (!body.some(isImport) || !body.every((s) => isImport(s) || assignedTargets(s) !== null)) return false;
  return handlers.every((h) => {
    const names = caughtNames(h);
    return names.length > 0 && names.every((n) => IMPORT_ERRORS.test(n));
  });
}

/** `try: os.unlink(path) except OSError: pass`: best-effort cleanup, not a check of the code under test. */
function isBestEffortCleanup(body: readonly SyntaxNode[], handlers: readonly SyntaxNode[]): boolean {
  const cleanupOnly = body.every((s) => {
    const expr = s.type === 'expression_statement' ? s.firstNamedChild : null;
    return expr?.type === 'call' && CLEANUP_CALL.test(calleeName(expr) ?? '');
  });
  return cleanupOnly && handlers.every((h) => statementsOf(h.namedChildren.find((c) => c.type === 'block')).every((s) => s.type === 'pass_statement'));
}

/** `del sys.last_exc`, `del obj.attr`: resetting state, not exercising the code under test. */
const isReset = (s: SyntaxNode): boolean => s.type === 'delete_statement';

/** The names an assignment statement binds (`port = …`, `self.port = …`), or null for anything else. */
function assignedTargets(stmt: SyntaxNode): string[] | null {
  const expr = stmt.type === 'expression_statement' ? stmt.firstNamedChild : null;
  if (expr?.type !== 'assignment') return null;
  const left = expr.childForFieldName('left');
  return left ? [left.text] : null;
}

/**
 * A tolerance handler: the `try` only obtains a value or resets state, and the handler falls back
 * (`try: port = getservbyname("http") except OSError: port = None`, `try: del sys.last_exc except
 * AttributeError: pass`). The statement is setup or cleanup the test can do without; the error
 * is not what the test expects, so there is nothing to give to `pytest.raises`.
 */
function isTolerance(body: readonly SyntaxNode[], handlers: readonly SyntaxNode[]): boolean {
  if (body.length === 0) return false;
  const handlerBodies = handlers.map((h) => statementsOf(h.namedChildren.find((c) => c.type === 'block')));
  if (body.every(isReset)) return handlerBodies.every((b) => b.every((s) => s.type === 'pass_statement'));
  if (body.length !== 1) return false;
  const targets = assignedTargets(body[0]!);
  if (!targets) return false;
  return handlerBodies.every((b) => b.length > 0 && b.every((s) => s.type === 'pass_statement' || (assignedTargets(s)?.every((t) => targets.includes(t)) ?? false)));
}

/**
 * The `try` exercises Python's exception machinery itself: its body raises (`try: raise E(…)`,
 * `try: 1 / 0`) to manufacture an exception object, or nests another `try`, or the handler is an
 * `except*`. The statement is the test's input, not a hand-written `pytest.raises`.
 */
function exercisesMachinery(body: readonly SyntaxNode[], handlers: readonly SyntaxNode[]): boolean {
  if (handlers.some((h) => h.type === 'except_group_clause')) return true;
  return body.some((s) => s.type === 'raise_statement' || s.type === 'try_statement' || (s.type === 'expression_statement' && /^\d+\s*(\/\/?|%)\s*0$/.test(s.text)));
}

/** Calls that read the exception being handled: the code under test needs one in flight. */
const CAPTURES_CURRENT = /(^|\.)(from_current|exc_info|format_exc|print_exc|exception)$/;

/**
 * Every handler reads the exception in flight (`ExceptionInfo.from_current()`, `sys.exc_info()`,
 * `traceback.format_exc()`): what the test checks runs inside the handler, which `pytest.raises`
 * cannot provide.
 */
function capturesCurrent(handlers: readonly SyntaxNode[]): boolean {
  return handlers.every((h) => h.descendantsOfType('call').some((c) => CAPTURES_CURRENT.test(calleeName(c) ?? '')));
}

/** The node is inside the `finally:` of a `try` in the test body: cleanup, whatever it catches. */
function insideFinally(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  for (let up = node.parent; up && up.startIndex >= stop; up = up.parent) {
    const type = up.type;
    if (type === 'finally_clause') return true;
    if (type === 'function_definition') return false;
  }
  return false;
}

/**
 * The `raise` is inside a `with` block (the exception is the input of the context manager under
 * test) or a `try` statement (which this rule judges as a whole). Raises are rare: walking up their
 * few ancestors is cheaper than tracking every `with` of every test.
 */
function insideWithOrTry(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  for (let up = node.parent; up && up.startIndex >= stop; up = up.parent) {
    const type = up.type;
    if (type === 'with_statement' || type === 'try_statement') return true;
    if (type === 'function_definition') return false;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'exception-handling',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test catches exceptions with `try`/`except`, or raises one itself, instead of using `pytest.raises` / `self.assertRaises` (PyNose/tsDetect: Exception Handling).',
    why: 'Hand-written exception checks are easy to get wrong: without an `else: fail(...)` the test passes when nothing is raised, a broad `except` swallows the real failure, and the test\'s outcome depends on control flow the reader has to trace.',
    howToFix: 'Expect the exception with `with pytest.raises(ValueError, match="…") as exc_info:` or `with self.assertRaises(ValueError) as cm:`, then assert on `exc_info.value` / `cm.exception`.',
    notReported: '`try`/`finally` without `except`, handlers that only skip or re-raise (also after re-raising the errors they do not expect), handlers that only fail the test (`except OSError: self.fail(…)`: nothing is expected to be raised), optional imports (`try: import x except ImportError`), best-effort cleanup (`try: os.unlink(p) except OSError: pass`, anything in a `finally:`), tolerance handlers around setup or a reset (`try: port = getservbyname("http") except OSError: port = None`, `try: del sys.last_exc except AttributeError: pass`), handlers that read the exception in flight (`ExceptionInfo.from_current()`, `sys.exc_info()`, `traceback.format_exc()`: the code under test runs in the handler), a `try` that exercises the exception machinery itself (its body raises, as in `try: 1 / 0`, or nests a `try`; `except*`), `raise` inside a `with` block (the exception is the input of the context manager under test), and `raise AssertionError`/`SkipTest`.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_rejects_negative_amount(account):\n    try:\n        account.deposit(-5)\n    except ValueError:\n        pass',
      valid: 'import pytest\n\ndef test_rejects_negative_amount(account):\n    with pytest.raises(ValueError, match="positive"):\n        account.deposit(-5)',
    },
  },
  create(ctx) {
    const text = ctx.file.text;
    if (!text.includes('try') && !text.includes('raise')) return {};
    return {
      try_statement(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const handlers = node.namedChildren.filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause');
        if (handlers.length === 0) return;
        if (handlers.every((h) => isPassThroughHandler(h) || isFailingHandler(h))) return;
        const body = statementsOf(node.childForFieldName('body'));
        if (exercisesMachinery(body, handlers) || capturesCurrent(handlers)) return;
        if (isOptionalImport(body, handlers) || isBestEffortCleanup(body, handlers) || isTolerance(body, handlers)) return;
        if (insideFinally(node, ctx.test!.body)) return;
        const test = ctx.test!;
        const tool = test.style === 'unittest' ? '`self.assertRaises`' : '`pytest.raises`';
        const caught = handlers.map((h) => h.namedChildren.find((c) => c.type !== 'block' && c.type !== 'comment')?.text ?? 'everything');
        ctx.report({
          line: node.startPosition.row + 1,
          column: node.startPosition.column + 1,
          message: `Test \`${test.qualifiedName}\` catches ${caught.map((c) => (c === 'everything' ? c : `\`${c.replace(/\s+as\s+\w+$/, '')}\``)).join(', ')} by hand; expect the exception with ${tool} instead.`,
        });
      },
      raise_statement(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const name = raisedName(node);
        if (name === null || ASSERTING_RAISES.test(name)) return;
        if (insideWithOrTry(node, ctx.test!.body)) return;
        const raised = node.firstNamedChild;
        if (raised?.type === 'call' && /(^|\.)(fail|skip)$/.test(lastName(calleeName(raised) ?? ''))) return;
        ctx.report({ node, message: `Test \`${ctx.test!.qualifiedName}\` raises \`${name}\` itself; fail with an assertion, or expect exceptions with ${ctx.test!.style === 'unittest' ? '`self.assertRaises`' : '`pytest.raises`'}.` });
      },
    };
  },
});
