/**
 * Counts checked against Python's own `ast` on a real suite written by people who never heard of
 * us: a deterministic sample of the standard library's test files (skipped where python3 or its
 * test package is missing). Nothing of the stdlib is committed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { discoverTestFiles } from '../../analyzer/discover.js';
import { DEFAULT_INCLUDE } from '../../analyzer/config.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

function stdlibTests(): string | null {
  try {
    return execFileSync('python3', ['-c', 'import test, os; print(os.path.dirname(test.__file__))'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

const root = stdlibTests();

test.skipIf(!root)('lines and tests per file equal Python ast on a sample of the stdlib test suite', async () => {
  const all = await discoverTestFiles(root!, { include: DEFAULT_INCLUDE, exclude: [] });
  expect(all.length).toBeGreaterThan(300);
  const sample = all.filter((_, i) => i % 12 === 0);
  const dir = tempTree();
  const list = join(dir, 'files.txt');
  writeFileSync(list, `${sample.join('\n')}\n`);
  const r = await runCli(['audit', root!, '--out', join(dir, 'content'), '--files-from', list, '--id', 'stdlib', '--no-cache', '--quiet'], { cwd: dir });
  expect(r.stderr).toBe('');
  const audit = JSON.parse(readFileSync(join(dir, 'content/audits/stdlib/audit.json'), 'utf8'));
  const reference = execFileSync('python3', [join(PACKAGE_ROOT, 'test/reference/count_tests.py'), root!], { input: sample.join('\n') })
    .toString()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { path: string; lines: number; tests: number | null });
  const ours = new Map<string, { lines: number; tests: number; status: string }>(audit.files.map((f: { path: string }) => [f.path, f]));
  let compared = 0;
  for (const ref of reference) {
    const mine = ours.get(ref.path)!;
    expect(mine.lines, ref.path).toBe(ref.lines);
    if (ref.tests !== null && mine.status === 'ok') {
      expect(mine.tests, ref.path).toBe(ref.tests);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(sample.length * 0.9);
});
