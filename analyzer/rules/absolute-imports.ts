import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'absolute-imports',
    category: 'structure',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'Imports are absolute: no `from . import x`, no `from ..pkg import y`.',
    why: 'Relative imports in tests depend on how pytest computes the package root (rootdir, `__init__.py` files, import mode); the same test imports different code, or fails to import, depending on how it is run.',
    howToFix: 'Write the full module path: `from myproject.auth.tokens import issue_token`.',
    options: z.object({}).strict(),
    categories: null,
    noqa: ['TID252', 'ABS101'],
    examples: {
      invalid: 'from ..helpers import make_user\nfrom . import conftest_utils',
      valid: 'from myproject.tests.helpers import make_user',
    },
  },
  create(ctx) {
    if (!/from\s*\./.test(ctx.file.text)) return {};
    return {
      'module:exit'() {
        for (const imp of ctx.file.imports) {
          if (imp.level === 0) continue;
          const from = '.'.repeat(imp.level) + imp.module;
          ctx.report({ node: imp.node, message: `Relative import \`from ${from} import ${imp.names.join(', ')}\`; use the absolute module path.` });
        }
      },
    };
  },
});
