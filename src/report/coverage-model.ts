/**
 * The report's "Coverage analysis" section: per area a table of its capabilities (tests,
 * categories, covered or not, the first covering test as evidence), and the named values with the
 * tests that reference them. Computed from `audit.coverage`; absent when the audit has none.
 */
import type { Audit, CapabilityCoverage } from '../lib/schema.js';
import { n, plural } from '../lib/format.js';
import { Prose, type ChecklistItem, type Link } from './view-types.js';

export interface CoverageModel {
  areas: Array<{ name: string; summary: string; rows: Array<Array<string | Link>> }>;
  namedValues: Array<Array<string | Link>>;
  /** Unchecked checklist items: capabilities not covered, named values below their minimum. */
  gaps: ChecklistItem[];
}


/** ✅/❌, or words when emoji are off. */
export function coverageStatus(c: Pick<CapabilityCoverage, 'status'>, emoji: boolean): string {
  const no = emoji ? '❌' : 'no';
  switch (c.status) {
    case 'covered':
      return emoji ? '✅' : 'yes';
    case 'uncovered':
      return no;
    case 'skipped-only':
      return `${no} (only skipped tests)`;
    case 'failing-only':
      return `${no} (only failing or skipped tests)`;
  }
}

export function buildCoverageModel(
  audit: Audit,
  emoji: boolean,
  evidence: (path: string, line: number) => string | null,
): CoverageModel | null {
  const cov = audit.coverage;
  if (!cov) return null;
  const areas = cov.areas.map((a) => ({
    name: a.name,
    summary: `${n(a.covered)} of ${plural(a.total, 'capability', 'capabilities')} covered (${a.percent}%).`,
    rows: a.capabilities.map((c): Array<string | Link> => {
      const first = c.covering.find((t) => !t.skipped && t.outcome !== 'failed' && t.outcome !== 'error') ?? c.covering[0];
      const evidenceCell: string | Link = first
        ? { text: `${first.path}:${first.line} ${first.name}${c.tests > 1 ? ` (+${n(c.tests - 1)})` : ''}`, url: evidence(first.path, first.line) }
        : '—';
      return [c.name, n(c.tests), c.categories.join(', ') || '—', coverageStatus(c, emoji), evidenceCell];
    }),
  }));
  const namedValues = cov.namedValues.map((v) => [v.value, n(v.tests), n(v.files), n(v.minTests), v.tests >= v.minTests ? (emoji ? '✅' : 'yes') : emoji ? '❌' : 'no']);
  const gaps: ChecklistItem[] = [
    ...cov.areas.flatMap((a) =>
      a.capabilities
        .filter((c) => c.status !== 'covered')
        .map((c) => ({ done: false, text: new Prose(`${a.name}: capability "${c.name}" covered by a test that runs (currently ${c.status === 'uncovered' ? 'no test' : c.status === 'skipped-only' ? 'only skipped tests' : 'only failing or skipped tests'})`) })),
    ),
    ...cov.namedValues
      .filter((v) => v.tests < v.minTests)
      .map((v) => ({ done: false, text: new Prose(`Named value \`${v.value}\` referenced by at least ${plural(v.minTests, 'test')} (currently ${n(v.tests)})`) })),
  ];
  return { areas, namedValues, gaps };
}
