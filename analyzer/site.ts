/** Build the static site of an archive with Astro's programmatic API. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../src/lib/errors.js';
import { PACKAGE_ROOT } from './version.js';

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
}

export interface SiteResult {
  out: string;
  pages: number;
  seconds: number;
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

export async function buildSite(opts: SiteOptions): Promise<SiteResult> {
  const content = resolve(opts.content);
  if (!existsSync(join(content, 'audits'))) throw new InputError(`${opts.content}: no audits/ folder; run testaudit audit first, or pass --content.`);
  const base = opts.base ? `/${opts.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  if (opts.site && !/^https?:\/\/[^\s]+$/.test(opts.site)) throw new InputError(`--site ${opts.site}: expected an absolute http(s) URL.`);
  process.env['TESTAUDIT_CONTENT'] = content;
  process.env['TESTAUDIT_BASE'] = base;
  if (opts.site) process.env['TESTAUDIT_SITE'] = opts.site;
  else delete process.env['TESTAUDIT_SITE'];
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  // Vite reads these from the environment and they would override the build's own values (a
  // BASE_URL=/ inherited from a test runner, say, silently drops --base).
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
  const { build } = await import('astro');
  const start = performance.now();
  const out = resolve(opts.out);
  await build({ root: PACKAGE_ROOT, outDir: out, base, ...(opts.site ? { site: opts.site } : {}), logLevel: opts.quiet ? 'error' : 'warn' });
  return { out, pages: countPages(out), seconds: (performance.now() - start) / 1000 };
}
