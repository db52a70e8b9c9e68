/**
 * The rule catalogue keeps itself honest: every rule file is registered, documented, has its own
 * tests, and the example in its documentation really is reported (and the "use instead" is not).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, RULES_BY_ID } from '../../analyzer/rules/index.js';
import { RULE_CATEGORIES } from '../../analyzer/rule.js';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { findingsOf } from '../helpers/rule-tester.js';

const ruleFiles = readdirSync(join(PACKAGE_ROOT, 'analyzer/rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

test('every file in analyzer/rules is registered under its own id', () => {
  expect([...ruleFiles].sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  expect(RULES_BY_ID.size).toBe(RULES.length);
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const m = rule.meta;

  test('is documented', () => {
    expect(Object.keys(RULE_CATEGORIES)).toContain(m.category);
    for (const text of [m.description, m.why, m.howToFix]) expect(text.trim().length).toBeGreaterThan(20);
    // Defaults parse, so the documented option table can be generated.
    expect(() => m.options.parse({})).not.toThrow();
  });

  // The report quotes `howToFix` (in full for critical issues, its first sentence in action items):
  // it says what to do. What the rule deliberately leaves alone belongs in `notReported`, which
  // only the rule reference and the rule pages show.
  test('says what to do in howToFix and keeps its exemptions in notReported', () => {
    expect(m.howToFix).not.toMatch(/\bnot (?:reported|flagged|counted|judged)\b|\bleft alone\b/i);
    // Two sentences at most; the exemption paragraphs this replaced ran to 400–1,150 characters.
    expect(m.howToFix.length, 'howToFix is short').toBeLessThanOrEqual(350);
    if (m.notReported !== undefined) expect(m.notReported.trim().length).toBeGreaterThan(20);
  });

  test.skipIf(m.internal)('has its own tests', () => {
    expect(existsSync(join(PACKAGE_ROOT, 'test/rules', `${id}.test.ts`))).toBe(true);
  });

  test.skipIf(m.internal || m.examples.illustrative)('reports its documented example and accepts the fix', () => {
    const path = m.examples.path ?? `tests/${m.categories?.[0] ?? 'unit'}/test_example.py`;
    const opts = { path, ...(m.examples.namedValues ? { namedValues: m.examples.namedValues } : {}) };
    expect(findingsOf(rule, m.examples.invalid, opts).length, 'the "Example" is reported').toBeGreaterThan(0);
    expect(findingsOf(rule, m.examples.valid, opts), 'the "Use instead" is clean').toEqual([]);
  });
});
