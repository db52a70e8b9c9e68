/**
 * PyNose's cohesion measure for a test class: every test becomes a vector of word counts (its
 * identifiers, not its string literals, split at `_` and camelCase, lower-cased), and the class's cohesion is the mean cosine
 * similarity over all pairs of tests. Computed in one pass: for unit vectors u₁…uₙ, the sum of
 * pairwise dot products is (|Σuᵢ|² − n) / 2.
 */

/** Words every test has by construction: they say nothing about what the tests share. */
const STOP_WORDS = new Set([
  'self', 'cls', 'test', 'tests', 'assert', 'equal', 'equals', 'true', 'false', 'none', 'is', 'not', 'in', 'raises', 'almost', 'count',
  'def', 'async', 'await', 'return', 'if', 'else', 'elif', 'for', 'while', 'with', 'as', 'and', 'or', 'pass', 'try', 'except',
  'finally', 'raise', 'lambda', 'yield', 'from', 'import', 'del', 'global', 'nonlocal', 'break', 'continue', 'pytest', 'mark',
  'len', 'str', 'int', 'list', 'dict', 'set', 'tuple', 'isinstance', 'greater', 'less', 'instance', 'fail', 'sub',
]);

/** The words of identifiers, split at `_`, digits and camelCase (`assertHTTPError_2` → assert, HTTP, Error). */
const WORD = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]{2,}/g;

/** String literals (docstrings too): data and prose, not the names the code uses. */
const STRINGS = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g;

/** Word counts of the identifiers of a piece of code (string literals left out). */
export function wordsOf(code: string): Map<string, number> {
  const counts = new Map<string, number>();
  const names = code.includes('"') || code.includes("'") ? code.replace(STRINGS, ' ') : code;
  for (const [word] of names.matchAll(WORD)) {
    const w = word.toLowerCase();
    if (STOP_WORDS.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Words so common in test code that sharing them says nothing about a shared subject (they still
 * count towards the similarity).
 */
const GENERIC_WORDS = new Set([
  'result', 'results', 'expected', 'actual', 'value', 'values', 'data', 'obj', 'res', 'ret', 'msg', 'message', 'name', 'names',
  'args', 'kwargs', 'support', 'helper', 'helpers', 'os', 'sys', 'path', 'tmp', 'temp', 'file', 'out', 'output', 'input', 'get',
  'check', 'run', 'call', 'new', 'one', 'two', 'first', 'second', 'item', 'items', 'key', 'keys', 'self', 'case', 'subtest',
]);

export interface Cohesion {
  /** Mean pairwise cosine similarity of the tests' word vectors (1 for fewer than two tests). */
  similarity: number;
  /**
   * A word (not a generic one) that at least `subjectShare` of the tests mention: the subject they
   * share (`mmap` in every test of `MmapTests`), or null.
   */
  subject: string | null;
}

/** Mean pairwise cosine similarity of the word vectors of `codes` (1 for fewer than two). */
export function cohesionOf(codes: readonly string[]): number {
  return measureCohesion(codes, 1).similarity;
}

/** The cohesion of a class's tests: their similarity and the subject most of them share, in one pass. */
export function measureCohesion(codes: readonly string[], subjectShare: number): Cohesion {
  const n = codes.length;
  if (n < 2) return { similarity: 1, subject: null };
  const sum = new Map<string, number>();
  const documents = new Map<string, number>();
  let units = 0;
  for (const code of codes) {
    const words = wordsOf(code);
    let norm = 0;
    for (const [w, c] of words) {
      norm += c * c;
      documents.set(w, (documents.get(w) ?? 0) + 1);
    }
    if (norm === 0) continue;
    units++;
    const scale = 1 / Math.sqrt(norm);
    for (const [w, c] of words) sum.set(w, (sum.get(w) ?? 0) + c * scale);
  }
  let squared = 0;
  for (const v of sum.values()) squared += v * v;
  let subject: string | null = null;
  let best = 0;
  for (const [w, d] of documents) {
    if (d > best && d >= subjectShare * n && !GENERIC_WORDS.has(w)) {
      subject = w;
      best = d;
    }
  }
  // Tests without words (empty vectors) have similarity 0 with everything.
  return { similarity: Math.max(0, (squared - units) / (n * (n - 1))), subject };
}
