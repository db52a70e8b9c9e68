/**
 * The Astro build, run inside the worker thread `buildSite` starts (so that its heap can be capped).
 * Posts `{ ok: true }` when the site is written, or the error that stopped the build by name and
 * message, so the CLI can still tell a bad archive (a user error) from a bug.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PACKAGE_ROOT } from './version.js';

export interface SiteBuildJob {
  content: string;
  out: string;
  base: string;
  site?: string;
  quiet: boolean;
}
export type SiteBuildMessage = { ok: true } | { ok: false; name: string; message: string; stack?: string };

const job = workerData as SiteBuildJob;
process.env['TESTAUDIT_CONTENT'] = job.content;
process.env['TESTAUDIT_BASE'] = job.base;
if (job.site) process.env['TESTAUDIT_SITE'] = job.site;
else delete process.env['TESTAUDIT_SITE'];
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Vite reads these from the environment and they would override the build's own values (a
// BASE_URL=/ inherited from a test runner, say, silently drops --base).
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];

try {
  const { build } = await import('astro');
  await build({ root: PACKAGE_ROOT, outDir: job.out, base: job.base, ...(job.site ? { site: job.site } : {}), logLevel: job.quiet ? 'error' : 'warn' });
  parentPort!.postMessage({ ok: true } satisfies SiteBuildMessage);
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  parentPort!.postMessage({ ok: false, name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } satisfies SiteBuildMessage);
}
