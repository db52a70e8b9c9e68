import { z } from 'zod';
import { childByField } from '../python.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'shadowed-test',
    category: 'collection',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description: 'A test is defined again later in the same module or class: only the last definition runs.',
    why:
      'A module or class body is a namespace: a second `def test_x` (or an assignment to `test_x`) replaces the first, and pytest collects only what is left. The first test never runs, and the suite looks bigger than it is; a copy-pasted test whose name was not changed is the usual cause.',
    howToFix: 'Give each test its own name (or delete the stale copy); to disable an inherited test on purpose, say so with a skip marker rather than an assignment.',
    notReported: 'Definitions in different branches of an `if`/`try`: they are alternatives, not a shadowing.',
    options: z.object({}).strict(),
    categories: null,
    testModulesOnly: true,
    examples: {
      invalid: 'def test_total():\n    assert Cart().total() == 0\n\ndef test_total():\n    assert Cart(items=[1]).total() == 1',
      valid: 'def test_total_empty():\n    assert Cart().total() == 0\n\ndef test_total_one_item():\n    assert Cart(items=[1]).total() == 1',
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        for (const t of ctx.file.tests) {
          if (!t.shadowedBy) continue;
          const where = t.cls ? `class \`${t.cls.qualifiedName}\`` : 'this module';
          const by =
            t.shadowedBy.kind === 'def'
              ? `is defined again at line ${t.shadowedBy.line} in ${where}; only that definition runs, this one (line ${t.line}) never does`
              : `is replaced by the assignment at line ${t.shadowedBy.line} in ${where}; this test (line ${t.line}) never runs`;
          ctx.report({ node: childByField(t.node, 'name') ?? t.node, message: `\`${t.name}\` ${by}.` });
        }
      },
    };
  },
});
