/** `grouped`: findings under their file, as `line:col rule message`. */
import { locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

export const grouped: OutputFormat = {
  name: 'grouped',
  description: 'findings grouped under their file',
  paths: 'cwd',
  format(audit, ctx) {
    const byPath = new Map<string, string[]>();
    for (const { path, finding: f } of locatedFindings(audit, ctx.pathPrefix)) {
      const lines = byPath.get(path) ?? byPath.set(path, []).get(path)!;
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.ruleId} [${f.severity}] ${f.message.replace(/\s*\n\s*/g, ' ')}`);
    }
    return [...byPath].map(([path, lines]) => `${path}:\n${lines.join('\n')}\n`).join('\n');
  },
};
