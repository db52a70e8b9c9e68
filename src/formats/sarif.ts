/** `sarif`: SARIF 2.1.0 for code scanning (the builder lives in src/lib/sarif.ts, which `--sarif` has always used). */
import { toSarif } from '../lib/sarif.js';
import type { OutputFormat } from './types.js';

export const sarif: OutputFormat = {
  name: 'sarif',
  description: 'SARIF 2.1.0 (GitHub code scanning and other tools)',
  paths: 'repository',
  format: (audit, ctx) => `${JSON.stringify(toSarif(audit, { siteUrl: ctx.siteUrl, ...(ctx.pathPrefix !== undefined ? { pathPrefix: ctx.pathPrefix } : {}) }), null, 2)}\n`,
};
