/**
 * Audit many files across worker threads (one parser per thread), or in this thread for small
 * inputs. Results come back in input order whatever the scheduling, so output is deterministic.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AuditedFile } from '../src/lib/schema.js';
import { createPlan } from './analyze-file.js';
import { auditOne, failedFile } from './audit-one.js';
import { cacheSpec, prepareCacheRoot } from './cache.js';
import type { EffectiveConfig } from './config.js';
import { createParser, DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse.js';
import { StringTable } from './shared-strings.js';
import type { WorkerInit, WorkerMessage, WorkerRequest } from './worker.js';
import { workerEntry } from './worker-url.js';

export interface PoolOptions {
  /** Worker threads; 1 audits in this thread. Default: the available parallelism. */
  jobs?: number;
  limits?: ParseLimits;
  /** A file that takes longer than this is reported as an internal error and skipped (workers only). */
  fileTimeoutMs?: number;
  /** Test hook: a file whose path contains this never finishes (to exercise the watchdog). */
  hangOn?: string;
  /** Folder of the result cache; null or absent: no cache. */
  cacheDir?: string | null;
  /** Called after each file, in completion order. */
  onFile?: (file: AuditedFile, ms: number) => void;
}

const BATCH = 8;
/**
 * V8 sizes a thread's young generation for throughput (up to 48 MB here), and each worker keeps it
 * full of short-lived nodes and strings. 12 MB costs no measurable time and lowers the audit's peak
 * memory by about 28 MB per worker (bench: 3,000 files, 2 workers, 443–447 → 384–393 MB).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12 } as const;
const DEFAULT_FILE_TIMEOUT_MS = 30_000;
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
  const init: WorkerInit = { root, config, limits, cache, ...(opts.hangOn ? { hangOn: opts.hangOn } : {}) };
  const strings = new StringTable();
  const keep = (file: AuditedFile): AuditedFile => strings.shareFile(file);
  return jobs <= 1 ? auditInThread(init, paths, opts, keep) : auditInWorkers(init, paths, jobs, opts, keep);
}

/** What the pool does with each result it holds until the audit is written. */
type Keep = (file: AuditedFile) => AuditedFile;

async function auditInThread({ root, config, limits, cache }: WorkerInit, paths: readonly string[], opts: PoolOptions, keep: Keep): Promise<AuditedFile[]> {
  const plan = createPlan(config, limits);
  const parser = createParser();
  const out: AuditedFile[] = [];
  for (let i = 0; i < paths.length; i++) {
    const start = performance.now();
    const file = keep(auditOne(root, paths[i]!, plan, parser, cache));
    out.push(file);
    opts.onFile?.(file, performance.now() - start);
    // Let native trees be collected: a tight loop lets them pile up until the next GC.
    if (i % 20 === 19) await new Promise((r) => setImmediate(r));
  }
  return out;
}

function auditInWorkers(init: WorkerInit, paths: readonly string[], jobs: number, opts: PoolOptions, keep: Keep): Promise<AuditedFile[]> {
  const results: Array<AuditedFile | undefined> = new Array(paths.length);
  const [url, entryOptions] = workerEntry('worker');
  const timeoutMs = opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  // Files not yet sent to a worker; a stuck worker's unfinished files go back to the front.
  const pending: number[] = paths.map((_, i) => i);
  let done = 0;

  interface Slot {
    worker: Worker;
    /** Files sent to this worker and not finished yet, in order. */
    assigned: number[];
    /** The file it is on, and since when. */
    current: number | null;
    since: number;
  }
  const slots = new Set<Slot>();

  return new Promise<AuditedFile[]>((resolvePromise, reject) => {
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      for (const s of slots) void s.worker.terminate();
      if (error) reject(error);
      else resolvePromise(results as AuditedFile[]);
    };
    const feed = (slot: Slot): void => {
      if (pending.length === 0) return;
      // Smaller batches near the end keep every thread busy until the last file.
      const size = Math.max(1, Math.min(BATCH, Math.floor(pending.length / (jobs * 2))));
      const batch = pending.splice(0, size).map((index) => ({ index, path: paths[index]! }));
      slot.assigned.push(...batch.map((b) => b.index));
      slot.worker.postMessage({ batch } satisfies WorkerRequest);
    };
    const record = (index: number, file: AuditedFile, ms: number): void => {
      results[index] = keep(file);
      done++;
      opts.onFile?.(file, ms);
      if (done === paths.length) finish();
    };
    const spawn = (): void => {
      const slot: Slot = { worker: new Worker(url, { ...entryOptions, workerData: init, resourceLimits: WORKER_RESOURCE_LIMITS }), assigned: [], current: null, since: 0 };
      slots.add(slot);
      slot.worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'start') {
          slot.current = m.index;
          slot.since = performance.now();
          return;
        }
        slot.current = null;
        slot.assigned.splice(slot.assigned.indexOf(m.index), 1);
        record(m.index, m.file, m.ms);
        if (!settled && slot.assigned.length <= BATCH) feed(slot);
      });
      slot.worker.on('error', (error) => finish(error));
      slot.worker.on('exit', (code) => {
        if (!settled && slots.has(slot) && code !== 0) finish(new Error(`testaudit: a worker thread exited with code ${code}`));
      });
      feed(slot);
      feed(slot);
    };
    // The watchdog: a file that takes longer than the timeout (a rule or the parser that does not
    // finish) is reported and skipped; its worker is replaced and its other files are redone.
    const plan = createPlan(init.config, init.limits);
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of [...slots]) {
        if (slot.current === null || now - slot.since < timeoutMs) continue;
        const stuck = slot.current;
        slots.delete(slot);
        void slot.worker.terminate();
        pending.unshift(...slot.assigned.filter((i) => i !== stuck));
        const seconds = Math.round(timeoutMs / 100) / 10;
        record(stuck, failedFile(paths[stuck]!, plan, 'internal-error', `testaudit stopped checking this file after ${seconds} s (the parser or a rule did not finish); it was not audited. Please report it.`), now - slot.since);
        if (!settled) spawn();
      }
    }, Math.min(1000, Math.max(50, timeoutMs / 4)));
    watchdog.unref();
    for (let w = 0; w < jobs; w++) spawn();
  });
}
