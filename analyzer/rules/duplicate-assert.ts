import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import { defineRule } from '../rule.js';
import { assertionVisitors, type AssertionInfo } from '../smells/assertions.js';
import { lineAt } from '../smells/syntax.js';

/**
 * Calls that give the same answer twice in a row when nothing happened in between. Any other call
 * inside an assertion (`q.get()`, `next(it)`) may change state, so repeating it is a second check.
 */
const PURE_CALLS = new Set([
  'len', 'isinstance', 'issubclass', 'type', 'str', 'repr', 'bool', 'int', 'float', 'abs', 'hasattr', 'callable',
  'id', 'hash', 'ord', 'chr', 'round', 'bytes', 'frozenset', 'math.isnan', 'math.isinf', 'math.isclose', 'pytest.approx',
]);
const CALLS = /([A-Za-z_][\w.]*)\s*\(/g;

/** Only whitespace and comments between `from` and `to` (a scan: a regex here backtracks on `####` lines). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= to) return true;
      i = nl;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 92 /* \ continuation */) {
      return false;
    }
  }
  return true;
}

/**
 * The code with its layout normalised (whitespace runs collapsed, none after `(` or before `)`,
 * no trailing comma), string literals left as written: `f'{ 3}'` and `f'{  3}'` are two checks.
 */
function layoutFree(code: string): string {
  if (!code.includes('"') && !code.includes("'")) return code.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/,?\s\)/g, ')');
  // Copies whole literals and runs of ordinary characters at once (a char at a time was the cost).
  let out = '';
  const n = code.length;
  let i = 0;
  while (i < n) {
    const c = code.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // A literal, as written up to its closing quote (or the end): escapes skip the next character.
      const q = code[i]!;
      const quote = code.startsWith(q + q + q, i) ? q + q + q : q;
      let j = i + quote.length;
      for (;;) {
        if (j >= n) {
          j = n;
          break;
        }
        const d = code.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === c && code.startsWith(quote, j)) {
          j += quote.length;
          break;
        } else j++;
      }
      out += code.slice(i, j);
      i = j;
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      const last = out.charCodeAt(out.length - 1);
      if (last !== 32 && last !== 40 /* ( */) out += ' ';
      i++;
    } else if (c === 41 /* ) */) {
      if (out.charCodeAt(out.length - 1) === 32) out = out.slice(0, -1);
      if (out.charCodeAt(out.length - 1) === 44 /* , */) out = out.slice(0, -1);
      out += ')';
      i++;
    } else {
      let j = i + 1;
      while (j < n && !LAYOUT_SPECIAL[code.charCodeAt(j)]) j++;
      out += code.slice(i, j);
      i = j;
    }
  }
  return out;
}

/** Character codes `layoutFree` treats one by one: quotes, whitespace and `)`. */
const LAYOUT_SPECIAL: boolean[] = [];
for (const c of [34, 39, 32, 9, 10, 13, 12, 41]) LAYOUT_SPECIAL[c] = true;

/** The assertion's own code calls nothing that could change state (`await`, `:=` and `yield` count as changes). */
function isPure(code: string, skipFirstCall: boolean): boolean {
  if (/\b(await|yield)\b|:=/.test(code)) return false;
  let first = skipFirstCall;
  for (const m of code.matchAll(CALLS)) {
    if (first) {
      first = false;
      continue;
    }
    if (!PURE_CALLS.has(m[1]!)) return false;
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'duplicate-assert',
    category: 'test-smells',
    severity: 'warning',
    description: 'A test repeats an assertion in a run of consecutive assertion statements, with nothing in between that could change its outcome (PyNose/tsDetect: Duplicate Assert).',
    why: 'A repeated assertion checks the same fact twice: it is a copy-paste leftover that usually stands where a different expectation was meant (the second field, the other branch), so something is not checked at all.',
    howToFix: 'Delete the copy, or change it to assert what was intended. Repeats separated by any other statement (the state may have changed: `q.get()`, an assignment, a `with` block) are not reported, nor assertions that themselves call something that may change state (`assert q.get() == 1` twice is two checks).',
    options: z.object({}).strict(),
    categories: null,
    examples: {
      invalid: 'def test_user(user):\n    assert user.name == "ann"\n    assert user.email == "ann@example.com"\n    assert user.name == "ann"',
      valid: 'def test_user(user):\n    assert user.name == "ann"\n    assert user.email == "ann@example.com"\n    assert user.active',
    },
  },
  create(ctx) {
    const text = ctx.file.text;
    // The current run of consecutive assertion statements: where it ends, and what it has asserted.
    let runEnd = -1;
    let run = new Map<string, number>();
    const visit = (a: AssertionInfo, node: SyntaxNode, statement: boolean): void => {
      if (a.kind === 'raises') return;
      if (!statement && node.parent?.type !== 'expression_statement') return;
      const start = node.startIndex;
      const end = node.endIndex;
      const code = text.slice(start, end);
      // Same indentation and only blank lines and comments since the previous assertion: one run.
      const column = start - text.lastIndexOf('\n', start - 1) - 1;
      if (runEnd < 0 || runEnd > start || !onlyBlanks(text, runEnd, start) || run.get('\0column') !== column) run = new Map([['\0column', column]]);
      runEnd = end;
      if (!isPure(code, !statement)) {
        run = new Map([['\0column', column]]);
        return;
      }
      const key = layoutFree(code);
      const line = lineAt(ctx.file, start);
      const before = run.get(key);
      if (before !== undefined) {
        ctx.report({ node, message: `This assertion repeats line ${before} with nothing in between that could change its outcome; delete it or assert what was meant.` });
      } else {
        run.set(key, line);
      }
    };
    return {
      ...assertionVisitors(ctx, visit),
      'test:enter'() {
        runEnd = -1;
        run = new Map();
      },
    };
  },
});
