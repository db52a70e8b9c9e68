/**
 * Quality gates: what makes `testaudit audit` exit 1. Each gate is evaluated against the audit
 * (and its comparison with the previous audit) and recorded with a one-line detail, so the JSON,
 * the report's status line and the exit code always agree.
 */
import { GRADE_SCALE } from './grades.js';
import { n } from './format.js';
import type { Audit, Gate } from './schema.js';

export type GateSpec =
  | { kind: 'fail-under'; score: number; label: string }
  | { kind: 'fail-on'; what: 'new-errors' | 'errors' | 'warnings' }
  | { kind: 'max-findings'; ruleId: string; max: number };

export const FAIL_ON = ['new-errors', 'errors', 'warnings'] as const;

/** `--fail-under 85` or `--fail-under B+` (the grade's lower bound). */
export function parseFailUnder(value: string): GateSpec {
  const grade = GRADE_SCALE.find((g) => g.grade === value.toUpperCase());
  if (grade) return { kind: 'fail-under', score: grade.min, label: grade.grade };
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new Error(`--fail-under expects a score from 0 to 100 or a grade (${GRADE_SCALE.map((g) => g.grade).join(', ')}).`);
  }
  return { kind: 'fail-under', score, label: String(score) };
}

/** `--max-findings RULE=N`. */
export function parseMaxFindings(value: string, knownRules: readonly string[] | null): GateSpec {
  const m = /^([a-z0-9-]+)=(\d+)$/.exec(value);
  if (!m) throw new Error(`--max-findings expects RULE=N, e.g. no-mocks-in-integration=0 (got "${value}").`);
  if (knownRules && !knownRules.includes(m[1]!)) throw new Error(`--max-findings ${value}: unknown rule id "${m[1]}".`);
  return { kind: 'max-findings', ruleId: m[1]!, max: Number(m[2]) };
}


export function evaluateGates(audit: Audit, specs: readonly GateSpec[]): Gate[] {
  const s = audit.summary;
  const ratchet: Gate[] = audit.baseline
    ? [
        {
          id: 'baseline-ratchet',
          passed: audit.baseline.worse.length === 0,
          detail: audit.baseline.worse.length
            ? `${audit.baseline.worse.length} baselined ${audit.baseline.worse.length === 1 ? 'file got' : 'files got'} worse: ${audit.baseline.worse.slice(0, 5).map((w) => `${w.path} (${w.baseline} → ${w.now})`).join(', ')}${audit.baseline.worse.length > 5 ? ' …' : ''}`
            : `no baselined file got worse (${n(audit.baseline.accepted)} accepted, ${n(audit.baseline.removable)} removable)`,
        },
      ]
    : [];
  return [...ratchet, ...specs.map((spec): Gate => {
    switch (spec.kind) {
      case 'fail-under': {
        const passed = s.score >= spec.score;
        const target = spec.label === String(spec.score) ? `${spec.score}` : `${spec.label} (${spec.score})`;
        return { id: `fail-under=${spec.label}`, passed, detail: `score ${s.score} (${s.grade}) ${passed ? 'is at or above' : `is below`} ${target}${passed ? '' : ` by ${Math.round((spec.score - s.score) * 10) / 10}`}` };
      }
      case 'fail-on': {
        if (spec.what === 'new-errors') {
          const c = audit.comparison;
          const b = audit.baseline;
          const count = b
            ? audit.files.reduce((sum, f) => sum + f.findings.filter((x) => x.severity === 'error' && !x.suppressed && !x.baselined).length, 0)
            : c
              ? c.newErrorsTotal
              : s.findingsBySeverity.error;
          const since = b ? `not accepted by ${b.file}` : c ? `since ${c.previous.id}` : 'with no previous audit to compare with, every error counts as new';
          return { id: 'fail-on=new-errors', passed: count === 0, detail: `${n(count)} new ${count === 1 ? 'error' : 'errors'} (${since})` };
        }
        const severity = spec.what === 'errors' ? 'error' : 'warning';
        const count = s.findingsBySeverity[severity] + (spec.what === 'warnings' ? s.findingsBySeverity.error : 0);
        const what = spec.what === 'errors' ? 'errors' : 'errors and warnings';
        return { id: `fail-on=${spec.what}`, passed: count === 0, detail: `${n(count)} ${what}` };
      }
      case 'max-findings': {
        const count = s.findingsByRule[spec.ruleId]?.findings ?? 0;
        const passed = count <= spec.max;
        return { id: `max-findings=${spec.ruleId}=${spec.max}`, passed, detail: `${spec.ruleId}: ${n(count)} ${count === 1 ? 'finding' : 'findings'}, at most ${n(spec.max)} allowed${passed ? '' : ` (${n(count - spec.max)} over)`}` };
      }
    }
  })];
}
