/**
 * Scores and grades, every point explainable from findings (the method: `src/lib/compliance.ts`):
 *
 * - categories, the suite, areas and test categories score compliance: shares of the files (for the
 *   suite: weighted by lines) that have no error or warning of a standard, less a small info term,
 *   and at most `errorCap` while an error is left;
 * - a file's own score ranks files: each finding costs it `weights[severity]` points, one rule at
 *   most `ruleCap × weights[rule severity]`, 100 minus the penalties (at least 0, at most `errorCap`
 *   while the file has an error).
 */
import { COMPLIANCE_DEFAULTS, categoryCompliance, complianceFormula, groupScore, ruleCompliance, type ComplianceParams } from '../src/lib/compliance.js';
import { roundScore } from '../src/lib/grades.js';
import type { AuditedFile, CategoryScore, Finding, GroupStats, Penalty, RuleRecord, Scoring, Severity, SmellSummary, SuiteFinding, Summary } from '../src/lib/schema.js';
import { RULE_CATEGORIES, type RuleCategory } from './rule.js';

export interface ScoringParams {
  weights: Record<Severity, number>;
  ruleCap: number;
  target: number;
}

const complianceParams = (p: ScoringParams): ComplianceParams => ({ target: p.target, ...COMPLIANCE_DEFAULTS });

export function scoringRecord(p: ScoringParams): Scoring {
  const c = complianceParams(p);
  return {
    method: 'compliance',
    weighting: 'lines',
    weights: p.weights,
    ruleCap: p.ruleCap,
    target: p.target,
    errorCap: c.errorCap,
    infoPer: c.infoPer,
    infoMax: c.infoMax,
    formula:
      complianceFormula(c) +
      ` A file's own score, which ranks files, is 100 minus ${p.weights.error} points per error, ${p.weights.warning} per warning and ${p.weights.info} per info finding (one rule costs at most ${p.ruleCap} times its weight), at most ${c.errorCap} while the file has an error.`,
  };
}

/** Points a file loses per rule, highest first. */
export function penaltiesOf(findings: readonly Finding[], ruleSeverity: ReadonlyMap<string, Severity>, p: ScoringParams): Penalty[] {
  const byRule = new Map<string, { findings: number; points: number; maxWeight: number }>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const weight = p.weights[f.severity];
    const entry = byRule.get(f.ruleId) ?? { findings: 0, points: 0, maxWeight: p.weights[ruleSeverity.get(f.ruleId) ?? f.severity] };
    entry.findings++;
    entry.points += weight;
    entry.maxWeight = Math.max(entry.maxWeight, weight);
    byRule.set(f.ruleId, entry);
  }
  const out: Penalty[] = [];
  for (const [ruleId, e] of byRule) {
    out.push({ ruleId, findings: e.findings, points: roundScore(Math.min(p.ruleCap * e.maxWeight, e.points)) });
  }
  return out.sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : 1));
}

/** 100 minus the penalties, at least 0; below the A range while the file has an unsuppressed error. */
export function fileScore(penalties: readonly Penalty[], findings: readonly Finding[]): number {
  const score = roundScore(Math.max(0, 100 - penalties.reduce((s, p) => s + p.points, 0)));
  return findings.some((f) => f.severity === 'error' && !f.suppressed) ? Math.min(score, COMPLIANCE_DEFAULTS.errorCap) : score;
}

function groupStats(files: readonly AuditedFile[], key: (f: AuditedFile) => string | null, rules: readonly RuleRecord[], p: ComplianceParams): GroupStats[] {
  const groups = new Map<string, AuditedFile[]>();
  for (const f of files) {
    const k = key(f) ?? '(none)';
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  return [...groups.entries()]
    .map(([name, fs]) => ({
      name,
      files: fs.length,
      lines: fs.reduce((s, f) => s + f.lines, 0),
      tests: fs.reduce((s, f) => s + f.tests, 0),
      ...groupScore(fs, rules, p),
    }))
    .sort((a, b) => b.files - a.files || (a.name < b.name ? -1 : 1));
}

/** The audit summary: totals, overall and category scores, groups and counts. */
export function summarise(
  files: readonly AuditedFile[],
  rules: readonly RuleRecord[],
  areaOrder: readonly string[],
  suiteFindings: readonly SuiteFinding[] = [],
  scoring: ScoringParams = { weights: { error: 10, warning: 3, info: 1 }, ruleCap: 3, target: 90 },
): Summary {
  const p = complianceParams(scoring);
  const lines = files.reduce((s, f) => s + f.lines, 0);
  const suiteErrors = suiteFindings.filter((x) => x.severity === 'error').length;
  const overall = groupScore(files, rules, p, suiteErrors);

  const categories: CategoryScore[] = [];
  for (const id of Object.keys(RULE_CATEGORIES) as RuleCategory[]) {
    const ids = rules.filter((r) => r.category === id).map((r) => r.id);
    if (ids.length === 0) continue;
    const cat = categoryCompliance(files, id, RULE_CATEGORIES[id], ids, p);
    // Coverage is judged over the suite (see `coverage`); as a file score it exists only when a file rule of it ran.
    if (id === 'coverage' && cat.applicableFiles === 0) continue;
    categories.push(cat);
  }

  const compliance = ruleCompliance(files, rules.map((r) => r.id));
  const findingsBySeverity = { error: 0, warning: 0, info: 0 };
  const findingsByRule: Summary['findingsByRule'] = {};
  const entryOf = (id: string) =>
    (findingsByRule[id] ??= { findings: 0, files: 0, suppressed: 0, ...(compliance.get(id) ?? { applicableFiles: 0, compliantFiles: 0, errors: 0, warnings: 0, info: 0 }) });
  for (const r of rules) entryOf(r.id);
  for (const f of files) {
    const seen = new Set<string>();
    for (const x of f.findings) {
      const entry = entryOf(x.ruleId);
      if (x.suppressed) {
        entry.suppressed++;
        continue;
      }
      findingsBySeverity[x.severity]++;
      entry.findings++;
      if (!seen.has(x.ruleId)) {
        seen.add(x.ruleId);
        entry.files++;
      }
    }
  }

  // Suite-level findings (a capability nobody tests) count like any other; they are in no file.
  for (const x of suiteFindings) {
    const entry = entryOf(x.ruleId);
    entry.findings++;
    if (x.severity === 'error') entry.errors++;
    else if (x.severity === 'warning') entry.warnings++;
    else entry.info++;
    findingsBySeverity[x.severity]++;
  }

  const statuses = { ok: 0, 'parse-error': 0, unreadable: 0 };
  for (const f of files) statuses[f.status]++;
  const areas = groupStats(files, (f) => f.area, rules, p);
  const order = new Map(areaOrder.map((a, i) => [a, i]));
  areas.sort((a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9) || b.files - a.files || (a.name < b.name ? -1 : 1));

  return {
    files: files.length,
    lines,
    tests: files.reduce((s, f) => s + f.tests, 0),
    averageLines: files.length ? roundScore(lines / files.length) : 0,
    score: overall.score,
    grade: overall.grade,
    statuses,
    categories,
    testCategories: groupStats(files, (f) => f.category, rules, p),
    areas,
    findingsBySeverity,
    findingsByRule,
    ...smellSummary(files, rules),
  };
}

/**
 * Test-smell density, the figures the PyNose paper reports per project: findings per 100 tests,
 * and the share of tests and of test modules with at least one smell. Absent when no smell rule ran.
 */
function smellSummary(files: readonly AuditedFile[], rules: readonly RuleRecord[]): { smells?: SmellSummary } {
  const ids = rules.filter((r) => r.category === 'test-smells').map((r) => r.id);
  if (ids.length === 0) return {};
  const idSet = new Set(ids);
  const groups = new Map<string, SmellSummary['byCategory'][number]>();
  let findings = 0;
  let testModules = 0;
  let modulesWithSmells = 0;
  for (const f of files) {
    const own = f.findings.filter((x) => !x.suppressed && idSet.has(x.ruleId)).length;
    findings += own;
    const name = f.category ?? '(none)';
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, tests: 0, testsWithSmells: 0, findings: 0, per100Tests: 0 }));
    g.findings += own;
    g.tests += f.tests;
    g.testsWithSmells += f.testDetails.filter((t) => (t.smells?.length ?? 0) > 0).length;
    if (f.tests > 0) {
      testModules++;
      if (own > 0) modulesWithSmells++;
    }
  }
  const byCategory = [...groups.values()].filter((g) => g.tests > 0 || g.findings > 0);
  for (const g of byCategory) g.per100Tests = per100(g.findings, g.tests);
  byCategory.sort((a, b) => b.tests - a.tests || (a.name < b.name ? -1 : 1));
  const tests = byCategory.reduce((s, g) => s + g.tests, 0);
  const testsWithSmells = byCategory.reduce((s, g) => s + g.testsWithSmells, 0);
  return {
    smells: {
      rules: ids,
      findings,
      tests,
      testsWithSmells,
      testModules,
      modulesWithSmells,
      per100Tests: per100(findings, tests),
      testShare: per100(testsWithSmells, tests),
      moduleShare: per100(modulesWithSmells, testModules),
      byCategory,
    },
  };
}

const per100 = (count: number, of: number): number => (of === 0 ? 0 : roundScore((100 * count) / of));
