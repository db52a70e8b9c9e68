/** The worker pool: results in input order whatever the scheduling, and a watchdog for stuck files. */
import { expect, test } from 'vitest';
import { resolveConfig } from '../analyzer/config.js';
import { auditFiles } from '../analyzer/pool.js';
import { tempTree } from './helpers/tmp.js';

function suite(n: number) {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`tests/unit/test_${String(i).padStart(3, '0')}.py`] = `def test_${i}():\n    assert ${i} == ${i}\n`;
  return { root: tempTree(files), paths: Object.keys(files).sort() };
}

test('two workers return every file, in input order', async () => {
  const { root, paths } = suite(80);
  const files = await auditFiles(root, paths, resolveConfig(null, {}), { jobs: 2 });
  expect(files.map((f) => f.path)).toEqual(paths);
  expect(files.every((f) => f.status === 'ok' && f.tests === 1)).toBe(true);
});

test('a file that never finishes is reported after the timeout, and the audit goes on', async () => {
  const { root, paths } = suite(80);
  const seen: string[] = [];
  const files = await auditFiles(root, paths, resolveConfig(null, {}), { jobs: 2, fileTimeoutMs: 400, hangOn: 'test_017', onFile: (f) => seen.push(f.path) });
  expect(files.map((f) => f.path)).toEqual(paths);
  const stuck = files.find((f) => f.path === 'tests/unit/test_017.py')!;
  expect(stuck.findings.map((f) => [f.ruleId, f.message])).toEqual([['internal-error', 'testaudit stopped checking this file after 0.4 s (the parser or a rule did not finish); it was not audited. Please report it.']]);
  expect(files.filter((f) => f.path !== stuck.path).every((f) => f.status === 'ok' && f.tests === 1)).toBe(true);
  expect(new Set(seen).size).toBe(80);
});
