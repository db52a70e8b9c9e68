import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
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

/** Words of a comment that announce a deliberate repeat (`# again, to test the pre-cached path`). */
const DELIBERATE_REPEAT = /\b(twice|cach\w*|repeat\w*|few times|second time|re-?reads?|idempoten\w*|memoi[sz]\w*)\b/i;
/** Words of a test name that say it tests what a repeat checks: a cache, memoisation, idempotence. */
const REPEAT_SUBJECT = /^(cache|cached|caching|memo|memoize|memoized|memoise|memoised|lazy|idempotent|idempotence|again|twice|repeat|repeated|stable)$/;

/** Comment lines (`#…`) of `text` from `from` to `to`, joined. */
function commentsBetween(text: string, from: number, to: number): string {
  return [...text.slice(from, to).matchAll(/#[^\n]*/g)].map((m) => m[0]).join('\n');
}

export default defineRule({
  meta: {
    id: 'duplicate-assert',
    category: 'test-smells',
    severity: 'warning',
    presets: { recommended: true, 'real-services': true },
    description: 'A test repeats an assertion in a run of consecutive assertion statements, with nothing in between that could change its outcome (PyNose/tsDetect: Duplicate Assert).',
    why: 'A repeated assertion checks the same fact twice: it is a copy-paste leftover that usually stands where a different expectation was meant (the second field, the other branch), so something is not checked at all.',
    howToFix: 'Delete the copy, or change it to assert what was intended.',
    notReported: 'Repeats separated by any other statement (the state may have changed: `q.get()`, an assignment, a `with` block); assertions that themselves call something that may change state (`assert q.get() == 1` twice is two checks); and deliberate re-reads: a repeat a comment announces (`# once more, to test the cached path`, `# call this a few times`) or in a test of caching (`test_cached_property`: the second read takes the cached path).',
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
    /** Start index of each assertion of the run, by the line `run` records. */
    let starts = new Map<number, number>();
    /** The test is about what a repeat checks (`test_cached_property`): its repeats are the point. */
    let repeatIsSubject = false;
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
      if (before !== undefined && !repeatIsSubject && !announced(starts.get(before) ?? start, start)) {
        ctx.report({ node, message: `This assertion repeats line ${before} with nothing in between that could change its outcome; delete it or assert what was meant.` });
      } else if (before === undefined) {
        run.set(key, line);
        starts.set(line, start);
      }
    };
    /**
     * A comment between the two, or just above the first (three lines), says the repeat is meant:
     * `# perform the test again to test the pre-cached path`, `# call this a few times`.
     */
    const announced = (first: number, repeat: number): boolean => {
      let from = first;
      for (let i = 0; i < 4 && from > 0; i++) from = text.lastIndexOf('\n', from - 1);
      return DELIBERATE_REPEAT.test(commentsBetween(text, Math.max(from, 0), repeat));
    };
    return {
      ...assertionVisitors(ctx, visit),
      'test:enter'(test: TestScope) {
        runEnd = -1;
        run = new Map();
        starts = new Map();
        repeatIsSubject = test.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/_+/).some((w) => REPEAT_SUBJECT.test(w));
      },
    };
  },
});
