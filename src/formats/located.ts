/** The findings formats print: unsuppressed, in file order then position, with the path as the reader resolves it. */
import type { Audit, Finding, Severity } from '../lib/schema.js';

export interface Located {
  path: string;
  finding: Finding;
}

/** Join `prefix` (a folder, possibly empty or `.`) and an audited POSIX path. */
export function joinPath(prefix: string | undefined, path: string): string {
  const p = (prefix ?? '').replace(/\\/g, '/').replace(/\/+$/, '');
  return p && p !== '.' ? `${p}/${path}` : path;
}

/** Unsuppressed findings (suppressed ones too with `includeSuppressed`), in file order, then by line and column. */
export function locatedFindings(audit: Audit, prefix: string | undefined, opts: { includeSuppressed?: boolean } = {}): Located[] {
  const out: Located[] = [];
  // Files are sorted by path in the audit; within a file, by position.
  for (const file of audit.files) {
    const path = joinPath(prefix, file.path);
    const findings = file.findings.filter((f) => opts.includeSuppressed || !f.suppressed);
    for (const finding of findings.sort((a, b) => a.line - b.line || a.column - b.column)) out.push({ path, finding });
  }
  return out;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** `path:line:col: rule message`, the line editors and problem matchers turn into a link. */
export const conciseLine = ({ path, finding: f }: Located): string => `${path}:${f.line}:${f.column}: ${f.ruleId} ${f.message.replace(/\s*\n\s*/g, ' ')}`;
