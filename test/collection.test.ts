/** What counts as a test: pytest's default collection, per definition (DESIGN.md). */
import { describe, expect, test } from 'vitest';
import rule from '../analyzer/rules/absolute-imports.js';
import { analyzeWithRule, py } from './helpers/rule-tester.js';

const names = (code: string, path?: string) => {
  const file = analyzeWithRule(rule, code, path ? { path } : {});
  return file.testDetails.map((t) => (t.className ? `${t.className}::${t.name}` : t.name));
};

describe('test collection', () => {
  test('module functions, sync and async, also inside if/try blocks', () => {
    expect(names(py`
      def test_a(): pass
      async def test_b(): pass
      def helper_test(): pass
      if True:
          def test_c(): pass
      try:
          def test_d(): pass
      except ImportError:
          pass
      def outer():
          def test_nested(): pass
    `)).toEqual(['test_a', 'test_b', 'test_c', 'test_d']);
  });

  test('Test* classes without __init__, nested Test* classes, unittest subclasses of any name', () => {
    expect(names(py`
      import unittest
      class TestA:
          def test_1(self): pass
          def helper(self): pass
          class TestInner:
              def test_2(self): pass
      class TestWithInit:
          def __init__(self): pass
          def test_never(self): pass
      class Checks(unittest.TestCase):
          def test_3(self): pass
          class TestNotCollected:
              def test_no(self): pass
      class Base(unittest.TestCase):
          pass
      class MoreChecks(Base):
          def test_4(self): pass
      class NotATest:
          def test_no(self): pass
      class TestDisabled:
          __test__ = False
          def test_no(self): pass
    `)).toEqual(['TestA::test_1', 'TestA.TestInner::test_2', 'Checks::test_3', 'MoreChecks::test_4']);
  });

  test('fixtures named test_* are not tests', () => {
    expect(names(py`
      import pytest
      @pytest.fixture
      def test_data(): return 1
      def test_real(test_data): pass
    `)).toEqual(['test_real']);
  });

  test('per-test facts: markers from module, class and decorators; fixtures requested and used; skips; assertions', () => {
    const file = analyzeWithRule(rule, py`
      import pytest, unittest
      pytestmark = pytest.mark.integration

      @pytest.mark.slow
      class TestOrders:
          @pytest.mark.skip(reason="flaky")
          def test_a(self, db, user):
              assert db
              self.assertEqual(1, 1)
              db.save.assert_called_once()
              with pytest.raises(ValueError):
                  pass
              def helper():
                  assert False
      class T(unittest.TestCase):
          @unittest.skipIf(True, "x")
          async def test_b(self): pass
    `);
    expect(file.testDetails).toEqual([
      { name: 'test_a', className: 'TestOrders', line: 7, endLine: 14, async: false, style: 'pytest', markers: ['skip', 'slow', 'integration'], fixtures: ['db', 'user'], assertions: 4, skipped: true, locals: 0, fixturesUsed: ['db'], smells: [] },
      { name: 'test_b', className: 'T', line: 17, endLine: 17, async: true, style: 'unittest', markers: ['integration'], fixtures: [], assertions: 0, skipped: true, locals: 0, fixturesUsed: [], smells: [] },
    ]);
    expect(file.metrics).toMatchObject({ testClasses: 2, assertions: 4, asyncTests: 1, skippedTests: 2, markers: ['integration', 'skip', 'slow'], hasDocstring: false });
  });

  test('the assertion count knows pytest output checks, on any receiver and chained', () => {
    const file = analyzeWithRule(rule, py`
      def test_run(pytester):
          result = pytester.runpytest()
          result.stdout.fnmatch_lines(["*1 passed*"])
          result.stderr.no_re_match_line("error")
          pytester.runpytest("-q").assert_outcomes(passed=1)
          result.parseoutcomes()
    `);
    expect(file.testDetails[0]!.assertions).toBe(3);
  });

  test('the category comes from the path, else from pytestmark', () => {
    expect(analyzeWithRule(rule, 'def test_a(): pass\n', { path: 'a/Integration/b/test_x.py' }).category).toBe('integration');
    expect(analyzeWithRule(rule, 'import pytest\npytestmark = pytest.mark.e2e\n', { path: 'tests/test_x.py' }).category).toBe('e2e');
    expect(analyzeWithRule(rule, 'def test_a(): pass\n', { path: 'tests/test_x.py' }).category).toBeNull();
  });
});
