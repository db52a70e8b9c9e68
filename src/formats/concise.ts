/** `concise`: one `path:line:col: rule message` line per finding, for terminals, editors and problem matchers. */
import { conciseLine, locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

export const concise: OutputFormat = {
  name: 'concise',
  description: 'one `path:line:col: rule message` line per finding',
  paths: 'cwd',
  format: (audit, ctx) => locatedFindings(audit, ctx.pathPrefix).map((l) => `${conciseLine(l)}\n`).join(''),
};
