import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { calleeName, positionalArguments } from '../python.js';
import { defineRule } from '../rule.js';
import { numericValue } from '../smells/syntax.js';

const SLEEP_MODULES = ['time', 'asyncio', 'trio', 'anyio', 'gevent'];

/**
 * The sleep is the interval of a polling loop (`while not done: sleep(0.1)`, `for _ in range(50):
 * if ready(): break; sleep(0.1)`): the test waits for the condition, as it should. Sleeps are rare:
 * walking up their few ancestors costs nothing.
 */
function inPollingLoop(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  for (let up = node.parent; up && up.startIndex >= stop; up = up.parent) {
    const type = up.type;
    if (type === 'while_statement') return true;
    if (type === 'for_statement' && /\b(break|return)\b/.test(up.childForFieldName('body')?.text ?? '')) return true;
    if (type === 'function_definition') return false;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'sleepy-test',
    category: 'test-smells',
    severity: 'warning',
    description: 'A test waits a fixed time: `time.sleep(0.5)`, `await asyncio.sleep(2)` with a literal duration (PyNose: Sleepy Test).',
    why: 'A fixed wait is always either too long (every run pays for it) or too short (the test fails on a loaded CI machine): it makes the suite slow and flaky at once.',
    howToFix: 'Wait for the condition itself: join the thread, await the event or future, poll with a timeout (`wait_until(lambda: job.done, timeout=5)`), or use a fake clock. `sleep(0)` (yield to other threads or tasks), the interval of a polling loop (a `while`, or a loop that `break`s when the condition holds), and sleeps in tests of sleeping (`test_sleep…`) are not reported.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'import time\n\ndef test_job_finishes(queue):\n    job = queue.submit(work)\n    time.sleep(2)\n    assert job.done',
      valid: 'def test_job_finishes(queue):\n    job = queue.submit(work)\n    assert job.wait(timeout=5)',
    },
  },
  create(ctx) {
    if (!ctx.file.text.includes('sleep')) return {};
    let sleepNames: Set<string> | null = null;
    const sleeps = (): Set<string> => {
      if (sleepNames) return sleepNames;
      sleepNames = new Set(SLEEP_MODULES.map((m) => `${m}.sleep`));
      for (const imp of ctx.file.imports) {
        if (!SLEEP_MODULES.includes(imp.module)) continue;
        imp.names.forEach((n, i) => {
          if (n === 'sleep') sleepNames!.add(imp.bindings[i]!);
        });
      }
      return sleepNames;
    };
    return {
      call(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const callee = calleeName(node);
        if (!callee || !sleeps().has(callee)) return;
        const seconds = numericValue(positionalArguments(node)[0]);
        if (seconds === null || seconds <= 0) return;
        // `test_sleep`: the wait is the behaviour under test.
        if (/sleep/i.test(ctx.test!.name) || inPollingLoop(node, ctx.test!.body)) return;
        ctx.report({ node, message: `\`${callee}(${positionalArguments(node)[0]!.text})\` in test \`${ctx.test!.qualifiedName}\`: a fixed wait is too long on fast machines and too short on slow ones; wait for the condition instead.` });
      },
    };
  },
});
