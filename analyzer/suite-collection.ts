/**
 * The suite pass of collection: after every file was analysed (or read from the cache), classes
 * whose bases live in other modules of the root get the tests they inherit, and bases whose tests
 * only run through subclasses elsewhere stop counting as never run. Modules outside the audited
 * selection (a `common.py` of shared base classes) are read and analysed here, in this thread.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve as resolvePath, sep } from 'node:path';
import type Parser from 'tree-sitter';
import { gradeFor } from '../src/lib/grades.js';
import type { AuditedFile, Summary, TestDetail } from '../src/lib/schema.js';
import { analyzeFile, createPlan, type AnalysisPlan } from './analyze-file.js';
import type { EffectiveConfig } from './config.js';
import { collectClasses, detailKey, type AnalyzedFile, type ModuleInput, type ModuleRecord } from './inherit.js';
import { createParser } from './parse.js';
import { fileScore, penaltiesOf } from './score.js';

/** Resolve inheritance across the suite's modules, in place; removes every file's suite record. */
export function collectSuite(root: string, files: AuditedFile[], config: EffectiveConfig): void {
  const analyzed = files as AnalyzedFile[];
  const byPath = new Map(analyzed.map((f) => [f.path, f]));
  if (!analyzed.some((f) => f.suiteRecord?.needsPass)) {
    for (const f of analyzed) delete f.suiteRecord;
    return;
  }
  let plan: AnalysisPlan | null = null;
  let parser: Parser | null = null;
  const inputs = new Map<string, ModuleInput | null>();
  const exists = new Map<string, boolean>();
  const isFile = (rel: string): boolean => {
    let known = exists.get(rel);
    if (known === undefined) exists.set(rel, (known = byPath.has(rel) || existsSync(join(root, rel))));
    return known;
  };

  const inputOf = (path: string): ModuleInput | null => {
    if (inputs.has(path)) return inputs.get(path)!;
    let file = byPath.get(path);
    if (!file) {
      // A module the selection left out (shared bases): analysed here for its classes only.
      plan ??= createPlan(config);
      parser ??= createParser();
      try {
        file = analyzeFile(path, readFileSync(join(root, path)), plan, parser) as AnalyzedFile;
      } catch {
        file = undefined;
      }
    }
    const record = file?.suiteRecord;
    const input = record ? { record, details: detailsOf(file!, record) } : null;
    inputs.set(path, input);
    return input;
  };

  const resolve = (from: ModuleRecord, module: string, level: number): ModuleInput | null => {
    const parts = module ? module.split('.') : [];
    const starts: string[] = [];
    if (level > 0) {
      let dir = posix.dirname(from.path);
      for (let i = 1; i < level; i++) dir = posix.dirname(dir);
      starts.push(dir);
    } else {
      // pytest's default `prepend` import mode puts the first folder above the module without an
      // `__init__.py` on sys.path; a root that is itself a package is imported from its parents.
      starts.push(packageBase(from.path, isFile), '.', '..', '../..', '../../..');
    }
    for (const start of starts) {
      for (const candidate of [`${[start, ...parts].join('/')}.py`, `${[start, ...parts].join('/')}/__init__.py`]) {
        // Through the root's parents and back into it (`../test/support.py` for a root named `test`).
        const rel = relative(root, resolvePath(root, candidate)).split(sep).join('/');
        if (rel.startsWith('..') || rel === from.path || !isFile(rel)) continue;
        const input = inputOf(rel);
        if (input) return input;
      }
    }
    return null;
  };

  const modules: ModuleInput[] = [];
  for (const f of analyzed) {
    if (!f.suiteRecord?.needsPass) continue;
    const input = inputOf(f.path);
    if (input) modules.push(input);
  }
  const results = collectClasses(modules, resolve, config.collection.pythonFunctions);
  let rescorePlan: AnalysisPlan | null = null;
  for (const input of modules) {
    const file = byPath.get(input.record.path)!;
    const result = results.get(input.record)!;
    const moduleTests = file.testDetails.filter((t) => t.className === undefined);
    const testDetails = [...moduleTests, ...result.tests].sort((a, b) => (a.inheritedFrom ? 1 : 0) - (b.inheritedFrom ? 1 : 0) || a.line - b.line);
    const uncollected = [...input.record.ownUncollected, ...result.uncollected].sort((a, b) => a.line - b.line);
    file.testDetails = testDetails;
    file.tests = testDetails.length;
    if (uncollected.length) file.uncollected = uncollected;
    else delete file.uncollected;
    file.metrics.testClasses = result.testClasses;
    file.metrics.assertions = testDetails.reduce((s, t) => s + t.assertions, 0);
    file.metrics.asyncTests = testDetails.filter((t) => t.async).length;
    file.metrics.skippedTests = testDetails.filter((t) => t.skipped).length;
    // A base whose tests run through subclasses in other modules is not an uncollected class.
    const stillUncollected = new Set(uncollected.map((u) => u.className));
    const runElsewhere = new Set(input.record.classes.filter((c) => c.methods.length > 0 && !stillUncollected.has(c.name)).map((c) => c.line));
    const before = file.findings.length;
    file.findings = file.findings.filter((f) => !(f.ruleId === 'uncollected-test' && runElsewhere.has(f.line) && /^Class /.test(f.message)));
    if (file.findings.length !== before) {
      rescorePlan ??= createPlan(config);
      file.penalties = penaltiesOf(file.findings, rescorePlan.enabled, rescorePlan.scoring);
      file.score = fileScore(file.penalties, file.findings);
      file.grade = gradeFor(file.score);
    }
  }
  for (const f of analyzed) delete f.suiteRecord;
}

/** Details of a module's test-like methods, collected or not, by `Class::name`. */
function detailsOf(file: AuditedFile, record: ModuleRecord): Map<string, TestDetail> {
  const details = new Map<string, TestDetail>();
  for (const t of [...file.testDetails, ...record.baseTests]) {
    if (t.className !== undefined && !t.inheritedFrom) details.set(detailKey(t.className, t.name), t);
  }
  return details;
}

/** The folder pytest's `prepend` mode imports `path` from: the first one above it without `__init__.py`. */
function packageBase(path: string, isFile: (rel: string) => boolean): string {
  let dir = posix.dirname(path);
  while (dir !== '.' && isFile(`${dir}/__init__.py`)) dir = posix.dirname(dir);
  if (dir === '.' && isFile('__init__.py')) return '..';
  return dir;
}

/** Test-like definitions that never run, across the audit. */
export function uncollectedSummary(files: readonly AuditedFile[]): NonNullable<Summary['uncollected']> {
  const byReason: Record<string, number> = {};
  let definitions = 0;
  let withAny = 0;
  for (const f of files) {
    if (!f.uncollected?.length) continue;
    withAny++;
    for (const u of f.uncollected) {
      definitions++;
      byReason[u.reason] = (byReason[u.reason] ?? 0) + 1;
    }
  }
  return { definitions, files: withAny, byReason };
}
