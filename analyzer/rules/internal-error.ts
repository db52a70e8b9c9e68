import { z } from 'zod';
import { defineRule } from '../rule.js';

/** Reported by the pipeline (analyzer/walk.ts), not by a visitor. */
export default defineRule({
  meta: {
    id: 'internal-error',
    category: 'file-health',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'testaudit could not finish checking this file with one of its rules.',
    why: 'The other rules still ran, but this rule’s verdict on the file is missing: treat the file as not checked by it.',
    howToFix: 'Please report it with the file (or a reduced copy) on the project’s issue tracker; meanwhile the file is not checked by that rule.',
    options: z.object({}).strict(),
    categories: null,
    runsOnBrokenFiles: true,
    internal: true,
    examples: { invalid: '(a rule crashed on this file)', valid: '(every rule finished)' },
  },
  create: () => ({}),
});
