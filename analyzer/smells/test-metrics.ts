/**
 * Per-test metrics the JSON carries for every test whatever rules are enabled: local variables the
 * body binds and the requested fixtures it uses. The locals are gathered by a collector that rides
 * the one walk like a rule (listening to binding nodes only); fixture use is a word search in the
 * test's own source text.
 */
import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import type { Rule, Visitors } from '../rule.js';
import type { ActiveRule } from '../walk.js';
import { BINDING_NODE_TYPES, namesBoundBy } from './syntax.js';

/** Distinct local names a test body binds (nested functions, classes and comprehensions excluded). */
export type LocalsByTest = Map<TestScope, Set<string>>;

/**
 * Visitors that record, per test, the names its body binds. `onTest` sees each test's set when
 * the test is left; returns the visitors to merge into a rule or a collector.
 */
export function localsVisitors(ctx: { readonly test: TestScope | null; readonly inTestBody: boolean }, onTest: (test: TestScope, names: Set<string>) => void): Visitors {
  let names = new Set<string>();
  const bind = (node: SyntaxNode): void => {
    if (!ctx.inTestBody) return;
    for (const n of namesBoundBy(node)) names.add(n);
  };
  const visitors: Visitors = {
    'test:enter'() {
      names = new Set();
    },
    'test:exit'(test: TestScope) {
      onTest(test, names);
    },
  };
  for (const type of BINDING_NODE_TYPES) visitors[type] = bind;
  return visitors;
}

const TEST_METRICS_META = {
  id: 'test-metrics',
  category: 'test-smells',
  severity: 'info',
  description: 'Collects per-test metrics (local variables) during the walk; reports nothing.',
  why: 'The JSON lists every test with its size, locals and fixtures so reports can rank tests.',
  howToFix: 'Nothing to fix: this collector never reports a finding.',
  options: z.object({}).strict(),
  categories: null,
  internal: true,
  examples: { invalid: '', valid: '', illustrative: true },
} as const;

/** A collector to run in the walk next to the enabled rules; `locals` is complete after the walk. */
export function createTestMetricsCollector(): { active: ActiveRule; locals: LocalsByTest } {
  const locals: LocalsByTest = new Map();
  const rule: Rule = {
    meta: TEST_METRICS_META,
    create: (ctx) => localsVisitors(ctx, (test, names) => locals.set(test, names)),
  };
  return { active: { rule, severity: 'info', options: {} }, locals };
}

const usedMemo = new WeakMap<TestScope, string[]>();

/** The requested fixtures whose name the test's body mentions (attribute names like `self.x` do not count). */
export function fixturesUsed(test: TestScope): string[] {
  let used = usedMemo.get(test);
  if (used === undefined) {
    const body = test.body?.text ?? '';
    used = test.fixtures.filter((name) => mentions(body, name));
    usedMemo.set(test, used);
  }
  return used;
}

/** True when `name` occurs in `text` as a name of its own, not as an attribute (`x.name`) or part of a word. */
export function mentions(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at !== -1) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + name.length < text.length ? text.charCodeAt(at + name.length) : 32;
    if (!isWordChar(before) && before !== 46 /* . */ && !isWordChar(after)) return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
