import { z } from 'zod';
import { defineRule } from '../rule.js';

/** Reported by the pipeline (analyzer/parse.ts), not by a visitor. */
export default defineRule({
  meta: {
    id: 'parse-error',
    category: 'file-health',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description: 'The module parses: no syntax errors, and parsing stays within its bound.',
    why: 'pytest cannot import a module with a syntax error: every test in it is lost to a collection error, and no other rule can inspect it.',
    howToFix: 'Fix the syntax error at the reported line: leftover merge-conflict markers, unbalanced brackets and typos are the usual causes.',
    notReported: 'Most Python 2 syntax, such as `print "x"`: tree-sitter-python accepts it, so Python 2 code is not always reported here.',
    options: z.object({}).strict(),
    categories: null,
    runsOnBrokenFiles: true,
    internal: true,
    examples: { invalid: 'def test_total(:\n    assert total() == 3', valid: 'def test_total():\n    assert total() == 3' },
  },
  create: () => ({}),
});
