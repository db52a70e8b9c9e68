/**
 * ESLint-style rule tests: run one rule on inline Python and compare what it reports.
 *
 *   ruleTester(rule, {
 *     valid: [{ name: 'ok_absolute_import', code: 'import os' }],
 *     invalid: [{ name: 'error_relative_import', code: 'from . import x', errors: [{ line: 1, message: /Relative import/ }] }],
 *   });
 */
import { describe, expect, test } from 'vitest';
import { analyzeFile, createPlan } from '../../analyzer/analyze-file.js';
import { DEFAULT_CATEGORIES, type EffectiveConfig } from '../../analyzer/config.js';
import { PYTEST_DEFAULTS, type PytestCollection } from '../../analyzer/collection.js';
import { createParser } from '../../analyzer/parse.js';
import type { Rule } from '../../analyzer/rule.js';
import type { AuditedFile, Finding } from '../../src/lib/schema.js';

const parser = createParser();

export interface CaseOptions {
  /** Path of the file relative to the root (sets its category); default `tests/unit/test_example.py`. */
  path?: string;
  options?: Record<string, unknown>;
  /** Override the rule's categories scope (null: every file). */
  categories?: string[] | null;
  assertionHelpers?: string[];
  /** Configured named values (for `named-value-typo`). */
  namedValues?: string[];
  /** The suite's pytest collection settings (default: pytest's own defaults). */
  collection?: PytestCollection;
}

export interface ValidCase extends CaseOptions {
  name: string;
  code: string;
}

export interface ExpectedError {
  line: number;
  column?: number;
  message: string | RegExp;
  severity?: Finding['severity'];
  test?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/** Remove the common indentation of a template literal and its leading newline. */
export function py(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  const raw = typeof strings === 'string' ? strings : strings.reduce((s, part, i) => s + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Analyse `code` with `rule` alone enabled; returns the whole file result. */
export function analyzeWithRule(rule: Rule, code: string, opts: CaseOptions = {}): AuditedFile {
  const config: EffectiveConfig = {
    preset: 'recommended',
    title: null,
    standards: [],
    include: [],
    exclude: [],
    categories: DEFAULT_CATEGORIES,
    areas: [],
    assertionHelpers: opts.assertionHelpers ?? [],
    namedValues: (opts.namedValues ?? []).map((value) => ({ value, minTests: null })),
    customRules: [],
    collection: opts.collection ?? PYTEST_DEFAULTS,
    rules: [
      {
        id: rule.meta.id,
        severity: rule.meta.severity,
        options: rule.meta.options.parse(opts.options ?? {}) as Record<string, unknown>,
        scope: { categories: opts.categories !== undefined ? opts.categories : rule.meta.categories ? [...rule.meta.categories] : null, paths: [] },
      },
    ],
    scoring: { weights: { error: 10, warning: 3, info: 1 }, ruleCap: 3, target: 90 },
  };
  return analyzeFile(opts.path ?? 'tests/unit/test_example.py', new TextEncoder().encode(code), createPlan(config), parser);
}

/** The findings `rule` reports on `code`. */
export function findingsOf(rule: Rule, code: string, opts: CaseOptions = {}): Finding[] {
  return analyzeWithRule(rule, code, opts).findings.filter((f) => f.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      test(`valid: ${c.name}`, () => {
        const found = findingsOf(rule, c.code, c);
        expect(found.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${c.name}`, () => {
        const found = findingsOf(rule, c.code, c);
        expect(found).toHaveLength(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = found[i]!;
          expect({ line: f.line, ruleId: f.ruleId }).toEqual({ line: e.line, ruleId: rule.meta.id });
          if (e.column !== undefined) expect(f.column).toBe(e.column);
          if (typeof e.message === 'string') expect(f.message).toBe(e.message);
          else expect(f.message).toMatch(e.message);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.test !== undefined) expect(f.test).toBe(e.test);
        });
      });
    }
  });
}
