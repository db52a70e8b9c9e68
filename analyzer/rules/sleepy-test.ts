import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { bindingsOf, resolveName } from '../imports.js';
import { calleeName, positionalArguments } from '../python.js';
import { isInterruptedWork } from '../waits.js';
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

/**
 * Test names whose subject is time passing (a sleep, a timeout, elapsed time): the sleep is a lower
 * bound the test needs, not a wait for an event. A cache's expiry is not: its clock can be faked.
 */
const TIME_SUBJECT = /sleep|times?_?out|elapse/i;
/** A test that arms a kernel timer waits for it with a sleep: the signal is the subject. */
const TIMER_CALLS = /\bsignal\.(alarm|setitimer)\s*\(/;

const CLOCK_READ = /\b(?:time\.(?:monotonic|perf_counter|process_time|thread_time|time)(?:_ns)?|datetime\.now|datetime\.utcnow)\s*\(/;

/** The clock is read before and after the sleep: the test measures the clock, the sleep is its input. */
function measuredByClock(node: SyntaxNode, body: SyntaxNode | null): boolean {
  if (!body) return false;
  const text = body.text;
  const at = node.startIndex - body.startIndex;
  return CLOCK_READ.test(text.slice(0, at)) && CLOCK_READ.test(text.slice(at + node.text.length));
}

/** The test's subject is time: its name says so, or it arms a kernel timer (`signal.alarm`). */
function timeIsTheSubject(test: TestScope): boolean {
  return TIME_SUBJECT.test(test.name) || TIMER_CALLS.test(test.body?.text ?? '');
}

export default defineRule({
  meta: {
    id: 'sleepy-test',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test waits a fixed time: `time.sleep(0.5)`, `await asyncio.sleep(2)` with a literal duration (PyNose: Sleepy Test).',
    why: 'A fixed wait is always either too long (every run pays for it) or too short (the test fails on a loaded CI machine): it makes the suite slow and flaky at once.',
    howToFix: 'Wait for the condition itself: join the thread, await the event or future, poll with a timeout (`wait_until(lambda: job.done, timeout=5)`), or use a fake clock.',
    notReported: '`sleep(0)` (yield to other threads or tasks), the interval of a polling loop (a `while`, or a loop that `break`s when the condition holds), sleeps a timeout or cancellation is meant to interrupt (under `pytest.raises`/`assertRaises` or a timeout scope, in a `try` that expects `CancelledError`/`TimeoutError`, or handed over as the work: `wait_for(asyncio.sleep(10), 0.1)`), and sleeps in tests whose subject is time (`test_sleep…`, `…timeout…`, `…elapsed…`, a test that arms `signal.alarm`/`setitimer`, or one that reads the clock before and after the sleep).',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'import time\n\ndef test_job_finishes(queue):\n    job = queue.submit(work)\n    time.sleep(2)\n    assert job.done',
      valid: 'def test_job_finishes(queue):\n    job = queue.submit(work)\n    assert job.wait(timeout=5)',
    },
  },
  create(ctx) {
    if (!ctx.file.text.includes('sleep')) return {};
    const sleeps = new Set(SLEEP_MODULES.map((m) => `${m}.sleep`));
    return {
      call(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const callee = calleeName(node);
        if (!callee || !sleeps.has(resolveName(callee, bindingsOf(ctx.file.imports)))) return;
        const seconds = numericValue(positionalArguments(node)[0]);
        if (seconds === null || seconds <= 0) return;
        // `test_sleep`, `test_timeout_expires`: time passing is the behaviour under test.
        if (timeIsTheSubject(ctx.test!) || measuredByClock(node, ctx.test!.body) || inPollingLoop(node, ctx.test!.body) || isInterruptedWork(node, ctx.test!.body)) return;
        ctx.report({ node, message: `\`${callee}(${positionalArguments(node)[0]!.text})\` in test \`${ctx.test!.qualifiedName}\`: a fixed wait is too long on fast machines and too short on slow ones; wait for the condition instead.` });
      },
    };
  },
});
