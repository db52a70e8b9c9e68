/** The result cache: reused only when everything that shapes a result is unchanged, never trusted blindly. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cacheSpec, readCached, writeCached } from '../analyzer/cache.js';
import { resolveConfig } from '../analyzer/config.js';
import { DEFAULT_PARSE_LIMITS } from '../analyzer/parse.js';
import type { AuditedFile } from '../src/lib/schema.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const FILE = { path: 'tests/test_a.py', findings: [] } as unknown as AuditedFile;
const bytes = new TextEncoder().encode('def test_a():\n    assert 1\n');

function entries(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : out.push(join(d, e.name));
  };
  walk(dir);
  return out.filter((p) => p.endsWith('.json'));
}

test('an entry is found again for the same path and bytes only', () => {
  const spec = cacheSpec(tempTree(), resolveConfig(null, {}), DEFAULT_PARSE_LIMITS);
  writeCached(spec, FILE.path, bytes, FILE);
  expect(readCached(spec, FILE.path, bytes)).toEqual(FILE);
  expect(readCached(spec, 'tests/test_b.py', bytes)).toBeNull();
  expect(readCached(spec, FILE.path, new TextEncoder().encode('def test_a():\n    assert 2\n'))).toBeNull();
});

test('a different configuration uses a different folder', () => {
  const root = tempTree();
  const a = cacheSpec(root, resolveConfig(null, {}), DEFAULT_PARSE_LIMITS);
  const b = cacheSpec(root, resolveConfig(null, { preset: 'real-services' }), DEFAULT_PARSE_LIMITS);
  const c = cacheSpec(root, resolveConfig({ rules: { 'max-file-lines': { options: { max: 100 } } } }, {}), DEFAULT_PARSE_LIMITS);
  expect(new Set([a.dir, b.dir, c.dir]).size).toBe(3);
});

test.each([
  ['truncated', (t: string) => t.slice(0, t.length - 5)],
  ['edited', (t: string) => t.replace('"findings":[]', '"findings":[{}]')],
  ['emptied', () => ''],
  ['not ours', () => 'hello\n{}'],
])('a %s entry is ignored', (_name, damage) => {
  const spec = cacheSpec(tempTree(), resolveConfig(null, {}), DEFAULT_PARSE_LIMITS);
  writeCached(spec, FILE.path, bytes, FILE);
  const [entry] = entries(spec.dir);
  writeFileSync(entry!, damage(readFileSync(entry!, 'utf8')));
  expect(readCached(spec, FILE.path, bytes)).toBeNull();
});

test('a warm audit gives the same JSON as a cold one, repairs a damaged entry, and --no-cache writes no cache', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`tests/unit/test_${i}.py`] = `from . import x\n\ndef test_${i}():\n    assert x == ${i}\n`;
  const root = tempTree(files);
  const out = join(tempTree(), 'content');
  const audit = async (id: string, ...extra: string[]) => {
    const r = await runCli(['audit', root, '--out', out, '--id', id, '--date', '2026-03-04', '--quiet', '--no-compare', ...extra], { cwd: root });
    expect(r.stderr).toBe('');
    return readFileSync(join(out, 'audits', id, 'audit.json'), 'utf8').replace(`"id": "${id}"`, '');
  };
  const cold = await audit('cold');
  const cacheRoot = join(root, '.testaudit-cache');
  expect(readFileSync(join(cacheRoot, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  const cached = entries(cacheRoot);
  expect(cached).toHaveLength(30);
  writeFileSync(cached[0]!, 'garbage');
  expect(await audit('warm')).toBe(cold);
  expect(readFileSync(cached[0]!, 'utf8')).not.toBe('garbage');

  const other = tempTree(files);
  await runCli(['audit', other, '--out', out, '--id', 'nocache', '--no-cache', '--quiet'], { cwd: other });
  expect(existsSync(join(other, '.testaudit-cache'))).toBe(false);
});
