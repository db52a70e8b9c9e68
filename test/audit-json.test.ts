/** The streamed audit.json is byte for byte JSON.stringify(audit, null, 2), and validated per part. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { auditIssues, writeAuditJson } from '../analyzer/audit-json.js';
import { PACKAGE_ROOT } from '../analyzer/version.js';
import type { Audit } from '../src/lib/schema.js';
import { tempTree } from './helpers/tmp.js';

const demo = (): Audit => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'content/audits/2026-02-15/audit.json'), 'utf8'));

test('streamed JSON equals JSON.stringify with two-space indentation', async () => {
  const audit = demo();
  const out = join(tempTree(), 'audit.json');
  await writeAuditJson(out, audit);
  expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(audit, null, 2)}\n`);
  const empty = { ...audit, files: [] };
  await writeAuditJson(out, empty);
  expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
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
