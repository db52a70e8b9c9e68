import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { importBindings } from '../imports.js';
import { isMockCall, isMockImport } from '../mocks.js';
import { calleeName } from '../python.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-mocks-in-integration',
    category: 'real-services',
    severity: 'error',
    presets: { 'real-services': true },
    description: 'Integration and end-to-end tests use real services: no mock imports, no `mocker`, no mock constructors.',
    why: 'A test that patches the database, the network or a sibling service verifies the mock, not the system: integration failures ship to production while the suite stays green.',
    howToFix: 'Replace the mock with the real service (a fixture that starts it, or a test instance), or move the test to the unit category where mocks belong.',
    options: z
      .object({
        modules: z.array(z.string()).default([]).describe('Further mock libraries whose import counts as mock use.'),
      })
      .strict(),
    categories: ['integration', 'e2e'],
    examples: {
      invalid: 'from unittest.mock import patch\n\ndef test_login(client):\n    with patch("app.auth.verify") as verify:\n        verify.return_value = True\n        assert client.login("ann")',
      valid: 'def test_login(real_auth_service, client):\n    token = real_auth_service.issue("ann")\n    assert client.login("ann", token=token)',
    },
  },
  create(ctx) {
    // Every form of mock use spells one of these words; most files can be skipped outright.
    if (!/mock|patch|autospec|Mock/i.test(ctx.file.text)) return {};
    const calls: Array<{ node: SyntaxNode; callee: string }> = [];
    return {
      call(node: SyntaxNode) {
        const callee = calleeName(node);
        if (callee) calls.push({ node, callee });
      },
      'module:exit'() {
        const { imports, tests, fixtures } = ctx.file;
        for (const imp of imports) {
          if (isMockImport(imp, ctx.options.modules)) {
            const what = imp.names.length ? `${imp.module || '.'} (${imp.names.join(', ')})` : imp.module;
            ctx.report({ node: imp.node, message: `Imports the mock library \`${what}\` in this ${ctx.file.category ? `${ctx.file.category} ` : ''}test module.` });
          }
        }
        for (const fn of [...tests.map((t) => ({ node: t.node, params: t.fixtures, name: t.name })), ...fixtures]) {
          if (fn.params.includes('mocker')) {
            ctx.report({ node: fn.node.childForFieldName('parameters') ?? fn.node, message: `\`${fn.name}\` requests the \`mocker\` fixture (pytest-mock).` });
          }
        }
        const bindings = importBindings(imports);
        for (const { node, callee } of calls) {
          if (isMockCall(callee, bindings, ctx.options.modules)) {
            ctx.report({ node, message: `Calls the mock constructor \`${callee}(…)\`.` });
          }
        }
      },
    };
  },
});
