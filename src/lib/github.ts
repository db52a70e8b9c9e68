/** GitHub Actions workflow commands: one annotation per unsuppressed finding. */
import { repoPathPrefix } from './sarif.js';
import type { Audit, Severity } from './schema.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotations(audit: Audit): string {
  const prefix = repoPathPrefix(audit);
  const lines: string[] = [];
  for (const file of audit.files) {
    const path = prefix ? `${prefix}/${file.path}` : file.path;
    for (const f of file.findings) {
      if (f.suppressed) continue;
      const props = [`file=${escapeProperty(path)}`, `line=${f.line}`, `col=${f.column}`, ...(f.endLine ? [`endLine=${f.endLine}`] : []), `title=${escapeProperty(`testaudit ${f.ruleId}`)}`];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
