/**
 * tree-sitter-python parsing with a bounded cost per file.
 *
 * Real suites hold broken files whose error recovery takes seconds. Each parse gets a work budget
 * counted in tree-sitter progress callbacks (proportional to the file's size, so the bound is
 * deterministic: the same file gives the same result on a loaded CI machine), plus a wall-clock
 * ceiling as a last resort. Long runs of comment-only lines, which make the external scanner
 * crawl, are blanked before parsing with their lines and columns unchanged.
 */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import type { SyntaxNode, Tree } from 'tree-sitter';

export interface ParseLimits {
  /** Progress callbacks allowed per character of source (tree-sitter calls back every ~100 operations). */
  workPerChar: number;
  /** Callbacks every file may use whatever its size. */
  baseWork: number;
  /** Wall-clock ceiling per file in milliseconds. */
  timeoutMs: number;
  /** Comment-only runs at least this long are blanked before parsing. */
  commentRunLines: number;
}

/** Normal files use 0.002–0.017 callbacks per character; the budget leaves a wide margin. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { workPerChar: 0.06, baseWork: 1000, timeoutMs: 2000, commentRunLines: 50 };

export type ParseOutcome =
  | { ok: true; tree: Tree }
  | { ok: false; tree: Tree | null; line: number; column: number; message: string };

export function createParser(): Parser {
  const parser = new Parser();
  parser.setLanguage(Python as unknown as Parser.Language);
  return parser;
}

/**
 * Replace the text of every run of at least `minRun` comment-only lines with spaces (newlines kept),
 * unless the run carries a `testaudit:` directive. Returns the input itself when nothing changes.
 */
export function blankCommentRuns(text: string, minRun: number): string {
  if (!text.includes('#')) return text;
  const ranges: Array<[number, number]> = [];
  let runStart = -1;
  let runLines = 0;
  let pos = 0;
  const flush = (end: number): void => {
    if (runLines >= minRun) ranges.push([runStart, end]);
    runStart = -1;
    runLines = 0;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let i = pos;
    while (i < nl && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < nl && text.charCodeAt(i) === 35 /* # */) {
      if (runStart === -1) runStart = pos;
      runLines++;
    } else if (runStart !== -1) {
      flush(pos);
    }
    pos = nl + 1;
  }
  if (runStart !== -1) flush(text.length);
  if (ranges.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [start, end] of ranges) {
    const run = text.slice(start, end);
    if (run.includes('testaudit:')) continue;
    out += text.slice(last, start) + run.replace(/[^\n\r]/g, ' ');
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Parse `text`, bounded by `limits`. A parse with syntax errors, or over budget, is not ok. */
export function parseSource(parser: Parser, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParseOutcome {
  const source = blankCommentRuns(text, limits.commentRunLines);
  const budget = limits.baseWork + limits.workPerChar * source.length;
  const deadline = performance.now() + limits.timeoutMs;
  let calls = 0;
  let overBudget = false;
  let tree: Tree | null = null;
  try {
    tree = parser.parse(source, null, {
      bufferSize: Math.min(Math.max(source.length + 1, 1024), 1 << 22),
      progressCallback: () => {
        calls++;
        if (calls > budget || ((calls & 63) === 0 && performance.now() > deadline)) {
          overBudget = true;
          return true;
        }
        return false;
      },
    });
  } catch {
    tree = null;
  }
  if (!tree) {
    parser.reset();
    return {
      ok: false,
      tree: null,
      line: 1,
      column: 1,
      message: overBudget
        ? 'Parsing was stopped: the file exceeded the parse budget (usually a sign of badly broken syntax); no rule inspected it.'
        : 'The parser could not read this file.',
    };
  }
  const root = tree.rootNode;
  if (!root.hasError) return { ok: true, tree };
  const error = firstError(root);
  const pos = error.startPosition;
  const what = error.isMissing ? `missing \`${error.type}\`` : `unexpected \`${firstLineOf(error.text, 40)}\``;
  return {
    ok: false,
    tree,
    line: pos.row + 1,
    column: pos.column + 1,
    message: `The module does not parse (${what}), so no other rule inspected it. Merge-conflict markers, unbalanced brackets and typos are the usual causes; if Python 3 imports the file, tree-sitter-python misread it.`,
  };
}

/**
 * The first syntax problem in document order: descend through the first erroneous child at each
 * level down to the innermost ERROR or MISSING node (error recovery can wrap a whole file in one
 * ERROR whose start says nothing). Iterative: nesting can be deep.
 */
function firstError(root: SyntaxNode): SyntaxNode {
  let node = root;
  for (;;) {
    if (node.isMissing) return node;
    // `children`, not `nextSibling`: the binding's sibling walk skips MISSING nodes.
    const next = node.children.find((child) => child.type === 'ERROR' || child.isMissing || child.hasError);
    if (!next) return node;
    node = next;
  }
}

function firstLineOf(text: string, max: number): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line || '(end of line)';
}
