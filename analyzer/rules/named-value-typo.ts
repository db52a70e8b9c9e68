import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { editDistance } from '../edit-distance.js';
import { literalContent } from '../python.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'named-value-typo',
    category: 'coverage',
    severity: 'error',
    description: 'String literals do not misspell a configured named value (`"agnet_started"` for `agent_started`).',
    why: 'A misspelt event name, service id or header name makes a test wait for, send or assert something the system never produces: the test passes vacuously or fails for the wrong reason, and the capability it was meant to check goes untested.',
    howToFix: 'Use the canonical value (the message suggests it), ideally from the shared constant; if the near-miss is a real, different name, list it in `allow`.',
    options: z
      .object({
        distance: z.number().int().min(1).max(3).default(1).describe('Edits (insert, delete, change, swap) at most, to count as a typo; 2 is noisy on real suites.'),
        minLength: z.number().int().min(1).default(4).describe('Named values shorter than this are not checked (short names are one edit from many words).'),
        allow: z.array(z.string()).default([]).describe('Strings that are near a named value but correct.'),
      })
      .strict(),
    categories: null,
    enabledWhen: '`namedValues` are',
    examples: {
      namedValues: ['agent_started'],
      invalid: 'def test_events(ws):\n    assert ws.next_event()["type"] == "agnet_started"',
      valid: 'def test_events(ws):\n    assert ws.next_event()["type"] == "agent_started"',
    },
  },
  create(ctx) {
    const values = ctx.file.namedValues.filter((v) => v.length >= ctx.options.minLength);
    if (values.length === 0) return {};
    const canonical = new Set(ctx.file.namedValues);
    const allow = new Set(ctx.options.allow);
    const max = ctx.options.distance;
    return {
      string(node: SyntaxNode) {
        // Docstrings and other bare string statements are prose.
        if (node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1) return;
        const content = literalContent(node.text);
        if (canonical.has(content) || allow.has(content)) return;
        let best: string | null = null;
        let bestDistance = max + 1;
        for (const v of values) {
          if (Math.abs(v.length - content.length) > max) continue;
          const d = editDistance(content, v, max);
          if (d < bestDistance) [best, bestDistance] = [v, d];
        }
        if (best === null) return;
        const edits = bestDistance === 1 ? 'one edit' : `${bestDistance} edits`;
        ctx.report({ node, message: `${JSON.stringify(content)} is ${edits} away from the named value ${JSON.stringify(best)}; did you mean ${JSON.stringify(best)}?` });
      },
    };
  },
});
