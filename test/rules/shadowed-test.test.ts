import rule from '../../analyzer/rules/shadowed-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'distinct names', code: py`
        def test_total_empty():
            assert Cart().total() == 0

        def test_total_one():
            assert Cart([1]).total() == 1
      ` },
    { name: 'alternatives in if/else branches', code: py`
        import sys

        if sys.platform == "win32":
            def test_path():
                assert sep() == "\\\\"
        else:
            def test_path():
                assert sep() == "/"
      ` },
    { name: 'a decorator applied by assignment keeps the test', code: py`
        import unittest
        from test import support

        class PathTest(unittest.TestCase):
            def test_link(self):
                self.assertTrue(link())
            test_link = support.skip_unless_symlink(test_link)
      ` },
    { name: 'the same name in two classes', code: py`
        class TestA:
            def test_x(self):
                assert a()

        class TestB:
            def test_x(self):
                assert b()
      ` },
  ],
  invalid: [
    { name: 'a module-level test defined twice', code: py`
        def test_total():
            assert Cart().total() == 0

        def test_total():
            assert Cart([1]).total() == 1
      `, errors: [{ line: 1, column: 5, message: '`test_total` is defined again at line 4 in this module; only that definition runs, this one (line 1) never does.' }] },
    { name: 'a unittest method defined twice', code: py`
        import unittest

        class CartTest(unittest.TestCase):
            def test_total(self):
                self.assertEqual(Cart().total(), 0)

            def test_total(self):
                self.assertEqual(Cart([1]).total(), 1)
      `, errors: [{ line: 4, message: '`test_total` is defined again at line 7 in class `CartTest`; only that definition runs, this one (line 4) never does.' }] },
    { name: 'a test replaced by an assignment', code: py`
        class TestCart:
            def test_total(self):
                assert Cart().total() == 0
            test_total = None
      `, errors: [{ line: 2, message: '`test_total` is replaced by the assignment at line 4 in class `TestCart`; this test (line 2) never runs.' }] },
  ],
});
