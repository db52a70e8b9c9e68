/** View helpers for the pages: pure functions over one audit, unit-tested. */
import { sameSuite } from '../lib/diff.js';
import type { Audit, AuditedFile, Severity } from '../lib/schema.js';
import { fileSlug } from '../lib/slug.js';
import { live } from './data.js';

export interface FileRow {
  path: string;
  href: string;
  category: string;
  area: string;
  grade: string;
  score: number;
  tests: number;
  lines: number;
  errors: number;
  warnings: number;
  infos: number;
  rules: string[];
}

const count = (f: AuditedFile, s: Severity) => live(f).filter((x) => x.severity === s).length;

export function fileRows(audit: Audit, base: string): FileRow[] {
  return audit.files.map((f) => ({
    path: f.path,
    href: `${base}audits/${audit.audit.id}/files/${fileSlug(f.path)}/`,
    category: f.category ?? '—',
    area: f.area ?? '—',
    grade: f.grade,
    score: f.score,
    tests: f.tests,
    lines: f.lines,
    errors: count(f, 'error'),
    warnings: count(f, 'warning'),
    infos: count(f, 'info'),
    rules: [...new Set(live(f).map((x) => x.ruleId))].sort(),
  }));
}

/** The previous and next audit of the same suite, by date (audits are newest first). */
export function neighbours(audits: readonly Audit[], audit: Audit): { older: Audit | null; newer: Audit | null } {
  const suite = audits.filter((a) => sameSuite(a, audit));
  const i = suite.findIndex((a) => a.audit.id === audit.audit.id);
  return { older: suite[i + 1] ?? null, newer: i > 0 ? suite[i - 1]! : null };
}

/** Per rule with findings: count, files, severity; most serious first. */
export function ruleIssues(audit: Audit) {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return audit.rules
    .map((r) => ({ rule: r, ...(audit.summary.findingsByRule[r.id] ?? { findings: 0, files: 0, suppressed: 0 }) }))
    .filter((r) => r.findings > 0)
    .sort((a, b) => order[a.rule.severity] - order[b.rule.severity] || b.findings - a.findings || (a.rule.id < b.rule.id ? -1 : 1));
}

/** Files a rule reports on, with their first finding (line and message). */
export function filesOfRule(audit: Audit, ruleId: string) {
  return audit.files
    .map((f) => ({ file: f, findings: live(f).filter((x) => x.ruleId === ruleId) }))
    .filter((x) => x.findings.length > 0)
    .map(({ file, findings }) => ({ path: file.path, slug: fileSlug(file.path), count: findings.length, first: findings[0]! }));
}

/** The coverage page: per area its capabilities, each with links to the file pages of its tests. */
export function coverageView(audit: Audit, base: string) {
  const home = `${base}audits/${audit.audit.id}/`;
  const cov = audit.coverage;
  if (!cov) return null;
  return {
    areas: cov.areas.map((a) => ({
      name: a.name,
      covered: a.covered,
      total: a.total,
      percent: a.percent,
      capabilities: a.capabilities.map((c) => ({
        name: c.name,
        status: c.status,
        ok: c.status === 'covered',
        statusText: c.status === 'covered' ? 'covered' : c.status === 'uncovered' ? 'no test' : c.status === 'skipped-only' ? 'only skipped tests' : 'only failing or skipped tests',
        tests: c.tests,
        categories: c.categories,
        more: c.tests - c.covering.length,
        covering: c.covering.map((t) => ({
          label: `${t.className ? `${t.className}::` : ''}${t.name}`,
          href: `${home}files/${fileSlug(t.path)}/#L${t.line}`,
          path: t.path,
          line: t.line,
          note: [t.category ?? '', t.skipped ? 'skipped' : '', t.outcome && t.outcome !== 'passed' && t.outcome !== 'skipped' ? t.outcome : '', `matched in ${t.via === 'string' ? 'a string literal' : `the ${t.via === 'class' ? 'class name' : t.via}`}`].filter(Boolean).join(' · '),
        })),
      })),
    })),
    namedValues: cov.namedValues.map((v) => ({ ...v, ok: v.tests >= v.minTests })),
    findings: cov.findings,
  };
}
