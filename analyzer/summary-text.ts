/** What `testaudit audit` prints when it is done: the terminal summary and the `--json` summary. */
import { n } from '../src/lib/format.js';
import type { Audit } from '../src/lib/schema.js';

/** Rules with findings, most findings first. */
export function topRules(audit: Audit, limit: number): Array<{ id: string; findings: number; files: number }> {
  return Object.entries(audit.summary.findingsByRule)
    .filter(([, c]) => c.findings > 0)
    .map(([id, c]) => ({ id, findings: c.findings, files: c.files }))
    .sort((a, b) => b.findings - a.findings || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

export function formatSummary(audit: Audit, written: string, seconds: number): string {
  const s = audit.summary;
  const sev = s.findingsBySeverity;
  const broken = s.statuses['parse-error'] + s.statuses.unreadable;
  const out = [
    `Audited ${n(s.files)} files (${n(s.lines)} lines, ${n(s.tests)} tests) in ${seconds.toFixed(1)} s${broken ? `; ${n(broken)} could not be parsed or read` : ''}.`,
    `Grade ${s.grade} (${n(s.score)}/100) · ${n(sev.error)} errors · ${n(sev.warning)} warnings · ${n(sev.info)} info`,
  ];
  const c = audit.comparison;
  if (c) {
    const grade = c.methodChanged
      ? `scoring method changed (${c.methodChanged.from} → ${c.methodChanged.to}), grades not comparable`
      : c.previous.grade === s.grade
        ? `grade ${s.grade} unchanged`
        : `grade ${c.previous.grade} → ${s.grade}`;
    out.push(`Since ${c.previous.id}: ${grade}, ${n(c.newFindings)} new and ${n(c.fixedFindings)} fixed findings${c.configChanged ? ' (the standards changed too)' : ''}.`);
  }
  const top = topRules(audit, 5);
  if (top.length) {
    out.push('Top findings:');
    const width = Math.max(...top.map((t) => t.id.length));
    // Suite-level findings (an uncovered capability) are in no file.
    for (const t of top) out.push(`  ${t.id.padEnd(width)}  ${n(t.findings)} ${t.files === 0 ? 'across the suite' : `in ${n(t.files)} ${t.files === 1 ? 'file' : 'files'}`}`);
  }
  out.push(`Written: ${written}`);
  return `${out.join('\n')}\n`;
}

export function jsonSummary(audit: Audit, written: string) {
  const s = audit.summary;
  return {
    id: audit.audit.id,
    file: written,
    files: s.files,
    lines: s.lines,
    tests: s.tests,
    score: s.score,
    grade: s.grade,
    statuses: s.statuses,
    findingsBySeverity: s.findingsBySeverity,
    findingsByRule: Object.fromEntries(topRules(audit, Infinity).map((t) => [t.id, { findings: t.findings, files: t.files }])),
  };
}
