/**
 * `text`: the terminal summary (grade, counts, top rules), today's default. The CLI renders it, with
 * the run's time and where the audit was written, and passes it in; without one (the library API) a
 * one-line summary from the audit alone.
 */
import type { OutputFormat } from './types.js';

export const text: OutputFormat = {
  name: 'text',
  description: 'the summary: grade, counts and the rules with most findings (default)',
  paths: 'cwd',
  format(audit, ctx) {
    if (ctx.summary !== undefined) return ctx.summary;
    const s = audit.summary;
    const sev = s.findingsBySeverity;
    return `${s.files} files, ${s.tests} tests: grade ${s.grade} (${s.score}/100), ${sev.error} errors, ${sev.warning} warnings, ${sev.info} info\n`;
  },
};
