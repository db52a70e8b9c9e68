import { z } from 'zod';
import { plural } from '../../src/lib/format.js';
import type { ClassScope } from '../facts.js';
import { usedByName } from '../inherit.js';
import { childByField } from '../python.js';
import { defineRule } from '../rule.js';

/** `runs` after one test, `run` after several. */
const verb = (n: number, word: string): string => `${word}${n === 1 ? 's' : ''}`;
const patterns = (list: readonly string[]): string => list.map((p) => `\`${p}\``).join(', ');

/** Why pytest does not collect `cls` (as far as this module shows), or null when it does or it holds no tests. */
function reasonOf(cls: ClassScope, moduleTestFalse: boolean): 'parent' | 'name' | 'init' | 'test-false' | null {
  if (cls.collected || cls.inFunction || moduleTestFalse || cls.tests.length === 0) return null;
  if (cls.parent && (!cls.parent.collected || cls.parent.isUnittest)) return 'parent';
  if (cls.testAttr === false) return 'test-false';
  if (!cls.isUnittest && !cls.nameMatches && cls.testAttr !== true) return 'name';
  if (cls.hasInit || cls.hasNew) return 'init';
  return null;
}

export default defineRule({
  meta: {
    id: 'uncollected-test',
    category: 'collection',
    severity: 'error',
    presets: { recommended: true, 'real-services': true },
    description: 'Test-like code pytest never runs: test methods in a class it does not collect, a test class with `__init__`, a `def test_*` nested in a function.',
    why:
      'pytest collects `test*` methods only from classes matching `python_classes` (default `Test*`) without `__init__`/`__new__`, and from unittest.TestCase subclasses; a `def test_*` inside another function is just a local. Such tests look like coverage but never run, and nothing fails to say so (at most a collection warning).',
    howToFix:
      'Rename the class to match `python_classes` (`TestCart`), or make it a base of a collected test class; move `__init__` state into `setup_method` or a fixture; dedent a nested `def test_*` to module or class level, or give a helper a name pytest does not collect.',
    notReported:
      'A class that only serves as a base (its tests run through the collected subclasses, in this module or in another one of the audited root), and a class the module passes around by name (`load_tests`, a class factory such as `test_both(FinderTests)`), whose tests may run through classes made at import time. A class opted out with `__test__ = False`, the documented way, is reported as info only, and only when no subclass in the module runs its tests; a `unittest.TestCase` with `__init__` is left to `constructor-initialization`.',
    options: z.object({}).strict(),
    categories: null,
    testModulesOnly: true,
    examples: {
      invalid: 'class CartTests:\n    def test_empty(self):\n        assert Cart().total() == 0',
      valid: 'class TestCart:\n    def test_empty(self):\n        assert Cart().total() == 0',
    },
  },
  create(ctx) {
    return {
      'module:exit'() {
        const file = ctx.file;
        // A class another class of this module derives from may run its tests through it.
        const baseNames = new Set(file.classes.flatMap((c) => c.bases.map((b) => b.slice(b.lastIndexOf('.') + 1))));
        for (const cls of file.classes) {
          const reason = reasonOf(cls, file.moduleTestFalse);
          if (!reason || baseNames.has(cls.name) || usedByName(file, cls)) continue;
          const node = childByField(cls.node, 'name') ?? cls.node;
          const tests = plural(cls.tests.length, 'test method');
          if (reason === 'parent') {
            ctx.report({ node, message: `Class \`${cls.qualifiedName}\` sits in \`${cls.parent!.qualifiedName}\`, which pytest does not collect${cls.parent!.isUnittest ? ' (a unittest.TestCase collects no nested classes)' : ''}: its ${tests} never ${verb(cls.tests.length, 'run')}.` });
          } else if (reason === 'name') {
            ctx.report({
              node,
              message: `Class \`${cls.qualifiedName}\` defines ${tests}, but pytest does not collect it: its name matches no \`python_classes\` pattern (${patterns(file.collection.pythonClasses)}) and it is no unittest.TestCase. Rename it or derive a test class from it.`,
            });
          } else if (reason === 'init') {
            const init = cls.hasInit ? '__init__' : '__new__';
            ctx.report({ node, message: `Class \`${cls.qualifiedName}\` defines \`${init}\`, so pytest does not collect it: its ${tests} never ${verb(cls.tests.length, 'run')}. Use \`setup_method\` or a fixture.` });
          } else {
            ctx.report({
              node,
              severity: 'info',
              message: `Class \`${cls.qualifiedName}\` sets \`__test__ = False\`: its ${tests} ${verb(cls.tests.length, 'run')} only through subclasses that set \`__test__ = True\`, and none in this module does.`,
            });
          }
        }
        for (const n of file.nestedTests) {
          ctx.report({
            node: childByField(n.node, 'name') ?? n.node,
            message: `\`${n.name}\` is defined inside \`${n.within}\` and never used there: pytest does not collect nested functions, so it never runs. Dedent it to module or class level.`,
          });
        }
      },
    };
  },
});
