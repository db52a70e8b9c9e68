/**
 * Baselines: accepted debt. A baseline lists the fingerprints of the findings a team has accepted,
 * per file. An audit with a baseline reports those findings as accepted (not new), lists entries
 * whose finding is gone as removable, and fails its ratchet when a file has more findings than its
 * baseline accepted — so CI fails on regressions without failing on old debt.
 */
import { z } from 'zod';
import { AuditFormatError, formatIssues, parseJsonText } from './errors.js';
import type { Audit, BaselineOutcome } from './schema.js';

export const baselineSchema = z
  .object({
    version: z.literal(1),
    tool: z.literal('testaudit'),
    audit: z.string().describe('The audit the baseline was taken from.'),
    files: z.record(z.string(), z.object({ findings: z.number().int().min(0), fingerprints: z.array(z.string()) }).strict()),
  })
  .strict();
export type Baseline = z.infer<typeof baselineSchema>;

const live = (audit: Audit) => audit.files.map((f) => ({ path: f.path, findings: f.findings.filter((x) => !x.suppressed) }));

/** The baseline of an audit: every unsuppressed finding accepted. */
export function baselineOf(audit: Audit): Baseline {
  const files: Baseline['files'] = {};
  for (const f of live(audit)) if (f.findings.length) files[f.path] = { findings: f.findings.length, fingerprints: f.findings.map((x) => x.fingerprint).sort() };
  return { version: 1, tool: 'testaudit', audit: audit.audit.id, files };
}

export function parseBaseline(text: string, source: string): Baseline {
  const r = baselineSchema.safeParse(parseJsonText(text, source, AuditFormatError));
  if (!r.success) throw new AuditFormatError(formatIssues(r.error.issues).map((l) => `${source}: ${l}`).join('\n'));
  return r.data;
}

/**
 * Mark the audit's findings that the baseline accepts (`baselined: true`) and say what changed:
 * entries that can be removed, and files that got worse than their baseline.
 */
export function applyBaseline(audit: Audit, baseline: Baseline, file: string): BaselineOutcome {
  let accepted = 0;
  let removable = 0;
  const worse: BaselineOutcome['worse'] = [];
  const seen = new Set<string>();
  for (const f of audit.files) {
    const entry = baseline.files[f.path];
    seen.add(f.path);
    const remaining = new Map<string, number>();
    for (const fp of entry?.fingerprints ?? []) remaining.set(fp, (remaining.get(fp) ?? 0) + 1);
    let unaccepted = 0;
    for (const finding of f.findings) {
      if (finding.suppressed) continue;
      const left = remaining.get(finding.fingerprint) ?? 0;
      if (left > 0) {
        remaining.set(finding.fingerprint, left - 1);
        finding.baselined = true;
        accepted++;
      } else {
        unaccepted++;
      }
    }
    for (const left of remaining.values()) removable += left;
    // The ratchet counts: a baselined file may trade one finding for another, never add one
    // (a new error still fails `--fail-on new-errors`).
    const now = f.findings.filter((x) => !x.suppressed).length;
    if (entry && unaccepted > 0 && now > entry.findings) worse.push({ path: f.path, baseline: entry.findings, now });
  }
  // Entries of files that are gone (or no longer audited) are all removable.
  for (const [path, entry] of Object.entries(baseline.files)) if (!seen.has(path)) removable += entry.fingerprints.length;
  return { file, accepted, removable, worse };
}

/** The baseline without the entries whose finding is gone (`--update-baseline`). */
export function prunedBaseline(audit: Audit, baseline: Baseline): Baseline {
  const current = new Map(live(audit).map((f) => [f.path, f.findings]));
  const files: Baseline['files'] = {};
  for (const [path, entry] of Object.entries(baseline.files)) {
    const available = new Map<string, number>();
    for (const x of current.get(path) ?? []) available.set(x.fingerprint, (available.get(x.fingerprint) ?? 0) + 1);
    const kept: string[] = [];
    for (const fp of entry.fingerprints) {
      const n = available.get(fp) ?? 0;
      if (n > 0) {
        available.set(fp, n - 1);
        kept.push(fp);
      }
    }
    if (kept.length) files[path] = { findings: kept.length, fingerprints: kept };
  }
  return { ...baseline, files };
}
