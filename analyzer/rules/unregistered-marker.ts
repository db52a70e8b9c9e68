import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { knownMarkers } from '../markers.js';
import { childByField } from '../python.js';
import { defineRule } from '../rule.js';

const MISSPELT_PARAMETRIZE = new Set(['parameterize', 'parametrise', 'parameterise']);

export default defineRule({
  meta: {
    id: 'unregistered-marker',
    category: 'collection',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description:
      "A `pytest.mark.X` (decorator, `pytestmark`, `pytest.param(marks=…)`) names a marker that is neither pytest's own, nor registered in the `markers` option or by a conftest (`config.addinivalue_line(\"markers\", …)`, also in an in-root plugin it names), nor one of a common plugin's. An error under `--strict-markers`/`strict`, a warning otherwise.",
    why: "Under `--strict-markers` (or `strict = true`) an unknown marker is a collection error: the whole module fails to import and none of its tests run. Without it pytest only warns, and the marker is usually a typo (`@pytest.mark.intergration`) whose `-m` selection silently matches nothing.",
    howToFix: 'Register the marker in the pytest configuration (`markers = ["slow: runs for minutes"]`) or in a conftest\'s `pytest_configure` with `config.addinivalue_line("markers", "slow: …")`, or fix its spelling. Markers of plugins missing from the built-in list count as unregistered: register them too, or turn the rule off.',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'import pytest\n\n@pytest.mark.intergration\ndef test_checkout(client):\n    assert client.post("/checkout").ok',
      valid: 'import pytest\n\n@pytest.mark.skipif(not RUN_SLOW, reason="slow")\n@pytest.mark.asyncio\nasync def test_checkout(client):\n    assert (await client.post("/checkout")).ok',
    },
  },
  create(ctx) {
    const uses: Array<{ name: string; node: SyntaxNode; bare: boolean }> = [];
    return {
      attribute(node: SyntaxNode) {
        const object = childByField(node, 'object');
        if (!object || (object.type !== 'attribute' && object.type !== 'identifier')) return;
        const text = object.text;
        if (text !== 'pytest.mark' && text !== 'mark') return;
        const name = childByField(node, 'attribute')?.text;
        if (name && !name.startsWith('_')) uses.push({ name, node, bare: text === 'mark' });
      },
      'module:exit'() {
        if (uses.length === 0) return;
        // `mark.X` counts only where `mark` is pytest's (`from pytest import mark`).
        const markIsPytest = ctx.file.imports.some((i) => i.module === 'pytest' && i.names.some((n, k) => n === 'mark' && (i.bindings[k] ?? n) === 'mark'));
        const collection = ctx.file.collection;
        const known = knownMarkers(collection.disabledPlugins);
        for (const m of collection.markers) known.add(m);
        const strict = collection.strictMarkers;
        const where = collection.configFile ? `\`${collection.configFile}\`` : 'the pytest configuration';
        const reported = new Map<string, number>();
        const marks = uses.filter((u) => !u.bare || markIsPytest);
        for (const u of marks) {
          if (known.has(u.name)) continue;
          const seen = reported.get(u.name) ?? 0;
          reported.set(u.name, seen + 1);
          if (seen > 0) continue; // one finding per marker and module: the first use already fails it
          const count = marks.filter((x) => x.name === u.name).length;
          const times = count > 1 ? ` (used ${count} times here)` : '';
          if (MISSPELT_PARAMETRIZE.has(u.name)) {
            ctx.report({ node: u.node, message: `\`pytest.mark.${u.name}\`${times}: pytest stops with "Unknown '${u.name}' mark, did you mean 'parametrize'?", so none of this module's tests run; spell it \`parametrize\`.` });
          } else if (strict) {
            ctx.report({ node: u.node, message: `Marker \`${u.name}\`${times} is not registered, and ${where} turns on strict markers: this module fails to collect and none of its tests run. Register it in \`markers\` (or in a conftest's \`pytest_configure\`), or fix its spelling.` });
          } else {
            ctx.report({
              node: u.node,
              severity: 'warning',
              message: `Marker \`${u.name}\`${times} is not registered: pytest warns (PytestUnknownMarkWarning), and if it is a typo, \`-m ${u.name}\` selects nothing. Register it in \`markers\` (or in a conftest's \`pytest_configure\`), or fix its spelling.`,
            });
          }
        }
      },
    };
  },
});
