import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { calleeName, dottedName } from '../python.js';
import { defineRule } from '../rule.js';

const ENV_NAMES = new Set(['environ', 'getenv', 'putenv', 'unsetenv', 'environb', 'getenvb']);

export default defineRule({
  meta: {
    id: 'no-os-environ',
    category: 'structure',
    severity: 'warning',
    presets: { 'real-services': true },
    description: 'Tests read and change the environment through the approved accessor, not `os.environ` / `os.getenv` directly.',
    why: 'Direct environment access leaks state between tests (a variable set in one test is seen by the next) and bypasses the isolation the suite relies on, so tests pass or fail depending on order and machine.',
    howToFix: 'Use the approved accessor (see `accessor`), or pytest\'s `monkeypatch.setenv()` / `monkeypatch.delenv()` which undo themselves.',
    options: z
      .object({
        accessor: z.string().default("pytest's monkeypatch.setenv()/delenv()").describe('What to use instead, named in the message.'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'import os\n\ndef test_debug_mode():\n    os.environ["DEBUG"] = "1"\n    assert load_settings().debug',
      valid: 'def test_debug_mode(monkeypatch):\n    monkeypatch.setenv("DEBUG", "1")\n    assert load_settings().debug',
    },
  },
  create(ctx) {
    if (!/environ|getenv|putenv|unsetenv/.test(ctx.file.text)) return {};
    const osNames = new Set<string>();
    const sites: SyntaxNode[] = [];
    const report = (node: SyntaxNode, what: string): void =>
      ctx.report({ node, message: `Uses \`${what}\` directly; use ${ctx.options.accessor} instead.` });
    // An `attribute` listener makes the walk build every attribute node of the file: only listen
    // when the text has a `.environ` (a site's dotted name may have blanks around its dot).
    const attributeSites = /\.\s*environ/.test(ctx.file.text);
    return {
      ...(attributeSites && {
        attribute(node: SyntaxNode) {
          const name = dottedName(node);
          if (name && /^[A-Za-z_]\w*\.(environ|environb)$/.test(name)) sites.push(node);
        },
      }),
      call(node: SyntaxNode) {
        const callee = calleeName(node);
        if (callee && /^([A-Za-z_]\w*\.)?(getenv|putenv|unsetenv|getenvb)$/.test(callee)) sites.push(node);
      },
      'module:exit'() {
        for (const imp of ctx.file.imports) {
          if (imp.level !== 0) continue;
          if (imp.module === 'os' && imp.names.length === 0) imp.bindings.forEach((b) => osNames.add(b));
          // `from os import environ`: the import is the evidence; its uses are the same violation.
          for (const n of imp.names) if (imp.module === 'os' && ENV_NAMES.has(n)) report(imp.node, `from os import ${n}`);
        }
        if (osNames.size === 0) osNames.add('os');
        for (const node of sites) {
          const text = node.type === 'call' ? calleeName(node)! : dottedName(node)!;
          const dot = text.indexOf('.');
          if (osNames.has(text.slice(0, dot)) && ENV_NAMES.has(text.slice(dot + 1))) {
            report(node, node.type === 'call' ? `${text}()` : text);
          }
        }
      },
    };
  },
});
