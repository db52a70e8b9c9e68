/** A worker thread: its own parser and compiled plan; audits the batches of paths it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditedFile } from '../src/lib/schema.js';
import { createPlan } from './analyze-file.js';
import { auditOne } from './audit-one.js';
import type { CacheSpec } from './cache.js';
import type { EffectiveConfig } from './config.js';
import { createParser, type ParseLimits } from './parse.js';

export interface WorkerInit {
  root: string;
  config: EffectiveConfig;
  limits: ParseLimits;
  cache: CacheSpec | null;
}
export interface WorkerRequest {
  batch: Array<{ index: number; path: string }>;
}
export interface WorkerResponse {
  results: Array<{ index: number; file: AuditedFile; ms: number }>;
}

const init = workerData as WorkerInit;
const plan = createPlan(init.config, init.limits);
const parser = createParser();

parentPort!.on('message', async (request: WorkerRequest) => {
  const results: WorkerResponse['results'] = [];
  for (const { index, path } of request.batch) {
    const start = performance.now();
    const file = await auditOne(init.root, path, plan, parser, init.cache);
    results.push({ index, file, ms: performance.now() - start });
  }
  parentPort!.postMessage({ results } satisfies WorkerResponse);
});
