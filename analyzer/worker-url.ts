/** Where a worker thread's entry module is: built JavaScript, or (tests) the TypeScript source via tsx. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** `new Worker(...workerEntry('worker'))`: the URL and the options that start module `name` of analyzer/. */
export function workerEntry(name: string): [URL, Pick<WorkerOptions, 'argv'>] {
  const js = new URL(`./${name}.js`, import.meta.url);
  // Running from TypeScript sources (tests), a bootstrap registers tsx inside the worker thread.
  return existsSync(fileURLToPath(js)) ? [js, {}] : [new URL('./worker-dev.mjs', import.meta.url), { argv: [`./${name}.ts`] }];
}
