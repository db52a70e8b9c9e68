import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'uncovered-capability',
    category: 'coverage',
    severity: 'warning',
    description: 'Every configured capability of an area is exercised by at least one test that is not skipped and did not fail.',
    why: 'A capability nobody tests is a claim nobody checks: "token refresh ✅" in a hand-written audit is worth nothing unless a test that runs backs it. A capability covered only by skipped or failing tests is not covered either.',
    howToFix: 'Write a test for the capability (its name, docstring or literals must match the capability\'s `match` words), un-skip or fix the tests that cover it, or correct the `match` words if the tests exist under other names.',
    options: z.object({}).strict(),
    categories: null,
    enabledWhen: 'capabilities are',
    examples: {
      invalid: '# areas.auth.capabilities: [{ "name": "token refresh", "match": ["refresh"] }]\ndef test_login(client):\n    assert client.login("ann").ok',
      valid: '# areas.auth.capabilities: [{ "name": "token refresh", "match": ["refresh"] }]\ndef test_token_refresh(client):\n    assert client.refresh(token).ok',
      illustrative: true,
    },
  },
  create: () => ({}),
  checkSuite(ctx) {
    for (const area of ctx.areas) {
      for (const c of area.capabilities) {
        if (c.status === 'covered') continue;
        const what = `Capability "${c.name}" of ${area.name}`;
        const message =
          c.status === 'uncovered'
            ? `${what} has no test.`
            : c.status === 'skipped-only'
              ? `${what} is covered only by skipped tests (${c.tests}).`
              : `${what} is covered only by failing or skipped tests (${c.failing} failing of ${c.tests}).`;
        const severity = ctx.capabilitySeverity(area.name, c.name);
        ctx.report({ message, area: area.name, capability: c.name, ...(severity ? { severity } : {}) });
      }
    }
  },
});
