/** `markdown`: the findings as one GFM table, built as mdast so audited text is escaped for a table cell. */
import { code, root, table, toGfm, paragraph } from '../lib/mdast.js';
import { locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

export const markdown: OutputFormat = {
  name: 'markdown',
  description: 'the findings as a GitHub-flavoured Markdown table',
  paths: 'repository',
  format(audit, ctx) {
    const rows = locatedFindings(audit, ctx.pathPrefix).map(({ path, finding: f }) => [code(`${path}:${f.line}:${f.column}`), code(f.ruleId), f.severity, f.message]);
    if (!rows.length) return toGfm(root(paragraph('No findings.')));
    return toGfm(root(table(['Location', 'Rule', 'Severity', 'Message'], rows)));
  },
};
