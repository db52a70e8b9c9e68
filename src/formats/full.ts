/** `full`: each finding's line, then the code around it with the finding's line marked. */
import { conciseLine, locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

export const full: OutputFormat = {
  name: 'full',
  description: 'each finding with its severity and the code around it',
  paths: 'cwd',
  format(audit, ctx) {
    return locatedFindings(audit, ctx.pathPrefix)
      .map((l) => {
        const { snippet, line } = l.finding;
        const last = snippet.startLine + snippet.lines.length - 1;
        const width = String(last).length;
        const code = snippet.lines.map((text, i) => {
          const n = snippet.startLine + i;
          return `${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`.trimEnd();
        });
        return `${conciseLine(l)} [${l.finding.severity}]\n${code.join('\n')}\n`;
      })
      .join('\n');
  },
};
