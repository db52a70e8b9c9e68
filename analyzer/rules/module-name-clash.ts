import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'module-name-clash',
    category: 'collection',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description:
      "Two collected test modules get the same module name (`tests/a/test_utils.py` and `tests/b/test_utils.py` in folders without `__init__.py`) under pytest's default import modes (`prepend`, `append`), so pytest cannot import the second.",
    why: 'pytest imports a test module outside a package under its bare file name. When two such files share a name, the second one fails with "import file mismatch" and none of its tests run (in the same run; each alone passes, so it hides until the whole suite runs together).',
    howToFix: 'Make the test folders packages (add `__init__.py`), rename one of the modules, or switch to `--import-mode=importlib` in `addopts`.',
    options: z.object({}).strict(),
    categories: null,
    testModulesOnly: true,
    examples: {
      invalid: '# tests/api/test_utils.py and tests/db/test_utils.py, neither folder holding an __init__.py\ndef test_parse():\n    assert parse("1") == 1',
      valid: '# tests/api/test_utils.py and tests/db/test_utils.py, each folder holding an __init__.py\ndef test_parse():\n    assert parse("1") == 1',
      illustrative: true,
    },
  },
  create() {
    return {};
  },
  checkCollection(ctx) {
    if (ctx.collection.importMode === 'importlib') return;
    const byName = new Map<string, string[]>();
    for (const m of ctx.modules) byName.set(m.importName, [...(byName.get(m.importName) ?? []), m.path]);
    for (const [name, paths] of byName) {
      if (paths.length < 2) continue;
      for (const path of paths) {
        const others = paths.filter((p) => p !== path);
        const shown = others.slice(0, 3).map((p) => `\`${p}\``).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
        ctx.report({
          path,
          line: 1,
          message: `Module name \`${name}\` is shared with ${shown}: under --import-mode=${ctx.collection.importMode} pytest imports only one of them and fails the other with "import file mismatch", so its tests do not run. Add \`__init__.py\` to the folders, rename one module, or use --import-mode=importlib.`,
        });
      }
    }
  },
});
