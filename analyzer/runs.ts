/**
 * Test-run results (`--junit`) joined to the audit: each matched test gets its run, runtime rules
 * (`failing-test`, `e2e-too-fast`, `skipped-in-category`) judge them, and the files they report on
 * are scored again. Reading the JUnit files is I/O at the edge; a malformed one is reported and the
 * audit goes on without run results.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../src/lib/errors.js';
import { gradeFor } from '../src/lib/grades.js';
import { matchRuns, parseJunit, type TestCase } from '../src/lib/junit.js';
import type { AuditedFile, RunsSummary, Severity, TestDetail, TestRun } from '../src/lib/schema.js';
import { createPlan, withEvidence, type AnalysisPlan } from './analyze-file.js';
import type { EffectiveConfig } from './config.js';
import { decodeSource, lineStartsOf } from './read.js';
import { RULES_BY_ID } from './rules/index.js';
import { fileScore, penaltiesOf } from './score.js';
import type { RawFinding } from './walk.js';

export interface JunitInput {
  cases: TestCase[];
  reports: string[];
}

/** Read and parse the JUnit files; throws an InputError naming the first bad one. */
export async function readJunit(paths: readonly string[]): Promise<JunitInput> {
  const cases: TestCase[] = [];
  for (const path of paths) {
    let xml: string;
    try {
      xml = await readFile(path, 'utf8');
    } catch (error) {
      throw new InputError(`--junit ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error}).`);
    }
    cases.push(...parseJunit(xml, path));
  }
  return { cases, reports: paths.map((p) => basename(p)) };
}

/**
 * Add findings computed after a file's analysis (runtime and collection-level rules) to it, in
 * place: suppression comments honoured, evidence attached, the file scored again.
 */
export async function addFindings(root: string, file: AuditedFile, raw: Array<RawFinding & { suppressed?: boolean }>, plan: AnalysisPlan): Promise<void> {
  if (raw.length === 0) return;
  const text = decodeSource(await readFile(join(root, file.path))).text;
  const lineStarts = lineStartsOf(text);
  for (const f of raw) {
    const m = SUPPRESS.exec(text.slice(lineStarts[f.line - 1] ?? 0, lineStarts[f.line] ?? text.length));
    if (m && (m[1] === undefined || m[1].split(',').map((x) => x.trim()).includes(f.ruleId))) f.suppressed = true;
  }
  file.findings = [...file.findings, ...withEvidence(raw, { path: file.path, text, lineStarts })].sort((a, b) => a.line - b.line || a.column - b.column);
  file.penalties = penaltiesOf(file.findings, plan.enabled, plan.scoring);
  file.score = fileScore(file.penalties, file.findings);
  file.grade = gradeFor(file.score);
}

const qualified = (t: TestDetail): string => (t.className ? `${t.className.replace(/\./g, '::')}::${t.name}` : t.name);
const SUPPRESS = /#\s*testaudit:\s*ignore(?:\[([^\]]*)\])?/;

/** Join runs to `files` (in place), apply the runtime rules and rescore; returns the summary. */
export async function applyRuns(root: string, files: AuditedFile[], config: EffectiveConfig, input: JunitInput): Promise<RunsSummary> {
  const matched = matchRuns(input.cases, files);
  const plan = createPlan(config);
  const runtimeRules = plan.rules.filter((r) => r.rule.checkRuns);
  let matchedTests = 0;
  for (const file of files) {
    const runs = matched.byFile.get(file.path);
    if (!runs) continue;
    const pairs: Array<{ test: TestDetail; run: TestRun }> = [];
    for (const test of file.testDetails) {
      const run = runs.get(`${test.className ?? ''}::${test.name}`);
      if (run) {
        test.run = run;
        pairs.push({ test, run });
      }
    }
    matchedTests += pairs.length;
    const conftest = /(^|\/)conftest\.py$/.test(file.path);
    const raw: Array<RawFinding & { suppressed?: boolean }> = [];
    for (const r of runtimeRules) {
      if (r.categories && !(file.category && r.categories.has(file.category))) continue;
      if (r.matchesPath && !r.matchesPath(file.path)) continue;
      if (r.rule.meta.testModulesOnly && conftest) continue;
      if (!file.rulesApplied.includes(r.rule.meta.id)) file.rulesApplied.push(r.rule.meta.id);
      r.rule.checkRuns!({
        options: r.options as never,
        file,
        runs: pairs,
        report: (d) => raw.push({ ruleId: r.rule.meta.id, severity: r.severity as Severity, line: d.line, column: 1, message: d.message, test: qualified(d.test) }),
      });
    }
    await addFindings(root, file, raw, plan);
  }
  const unmatched = matched.unmatched.map((c) => ({ classname: c.classname, name: c.name, file: c.file, outcome: c.outcome }));
  return {
    reports: input.reports,
    cases: matched.totals.cases,
    passed: matched.totals.passed,
    failed: matched.totals.failed,
    errors: matched.totals.error,
    skipped: matched.totals.skipped,
    matchedTests,
    unmatched: unmatched.slice(0, 100),
    unmatchedTotal: unmatched.length,
  };
}
