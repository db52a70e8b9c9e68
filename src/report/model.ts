/**
 * The report's view model: everything the templates show, computed from one audit.json. No
 * arithmetic happens in templates; every figure, list and tick is decided here, so a report can
 * never contradict its JSON.
 */
import { collectedPer } from '../lib/collection.js';
import { GRADE_SCALE, gradeFor, roundScore } from '../lib/grades.js';
import { fileSlug } from '../lib/slug.js';
import type { Audit, AuditedFile, Finding, Grade, RuleRecord, Severity } from '../lib/schema.js';
import { buildCoverageModel, type CoverageModel } from './coverage-model.js';

export interface ReportOptions {
  /** Longest list before "… and N more". */
  maxItems: number;
  /** Published site, to link files, rules and findings to their pages. */
  siteUrl?: string | undefined;
  emoji: boolean;
  /** Sections to leave out, by id. */
  skip?: readonly string[];
  /** The auditor's notes (notes.md beside audit.json), verbatim. */
  notes?: string | null;
}

export const SECTION_IDS = [
  'header',
  'summary',
  'since',
  'statistics',
  'smells',
  'coverage',
  'grade',
  'critical',
  'files',
  'recommendations',
  'checklist',
  'actions',
  'notes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Our own prose (rule documentation): `backticked` spans render as code, the rest as text. */
export class Prose {
  constructor(readonly text: string) {}
}

export interface Link {
  text: string;
  url: string | null;
}

export interface Evidence {
  path: Link;
  line: number;
  /** The finding's own line of code, trimmed. */
  code: string;
  /** Rule messages quote code in backticks: rendered as prose, so those become code spans. */
  message: Prose;
  /** Where the evidence can be read: the source at the audited commit, else the file's page. */
  url: string | null;
}

export interface More {
  count: number;
  url: string | null;
}

export interface RuleIssue {
  id: Link;
  /** The most serious severity among its findings (a rule may report some findings as errors). */
  severity: Severity;
  description: Prose;
  why: Prose;
  howToFix: Prose;
  findings: number;
  files: number;
  /** "10 findings in 2 files". */
  counts: string;
  evidence: Evidence[];
  more: More | null;
  /** Messages of suite-level findings (an uncovered capability), which have no file to point at. */
  suite: Prose[];
}

export interface FileRow {
  path: Link;
  grade: Grade;
  score: string;
  tests: number;
  lines: number;
  notes: string;
}

export interface ChecklistItem {
  done: boolean;
  text: Prose;
}

export interface ActionItem {
  severity: Severity;
  text: Prose;
}

export interface ReportModel {
  sections: Record<SectionId, boolean>;
  title: string;
  date: string;
  id: string;
  root: string;
  /** The selection and the configuration it was collected per (a config file's name as a code span). */
  scope: Prose;
  auditor: string;
  standards: string[];
  commit: string | null;
  branch: string | null;
  summary: {
    files: number;
    lines: string;
    tests: string;
    grade: Grade;
    score: string;
    badge: string;
    brokenFiles: number;
    status: string;
    /** "Test run (results.xml): 1,204 passed, 3 failed, …", when `--junit` results were given. */
    runs: string | null;
    strengths: string[];
    improvements: string[];
    severities: { error: number; warning: number; info: number };
  };
  statistics: {
    totals: Array<[string, string]>;
    byCategory: string[][];
    byArea: string[][];
    largest: FileRow[];
    compliance: string[][];
  };
  /** Test-smell density (PyNose's figures) and the smelliest tests; null when no smell rule ran. */
  smells: {
    line: string;
    byCategory: string[][];
    smelliest: Array<{ test: string; file: Link; line: number; smells: string }>;
    more: More | null;
  } | null;
  grade: {
    formula: string;
    weights: string;
    scale: string;
    costliest: Array<{ rule: Link; findings: number; files: number; points: string }>;
    lift: string | null;
  };
  since: {
    previous: string;
    grade: string;
    counts: string;
    newErrors: Evidence[];
    more: More | null;
    standards: Prose | null;
  } | null;
  /** Capability coverage and named values, when the audit has them. */
  coverage: CoverageModel | null;
  critical: RuleIssue[];
  exemplary: FileRow[];
  attention: FileRow[];
  recommendations: Prose[];
  checklist: ChecklistItem[];
  actions: ActionItem[];
  acceptance: ChecklistItem[];
  notes: string | null;
}

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function links(audit: Audit, siteUrl: string | undefined) {
  const base = siteUrl ? `${siteUrl.replace(/\/+$/, '')}/audits/${encodeURIComponent(audit.audit.id)}` : null;
  const source = audit.audit.source;
  const blob = source?.remoteUrl && /^https?:\/\//.test(source.remoteUrl) ? `${source.remoteUrl.replace(/\.git$/, '')}/blob/${source.commit}` : null;
  return {
    file: (path: string): Link => ({ text: path, url: base ? `${base}/files/${fileSlug(path)}/` : null }),
    rule: (id: string): Link => ({ text: id, url: base ? `${base}/rules/${encodeURIComponent(id)}/` : null }),
    rulePage: (id: string): string | null => (base ? `${base}/rules/${encodeURIComponent(id)}/` : null),
    evidence: (path: string, line: number): string | null =>
      blob ? `${blob}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}` : base ? `${base}/files/${fileSlug(path)}/#L${line}` : null,
  };
}

function smellsModel(audit: Audit, link: ReturnType<typeof links>, max: number): ReportModel['smells'] {
  const sm = audit.summary.smells;
  if (!sm) return null;
  const ranked = audit.files
    .flatMap((f) => f.testDetails.filter((t) => (t.smells?.length ?? 0) > 0).map((t) => ({ f, t, count: t.smells!.length })))
    .sort((a, b) => b.count - a.count || (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : a.t.line - b.t.line));
  const shown = ranked.slice(0, Math.min(max, 10));
  return {
    line:
      `${plural(sm.findings, 'test-smell finding')} from ${plural(sm.rules.length, 'rule')}: ${n(sm.per100Tests)} per 100 tests. ` +
      `${n(sm.testsWithSmells)} of ${plural(sm.tests, 'test')} (${n(sm.testShare)}%) and ${n(sm.modulesWithSmells)} of ${plural(sm.testModules, 'test module')} (${n(sm.moduleShare)}%) have at least one smell.`,
    byCategory: sm.byCategory.map((g) => [g.name, n(g.tests), n(g.testsWithSmells), n(g.findings), n(g.per100Tests)]),
    smelliest: shown.map(({ f, t }) => ({ test: t.className ? `${t.className.replace(/\./g, '::')}::${t.name}` : t.name, file: link.file(f.path), line: t.line, smells: t.smells!.join(', ') })),
    more: ranked.length > shown.length ? { count: ranked.length - shown.length, url: null } : null,
  };
}

const live = (f: AuditedFile): Finding[] => f.findings.filter((x) => !x.suppressed);

/** The finding's line of code, trimmed, with control characters made visible as U+FFFD. */
function codeAt(finding: Finding): string {
  // eslint-disable-next-line no-control-regex
  return (finding.snippet.lines[finding.line - finding.snippet.startLine] ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd').trim();
}

/** Findings of `ruleId` that cost the most, across files, as evidence (first per file). */
/**
 * Per rule, in one pass over every finding: the first live finding of each file (in file order,
 * unreadable files excepted: they have no code to show) and the worst severity it was reported with.
 * Evidence is built only for what the report shows.
 */
function findingsByRule(audit: Audit): Map<string, { firsts: Array<{ f: AuditedFile; first: Finding }>; worst: Severity | null }> {
  const out = new Map<string, { firsts: Array<{ f: AuditedFile; first: Finding }>; worst: Severity | null }>();
  const entry = (ruleId: string) => {
    let e = out.get(ruleId);
    if (!e) out.set(ruleId, (e = { firsts: [], worst: null }));
    return e;
  };
  const worse = (a: Severity | null, b: Severity): Severity => (a === null || SEVERITY_ORDER[b] < SEVERITY_ORDER[a] ? b : a);
  for (const f of audit.files) {
    const seen = new Set<string>();
    for (const x of live(f)) {
      const e = entry(x.ruleId);
      e.worst = worse(e.worst, x.severity);
      if (seen.has(x.ruleId)) continue;
      seen.add(x.ruleId);
      if (f.status !== 'unreadable') e.firsts.push({ f, first: x });
    }
  }
  for (const x of audit.coverage?.findings ?? []) {
    const e = entry(x.ruleId);
    e.worst = worse(e.worst, x.severity);
  }
  return out;
}

function evidenceFor(f: AuditedFile, first: Finding, link: ReturnType<typeof links>): Evidence {
  return { path: link.file(f.path), line: first.line, code: codeAt(first), message: new Prose(first.message), url: link.evidence(f.path, first.line) };
}

/** What makes a clean file good, from its metrics and the rules that passed. */
function praise(f: AuditedFile, rules: ReadonlyMap<string, RuleRecord>): string {
  const passed = new Set(f.rulesApplied.filter((id) => !live(f).some((x) => x.ruleId === id)));
  const out: string[] = [];
  if (passed.has('module-docstring')) out.push(rules.get('module-docstring')?.options['requiredSections'] ? 'BVJ docstring complete' : 'docstring present');
  if (passed.has('no-mocks-in-integration')) out.push('no mocks');
  if (passed.has('category-markers')) out.push('markers correct');
  if (passed.has('approved-helpers')) out.push('uses the approved helpers');
  if (passed.has('e2e-auth')) out.push('authenticates through the helper');
  if (passed.has('absolute-imports') && f.metrics.imports > 0) out.push('absolute imports');
  out.push(`${plural(f.tests, 'test')}, ${plural(f.metrics.assertions, 'assertion')}`);
  return out.join(', ');
}

function problems(f: AuditedFile): string {
  const byRule = new Map<string, number>();
  for (const x of live(f)) byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
  return [...byRule.entries()].map(([id, count]) => (count > 1 ? `${id} ×${count}` : id)).join(', ');
}

/** Fewest costliest findings whose fixing lifts the overall grade one step, if any. */
function gradeLift(audit: Audit): { findings: number; files: number; to: Grade } | null {
  const current = audit.summary.grade;
  const next = [...GRADE_SCALE].reverse().find((s) => s.min > audit.summary.score);
  if (!next || audit.files.length === 0) return null;
  const penalties = audit.files.flatMap((f) => f.penalties.map((p) => ({ path: f.path, ...p }))).sort((a, b) => b.points - a.points || (a.path < b.path ? -1 : 1));
  let total = audit.files.reduce((s, f) => s + f.score, 0);
  let findings = 0;
  const files = new Set<string>();
  const byPath = new Map(audit.files.map((f) => [f.path, f]));
  for (const p of penalties) {
    const file = byPath.get(p.path)!;
    // A file's score is floored at 0: only what the penalty really cost comes back.
    const lost = Math.min(p.points, 100 - file.score);
    total += lost;
    findings += p.findings;
    files.add(p.path);
    const score = roundScore(total / audit.files.length);
    if (gradeFor(score) !== current && score >= next.min) return { findings, files: files.size, to: gradeFor(score) };
  }
  return null;
}

function statusLine(audit: Audit, critical: RuleIssue[]): string {
  const s = audit.summary;
  if (audit.gates?.length) {
    const failed = audit.gates.filter((g) => !g.passed);
    return failed.length
      ? `Not ready: ${failed.length === 1 ? 'a gate failed' : `${failed.length} gates failed`}: ${failed.map((g) => `${g.id} (${g.detail})`).join('; ')}.`
      : `Ready: ${audit.gates.length === 1 ? 'the gate passes' : `all ${audit.gates.length} gates pass`} (${audit.gates.map((g) => g.id).join(', ')}).`;
  }
  if (critical.length === 0 && s.findingsBySeverity.warning === 0) return 'Ready: no errors and no warnings.';
  if (critical.length === 0) return `Ready with follow-ups: no errors, ${plural(s.findingsBySeverity.warning, 'warning')}.`;
  const worst = critical[0]!;
  const suiteErrors = (audit.coverage?.findings ?? []).filter((f) => f.severity === 'error').length;
  const files = new Set(audit.files.filter((f) => live(f).some((x) => x.severity === 'error')).map((f) => f.path)).size;
  const where = suiteErrors === 0 ? `in ${plural(files, 'file')}` : files === 0 ? 'across the suite' : `in ${plural(files, 'file')} and ${n(suiteErrors)} across the suite`;
  return `Not ready: ${plural(s.findingsBySeverity.error, 'error')} ${where}; the largest is ${worst.id.text} (${plural(worst.findings, 'finding')} in ${plural(worst.files, 'file')}).`;
}

export function buildModel(audit: Audit, opts: ReportOptions): ReportModel {
  const link = links(audit, opts.siteUrl);
  const s = audit.summary;
  const rules = new Map(audit.rules.map((r) => [r.id, r]));
  const max = opts.maxItems;
  const more = (count: number, url: string | null): More | null => (count > max ? { count: count - max, url } : null);
  const sections = Object.fromEntries(SECTION_IDS.map((id) => [id, !(opts.skip ?? []).includes(id)])) as Record<SectionId, boolean>;

  // Rules with findings, most serious first.
  const byRule = findingsByRule(audit);
  const ruleIssues: RuleIssue[] = audit.rules
    .map((r) => ({ r, c: s.findingsByRule[r.id] ?? { findings: 0, files: 0, suppressed: 0 } }))
    .filter(({ c }) => c.findings > 0)
    .map(({ r, c }) => {
      const { firsts, worst } = byRule.get(r.id) ?? { firsts: [], worst: null };
      const suite = (audit.coverage?.findings ?? []).filter((x) => x.ruleId === r.id);
      const severity = worst ?? r.severity;
      return {
        id: link.rule(r.id),
        severity,
        description: new Prose(r.description),
        why: new Prose(r.why),
        howToFix: new Prose(r.howToFix),
        findings: c.findings,
        files: c.files,
        // Suite-level findings (an uncovered capability) are in no file.
        counts: c.files === 0 && suite.length ? `${plural(c.findings, 'finding')} across the suite` : `${plural(c.findings, 'finding')} in ${plural(c.files, 'file')}`,
        evidence: firsts.slice(0, max).map(({ f, first }) => evidenceFor(f, first, link)),
        more: more(firsts.length, link.rulePage(r.id)),
        suite: suite.slice(0, max).map((x) => new Prose(x.message)),
      };
    });
  ruleIssues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings - a.findings || (a.id.text < b.id.text ? -1 : 1));
  const critical = ruleIssues.filter((r) => r.severity === 'error');

  const row = (f: AuditedFile, notes: string): FileRow => ({ path: link.file(f.path), grade: f.grade, score: String(f.score), tests: f.tests, lines: f.lines, notes });
  const byScore = [...audit.files].sort((a, b) => b.score - a.score || b.tests - a.tests || (a.path < b.path ? -1 : 1));
  const exemplary = byScore.filter((f) => f.status === 'ok' && live(f).length === 0 && f.tests > 0).slice(0, Math.min(max, 5));
  const attention = [...audit.files]
    .filter((f) => live(f).length > 0)
    .sort((a, b) => a.score - b.score || (a.path < b.path ? -1 : 1))
    .slice(0, Math.min(max, 10));

  const target = audit.scoring.target;
  const categories = s.categories.filter((c) => c.applicableFiles > 0);
  const strengths = categories.filter((c) => c.score >= target).map((c) => `${c.title}: ${c.score}/100 (${c.grade}), ${plural(c.applicableFiles - c.failingFiles, 'file')} of ${n(c.applicableFiles)} without findings`);
  const improvements = [...categories]
    .filter((c) => c.findings > 0)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((c) => `${c.title}: ${c.score}/100 (${c.grade}), ${plural(c.findings, 'finding')} in ${plural(c.failingFiles, 'file')}`);

  const largest = [...audit.files].sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1)).slice(0, Math.min(max, 5));
  const lift = gradeLift(audit);
  const costly = [...ruleIssues]
    .map((r) => ({ r, points: audit.files.reduce((sum, f) => sum + (f.penalties.find((p) => p.ruleId === r.id.text)?.points ?? 0), 0) }))
    .sort((a, b) => b.points - a.points)
    .slice(0, 5);

  const groupRows = (groups: typeof s.areas) => groups.map((g) => [g.name, n(g.files), n(g.lines), n(g.tests), `${g.score} (${g.grade})`]);

  const recommendations: Prose[] = [];
  for (const r of ruleIssues) {
    if (r.id.text === 'max-file-lines') {
      const big = audit.files.filter((f) => live(f).some((x) => x.ruleId === 'max-file-lines')).sort((a, b) => b.lines - a.lines);
      recommendations.push(new Prose(`Split the ${plural(big.length, 'module')} over the size limit, largest first: ${big.slice(0, max).map((f) => `${f.path} (${n(f.lines)} lines)`).join(', ')}${big.length > max ? ` … and ${n(big.length - max)} more` : ''}.`));
    } else {
      recommendations.push(new Prose(`\`${r.id.text}\` (${r.counts}): ${r.howToFix.text}`));
    }
  }

  // Only standards that applied to some file: a rule with nothing to judge (e.g. `failing-test`
  // without test-run results) is not a ticked box.
  const applied = new Set(audit.files.flatMap((f) => f.rulesApplied));
  const checklist: ChecklistItem[] = audit.rules.filter((r) => applied.has(r.id)).map((r) => {
    const c = s.findingsByRule[r.id] ?? { findings: 0, files: 0, suppressed: 0 };
    const counts = c.findings === 0 ? '' : ` (currently ${plural(c.findings, 'finding')} in ${plural(c.files, 'file')})`;
    return { done: c.findings === 0, text: new Prose(`\`${r.id}\`: ${r.description}${counts}`) };
  });
  const coverage = buildCoverageModel(audit, opts.emoji, link.evidence);
  checklist.push(...(coverage?.gaps ?? []));
  const actions: ActionItem[] = ruleIssues.map((r) => ({ severity: r.severity, text: new Prose(`Fix ${plural(r.findings, `\`${r.id.text}\` finding`)} ${r.counts.replace(/^[\d,]+ findings? /, '')}: ${r.howToFix.text}`) }));
  const acceptance: ChecklistItem[] = [
    { done: s.findingsBySeverity.error === 0, text: new Prose(`Zero errors (currently ${n(s.findingsBySeverity.error)})`) },
    ...categories.map((c) => ({ done: c.score >= target, text: new Prose(`${c.title} at or above ${target} (currently ${c.score})`) })),
    ...(audit.coverage?.areas ?? []).map((a) => ({ done: a.covered === a.total, text: new Prose(`Every capability of ${a.name} covered (currently ${a.covered} of ${a.total}${a.covered < a.total ? `; missing: ${a.capabilities.filter((c) => c.status !== 'covered').map((c) => c.name).join(', ')}` : ''})`) })),
    { done: s.score >= target, text: new Prose(`Overall score at or above ${target} (currently ${s.score}, ${s.grade})`) },
  ];

  const c = audit.comparison;
  const since: ReportModel['since'] = c
    ? {
        previous: c.previous.id === c.previous.date ? c.previous.date : `${c.previous.date} (${c.previous.id})`,
        grade:
          c.previous.grade === s.grade
            ? `Grade ${s.grade} unchanged (score ${c.scoreChange >= 0 ? '+' : ''}${c.scoreChange})`
            : `Grade ${c.previous.grade} → ${s.grade} (score ${c.previous.score} → ${s.score}, ${c.scoreChange >= 0 ? '+' : ''}${c.scoreChange})`,
        counts: `${plural(c.newFindings, 'new finding')}, ${plural(c.fixedFindings, 'fixed finding')}, ${n(c.persistingFindings)} persisting; files: ${n(c.filesAdded)} added, ${n(c.filesRemoved)} removed, ${n(c.filesRenamed.length)} renamed`,
        newErrors: c.newErrors.slice(0, max).map((e) => ({ path: link.file(e.path), line: e.line, code: e.code, message: new Prose(e.message), url: link.evidence(e.path, e.line) })),
        more: more(c.newErrorsTotal, null),
        standards: c.configChanged
          ? new Prose(`The standards changed since the previous audit, so part of the grade change may come from them: ${c.ruleChanges.length ? c.ruleChanges.map((r) => `\`${r.ruleId}\` ${r.change}`).join('; ') : 'areas or categories changed'}.`)
          : null,
      }
    : null;

  const sel = audit.audit.scope;
  return {
    sections,
    title: audit.audit.title,
    date: audit.audit.date,
    id: audit.audit.id,
    root: sel.root,
    scope: new Prose(`${sel.description}, ${collectedPer(audit)}`),
    auditor: audit.audit.auditor,
    standards: audit.audit.standards,
    commit: audit.audit.source?.commit ?? null,
    branch: audit.audit.source?.branch ?? null,
    summary: {
      files: s.files,
      lines: n(s.lines),
      tests: n(s.tests),
      grade: s.grade,
      score: String(s.score),
      badge: opts.emoji ? (s.score >= target ? '🟢' : s.score >= 70 ? '🟡' : '🔴') : '',
      brokenFiles: s.statuses['parse-error'] + s.statuses.unreadable,
      status: statusLine(audit, critical),
      runs: audit.runs
        ? `Test run (${audit.runs.reports.join(', ')}): ${n(audit.runs.passed)} passed, ${n(audit.runs.failed)} failed, ${n(audit.runs.errors)} errors, ${n(audit.runs.skipped)} skipped; ${plural(audit.runs.matchedTests, 'audited test')} matched${audit.runs.unmatchedTotal ? `, ${plural(audit.runs.unmatchedTotal, 'case')} matched no audited test` : ''}.`
        : null,
      strengths,
      improvements,
      severities: s.findingsBySeverity,
    },
    statistics: {
      totals: [
        ['Files audited', n(s.files)],
        ['Files that could not be parsed or read', n(s.statuses['parse-error'] + s.statuses.unreadable)],
        ['Lines', n(s.lines)],
        ['Average lines per file', n(s.averageLines)],
        ['Tests', n(s.tests)],
        ['Findings (error / warning / info)', `${n(s.findingsBySeverity.error)} / ${n(s.findingsBySeverity.warning)} / ${n(s.findingsBySeverity.info)}`],
      ],
      byCategory: groupRows(s.testCategories),
      byArea: groupRows(s.areas),
      largest: largest.map((f) => row(f, problems(f))),
      compliance: categories.map((c) => [c.title, String(c.score), c.grade, `${n(c.failingFiles)} of ${n(c.applicableFiles)}`, c.findings === 0 ? 'no findings' : `${plural(c.findings, 'finding')}: ${c.rules.filter((id) => (s.findingsByRule[id]?.files ?? 0) > 0).map((id) => `${id} ${n(s.findingsByRule[id]!.findings)}`).join(', ')}`]),
    },
    smells: smellsModel(audit, link, max),
    grade: {
      formula: audit.scoring.formula,
      weights: `error ${audit.scoring.weights.error}, warning ${audit.scoring.weights.warning}, info ${audit.scoring.weights.info}; cap ${audit.scoring.ruleCap}× per rule and file`,
      scale: GRADE_SCALE.map((g) => `${g.grade} ≥ ${g.min}`).join(', '),
      costliest: costly.map(({ r, points }) => ({ rule: r.id, findings: r.findings, files: r.files, points: String(roundScore(points / Math.max(1, audit.files.length))) })),
      lift: lift ? `Fixing the ${plural(lift.findings, 'costliest finding')} in ${plural(lift.files, 'file')} lifts the grade from ${s.grade} to ${lift.to}.` : null,
    },
    since,
    coverage,
    critical,
    exemplary: exemplary.map((f) => row(f, praise(f, rules))),
    attention: attention.map((f) => row(f, problems(f))),
    recommendations,
    checklist,
    actions,
    acceptance,
    notes: opts.notes ?? null,
  };
}
