/**
 * The benchmark runs in the test suite in a small configuration so that it cannot rot. No timing
 * assertions: only that every phase ran on every file and the ratios were computed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../bench/generate.js';
import { runBench } from '../bench/run.js';
import { tempTree } from './helpers/tmp.js';

test('the generated corpus is deterministic and has the real-world oddities', () => {
  const a = generateCorpus(tempTree(), { files: 120, scale: 0.3, seed: 7 });
  const b = generateCorpus(tempTree(), { files: 120, scale: 0.3, seed: 7 });
  expect({ ...a, dir: '' }).toEqual({ ...b, dir: '' });
  const sample = 'netra_backend/tests/conftest.py';
  expect(readFileSync(join(a.dir, sample), 'utf8')).toBe(readFileSync(join(b.dir, sample), 'utf8'));
  expect(a.lines).toBeGreaterThan(120 * 20);
});

test('npm run bench measures every phase in a small configuration', () => {
  const result = runBench({ files: 40, scale: 0.2, seed: 3, runs: 1, jobs: 2, corpusDir: tempTree(), peers: true });
  expect(result.phases.map((p) => p.name)).toEqual(['read floor', 'parse floor', 'audit cold', 'audit warm', 'audit no cache', 'report command', 'site build', 'ruff-wasm lint']);
  for (const p of result.phases) {
    // The site phase counts pages: one per file, plus the dashboard, rules, archive and 404.
    if (p.name === 'site build') expect(p.runs[0]!.files).toBeGreaterThan(40 + 3);
    else expect(p.runs[0]!.files, p.name).toBe(40);
    expect(p.medianMs).toBeGreaterThan(0);
  }
  for (const v of Object.values(result.ratios)) expect(Number.isFinite(v)).toBe(true);
});
