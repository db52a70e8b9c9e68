/**
 * Where a literal is test data rather than configuration: the value an assertion compares, a
 * decorator's argument (`parametrize` cases), a row of a table of cases, or the argument of a call
 * that only parses or builds a value (`urlparse(…)`, `httpx.URL(…)`). A literal there describes the
 * input or the expected output of the code under test; it addresses nothing.
 */
import type { SyntaxNode } from 'tree-sitter';
import { calleeName, lastName } from './python.js';
import { isAssertionCall } from './smells/assertions.js';

const COLLECTIONS = new Set(['list', 'tuple', 'set', 'dictionary']);
const SEQUENCES = new Set(['list', 'tuple', 'set']);
/** Where the search for an enclosing context stops: the statement (or definition) holding the literal. */
const STOPS = new Set(['expression_statement', 'return_statement', 'function_definition', 'class_definition', 'module', 'block']);

export interface DataContexts {
  /** Calls whose arguments are data, by last name (`urlparse`, `URL`). */
  calls: ReadonlySet<string>;
  /** Assertion helpers from configuration. */
  assertionHelpers: ReadonlySet<string>;
}

/**
 * The data context `node` sits in, as a short phrase (`an assertion`, `a decorator`, `a table of
 * cases`, `` `urlparse(…)` ``), or null when it is none of them.
 */
export function dataContextOf(node: SyntaxNode, contexts: DataContexts): string | null {
  let collectionDepth = 0;
  for (let up = node.parent; up; up = up.parent) {
    const type = up.type;
    if (type === 'assert_statement') return 'an assertion';
    if (type === 'decorator') return 'a decorator';
    if (COLLECTIONS.has(type)) {
      // A sequence of rows (`[("http://a:1", True), …]`, `[{"url": …}, …]`): cases the test loops
      // over. Nested dictionaries alone are configuration, not a table.
      if (++collectionDepth >= 2 && SEQUENCES.has(type)) return 'a table of cases';
    } else if (type === 'argument_list' && up.parent?.type === 'call') {
      const callee = calleeName(up.parent);
      if (isAssertionCall(up.parent, contexts.assertionHelpers)) return 'an assertion';
      if (callee && contexts.calls.has(lastName(callee))) return `\`${callee}(…)\``;
    } else if (STOPS.has(type)) {
      return null;
    }
  }
  return null;
}
