/**
 * The ecosystem check's pure parts: what a suite list, a label file and the committed summary
 * (`ecosystem/expected.json`) may contain; the diff of a run against that summary (new and
 * vanished findings per rule, matched by fingerprint); the label check (a labelled true positive
 * must stay reported, a labelled false positive once fixed must not come back); precision per rule
 * over the labelled sample; and the plain-text lines the run prints. No file system here: the
 * runner (`run.ts`) reads and writes, these functions decide.
 */
import { z } from 'zod';
import { ConfigurationError, formatIssues } from '../src/lib/errors.js';

// ---------------------------------------------------------------------------------------------
// Inputs

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-" only');
const folder = z.string().min(1).default('.').describe('Folder inside the suite to audit (its pytest root).');

/** One suite of `ecosystem/suites.json`: a pinned git repository, a Python's stdlib, or a local folder. */
export const suiteSpecSchema = z.union([
  z.object({ name, repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'), commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit'), folder }).strict(),
  z.object({ name, python: z.string().regex(/^\d+\.\d+$/, 'a Python version such as "3.12"'), folder }).strict(),
  z.object({ name, path: z.string().min(1).describe('A folder, relative to the suites file.'), folder }).strict(),
]);
export type SuiteSpec = z.infer<typeof suiteSpecSchema>;

const suiteListSchema = z.object({ $comment: z.string().optional(), suites: z.array(suiteSpecSchema) }).strict();

/** The suites of a suites file; a ConfigurationError naming the file and the entry when malformed. */
export function parseSuiteList(value: unknown, source: string): SuiteSpec[] {
  const parsed = suiteListSchema.safeParse(value);
  if (!parsed.success) throw new ConfigurationError(`${source}: ${formatIssues(parsed.error.issues).join('; ')}`);
  const seen = new Set<string>();
  for (const s of parsed.data.suites) {
    if (seen.has(s.name)) throw new ConfigurationError(`${source}: two suites are named "${s.name}"; names key the labels and the summary.`);
    seen.add(s.name);
  }
  return parsed.data.suites;
}

/** One labelled finding (see ecosystem/labels/README.md). */
export const labelSchema = z
  .object({
    suite: name,
    path: z.string().min(1),
    line: z.number().int().min(1),
    fingerprint: z.string().min(1),
    label: z.enum(['TP', 'FP']),
    reason: z.string().min(1),
  })
  .strict();
export type Label = z.infer<typeof labelSchema> & { ruleId: string };

/** The labels of one rule's JSONL file; blank lines are allowed, anything else malformed is an error naming file:line. */
export function parseLabels(text: string, ruleId: string, source: string): Label[] {
  const out: Label[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ConfigurationError(`${where}: not valid JSON (${(error as Error).message}).`);
    }
    const parsed = labelSchema.safeParse(value);
    if (!parsed.success) throw new ConfigurationError(`${where}: ${formatIssues(parsed.error.issues).join('; ')}`);
    const key = `${parsed.data.suite}\0${parsed.data.fingerprint}`;
    if (seen.has(key)) throw new ConfigurationError(`${where}: ${parsed.data.suite} ${parsed.data.fingerprint} is labelled twice; keep one line per finding.`);
    seen.add(key);
    out.push({ ...parsed.data, ruleId });
  });
  return out;
}

/** Labelled counts of one rule on one suite (or overall). */
export const precisionCellSchema = z
  .object({
    tp: z.number().int().min(0).describe('Labelled true positives the run reports.'),
    fp: z.number().int().min(0).describe('Labelled false positives the run still reports.'),
    fixed: z.number().int().min(0).describe('Labelled false positives the run no longer reports.'),
    lost: z.number().int().min(0).describe('Labelled true positives the run no longer reports (a failure).'),
  })
  .strict();
export type PrecisionCell = z.infer<typeof precisionCellSchema>;

/** Per rule: its labelled counts per suite and overall. */
export type PrecisionTable = Record<string, { suites: Record<string, PrecisionCell>; overall: PrecisionCell }>;

const expectedSuiteSchema = z
  .object({
    version: z.string().describe('The pinned commit, the Python version, or "local".'),
    files: z.number().int().min(0),
    counts: z.record(z.string(), z.number().int().min(0)).describe('Unsuppressed findings per rule.'),
    fingerprints: z.record(z.string(), z.array(z.string())).describe('Fingerprints of those findings per rule, sorted.'),
  })
  .strict();
export type ExpectedSuite = z.infer<typeof expectedSuiteSchema>;

/** `ecosystem/expected.json`: the summary a run is compared with, rewritten by `--update`. */
export const expectedSchema = z
  .object({
    $comment: z.string().optional(),
    tool: z.string(),
    suites: z.record(z.string(), expectedSuiteSchema),
    precision: z.record(z.string(), z.object({ suites: z.record(z.string(), precisionCellSchema), overall: precisionCellSchema }).strict()),
  })
  .strict();
export type Expected = z.infer<typeof expectedSchema>;

export function parseExpected(value: unknown, source: string): Expected {
  const parsed = expectedSchema.safeParse(value);
  if (!parsed.success) throw new ConfigurationError(`${source}: ${formatIssues(parsed.error.issues).join('; ')} (rewrite it with npm run ecosystem -- --update).`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// One run

/** An unsuppressed finding of a run, with what a reviewer needs to find it. */
export interface RunFinding {
  ruleId: string;
  path: string;
  line: number;
  message: string;
  fingerprint: string;
}

/** What one suite's audit produced. */
export interface SuiteRun {
  name: string;
  version: string;
  files: number;
  findings: RunFinding[];
  /** The audited paths; a label on a file outside them is not checked (pytest does not collect it any more). */
  paths?: readonly string[];
}

/** A version for display: a commit hash cut to 12 characters, anything else as it is. */
export const shortVersion = (version: string): string => (/^[0-9a-f]{40}$/.test(version) ? version.slice(0, 12) : version);

/** The summary entry of a run: counts and sorted fingerprints per rule (rules without findings left out). */
export function summariseSuite(run: SuiteRun): ExpectedSuite {
  const fingerprints: Record<string, string[]> = {};
  for (const f of run.findings) (fingerprints[f.ruleId] ??= []).push(f.fingerprint);
  const rules = Object.keys(fingerprints).sort();
  return {
    version: run.version,
    files: run.files,
    counts: Object.fromEntries(rules.map((r) => [r, fingerprints[r]!.length])),
    fingerprints: Object.fromEntries(rules.map((r) => [r, fingerprints[r]!.sort()])),
  };
}

/** New and vanished findings of one rule on one suite. */
export interface RuleDiff {
  ruleId: string;
  before: number;
  after: number;
  added: RunFinding[];
  /** Fingerprints no longer reported, with the finding when the previous local run still knows it. */
  vanished: Array<{ fingerprint: string; finding?: RunFinding }>;
}

/**
 * Compare a run with its summary entry, rule by rule (every rule that has findings on either side,
 * sorted by id). Without an entry every finding is new. `previous` resolves vanished fingerprints to
 * findings for `--verbose` when the last local run's audit is still around.
 */
export function diffSuite(expected: ExpectedSuite | undefined, run: SuiteRun, previous: ReadonlyMap<string, RunFinding> = new Map()): RuleDiff[] {
  const now = new Map<string, RunFinding[]>();
  for (const f of run.findings) now.set(f.ruleId, [...(now.get(f.ruleId) ?? []), f]);
  const rules = [...new Set([...now.keys(), ...Object.keys(expected?.fingerprints ?? {})])].sort();
  return rules.map((ruleId) => {
    const current = now.get(ruleId) ?? [];
    const before = new Set(expected?.fingerprints[ruleId] ?? []);
    const after = new Set(current.map((f) => f.fingerprint));
    return {
      ruleId,
      before: before.size,
      after: current.length,
      added: current.filter((f) => !before.has(f.fingerprint)),
      vanished: [...before].filter((fp) => !after.has(fp)).map((fp) => ({ fingerprint: fp, ...(previous.has(fp) ? { finding: previous.get(fp)! } : {}) })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Labels and precision

/**
 * What became of a label in this run:
 * - `tp`: a labelled true positive, still reported;
 * - `lost`: a labelled true positive no longer reported — the check fails;
 * - `fp`: a labelled false positive still reported (counts against precision);
 * - `fixed`: a labelled false positive no longer reported;
 * - `back`: a labelled false positive reported again after the summary had it fixed — the check fails;
 * - `not-checked`: its suite was not part of this run;
 * - `not-collected`: its file is no longer audited (pytest's configuration does not collect it).
 */
export type LabelStatus = 'tp' | 'lost' | 'fp' | 'fixed' | 'back' | 'not-checked' | 'not-collected';

export interface LabelResult {
  label: Label;
  status: LabelStatus;
}

/**
 * Judge every label against the run. A false positive "comes back" when the summary's entry for its
 * suite lists the rule's findings without it (it had been fixed when the summary was written) and
 * the run reports it again; with no entry for the suite yet, a reported false positive is simply
 * still there.
 */
export function checkLabels(labels: readonly Label[], runs: readonly SuiteRun[], expected: Expected | null): LabelResult[] {
  const byFingerprint = new Map(runs.map((r) => [r.name, new Set(r.findings.map((f) => `${f.ruleId}\0${f.fingerprint}`))]));
  // A finding whose code was attributed anew (e.g. to a test inherited from a base class) keeps its
  // rule, file and line but not its fingerprint: the label still names it.
  const byPlace = new Map(runs.map((r) => [r.name, new Set(r.findings.map((f) => `${f.ruleId}\0${f.path}\0${f.line}`))]));
  const audited = new Map(runs.map((r) => [r.name, r.paths ? new Set(r.paths) : null]));
  return labels.map((label) => {
    const now = byFingerprint.get(label.suite);
    if (!now) return { label, status: 'not-checked' };
    if (audited.get(label.suite)?.has(label.path) === false) return { label, status: 'not-collected' };
    const byItsFingerprint = now.has(`${label.ruleId}\0${label.fingerprint}`);
    const isReported = byItsFingerprint || byPlace.get(label.suite)!.has(`${label.ruleId}\0${label.path}\0${label.line}`);
    if (label.label === 'TP') return { label, status: isReported ? 'tp' : 'lost' };
    if (!isReported) return { label, status: 'fixed' };
    // Found only by its place, the finding's old fingerprint says nothing about whether it was fixed.
    if (!byItsFingerprint) return { label, status: 'fp' };
    const entry = expected?.suites[label.suite];
    const wasFixed = entry !== undefined && !(entry.fingerprints[label.ruleId] ?? []).includes(label.fingerprint);
    return { label, status: wasFixed ? 'back' : 'fp' };
  });
}

const emptyCell = (): PrecisionCell => ({ tp: 0, fp: 0, fixed: 0, lost: 0 });

/** Labelled counts per rule per suite and overall, over the labels this run checked. */
export function precisionTable(results: readonly LabelResult[]): PrecisionTable {
  const table: PrecisionTable = {};
  for (const { label, status } of results) {
    if (status === 'not-checked' || status === 'not-collected') continue;
    const row = (table[label.ruleId] ??= { suites: {}, overall: emptyCell() });
    const key: keyof PrecisionCell = status === 'tp' ? 'tp' : status === 'lost' ? 'lost' : status === 'fixed' ? 'fixed' : 'fp';
    for (const cell of [(row.suites[label.suite] ??= emptyCell()), row.overall]) cell[key] += 1;
  }
  return Object.fromEntries(Object.keys(table).sort().map((r) => [r, table[r]!]));
}

/** `a/b` for a cell: labelled true positives over labelled findings the run reports; "—" when none. */
export function precisionText(cell: PrecisionCell | undefined): string {
  if (!cell || cell.tp + cell.fp === 0) return '—';
  return `${cell.tp}/${cell.tp + cell.fp}`;
}

/** Suites where a rule's labelled sample has at least one reported finding (the N of "on N suites"). */
export function measuredSuites(row: PrecisionTable[string]): number {
  return Object.values(row.suites).filter((c) => c.tp + c.fp > 0).length;
}

/** The README's precision line for a rule, from the summary's table. */
export function precisionLine(table: PrecisionTable | undefined, ruleId: string): string {
  const row = table?.[ruleId];
  const n = row ? measuredSuites(row) : 0;
  if (!row || n === 0) return 'not measured';
  return `precision on ${n} public suite${n === 1 ? '' : 's'}: ${precisionText(row.overall)}`;
}

// ---------------------------------------------------------------------------------------------
// Sampling (for labelling)

/** A deterministic pseudo-random generator (mulberry32), so a seed always picks the same sample. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Up to `n` of a rule's findings not labelled yet, picked with a fixed seed (the same run and seed
 * always give the same sample), in path order.
 */
export function sampleFindings(findings: readonly RunFinding[], n: number, seed: number, labelled: ReadonlySet<string>): RunFinding[] {
  const pool = findings.filter((f) => !labelled.has(f.fingerprint)).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  const next = random(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

// ---------------------------------------------------------------------------------------------
// The summary file

/**
 * The summary a run writes with `--update`: the suites it ran replace their entries and their
 * precision cells; suites of the list it did not run keep theirs; suites no longer listed are dropped.
 * Each rule's overall cell is the sum of its suite cells.
 */
export function nextExpected(previous: Expected | null, runs: readonly SuiteRun[], precision: PrecisionTable, tool: string, listed: readonly string[] = runs.map((r) => r.name)): Expected {
  const ran = new Set(runs.map((r) => r.name));
  const kept = (suite: string) => listed.includes(suite) && !ran.has(suite);
  const suites: Expected['suites'] = Object.fromEntries(Object.entries(previous?.suites ?? {}).filter(([s]) => kept(s)));
  for (const run of runs) suites[run.name] = summariseSuite(run);
  const cells: Record<string, Record<string, PrecisionCell>> = {};
  for (const [rule, row] of Object.entries(previous?.precision ?? {})) {
    for (const [suite, cell] of Object.entries(row.suites)) if (kept(suite)) (cells[rule] ??= {})[suite] = cell;
  }
  for (const [rule, row] of Object.entries(precision)) Object.assign((cells[rule] ??= {}), row.suites);
  const table: PrecisionTable = {};
  for (const rule of Object.keys(cells).sort()) {
    const bySuite = Object.fromEntries(Object.keys(cells[rule]!).sort().map((s) => [s, cells[rule]![s]!]));
    const overall = emptyCell();
    for (const c of Object.values(bySuite)) for (const k of Object.keys(overall) as Array<keyof PrecisionCell>) overall[k] += c[k];
    table[rule] = { suites: bySuite, overall };
  }
  return {
    $comment: 'Written by `npm run ecosystem -- --update`; do not edit. Per suite: unsuppressed findings per rule (counts and fingerprints); precision: labelled findings per rule (see ecosystem/labels/README.md).',
    tool,
    suites: Object.fromEntries(Object.keys(suites).sort().map((s) => [s, suites[s]!])),
    precision: table,
  };
}

/**
 * JSON with every fingerprint list on one line: the file stays a few lines per rule and suite, so a
 * diff of it reads as "this rule's list changed", not as thousands of moved lines.
 */
export function serialiseExpected(expected: Expected): string {
  return `${JSON.stringify(expected, (key, value) => (Array.isArray(value) ? `\u0000${JSON.stringify(value)}` : value), 2).replace(/"\\u0000(.*)"/g, (_, json: string) => JSON.parse(`"${json}"`) as string)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Output

/** Columns padded to their widest cell, first column left-aligned, the rest right-aligned. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const findingLine = (suite: string, f: RunFinding): string => `${suite} ${f.path}:${f.line} ${f.ruleId} ${f.message}`;

/** The lines of one suite's diff: a heading line, a line per changed rule, and with `verbose` each finding. */
export function diffLines(run: SuiteRun, diffs: readonly RuleDiff[], hasEntry: boolean, verbose: boolean): string[] {
  const added = diffs.reduce((n, d) => n + d.added.length, 0);
  const vanished = diffs.reduce((n, d) => n + d.vanished.length, 0);
  const out = [`suite ${run.name} (${shortVersion(run.version)}): ${run.files} files, ${run.findings.length} findings, ${hasEntry ? `${added} new, ${vanished} vanished` : 'no entry in expected.json yet (run --update)'}`];
  if (!hasEntry) return out;
  for (const d of diffs) {
    if (d.added.length === 0 && d.vanished.length === 0) continue;
    out.push(`  ${d.ruleId}: ${d.before} -> ${d.after} (+${d.added.length} new, -${d.vanished.length} vanished)`);
    if (!verbose) continue;
    for (const f of d.added) out.push(`    + ${findingLine(run.name, f)}`);
    for (const v of d.vanished) out.push(`    - ${v.finding ? findingLine(run.name, v.finding) : `${run.name} ${d.ruleId} ${v.fingerprint} (not in the last local run)`}`);
  }
  return out;
}

/** Findings per rule (rows) per suite (columns) for the rules that fire anywhere. */
export function countLines(runs: readonly SuiteRun[]): string[] {
  const counts = runs.map((r) => summariseSuite(r).counts);
  const rules = [...new Set(counts.flatMap((c) => Object.keys(c)))].sort();
  return textTable(
    ['rule', ...runs.map((r) => r.name), 'total'],
    rules.map((rule) => {
      const cells = counts.map((c) => c[rule] ?? 0);
      return [rule, ...cells.map(String), String(cells.reduce((a, b) => a + b, 0))];
    }),
  );
}

/** The label check's lines: one per failing label, then one line of totals. */
export function labelLines(results: readonly LabelResult[]): string[] {
  const by = (s: LabelStatus) => results.filter((r) => r.status === s);
  const out: string[] = [];
  for (const { label, status } of [...by('lost'), ...by('back')]) {
    const what = status === 'lost' ? 'labelled TP vanished' : 'labelled FP came back';
    out.push(`FAIL ${what}: ${label.suite} ${label.path}:${label.line} ${label.ruleId} ${label.fingerprint} (${label.reason})`);
  }
  const notChecked = [...new Set(by('not-checked').map((r) => r.label.suite))].sort();
  const notCollected = by('not-collected').length;
  out.push(
    `labels: ${results.length} (${results.length - by('not-checked').length - notCollected} checked: ${by('tp').length} TP kept, ${by('lost').length} TP vanished, ${by('fp').length} FP still reported, ${by('fixed').length} FP fixed, ${by('back').length} FP came back)` +
      (notChecked.length ? `; ${by('not-checked').length} not checked (suite not run: ${notChecked.join(', ')})` : '') +
      (notCollected ? `; ${notCollected} on files pytest does not collect (not checked)` : ''),
  );
  return out;
}

/** The precision table: per rule, TP/(TP+FP) per suite and overall, with the labelled and fixed counts. */
export function precisionLines(table: PrecisionTable, suites: readonly string[]): string[] {
  const rules = Object.keys(table).sort();
  if (rules.length === 0) return ['precision: no labelled finding was checked'];
  const labelled = (c: PrecisionCell) => c.tp + c.fp + c.fixed + c.lost;
  return textTable(
    ['rule', ...suites, 'overall', 'labelled', 'fixed FP'],
    rules.map((r) => {
      const row = table[r]!;
      return [r, ...suites.map((s) => precisionText(row.suites[s])), precisionText(row.overall), String(labelled(row.overall)), String(row.overall.fixed)];
    }),
  );
}
