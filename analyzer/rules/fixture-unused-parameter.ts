import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { DecoratorFact, TestScope } from '../facts.js';
import { keywordArgument, positionalArguments, stringValue } from '../python.js';
import { defineRule } from '../rule.js';
import { unparenthesized } from '../smells/syntax.js';
import { fixturesUsed } from '../smells/test-metrics.js';

/** Argument names a `parametrize` mark provides (`"a, b"`, `["a", "b"]`, `("a", "b")`). */
function parametrizedNames(decorators: readonly DecoratorFact[]): string[] {
  const out: string[] = [];
  for (const d of decorators) {
    if (d.marker !== 'parametrize' || d.node.type !== 'call') continue;
    const written = keywordArgument(d.node, 'argnames') ?? positionalArguments(d.node)[0];
    if (!written) continue;
    // `("value,output")` is the string in parentheses, not a tuple.
    const arg = unparenthesized(written);
    const items = arg.type === 'list' || arg.type === 'tuple' ? arg.namedChildren : [arg];
    for (const item of items) {
      const v = stringValue(item);
      if (v) out.push(...v.split(',').map((s) => s.trim()).filter(Boolean));
    }
  }
  return out;
}

/** The parameter node named `name` in a function definition. */
function parameterNode(fn: SyntaxNode, name: string): SyntaxNode | null {
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const id = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.firstNamedChild);
    if (id?.type === 'identifier' && id.text === name) return p;
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'fixture-unused-parameter',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A pytest test requests a fixture as a parameter and never uses it.',
    why: 'An unused fixture still runs: it slows the test, may set up state the test does not need (a database, a server), and tells the reader the test depends on something it does not. When the fixture is needed only for its side effect, the signature hides that intent.',
    howToFix: 'Remove the parameter, or, when the fixture is wanted for its side effect, request it with `@pytest.mark.usefixtures("name")` (or name it with a leading underscore).',
    notReported: 'Parametrised arguments, parameters with a default value (pytest does not request them), `_`-prefixed names, fixtures listed in `sideEffectFixtures`, and tests with decorators that inject arguments (`mock.patch`, `hypothesis.given`).',
    options: z
      .object({
        sideEffectFixtures: z
          .array(z.string())
          .default(['db', 'transactional_db', 'django_db_setup', 'django_db_reset_sequences', 'django_db_serialized_rollback', 'event_loop', 'anyio_backend', 'freezer', 'live_server', 'celery_worker'])
          .describe('Fixtures that are requested for their side effect by convention (pytest-django, pytest-asyncio, pytest-freezer…).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_total(cart, tmp_path):\n    assert cart.total() == 0',
      valid: 'import pytest\n\n@pytest.mark.usefixtures("clean_db")\ndef test_total(cart):\n    assert cart.total() == 0',
    },
  },
  create(ctx) {
    // Tests whose arguments are generated at collection time: any parameter may be one.
    if (/\bpytest_generate_tests\b|pytestmark\s*=[^\n]*parametrize/.test(ctx.file.text)) return {};
    const sideEffect = new Set(ctx.options.sideEffectFixtures);
    return {
      'test:exit'(test: TestScope) {
        if (test.style !== 'pytest' || test.fixtures.length === 0 || !test.body) return;
        // Decorators other than marks (`@patch`, `@given`, a custom wrapper) may supply arguments.
        if (test.decorators.some((d) => d.marker === null)) return;
        if (/\b(locals|vars)\(\)/.test(test.body.text)) return;
        const provided = new Set([
          ...parametrizedNames(test.decorators),
          ...(test.cls ? parametrizedNames(test.cls.decorators) : []),
        ]);
        // `def test_x(self, …)` outside a class: a method defined at module level, not a pytest test.
        if (!test.cls && test.fixtures[0] === 'self') return;
        const used = new Set(fixturesUsed(test));
        for (const name of test.fixtures) {
          if (used.has(name) || provided.has(name) || name.startsWith('_') || sideEffect.has(name)) continue;
          const param = parameterNode(test.node, name);
          // pytest does not request parameters with a default value (`iterations=10`).
          if (param && (param.type === 'default_parameter' || param.type === 'typed_default_parameter')) continue;
          ctx.report({
            ...(param ? { node: param } : { line: test.line }),
            message: `Test \`${test.qualifiedName}\` requests the fixture \`${name}\` but never uses it; remove it, or use \`@pytest.mark.usefixtures("${name}")\` if only its side effect is needed.`,
          });
        }
      },
    };
  },
});
