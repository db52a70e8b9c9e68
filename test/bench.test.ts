/**
 * The benchmark runs in the test suite in a small configuration so that it cannot rot. No timing
 * assertions: only that every phase ran on every file and the ratios were computed, and that the
 * goals are read from the right result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../bench/generate.js';
import { checkGoals } from '../bench/goals.js';
import { runBench, type BenchResult } from '../bench/run.js';
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

function result(files: number, lines: number, runs: number, phases: Record<string, [number, number]>, ratios: Record<string, number>): BenchResult {
  return {
    tool: '0',
    date: '2026-12-01T00:00:00.000Z',
    machine: { cpus: 2, model: 'x', node: 'v20' },
    corpus: { files, scale: 1, seed: 1, bytes: lines * 40, lines },
    jobs: 2,
    phases: Object.entries(phases).map(([name, [ms, maxRssMB]]) => ({ name, medianMs: ms, maxRssMB, runs: Array.from({ length: runs }, () => ({ ms, maxRssMB, files })) })),
    ratios,
  };
}

test('goals are checked against the result that can answer each, with the figure it gives', () => {
  const main = result(
    3000,
    1_300_000,
    3,
    { 'audit cold': [33_000, 380], 'audit no cache': [30_000, 390], 'site build': [12_000, 670], 'ruff-wasm lint': [6_000, 600] },
    {
      'audit no cache / parse floor': 5.2,
      'cold / warm': 14,
      'report render only (s)': 0.4,
      'report command (s)': 1.2,
      'site pages per second': 253.4,
      'audit no cache / ruff-wasm lint': 5,
    },
  );
  const large = result(4550, 2_010_000, 1, { 'audit cold': [50_000, 395], 'audit no cache': [48_000, 410] }, { 'audit no cache / parse floor': 5.5, 'cold / warm': 13 });
  const checks = checkGoals([
    { file: 'a-4550.json', result: large },
    { file: 'a-3000.json', result: main },
  ]);
  const row = (start: string) => checks.find((c) => c.goal.startsWith(start))!;
  expect(row('Audit (no cache)')).toEqual({ goal: 'Audit (no cache) ≤ 1.3× the parse-only floor', measured: '5.20×', met: false, source: 'a-3000.json' });
  expect(row('Audit faster than Ruff')).toMatchObject({ measured: "5.00× Ruff's time", met: false });
  expect(row('At least 10× faster than flake8')).toMatchObject({ met: null, source: null, measured: 'not measured (flake8 is not installed here)' });
  expect(row('Re-audit')).toMatchObject({ measured: '14.00×', met: true, source: 'a-3000.json' });
  expect(row('Audit peak RSS')).toMatchObject({ measured: '410 MB', met: false, source: 'a-4550.json' });
  expect(row('Report rendering')).toMatchObject({ measured: '0.40 s (read, validate and render: 1.20 s)', met: true });
  expect(row('Site: ≥ 250')).toMatchObject({ measured: '253 pages/s', met: true });
  expect(row("A 3,000-file audit's site")).toMatchObject({ measured: '12.00 s', met: true });
  expect(row('Site build peak RSS')).toMatchObject({ measured: '670 MB', met: true });
  // flake8, when a run has it, is compared with the audit of the same run.
  const withFlake8 = result(3000, 1_300_000, 1, { 'audit no cache': [30_000, 390], 'flake8 lint': [240_000, 300] }, {});
  expect(checkGoals([{ file: 'f.json', result: withFlake8 }]).find((c) => c.goal.includes('flake8'))).toMatchObject({ measured: '8.00× faster', met: false, source: 'f.json' });
  // Without a 2 M-line result, the memory goal says how to measure it.
  expect(checkGoals([{ file: 'a-3000.json', result: main }]).find((c) => c.goal.startsWith('Audit peak RSS'))).toMatchObject({ met: null, measured: 'not measured (run with --files 4550 for 2 M lines)' });
});
