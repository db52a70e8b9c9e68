/**
 * Compliance: the figures every score and verdict is built on (SonarQube's ratings are the anchor:
 * a rating is a share, or the worst issue, never a mean of per-file penalties).
 *
 * - A file *complies* with a rule when the rule applied to it and reported no unsuppressed error or
 *   warning there; with a category when it complies with every rule of the category that applied.
 * - A category scores the share of its applicable files that comply (percent), minus the info term.
 * - The suite (and each area or test category) scores the mean, over its files weighted by their
 *   lines, of the share of the categories applying to a file that the file complies with, minus the
 *   info term: a 16-line fixture module weighs 16, a 1,000-line module 1,000.
 * - The info term: info-level findings (most test smells) cost 1 point per `infoPer` findings per
 *   100 tests, at most `infoMax` points.
 * - While any error-level finding is left, a score is at most `errorCap` (below the A range).
 *
 * Pure functions over audit data, shared by the analyzer (which records the figures) and the
 * reader (which computes them for audits written before they were recorded).
 */
import { gradeFor, roundScore } from './grades.js';
import type { AuditedFile, CategoryScore, Grade, RuleRecord } from './schema.js';

/** The constants of the compliance method, recorded in every audit's `scoring`. */
export interface ComplianceParams {
  /** Share (percent) at or above which a category without errors is a strength. */
  target: number;
  /** Highest score while an error-level finding is left. */
  errorCap: number;
  /** Info findings per 100 tests that cost one point. */
  infoPer: number;
  /** Most points info findings can cost. */
  infoMax: number;
}

export const COMPLIANCE_DEFAULTS: Omit<ComplianceParams, 'target'> = { errorCap: 89, infoPer: 20, infoMax: 5 };

/** Per rule: where it applied, where it was complied with, and its unsuppressed findings by severity. */
export interface RuleCompliance {
  applicableFiles: number;
  compliantFiles: number;
  errors: number;
  warnings: number;
  info: number;
}

const live = (f: AuditedFile) => f.findings.filter((x) => !x.suppressed);

/** Percent, one decimal; 100 when nothing applies. */
export const share = (part: number, whole: number): number => (whole === 0 ? 100 : roundScore((100 * part) / whole));

/** Points info findings cost: 1 per `infoPer` per 100 tests, at most `infoMax`. */
export function infoTerm(info: number, tests: number, p: Pick<ComplianceParams, 'infoPer' | 'infoMax'>): number {
  if (info === 0) return 0;
  // A file without tests (a conftest, a helper module) still has a density: count it as one test.
  const per100 = (100 * info) / Math.max(1, tests);
  return roundScore(Math.min(p.infoMax, per100 / p.infoPer));
}

/** Apply the info term and the error cap to a compliant share. */
export function capped(shareCompliant: number, info: number, tests: number, hasErrors: boolean, p: ComplianceParams): number {
  const score = Math.max(0, roundScore(shareCompliant - infoTerm(info, tests, p)));
  return hasErrors ? Math.min(score, p.errorCap) : score;
}

/** Per rule id, its compliance over `files`. */
export function ruleCompliance(files: readonly AuditedFile[], ruleIds: readonly string[]): Map<string, RuleCompliance> {
  const out = new Map<string, RuleCompliance>(ruleIds.map((id) => [id, { applicableFiles: 0, compliantFiles: 0, errors: 0, warnings: 0, info: 0 }]));
  for (const f of files) {
    const failing = new Set<string>();
    for (const x of live(f)) {
      const e = out.get(x.ruleId);
      if (!e) continue;
      if (x.severity === 'error') e.errors++;
      else if (x.severity === 'warning') e.warnings++;
      else e.info++;
      if (x.severity !== 'info') failing.add(x.ruleId);
    }
    for (const id of f.rulesApplied) {
      const e = out.get(id);
      if (!e) continue;
      e.applicableFiles++;
      if (!failing.has(id)) e.compliantFiles++;
    }
  }
  return out;
}

/** A category's compliance over `files`: the `CategoryScore` the summary records. */
export function categoryCompliance(files: readonly AuditedFile[], id: string, title: string, ruleIds: readonly string[], p: ComplianceParams): CategoryScore {
  const ids = new Set(ruleIds);
  let applicable = 0;
  let compliant = 0;
  let failing = 0;
  let errorFiles = 0;
  let tests = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of files) {
    if (!f.rulesApplied.some((r) => ids.has(r))) continue;
    applicable++;
    tests += f.tests;
    const own = live(f).filter((x) => ids.has(x.ruleId));
    for (const x of own) counts[x.severity]++;
    if (own.length) failing++;
    if (!own.some((x) => x.severity !== 'info')) compliant++;
    if (own.some((x) => x.severity === 'error')) errorFiles++;
  }
  const compliantShare = share(compliant, applicable);
  const score = capped(compliantShare, counts.info, tests, counts.error > 0, p);
  return {
    id,
    title,
    score,
    grade: gradeFor(score),
    applicableFiles: applicable,
    compliantFiles: compliant,
    compliantShare,
    failingFiles: failing,
    errorFiles,
    findings: counts.error + counts.warning + counts.info,
    errors: counts.error,
    warnings: counts.warning,
    info: counts.info,
    rules: [...ruleIds],
  };
}

/** Per file: the share (percent) of the categories applying to it that it complies with. */
export function fileCompliance(f: AuditedFile, categoryOf: ReadonlyMap<string, string>): number {
  const applied = new Set<string>();
  for (const r of f.rulesApplied) {
    const c = categoryOf.get(r);
    if (c) applied.add(c);
  }
  if (applied.size === 0) return 100;
  const failing = new Set<string>();
  for (const x of live(f)) if (x.severity !== 'info' && applied.has(categoryOf.get(x.ruleId) ?? '')) failing.add(categoryOf.get(x.ruleId)!);
  return (100 * (applied.size - failing.size)) / applied.size;
}

/** The score of a set of files (the suite, an area, a test category): see the module comment. */
export function groupScore(files: readonly AuditedFile[], rules: readonly Pick<RuleRecord, 'id' | 'category'>[], p: ComplianceParams, extraErrors = 0): { score: number; grade: Grade } {
  if (files.length === 0) return { score: 100, grade: gradeFor(100) };
  const categoryOf = new Map(rules.map((r) => [r.id, r.category]));
  let weighted = 0;
  let weight = 0;
  let info = 0;
  let tests = 0;
  let errors = extraErrors;
  for (const f of files) {
    const w = Math.max(1, f.lines);
    weighted += w * fileCompliance(f, categoryOf);
    weight += w;
    tests += f.tests;
    for (const x of live(f)) {
      if (x.severity === 'info') info++;
      else if (x.severity === 'error') errors++;
    }
  }
  const score = capped(weighted / weight, info, tests, errors > 0, p);
  return { score, grade: gradeFor(score) };
}

/** The formula in words, for the report and the dashboard. */
export function complianceFormula(p: ComplianceParams): string {
  return (
    'A file complies with a standard (a rule or a category of rules) when that standard applies to it and reports no error or warning there. ' +
    'A category scores the share of the files it applies to that comply with it. ' +
    'The overall score (and that of each area and test category) is the mean, over the files weighted by their lines, of the share of the categories applying to a file that it complies with, so a small fixture module weighs little. ' +
    `Info findings (most test smells) do not make a file non-compliant; they cost 1 point per ${p.infoPer} findings per 100 tests, at most ${p.infoMax}. ` +
    `While any error is left, a score is at most ${p.errorCap}, below the A range. ` +
    `A category is a strength when at least ${p.target}% of its files comply and it has no errors.`
  );
}
