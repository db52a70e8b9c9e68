import { z } from 'zod';
import { defineRule } from '../rule.js';

/** Reported by the pipeline (analyzer/read.ts), not by a visitor. */
export default defineRule({
  meta: {
    id: 'encoding',
    category: 'file-health',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'The module decodes as Python reads it: UTF-8, or the encoding its PEP 263 coding cookie declares.',
    why: 'Undecodable bytes make Python refuse to import the module, and make every tool show different text.',
    howToFix: 'Save the file as UTF-8, or declare its real encoding on line 1 or 2: `# -*- coding: latin-1 -*-`.',
    options: z.object({}).strict(),
    categories: null,
    runsOnBrokenFiles: true,
    internal: true,
    examples: { invalid: '# a latin-1 byte (0xe9) in a file without a coding cookie', valid: '# -*- coding: latin-1 -*-' },
  },
  create: () => ({}),
});
