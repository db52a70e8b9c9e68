/**
 * Words for the tests pytest does not run, shared by the report and the site so that both say the
 * same thing: the executive summary's sentence and the reasons on a file's page.
 */
import type { AuditedFile, Summary, UncollectedReason } from './schema.js';
import { n } from './format.js';

/** Each reason as the end of "N test-like definitions never run — …" (plain text: the report escapes it). */
export const UNCOLLECTED_REASON_TEXT: Record<UncollectedReason, string> = {
  'class-not-collected': 'in classes pytest does not collect',
  'class-has-init': 'in test classes with a constructor',
  shadowed: 'shadowed by a later definition',
  'nested-in-function': 'nested in functions',
  'test-false': 'turned off with __test__ = False',
  'unregistered-marker': 'in modules that fail to collect on an unregistered marker',
};


/**
 * "18,378 tests run; 387 test-like definitions never run — 377 in classes pytest does not collect,
 * 10 shadowed by a later definition." Null when the audit records none (or predates the record).
 */
export function uncollectedSentence(summary: Pick<Summary, 'tests' | 'uncollected'>): string | null {
  const u = summary.uncollected;
  if (!u || u.definitions === 0) return null;
  const parts = Object.entries(u.byReason)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([reason, k]) => `${n(k)} ${UNCOLLECTED_REASON_TEXT[reason as UncollectedReason] ?? reason}`);
  const tests = summary.tests === 1 ? '1 test runs' : `${n(summary.tests)} tests run`;
  const never = `${n(u.definitions)} test-like definition${u.definitions === 1 ? '' : 's'} never run${u.definitions === 1 ? 's' : ''}`;
  return `${tests}; ${never} — ${parts.join(', ')}.`;
}

/** Each reason for one definition, on a file's page. */
const ROW_TEXT: Record<UncollectedReason, string> = {
  'class-not-collected': 'its class is not collected (name matches no `python_classes` pattern, or it sits in a class pytest does not collect)',
  'class-has-init': 'its class (or a base) defines `__init__` or `__new__`',
  shadowed: 'replaced by a later definition',
  'nested-in-function': 'nested in a function',
  'test-false': '`__test__ = False`',
  'unregistered-marker': 'the module fails to collect: unregistered marker under `--strict-markers`',
};

/** A file's uncollected definitions as rows: qualified name, line, why. */
export function uncollectedRows(file: Pick<AuditedFile, 'uncollected'>): Array<{ name: string; line: number; why: string }> {
  return (file.uncollected ?? []).map((u) => ({
    name: u.className ? `${u.className}.${u.name}` : u.name,
    line: u.line,
    why: `${ROW_TEXT[u.reason]}${u.by ? ` at line ${u.by}` : ''}`,
  }));
}
