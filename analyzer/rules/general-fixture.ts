import { z } from 'zod';
import type { ClassScope } from '../facts.js';
import { defineRule } from '../rule.js';
import { fieldsAssignedIn, hasOnlyFrameworkBases, methodsOf, type MethodFacts } from '../smells/classes.js';

const SETUP_METHODS = ['setUp', 'setup_method'];
/** Methods that use fields as infrastructure: a field they mention is not the tests' to use. */
const LIFECYCLE = new Set(['tearDown', 'teardown_method', 'doCleanups', 'setUpClass', 'tearDownClass', 'setup_class', 'teardown_class', 'run', 'debug']);
/** TestCase settings, not fixture data. */
const TESTCASE_SETTINGS = new Set(['maxDiff', 'longMessage', 'failureException', 'addCleanup']);

export default defineRule({
  meta: {
    id: 'general-fixture',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: '`setUp`/`setup_method` builds `self.x` fields that fewer than `minShare` of the class\'s tests use (PyNose/tsDetect: General Fixture).',
    why: 'A setup that builds everything for everyone makes each test pay for objects it does not need (slow suites), and hides which part of the fixture a given test depends on: the setup becomes a shared dumping ground that nobody dares to change.',
    howToFix: 'Build in `setUp` only what (nearly) every test of the class needs; move the rest into the tests that use it, into helper methods or pytest fixtures requested by those tests, or split the class by fixture.',
    notReported: 'Fields used by `tearDown`, by the setup itself, by a cleanup callback the setup registers (`self.addCleanup(self.restore)`) or through helpers the tests call, and fields the tests call (`self.reader(…)`), count as used. Fields that are a by-product (one target of an unpacking, `self.host, self.port = …`; a handle on something the setup installs, `self.debug = smtpd.DEBUGSTREAM = StringIO()`) are not judged, nor are classes with subclasses in the file or with tests that reach fields dynamically.',
    options: z
      .object({
        minShare: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe('Share of the class\'s tests that must use a setup field. tsDetect and PyNose require every test to use every field (1); 0.5 reports fields most tests ignore.'),
        minTests: z.number().int().min(2).default(3).describe('Tests a class needs before its fixture is judged.'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid:
        'import unittest\n\nclass TestOrders(unittest.TestCase):\n    def setUp(self):\n        self.orders = OrderBook()\n        self.printer = ReceiptPrinter()\n\n    def test_add(self):\n        self.orders.add("o-1")\n        self.assertEqual(len(self.orders), 1)\n\n    def test_remove(self):\n        self.orders.add("o-1")\n        self.orders.remove("o-1")\n        self.assertEqual(len(self.orders), 0)\n\n    def test_empty(self):\n        self.assertEqual(len(self.orders), 0)',
      valid:
        'import unittest\n\nclass TestOrders(unittest.TestCase):\n    def setUp(self):\n        self.orders = OrderBook()\n\n    def test_add(self):\n        self.orders.add("o-1")\n        self.assertEqual(len(self.orders), 1)\n\n    def test_remove(self):\n        self.orders.add("o-1")\n        self.orders.remove("o-1")\n        self.assertEqual(len(self.orders), 0)\n\n    def test_empty(self):\n        self.assertEqual(len(self.orders), 0)',
    },
  },
  create(ctx) {
    const { minShare, minTests } = ctx.options;
    return {
      'module:exit'() {
        const classes = ctx.file.classes;
        const byName = new Map(classes.map((c) => [c.name, c]));
        const subclassed = new Set(classes.flatMap((c) => c.bases.map((b) => b.split('.').pop()!)));
        for (const cls of classes) {
          if (!cls.collected || cls.tests.length < minTests || subclassed.has(cls.name)) continue;
          const methods = methodsOf(cls);
          const setup = SETUP_METHODS.map((n) => methods.get(n)).find((m) => m !== undefined);
          if (!setup) continue;
          const assigned = fieldsAssignedIn(setup.node);
          if (assigned.size === 0) continue;
          // Methods the setup hands on as callbacks (`self.addCleanup(self._remove_files)`): cleanup, like tearDown.
          const cleanups = new Set([...setup.fields.keys()].filter((f) => methods.has(f)));
          const candidates = [...assigned.keys()].filter((f) => {
            if (TESTCASE_SETTINGS.has(f)) return false;
            // Mentioned again by the setup itself (`self.b = B(self.a)`, `addCleanup(self.a.close)`, `self.a()`).
            if ((setup.fields.get(f) ?? 0) > 1 || setup.calls.has(f)) return false;
            for (const [name, m] of methods) if ((LIFECYCLE.has(name) || cleanups.has(name)) && (m.fields.has(f) || m.calls.has(f))) return false;
            return true;
          });
          if (candidates.length === 0) continue;
          const fieldNames = new Set(assigned.keys());
          const usage = cls.tests.map((t) => fieldsUsedBy(t.name, cls, methods, byName, fieldNames));
          const findings: string[] = [];
          for (const f of candidates) {
            const users = usage.filter((u) => u === 'all' || u.has(f)).length;
            if (users / usage.length < minShare) findings.push(`\`self.${f}\` (${users} of ${usage.length})`);
          }
          if (findings.length === 0) continue;
          ctx.report({
            node: setup.node.childForFieldName('name') ?? setup.node,
            message: `\`${setup.name}\` of \`${cls.qualifiedName}\` builds fields most of its tests never use: ${findings.slice(0, 4).join(', ')}${findings.length > 4 ? ', …' : ''}; build them in the tests that need them.`,
          });
        }
      },
    };
  },
});

/** Fields a test uses, through the helper methods it calls too; `'all'` when that cannot be known. */
function fieldsUsedBy(test: string, cls: ClassScope, methods: Map<string, MethodFacts>, classes: Map<string, ClassScope>, assignedFields: ReadonlySet<string>): Set<string> | 'all' {
  const used = new Set<string>();
  const seen = new Set<string>();
  const pending = [test];
  while (pending.length) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const m = methods.get(name) ?? inheritedMethod(cls, name, classes);
    if (m === undefined) {
      // A field the setup assigned and the test calls (`self.reader(…)`): already counted as used.
      if (assignedFields.has(name)) continue;
      if (/^(assert|fail)|^(skipTest|subTest|addCleanup|enterContext|id|shortDescription)$/.test(name)) continue;
      // A method we cannot see (an imported base class): it may use any field.
      if (!hasOnlyFrameworkBases(cls)) return 'all';
      continue;
    }
    if (m.dynamic) return 'all';
    // A method referenced without a call (`self.addCleanup(self.restore)`, a callback) runs too.
    for (const f of m.fields.keys()) {
      used.add(f);
      if (methods.has(f)) pending.push(f);
    }
    for (const c of m.calls) {
      // `self.reader(…)`: a field holding a callable, called.
      used.add(c);
      pending.push(c);
    }
  }
  return used;
}

/** A method defined by a base class in the same file. */
function inheritedMethod(cls: ClassScope, name: string, classes: Map<string, ClassScope>): MethodFacts | undefined {
  for (const b of cls.bases) {
    const base = classes.get(b.split('.').pop()!);
    if (!base || base === cls) continue;
    const m = methodsOf(base).get(name) ?? inheritedMethod(base, name, classes);
    if (m) return m;
  }
  return undefined;
}
