/**
 * Compare two audits of the same suite: findings matched by identity (rule, file, enclosing test,
 * normalised code — robust to moved lines), files renamed detected by content similarity (their
 * tests and findings), new / fixed / persisting findings, score and grade changes, and whether the
 * standards themselves changed (so a grade change is never mistaken for a code change).
 */
import { findingKey } from './fingerprint.js';
import type { Audit, AuditedFile, Comparison, Finding, Grade, Severity } from './schema.js';

export interface FindingRef {
  path: string;
  ruleId: string;
  severity: Severity;
  line: number;
  message: string;
  code: string;
}

export interface RuleChange {
  ruleId: string;
  change: string;
}

export interface AuditDiff {
  old: { id: string; date: string; score: number; grade: Grade; files: number };
  new: { id: string; date: string; score: number; grade: Grade; files: number };
  scoreChange: number;
  /** Per category its score and compliant share in each audit (shares compare across scoring methods). */
  categories: Array<{ id: string; title: string; before: number | null; after: number | null; shareBefore: number | null; shareAfter: number | null }>;
  files: { added: string[]; removed: string[]; renamed: Array<{ from: string; to: string }> };
  findings: { new: FindingRef[]; fixed: FindingRef[]; persisting: number };
  configChanged: boolean;
  /** The two audits were scored with different methods: their scores and grades are not comparable. */
  methodChanged: { from: string; to: string } | null;
  ruleChanges: RuleChange[];
  /** The old audit's compliant share per category (for trends). */
  previousCategories: Array<{ id: string; compliantShare: number }>;
  /** The new audit's own finding objects that are new (to mark them). */
  newFindingObjects: Finding[];
}

const codeOf = (f: Finding): string => f.snippet.lines[f.line - f.snippet.startLine] ?? '';
const live = (file: AuditedFile): Finding[] => file.findings.filter((f) => !f.suppressed);
const ref = (path: string, f: Finding): FindingRef => ({ path, ruleId: f.ruleId, severity: f.severity, line: f.line, message: f.message, code: codeOf(f).trim() });

/** Multiset of a file's content features that survive a rename: test names and pathless finding keys. */
function features(file: AuditedFile): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  for (const t of file.testDetails) add(`t:${t.className ?? ''}::${t.name}`);
  for (const f of file.findings) add(`f:${findingKey(f.ruleId, '', f.test, codeOf(f))}`);
  add(`lines:${Math.round(file.lines / 10)}`);
  return out;
}

function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let union = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    inter += Math.min(a.get(k) ?? 0, b.get(k) ?? 0);
    union += Math.max(a.get(k) ?? 0, b.get(k) ?? 0);
  }
  return union === 0 ? 0 : inter / union;
}

/** Removed → added pairs whose content is at least `threshold` similar, best pairs first. */
function detectRenames(removed: AuditedFile[], added: AuditedFile[], threshold = 0.6): Array<{ from: string; to: string }> {
  const candidates: Array<{ from: string; to: string; score: number }> = [];
  const addedFeatures = added.map((f) => [f, features(f)] as const);
  for (const r of removed) {
    const fr = features(r);
    for (const [a, fa] of addedFeatures) {
      const score = similarity(fr, fa);
      if (score >= threshold) candidates.push({ from: r.path, to: a.path, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || (x.from < y.from ? -1 : 1));
  const used = new Set<string>();
  const out: Array<{ from: string; to: string }> = [];
  for (const c of candidates) {
    if (used.has(c.from) || used.has(c.to)) continue;
    used.add(c.from).add(c.to);
    out.push({ from: c.from, to: c.to });
  }
  return out.sort((x, y) => (x.to < y.to ? -1 : 1));
}

/** An option value in words: scalars and short lists as they are, anything else by its size. */
function optionValue(v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v === 'number') return v.toLocaleString('en-US');
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v) && v.length <= 3 && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.length ? v.join(', ') : 'none';
  return null;
}

/** "max 750 → 500", "requiredSections set", "helpers changed": a configuration change in words, never escaped JSON. */
function optionChange(key: string, before: unknown, after: unknown): string {
  if (before === undefined) return `${key} set${optionValue(after) ? ` to ${optionValue(after)}` : ''}`;
  if (after === undefined) return `${key} no longer set`;
  const a = optionValue(before);
  const b = optionValue(after);
  return a !== null && b !== null && a !== b ? `${key} ${a} → ${b}` : `${key} changed`;
}

function describeRuleChanges(oldAudit: Audit, newAudit: Audit): RuleChange[] {
  const before = new Map(oldAudit.rules.map((r) => [r.id, r]));
  const after = new Map(newAudit.rules.map((r) => [r.id, r]));
  const out: RuleChange[] = [];
  for (const [id, r] of after) {
    const o = before.get(id);
    if (!o) {
      out.push({ ruleId: id, change: `enabled (${r.severity})` });
      continue;
    }
    if (o.severity !== r.severity) out.push({ ruleId: id, change: `severity ${o.severity} → ${r.severity}` });
    for (const key of new Set([...Object.keys(o.options), ...Object.keys(r.options)])) {
      if (JSON.stringify(o.options[key]) !== JSON.stringify(r.options[key])) out.push({ ruleId: id, change: optionChange(key, o.options[key], r.options[key]) });
    }
    if (JSON.stringify(o.scope.categories) !== JSON.stringify(r.scope.categories)) {
      const cats = (c: string[] | null) => (c === null ? 'all test modules' : c.length ? c.join(', ') : 'no category');
      out.push({ ruleId: id, change: `applies to ${cats(r.scope.categories)} (was ${cats(o.scope.categories)})` });
    }
    if (JSON.stringify(o.scope.paths) !== JSON.stringify(r.scope.paths)) out.push({ ruleId: id, change: 'limited to other paths' });
  }
  for (const id of before.keys()) if (!after.has(id)) out.push({ ruleId: id, change: 'disabled' });
  const w = (a: Audit) => JSON.stringify([a.scoring.weights, a.scoring.ruleCap, a.scoring.target, a.scoring.errorCap, a.scoring.infoPer, a.scoring.infoMax]);
  if (oldAudit.scoring.method !== newAudit.scoring.method) out.push({ ruleId: '(scoring)', change: `method ${oldAudit.scoring.method} → ${newAudit.scoring.method}` });
  else if (w(oldAudit) !== w(newAudit)) out.push({ ruleId: '(scoring)', change: 'weights, cap or target changed' });
  return out;
}

export function diffAudits(oldAudit: Audit, newAudit: Audit): AuditDiff {
  const oldPaths = new Map(oldAudit.files.map((f) => [f.path, f]));
  const newPaths = new Map(newAudit.files.map((f) => [f.path, f]));
  const removedFiles = oldAudit.files.filter((f) => !newPaths.has(f.path));
  const addedFiles = newAudit.files.filter((f) => !oldPaths.has(f.path));
  const renamed = detectRenames(removedFiles, addedFiles);
  const oldPathOf = new Map(renamed.map((r) => [r.to, r.from]));

  // Same path: findings match by fingerprint (rule, path, test, normalised code, occurrence).
  // Renamed: by the same identity without the path, recomputed from the evidence.
  const newName = new Map(renamed.map((r) => [r.from, r.to]));
  const pending = new Map<string, FindingRef[]>();
  const keyOf = (file: AuditedFile, f: Finding, renamedFile: boolean): string =>
    renamedFile ? `r\0${findingKey(f.ruleId, '', f.test, codeOf(f))}` : `p\0${file.path}\0${f.fingerprint}`;
  for (const file of oldAudit.files) {
    const to = newName.get(file.path);
    for (const f of live(file)) {
      const key = to ? `${to}\0${keyOf(file, f, true)}` : keyOf(file, f, false);
      (pending.get(key) ?? pending.set(key, []).get(key)!).push(ref(file.path, f));
    }
  }
  const added: FindingRef[] = [];
  const addedFindings: Finding[] = [];
  let persisting = 0;
  for (const file of newAudit.files) {
    const wasRenamed = oldPathOf.has(file.path);
    for (const f of live(file)) {
      const key = wasRenamed ? `${file.path}\0${keyOf(file, f, true)}` : keyOf(file, f, false);
      const olds = pending.get(key);
      if (olds && olds.length > 0) {
        olds.shift();
        persisting++;
      } else {
        added.push(ref(file.path, f));
        addedFindings.push(f);
      }
    }
  }
  const fixed = [...pending.values()].flat();

  const categoryIds = [...new Set([...oldAudit.summary.categories.map((c) => c.id), ...newAudit.summary.categories.map((c) => c.id)])];
  const cat = (a: Audit, id: string) => a.summary.categories.find((c) => c.id === id);
  const bySeverity = (a: FindingRef, b: FindingRef) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : b.severity === 'error' ? 1 : a.severity === 'warning' ? -1 : 1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
  const head = (a: Audit) => ({ id: a.audit.id, date: a.audit.date, score: a.summary.score, grade: a.summary.grade, files: a.summary.files });
  return {
    old: head(oldAudit),
    new: head(newAudit),
    scoreChange: Math.round((newAudit.summary.score - oldAudit.summary.score) * 10) / 10,
    categories: categoryIds.map((id) => ({
      id,
      title: (cat(newAudit, id) ?? cat(oldAudit, id))!.title,
      before: cat(oldAudit, id)?.score ?? null,
      after: cat(newAudit, id)?.score ?? null,
      shareBefore: cat(oldAudit, id)?.compliantShare ?? null,
      shareAfter: cat(newAudit, id)?.compliantShare ?? null,
    })),
    files: {
      added: addedFiles.map((f) => f.path).filter((p) => !oldPathOf.has(p)),
      removed: removedFiles.map((f) => f.path).filter((p) => !newName.has(p)),
      renamed,
    },
    findings: { new: added.sort(bySeverity), fixed: fixed.sort(bySeverity), persisting },
    configChanged: oldAudit.audit.configDigest !== newAudit.audit.configDigest,
    previousCategories: oldAudit.summary.categories.map((c) => ({ id: c.id, compliantShare: c.compliantShare })),
    methodChanged: oldAudit.scoring.method === newAudit.scoring.method ? null : { from: oldAudit.scoring.method, to: newAudit.scoring.method },
    ruleChanges: describeRuleChanges(oldAudit, newAudit),
    newFindingObjects: addedFindings,
  };
}

/** The comparison an audit records about its predecessor (lists capped; counts exact). */
export function comparisonOf(diff: AuditDiff, maxListed = 100): Comparison {
  const newErrors = diff.findings.new.filter((f) => f.severity === 'error');
  return {
    previous: { id: diff.old.id, date: diff.old.date, score: diff.old.score, grade: diff.old.grade },
    scoreChange: diff.scoreChange,
    newFindings: diff.findings.new.length,
    fixedFindings: diff.findings.fixed.length,
    persistingFindings: diff.findings.persisting,
    newErrors: newErrors.slice(0, maxListed),
    newErrorsTotal: newErrors.length,
    filesAdded: diff.files.added.length,
    filesRemoved: diff.files.removed.length,
    filesRenamed: diff.files.renamed,
    configChanged: diff.configChanged,
    ...(diff.methodChanged ? { methodChanged: diff.methodChanged } : {}),
    previousCategories: diff.previousCategories,
    ruleChanges: diff.ruleChanges,
  };
}

/** Whether two audits look at the same suite (same root and same kind of selection). */
export function sameSuite(a: Audit, b: Audit): boolean {
  return a.audit.scope.root === b.audit.scope.root && a.audit.scope.selection === b.audit.scope.selection;
}
