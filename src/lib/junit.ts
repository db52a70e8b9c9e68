/**
 * Test-run results from JUnit XML (pytest `--junitxml`, unittest-xml-reporting, xdist-merged files):
 * parsed into test cases, then matched to the audited files and test functions. Parametrized cases
 * collapse onto their function; cases that match no audited test are listed, never dropped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from './errors.js';
import type { AuditedFile, TestRun } from './schema.js';

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCase {
  classname: string;
  name: string;
  file: string | null;
  time: number;
  outcome: Outcome;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

type Node = Record<string, unknown>;

function collectCases(node: unknown, out: TestCase[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectCases(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  for (const c of (n['testcase'] as Node[] | undefined) ?? []) {
    const outcome: Outcome = c['failure'] ? 'failed' : c['error'] ? 'error' : c['skipped'] ? 'skipped' : 'passed';
    out.push({
      classname: String(c['classname'] ?? ''),
      name: String(c['name'] ?? ''),
      file: c['file'] ? String(c['file']) : null,
      time: Number(c['time'] ?? 0) || 0,
      outcome,
    });
  }
  collectCases(n['testsuite'], out);
  collectCases(n['testsuites'], out);
}

/** The test cases in one JUnit XML document; `source` names it in errors. */
export function parseJunit(xml: string, source: string): TestCase[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`${source}:${valid.err.line}: not well-formed XML (${valid.err.msg}).`);
  const doc = parser.parse(xml) as Node;
  if (!doc['testsuites'] && !doc['testsuite']) throw new InputError(`${source}: no <testsuites> or <testsuite> element; is this a JUnit XML report?`);
  const cases: TestCase[] = [];
  collectCases(doc, cases);
  return cases;
}

const dotted = (path: string): string => path.replace(/\.py$/, '').split('/').join('.');
const isDottedSuffix = (a: string, b: string): boolean => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
const isPathSuffix = (a: string, b: string): boolean => a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);

export interface MatchedRuns {
  /** Per audited path: test qualified name (`Class.Sub::test` style of testDetails) → aggregated run. */
  byFile: Map<string, Map<string, TestRun>>;
  unmatched: TestCase[];
  totals: Record<Outcome, number> & { cases: number };
}

const key = (className: string | undefined, name: string): string => `${className ?? ''}::${name}`;

/** Aggregate of all cases of one test function (its parametrizations, reruns, xdist copies). */
function merge(into: TestRun | undefined, c: TestCase): TestRun {
  if (!into) return { outcome: c.outcome, duration: c.time, cases: 1, fastest: c.outcome === 'passed' ? c.time : null };
  const rank: Record<Outcome, number> = { error: 3, failed: 2, passed: 1, skipped: 0 };
  const outcome = rank[c.outcome] > rank[into.outcome] ? c.outcome : into.outcome;
  const fastest = c.outcome === 'passed' ? Math.min(into.fastest ?? Infinity, c.time) : into.fastest;
  return { outcome, duration: Math.round((into.duration + c.time) * 1e6) / 1e6, cases: into.cases + 1, fastest };
}

/** Match test cases to audited files and their collected tests. */
export function matchRuns(cases: readonly TestCase[], files: readonly AuditedFile[]): MatchedRuns {
  const modules = files.map((f) => ({ file: f, dotted: dotted(f.path), tests: new Set(f.testDetails.map((t) => key(t.className, t.name))) }));
  const byFile = new Map<string, Map<string, TestRun>>();
  const unmatched: TestCase[] = [];
  const totals = { passed: 0, failed: 0, error: 0, skipped: 0, cases: 0 };
  for (const c of cases) {
    totals[c.outcome]++;
    totals.cases++;
    const fn = c.name.replace(/\[[\s\S]*$/, '');
    const parts = c.classname.split('.').filter(Boolean);
    let hit: { path: string; k: string } | null = null;
    // Split classname into module + class chain, longest module first; a `file` attribute narrows it.
    for (let cut = parts.length; cut >= 1 && !hit; cut--) {
      const module = parts.slice(0, cut).join('.');
      const k = key(parts.slice(cut).join('.') || undefined, fn);
      const candidates = modules.filter((m) => isDottedSuffix(m.dotted, module) && m.tests.has(k) && (!c.file || isPathSuffix(m.file.path, c.file.replace(/\\/g, '/'))));
      if (candidates.length === 1) hit = { path: candidates[0]!.file.path, k };
    }
    if (!hit && c.file) {
      const candidates = modules.filter((m) => isPathSuffix(m.file.path, c.file!.replace(/\\/g, '/')));
      const withClass = candidates.flatMap((m) => [...m.tests].filter((t) => t.endsWith(`::${fn}`) && c.classname.endsWith(t.split('::')[0]!)).map((t) => ({ path: m.file.path, k: t })));
      if (withClass.length === 1) hit = withClass[0]!;
    }
    if (!hit) {
      unmatched.push(c);
      continue;
    }
    const tests = byFile.get(hit.path) ?? byFile.set(hit.path, new Map()).get(hit.path)!;
    tests.set(hit.k, merge(tests.get(hit.k), c));
  }
  return { byFile, unmatched, totals };
}
