import { z } from 'zod';
import { n } from '../../src/lib/format.js';
import { defineRule } from '../rule.js';


export default defineRule({
  meta: {
    id: 'max-file-lines',
    category: 'structure',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test module stays under `max` lines (reported with the configured severity), and well under `errorAbove` (an error).',
    why: 'Very long test modules mix concerns, are hard to review and to keep consistent, and their fixtures and helpers drift apart.',
    fileLevel: true,
    howToFix: 'Split the module by behaviour under test (e.g. `test_x_basic.py`, `test_x_errors.py`, `test_x_performance.py`) and move shared fixtures to `conftest.py`.',
    options: z
      .object({
        max: z.number().int().positive().default(750).describe('Lines above which the module is reported with the rule severity.'),
        errorAbove: z.number().int().positive().default(1500).describe('Lines above which the finding is an error.'),
      })
      .strict(),
    categories: null,
    runsOnBrokenFiles: true,
    examples: {
      invalid: '# test_everything.py — 1,859 lines of tests for one feature',
      valid: '# test_agent_started_basic.py (400 lines), test_agent_started_errors.py (250 lines)',
      illustrative: true,
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        const lines = ctx.file.lineCount;
        const { max, errorAbove } = ctx.options;
        if (lines > errorAbove) {
          ctx.report({ line: 1, severity: 'error', message: `The module has ${n(lines)} lines, over the limit of ${n(errorAbove)} (target: ${n(max)}).` });
        } else if (lines > max) {
          ctx.report({ line: 1, message: `The module has ${n(lines)} lines, over the target of ${n(max)}.` });
        }
      },
    };
  },
});
