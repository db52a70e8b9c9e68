import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'e2e-auth',
    category: 'real-services',
    severity: 'error',
    presets: { 'real-services': true },
    description: 'End-to-end test modules authenticate through the approved auth helper, like a real user.',
    why: 'An e2e test that skips authentication, or forges it by hand, tests a system no user ever reaches; auth regressions then surface only in production.',
    fileLevel: true,
    howToFix: 'Sign in through one of the approved auth helpers (the `helpers` option), as a real user would, instead of skipping or forging authentication.',
    options: z
      .object({
        helpers: z
          .array(z.string().min(1))
          .default(['E2EAuthHelper', 'E2EWebSocketAuthHelper', 'test_framework.ssot.e2e_auth_helper'])
          .describe('Helper modules or names; importing any of them counts.'),
      })
      .strict(),
    categories: ['e2e'],
    testModulesOnly: true,
    examples: {
      invalid: 'def test_checkout(client):\n    client.headers["Authorization"] = "Bearer fake"\n    assert client.post("/checkout").ok',
      valid: 'from test_framework.ssot.e2e_auth_helper import E2EAuthHelper\n\nasync def test_checkout(client):\n    token = await E2EAuthHelper().get_token("ann")\n    assert client.post("/checkout", token=token).ok',
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        if (ctx.file.tests.length === 0) return;
        const helpers = new Set(ctx.options.helpers);
        const used = ctx.file.imports.some(
          (i) => helpers.has(i.module) || i.names.some((n) => helpers.has(n) || helpers.has(`${i.module}.${n}`)),
        );
        if (!used) {
          ctx.report({
            line: ctx.file.tests[0]!.line,
            message: `The e2e module does not use an approved auth helper (${ctx.options.helpers.map((h) => `\`${h}\``).join(', ')}).`,
          });
        }
      },
    };
  },
});
