/**
 * The verdict follows from the findings: compliance-based scores, strengths that cannot also be
 * areas for improvement, a grade that agrees with the status line, and audits of the old method
 * still readable and compared as "the method changed".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { scoringRecord, summarise } from '../../analyzer/score.js';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { diffAudits } from '../../src/lib/diff.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import type { Audit, AuditedFile, Finding, RuleRecord, Severity } from '../../src/lib/schema.js';
import { SCHEMA_VERSION } from '../../src/lib/schema.js';
import { diffMarkdown } from '../../src/report/diff-markdown.js';
import { actionPlans, severitySplit, statusLine, strengthsAndAreas } from '../../src/report/verdict.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const SCORING = { weights: { error: 10, warning: 3, info: 1 }, ruleCap: 3, target: 90 };

function rule(id: string, category: string, severity: Severity): RuleRecord {
  return { id, category, severity, defaultSeverity: severity, description: `${id}.`, why: 'Because.', howToFix: 'Fix it. Then more.', options: {}, scope: { categories: null, paths: [] } };
}

function finding(ruleId: string, severity: Severity, line = 1): Finding {
  return { ruleId, severity, line, column: 1, message: `${ruleId} here.`, snippet: { startLine: 1, lines: ['x = 1'] }, fingerprint: `${ruleId}:${line}` };
}

function file(path: string, rulesApplied: string[], findings: Finding[], lines = 100, tests = 5): AuditedFile {
  return {
    path,
    status: 'ok',
    category: 'integration',
    area: null,
    lines,
    tests,
    score: 100,
    grade: 'A+',
    penalties: [],
    rulesApplied,
    metrics: { bytes: lines * 10, testClasses: 0, fixtures: 0, assertions: tests, imports: 1, relativeImports: 0, asyncTests: 0, skippedTests: 0, markers: [], hasDocstring: true, encoding: 'utf-8' },
    testDetails: [],
    findings,
  };
}

function auditOf(files: AuditedFile[], rules: RuleRecord[]): Audit {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'testaudit', version: '0.0.0' },
    audit: {
      id: 'a',
      date: '2026-01-01',
      title: 't',
      auditor: 'testaudit',
      standards: [],
      scope: { root: 'r', description: 'all test files', selection: 'all', include: [], exclude: [] },
      preset: 'real-services',
      configDigest: 'x',
    },
    scoring: scoringRecord(SCORING),
    summary: summarise(files, rules, [], [], SCORING),
    rules,
    files,
  };
}

describe('compliance scores', () => {
  test('a category with errors in 30% of its files: not a strength, score ≤ 80, only under areas for improvement', () => {
    const rules = [rule('no-mocks-in-integration', 'real-services', 'error'), rule('max-file-lines', 'structure', 'warning')];
    const ids = rules.map((r) => r.id);
    const files = Array.from({ length: 100 }, (_, i) => file(`tests/integration/test_${i}.py`, ids, i < 30 ? [finding('no-mocks-in-integration', 'error')] : []));
    const audit = auditOf(files, rules);
    const cat = audit.summary.categories.find((c) => c.id === 'real-services')!;
    expect(cat).toMatchObject({ applicableFiles: 100, compliantFiles: 70, compliantShare: 70, errors: 30, errorFiles: 30 });
    expect(cat.score).toBeLessThanOrEqual(80);
    const { strengths, improvements } = strengthsAndAreas(audit);
    expect(strengths.some((s) => s.startsWith('Real services'))).toBe(false);
    expect(improvements.filter((s) => s.startsWith('Real services'))).toHaveLength(1);
    expect(strengths.filter((s) => s.startsWith('Structure'))).toHaveLength(1);
  });

  test('a warning-only rule missing in 78% of files gives its category a score ≤ 32 (22% compliant + 10)', () => {
    const rules = [rule('module-docstring', 'documentation', 'warning')];
    const files = Array.from({ length: 100 }, (_, i) => file(`tests/test_${i}.py`, ['module-docstring'], i < 78 ? [finding('module-docstring', 'warning')] : []));
    const cat = auditOf(files, rules).summary.categories.find((c) => c.id === 'documentation')!;
    expect(cat.compliantShare).toBe(22);
    expect(cat.score).toBeLessThanOrEqual(32);
  });

  test('info findings do not make a file non-compliant; they cost a small, capped term', () => {
    const rules = [rule('assertion-roulette', 'test-smells', 'info')];
    const files = Array.from({ length: 10 }, (_, i) => file(`tests/test_${i}.py`, ['assertion-roulette'], Array.from({ length: 20 }, (_, k) => finding('assertion-roulette', 'info', k + 1)), 100, 5));
    const cat = auditOf(files, rules).summary.categories.find((c) => c.id === 'test-smells')!;
    expect(cat.compliantShare).toBe(100);
    // 200 findings over 50 tests = 400 per 100 tests: the term is capped at 5 points.
    expect(cat.score).toBe(95);
  });

  test('no A while any file has an error, and the status line agrees with the grade', () => {
    const rules = [rule('parse-error', 'file-health', 'error'), rule('max-file-lines', 'structure', 'warning')];
    const ids = rules.map((r) => r.id);
    const files = Array.from({ length: 200 }, (_, i) => file(`tests/test_${i}.py`, ids, i === 0 ? [finding('parse-error', 'error')] : []));
    const audit = auditOf(files, rules);
    expect(audit.summary.score).toBeLessThan(90);
    expect(audit.summary.grade).not.toMatch(/^A/);
    expect(statusLine(audit)).toMatch(/^Not ready: 1 error in 1 file/);
    const clean = auditOf(files.slice(1), rules);
    expect(clean.summary.grade).toBe('A+');
    expect(statusLine(clean)).toBe('Ready: no errors and no warnings.');
  });

  test('the overall score weighs files by their lines: small compliant fixture modules cannot lift it', () => {
    const rules = [rule('module-docstring', 'documentation', 'warning'), rule('max-file-lines', 'structure', 'warning')];
    const ids = rules.map((r) => r.id);
    const real = Array.from({ length: 10 }, (_, i) => file(`tests/test_${i}.py`, ids, [finding('module-docstring', 'warning')], 1000));
    const tiny = Array.from({ length: 53 }, (_, i) => file(`tests/fixtures/test_f${i}.py`, ids, [], 16, 1));
    const alone = auditOf(real, rules).summary.score;
    const lifted = auditOf([...real, ...tiny], rules).summary.score;
    expect(alone).toBe(50);
    expect(lifted - alone).toBeLessThan(5);
  });

  test('action items split counts by severity and order by files gained per file touched', () => {
    const rules = [rule('max-file-lines', 'structure', 'warning'), rule('absolute-imports', 'structure', 'warning')];
    rules[0]!.options = { max: 750, errorAbove: 1500 };
    const ids = rules.map((r) => r.id);
    const files = [
      file('a.py', ids, [finding('max-file-lines', 'error'), finding('absolute-imports', 'warning')]),
      file('b.py', ids, [finding('max-file-lines', 'warning')]),
      file('c.py', ids, [finding('absolute-imports', 'warning')]),
    ];
    const audit = auditOf(files, rules);
    const plans = actionPlans(audit);
    expect(plans.map((p) => [p.ruleId, p.severity, p.files, p.gain])).toEqual([
      ['max-file-lines', 'error', 2, 1],
      ['absolute-imports', 'warning', 2, 1],
    ]);
    expect(severitySplit(audit, plans[0]!)).toBe('1 error (over 1,500 lines) and 1 warning (over 750)');
  });
});

describe('audits scored with the old method', () => {
  let current: Audit;
  let old: unknown;
  beforeAll(async () => {
    const out = join(tempTree(), 'content');
    await runCli(['audit', join(PACKAGE_ROOT, 'examples'), '--out', out, '--date', '2026-01-15', '--quiet', '--no-cache', '--no-report'], { cwd: PACKAGE_ROOT });
    const file = join(out, 'audits/2026-01-15/audit.json');
    current = parseAudit(JSON.parse(readFileSync(file, 'utf8')), file);
    // The same audit as schema 1 wrote it: no compliance figures, the file-mean method and its scores.
    const v1 = structuredClone(current) as unknown as Record<string, any>;
    v1.schemaVersion = 1;
    v1.scoring = { method: 'file-mean', weights: current.scoring.weights, ruleCap: 3, target: 90, formula: 'mean of file scores' };
    v1.summary.score = 90.9;
    v1.summary.grade = 'A-';
    for (const c of v1.summary.categories) {
      for (const k of ['compliantFiles', 'compliantShare', 'errorFiles', 'errors', 'warnings', 'info']) delete c[k];
      c.score = 99;
      c.grade = 'A+';
    }
    for (const c of Object.values(v1.summary.findingsByRule) as Array<Record<string, unknown>>) for (const k of ['applicableFiles', 'compliantFiles', 'errors', 'warnings', 'info']) delete c[k];
    old = v1;
  });

  test('are still read: the compliance figures are computed, the old scores kept under their method', () => {
    const migrated = parseAudit(structuredClone(old), 'old/audit.json');
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.scoring.method).toBe('file-mean');
    expect(migrated.summary.grade).toBe('A-');
    expect(migrated.summary.categories.map((c) => [c.id, c.compliantFiles, c.score])).toEqual(current.summary.categories.map((c) => [c.id, c.compliantFiles, 99]));
    expect(migrated.summary.findingsByRule).toEqual(current.summary.findingsByRule);
  });

  test('testaudit diff across the change reports the method change, not a jump in grade', () => {
    const migrated = parseAudit(structuredClone(old), 'old/audit.json');
    const diff = diffAudits(migrated, current);
    expect(diff.methodChanged).toEqual({ from: 'file-mean', to: 'compliance' });
    const md = diffMarkdown(diff);
    expect(md).toContain('The scoring method changed (file-mean → compliance), so the grades are not comparable');
    expect(md).not.toMatch(/Grade A- → /);
  });
});

describe('configuration changes in words', () => {
  test('option changes read as words and numbers, never as escaped JSON', () => {
    const before = [rule('module-docstring', 'documentation', 'warning'), rule('max-file-lines', 'structure', 'warning'), rule('no-os-environ', 'structure', 'warning')];
    const after = structuredClone(before);
    after[0]!.options = { requiredSections: [{ title: 'Business Value Justification', fields: ['Segment'] }] };
    after[1]!.options = { max: 500 };
    before[1]!.options = { max: 750 };
    after[2]!.scope = { categories: ['integration', 'e2e'], paths: [] };
    const files = [file('tests/test_a.py', before.map((r) => r.id), [])];
    const changes = diffAudits(auditOf(files, before), auditOf(files, after)).ruleChanges;
    expect(changes).toEqual([
      { ruleId: 'module-docstring', change: 'requiredSections set' },
      { ruleId: 'max-file-lines', change: 'max 750 → 500' },
      { ruleId: 'no-os-environ', change: 'applies to integration, e2e (was all test modules)' },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/[{"\\]\s*title/);
  });
});

