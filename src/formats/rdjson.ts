/**
 * `rdjson`: reviewdog's Diagnostic Format (`reviewdog -f=rdjson`), e.g. for `filter-mode=added`
 * review comments. reviewdog counts columns in UTF-8 bytes; findings count UTF-16 units (as editors
 * do), so columns are converted with the finding's own line of code.
 */
import type { Finding, Severity } from '../lib/schema.js';
import { locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** The finding's column in UTF-8 bytes, from the snippet's copy of its line (unchanged when the line is not there). */
export function utf8Column(f: Pick<Finding, 'line' | 'column' | 'snippet'>): number {
  const text = f.snippet.lines[f.line - f.snippet.startLine];
  if (text === undefined || text.length < f.column - 1) return f.column;
  return Buffer.byteLength(text.slice(0, f.column - 1), 'utf8') + 1;
}

export const rdjson: OutputFormat = {
  name: 'rdjson',
  description: "reviewdog's Diagnostic Format (JSON)",
  paths: 'repository',
  format(audit, ctx) {
    const ruleUrl = (id: string) => (ctx.siteUrl ? `${ctx.siteUrl.replace(/\/+$/, '')}/audits/${encodeURIComponent(audit.audit.id)}/rules/${encodeURIComponent(id)}/` : undefined);
    const diagnostics = locatedFindings(audit, ctx.pathPrefix).map(({ path, finding: f }) => {
      const url = ruleUrl(f.ruleId);
      return {
        message: f.message,
        location: { path, range: { start: { line: f.line, column: utf8Column(f) } } },
        severity: SEVERITY[f.severity],
        code: { value: f.ruleId, ...(url ? { url } : {}) },
      };
    });
    return `${JSON.stringify({ source: { name: 'testaudit', url: 'https://www.npmjs.com/package/testaudit' }, diagnostics }, null, 2)}\n`;
  },
};
