/**
 * The output formats of `--format`: a golden copy per format (reviewed by eye; rewrite them with
 * UPDATE_GOLDEN=1), then each checked by its consumer: reviewdog's rdjson against its published JSON
 * Schema, JUnit XML read back by our own JUnit reader, GitLab's Code Quality fields as GitLab documents
 * them, and GitHub's annotation cap.
 *
 * test/formats/audit.json is the audit of a small suite written for these tests (two modules: mocks,
 * sleeps, `os.environ`, a relative import, a suppressed print, non-ASCII text before a finding).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { FORMAT_NAMES, FORMATS, statistics } from '../../src/formats/index.js';
import { githubAnnotations } from '../../src/formats/github.js';
import { parseJunit } from '../../src/lib/junit.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import type { Audit, Finding } from '../../src/lib/schema.js';

const HERE = join(PACKAGE_ROOT, 'test/formats');
const audit: Audit = parseAudit(JSON.parse(readFileSync(join(HERE, 'audit.json'), 'utf8')), 'audit.json');
const ctx = { pathPrefix: 'shop', siteUrl: 'https://qa.example.com/audits-site/', reportPath: 'content/audits/2026-03-01/report.md' };
const render = (name: (typeof FORMAT_NAMES)[number]) => FORMATS[name].format(audit, ctx);
const unsuppressed = audit.files.flatMap((f) => f.findings.filter((x) => !x.suppressed).map((x) => ({ path: `shop/${f.path}`, ...x })));

describe('golden copies', () => {
  const golden = (name: string) => join(HERE, 'golden', `${name}.txt`);
  test.each(FORMAT_NAMES)('%s', (name) => {
    const out = render(name);
    if (process.env['UPDATE_GOLDEN']) {
      mkdirSync(join(HERE, 'golden'), { recursive: true });
      writeFileSync(golden(name), out);
    }
    expect(out).toBe(readFileSync(golden(name), 'utf8'));
  });

  test('every format has a golden copy and every golden copy a format', () => {
    expect(readdirSync(join(HERE, 'golden')).sort()).toEqual(FORMAT_NAMES.map((n) => `${n}.txt`).sort());
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_NAMES].sort());
  });
});

test('the fixture has what the formats must handle', () => {
  expect(audit.files.some((f) => f.findings.some((x) => x.suppressed))).toBe(true);
  expect(new Set(unsuppressed.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
});

test('concise: one clickable path:line:col: rule message line per unsuppressed finding', () => {
  const lines = render('concise').trimEnd().split('\n');
  expect(lines).toHaveLength(unsuppressed.length);
  for (const line of lines) expect(line).toMatch(/^shop\/tests\/[^:]+\.py:\d+:\d+: [a-z-]+ \S/);
  expect(render('concise')).not.toContain('redundant-print');
});

test('rdjson is valid against reviewdog\'s DiagnosticResult schema, with columns in UTF-8 bytes', () => {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test/fixtures/rdjson-diagnostic-result.schema.json'), 'utf8'));
  const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
  const doc = JSON.parse(render('rdjson'));
  expect(validate(doc) ? [] : validate.errors).toEqual([]);
  expect(doc.diagnostics).toHaveLength(unsuppressed.length);
  // `label = "café"; time.sleep(1)`: é is 1 UTF-16 unit and 2 UTF-8 bytes, so the byte column is one more.
  const sleep = unsuppressed.find((f) => f.ruleId === 'sleepy-test' && f.snippet.lines.some((l) => l.includes('café')))!;
  const diag = doc.diagnostics.find((d: { location: { range: { start: { line: number } } } }) => d.location.range.start.line === sleep.line);
  expect(diag.location.range.start.column).toBe(sleep.column + 1);
  // The schema is permissive (additionalProperties), so check the shape reviewdog reads, too.
  expect(Object.keys(diag).sort()).toEqual(['code', 'location', 'message', 'severity']);
});

test('gitlab: the fields GitLab documents, with unique fingerprints even for identical findings', () => {
  const twice = structuredClone(audit);
  const file = twice.files.find((f) => f.findings.length)!;
  file.findings.push({ ...file.findings[0]! });
  const issues = JSON.parse(FORMATS.gitlab.format(twice, ctx)) as Array<Record<string, unknown>>;
  for (const issue of issues) {
    expect(issue).toMatchObject({ description: expect.any(String), check_name: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue['severity']);
    expect(issue['location']).toMatchObject({ path: expect.stringMatching(/^shop\/tests\//), lines: { begin: expect.any(Number) } });
  }
  expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length);
});

test('junit is well-formed and read back by our JUnit reader: a failed case per finding, a passing one per clean file', () => {
  const cases = parseJunit(render('junit'), 'junit.xml');
  expect(cases.filter((c) => c.outcome === 'failed')).toHaveLength(unsuppressed.length);
  const clean = audit.files.filter((f) => !f.findings.some((x) => !x.suppressed)).length;
  expect(cases.filter((c) => c.outcome === 'passed')).toHaveLength(clean);
});

test('json and json-lines carry the same records', () => {
  const lines = render('json-lines').trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(JSON.parse(render('json'))).toEqual(lines);
  expect(lines.filter((l) => l.path !== null)).toHaveLength(unsuppressed.length);
});

describe('github: at most 10 annotations of each kind, then one line counting the rest', () => {
  const many = (severity: Finding['severity'], n: number, isNew = false): Finding[] =>
    Array.from({ length: n }, (_, i) => ({ ...unsuppressed[0]!, path: undefined, severity, line: i + 1, message: `m${i}`, new: isNew, suppressed: false }) as Finding);

  test('within the limits: every finding, no summary line', () => {
    const out = githubAnnotations(audit, ctx);
    expect(out.trimEnd().split('\n')).toHaveLength(unsuppressed.length);
    expect(out).not.toContain('more in the report');
  });

  test('over the limits: 10 errors, 10 warnings, 9 notices and the count of the rest', () => {
    const big = structuredClone(audit);
    for (const f of big.files) f.findings = [];
    big.files[0]!.findings = [...many('error', 25), ...many('warning', 12), ...many('info', 30)];
    const lines = githubAnnotations(big, ctx).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(lines.at(-1)).toBe('::notice title=testaudit::… and 38 more in the report (content/audits/2026-03-01/report.md)');
  });

  test('new findings take the visible slots first', () => {
    const big = structuredClone(audit);
    big.files[0]!.findings = [...many('error', 12), ...many('error', 2, true).map((f) => ({ ...f, line: 100 + f.line, message: 'new one' }))];
    const errors = githubAnnotations(big, ctx).split('\n').filter((l) => l.startsWith('::error '));
    expect(errors.filter((l) => l.endsWith('::new one'))).toHaveLength(2);
  });
});

test('--statistics: every rule with findings, most first', () => {
  const lines = statistics(audit).trimEnd().split('\n');
  const counts = lines.map((l) => Number(l.trim().split(/\s+/)[0]));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(lines.map((l) => l.trim().split(/\s+/)[1]).sort()).toEqual(Object.entries(audit.summary.findingsByRule).filter(([, c]) => c.findings > 0).map(([id]) => id).sort());
});
