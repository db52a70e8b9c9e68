import { z } from 'zod';
import { defineRule } from '../rule.js';

/** Reported by the pipeline (analyzer/read.ts), not by a visitor. */
export default defineRule({
  meta: {
    id: 'unreadable',
    category: 'file-health',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description: 'Files named like test modules are Python source, not binary data.',
    why: 'A binary file named `test_*.py` breaks collection and hides whatever it was meant to hold.',
    howToFix: 'Remove or rename the file, or exclude it from the audit with `--exclude`.',
    options: z.object({}).strict(),
    categories: null,
    runsOnBrokenFiles: true,
    internal: true,
    examples: { invalid: '(a file containing NUL bytes)', valid: '(a UTF-8 text file)' },
  },
  create: () => ({}),
});
