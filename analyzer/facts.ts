/**
 * The per-file context the walker keeps and every rule shares. Facts are filled in as the walk
 * proceeds; all of them are complete at `module:exit`.
 */
import type { SyntaxNode } from 'tree-sitter';
import type { PytestCollection } from './collection.js';

export interface ImportFact {
  /** Dotted module: `unittest.mock` for `from unittest.mock import patch`; '' for `from . import x`. */
  module: string;
  /** Imported names for `from … import a, b as c` (`a`, `b`); empty for `import x`. */
  names: string[];
  /** Local names bound: `c` for `import a.b as c`, `a` for `import a.b`, `c` for `from x import b as c`. */
  bindings: string[];
  /** Leading dots of a relative import; 0 for absolute. */
  level: number;
  /** 1-based line. */
  line: number;
  node: SyntaxNode;
}

export interface DecoratorFact {
  /** Dotted name, looking through a call: `pytest.mark.skip(…)` → `pytest.mark.skip`. */
  name: string | null;
  /** pytest marker it applies, if any. */
  marker: string | null;
  /** `skip` / `skipif` / `xfail` when it skips the test (pytest or unittest), else null. */
  skip: string | null;
  node: SyntaxNode;
}

export interface ClassScope {
  name: string;
  /** `Outer.Inner` for nested classes. */
  qualifiedName: string;
  node: SyntaxNode;
  line: number;
  bases: string[];
  /** A unittest.TestCase subclass (a base whose dotted name ends in `TestCase`, or a local such class). */
  isUnittest: boolean;
  /** Defines `__init__` (pytest will not collect a `Test*` class that does). */
  hasInit: boolean;
  /** Defines `__new__` (pytest will not collect it either). */
  hasNew: boolean;
  /** Its name matches `python_classes`. */
  nameMatches: boolean;
  /** `__test__ = True` / `False` in its body; null when it sets none. */
  testAttr: boolean | null;
  /** Defined inside a function (at any depth): pytest never sees it, and neither do the counts. */
  inFunction: boolean;
  /**
   * pytest collects it, as far as this module shows: its name (or `__test__ = True`), no own
   * `__init__`/`__new__`, not `__test__ = False`, a module-level class or nested in a collected one.
   * Bases from other modules can still change the verdict (analyzer/inherit.ts).
   */
  collected: boolean;
  decorators: DecoratorFact[];
  /** Markers of the class itself (decorators and class-level `pytestmark`), plus those of enclosing classes. */
  markers: string[];
  parent: ClassScope | null;
  /** Test-like methods defined directly in this class (shadowed ones included). */
  tests: TestScope[];
  /**
   * Other names its body binds that look like tests (assignments such as `test_x = None`, fixtures
   * named `test_*`): in a subclass they hide the base's test of that name, as in pytest's MRO walk.
   */
  hides: string[];
}

/**
 * A test-like definition: a module-level function matching `python_functions`, or a method named
 * like a test (`python_functions`, or unittest's `test` prefix) of a class outside any function.
 * Its body is analysed once, here, whether pytest collects it through this class, through
 * subclasses (inherited tests), or never (then `analyzer/inherit.ts` records why).
 */
export interface TestScope {
  name: string;
  /** `TestClass::test_name`, `test_name` at module level. */
  qualifiedName: string;
  cls: ClassScope | null;
  node: SyntaxNode;
  /** The `block` node of the body. */
  body: SyntaxNode | null;
  line: number;
  endLine: number;
  /** Source range of the definition, for finding the test that contains a node. */
  startIndex: number;
  endIndex: number;
  isAsync: boolean;
  style: 'pytest' | 'unittest';
  decorators: DecoratorFact[];
  /** Own markers, then the class's, then the module's; deduplicated. */
  markers: string[];
  /** Fixture parameters (without `self`/`cls`). */
  fixtures: string[];
  skipped: boolean;
  /**
   * Line of a later definition or assignment of the same name in the same scope and block, which
   * replaces this one: pytest never sees this test. Null while none was found.
   */
  shadowedBy: { line: number; kind: 'def' | 'assignment' } | null;
  /** A later definition of the same name in another block (`if`/`else` branches): only one of them is counted. */
  redefined: boolean;
  /** Assertions directly in the body (filled during the walk). */
  assertions: number;
  /** The test's own docstring; collected only when `FileFacts.collectTestText` is set. */
  docstring: string | null;
  /**
   * Contents of the string literals in the body and in the test's decorators (parametrize values),
   * quotes and prefixes removed, escapes left as written; collected only when
   * `FileFacts.collectTestText` is set.
   */
  strings: string[];
}

export interface FixtureFact {
  name: string;
  line: number;
  /** Fixtures it requests. */
  params: string[];
  autouse: boolean;
  node: SyntaxNode;
}

export interface FileFacts {
  /** POSIX path relative to the audited root. */
  path: string;
  category: string | null;
  /** Where the category came from: a directory on the path, or the module's `pytestmark`. */
  categorySource: 'path' | 'marker' | null;
  /** Every configured test category name. */
  categories: readonly string[];
  area: string | null;
  /** `conftest.py` rather than a test module. */
  isConftest: boolean;
  text: string;
  /** Start index of each line in `text` (as tree-sitter counts rows: after each "\n"). */
  lineStarts: number[];
  /** Lines as Python's str.splitlines() counts them. */
  lineCount: number;
  docstring: { text: string; line: number; endLine: number } | null;
  /** Markers from module-level `pytestmark`. */
  moduleMarkers: string[];
  /** Line of the module-level `pytestmark` assignment. */
  moduleMarkersLine: number | null;
  imports: ImportFact[];
  classes: ClassScope[];
  tests: TestScope[];
  fixtures: FixtureFact[];
  /** `def test_*` nested in a function and never referenced there: an indentation slip, never collected. */
  nestedTests: Array<{ name: string; line: number; node: SyntaxNode; within: string }>;
  /** Module-level `__test__ = False`: pytest collects nothing from the module. */
  moduleTestFalse: boolean;
  /** Every pytest marker used anywhere in the file. */
  markers: Set<string>;
  /** Assertion helpers from configuration, matched by dotted or last name. */
  assertionHelpers: ReadonlySet<string>;
  /**
   * Collect each test's docstring and string literals (for capability coverage and named values).
   * Off unless the configuration needs them, so that audits without those features pay nothing.
   */
  collectTestText: boolean;
  /** Configured named values (canonical strings), for `named-value-typo`; empty when none. */
  namedValues: readonly string[];
  /** How pytest collects the suite: which classes and functions are tests, registered markers, strictness. */
  collection: PytestCollection;
}

/** The text of 1-based line `line`, without its terminator. */
export function lineText(file: Pick<FileFacts, 'text' | 'lineStarts'>, line: number): string {
  const start = file.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = file.lineStarts[line];
  let end = next === undefined ? file.text.length : next - 1;
  if (end > start && file.text.charCodeAt(end - 1) === 13) end--;
  return file.text.slice(start, end);
}
