/** `--statistics`: every rule's finding count, most first (suite-level findings included). */
import type { Audit } from '../lib/schema.js';

export function statistics(audit: Audit): string {
  const severity = new Map(audit.rules.map((r) => [r.id, r.severity]));
  const rows = Object.entries(audit.summary.findingsByRule)
    .filter(([, c]) => c.findings > 0)
    .sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : 1));
  if (!rows.length) return 'No findings.\n';
  const width = String(rows[0]![1].findings).length;
  const idWidth = Math.max(...rows.map(([id]) => id.length));
  return rows.map(([id, c]) => `${String(c.findings).padStart(width)}  ${id.padEnd(idWidth)}  ${severity.get(id) ?? ''}`.trimEnd()).join('\n') + '\n';
}
