/**
 * Capability matching: which tests exercise which capability of an area, decided from what the walk
 * collected about each test — its name, its class, its docstring and the string literals in its
 * body and decorators. Matchers are words (a phrase matched as whole words, case-insensitively,
 * with snake_case and camelCase split) or `/regular expressions/flags`.
 */
import picomatch from 'picomatch';
import type { Severity } from '../src/lib/schema.js';

export type Matcher = { kind: 'words'; source: string; phrase: string } | { kind: 'regex'; source: string; re: RegExp };

/** Where a test matched a capability, in the order they are tried. */
export const MATCH_SOURCES = ['name', 'class', 'docstring', 'string'] as const;
export type MatchSource = (typeof MATCH_SOURCES)[number];

/** A capability as the effective configuration holds it. */
export interface CapabilityConfig {
  name: string;
  /** Matchers as written: words, or `/regex/flags`. */
  match: string[];
  /** Only tests in these categories count; null for every test. */
  categories: string[] | null;
  /** Globs of the files whose tests count: the capability's own, else its area's. */
  paths: string[];
  /** Severity of `uncovered-capability` for this capability; null for the rule's. */
  severity: Severity | null;
}

const REGEX_LITERAL = /^\/(.+)\/([A-Za-z]*)$/s;

/** A matcher from its configured text. Throws an Error whose message says what is wrong with it. */
export function parseMatcher(text: string): Matcher {
  const m = REGEX_LITERAL.exec(text);
  if (m) {
    const flags = m[2]!;
    const bad = flags.replace(/[imsu]/g, '');
    if (bad) throw new Error(`unsupported flag "${bad[0]}" in ${text} (use i, m, s or u)`);
    try {
      return { kind: 'regex', source: text, re: new RegExp(m[1]!, flags) };
    } catch (error) {
      throw new Error(`invalid regular expression ${text} (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
    }
  }
  const phrase = words(text);
  if (phrase === '') throw new Error(`"${text}" has no letters or digits to match; write words, or a /regular expression/`);
  return { kind: 'words', source: text, phrase: ` ${phrase} ` };
}

/** Lower-case words of an identifier or a sentence: `test_tokenRefresh` → `test token refresh`, `JWTValidation` → `jwt validation`. */
export function words(text: string): string {
  return text
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** What the walk knows about one test, for matching. */
export interface TestText {
  name: string;
  className: string | null;
  docstring: string | null;
  strings: readonly string[];
}

export interface CompiledCapability {
  area: string;
  name: string;
  matchers: Matcher[];
  categories: ReadonlySet<string> | null;
  inScope: (path: string) => boolean;
}

/** Compile every area's capabilities once per thread (the configuration was validated already). */
export function compileCapabilities(areas: ReadonlyArray<{ name: string; capabilities: readonly CapabilityConfig[] }>): CompiledCapability[] {
  return areas.flatMap((area) =>
    area.capabilities.map((c) => ({
      area: area.name,
      name: c.name,
      matchers: c.match.map(parseMatcher),
      categories: c.categories ? new Set(c.categories) : null,
      inScope: c.paths.length ? picomatch(c.paths, { dot: true }) : () => false,
    })),
  );
}

/** The capabilities whose scope includes a file of `category` at `path`. */
export function capabilitiesFor(all: readonly CompiledCapability[], path: string, category: string | null): CompiledCapability[] {
  return all.filter((c) => (c.categories === null || (category !== null && c.categories.has(category))) && c.inScope(path));
}

/** The texts of a test, per source, computed on first use (most tests match on their name). */
class Texts {
  private cache: Partial<Record<MatchSource, { raw: readonly string[]; words: string }>> = {};
  constructor(private readonly test: TestText) {}
  get(source: MatchSource): { raw: readonly string[]; words: string } {
    let entry = this.cache[source];
    if (!entry) {
      const t = this.test;
      const raw = source === 'name' ? [t.name] : source === 'class' ? (t.className ? [t.className] : []) : source === 'docstring' ? (t.docstring ? [t.docstring] : []) : t.strings;
      // Literals are kept apart (" | "), so that a phrase never spans two of them.
      entry = this.cache[source] = { raw, words: ` ${raw.map(words).join(' | ')} ` };
    }
    return entry;
  }
}

/** Which of `capabilities` the test matches, and where it matched first (name, class, docstring, literal). */
export function matchCapabilities(capabilities: readonly CompiledCapability[], test: TestText): Array<{ area: string; name: string; via: MatchSource }> {
  if (capabilities.length === 0) return [];
  const texts = new Texts(test);
  const out: Array<{ area: string; name: string; via: MatchSource }> = [];
  for (const c of capabilities) {
    const via = MATCH_SOURCES.find((source) => {
      const t = texts.get(source);
      return c.matchers.some((m) => (m.kind === 'words' ? t.words.includes(m.phrase) : t.raw.some((r) => m.re.test(r))));
    });
    if (via) out.push({ area: c.area, name: c.name, via });
  }
  return out;
}
