import { z } from 'zod';
import { defineRule } from '../rule.js';

/** Reported by the pipeline (analyzer/suppressions.ts), not by a visitor. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    category: 'file-health',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'Every `# testaudit: ignore[rule]` comment suppresses a finding of a known rule.',
    why: 'A stale suppression hides the next real finding on that line, and an unknown rule id is a typo that suppresses nothing.',
    howToFix: 'Delete the comment, or fix the rule id.',
    options: z.object({}).strict(),
    categories: null,
    runsOnBrokenFiles: true,
    internal: true,
    examples: { invalid: 'x = 1  # testaudit: ignore[no-mocks-in-integration]', valid: 'patch("a.b")  # testaudit: ignore[no-mocks-in-integration] -- legacy, see #123' },
  },
  create: () => ({}),
});
