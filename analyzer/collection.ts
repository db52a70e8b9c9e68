/**
 * How pytest decides which files and definitions are tests, as the audit needs it: the effective
 * values of the suite's own pytest configuration (or pytest's defaults). Discovery reads them to
 * choose files; the walker reads them to decide which classes and functions pytest collects; the
 * collection rules read them to say why a test-like definition never runs.
 *
 * Pure data and pure matching: finding and parsing the configuration lives elsewhere.
 */

/** The effective collection settings of one audit. */
export interface PytestCollection {
  /** The config file pytest would use, POSIX and relative to the audited root (`../pyproject.toml` when above it); null when none applies. */
  configFile: string | null;
  /** Which table or section of `configFile` held the settings (`[tool.pytest.ini_options]`, `[pytest]`, …). */
  configSection: string | null;
  /** `python_files`: basename globs of test modules. */
  pythonFiles: string[];
  /** `python_classes`: class-name prefixes or globs. */
  pythonClasses: string[];
  /** `python_functions`: function-name prefixes or globs. */
  pythonFunctions: string[];
  /** `testpaths`, relative to the config file's folder (empty: the audited root). */
  testpaths: string[];
  /** `norecursedirs`: directory basename globs never descended into. */
  norecursedirs: string[];
  /** Marker names registered in the ini `markers` option or by a conftest/plugin inside the root. */
  markers: string[];
  /** `--strict-markers` (or `--strict`, or `strict_markers = true`) is in effect. */
  strictMarkers: boolean;
  /** `--import-mode`. */
  importMode: 'prepend' | 'append' | 'importlib';
  /** pytest-asyncio's `asyncio_mode`, when set. */
  asyncioMode: 'auto' | 'strict' | null;
  /** Plugins disabled with `-p no:NAME`. */
  disabledPlugins: string[];
}

/** pytest's own defaults (src/_pytest/main.py and python.py). */
export const PYTEST_DEFAULTS: PytestCollection = Object.freeze({
  configFile: null,
  configSection: null,
  pythonFiles: ['test_*.py', '*_test.py'],
  pythonClasses: ['Test'],
  pythonFunctions: ['test'],
  testpaths: [],
  norecursedirs: ['*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}'],
  markers: [],
  strictMarkers: false,
  importMode: 'prepend',
  asyncioMode: null,
  disabledPlugins: [],
}) as PytestCollection;

/**
 * pytest's `_matches_prefix_or_glob_option`: a name matches an option value when it starts with
 * it, or, when the value contains a glob character, when it matches it as an fnmatch pattern.
 */
export function matchesPrefixOrGlob(name: string, patterns: readonly string[]): boolean {
  for (const p of patterns) {
    if (name.startsWith(p)) return true;
    if (/[*?[]/.test(p) && fnmatch(name, p)) return true;
  }
  return false;
}

const fnmatchCache = new Map<string, RegExp>();

/** Python's `fnmatch.fnmatch` on POSIX (case-sensitive): `*`, `?`, `[seq]`, `[!seq]`. */
export function fnmatch(name: string, pattern: string): boolean {
  let re = fnmatchCache.get(pattern);
  if (!re) {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '*') src += '[\\s\\S]*';
      else if (c === '?') src += '[\\s\\S]';
      else if (c === '[') {
        const close = pattern.indexOf(']', i + 2);
        if (close < 0) src += '\\[';
        else {
          let body = pattern.slice(i + 1, close);
          const negate = body.startsWith('!');
          if (negate) body = body.slice(1);
          src += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\')}]`;
          i = close;
        }
      } else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`);
    fnmatchCache.set(pattern, re);
  }
  return re.test(name);
}
