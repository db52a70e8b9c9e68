import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { ClassScope, DecoratorFact, TestScope } from '../facts.js';
import { calleeName, childByField, keywordArgument, parameterNames, positionalArguments, stringValue } from '../python.js';
import { defineRule } from '../rule.js';
import { isSkipCall } from '../smells/assertions.js';
import { firstExecutable, isSkipStatement } from '../smells/syntax.js';

/** The reason a skip decorator gives: a string, `'?'` for a non-literal expression, `''` for none. */
function skipReason(d: DecoratorFact): string {
  if (d.node.type !== 'call') return '';
  const arg = keywordArgument(d.node, 'reason') ?? positionalArguments(d.node)[0];
  if (!arg) return '';
  const value = stringValue(arg);
  return value === null ? '?' : value.trim();
}

/** The statement that skips the test unconditionally as the first thing it does, if any. */
function leadingSkip(test: TestScope): SyntaxNode | null {
  const first = firstExecutable(test.body);
  if (!first || first.type === 'return_statement' || !isSkipStatement(first)) return null;
  if (first.type === 'expression_statement') {
    const callee = calleeName(first.firstNamedChild!);
    if (callee === 'pytest.importorskip' || callee === 'pytest.xfail' || !isSkipCall(callee)) return null;
  }
  return first;
}

/** The reason a skipping statement gives (`raise SkipTest("…")`, `self.skipTest("…")`, `pytest.skip(reason=…)`), `''` for none. */
function statementReason(stmt: SyntaxNode): string {
  const call = stmt.type === 'raise_statement' ? stmt.firstNamedChild : stmt.type === 'expression_statement' ? stmt.firstNamedChild : null;
  if (call?.type !== 'call') return '';
  const arg = keywordArgument(call, 'reason') ?? keywordArgument(call, 'msg') ?? positionalArguments(call)[0];
  if (!arg) return '';
  const value = stringValue(arg);
  return value === null ? '?' : value.trim();
}

/**
 * `testX = _justAccept` or `testX = cpython_only(testY)` in the block: a test bound by assignment,
 * whose client half (`_testX`, run by a ThreadableTest-style base through `getattr`) is not disabled.
 */
function assignedIn(block: SyntaxNode | null, name: string): boolean {
  for (const stmt of block?.namedChildren ?? []) {
    const expr = stmt.type === 'expression_statement' ? stmt.firstNamedChild : null;
    if (expr?.type === 'assignment' && expr.childForFieldName('left')?.text === name) return true;
  }
  return false;
}

/** Occurrences of `name` in `text` as a whole word. */
function countWord(text: string, name: string): number {
  let n = 0;
  const re = new RegExp(`(?<![\\w])${name.replace(/[$]/g, '\\$&')}(?![\\w])`, 'g');
  while (re.exec(text)) n++;
  return n;
}

export default defineRule({
  meta: {
    id: 'ignored-test',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test is switched off without saying why: `@pytest.mark.skip`/`@unittest.skip` without a reason, an unconditional `pytest.skip()`/`self.skipTest()`/`raise SkipTest()` without a reason as its first statement, or a test disabled by renaming (`_test_x`, `disabled_test_x`) (PyNose: Ignored Test).',
    why: 'An ignored test still reads like coverage. Without a reason nobody knows whether it can be re-enabled; a skip hidden in the body or a renamed function does not even show up as skipped until it runs, or at all.',
    howToFix: 'Give every skip a reason that says when it can go (`@pytest.mark.skip(reason="flaky until #1234 is fixed")`), put unconditional skips on the decorator, and delete tests that are never coming back.',
    notReported: 'Conditional skips (`skipif`, a skip inside an `if`).',
    options: z
      .object({
        disabledPrefixes: z
          .array(z.string())
          .default(['_test', 'disabled_', 'DISABLED_'])
          .describe('Name prefixes that disable a test by renaming it. A function with such a name counts only when it takes no parameters besides `self`, nothing in the file refers to it, and no test next to it has its name without the leading underscores (`_testPeek` beside `testPeek`, or beside `testPeek = _justAccept`, is the other half of a test).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'import pytest\n\n@pytest.mark.skip\ndef test_export_to_csv(report):\n    assert report.to_csv()',
      valid: 'import pytest\n\n@pytest.mark.skip(reason="CSV export is disabled until #812 lands")\ndef test_export_to_csv(report):\n    assert report.to_csv()',
    },
  },
  create(ctx) {
    const prefixes = ctx.options.disabledPrefixes;
    const renamed: Array<{ node: SyntaxNode; name: string; where: string; scope: string; block: SyntaxNode | null }> = [];
    const reportDecorators = (decorators: readonly DecoratorFact[], what: string): void => {
      for (const d of decorators) {
        if (d.skip !== 'skip' || skipReason(d) !== '') continue;
        ctx.report({ node: d.node, message: `\`@${d.name ?? 'skip'}\` without a reason on ${what}: the report shows it skipped but not why or until when.` });
      }
    };
    return {
      'test:enter'(test: TestScope) {
        reportDecorators(test.decorators, `test \`${test.qualifiedName}\``);
        const skip = leadingSkip(test);
        // `raise unittest.SkipTest("IocpEventLoop has no add_reader()")`: it says why, and the run shows it.
        if (skip && statementReason(skip) === '') {
          ctx.report({
            node: skip,
            message: `Test \`${test.qualifiedName}\` skips itself unconditionally as its first statement: it never runs, and is not shown as skipped until run; put the skip on a decorator with a reason, or delete the test.`,
          });
        }
      },
      'class:exit'(cls: ClassScope) {
        if (cls.collected) reportDecorators(cls.decorators, `test class \`${cls.qualifiedName}\``);
      },
      function_definition(node: SyntaxNode) {
        if (ctx.test || prefixes.length === 0) return;
        const name = childByField(node, 'name')?.text ?? '';
        if (!prefixes.some((p) => name.startsWith(p))) return;
        let up = node.parent;
        if (up?.type === 'decorated_definition') up = up.parent;
        const cls = ctx.currentClass;
        const atModule = up?.type === 'module';
        const inCollectedClass = cls !== null && cls.collected && up?.parent?.startIndex === cls.node.startIndex;
        if (!atModule && !inCollectedClass) return;
        const params = parameterNames(node);
        if (params.length > (inCollectedClass ? 1 : 0)) return;
        renamed.push({
          node: childByField(node, 'name') ?? node,
          name,
          where: inCollectedClass ? `\`${cls!.qualifiedName}\`` : 'this module',
          scope: inCollectedClass ? cls!.qualifiedName : '',
          block: inCollectedClass ? childByField(cls!.node, 'body') : up ?? null,
        });
      },
      'module:exit'() {
        const text = ctx.file.text;
        const testNames = new Set(ctx.file.tests.map((t) => `${t.cls?.qualifiedName ?? ''}:${t.name}`));
        for (const r of renamed) {
          // `_testPeek` next to `testPeek`: the other half of a test (a client thread's part, run through `getattr`).
          const half = r.name.replace(/^_+/, '');
          if (testNames.has(`${r.scope}:${half}`) || assignedIn(r.block, half)) continue;
          // Referred to elsewhere (called, or passed on): a helper, not a disabled test.
          if (countWord(text, r.name) > 1) continue;
          // Looked up by a computed name (`getattr(self, "_test_" + kind)`).
          if (prefixes.some((p) => r.name.startsWith(p) && (text.includes(`'${p}`) || text.includes(`"${p}`)))) continue;
          ctx.report({ node: r.node, message: `\`${r.name}\` in ${r.where} looks like a test disabled by renaming: pytest does not collect it and no report lists it; skip it with a reason, or delete it.` });
        }
      },
    };
  },
});
