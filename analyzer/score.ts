/**
 * Scores and grades, every point explainable from findings:
 *
 * - a finding costs its file `weights[severity]` points; one rule costs a file at most
 *   `ruleCap × weights[rule severity]`; a file's score is 100 minus its penalties (not below 0);
 * - the overall score is the mean of the file scores;
 * - a compliance category's score is the mean, over the files its rules apply to, of 100 minus
 *   the points that file lost to the category's rules.
 */
import { gradeFor, roundScore } from '../src/lib/grades.js';
import type { AuditedFile, CategoryScore, Finding, GroupStats, Penalty, RuleRecord, Scoring, Severity, SmellSummary, SuiteFinding, Summary } from '../src/lib/schema.js';
import { RULE_CATEGORIES, type RuleCategory } from './rule.js';

export interface ScoringParams {
  weights: Record<Severity, number>;
  ruleCap: number;
  target: number;
}

export function scoringRecord(p: ScoringParams): Scoring {
  return {
    method: 'file-mean',
    weights: p.weights,
    ruleCap: p.ruleCap,
    target: p.target,
    formula:
      `Each unsuppressed finding costs its file ${p.weights.error} points (error), ${p.weights.warning} (warning) or ${p.weights.info} (info); ` +
      `one rule costs a file at most ${p.ruleCap} times the weight of its severity. A file scores 100 minus its penalties (at least 0); ` +
      'the overall score is the mean of the file scores. A category scores the mean, over the files its rules apply to, of 100 minus the points lost to that category.',
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

export function fileScore(penalties: readonly Penalty[]): number {
  return roundScore(Math.max(0, 100 - penalties.reduce((s, p) => s + p.points, 0)));
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 100);

function groupStats(files: readonly AuditedFile[], key: (f: AuditedFile) => string | null): GroupStats[] {
  const groups = new Map<string, AuditedFile[]>();
  for (const f of files) {
    const k = key(f) ?? '(none)';
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  return [...groups.entries()]
    .map(([name, fs]) => {
      const score = roundScore(mean(fs.map((f) => f.score)));
      return {
        name,
        files: fs.length,
        lines: fs.reduce((s, f) => s + f.lines, 0),
        tests: fs.reduce((s, f) => s + f.tests, 0),
        score,
        grade: gradeFor(score),
      };
    })
    .sort((a, b) => b.files - a.files || (a.name < b.name ? -1 : 1));
}

/** The audit summary: totals, overall and category scores, groups and counts. */
export function summarise(files: readonly AuditedFile[], rules: readonly RuleRecord[], areaOrder: readonly string[], suiteFindings: readonly SuiteFinding[] = []): Summary {
  const lines = files.reduce((s, f) => s + f.lines, 0);
  const score = roundScore(mean(files.map((f) => f.score)));

  const categories: CategoryScore[] = [];
  for (const id of Object.keys(RULE_CATEGORIES) as RuleCategory[]) {
    const ids = rules.filter((r) => r.category === id).map((r) => r.id);
    if (ids.length === 0) continue;
    const idSet = new Set(ids);
    const applicable = files.filter((f) => f.rulesApplied.some((r) => idSet.has(r)));
    // Coverage is judged over the suite (see `coverage`); as a file score it exists only when a file rule of it ran.
    if (id === 'coverage' && applicable.length === 0) continue;
    const subScores = applicable.map((f) => Math.max(0, 100 - f.penalties.filter((p) => idSet.has(p.ruleId)).reduce((s, p) => s + p.points, 0)));
    const failing = applicable.filter((f) => f.findings.some((x) => !x.suppressed && idSet.has(x.ruleId)));
    const findings = applicable.reduce((s, f) => s + f.findings.filter((x) => !x.suppressed && idSet.has(x.ruleId)).length, 0);
    const catScore = roundScore(mean(subScores));
    categories.push({
      id,
      title: RULE_CATEGORIES[id],
      score: catScore,
      grade: gradeFor(catScore),
      applicableFiles: applicable.length,
      failingFiles: failing.length,
      findings,
      rules: ids,
    });
  }

  const findingsBySeverity = { error: 0, warning: 0, info: 0 };
  const findingsByRule: Summary['findingsByRule'] = {};
  for (const r of rules) findingsByRule[r.id] = { findings: 0, files: 0, suppressed: 0 };
  for (const f of files) {
    const seen = new Set<string>();
    for (const x of f.findings) {
      const entry = (findingsByRule[x.ruleId] ??= { findings: 0, files: 0, suppressed: 0 });
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
    const entry = (findingsByRule[x.ruleId] ??= { findings: 0, files: 0, suppressed: 0 });
    entry.findings++;
    findingsBySeverity[x.severity]++;
  }

  const statuses = { ok: 0, 'parse-error': 0, unreadable: 0 };
  for (const f of files) statuses[f.status]++;
  const areas = groupStats(files, (f) => f.area);
  const order = new Map(areaOrder.map((a, i) => [a, i]));
  areas.sort((a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9) || b.files - a.files || (a.name < b.name ? -1 : 1));

  return {
    files: files.length,
    lines,
    tests: files.reduce((s, f) => s + f.tests, 0),
    averageLines: files.length ? roundScore(lines / files.length) : 0,
    score,
    grade: gradeFor(score),
    statuses,
    categories,
    testCategories: groupStats(files, (f) => f.category),
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
