/**
 * Which test methods pytest runs, class by class, as its collector decides: a class is collected
 * by its name (`python_classes`) or `__test__ = True`, unless it or a base defines `__init__` or
 * `__new__` or sets `__test__ = False`; a `unittest.TestCase` subclass always (unittest's loader);
 * and a collected class runs every test method it inherits, walking its bases in MRO order where
 * the first class that binds a name wins (pytest's `PyCollector.collect`). A test-like method that
 * no collected class runs is recorded with the reason.
 *
 * Pure: modules come in as compact records, other modules through a resolver. The same code runs
 * per file (bases in the same module) and once per suite (bases imported from inside the root).
 */
import type { AuditedFile, TestDetail, UncollectedTest } from '../src/lib/schema.js';
import { matchesPrefixOrGlob } from './collection.js';
import type { SyntaxNode } from 'tree-sitter';
import type { ClassScope, FileFacts, ImportFact } from './facts.js';

/**
 * A file's result on its way from the analysis to the suite pass: `suiteRecord` (never written to
 * the audit) is there when other modules may add inherited tests or run this module's bases.
 */
export type AnalyzedFile = AuditedFile & { suiteRecord?: ModuleRecord };

/** A base class as written, and where it comes from when it is imported. */
export interface BaseRef {
  /** `Base`, `common.Base`, `unittest.TestCase`. */
  written: string;
  /** For an imported base: the module (dotted, without the leading dots), its level and the name there. */
  from?: { module: string; level: number; name: string };
}

/** One class, as the collector needs it. */
export interface ClassRecord {
  /** Qualified: `Outer.Inner`. */
  name: string;
  line: number;
  /** Qualified name of the enclosing class; null at module level. */
  parent: string | null;
  bases: BaseRef[];
  nameMatches: boolean;
  /** A base written as `…TestCase`. */
  unittestBase: boolean;
  hasInit: boolean;
  hasNew: boolean;
  testAttr: boolean | null;
  /** Its test-like methods that are in effect (not replaced later in the body), in order. */
  methods: Array<{ name: string; line: number }>;
  /** Other test-like names its body binds (they hide a base's test of that name). */
  hides: string[];
  /**
   * A later class of the same name in the same namespace replaces it (`shadowed`: in the same
   * block; `alternative`: in another branch of an `if`/`try`, so that only one of them exists).
   */
  replaced?: { kind: 'shadowed' | 'alternative'; line: number };
  /** Named elsewhere in the module (`test_both(FinderTests)`, `type(…, (Base, TestCase), …)`): it may run through classes made at import time. */
  usedByName?: true;
}

/** A module's classes and imports: what another module's subclass needs to inherit from it. */
export interface ModuleRecord {
  /** POSIX, relative to the audited root. */
  path: string;
  /** Module-level `__test__ = False`. */
  testFalse: boolean;
  classes: ClassRecord[];
  /** Module-level bindings made by imports: local name → module (dotted), level, imported name (null for `import x`). */
  imports: Record<string, { module: string; level: number; name: string | null }>;
  /** Details of test-like methods that are not in the file's `testDetails` (classes it does not collect). */
  baseTests: TestDetail[];
  /** The file's own test-like definitions that never run, whatever other modules hold (shadowed, nested, module `__test__`). */
  ownUncollected: UncollectedTest[];
  /** Its own answer may change with other modules: a class has an imported base, or holds tests no class of the module runs. */
  needsPass: boolean;
}

export interface ModuleInput {
  record: ModuleRecord;
  /** Details of its test-like methods, by `Class::name`. */
  details: ReadonlyMap<string, TestDetail>;
}

/** Finds the module an import names, relative to the importing module; null when outside the root or absent. */
export type ModuleResolver = (from: ModuleRecord, module: string, level: number) => ModuleInput | null;

export interface ClassCollection {
  /** Tests of the module's collected classes, own and inherited. */
  tests: TestDetail[];
  /** Test-like methods of the module's classes that no collected class runs. */
  uncollected: UncollectedTest[];
  /** Collected classes of the module. */
  testClasses: number;
}

interface ClassRef {
  mod: ModuleInput;
  cls: ClassRecord;
}

const detailKey = (cls: string, name: string): string => `${cls}::${name}`;

/** The module's classes and imports, from the walk's facts. */
export function moduleRecordOf(facts: FileFacts): ModuleRecord {
  const imports: ModuleRecord['imports'] = {};
  for (const imp of facts.imports) addImport(imports, imp);
  const classes: ClassRecord[] = [];
  const last = new Map<string, ClassScope>();
  for (const c of facts.classes) if (!c.inFunction) last.set(c.qualifiedName, c);
  for (const c of facts.classes) {
    if (c.inFunction) continue;
    const later = last.get(c.qualifiedName)!;
    classes.push({
      name: c.qualifiedName,
      line: c.line,
      parent: c.parent?.qualifiedName ?? null,
      bases: c.bases.map((b) => baseRef(b, imports)),
      nameMatches: c.nameMatches,
      unittestBase: c.bases.some((b) => b.endsWith('TestCase')),
      hasInit: c.hasInit,
      hasNew: c.hasNew,
      testAttr: c.testAttr,
      methods: c.tests.filter((t) => !t.shadowedBy && !t.redefined).map((t) => ({ name: t.name, line: t.line })),
      hides: c.hides,
      ...(!c.collected && c.tests.length > 0 && usedByName(facts, c) ? { usedByName: true as const } : {}),
      ...(later !== c ? { replaced: { kind: blockStart(later.node) === blockStart(c.node) ? ('shadowed' as const) : ('alternative' as const), line: later.line } } : {}),
    });
  }
  return { path: facts.path, testFalse: facts.moduleTestFalse, classes, imports, baseTests: [], ownUncollected: [], needsPass: false };
}

/**
 * The class's name occurs in the module outside its own definition and the base lists of its
 * subclasses: code passes it around (to a class factory, `type()`, `load_tests`), so its tests may
 * run through classes no reader of the source can name. Comments and strings count too: in doubt,
 * the class is not reported as never run.
 */
export function usedByName(facts: Pick<FileFacts, 'text' | 'classes'>, cls: ClassScope): boolean {
  const re = new RegExp(`(?<![\\w])${cls.name}(?!\\w)`, 'g');
  const own = cls.node.parent?.type === 'decorated_definition' ? cls.node.parent : cls.node;
  let outside = 0;
  for (let m = re.exec(facts.text); m; m = re.exec(facts.text)) if (m.index < own.startIndex || m.index >= own.endIndex) outside++;
  const asBase = facts.classes.reduce((n, c) => n + c.bases.filter((b) => b === cls.name || b.endsWith(`.${cls.name}`)).length, 0);
  return outside > asBase;
}

/** Where the block holding a definition starts (looking through its decorators). */
function blockStart(node: SyntaxNode): number {
  const stmt = node.parent?.type === 'decorated_definition' ? node.parent : node;
  return stmt.parent?.startIndex ?? -1;
}

function addImport(imports: ModuleRecord['imports'], imp: ImportFact): void {
  if (imp.names.length === 0) {
    // `import a.b` binds `a` (the package); `import a.b as c` binds `c` to `a.b`.
    const binding = imp.bindings[0]!;
    imports[binding] = { module: binding === imp.module.split('.')[0] ? binding : imp.module, level: 0, name: null };
    return;
  }
  imp.names.forEach((name, i) => {
    const binding = imp.bindings[i];
    if (binding && name !== '*') imports[binding] = { module: imp.module, level: imp.level, name };
  });
}

function baseRef(written: string, imports: ModuleRecord['imports']): BaseRef {
  const parts = written.split('.');
  const head = imports[parts[0]!];
  if (!head) return { written };
  if (parts.length === 1) return head.name ? { written, from: { module: head.module, level: head.level, name: head.name } } : { written };
  // `common.Base` through `import common` / `from . import common` / `from pkg import common`.
  const modulePath = [head.module, head.name, ...parts.slice(1, -1)].filter((p): p is string => !!p).join('.');
  return { written, from: { module: modulePath, level: head.level, name: parts[parts.length - 1]! } };
}

/**
 * Decide the classes of `modules`: which are collected, which tests each runs (its own and the
 * ones it inherits), and which test-like methods no collected class of these modules runs.
 * `resolve` finds imported modules (they take part as bases only).
 */
export function collectClasses(modules: readonly ModuleInput[], resolve: ModuleResolver, pythonFunctions: readonly string[]): Map<ModuleRecord, ClassCollection> {
  const out = new Map<ModuleRecord, ClassCollection>();
  const run = new Set<string>();
  const mroCache = new Map<ClassRecord, ClassRef[]>();
  const lookup = (mod: ModuleInput, name: string, before: number, depth: number, scope: string | null = null): ClassRef | null => {
    // A class body sees its own earlier nested classes first (`class Outer: class A …; class B(A)`).
    if (scope !== null) {
      const inner = lookup(mod, `${scope}.${name}`, before, depth);
      if (inner) return inner;
    }
    let found: ClassRecord | null = null;
    for (const c of mod.record.classes) {
      if (c.name !== name) continue;
      if (!found || c.line < before || found.line >= before) found = c;
    }
    if (found) return { mod, cls: found };
    const imp = mod.record.imports[name];
    if (imp?.name && depth < 6) {
      const target = resolve(mod.record, imp.module, imp.level);
      if (target) return lookup(target, imp.name, Infinity, depth + 1);
    }
    return null;
  };
  const baseOf = (ref: ClassRef, base: BaseRef): ClassRef | null => {
    if (base.from) {
      const target = resolve(ref.mod.record, base.from.module, base.from.level);
      return target ? lookup(target, base.from.name, Infinity, 1) : null;
    }
    return lookup(ref.mod, base.written, ref.cls.line, 0, ref.cls.parent);
  };
  const mro = (ref: ClassRef, seen: Set<ClassRecord>): ClassRef[] => {
    const cached = mroCache.get(ref.cls);
    if (cached) return cached;
    if (seen.has(ref.cls) || seen.size > 30) return [ref];
    seen.add(ref.cls);
    const chain: ClassRef[] = [ref];
    for (const b of ref.cls.bases) {
      const r = baseOf(ref, b);
      if (r) chain.push(...mro(r, seen));
    }
    seen.delete(ref.cls);
    // Depth-first, keeping the last occurrence of a class: C3's order for the diamonds tests use.
    const result = chain.filter((r, i) => !chain.slice(i + 1).some((later) => later.cls === r.cls));
    mroCache.set(ref.cls, result);
    return result;
  };

  interface Verdict {
    collected: boolean;
    unittest: boolean;
    reason: UncollectedTest['reason'] | null;
  }
  const verdicts = new Map<ClassRecord, Verdict>();
  const verdictOf = (mod: ModuleInput, cls: ClassRecord): Verdict => {
    const known = verdicts.get(cls);
    if (known) return known;
    const chain = mro({ mod, cls }, new Set());
    const unittest = chain.some((r) => r.cls.unittestBase);
    const testAttr = chain.find((r) => r.cls.testAttr !== null)?.cls.testAttr ?? null;
    const parent = cls.parent === null ? null : mod.record.classes.find((c) => c.name === cls.parent) ?? null;
    const parentVerdict = parent ? verdictOf(mod, parent) : null;
    let reason: Verdict['reason'] = null;
    if (cls.replaced) reason = 'shadowed';
    else if (mod.record.testFalse) reason = 'test-false';
    else if (parentVerdict && (!parentVerdict.collected || parentVerdict.unittest)) reason = 'class-not-collected';
    else if (testAttr === false) reason = 'test-false';
    else if (!unittest && !cls.nameMatches && testAttr !== true) reason = 'class-not-collected';
    else if (!unittest && chain.some((r) => r.cls.hasInit || r.cls.hasNew)) reason = 'class-has-init';
    const verdict = { collected: reason === null, unittest, reason };
    verdicts.set(cls, verdict);
    return verdict;
  };

  for (const mod of modules) {
    const result: ClassCollection = { tests: [], uncollected: [], testClasses: 0 };
    out.set(mod.record, result);
    for (const cls of mod.record.classes) {
      const verdict = verdictOf(mod, cls);
      if (!verdict.collected) continue;
      result.testClasses++;
      // pytest's filter for its own classes; unittest's loader takes every `test*` method.
      const isTest = verdict.unittest ? (n: string) => n.startsWith('test') : (n: string) => matchesPrefixOrGlob(n, pythonFunctions);
      const seen = new Set<string>();
      for (const ref of mro({ mod, cls }, new Set())) {
        for (const m of ref.cls.methods) {
          if (seen.has(m.name) || !isTest(m.name)) continue;
          const detail = ref.mod.details.get(detailKey(ref.cls.name, m.name));
          if (!detail) continue;
          run.add(`${ref.mod.record.path}::${detailKey(ref.cls.name, m.name)}`);
          if (ref.cls === cls) result.tests.push(detail);
          else {
            result.tests.push({
              ...detail,
              className: cls.name,
              style: verdict.unittest ? 'unittest' : 'pytest',
              inheritedFrom: `${ref.mod.record.path}::${ref.cls.name}`,
            });
          }
        }
        for (const m of ref.cls.methods) seen.add(m.name);
        for (const h of ref.cls.hides) seen.add(h);
      }
    }
  }
  for (const mod of modules) {
    const result = out.get(mod.record)!;
    for (const cls of mod.record.classes) {
      const reason = verdictOf(mod, cls).reason ?? null;
      // One of two alternative definitions (`if`/`else`) is not a test that never runs.
      if (!reason || cls.replaced?.kind === 'alternative' || (cls.usedByName && reason !== 'shadowed')) continue;
      for (const m of cls.methods) {
        if (run.has(`${mod.record.path}::${detailKey(cls.name, m.name)}`)) continue;
        if (!matchesPrefixOrGlob(m.name, pythonFunctions) && !(reason !== 'class-not-collected' && m.name.startsWith('test'))) continue;
        result.uncollected.push({ name: m.name, className: cls.name, line: m.line, reason, ...(cls.replaced ? { by: cls.replaced.line } : {}) });
      }
    }
  }
  return out;
}

/** A record is needed by the suite pass when one of its classes has an imported base, or holds tests it does not collect. */
export function needsSuitePass(record: ModuleRecord, collection: ClassCollection): boolean {
  return record.classes.some((c) => c.bases.some((b) => b.from)) || collection.uncollected.some((u) => u.className !== undefined);
}

export { detailKey };
