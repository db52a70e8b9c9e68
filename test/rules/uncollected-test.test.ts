import rule from '../../analyzer/rules/uncollected-test.js';
import { PYTEST_DEFAULTS } from '../../analyzer/collection.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'collected pytest and unittest classes', code: py`
        import unittest

        class TestCart:
            def test_empty(self):
                assert Cart().total() == 0

        class CartCase(unittest.TestCase):
            def test_empty(self):
                self.assertEqual(Cart().total(), 0)
      ` },
    { name: 'a base whose tests run through a subclass in the module (pytest)', code: py`
        class CommonCartTests:
            def test_empty(self):
                assert self.make().total() == 0

        class TestListCart(CommonCartTests):
            def make(self):
                return ListCart()
      ` },
    { name: 'a mixin whose tests run through a unittest subclass', code: py`
        import unittest

        class CartTestsMixin:
            def test_empty(self):
                self.assertEqual(self.make().total(), 0)

        class DictCartTest(CartTestsMixin, unittest.TestCase):
            def make(self):
                return DictCart()
      ` },
    { name: 'a class the module passes to a class factory (importlib test_both)', code: py`
        from . import util

        class FinderTests:
            def test_finds_module(self):
                self.assertIsNotNone(self.machinery.find("x"))

        (Frozen_FinderTests, Source_FinderTests) = util.test_both(FinderTests, machinery=machinery)
      ` },
    { name: 'a helper class without test methods', code: py`
        class FakeClock:
            def __init__(self):
                self.now = 0
            def tick(self):
                self.now += 1
      ` },
    { name: 'a nested def test_* the function calls is a helper', code: py`
        def test_retry():
            def test_once():
                return flaky()
            assert retry(test_once) == 1
      ` },
    { name: 'classes defined inside a test function are test data', code: py`
        import unittest

        def test_runner_reports_failures():
            class Sample(unittest.TestCase):
                def test_fails(self):
                    self.fail()
            assert run(Sample).failures == 1
      ` },
    { name: 'a custom python_classes pattern collects the class', collection: { ...PYTEST_DEFAULTS, pythonClasses: ['*Tests'] }, code: py`
        class CartTests:
            def test_empty(self):
                assert Cart().total() == 0
      ` },
    { name: 'module-level __test__ = False opts the module out', code: py`
        __test__ = False

        class Helper:
            def test_like(self):
                pass
      ` },
  ],
  invalid: [
    { name: 'test methods in a class pytest does not collect', code: py`
        class CartTests:
            def test_empty(self):
                assert Cart().total() == 0

            def test_add(self):
                assert Cart(["x"]).total() == 1
      `, errors: [{ line: 1, column: 7, message: 'Class `CartTests` defines 2 test methods, but pytest does not collect it: its name matches no `python_classes` pattern (`Test`) and it is no unittest.TestCase. Rename it or derive a test class from it.' }] },
    { name: 'a custom python_classes pattern leaves Test* classes out', collection: { ...PYTEST_DEFAULTS, pythonClasses: ['Check*'] }, code: py`
        class TestCart:
            def test_empty(self):
                assert Cart().total() == 0
      `, errors: [{ line: 1, message: /matches no `python_classes` pattern \(`Check\*`\)/ }] },
    { name: 'a pytest test class with __init__', code: py`
        class TestCart:
            def __init__(self):
                self.cart = Cart()

            def test_empty(self):
                assert self.cart.total() == 0
      `, errors: [{ line: 1, message: 'Class `TestCart` defines `__init__`, so pytest does not collect it: its 1 test method never runs. Use `setup_method` or a fixture.' }] },
    { name: 'a test class with __new__', code: py`
        class TestCart:
            def __new__(cls):
                return super().__new__(cls)
            def test_empty(self):
                assert True
      `, errors: [{ line: 1, message: /defines `__new__`/ }] },
    { name: 'a class nested in a unittest.TestCase', code: py`
        import unittest

        class CartTest(unittest.TestCase):
            class TestInner:
                def test_x(self):
                    assert True
      `, errors: [{ line: 4, message: /a unittest.TestCase collects no nested classes/ }] },
    { name: 'a test indented into the previous one', code: py`
        def test_empty():
            assert Cart().total() == 0

            def test_add():
                assert Cart(["x"]).total() == 1
      `, errors: [{ line: 4, column: 9, message: '`test_add` is defined inside `test_empty` and never used there: pytest does not collect nested functions, so it never runs. Dedent it to module or class level.' }] },
    { name: '__test__ = False on a class with tests and no subclass: info', code: py`
        class TestCartBase:
            __test__ = False
            def test_empty(self):
                assert self.make().total() == 0
      `, errors: [{ line: 1, severity: 'info', message: /sets `__test__ = False`: its 1 test method runs only through subclasses/ }] },
  ],
});
