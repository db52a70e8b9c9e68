import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { bindingsOf, resolveName } from '../imports.js';
import { calleeName } from '../python.js';
import { isInterruptedWork } from '../waits.js';
import { defineRule } from '../rule.js';

const ASYNC_MARKERS = ['asyncio', 'anyio', 'trio'];
const LOOP_RUNNERS = /(^|\.)(run_until_complete|run_forever)$/;

/**
 * A test with a runner that owns an event loop: a pytest test, or a test of an
 * `IsolatedAsyncioTestCase`. A plain `unittest.TestCase` has no loop of its own: driving one by hand
 * is how it runs async code (or the loop is what it tests), and `async def` would not run there.
 */
function runnerOwnsLoop(test: TestScope): boolean {
  return test.style === 'pytest' || (test.cls?.bases.some((b) => /(^|\.)IsolatedAsyncioTestCase$/.test(b)) ?? false);
}

export default defineRule({
  meta: {
    id: 'async-hygiene',
    category: 'async-hygiene',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'Async tests are marked for their runner, never block the event loop with `time.sleep`, and never drive an event loop by hand.',
    why: 'Under pytest-asyncio\'s default strict mode an unmarked `async def` test is skipped, not run; `time.sleep` in a coroutine freezes every task; `asyncio.run()` inside a test fights the runner\'s loop and hides leaks.',
    howToFix: 'Mark async tests (`pytestmark = pytest.mark.asyncio`, or `asyncio_mode = auto`), `await asyncio.sleep(...)` instead of `time.sleep(...)`, and make the test `async def` instead of calling `asyncio.run()`.',
    notReported: 'A loop driven by a test of a plain `unittest.TestCase`: it has no runner loop to fight, and `async def` does not run there (use `IsolatedAsyncioTestCase` when the test only needs a loop).',
    options: z
      .object({
        asyncioMode: z
          .enum(['strict', 'auto'])
          .default('strict')
          .describe("pytest-asyncio's mode; in `auto` mode async tests need no marker. Read from the suite's pytest configuration when present."),
      })
      .strict(),
    categories: null,
    noqa: ['ASYNC251'],
    examples: {
      invalid: 'import asyncio, time\n\nasync def test_events(bus):\n    time.sleep(0.5)\n    assert await bus.next()',
      valid: 'import asyncio, pytest\n\n@pytest.mark.asyncio\nasync def test_events(bus):\n    await asyncio.sleep(0.5)\n    assert await bus.next()',
    },
  },
  create(ctx) {
    const text = ctx.file.text;
    if (!text.includes('async') && !text.includes('asyncio')) return {};
    // The enclosing functions, innermost last: the node for `async def`, null for `def` and lambdas.
    const functions: Array<SyntaxNode | null> = [];
    return {
      function_definition(node: SyntaxNode) {
        functions.push(node.firstChild?.type === 'async' ? node : null);
      },
      'function_definition:exit'() {
        functions.pop();
      },
      lambda() {
        functions.push(null);
      },
      'lambda:exit'() {
        functions.pop();
      },
      call(node: SyntaxNode) {
        const callee = calleeName(node);
        if (!callee) return;
        if (functions.length > 0 && functions[functions.length - 1] !== null) {
          // A blocking sleep under a timeout scope is the busy loop a timeout test needs.
          if (resolveName(callee, bindingsOf(ctx.file.imports)) === 'time.sleep' && !isInterruptedWork(node, functions[functions.length - 1]!)) {
            ctx.report({ node, message: '`time.sleep()` blocks the event loop inside `async def`; use `await asyncio.sleep()`.' });
            return;
          }
        }
        // In a nested function or lambda (a thread or process target) the loop runs elsewhere.
        if (ctx.test && ctx.inTestBody && runnerOwnsLoop(ctx.test) && (resolveName(callee, bindingsOf(ctx.file.imports)) === 'asyncio.run' || LOOP_RUNNERS.test(callee))) {
          ctx.report({ node, message: `\`${callee}()\` drives an event loop by hand inside a test; make the test \`async def\` and let the runner own the loop.` });
        }
      },
      'module:exit'() {
        if (ctx.options.asyncioMode === 'auto') return;
        for (const t of ctx.file.tests) {
          if (t.isAsync && t.style === 'pytest' && !t.markers.some((m) => ASYNC_MARKERS.includes(m)) && !t.fixtures.includes('anyio_backend')) {
            ctx.report({
              node: t.node.childForFieldName('name') ?? t.node,
              message: `Async test \`${t.qualifiedName}\` has no \`asyncio\` marker; in pytest-asyncio's strict mode it is skipped, not run.`,
            });
          }
        }
      },
    };
  },
});
