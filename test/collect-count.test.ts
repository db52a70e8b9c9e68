/**
 * Which definitions pytest runs: one per name per scope, classes by `python_classes`, `__init__`,
 * `__test__`, nested definitions, and inherited test methods, in one module and across the root
 * (the suite pass, cached results included). Each case was checked with `pytest --collect-only`.
 */
import { expect, test } from 'vitest';
import { PYTEST_DEFAULTS } from '../analyzer/collection.js';
import { resolveConfig } from '../analyzer/config.js';
import { auditFiles } from '../analyzer/pool.js';
import shadowedTest from '../analyzer/rules/shadowed-test.js';
import { collectSuite, uncollectedSummary } from '../analyzer/suite-collection.js';
import type { AuditedFile } from '../src/lib/schema.js';
import { analyzeWithRule, py } from './helpers/rule-tester.js';
import { tempTree } from './helpers/tmp.js';

const ids = (f: AuditedFile): string[] => f.testDetails.map((t) => `${t.className ? `${t.className}::` : ''}${t.name}${t.inheritedFrom ? ` <${t.inheritedFrom}` : ''}`);
const never = (f: AuditedFile): string[] => (f.uncollected ?? []).map((u) => `${u.className ? `${u.className}::` : ''}${u.name} ${u.reason}${u.by ? `@${u.by}` : ''}`);

test('one per name per scope: a later def or assignment replaces a test, branches count once', () => {
  const f = analyzeWithRule(shadowedTest, py`
    import sys

    def test_dup():
        assert 1

    def test_dup():
        assert 2

    if sys.platform == "win32":
        def test_path():
            assert 1
    else:
        def test_path():
            assert 2

    class TestA:
        def test_x(self):
            assert 1
        test_x = None

        def test_y(self):
            assert 1
        test_y = staticmethod(test_y)
  `);
  expect(f.tests).toBe(3);
  expect(ids(f)).toEqual(['test_dup', 'test_path', 'TestA::test_y']);
  expect(never(f)).toEqual(['test_dup shadowed@6', 'TestA::test_x shadowed@19']);
});

test('classes: python_classes, __init__/__new__, __test__, nesting; unittest by its own rules', () => {
  const code = py`
    import unittest

    class Helper:
        def test_a(self): pass

    class TestInit:
        def __init__(self): pass
        def test_b(self): pass

    class TestOff:
        __test__ = False
        def test_c(self): pass

    class Checks:
        __test__ = True
        def test_d(self): pass

    class TestOuter:
        class TestInner:
            def test_e(self): pass

    class Case(unittest.TestCase):
        def __init__(self, *a):
            super().__init__(*a)
        def test_f(self): pass
        class TestNested:
            def test_g(self): pass

    def test_h():
        def test_local(): pass
  `;
  const f = analyzeWithRule(shadowedTest, code);
  expect(ids(f)).toEqual(['Checks::test_d', 'TestOuter.TestInner::test_e', 'Case::test_f', 'test_h']);
  expect(never(f)).toEqual([
    'Helper::test_a class-not-collected',
    'TestInit::test_b class-has-init',
    'TestOff::test_c test-false',
    'Case.TestNested::test_g class-not-collected',
    'test_local nested-in-function',
  ]);
  expect(f.metrics.testClasses).toBe(4);
  const custom = analyzeWithRule(shadowedTest, code, { collection: { ...PYTEST_DEFAULTS, pythonClasses: ['Help*'], pythonFunctions: ['test_[a-c]'] } });
  expect(ids(custom)).toEqual(['Helper::test_a', 'Case::test_f']);
});

test('inherited tests: counted per collecting class, in MRO order, from the base that defines them', () => {
  const f = analyzeWithRule(shadowedTest, py`
    import unittest

    class Base:
        def test_one(self):
            assert 1
        def test_two(self):
            assert 2

    class TestChild(Base):
        def test_two(self):
            assert 3

    class FooTest(Base, unittest.TestCase):
        pass

    class TestWithInheritedInit(Base):
        def __init__(self):
            pass

    class InitBase:
        def __init__(self):
            pass

    class TestGrandchild(InitBase):
        def test_three(self):
            assert 1
  `);
  expect(ids(f)).toEqual([
    'TestChild::test_two',
    'TestChild::test_one <tests/unit/test_example.py::Base',
    'FooTest::test_one <tests/unit/test_example.py::Base',
    'FooTest::test_two <tests/unit/test_example.py::Base',
  ]);
  const inherited = f.testDetails.find((t) => t.className === 'FooTest' && t.name === 'test_two')!;
  expect(inherited).toMatchObject({ line: 6, style: 'unittest', assertions: 1 });
  // Base's tests run through subclasses: never reported as never run.
  expect(never(f)).toEqual(['TestGrandchild::test_three class-has-init']);
});

test('the suite pass: bases imported from inside the root, from a module the selection left out, with and without the cache', async () => {
  const root = tempTree({
    'tests/__init__.py': '',
    'tests/common.py': py`
      class CommonFSTests:
          def test_exists(self):
              assert self.path.exists()
          def test_size(self):
              assert self.path.size() == 0
    `,
    'tests/test_local.py': py`
      from .common import CommonFSTests

      class TestLocalPath(CommonFSTests):
          def test_local_only(self):
              assert True
    `,
    'tests/test_base.py': py`
      class SharedChecks:
          def test_shared(self):
              assert True
    `,
    'tests/test_user.py': py`
      from tests import test_base

      class TestUser(test_base.SharedChecks):
          pass
    `,
  });
  const paths = ['tests/test_base.py', 'tests/test_local.py', 'tests/test_user.py'];
  const config = resolveConfig(null, {});
  for (const cacheDir of [null, `${root}/.cache`, `${root}/.cache`]) {
    const files = await auditFiles(root, paths, config, { jobs: 1, cacheDir });
    collectSuite(root, files, config);
    const [base, local, user] = files as [AuditedFile, AuditedFile, AuditedFile];
    expect(ids(local)).toEqual(['TestLocalPath::test_local_only', 'TestLocalPath::test_exists <tests/common.py::CommonFSTests', 'TestLocalPath::test_size <tests/common.py::CommonFSTests']);
    expect(local.tests).toBe(3);
    expect(ids(user)).toEqual(['TestUser::test_shared <tests/test_base.py::SharedChecks']);
    // The trap: SharedChecks matches no python_classes, but its test runs through TestUser.
    expect(base.tests).toBe(0);
    expect(base.uncollected).toBeUndefined();
    expect(base.findings.filter((x) => x.ruleId === 'uncollected-test')).toEqual([]);
    expect(files.every((x) => !('suiteRecord' in x))).toBe(true);
    expect(uncollectedSummary(files)).toEqual({ definitions: 0, files: 0, byReason: {} });
  }
});
