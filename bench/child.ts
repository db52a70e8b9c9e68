/**
 * One measured run, in its own process so that its peak memory is its own:
 *   node out/bench/child.js read|parse|audit ROOT JOBS [CACHE_DIR|-]
 *   node out/bench/child.js report AUDIT_JSON JOBS · node out/bench/child.js site CONTENT_DIR JOBS OUT_DIR
 * prints {"ms":…, "maxRssMB":…, "files":…} (and "renderMs" for report). `read` and `parse` are the floors: the same discovery
 * and the same number of worker threads as an audit, doing only the reading (and parsing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_INCLUDE } from '../analyzer/config.js';
import { discoverTestFiles } from '../analyzer/discover.js';
import { NativeMemoryGuard } from '../analyzer/native-memory.js';
import { effectiveJobs, WORKER_RESOURCE_LIMITS } from '../analyzer/pool.js';
import { createParser, parseSource } from '../analyzer/parse.js';
import { decodeSource } from '../analyzer/read.js';
import { readAuditFile, renderAuditReport } from '../analyzer/report-file.js';
import { runAudit } from '../analyzer/run-audit.js';
import { buildSite } from '../analyzer/site.js';

type Mode = 'read' | 'parse' | 'audit' | 'report' | 'site' | 'ruff';

interface FloorJob {
  root: string;
  paths: string[];
  /** What each worker does per file after reading it: nothing, parse with tree-sitter, or lint with Ruff (wasm). */
  work: 'read' | 'parse' | 'ruff';
}

/** Ruff's WebAssembly build with the default rule set (E4, E7, E9, F), if the package is installed. */
async function ruffChecker(): Promise<(text: string) => unknown> {
  const ruff = (await import('@astral-sh/ruff-wasm-nodejs')) as unknown as {
    Workspace: new (options: unknown, encoding: unknown) => { check(text: string): unknown };
    PositionEncoding: { Utf16: unknown };
  };
  const workspace = new ruff.Workspace({ lint: { select: ['E4', 'E7', 'E9', 'F'] } }, ruff.PositionEncoding.Utf16);
  return (text) => workspace.check(text);
}

async function floorWork({ root, paths, work }: FloorJob): Promise<number> {
  const parser = work === 'parse' ? createParser() : null;
  const ruff = work === 'ruff' ? await ruffChecker() : null;
  const memory = new NativeMemoryGuard();
  let chars = 0;
  for (const [i, path] of paths.entries()) {
    // Yield as the audit does: tree-sitter's finalisers run on the event loop, not inside GC.
    if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    const { text } = decodeSource(readFileSync(join(root, path)));
    chars += text.length;
    if (parser) {
      parseSource(parser, text);
      memory.parsed(text.length);
    }
    if (ruff) ruff(text);
  }
  return chars;
}

async function floor(root: string, paths: string[], jobs: number, work: FloorJob['work']): Promise<void> {
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  paths.forEach((p, i) => shares[i % jobs]!.push(p));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(fileURLToPath(import.meta.url), { workerData: { root, paths: share, work } satisfies FloorJob, resourceLimits: WORKER_RESOURCE_LIMITS });
          w.once('message', () => void w.terminate().then(() => resolve()));
          w.once('error', reject);
        }),
    ),
  );
}

async function main(): Promise<void> {
  const [mode, root, jobsArg, cacheArg] = process.argv.slice(2) as [Mode, string, string, string | undefined];
  const jobs = Number(jobsArg);
  const start = performance.now();
  let files: number;
  let renderMs: number | undefined;
  if (mode === 'report') {
    // ROOT is an audit.json here: read, validate and render it, as `testaudit report` does.
    const audit = await readAuditFile(root);
    const renderStart = performance.now();
    const md = await renderAuditReport(audit, root, { format: 'md', maxItems: 20, emoji: true });
    renderMs = performance.now() - renderStart;
    files = md.length > 0 ? audit.summary.files : 0;
  } else if (mode === 'site') {
    // ROOT is a content folder here; the fourth argument is where the site goes.
    const built = await buildSite({ content: root, out: cacheArg!, quiet: true });
    files = built.pages;
  } else if (mode === 'audit') {
    const result = await runAudit({
      root,
      out: join(root, '..', 'bench-out'),
      date: '2026-01-01',
      id: 'bench',
      force: true,
      jobs,
      preset: 'real-services',
      cacheDir: cacheArg && cacheArg !== '-' ? cacheArg : false,
    });
    files = result.audit.summary.files;
    process.stderr.write(`${result.file}\n`);
  } else {
    const paths = await discoverTestFiles(root, { include: DEFAULT_INCLUDE, exclude: [] });
    await floor(root, paths, effectiveJobs(jobs, paths.length), mode);
    files = paths.length;
  }
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, files, ...(renderMs !== undefined ? { renderMs } : {}) })}\n`);
}

if (isMainThread) await main();
else parentPort!.postMessage(await floorWork(workerData as FloorJob));
