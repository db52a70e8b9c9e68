import rule from '../../analyzer/rules/constructor-initialization.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a TestCase __init__ that only chains up and sets maxDiff', code: py`
        import unittest

        class TestPaths(unittest.TestCase):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.maxDiff = None

            def test_prefix(self):
                self.assertEqual(prefix(), "/usr")
      ` },
    { name: 'setup_method and setUp', code: py`
        import unittest
        class TestCart:
            def setup_method(self):
                self.cart = Cart()
            def test_empty(self):
                assert self.cart.total() == 0

        class TestCartUnittest(unittest.TestCase):
            def setUp(self):
                self.cart = Cart()
            def test_empty(self):
                self.assertEqual(self.cart.total(), 0)
      ` },
    { name: 'a pytest class with __init__ is left to uncollected-test (reported once)', code: py`
        class TestCart:
            def __init__(self):
                self.cart = Cart()
            def test_empty(self):
                assert self.cart.total() == 0
      ` },
    { name: 'helper classes with __init__ are not test classes', code: py`
        class FakeClock:
            def __init__(self):
                self.now = 0

        class TestResult:
            def __init__(self, ok):
                self.ok = ok

        class TestDisabled:
            __test__ = False
            def __init__(self):
                pass
            def test_a(self):
                assert True
      ` },
  ],
  invalid: [
    { name: 'unittest TestCase with __init__', code: py`
        import unittest

        class TestCart(unittest.TestCase):
            def __init__(self, methodName="runTest"):
                super().__init__(methodName)
                self.cart = Cart()

            def test_empty(self):
                self.assertEqual(self.cart.total(), 0)
      `, errors: [{ line: 4, message: 'Test class `TestCart` initialises state in `__init__`, which runs outside setUp/tearDown once per test; use `setUp`.' }] },
  ],
});
