import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'approved-helpers',
    category: 'real-services',
    severity: 'warning',
    presets: { 'real-services': true },
    description: 'Integration and e2e test modules build on the shared test framework: they import at least one module under an approved prefix.',
    why: 'Shared helpers are where real-service setup, authentication and isolation are done once and right; a module that rolls its own drifts from the standard and duplicates fragile setup.',
    fileLevel: true,
    howToFix: 'Import the shared setup from a module under an approved prefix (the `prefixes` option) instead of building it in the test module.',
    options: z
      .object({
        prefixes: z.array(z.string().min(1)).default(['test_framework']).describe('Approved module prefixes.'),
      })
      .strict(),
    categories: ['integration', 'e2e'],
    testModulesOnly: true,
    examples: {
      invalid: 'import requests\n\ndef test_health():\n    assert requests.get(URL).ok',
      valid: 'from test_framework.ssot.real_services import real_backend\n\ndef test_health(real_backend):\n    assert real_backend.get("/health").ok',
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        const { prefixes } = ctx.options;
        const matches = (m: string): boolean => prefixes.some((p) => m === p || m.startsWith(`${p}.`));
        const used = ctx.file.imports.some((i) => i.level === 0 && (matches(i.module) || i.names.some((n) => matches(`${i.module}.${n}`))));
        if (!used && ctx.file.tests.length > 0) {
          const first = ctx.file.imports[0];
          ctx.report({
            line: first?.line ?? 1,
            message: `The module imports nothing from the approved helpers (${prefixes.map((p) => `\`${p}\``).join(', ')}).`,
          });
        }
      },
    };
  },
});
