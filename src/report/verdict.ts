/**
 * The verdict of a report, computed from compliance so that no two parts of it can disagree: the
 * status line (which agrees with the grade), strengths and areas for improvement (never both), the
 * compliance table, the action items (ordered by the compliance they buy per file touched, each
 * with its acceptance criterion) and what would lift the grade.
 */
import { COMPLIANCE_DEFAULTS, groupScore, type ComplianceParams } from '../lib/compliance.js';
import { n, plural, signedPoints } from '../lib/format.js';
import type { Audit, AuditedFile, CategoryScore, Finding, Grade, Severity } from '../lib/schema.js';

const live = (f: AuditedFile): Finding[] => f.findings.filter((x) => !x.suppressed);
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function paramsOf(audit: Audit): ComplianceParams {
  const s = audit.scoring;
  return {
    target: s.target,
    errorCap: s.errorCap ?? COMPLIANCE_DEFAULTS.errorCap,
    infoPer: s.infoPer ?? COMPLIANCE_DEFAULTS.infoPer,
    infoMax: s.infoMax ?? COMPLIANCE_DEFAULTS.infoMax,
  };
}

/** Categories whose rules applied to some file (a rule with nothing to judge is no standard met). */
export const judgedCategories = (audit: Audit): CategoryScore[] => audit.summary.categories.filter((c) => c.applicableFiles > 0);

/** A strength: at least `target` percent of its files comply, and it has no error. */
export const isStrength = (c: CategoryScore, target: number): boolean => c.compliantShare >= target && c.errors === 0;

const pct = (x: number): string => `${n(x)}%`;

export function strengthsAndAreas(audit: Audit): { strengths: string[]; improvements: string[] } {
  const target = audit.scoring.target;
  const cats = judgedCategories(audit);
  const strengths = cats
    .filter((c) => isStrength(c, target))
    .map((c) => `${c.title}: ${n(c.compliantFiles)} of ${plural(c.applicableFiles, 'file')} comply (${pct(c.compliantShare)})${c.info ? `; ${plural(c.info, 'info finding')}` : ''}`);
  const improvements = cats
    .filter((c) => !isStrength(c, target))
    .sort((a, b) => a.compliantShare - b.compliantShare || b.errors - a.errors || (a.title < b.title ? -1 : 1))
    .map((c) => {
      const sev = [c.errors ? `${plural(c.errors, 'error')} in ${plural(c.errorFiles, 'file')}` : '', c.warnings ? plural(c.warnings, 'warning') : ''].filter(Boolean).join(', ');
      return `${c.title}: ${n(c.compliantFiles)} of ${plural(c.applicableFiles, 'file')} comply (${pct(c.compliantShare)})${sev ? `; ${sev}` : ''}`;
    });
  return { strengths, improvements };
}

/** The status line; it agrees with the grade: "Ready" exactly when there is no error and the score reaches the target. */
export function statusLine(audit: Audit): string {
  const s = audit.summary;
  if (audit.gates?.length) {
    const failed = audit.gates.filter((g) => !g.passed);
    return failed.length
      ? `Not ready: ${failed.length === 1 ? 'a gate failed' : `${failed.length} gates failed`}: ${failed.map((g) => `${g.id} (${g.detail})`).join('; ')}.`
      : `Ready: ${audit.gates.length === 1 ? 'the gate passes' : `all ${audit.gates.length} gates pass`} (${audit.gates.map((g) => g.id).join(', ')}).`;
  }
  const errors = s.findingsBySeverity.error;
  const target = audit.scoring.target;
  if (errors > 0) {
    const suiteErrors = (audit.coverage?.findings ?? []).filter((f) => f.severity === 'error').length;
    const files = audit.files.filter((f) => live(f).some((x) => x.severity === 'error')).length;
    const where = suiteErrors === 0 ? `in ${plural(files, 'file')}` : files === 0 ? 'across the suite' : `in ${plural(files, 'file')} and ${n(suiteErrors)} across the suite`;
    const worst = Object.entries(s.findingsByRule)
      .filter(([, c]) => c.errors > 0)
      .sort(([a, x], [b, y]) => y.errors - x.errors || (a < b ? -1 : 1))[0];
    return `Not ready: ${plural(errors, 'error')} ${where}${worst ? `; the most are ${worst[0]} (${plural(worst[1].errors, 'error')})` : ''}.`;
  }
  if (s.score < target) {
    const short = judgedCategories(audit).filter((c) => c.compliantShare < target).map((c) => c.title);
    return `Not ready: no errors, but the score ${n(s.score)} is below the target ${n(target)}${short.length ? `; under ${n(target)}% compliant: ${short.join(', ')}` : ''}.`;
  }
  if (s.findingsBySeverity.warning === 0) return 'Ready: no errors and no warnings.';
  return `Ready with follow-ups: no errors, ${plural(s.findingsBySeverity.warning, 'warning')}.`;
}

/** Trend of a category's compliant share since the previous audit, in points; null without one. */
function trend(audit: Audit, id: string, share: number): string {
  const before = audit.comparison?.previousCategories?.find((c) => c.id === id);
  if (!audit.comparison) return '—';
  if (!before) return 'new';
  const d = Math.round((share - before.compliantShare) * 10) / 10;
  return d === 0 ? 'unchanged' : signedPoints(d);
}

/** One row per standard (category): applicable, compliant, %, errors, warnings, trend. */
export function complianceRows(audit: Audit): string[][] {
  return judgedCategories(audit).map((c) => [c.title, n(c.applicableFiles), n(c.compliantFiles), pct(c.compliantShare), n(c.errors), n(c.warnings), trend(audit, c.id, c.compliantShare)]);
}

export interface ActionPlan {
  ruleId: string;
  severity: Severity;
  errors: number;
  warnings: number;
  info: number;
  /** Files with an error or warning of the rule: the files to touch. */
  files: number;
  applicable: number;
  /** Files that would comply with the rule's category once the rule is fixed in them. */
  gain: number;
  category: string;
}

/**
 * Per rule with errors or warnings: the files to touch and the files that would then comply with
 * the rule's category (those where it is the category's only problem), most gained per file first
 * (errors before warnings, since errors decide the status).
 */
export function actionPlans(audit: Audit): ActionPlan[] {
  const categoryOf = new Map(audit.rules.map((r) => [r.id, r.category]));
  const touch = new Map<string, number>();
  const gain = new Map<string, number>();
  for (const f of audit.files) {
    const failing = new Map<string, Set<string>>();
    for (const x of live(f)) {
      if (x.severity === 'info') continue;
      const c = categoryOf.get(x.ruleId) ?? '';
      (failing.get(c) ?? failing.set(c, new Set()).get(c)!).add(x.ruleId);
    }
    for (const ids of failing.values()) {
      for (const id of ids) {
        touch.set(id, (touch.get(id) ?? 0) + 1);
        if (ids.size === 1) gain.set(id, (gain.get(id) ?? 0) + 1);
      }
    }
  }
  const plans: ActionPlan[] = [];
  for (const r of audit.rules) {
    const c = audit.summary.findingsByRule[r.id];
    if (!c || c.errors + c.warnings === 0) continue;
    plans.push({
      ruleId: r.id,
      severity: c.errors > 0 ? 'error' : 'warning',
      errors: c.errors,
      warnings: c.warnings,
      info: c.info,
      files: touch.get(r.id) ?? 0,
      applicable: c.applicableFiles,
      gain: gain.get(r.id) ?? 0,
      category: audit.summary.categories.find((k) => k.id === r.category)?.title ?? r.category,
    });
  }
  const perFile = (p: ActionPlan) => (p.files === 0 ? 0 : p.gain / p.files);
  return plans.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || perFile(b) - perFile(a) || b.gain - a.gain || (a.ruleId < b.ruleId ? -1 : 1));
}

/** "66 errors (over 1,500 lines) and 387 warnings (over 750)": counts by severity, with the thresholds of tiered rules. */
export function severitySplit(audit: Audit, p: Pick<ActionPlan, 'ruleId' | 'errors' | 'warnings'>): string {
  const o = audit.rules.find((r) => r.id === p.ruleId)?.options ?? {};
  const tiers = p.ruleId === 'max-file-lines' && typeof o['max'] === 'number' && typeof o['errorAbove'] === 'number';
  const e = p.errors ? `${plural(p.errors, 'error')}${tiers ? ` (over ${n(o['errorAbove'] as number)} lines)` : ''}` : '';
  const w = p.warnings ? `${plural(p.warnings, 'warning')}${tiers ? ` (over ${n(o['max'] as number)})` : ''}` : '';
  return [e, w].filter(Boolean).join(' and ');
}

/** What the overall score would be if the rule's errors and warnings were fixed, for each rule that has some. */
export function ruleLifts(audit: Audit): Array<{ ruleId: string; score: number; grade: Grade }> {
  const p = paramsOf(audit);
  const suiteErrors = (audit.coverage?.findings ?? []).filter((x) => x.severity === 'error');
  const out: Array<{ ruleId: string; score: number; grade: Grade }> = [];
  for (const [id, c] of Object.entries(audit.summary.findingsByRule)) {
    if (c.errors + c.warnings === 0) continue;
    const files = audit.files.map((f) => (live(f).some((x) => x.ruleId === id && x.severity !== 'info') ? { ...f, findings: f.findings.filter((x) => x.ruleId !== id || x.severity === 'info') } : f));
    out.push({ ruleId: id, ...groupScore(files, audit.rules, p, suiteErrors.filter((x) => x.ruleId !== id).length) });
  }
  return out.sort((a, b) => b.score - a.score || (a.ruleId < b.ruleId ? -1 : 1));
}
