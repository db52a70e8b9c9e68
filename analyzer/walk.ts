/**
 * THE walk: one pre-order traversal per file with a TreeCursor, dispatching nodes to every enabled
 * rule's visitors and keeping the per-file facts they share (imports, classes, tests, fixtures,
 * markers, the enclosing test). Nodes are only materialised for types somebody listens to, which
 * keeps the walk close to the cost of the cursor itself.
 *
 * Positions: tree-sitter rows and columns are 0-based; this is the one place that turns them into
 * the 1-based lines and columns findings carry.
 */
import type { SyntaxNode, Tree } from 'tree-sitter';
import Python from 'tree-sitter-python';
import type { Severity } from '../src/lib/schema.js';
import { matchesPrefixOrGlob } from './collection.js';
import type { ClassScope, DecoratorFact, FileFacts, TestScope } from './facts.js';
import {
  baseClassNames,
  childByField,
  decoratorName,
  decoratorsOf,
  docstringOf,
  isFixtureDecorator,
  literalContent,
  markerOf,
  markersInValue,
  parameterNames,
  skipKindOf,
} from './python.js';
import type { ReportDescriptor, Rule, RuleContext, Visitors } from './rule.js';
import { mentionsNoqa } from './suppressions.js';
import { isAssertionCall } from './smells/assertions.js';

/** A finding before snippet, fingerprint and suppression are attached. */
export interface RawFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine?: number;
  message: string;
  test?: string;
  /**
   * `file`: reported by line, not at a node (module-level findings such as a missing docstring or
   * a module's size); its identity then does not depend on the code at that line.
   */
  anchor?: 'file';
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

/** A rule that threw while visiting: the walk goes on without it for this file. */
export interface RuleCrash {
  ruleId: string;
  error: unknown;
}

interface Scope {
  kind: 'function' | 'class' | 'lambda';
  test: TestScope | null;
  cls: ClassScope | null;
  node: SyntaxNode | null;
  /** A class namespace outside functions: its test-like definitions by name, for shadowing. */
  names: Map<string, TestScope> | null;
}

type Handler = (arg: never) => void;

const EVENTS = new Set(['module:exit', 'test:enter', 'test:exit', 'class:exit']);

const WALKER_TYPES = [
  'function_definition',
  'class_definition',
  'lambda',
  'import_statement',
  'import_from_statement',
  'call',
  'assert_statement',
] as const;

/** Node type names by type id, shared by every walk (ids are per language, stable for a process). */
const typeNames: string[] = [];

/**
 * Types that never have children, from the grammar's node-types: tokens, identifiers, numbers,
 * comments… (keyed `named:type`). The walk does not try to descend into them, which saves a
 * native call on well over half of all nodes. ERROR is not in the list: never skipped.
 */
const LEAF_TYPES = new Set(
  Python.nodeTypeInfo
    .filter((t) => !('subtypes' in t && t.subtypes) && !('children' in t && t.children) && !('fields' in t && t.fields && Object.keys(t.fields).length))
    .map((t) => `${t.named}:${t.type}`),
);
const leafById: Array<boolean | undefined> = [];

export interface WalkResult {
  findings: RawFinding[];
  crashes: RuleCrash[];
  /** Comments containing `testaudit:` or `noqa`, for inline suppressions and linter waivers. */
  suppressionComments: Array<{ line: number; text: string }>;
}

/**
 * Walk `tree` (or, for a file that could not be parsed, only fire `module:exit`), dispatching to the
 * visitors of `rules`.
 */
export function walkFile(tree: Tree | null, file: FileFacts, rules: readonly ActiveRule[]): WalkResult {
  const findings: RawFinding[] = [];
  const crashes: RuleCrash[] = [];
  const scopes: Scope[] = [];
  let test: TestScope | null = null;
  let inTestBody = false;
  let currentClass: ClassScope | null = null;

  const updateScopeState = (): void => {
    test = null;
    inTestBody = false;
    currentClass = null;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const s = scopes[i]!;
      if (s.kind === 'class' && !currentClass) currentClass = s.cls;
      if (s.test && !test) {
        test = s.test;
        inTestBody = i === scopes.length - 1;
      }
    }
  };

  const enter = new Map<string, Array<{ fn: Handler; ruleId: string }>>();
  const exit = new Map<string, Array<{ fn: Handler; ruleId: string }>>();
  const events = new Map<string, Array<{ fn: Handler; ruleId: string }>>();
  const crashed = new Set<string>();

  for (const active of rules) {
    const ruleId = active.rule.meta.id;
    const ctx: RuleContext<unknown> = {
      options: active.options,
      file,
      get test() {
        return test;
      },
      get inTestBody() {
        return inTestBody;
      },
      get currentClass() {
        return currentClass;
      },
      report(d: ReportDescriptor) {
        findings.push(toRawFinding(ruleId, d.severity ?? active.severity, d, test ?? enclosingTest(file.tests, d)));
      },
    };
    let visitors: Visitors;
    try {
      visitors = active.rule.create(ctx as RuleContext<never>);
    } catch (error) {
      crashes.push({ ruleId, error });
      continue;
    }
    for (const [key, fn] of Object.entries(visitors)) {
      if (!fn) continue;
      const [target, name] = EVENTS.has(key)
        ? [events, key]
        : key.endsWith(':exit')
          ? [exit, key.slice(0, -':exit'.length)]
          : [enter, key];
      let list = target.get(name);
      if (!list) target.set(name, (list = []));
      list.push({ fn, ruleId });
    }
  }

  const call = (list: Array<{ fn: Handler; ruleId: string }> | undefined, arg: unknown): void => {
    if (!list) return;
    for (const { fn, ruleId } of list) {
      if (crashed.has(ruleId)) continue;
      try {
        (fn as (a: unknown) => void)(arg);
      } catch (error) {
        crashed.add(ruleId);
        crashes.push({ ruleId, error });
      }
    }
  };

  const wantsSuppressionComments = file.text.includes('testaudit:') || mentionsNoqa(file.text);
  const collectStrings = file.collectTestText;
  const interesting = (type: string): boolean =>
    enter.has(type) ||
    exit.has(type) ||
    (WALKER_TYPES as readonly string[]).includes(type) ||
    (wantsSuppressionComments && type === 'comment') ||
    (collectStrings && type === 'string');
  const interestingById: Array<boolean | undefined> = [];

  // --- walker bookkeeping -------------------------------------------------------------------
  const localUnittestClasses = new Set<string>();
  const moduleNames = new Map<string, TestScope>();
  const looksLikeTest = (name: string): boolean => name.startsWith('test') || matchesPrefixOrGlob(name, file.collection.pythonFunctions);

  /** `earlier` is replaced by a later binding at `node`: in the same block it never runs; across branches only one is defined. */
  const markReplaced = (earlier: TestScope, node: SyntaxNode, line: number, kind: 'def' | 'assignment'): void => {
    if (blockOf(earlier.node).startIndex === blockOf(node).startIndex) earlier.shadowedBy ??= { line, kind };
    else earlier.redefined = true;
  };

  /** Assignments directly in a namespace that rebind an earlier test's name (`test_x = None`). */
  const scanAssignments = (block: SyntaxNode | null, names: Map<string, TestScope> | null): void => {
    if (!block || !names || names.size === 0) return;
    for (const stmt of block.namedChildren) {
      if (stmt.type !== 'expression_statement') continue;
      const assign = stmt.firstNamedChild;
      if (assign?.type !== 'assignment') continue;
      const left = childByField(assign, 'left');
      const earlier = left?.type === 'identifier' ? names.get(left.text) : undefined;
      if (!earlier || earlier.line > stmt.startPosition.row + 1) continue;
      // `test_x = support.cpython_only(test_x)` wraps the test: still the same test.
      const right = childByField(assign, 'right');
      if (right && referencedIn(file.text, earlier.name, right, 0)) continue;
      markReplaced(earlier, stmt, stmt.startPosition.row + 1, 'assignment');
    }
  };

  const enterClass = (node: SyntaxNode, decorated: boolean): void => {
    const name = childByField(node, 'name')?.text ?? '';
    const parent = currentClass;
    const inFunction = scopes.some((s) => s.kind !== 'class');
    const bases = baseClassNames(node);
    const isUnittest = bases.some((b) => b.endsWith('TestCase') || localUnittestClasses.has(b));
    if (isUnittest && !inFunction) localUnittestClasses.add(parent ? `${parent.qualifiedName}.${name}` : name);
    const decorators = decoratorFacts(node, decorated);
    const body = childByField(node, 'body');
    let hasInit = false;
    let hasNew = false;
    let testAttr: boolean | null = null;
    const hides: string[] = [];
    const classMarkers: string[] = [];
    for (const stmt of body?.namedChildren ?? []) {
      const def = stmt.type === 'decorated_definition' ? childByField(stmt, 'definition') : stmt;
      if (def?.type === 'function_definition') {
        const method = childByField(def, 'name')?.text;
        if (method === '__init__') hasInit = true;
        else if (method === '__new__') hasNew = true;
      }
      if (stmt.type === 'expression_statement') {
        const assign = stmt.firstNamedChild;
        if (assign?.type === 'assignment') {
          const leftNode = childByField(assign, 'left');
          const left = leftNode?.text;
          if (left === 'pytestmark') classMarkers.push(...markersInValue(childByField(assign, 'right')));
          else if (left === '__test__') {
            const value = childByField(assign, 'right')?.text;
            if (value === 'False' || value === 'True') testAttr = value === 'True';
          } else if (left && leftNode!.type === 'identifier' && looksLikeTest(left)) hides.push(left);
        }
      }
    }
    for (const d of decorators) if (d.marker) classMarkers.push(d.marker);
    const parentCollectsClasses = !inFunction && (parent === null || (parent.collected && !parent.isUnittest));
    const nameMatches = matchesPrefixOrGlob(name, file.collection.pythonClasses);
    // pytest's istestclass (name, or `__test__ = True`) and Class.collect (no __init__/__new__);
    // a TestCase goes through unittest's own collector, which checks neither.
    const collected =
      parentCollectsClasses &&
      !file.moduleTestFalse &&
      testAttr !== false &&
      (isUnittest || ((nameMatches || testAttr === true) && !hasInit && !hasNew));
    const cls: ClassScope = {
      name,
      qualifiedName: parent ? `${parent.qualifiedName}.${name}` : name,
      node,
      line: node.startPosition.row + 1,
      bases,
      isUnittest,
      hasInit,
      hasNew,
      nameMatches,
      testAttr,
      inFunction,
      collected,
      decorators,
      markers: unique([...classMarkers, ...(parent?.markers ?? [])]),
      parent,
      tests: [],
      hides,
    };
    for (const m of classMarkers) file.markers.add(m);
    file.classes.push(cls);
    scopes.push({ kind: 'class', test: null, cls, node, names: inFunction ? null : new Map() });
    updateScopeState();
  };

  const enterFunction = (node: SyntaxNode, decorated: boolean): TestScope | null => {
    const top = scopes[scopes.length - 1];
    const name = childByField(node, 'name')?.text ?? '';
    const decorators = decoratorFacts(node, decorated);
    for (const d of decorators) if (d.marker) file.markers.add(d.marker);
    const isFixture = decorators.some((d) => isFixtureDecorator(d.node));
    const params = parameterNames(node);
    if (isFixture) {
      const autouse = decorators.some((d) => d.node.type === 'call' && /autouse\s*=\s*True/.test(d.node.text));
      file.fixtures.push({ name, line: node.startPosition.row + 1, params: withoutSelf(params), autouse, node });
    }
    const cls = top?.kind === 'class' ? top.cls : null;
    const atModule = top === undefined;
    const names = atModule ? moduleNames : (top?.names ?? null);
    const line = node.startPosition.row + 1;
    const earlier = names?.get(name);
    // One per name per scope: the later definition replaces the earlier in the namespace.
    if (earlier) markReplaced(earlier, node, line, 'def');
    const isTest = !isFixture && (atModule ? matchesPrefixOrGlob(name, file.collection.pythonFunctions) : cls !== null && !cls.inFunction && looksLikeTest(name));
    if (!isTest && isFixture && cls && looksLikeTest(name)) cls.hides.push(name);
    if (!isTest && top?.kind === 'function' && !decorated && matchesPrefixOrGlob(name, file.collection.pythonFunctions) && !referencedIn(file.text, name, top.node!)) {
      file.nestedTests.push({ name, line, node, within: childByField(top.node!, 'name')?.text ?? '' });
    }
    let testScope: TestScope | null = null;
    if (isTest) {
      const outer = decorators.length > 0 ? (node.parent ?? node) : node;
      const own = decorators.map((d) => d.marker).filter((m): m is string => m !== null);
      const fixtures = cls ? withoutSelf(params) : params;
      const startIndex = outer.startIndex;
      // `async def`: read from the text at the definition's start, not from a first-child node.
      const isAsync = file.text.startsWith('async', outer === node ? startIndex : node.startIndex);
      testScope = {
        name,
        qualifiedName: cls ? `${cls.qualifiedName.replace(/\./g, '::')}::${name}` : name,
        cls,
        node,
        body: childByField(node, 'body'),
        line: node.startPosition.row + 1,
        endLine: node.endPosition.row + 1,
        startIndex,
        endIndex: outer.endIndex,
        isAsync,
        style: cls && (cls.isUnittest || (!cls.collected && usesUnittestAssertions(cls))) ? 'unittest' : 'pytest',
        decorators,
        markers: unique([...own, ...(cls?.markers ?? []), ...file.moduleMarkers]),
        fixtures,
        skipped: [...decorators, ...(cls ? classDecoratorsUpTo(cls) : [])].some((d) => d.skip !== null) ||
          (cls?.markers ?? []).some(isSkipMarker) || file.moduleMarkers.some(isSkipMarker),
        shadowedBy: null,
        redefined: false,
        assertions: 0,
        docstring: null,
        strings: [],
      };
      if (file.collectTestText) {
        testScope.docstring = docstringOf(testScope.body)?.text ?? null;
        // Decorators precede the definition in the walk: their literals (parametrize values) are
        // read here, from the few nodes under each decorator call.
        for (const d of decorators) {
          if (d.node.type === 'call') for (const s of d.node.descendantsOfType('string')) testScope.strings.push(literalContent(s.text));
        }
      }
      file.tests.push(testScope);
      cls?.tests.push(testScope);
      names?.set(name, testScope);
    } else if (earlier) {
      names!.delete(name);
    }
    scopes.push({ kind: 'function', test: testScope, cls: null, node, names: null });
    updateScopeState();
    return testScope;
  };

  const enterImport = (node: SyntaxNode): void => {
    const line = node.startPosition.row + 1;
    if (node.type === 'import_statement') {
      for (const child of node.namedChildren) {
        if (child.type === 'dotted_name') {
          const module = child.text.replace(/\s+/g, '');
          file.imports.push({ module, names: [], bindings: [module.split('.')[0]!], level: 0, line, node });
        } else if (child.type === 'aliased_import') {
          const module = (childByField(child, 'name')?.text ?? '').replace(/\s+/g, '');
          const alias = childByField(child, 'alias')?.text ?? module;
          file.imports.push({ module, names: [], bindings: [alias], level: 0, line, node });
        }
      }
      return;
    }
    const moduleNode = childByField(node, 'module_name');
    let module = '';
    let level = 0;
    if (moduleNode?.type === 'relative_import') {
      const text = moduleNode.text.replace(/\s+/g, '');
      level = /^\.*/.exec(text)![0].length;
      module = text.slice(level);
    } else if (moduleNode) {
      module = moduleNode.text.replace(/\s+/g, '');
    }
    const names: string[] = [];
    const bindings: string[] = [];
    for (const child of node.childrenForFieldName('name')) {
      if (child.type === 'aliased_import') {
        const n = childByField(child, 'name')?.text ?? '';
        names.push(n);
        bindings.push(childByField(child, 'alias')?.text ?? n);
      } else {
        names.push(child.text);
        bindings.push(child.text);
      }
    }
    if (names.length === 0 && /import\s*\*/.test(node.text)) names.push('*');
    file.imports.push({ module, names, bindings, level, line, node });
  };

  const enterCall = (node: SyntaxNode): void => {
    if (test && inTestBody && isAssertionCall(node, file.assertionHelpers)) test.assertions++;
  };

  const enterComment = (node: SyntaxNode): void => {
    const text = node.text;
    if (text.includes('testaudit:') || mentionsNoqa(text)) suppressionComments.push({ line: node.startPosition.row + 1, text });
  };

  const suppressionComments: Array<{ line: number; text: string }> = [];

  if (!tree) {
    call(events.get('module:exit'), undefined);
    return { findings, crashes, suppressionComments };
  }

  // --- the traversal ------------------------------------------------------------------------
  const cursor = tree.walk();
  const exitStack: Array<{ depth: number; type: string; node: SyntaxNode }> = [];
  let depth = 0;
  // Type id of the node at each depth of the cursor: a definition's parent type, for free.
  const typeIdAt: number[] = [];
  const parentIsDecorated = (): boolean => depth > 0 && typeNames[typeIdAt[depth - 1]!] === 'decorated_definition';

  const leave = (minDepth: number): void => {
    while (exitStack.length > 0 && exitStack[exitStack.length - 1]!.depth >= minDepth) {
      const { type, node } = exitStack.pop()!;
      call(exit.get(type), node);
      if (type === 'function_definition' || type === 'lambda' || type === 'class_definition') {
        const scope = scopes.pop();
        if (scope?.test) call(events.get('test:exit'), scope.test);
        if (scope?.kind === 'class' && scope.cls) {
          scanAssignments(childByField(scope.cls.node, 'body'), scope.names);
          call(events.get('class:exit'), scope.cls);
        }
        updateScopeState();
      }
    }
  };

  for (;;) {
    const id = cursor.nodeTypeId;
    typeIdAt[depth] = id;
    let wanted = interestingById[id];
    if (wanted === undefined) {
      const name = (typeNames[id] ??= cursor.nodeType);
      wanted = interestingById[id] = interesting(name);
      leafById[id] ??= LEAF_TYPES.has(`${cursor.nodeIsNamed}:${name}`);
    }
    if (wanted) {
      const type = typeNames[id]!;
      const node = cursor.currentNode;
      let tracked = exit.has(type);
      switch (type) {
        case 'function_definition': {
          const t = enterFunction(node, parentIsDecorated());
          tracked = true;
          if (t) call(events.get('test:enter'), t);
          break;
        }
        case 'class_definition':
          enterClass(node, parentIsDecorated());
          tracked = true;
          break;
        case 'lambda':
          scopes.push({ kind: 'lambda', test: null, cls: null, node: null, names: null });
          updateScopeState();
          tracked = true;
          break;
        case 'import_statement':
        case 'import_from_statement':
          enterImport(node);
          break;
        case 'call':
          enterCall(node);
          break;
        case 'assert_statement':
          if (test && inTestBody) (test as TestScope).assertions++;
          break;
        case 'comment':
          enterComment(node);
          break;
        case 'string':
          if (test && inTestBody && collectStrings) (test as TestScope).strings.push(literalContent(node.text));
          break;
      }
      call(enter.get(type), node);
      if (tracked) exitStack.push({ depth, type, node });
    }
    if (!leafById[id] && cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    let done = false;
    for (;;) {
      leave(depth);
      if (cursor.gotoNextSibling()) break;
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
      depth--;
    }
    if (done) break;
  }
  leave(0);
  scanAssignments(tree.rootNode, moduleNames);
  call(events.get('module:exit'), undefined);
  return { findings, crashes, suppressionComments };
}

/** The test containing a finding reported outside the walk (e.g. at `module:exit`). */
function enclosingTest(tests: readonly TestScope[], d: ReportDescriptor): TestScope | null {
  if (d.node) {
    const at = d.node.startIndex;
    return tests.find((t) => t.startIndex <= at && at < t.endIndex) ?? null;
  }
  return tests.find((t) => t.line <= d.line && d.line <= t.endLine) ?? null;
}

function toRawFinding(ruleId: string, severity: Severity, d: ReportDescriptor, test: TestScope | null): RawFinding {
  let line: number;
  let column: number;
  let endLine: number | undefined;
  if (d.node) {
    const start = d.node.startPosition;
    line = start.row + 1;
    column = start.column + 1;
    const end = d.node.endPosition.row + 1;
    if (end !== line) endLine = end;
  } else {
    line = d.line;
    column = d.column ?? 1;
    endLine = d.endLine;
  }
  const raw: RawFinding = { ruleId, severity, line, column, message: d.message };
  if (!d.node) raw.anchor = 'file';
  if (endLine !== undefined) raw.endLine = endLine;
  if (test) raw.test = test.qualifiedName;
  return raw;
}

/**
 * The decorators of a definition. `decorated`: whether its parent is a `decorated_definition`, which
 * the walk knows without asking the tree (most definitions have none: no `parent` node to build).
 */
function decoratorFacts(definition: SyntaxNode, decorated: boolean): DecoratorFact[] {
  if (!decorated) return [];
  return decoratorsOf(definition).map((node) => {
    const name = decoratorName(node);
    return { name, marker: markerOf(name), skip: skipKindOf(node), node };
  });
}

function classDecoratorsUpTo(cls: ClassScope): DecoratorFact[] {
  const out: DecoratorFact[] = [];
  for (let c: ClassScope | null = cls; c; c = c.parent) out.push(...c.decorators);
  return out;
}

const isSkipMarker = (m: string): boolean => m === 'skip' || m === 'skipif' || m === 'xfail';

/** The block a definition's statement sits in (looking through its decorators). */
function blockOf(node: SyntaxNode): SyntaxNode {
  let stmt = node;
  if (stmt.parent?.type === 'decorated_definition') stmt = stmt.parent;
  return stmt.parent ?? stmt;
}

/**
 * `name` occurs in `scope`'s source as an identifier more than `definitions` times: a nested
 * `def test_x` that its function calls, returns or passes on is a helper, not a misplaced test.
 */
function referencedIn(text: string, name: string, scope: SyntaxNode, definitions = 1): boolean {
  const source = text.slice(scope.startIndex, scope.endIndex);
  const re = new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g');
  let n = 0;
  while (re.exec(source)) if (++n > definitions) return true;
  return false;
}

function withoutSelf(params: string[]): string[] {
  return params[0] === 'self' || params[0] === 'cls' ? params.slice(1) : params;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

const unittestIdioms = new WeakMap<ClassScope, boolean>();

/**
 * A class pytest does not collect itself (a mixin such as CPython's `class BaseTest:` whose tests
 * run through `unittest.TestCase` subclasses, often in other modules) is unittest-style when its
 * methods use TestCase's assertion methods: advice for pytest-style tests does not apply to it.
 */
function usesUnittestAssertions(cls: ClassScope): boolean {
  let uses = unittestIdioms.get(cls);
  if (uses === undefined) {
    uses = /\bself\.(?:assert[A-Z]\w*|fail|subTest|skipTest)\(/.test(cls.node.text);
    unittestIdioms.set(cls, uses);
  }
  return uses;
}
