/**
 * The site's data: every archived audit under the content folder, read through the analyzer's own
 * schema (a newer or older schema version fails the build naming the file and version), and the
 * pure view-model helpers the pages share. Loaded once per build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonText, parseAuditText } from '../lib/read-audit.js';
import type { Audit, AuditedFile, Finding } from '../lib/schema.js';

/** Where the archive is: TESTAUDIT_CONTENT (set by `testaudit site`), else ./content. */
export function contentDir(): string {
  return resolve(process.env['TESTAUDIT_CONTENT'] ?? 'content');
}

/** Newest first: by date, then by the -2, -3 … suffix of the id. */
export function compareNewestFirst(a: Audit, b: Audit): number {
  if (a.audit.date !== b.audit.date) return a.audit.date < b.audit.date ? 1 : -1;
  const n = (id: string) => Number(/-(\d+)$/.exec(id.slice(10))?.[1] ?? 1);
  return n(b.audit.id) - n(a.audit.id) || (a.audit.id < b.audit.id ? 1 : -1);
}

let cache: { dir: string; audits: Audit[] } | null = null;

/** Every audit in the archive, newest first. */
export function loadAudits(dir = contentDir()): Audit[] {
  if (cache?.dir === dir) return cache.audits;
  const root = join(dir, 'audits');
  const ids = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  const audits = ids
    .filter((id) => existsSync(join(root, id, 'audit.json')))
    .map((id) => {
      const file = join(root, id, 'audit.json');
      return parseAuditText(jsonText(readFileSync(file)), file);
    })
    .sort(compareNewestFirst);
  cache = { dir, audits };
  return audits;
}

/** Whether the audit folder holds a rendered report.md to link to. */
export function hasReport(id: string, dir = contentDir()): boolean {
  return existsSync(join(dir, 'audits', id, 'report.md'));
}

/** The report.md of an audit, for the dashboard's download link. */
export function reportText(id: string, dir = contentDir()): string | null {
  const file = join(dir, 'audits', id, 'report.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export { fileSlug } from '../lib/slug.js';

export const live = (f: AuditedFile): Finding[] => f.findings.filter((x) => !x.suppressed);

export function grade(score: number): string {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

/** Points of a trend line (score, errors) for an inline SVG, oldest first. */
export function trendPoints(audits: readonly Audit[], width: number, height: number, pad = 24) {
  const old = [...audits].reverse();
  const maxErrors = Math.max(1, ...old.map((a) => a.summary.findingsBySeverity.error));
  const x = (i: number) => (old.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (old.length - 1));
  const y = (v: number, max: number) => height - pad - (v / max) * (height - 2 * pad);
  return old.map((a, i) => ({
    id: a.audit.id,
    date: a.audit.date,
    score: a.summary.score,
    errors: a.summary.findingsBySeverity.error,
    x: Math.round(x(i) * 10) / 10,
    yScore: Math.round(y(a.summary.score, 100) * 10) / 10,
    yErrors: Math.round(y(a.summary.findingsBySeverity.error, maxErrors) * 10) / 10,
    configChanged: a.comparison?.configChanged ?? false,
  }));
}
