/**
 * The verdict an email carries before it is opened: suite, grade, score, errors and the change since
 * the previous audit, computed from the audit's summary and comparison (never from the report's
 * wording, which templates may change). The subject line and the HTML banner both show it.
 */
import { n } from '../../lib/format.js';
import type { Audit, Grade } from '../../lib/schema.js';

export interface Verdict {
  suite: string;
  grade: Grade;
  score: number;
  errors: number;
  /** "B+ → A- since 2026-01-15", "score +0.1 since 2026-01-15", "scoring method changed since …", or "first audit". */
  change: string;
}

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${n(Math.abs(x))}`;

/** The verdict of `audit`. */
export function verdictOf(audit: Audit): Verdict {
  const s = audit.summary;
  const c = audit.comparison;
  // Grades of two scoring methods are not comparable: say the method changed, not "B → F".
  const change = !c
    ? 'first audit'
    : c.methodChanged
      ? `scoring method changed since ${c.previous.date}`
      : c.previous.grade !== s.grade
      ? `${c.previous.grade} → ${s.grade} since ${c.previous.date}`
      : `score ${signed(c.scoreChange)} since ${c.previous.date}`;
  return { suite: audit.audit.scope.root, grade: s.grade, score: s.score, errors: s.findingsBySeverity.error, change };
}

/** `testaudit: <suite> — <grade> (<score>), <errors> errors, <change since previous>`. */
export function defaultSubject(v: Verdict): string {
  // The suite name comes from the audited repository: one line, whatever it holds.
  const suite = v.suite.replace(/\s+/g, ' ').trim();
  return `testaudit: ${suite} — ${v.grade} (${n(v.score)}), ${n(v.errors)} ${v.errors === 1 ? 'error' : 'errors'}, ${v.change}`;
}
