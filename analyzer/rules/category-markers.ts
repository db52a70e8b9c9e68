import { z } from 'zod';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'category-markers',
    category: 'structure',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'Tests in a category folder carry that category\'s pytest marker (`@pytest.mark.integration` or `pytestmark`), and no marker of another category.',
    why: 'Test runners select suites by marker (`pytest -m integration`); a test without its marker is silently left out of its run, and a contradicting marker runs it in the wrong one.',
    howToFix: 'Add `pytestmark = pytest.mark.<category>` at the top of the module (one line covers every test), and remove markers of other categories.',
    options: z
      .object({
        markers: z
          .record(z.string(), z.string())
          .default({})
          .describe('Marker name per category when it differs from the category name, e.g. `{ "e2e": "end_to_end" }`.'),
      })
      .strict(),
    categories: null,
    testModulesOnly: true,
    examples: {
      invalid: '# tests/integration/test_orders.py\nimport pytest\n\n@pytest.mark.unit\ndef test_order_is_saved(db): ...',
      valid: '# tests/integration/test_orders.py\nimport pytest\n\npytestmark = pytest.mark.integration\n\ndef test_order_is_saved(db): ...',
      path: 'tests/integration/test_orders.py',
    },
  },
  create(ctx) {
    const { category, categorySource } = ctx.file;
    if (!category || categorySource !== 'path') return {};
    const markerOf = (c: string): string => ctx.options.markers[c] ?? c;
    const expected = markerOf(category);
    return {
      'module:exit'() {
        const { tests, moduleMarkers, categories } = ctx.file;
        const others = new Map(categories.filter((c) => c !== category).map((c) => [markerOf(c), c]));
        const lacking = tests.filter((t) => !t.markers.includes(expected));
        if (lacking.length > 0) {
          const first = lacking[0]!;
          const how = moduleMarkers.length === 0 ? `; add \`pytestmark = pytest.mark.${expected}\`` : '';
          ctx.report({
            node: first.node.childForFieldName('name') ?? first.node,
            message: `${lacking.length} of ${tests.length} tests in this ${category} module lack the \`${expected}\` marker (first: \`${first.qualifiedName}\`)${how}.`,
          });
        }
        const decorators = [...ctx.file.classes.flatMap((c) => c.decorators), ...tests.flatMap((t) => t.decorators)];
        for (const d of decorators) {
          if (d.marker && others.has(d.marker)) {
            ctx.report({ node: d.node, message: `Marker \`${d.marker}\` contradicts the path, which puts this module in \`${category}\`.` });
          }
        }
        for (const m of moduleMarkers) {
          if (others.has(m)) ctx.report({ line: ctx.file.moduleMarkersLine ?? 1, message: `\`pytestmark\` names \`${m}\`, which contradicts the path (\`${category}\`).` });
        }
      },
    };
  },
});
