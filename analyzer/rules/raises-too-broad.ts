import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { bindingsOf, isImported, resolveName } from '../imports.js';
import { calleeName, dottedName, keywordArgument, lastName, positionalArguments } from '../python.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'raises-too-broad',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: '`pytest.raises(Exception)` without `match=`, or `self.assertRaises(Exception)`: the expected error is any error (flake8-bugbear B017, Ruff PT011).',
    why: 'A check that accepts every exception also passes when the code fails for the wrong reason: a `TypeError` from a renamed argument, an `AttributeError` from a typo in the test itself. The test stays green while the behaviour it guards is gone.',
    howToFix: 'Name the exception the code documents (`pytest.raises(InsufficientFunds)`), or keep the broad class and pin the error with `match="balance too low"` / `assertRaisesRegex`.',
    notReported: 'A block that binds the exception (`as exc_info`) to inspect it.',
    options: z
      .object({
        exceptions: z
          .array(z.string())
          .default(['Exception', 'BaseException'])
          .describe("Exception classes too broad to expect without `match=` (Ruff's PT011 also lists `ValueError`, `OSError`…)."),
      })
      .strict(),
    categories: null,
    noqa: ['PT011', 'B017'],
    examples: {
      invalid: 'import pytest\n\ndef test_withdraw_too_much(account):\n    with pytest.raises(Exception):\n        account.withdraw(1_000_000)',
      valid: 'import pytest\n\ndef test_withdraw_too_much(account):\n    with pytest.raises(InsufficientFunds, match="balance"):\n        account.withdraw(1_000_000)',
    },
  },
  create(ctx) {
    if (!/raises|assertRaises/.test(ctx.file.text)) return {};
    const broad = new Set(ctx.options.exceptions);
    // The class the name resolves to through the imports: `pytest.fail.Exception` is pytest's own
    // `Failed`, `E` after `from x import Exception as E` is `x.Exception`; only the builtin is broad.
    const isBroad = (node: SyntaxNode | null | undefined): boolean => {
      if (!node) return false;
      if (node.type === 'tuple' || node.type === 'parenthesized_expression') return node.namedChildren.some(isBroad);
      const dotted = dottedName(node);
      if (!dotted) return false;
      const resolved = resolveName(dotted, bindingsOf(ctx.file.imports));
      return broad.has(resolved) || broad.has(resolved.replace(/^builtins\./, ''));
    };
    const isPytestRaises = (callee: string): boolean => {
      const resolved = resolveName(callee, bindingsOf(ctx.file.imports));
      return resolved === 'pytest.raises' || (callee === 'raises' && !isImported(callee, bindingsOf(ctx.file.imports)));
    };
    return {
      call(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const callee = calleeName(node);
        if (!callee) return;
        const pytestStyle = isPytestRaises(callee);
        if (!pytestStyle && !(callee.includes('.') && lastName(callee) === 'assertRaises')) return;
        const expected = keywordArgument(node, 'expected_exception') ?? positionalArguments(node)[0];
        if (!isBroad(expected)) return;
        if (pytestStyle && keywordArgument(node, 'match')) return;
        // `with pytest.raises(Exception) as exc_info:` — the test goes on to inspect what was raised.
        if (node.parent?.type === 'as_pattern' && node.parent.childForFieldName('alias')) return;
        ctx.report({
          node,
          message: pytestStyle
            ? `\`${callee}(${expected!.text})\` without \`match=\` passes on any error, including a typo in the test; name the expected exception or add \`match=\`.`
            : `\`${callee}(${expected!.text})\` passes on any error, including a typo in the test; name the expected exception or use \`assertRaisesRegex\`.`,
        });
      },
    };
  },
});
