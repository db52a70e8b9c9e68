/**
 * `npm run bench`: generate the synthetic suite (seeded), then measure in one run, each phase in
 * its own process and repeated `--runs` times (median): the read-only floor, the parse-only floor
 * (same discovery, same workers), the full audit cold (real-services preset, JSON written) and warm
 * (result cache), and optional phases other modules register (report rendering, site build).
 * Prints a table with the ratios the performance goals are stated in, and writes it as JSON to
 * bench/results/ so a change can be compared with the last result. No timing assertions anywhere:
 * these machines are noisy, so the figures are ratios of one run.
 *
 *   npm run bench -- [--files 3000] [--scale 1] [--seed 1] [--runs 3] [--jobs N] [--out DIR] [--peers]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../analyzer/archive.js';
import { TOOL_VERSION } from '../analyzer/version.js';
import { generateCorpus, type CorpusInfo } from './generate.js';
import { checkGoals } from './goals.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root, whether this runs from bench/ (tsx) or out/bench/ (built). */
const REPO = existsSync(join(HERE, '..', 'package.json')) ? join(HERE, '..') : join(HERE, '..', '..');
const CHILD = join(REPO, 'out', 'bench', 'child.js');

export interface Measure {
  ms: number;
  maxRssMB: number;
  files: number;
  /** Report phase: the rendering alone, without reading and validating the audit. */
  renderMs?: number;
}

export interface PhaseResult {
  name: string;
  runs: Measure[];
  medianMs: number;
  maxRssMB: number;
}

export interface BenchResult {
  tool: string;
  date: string;
  machine: { cpus: number; model: string; node: string };
  corpus: Omit<CorpusInfo, 'dir'>;
  jobs: number;
  phases: PhaseResult[];
  ratios: Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function child(...args: string[]): Measure {
  const out = execFileSync(process.execPath, [CHILD, ...args], { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n').pop()!;
  return JSON.parse(out) as Measure;
}

function phase(name: string, runs: number, run: (i: number) => Measure): PhaseResult {
  const measures: Measure[] = [];
  for (let i = 0; i < runs; i++) measures.push(run(i));
  return { name, runs: measures, medianMs: median(measures.map((m) => m.ms)), maxRssMB: Math.max(...measures.map((m) => m.maxRssMB)) };
}

function peerAvailable(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

export interface BenchOptions {
  files: number;
  scale: number;
  seed: number;
  runs: number;
  jobs: number;
  corpusDir: string;
  peers: boolean;
}

export function runBench(opts: BenchOptions, log: (line: string) => void = () => {}): BenchResult {
  if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: run npm run build first.`);
  const corpus = generateCorpus(opts.corpusDir, { files: opts.files, scale: opts.scale, seed: opts.seed });
  log(`corpus: ${corpus.files} files, ${corpus.lines.toLocaleString('en-US')} lines, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.dir}`);
  const jobs = String(opts.jobs);
  const scratch = mkdtempSync(join(tmpdir(), 'testaudit-bench-'));
  const phases: PhaseResult[] = [];
  const add = (p: PhaseResult): void => {
    phases.push(p);
    log(`${p.name.padEnd(16)} ${(p.medianMs / 1000).toFixed(2).padStart(8)} s  ${p.maxRssMB.toFixed(0).padStart(6)} MB peak`);
  };
  try {
    add(phase('read floor', opts.runs, () => child('read', corpus.dir, jobs)));
    add(phase('parse floor', opts.runs, () => child('parse', corpus.dir, jobs)));
    add(
      phase('audit cold', opts.runs, (i) => {
        const cache = join(scratch, `cache-${i}`);
        return child('audit', corpus.dir, jobs, cache);
      }),
    );
    add(phase('audit warm', opts.runs, () => child('audit', corpus.dir, jobs, join(scratch, 'cache-0'))));
    add(phase('audit no cache', opts.runs, () => child('audit', corpus.dir, jobs, '-')));
    // The audit above wrote <corpus>/../bench-out/audits/bench/audit.json.
    const auditJson = join(corpus.dir, '..', 'bench-out', 'audits', 'bench', 'audit.json');
    add(phase('report command', opts.runs, () => child('report', auditJson, jobs)));
    // The site of that one audit: a dashboard, a page per file and per rule.
    add(phase('site build', opts.runs, (i) => child('site', join(corpus.dir, '..', 'bench-out'), jobs, join(scratch, `site-${i}`))));
    if (opts.peers) {
      if (peerAvailable('@astral-sh/ruff-wasm-nodejs')) add(phase('ruff-wasm lint', opts.runs, () => child('ruff', corpus.dir, jobs)));
      else log('peers: @astral-sh/ruff-wasm-nodejs is not installed; skipped');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const ms = (name: string): number => phases.find((p) => p.name === name)?.medianMs ?? NaN;
  const round = (x: number): number => Math.round(x * 100) / 100;
  const ratios: Record<string, number> = {
    'audit no cache / parse floor': round(ms('audit no cache') / ms('parse floor')),
    'audit cold (cache written) / parse floor': round(ms('audit cold') / ms('parse floor')),
    'cold / warm': round(ms('audit cold') / ms('audit warm')),
    'parse floor / read floor': round(ms('parse floor') / ms('read floor')),
    'report command (s)': round(ms('report command') / 1000),
    'report render only (s)': round(median(phases.find((p) => p.name === 'report command')?.runs.map((r) => r.renderMs ?? NaN) ?? [NaN]) / 1000),
    'site build (s)': round(ms('site build') / 1000),
    'site pages per second': round((phases.find((p) => p.name === 'site build')?.runs[0]?.files ?? NaN) / (ms('site build') / 1000)),
    ...(phases.some((p) => p.name === 'ruff-wasm lint') ? { 'audit no cache / ruff-wasm lint': round(ms('audit no cache') / ms('ruff-wasm lint')) } : {}),
  };
  const { dir: _dir, ...corpusInfo } = corpus;
  return {
    tool: TOOL_VERSION,
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version },
    corpus: corpusInfo,
    jobs: opts.jobs,
    phases,
    ratios,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '3000' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      jobs: { type: 'string', default: String(availableParallelism()) },
      out: { type: 'string', default: join(REPO, 'bench', 'results') },
      peers: { type: 'boolean', default: false },
    },
  });
  const opts: BenchOptions = {
    files: Number(values.files),
    scale: Number(values.scale),
    seed: Number(values.seed),
    runs: Number(values.runs),
    jobs: Number(values.jobs),
    corpusDir: join(REPO, 'bench', 'corpus'),
    peers: values.peers,
  };
  for (const [k, v] of Object.entries(opts)) if (typeof v === 'number' && !(v > 0)) throw new Error(`--${k} expects a positive number.`);
  const result = runBench(opts, (line) => process.stdout.write(`${line}\n`));
  // Ratios print with ×; the absolute figures among them say their unit in the name.
  for (const [k, v] of Object.entries(result.ratios)) process.stdout.write(`${k.padEnd(42)} ${v}${/\(s\)$|per second$/.test(k) ? '' : '×'}\n`);
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, `${result.date.slice(0, 10)}-${opts.files}x${opts.scale}.json`);
  await writeFileAtomic(file, `${JSON.stringify(result, null, 2)}\n`);
  const previous = readdirSync(values.out).filter((f) => f.endsWith('.json')).sort();
  process.stdout.write(`written: ${file} (${previous.length} results in ${values.out})\n`);
  process.stdout.write('\nGoals (issue 7), from this run:\n');
  for (const c of checkGoals([{ file: basename(file), result }])) {
    process.stdout.write(`  ${c.met === null ? '  -' : c.met ? ' met' : 'MISS'}  ${c.goal}: ${c.measured}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
