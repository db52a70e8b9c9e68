/**
 * Audit many files across worker threads (one parser per thread), or in this thread for small
 * inputs. Results come back in input order whatever the scheduling, so output is deterministic.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditedFile } from '../src/lib/schema.js';
import { createPlan } from './analyze-file.js';
import { auditOne } from './audit-one.js';
import { cacheSpec, prepareCacheRoot } from './cache.js';
import type { EffectiveConfig } from './config.js';
import { createParser, DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse.js';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './worker.js';

export interface PoolOptions {
  /** Worker threads; 1 audits in this thread. Default: the available parallelism. */
  jobs?: number;
  limits?: ParseLimits;
  /** Folder of the result cache; null or absent: no cache. */
  cacheDir?: string | null;
  /** Called after each file, in completion order. */
  onFile?: (file: AuditedFile, ms: number) => void;
}

const BATCH = 8;
/** Below this many files per worker, threads cost more than they save. */
const MIN_FILES_PER_WORKER = 24;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Threads actually used for `files` files when `requested` are allowed. */
export function effectiveJobs(requested: number, files: number): number {
  return Math.max(1, Math.min(requested, Math.floor(files / MIN_FILES_PER_WORKER)));
}

export async function auditFiles(root: string, paths: readonly string[], config: EffectiveConfig, opts: PoolOptions = {}): Promise<AuditedFile[]> {
  const limits = opts.limits ?? DEFAULT_PARSE_LIMITS;
  const jobs = effectiveJobs(opts.jobs ?? defaultJobs(), paths.length);
  const cache = opts.cacheDir && prepareCacheRoot(opts.cacheDir) ? cacheSpec(opts.cacheDir, config, limits) : null;
  const init: WorkerInit = { root, config, limits, cache };
  return jobs <= 1 ? auditInThread(init, paths, opts) : auditInWorkers(init, paths, jobs, opts);
}

async function auditInThread({ root, config, limits, cache }: WorkerInit, paths: readonly string[], opts: PoolOptions): Promise<AuditedFile[]> {
  const plan = createPlan(config, limits);
  const parser = createParser();
  const out: AuditedFile[] = [];
  for (let i = 0; i < paths.length; i++) {
    const start = performance.now();
    const file = auditOne(root, paths[i]!, plan, parser, cache);
    out.push(file);
    opts.onFile?.(file, performance.now() - start);
    // Let native trees be collected: a tight loop lets them pile up until the next GC.
    if (i % 20 === 19) await new Promise((r) => setImmediate(r));
  }
  return out;
}

function workerEntry(): URL {
  const js = new URL('./worker.js', import.meta.url);
  // Running from TypeScript sources (tests), a bootstrap registers tsx inside the worker thread.
  return existsSync(fileURLToPath(js)) ? js : new URL('./worker-dev.mjs', import.meta.url);
}

function auditInWorkers(init: WorkerInit, paths: readonly string[], jobs: number, opts: PoolOptions): Promise<AuditedFile[]> {
  const results: Array<AuditedFile | undefined> = new Array(paths.length);
  const url = workerEntry();
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];

  return new Promise<AuditedFile[]>((resolvePromise, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (next >= paths.length) return;
      // Smaller batches near the end keep both threads busy until the last file.
      const remaining = paths.length - next;
      const size = Math.max(1, Math.min(BATCH, Math.floor(remaining / (jobs * 2))));
      const batch = [];
      for (let k = 0; k < size && next < paths.length; k++, next++) batch.push({ index: next, path: paths[next]! });
      worker.postMessage({ batch } satisfies WorkerRequest);
    };
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(url, { workerData: init });
      workers.push(worker);
      worker.on('message', (response: WorkerResponse) => {
        for (const { index, file, ms } of response.results) {
          results[index] = file;
          done++;
          opts.onFile?.(file, ms);
        }
        if (done === paths.length) {
          for (const x of workers) void x.terminate();
          resolvePromise(results as AuditedFile[]);
        } else {
          feed(worker);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < paths.length && code !== 0) fail(new Error(`testaudit: a worker thread exited with code ${code}`));
      });
      feed(worker);
      feed(worker);
    }
  });
}
