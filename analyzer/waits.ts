/**
 * Sleeps that are the work a test interrupts, not a wait: shared by the rules that judge sleeps
 * (`sleepy-test`, `async-hygiene`).
 */
import type { SyntaxNode } from 'tree-sitter';
import { calleeName } from './python.js';

/** Context managers and calls under which a sleep is the work a timeout or an expected error interrupts. */
const INTERRUPTING = /(^|\.)(raises|assertRaises\w*|timeout|timeout_at|Timeout|wait_for|fail_after|move_on_after|fail_at|move_on_at|CancelScope)$/;
/** Errors whose handler means the sleep in the `try` is expected to be cut short. */
const INTERRUPTIONS = /(^|\.)(CancelledError|TimeoutError|Timeout|KeyboardInterrupt|InterruptedError|Cancelled)\b/;

/**
 * The sleep is meant to be interrupted or to outlast a timeout: it runs under `pytest.raises` /
 * `assertRaises` or a timeout scope (`asyncio.timeout`, `wait_for`, `fail_after`), in a `try` whose
 * handler expects the cancellation or timeout, or is handed over as the work itself
 * (`wait_for(asyncio.sleep(10), 0.1)`, `create_task(asyncio.sleep(1))`).
 */
export function isInterruptedWork(node: SyntaxNode, body: SyntaxNode | null): boolean {
  const stop = body?.startIndex ?? -1;
  let child: SyntaxNode = node;
  for (let up = node.parent; up && up.startIndex >= stop; child = up, up = up.parent) {
    const type = up.type;
    if (type === 'argument_list' && child === node) return true;
    if (type === 'with_statement') {
      for (const item of up.descendantsOfType('call')) {
        if (item.startIndex > (up.childForFieldName('body')?.startIndex ?? up.endIndex)) break;
        if (INTERRUPTING.test(calleeName(item) ?? '')) return true;
      }
    }
    if (type === 'try_statement' && child.type === 'block') {
      const handlers = up.namedChildren.filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause');
      if (handlers.some((h) => INTERRUPTIONS.test(h.namedChildren.find((c) => c.type !== 'block')?.text ?? ''))) return true;
    }
    if (type === 'function_definition') return false;
  }
  return false;
}

