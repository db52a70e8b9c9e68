/** The streamed audit.json is JSON.stringify(audit, null, 2) in ASCII, and validated per part. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { asciiJson, auditIssues, writeAuditJson } from '../analyzer/audit-json.js';
import { PACKAGE_ROOT } from '../analyzer/version.js';
import type { Audit } from '../src/lib/schema.js';
import { tempTree } from './helpers/tmp.js';

const demo = (): Audit => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'content/audits/2026-02-15/audit.json'), 'utf8'));

test('streamed JSON equals JSON.stringify with two-space indentation, in ASCII', async () => {
  const audit = demo();
  const out = join(tempTree(), 'audit.json');
  await writeAuditJson(out, audit);
  expect(readFileSync(out, 'utf8')).toBe(`${asciiJson(JSON.stringify(audit, null, 2))}\n`);
  const empty = { ...audit, files: [] };
  await writeAuditJson(out, empty);
  expect(readFileSync(out, 'utf8')).toBe(`${asciiJson(JSON.stringify(empty, null, 2))}\n`);
});

test('non-ASCII text is escaped and reads back unchanged', async () => {
  const audit = demo();
  const odd = 'café … → 🎉 \ud800 "quoted" \\ back\tslash';
  audit.audit.title = odd;
  audit.files.find((f) => f.findings.length)!.findings[0]!.message = odd;
  const out = join(tempTree(), 'audit.json');
  await writeAuditJson(out, audit);
  const bytes = readFileSync(out);
  expect(bytes.every((b) => b < 0x80)).toBe(true);
  expect(bytes.toString('utf8')).toContain('caf\\u00e9 \\u2026 \\u2192 \\ud83c\\udf89 \\ud800');
  const back = JSON.parse(bytes.toString('utf8')) as Audit;
  expect(back.audit.title).toBe(odd);
  expect(back).toEqual(audit);
});

test('schema problems are found in the files and in the rest', () => {
  const audit = demo();
  expect(auditIssues(audit)).toEqual([]);
  (audit.files[3] as unknown as { lines: string }).lines = 'many';
  (audit.summary as unknown as { grade: string }).grade = 'Z';
  const issues = auditIssues(audit);
  expect(issues.some((i) => i.startsWith('summary.grade'))).toBe(true);
  expect(issues.some((i) => i.startsWith('files.3.lines'))).toBe(true);
});
