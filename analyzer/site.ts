/** Build the static site of an archive with Astro's programmatic API. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AuditFormatError, ConfigurationError, InputError, UserError } from '../src/lib/errors.js';
import type { SiteBuildJob, SiteBuildMessage } from './site-build.js';
import { workerEntry } from './worker-url.js';

export interface SiteOptions {
  /** The archive (a folder with audits/<id>/audit.json). */
  content: string;
  /** Where the site goes. */
  out: string;
  /** Absolute URL of the published site (for canonical links), e.g. https://acme.github.io. */
  site?: string;
  /** Path prefix for project pages, e.g. /repo-name/. */
  base?: string;
  quiet?: boolean;
  /** Heap cap of the build in MB instead of the one sized from the archive (tests). */
  heapCapMb?: number;
}

export interface SiteResult {
  out: string;
  pages: number;
  seconds: number;
  /** The heap cap the build ran under; null when it needed more and was redone without one. */
  heapCapMb: number | null;
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

/**
 * Heap cap of the build's thread. Astro's live memory stays near 300 MB plus about 1.5× the archive's
 * JSON, but a heap left to V8 grows to twice that before it collects (bench, 3,000 files, 113 MB of
 * JSON: 1,080 MB peak uncapped; 650 MB with a 600 MB cap, in the same time). The cap leaves room
 * over the live set; a build that still runs out of it is redone without one.
 */
export function siteHeapCapMb(archiveBytes: number): number {
  return Math.round(384 + (2 * archiveBytes) / 2 ** 20);
}

function archiveBytes(content: string): number {
  const audits = join(content, 'audits');
  let bytes = 0;
  for (const e of readdirSync(audits, { withFileTypes: true })) {
    const file = join(audits, e.name, 'audit.json');
    if (e.isDirectory() && existsSync(file)) bytes += statSync(file).size;
  }
  return bytes;
}

const USER_ERRORS: Record<string, new (message: string) => UserError> = { AuditFormatError, InputError, ConfigurationError, UserError };

/** Run the Astro build in a worker thread with `capMb` of heap (null: no cap); 'out-of-memory' when the cap was too small. */
function buildInWorker(job: SiteBuildJob, capMb: number | null): Promise<'done' | 'out-of-memory'> {
  const [url, entryOptions] = workerEntry('site-build');
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const worker = new Worker(url, { ...entryOptions, workerData: job, ...(capMb ? { resourceLimits: { maxOldGenerationSizeMb: capMb } } : {}) });
    const settle = (f: () => void): void => {
      if (settled) return;
      settled = true;
      f();
      // The site is written (or failed): nothing Astro left running in the thread is needed.
      void worker.terminate();
    };
    worker.on('message', (m: SiteBuildMessage) => {
      if (m.ok) return settle(() => resolvePromise('done'));
      // A bad archive is the user's to fix, not a bug: keep its kind across the thread boundary.
      const Kind = USER_ERRORS[m.name];
      const error = Kind ? new Kind(m.message) : Object.assign(new Error(m.message), { name: m.name });
      if (m.stack) error.stack = m.stack;
      settle(() => reject(error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolvePromise('out-of-memory') : reject(error)));
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`the site build's thread stopped with exit code ${code} before it finished`))));
  });
}

export async function buildSite(opts: SiteOptions): Promise<SiteResult> {
  const content = resolve(opts.content);
  if (!existsSync(join(content, 'audits'))) throw new InputError(`${opts.content}: no audits/ folder; run testaudit audit first, or pass --content.`);
  const base = opts.base ? `/${opts.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  if (opts.site && !/^https?:\/\/[^\s]+$/.test(opts.site)) throw new InputError(`--site ${opts.site}: expected an absolute http(s) URL.`);
  const start = performance.now();
  const out = resolve(opts.out);
  const job: SiteBuildJob = { content, out, base, quiet: opts.quiet ?? false, ...(opts.site ? { site: opts.site } : {}) };
  const capMb = opts.heapCapMb ?? siteHeapCapMb(archiveBytes(content));
  const capped = (await buildInWorker(job, capMb)) === 'done';
  if (!capped && (await buildInWorker(job, null)) !== 'done') throw new Error('the site build ran out of memory');
  return { out, pages: countPages(out), seconds: (performance.now() - start) / 1000, heapCapMb: capped ? capMb : null };
}
