/**
 * The report's view model: everything the templates show, computed from one audit.json. No
 * arithmetic happens in templates; every figure, list and tick is decided here, so a report can
 * never contradict its JSON.
 */
import { GRADE_SCALE } from '../lib/grades.js';
import { n, plural } from '../lib/format.js';
import { uncollectedSentence } from '../lib/collection-text.js';
import { collectedPer } from '../lib/collection.js';
import { fileSlug } from '../lib/slug.js';
import { sourceUrl } from '../lib/source.js';
import type { Audit, AuditedFile, Finding, Grade, RuleRecord, Severity } from '../lib/schema.js';
import { buildCoverageModel, type CoverageModel } from './coverage-model.js';
import { Prose, type ChecklistItem, type Link } from './view-types.js';

export { Prose, type ChecklistItem, type Link };
import { actionPlans, complianceRows, judgedCategories, ruleLifts, severitySplit, statusLine, strengthsAndAreas } from './verdict.js';

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

export interface Evidence {
  path: Link;
  line: number;
  /** The finding's own line of code, trimmed. */
  code: string;
  /** Rule messages quote code in backticks: rendered as prose, so those become code spans. */
  message: Prose;
  /** For a finding about the whole module: its measure ("The module has 3,855 lines, …"), shown instead of the code. */
  measure: Prose | null;
  /** Where the evidence can be read: the source at the audited commit, else the file's page. */
  url: string | null;
}

export interface More {
  count: string;
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
  tests: string;
  lines: string;
  notes: string;
}

export interface ActionItem {
  severity: Severity;
  rule: Link;
  /** "66 errors (over 1,500 lines) and 387 warnings (over 750) in 453 of 2,473 files". */
  counts: string;
  /** The one-line fix. */
  fix: Prose;
  /** When the item is done, and what it buys. */
  acceptance: string;
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
    files: string;
    lines: string;
    tests: string;
    grade: Grade;
    score: string;
    badge: string;
    brokenFiles: string | null;
    status: string;
    /** One row per standard (category): applicable, compliant, %, errors, warnings, trend. */
    compliance: string[][];
    /** "Trend since 2026-01-15", or null without a previous audit. */
    trendSince: string | null;
    /** The strength threshold, percent. */
    target: string;
    /** "Test run (results.xml): 1,204 passed, 3 failed, …", when `--junit` results were given. */
    runs: string | null;
    /** "18,378 tests run; 387 test-like definitions never run — …", when some never run. */
    collection: string | null;
    strengths: string[];
    improvements: string[];
    severities: { error: string; warning: string; info: string };
  };
  statistics: {
    totals: Array<[string, string]>;
    byCategory: string[][];
    byArea: string[][];
    largest: FileRow[];
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
    /** Per rule with errors or warnings: the overall score once it is complied with, best first. */
    costliest: Array<{ rule: Link; files: string; score: string; gain: string }>;
    lift: Prose | null;
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
  /** The info-level rules with findings, in one sentence. */
  infoRules: Prose | null;
  acceptance: ChecklistItem[];
  notes: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function links(audit: Audit, siteUrl: string | undefined) {
  const base = siteUrl ? `${siteUrl.replace(/\/+$/, '')}/audits/${encodeURIComponent(audit.audit.id)}` : null;
  return {
    file: (path: string): Link => ({ text: path, url: base ? `${base}/files/${fileSlug(path)}/` : null }),
    rule: (id: string): Link => ({ text: id, url: base ? `${base}/rules/${encodeURIComponent(id)}/` : null }),
    rulePage: (id: string): string | null => (base ? `${base}/rules/${encodeURIComponent(id)}/` : null),
    evidence: (path: string, line: number): string | null =>
      sourceUrl(audit, path, line) ?? (base ? `${base}/files/${fileSlug(path)}/#L${line}` : null),
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
    more: ranked.length > shown.length ? { count: n(ranked.length - shown.length), url: null } : null,
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
      if (seen.has(x.ruleId)) {
        // A file's evidence is its most serious finding of the rule (its first one of that severity).
        const mine = e.firsts.length && e.firsts[e.firsts.length - 1]!.f === f ? e.firsts[e.firsts.length - 1]! : null;
        if (mine && SEVERITY_ORDER[x.severity] < SEVERITY_ORDER[mine.first.severity]) mine.first = x;
        continue;
      }
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

/** A finding about the module as a whole shows its measure (the message), not the code at its line. */
function evidenceFor(f: AuditedFile, first: Finding, link: ReturnType<typeof links>, fileLevel: boolean): Evidence {
  return { path: link.file(f.path), line: first.line, code: fileLevel ? '' : codeAt(first), message: new Prose(first.message), measure: fileLevel ? new Prose(first.message) : null, url: link.evidence(f.path, first.line) };
}

/** What makes a clean file good, from its metrics and the rules that passed. */
function praise(f: AuditedFile, rules: ReadonlyMap<string, RuleRecord>): string {
  const passed = new Set(f.rulesApplied.filter((id) => !live(f).some((x) => x.ruleId === id)));
  const out: string[] = [];
  // Only what the active standards require: a required section is praised only when one is required.
  const sections = rules.get('module-docstring')?.options['requiredSections'];
  const required = Array.isArray(sections) ? sections.map((x) => (x as { title?: string }).title).filter(Boolean) : [];
  if (passed.has('module-docstring')) out.push(required.length ? `docstring with ${required.join(', ')}` : 'docstring present');
  if (passed.has('no-mocks-in-integration')) out.push('no mocks');
  if (passed.has('category-markers')) out.push('markers correct');
  if (passed.has('approved-helpers')) out.push('uses the approved helpers');
  if (passed.has('e2e-auth')) out.push('authenticates through the helper');
  if (passed.has('absolute-imports') && f.metrics.imports > 0) out.push('absolute imports');
  out.push(`${plural(f.tests, 'test')}, ${plural(f.metrics.assertions, 'assertion')}`);
  return out.join(', ');
}

/** The file's rules with findings, most findings first. */
function problems(f: AuditedFile): string {
  const byRule = new Map<string, number>();
  for (const x of live(f)) byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
  return [...byRule.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([id, count]) => (count > 1 ? `${id} ×${n(count)}` : id))
    .join(', ');
}

/** The first sentence of our own prose: the one-line fix of an action item. */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+[A-Z`])/.exec(text);
  // "e.g. Foo" and "i.e. Foo" do not end a sentence.
  if (!m || /\b(?:e\.g|i\.e|etc|vs)\.$/.test(m[0])) return text;
  return m[0];
}

export function buildModel(audit: Audit, opts: ReportOptions): ReportModel {
  const link = links(audit, opts.siteUrl);
  const s = audit.summary;
  const rules = new Map(audit.rules.map((r) => [r.id, r]));
  const max = opts.maxItems;
  const more = (count: number, url: string | null): More | null => (count > max ? { count: n(count - max), url } : null);
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
        // The most serious first: an error-level section shows its errors before its warnings.
        evidence: [...firsts]
          .sort((a, b) => SEVERITY_ORDER[a.first.severity] - SEVERITY_ORDER[b.first.severity])
          .slice(0, max)
          .map(({ f, first }) => evidenceFor(f, first, link, r.fileLevel === true)),
        more: more(firsts.length, link.rulePage(r.id)),
        suite: suite.slice(0, max).map((x) => new Prose(x.message)),
      };
    });
  ruleIssues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings - a.findings || (a.id.text < b.id.text ? -1 : 1));
  const critical = ruleIssues.filter((r) => r.severity === 'error');

  const row = (f: AuditedFile, notes: string): FileRow => ({ path: link.file(f.path), grade: f.grade, score: n(f.score), tests: n(f.tests), lines: n(f.lines), notes });
  const byScore = [...audit.files].sort((a, b) => b.score - a.score || b.tests - a.tests || (a.path < b.path ? -1 : 1));
  // Exemplary: parsed, free of findings, and testing something (a test without an assertion is no example).
  const exemplary = byScore.filter((f) => f.status === 'ok' && live(f).length === 0 && f.tests > 0 && f.metrics.assertions > 0).slice(0, Math.min(max, 5));
  const attention = [...audit.files]
    .filter((f) => live(f).length > 0)
    .sort((a, b) => a.score - b.score || (a.path < b.path ? -1 : 1))
    .slice(0, Math.min(max, 10));

  const target = audit.scoring.target;
  const categories = judgedCategories(audit);
  const { strengths, improvements } = strengthsAndAreas(audit);

  const largest = [...audit.files].sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1)).slice(0, Math.min(max, 5));
  const compliance = audit.scoring.method === 'compliance';
  const lifts = compliance ? ruleLifts(audit) : [];
  const costly = lifts.slice(0, 5);
  const best = lifts[0];

  const groupRows = (groups: typeof s.areas) => groups.map((g) => [g.name, n(g.files), n(g.lines), n(g.tests), `${n(g.score)} (${g.grade})`]);

  // Recommendations are about standards (categories); the rules and their fixes are the action items.
  const recommendations: Prose[] = categories
    .filter((c) => c.compliantShare < target || c.errors > 0)
    .sort((a, b) => b.errors - a.errors || a.compliantShare - b.compliantShare)
    .map((c) => {
      const missing = c.applicableFiles - c.compliantFiles;
      const toTarget = Math.max(0, Math.ceil((target / 100) * c.applicableFiles) - c.compliantFiles);
      return new Prose(
        `${c.title}: ${plural(missing, 'file')} of ${n(c.applicableFiles)} ${missing === 1 ? 'does' : 'do'} not comply${c.errors ? `, ${n(c.errorFiles)} of them with errors` : ''}. ` +
          (toTarget > 0 ? `Bringing ${n(toTarget)} more into compliance reaches the ${n(target)}% target.` : 'Fix the errors to make it a strength.'),
      );
    });

  // Only standards that applied to some file: a rule with nothing to judge (e.g. `failing-test`
  // without test-run results) is not a ticked box. Each item is the requirement, so a tick means met.
  const applied = new Set(audit.files.flatMap((f) => f.rulesApplied));
  const checklist: ChecklistItem[] = audit.rules.filter((r) => applied.has(r.id)).map((r) => {
    const c = s.findingsByRule[r.id] ?? { findings: 0, files: 0, suppressed: 0 };
    const counts = c.findings === 0 ? '' : ` (currently ${plural(c.findings, 'finding')} in ${plural(c.files, 'file')})`;
    return { done: c.findings === 0, text: new Prose(`No \`${r.id}\` findings${counts}`) };
  });
  const coverage = buildCoverageModel(audit, opts.emoji, link.evidence);
  checklist.push(...(coverage?.gaps ?? []));

  const actions: ActionItem[] = actionPlans(audit).map((p) => {
    const r = rules.get(p.ruleId)!;
    const big =
      p.ruleId === 'max-file-lines'
        ? audit.files.filter((f) => live(f).some((x) => x.ruleId === 'max-file-lines')).sort((a, b) => b.lines - a.lines).slice(0, 3)
        : [];
    const where = p.files === 0 ? 'across the suite' : `in ${plural(p.files, 'file')} of ${n(p.applicable)}`;
    return {
      severity: p.severity,
      rule: link.rule(p.ruleId),
      counts: `${severitySplit(audit, p)} ${where}`,
      fix: new Prose(`${firstSentence(r.howToFix)}${big.length ? ` Largest first: ${big.map((f) => `\`${f.path}\` (${n(f.lines)} lines)`).join(', ')}.` : ''}`),
      acceptance:
        (p.files === 0
          ? 'none of its findings is left'
          : p.applicable === 1
            ? 'the one file it applies to complies'
            : `all ${plural(p.applicable, 'file')} it applies to comply (now ${n(p.applicable - p.files)})`) +
        (p.gain ? `; ${plural(p.gain, 'more file')} then ${p.gain === 1 ? 'complies' : 'comply'} with ${p.category}` : ''),
    };
  });
  // Info-level rules are density, not compliance: one line for all of them.
  const infoRules = Object.entries(s.findingsByRule).filter(([, c]) => c.findings > 0 && c.errors + c.warnings === 0);
  const acceptance: ChecklistItem[] = [
    { done: s.findingsBySeverity.error === 0, text: new Prose(`Zero errors (currently ${n(s.findingsBySeverity.error)})`) },
    ...categories.map((c) => ({ done: c.compliantShare >= target && c.errors === 0, text: new Prose(`${c.title}: at least ${n(target)}% of files comply, with no errors (currently ${n(c.compliantShare)}%, ${plural(c.errors, 'error')})`) })),
    ...(audit.coverage?.areas ?? []).map((a) => ({ done: a.covered === a.total, text: new Prose(`Every capability of ${a.name} covered (currently ${n(a.covered)} of ${n(a.total)}${a.covered < a.total ? `; missing: ${a.capabilities.filter((c) => c.status !== 'covered').map((c) => c.name).join(', ')}` : ''})`) })),
    { done: s.score >= target, text: new Prose(`Overall score at or above ${n(target)} (currently ${n(s.score)}, ${s.grade})`) },
  ];

  const c = audit.comparison;
  const since: ReportModel['since'] = c
    ? {
        previous: c.previous.id === c.previous.date ? c.previous.date : `${c.previous.date} (${c.previous.id})`,
        grade: c.methodChanged
          ? `The scoring method changed (${c.methodChanged.from} → ${c.methodChanged.to}): the previous ${c.previous.grade} (${n(c.previous.score)}) is not comparable with ${s.grade} (${n(s.score)})`
          : c.previous.grade === s.grade
            ? `Grade ${s.grade} unchanged (score ${c.scoreChange >= 0 ? '+' : ''}${n(c.scoreChange)})`
            : `Grade ${c.previous.grade} → ${s.grade} (score ${n(c.previous.score)} → ${n(s.score)}, ${c.scoreChange >= 0 ? '+' : ''}${n(c.scoreChange)})`,
        counts: `${plural(c.newFindings, 'new finding')}, ${plural(c.fixedFindings, 'fixed finding')}, ${n(c.persistingFindings)} persisting; files: ${n(c.filesAdded)} added, ${n(c.filesRemoved)} removed, ${n(c.filesRenamed.length)} renamed`,
        newErrors: c.newErrors.slice(0, max).map((e) => ({ path: link.file(e.path), line: e.line, code: e.code, message: new Prose(e.message), measure: null, url: link.evidence(e.path, e.line) })),
        more: more(c.newErrorsTotal, null),
        standards: c.configChanged
          ? new Prose(`The standards changed since the previous audit, so part of the change may come from them: ${c.ruleChanges.length ? c.ruleChanges.map((r) => `\`${r.ruleId}\` ${r.change}`).join('; ') : 'areas or categories changed'}.`)
          : null,
      }
    : null;

  const sel = audit.audit.scope;
  const broken = s.statuses['parse-error'] + s.statuses.unreadable;
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
      files: n(s.files),
      lines: n(s.lines),
      tests: n(s.tests),
      grade: s.grade,
      score: n(s.score),
      badge: opts.emoji ? (s.score >= target && s.findingsBySeverity.error === 0 ? '🟢' : s.findingsBySeverity.error === 0 ? '🟡' : '🔴') : '',
      brokenFiles: broken ? n(broken) : null,
      status: statusLine(audit),
      compliance: complianceRows(audit),
      trendSince: c ? `Trend since ${c.previous.date}` : null,
      target: n(target),
      runs: audit.runs
        ? `Test run (${audit.runs.reports.join(', ')}): ${n(audit.runs.passed)} passed, ${n(audit.runs.failed)} failed, ${n(audit.runs.errors)} errors, ${n(audit.runs.skipped)} skipped; ${plural(audit.runs.matchedTests, 'audited test')} matched${audit.runs.unmatchedTotal ? `, ${plural(audit.runs.unmatchedTotal, 'case')} matched no audited test` : ''}.`
        : null,
      collection: uncollectedSentence(s),
      strengths,
      improvements,
      severities: { error: n(s.findingsBySeverity.error), warning: n(s.findingsBySeverity.warning), info: n(s.findingsBySeverity.info) },
    },
    statistics: {
      totals: [
        ['Files audited', n(s.files)],
        ['Files that could not be parsed or read', n(broken)],
        ['Lines', n(s.lines)],
        ['Average lines per file', n(s.averageLines)],
        ['Tests', n(s.tests)],
        ['Findings (error / warning / info)', `${n(s.findingsBySeverity.error)} / ${n(s.findingsBySeverity.warning)} / ${n(s.findingsBySeverity.info)}`],
      ],
      byCategory: groupRows(s.testCategories),
      byArea: groupRows(s.areas),
      largest: largest.map((f) => row(f, problems(f))),
    },
    smells: smellsModel(audit, link, max),
    grade: {
      formula: audit.scoring.formula,
      weights: compliance
        ? `files weighted by ${audit.scoring.weighting ?? 'lines'}; info: 1 point per ${n(audit.scoring.infoPer ?? 20)} per 100 tests, at most ${n(audit.scoring.infoMax ?? 5)}; at most ${n(audit.scoring.errorCap ?? 89)} while an error is left; file scores: error ${n(audit.scoring.weights.error)}, warning ${n(audit.scoring.weights.warning)}, info ${n(audit.scoring.weights.info)} points, cap ${n(audit.scoring.ruleCap)}× per rule and file`
        : `error ${n(audit.scoring.weights.error)}, warning ${n(audit.scoring.weights.warning)}, info ${n(audit.scoring.weights.info)}; cap ${n(audit.scoring.ruleCap)}× per rule and file`,
      scale: GRADE_SCALE.map((g) => `${g.grade} ≥ ${g.min}`).join(', '),
      costliest: costly.map((l) => {
        const cnt = s.findingsByRule[l.ruleId]!;
        return { rule: link.rule(l.ruleId), files: n(cnt.applicableFiles - cnt.compliantFiles), score: `${n(l.score)} (${l.grade})`, gain: `+${n(Math.round((l.score - s.score) * 10) / 10)}` };
      }),
      lift:
        best && best.score > s.score
          ? new Prose(`Complying with \`${best.ruleId}\` in its ${plural(s.findingsByRule[best.ruleId]!.applicableFiles - s.findingsByRule[best.ruleId]!.compliantFiles, 'file')} lifts the score the most: from ${n(s.score)} (${s.grade}) to ${n(best.score)} (${best.grade}).`)
          : null,
    },
    since,
    coverage,
    critical,
    exemplary: exemplary.map((f) => row(f, praise(f, rules))),
    attention: attention.map((f) => row(f, problems(f))),
    recommendations,
    checklist,
    actions,
    infoRules: infoRules.length
      ? new Prose(`Info-level findings count as density, not against compliance: ${infoRules.sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : 1)).map(([id, x]) => `\`${id}\` ${n(x.findings)}`).join(', ')}.`)
      : null,
    acceptance,
    notes: opts.notes ?? null,
  };
}
