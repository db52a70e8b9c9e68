/**
 * One file, start to finish: decode → parse → the one walk → suppressions → evidence → score.
 * Bytes in, an `AuditedFile` out; a broken file yields findings, never an exception.
 */
import type { PytestCollection } from './collection.js';
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type Parser from 'tree-sitter';
import type { SyntaxNode } from 'tree-sitter';
import { gradeFor } from '../src/lib/grades.js';
import type { AuditedFile, Finding, Severity, TestDetail, UncollectedTest } from '../src/lib/schema.js';
import { collectClasses, detailKey, moduleRecordOf, needsSuitePass, type AnalyzedFile, type ModuleInput, type ModuleRecord } from './inherit.js';
import { capabilitiesFor, compileCapabilities, matchCapabilities, type CompiledCapability } from './capabilities.js';
import { needsTestText, ruleOf, type EffectiveConfig } from './config.js';
import { lineText, type FileFacts, type TestScope } from './facts.js';
import { DEFAULT_PARSE_LIMITS, parseSource, type ParseLimits } from './parse.js';
import { findingKey } from '../src/lib/fingerprint.js';
import { docstringOf, markersInValue } from './python.js';
import { countLines, decodeSource, lineStartsOf } from './read.js';
import type { Rule } from './rule.js';
import { RULES_BY_ID } from './rules/index.js';
import { createTestMetricsCollector, fixturesUsed } from './smells/test-metrics.js';
import { fileScore, penaltiesOf, type ScoringParams } from './score.js';
import { applyNoqa, applySuppressions, mentionsNoqa, parseNoqa, parseSuppressions } from './suppressions.js';
import { walkFile, type ActiveRule, type RawFinding } from './walk.js';

interface PlannedRule extends ActiveRule {
  categories: ReadonlySet<string> | null;
  matchesPath: ((path: string) => boolean) | null;
}

/** Everything about the configuration a file's analysis needs, compiled once per thread. */
export interface AnalysisPlan {
  rules: PlannedRule[];
  enabled: ReadonlyMap<string, Severity>;
  categoryOfDir: ReadonlyMap<string, string>;
  categories: readonly string[];
  areas: Array<{ name: string; matches: (path: string) => boolean }>;
  assertionHelpers: ReadonlySet<string>;
  knownRuleIds: ReadonlySet<string>;
  /** Rule id → the linter codes whose `# noqa` waives its findings (`meta.noqa`). */
  noqaCodes: ReadonlyMap<string, readonly string[]>;
  /** Rules of the test-smell category, whose findings are listed per test. */
  smellRules: ReadonlySet<string>;
  scoring: ScoringParams;
  limits: ParseLimits;
  /** Every area's capabilities, compiled; empty when none are configured. */
  capabilities: CompiledCapability[];
  namedValues: readonly string[];
  /** Collect each test's docstring and literals: only when capabilities or named values need them. */
  collectTestText: boolean;
  /** How pytest collects the suite (python_classes, python_functions, markers, …). */
  collection: PytestCollection;
}

export function createPlan(config: EffectiveConfig, limits: ParseLimits = DEFAULT_PARSE_LIMITS): AnalysisPlan {
  const rules: PlannedRule[] = [];
  for (const r of config.rules) {
    const rule = ruleOf(config, r.id);
    if (!rule) continue;
    rules.push({
      rule,
      severity: r.severity,
      options: r.options,
      categories: r.scope.categories ? new Set(r.scope.categories) : null,
      matchesPath: r.scope.paths.length ? picomatch(r.scope.paths, { dot: true }) : null,
    });
  }
  const categoryOfDir = new Map<string, string>();
  for (const [category, dirs] of Object.entries(config.categories)) {
    for (const d of [category, ...dirs]) if (!categoryOfDir.has(d.toLowerCase())) categoryOfDir.set(d.toLowerCase(), category);
  }
  return {
    rules,
    enabled: new Map(config.rules.map((r) => [r.id, r.severity])),
    categoryOfDir,
    categories: Object.keys(config.categories),
    areas: config.areas.map((a) => ({ name: a.name, matches: picomatch(a.paths, { dot: true }) })),
    assertionHelpers: new Set(config.assertionHelpers),
    knownRuleIds: new Set([...RULES_BY_ID.keys(), ...config.customRules.map((d) => d.id)]),
    noqaCodes: new Map([...RULES_BY_ID.values()].filter((r) => r.meta.noqa?.length).map((r) => [r.meta.id, r.meta.noqa!])),
    smellRules: new Set([...RULES_BY_ID.values()].filter((r) => r.meta.category === 'test-smells').map((r) => r.meta.id)),
    scoring: config.scoring,
    limits,
    capabilities: compileCapabilities(config.areas),
    namedValues: config.namedValues.map((v) => v.value),
    collectTestText: needsTestText(config),
    collection: config.collection,
  };
}

const SNIPPET_CONTEXT = 3;
const MAX_SNIPPET_LINE = 240;

/** Analyse one file. `path` is POSIX and relative to the audited root. */
export function analyzeFile(path: string, bytes: Uint8Array, plan: AnalysisPlan, parser: Parser): AuditedFile {
  const decoded = decodeSource(bytes);
  const text = decoded.text;
  const isConftest = /(^|\/)conftest\.py$/.test(path);
  const pathCategory = categoryFromPath(path, plan.categoryOfDir);
  const facts: FileFacts = {
    path,
    category: pathCategory,
    categorySource: pathCategory ? 'path' : null,
    categories: plan.categories,
    area: plan.areas.find((a) => a.matches(path))?.name ?? null,
    isConftest,
    text,
    lineStarts: lineStartsOf(text),
    lineCount: countLines(text),
    docstring: null,
    moduleMarkers: [],
    moduleMarkersLine: null,
    imports: [],
    classes: [],
    tests: [],
    fixtures: [],
    nestedTests: [],
    moduleTestFalse: false,
    markers: new Set(),
    assertionHelpers: plan.assertionHelpers,
    collectTestText: plan.collectTestText,
    namedValues: plan.namedValues,
    collection: plan.collection,
  };
  const raw: RawFinding[] = [];
  const internal = (ruleId: string, line: number, column: number, message: string): void => {
    const severity = plan.enabled.get(ruleId);
    if (severity) raw.push({ ruleId, severity, line, column, message });
  };
  const applied = new Set<string>();

  let status: AuditedFile['status'] = 'ok';
  let locals: ReadonlyMap<TestScope, ReadonlySet<string>> = new Map();
  let suppressionComments: Array<{ line: number; text: string }>;

  if (decoded.problem?.ruleId === 'unreadable') {
    status = 'unreadable';
    internal('unreadable', decoded.problem.line, 1, decoded.problem.message);
    if (plan.enabled.has('unreadable')) applied.add('unreadable');
    suppressionComments = [];
  } else {
    if (decoded.problem) internal('encoding', decoded.problem.line, 1, decoded.problem.message);
    const parsed = parseSource(parser, text, plan.limits);
    if (parsed.ok) {
      scanModule(parsed.tree.rootNode, facts);
      if (!facts.category) {
        facts.category = facts.moduleMarkers.find((m) => plan.categories.includes(m)) ?? null;
        if (facts.category) facts.categorySource = 'marker';
      }
      const active = rulesFor(plan, facts, false);
      active.forEach((r) => applied.add(r.rule.meta.id));
      const metrics = createTestMetricsCollector();
      locals = metrics.locals;
      const result = walkFile(parsed.tree, facts, [...active, metrics.active]);
      raw.push(...result.findings);
      for (const crash of result.crashes) {
        const message = crash.error instanceof Error ? crash.error.message : String(crash.error);
        internal('internal-error', 1, 1, `Rule \`${crash.ruleId}\` failed on this file (${message}); its verdict on the file is missing.`);
      }
      suppressionComments = result.suppressionComments;
    } else {
      status = 'parse-error';
      internal('parse-error', parsed.line, parsed.column, parsed.message);
      const active = rulesFor(plan, facts, true);
      active.forEach((r) => applied.add(r.rule.meta.id));
      raw.push(...walkFile(null, facts, active).findings);
      suppressionComments = scanSuppressionComments(text);
    }
    for (const id of ['encoding', 'parse-error', 'unused-suppression', 'internal-error']) if (plan.enabled.has(id)) applied.add(id);
  }

  const findings = raw.map((f) => ({ ...f })) as Array<RawFinding & { suppressed?: boolean }>;
  applyNoqa(findings, parseNoqa(suppressionComments), plan.noqaCodes);
  const problems = applySuppressions(findings, parseSuppressions(suppressionComments), plan.knownRuleIds);
  for (const p of problems) {
    const severity = plan.enabled.get('unused-suppression');
    if (severity) findings.push({ ruleId: 'unused-suppression', severity, line: p.line, column: 1, message: p.message });
  }

  const evidenced = withEvidence(findings, facts);
  const penalties = penaltiesOf(evidenced, plan.enabled, plan.scoring);
  const score = fileScore(penalties, evidenced);
  const tests = status === 'ok' ? facts.tests : [];
  const smellsByTest = new Map<string, Set<string>>();
  for (const f of evidenced) {
    if (f.suppressed || !f.test || !plan.smellRules.has(f.ruleId)) continue;
    let set = smellsByTest.get(f.test);
    if (!set) smellsByTest.set(f.test, (set = new Set()));
    set.add(f.ruleId);
  }
  const capabilities = plan.capabilities.length ? capabilitiesFor(plan.capabilities, path, facts.category) : [];
  const detailOf = (t: TestScope): TestDetail => ({
    name: t.name,
    ...(t.cls ? { className: t.cls.qualifiedName } : {}),
    line: t.line,
    endLine: t.endLine,
    async: t.isAsync,
    style: t.style,
    markers: t.markers,
    fixtures: t.fixtures,
    assertions: t.assertions,
    skipped: t.skipped,
    locals: locals.get(t)?.size ?? 0,
    fixturesUsed: fixturesUsed(t),
    smells: [...(smellsByTest.get(t.qualifiedName) ?? [])].sort(),
    ...(plan.collectTestText ? testTextFacts(t, capabilities, plan.namedValues) : {}),
  });
  const collected = status === 'ok' ? collectFile(facts, detailOf, plan.collection.pythonFunctions) : null;
  const details = collected?.testDetails ?? [];
  const file: AuditedFile = {
    path,
    status,
    category: facts.category,
    area: facts.area,
    lines: facts.lineCount,
    tests: details.length,
    score,
    grade: gradeFor(score),
    penalties,
    rulesApplied: [...applied].sort(),
    metrics: {
      bytes: bytes.length,
      testClasses: collected?.testClasses ?? 0,
      fixtures: facts.fixtures.length,
      assertions: details.reduce((s, t) => s + t.assertions, 0),
      imports: facts.imports.length,
      relativeImports: facts.imports.filter((i) => i.level > 0).length,
      asyncTests: details.filter((t) => t.async).length,
      skippedTests: details.filter((t) => t.skipped).length,
      markers: [...new Set([...facts.markers, ...facts.moduleMarkers])].sort(),
      hasDocstring: facts.docstring !== null,
      encoding: decoded.encoding,
    },
    testDetails: details,
    ...(collected?.uncollected.length ? { uncollected: collected.uncollected } : {}),
    findings: evidenced,
  };
  if (collected?.record) (file as AnalyzedFile).suiteRecord = collected.record;
  return file;
}

/**
 * The file's tests as pytest collects them, with the bases this module defines; and its record
 * for the suite pass when bases from other modules (or subclasses there) may change the answer.
 */
function collectFile(
  facts: FileFacts,
  detailOf: (t: TestScope) => TestDetail,
  pythonFunctions: readonly string[],
): { testDetails: TestDetail[]; uncollected: UncollectedTest[]; testClasses: number; record: ModuleRecord | null } {
  const uncollected: UncollectedTest[] = [];
  const moduleTests: TestDetail[] = [];
  const methodDetails = new Map<string, TestDetail>();
  for (const t of facts.tests) {
    if (t.shadowedBy) {
      uncollected.push({ name: t.name, ...(t.cls ? { className: t.cls.qualifiedName } : {}), line: t.line, reason: 'shadowed', by: t.shadowedBy.line });
      continue;
    }
    if (t.redefined) continue;
    if (!t.cls) {
      if (facts.moduleTestFalse) uncollected.push({ name: t.name, line: t.line, reason: 'test-false' });
      else moduleTests.push(detailOf(t));
    } else {
      methodDetails.set(detailKey(t.cls.qualifiedName, t.name), detailOf(t));
    }
  }
  for (const n of facts.nestedTests) uncollected.push({ name: n.name, line: n.line, reason: 'nested-in-function' });
  const record = moduleRecordOf(facts);
  record.ownUncollected = [...uncollected];
  const input: ModuleInput = { record, details: methodDetails };
  const classes = collectClasses([input], () => null, pythonFunctions).get(record)!;
  uncollected.push(...classes.uncollected);
  uncollected.sort((a, b) => a.line - b.line);
  const testDetails = [...moduleTests, ...classes.tests].sort((a, b) => (a.inheritedFrom ? 1 : 0) - (b.inheritedFrom ? 1 : 0) || a.line - b.line);
  // Any module with classes may be another module's base; only these may change themselves.
  if (record.classes.length === 0) return { testDetails, uncollected, testClasses: classes.testClasses, record: null };
  record.needsPass = needsSuitePass(record, classes);
  const inDetails = new Set(classes.tests.filter((t) => !t.inheritedFrom));
  record.baseTests = [...methodDetails.values()].filter((d) => !inDetails.has(d));
  return { testDetails, uncollected, testClasses: classes.testClasses, record };
}

/** The capabilities a test exercises and the named values it references, for the coverage map. */
function testTextFacts(t: TestScope, capabilities: readonly CompiledCapability[], namedValues: readonly string[]): Pick<TestDetail, 'capabilities' | 'namedValues'> {
  const out: Pick<TestDetail, 'capabilities' | 'namedValues'> = {};
  const matched = matchCapabilities(capabilities, { name: t.name, className: t.cls?.qualifiedName ?? null, docstring: t.docstring, strings: t.strings });
  if (matched.length) out.capabilities = matched.map((m) => ({ area: m.area, capability: m.name, via: m.via }));
  const values = namedValues.filter((v) => t.strings.some((s) => referencesValue(s, v)));
  if (values.length) out.namedValues = values;
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A literal references a named value when it is the value, or contains it between non-word characters (`"event: agent_started"`). */
export function referencesValue(literal: string, value: string): boolean {
  if (literal === value) return true;
  for (let at = literal.indexOf(value); at !== -1; at = literal.indexOf(value, at + 1)) {
    const before = literal[at - 1];
    const after = literal[at + value.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

function categoryFromPath(path: string, categoryOfDir: ReadonlyMap<string, string>): string | null {
  const dirs = path.split('/').slice(0, -1);
  for (const d of dirs) {
    const c = categoryOfDir.get(d.toLowerCase());
    if (c) return c;
  }
  return null;
}

function rulesFor(plan: AnalysisPlan, facts: FileFacts, broken: boolean): ActiveRule[] {
  return plan.rules.filter((r) => {
    const meta = r.rule.meta;
    if (meta.internal) return false;
    // Runtime rules judge test-run results after the analysis (analyzer/runs.ts), not the tree.
    if (r.rule.checkRuns) return false;
    // Suite-level rules judge the coverage of the whole suite (analyzer/coverage.ts), not one file.
    if (r.rule.checkSuite) return false;
    if (broken && !meta.runsOnBrokenFiles) return false;
    if (facts.isConftest && meta.testModulesOnly) return false;
    if (r.categories && (!facts.category || !r.categories.has(facts.category))) return false;
    if (r.matchesPath && !r.matchesPath(facts.path)) return false;
    return true;
  });
}

/** Module docstring and `pytestmark`, from the top-level statements only (needed before the walk). */
function scanModule(root: SyntaxNode, facts: FileFacts): void {
  const doc = docstringOf(root);
  if (doc) facts.docstring = { text: doc.text, line: doc.node.startPosition.row + 1, endLine: doc.node.endPosition.row + 1 };
  for (let stmt = root.firstNamedChild; stmt; stmt = stmt.nextNamedSibling) {
    if (stmt.type !== 'expression_statement') continue;
    const assign = stmt.firstNamedChild;
    if (assign?.type !== 'assignment') continue;
    const left = assign.childForFieldName('left')?.text;
    if (left === '__test__') facts.moduleTestFalse = assign.childForFieldName('right')?.text === 'False';
    if (left !== 'pytestmark') continue;
    facts.moduleMarkers = markersInValue(assign.childForFieldName('right'));
    facts.moduleMarkersLine = stmt.startPosition.row + 1;
  }
}

/** Suppression directives found by text, for files that could not be walked. */
function scanSuppressionComments(text: string): Array<{ line: number; text: string }> {
  if (!text.includes('testaudit:') && !mentionsNoqa(text)) return [];
  const out: Array<{ line: number; text: string }> = [];
  text.split('\n').forEach((line, i) => {
    const at = line.search(/#\s*(?:testaudit:|noqa)/i);
    if (at !== -1) out.push({ line: i + 1, text: line.slice(at) });
  });
  return out;
}

function cut(line: string): string {
  return line.length > MAX_SNIPPET_LINE ? `${line.slice(0, MAX_SNIPPET_LINE)}…` : line;
}

/** The ±3 lines around `line` (up to `endLine` when close), long lines cut. */
export function snippetAround(facts: Pick<FileFacts, 'text' | 'lineStarts'>, line: number, endLine?: number): { start: number; lines: string[] } {
  const lastLine = facts.lineStarts.length;
  const start = Math.max(1, line - SNIPPET_CONTEXT);
  const end = Math.min(lastLine, (endLine && endLine - line <= SNIPPET_CONTEXT ? endLine : line) + SNIPPET_CONTEXT);
  const lines: string[] = [];
  for (let l = start; l <= end; l++) lines.push(cut(lineText(facts, l)));
  return { start, lines };
}

/** Attach snippets and fingerprints; sort by position. */
export function withEvidence(findings: Array<RawFinding & { suppressed?: boolean }>, facts: Pick<FileFacts, 'path' | 'text' | 'lineStarts'>): Finding[] {
  const lastLine = facts.lineStarts.length;
  const occurrences = new Map<string, number>();
  const sorted = [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return sorted.map((f) => {
    const line = Math.min(Math.max(1, f.line), lastLine);
    const { start, lines } = snippetAround(facts, line, f.endLine);
    const key = findingKey(f.ruleId, facts.path, f.test, f.anchor === 'file' ? '' : lineText(facts, line));
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const fingerprint = createHash('sha1').update(`${key}\0${n}`).digest('hex').slice(0, 16);
    const out: Finding = {
      ruleId: f.ruleId,
      severity: f.severity,
      line,
      column: f.column,
      ...(f.endLine && f.endLine > line ? { endLine: f.endLine } : {}),
      message: f.message,
      ...(f.test ? { test: f.test } : {}),
      snippet: { startLine: start, lines },
      fingerprint,
      ...(f.suppressed ? { suppressed: true } : {}),
    };
    return out;
  });
}

export type { Rule };
