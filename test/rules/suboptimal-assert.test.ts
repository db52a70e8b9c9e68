import rule from '../../analyzer/rules/suboptimal-assert.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a test of equality compares with None by == on purpose', code: py`
        def test_eq_with_none(path):
            assert path != None
      ` },
    { name: 'assertIs(x, True) requires the bool itself: no dedicated form', code: py`
        import unittest

        class TestFlags(unittest.TestCase):
            def test_flag(self):
                self.assertIs(is_ready(), True)
                self.assertIs(False, is_ready())
      ` },
    { name: 'dedicated methods and plain pytest asserts', code: py`
        import unittest
        class TestCart(unittest.TestCase):
            def test_total(self):
                self.assertEqual(Cart().total(), 0)
                self.assertIsNone(Cart().coupon)
                self.assertIn("a", "abc")
                self.assertTrue(Cart().empty)
                self.assertFalse(a < b)
                self.assertIs(flag(), True)

        class TestBool(unittest.TestCase):
            def test_numeric_equality_with_bools(self):
                self.assertEqual(complex(True), True)
                self.assertEqual(~False + 1, True)

        def test_pytest(cart):
            assert cart.total() == 0
            assert cart.coupon is None
            assert cart.empty
      ` },
  ],
  invalid: [
    { name: 'unittest: comparisons inside assertTrue/assertFalse, None and bools, deprecated aliases', code: py`
        import unittest

        class TestCart(unittest.TestCase):
            def test_total(self):
                self.assertTrue(Cart().total() == 0)
                self.assertFalse(x in y)
                self.assertTrue(c is None)
                self.assertTrue(isinstance(c, Cart))
                self.assertEqual(c.coupon, None)
                self.assertEqual(c.empty, True)
                self.assertEquals(c.total(), 0)
                self.assertTrue(not c.empty)
                self.assertTrue(a < b)
      `, errors: [
        { line: 5, column: 9, message: 'Suboptimal assertion `assertTrue`: use `assertEqual(Cart().total(), 0)`, which shows both values on failure.' },
        { line: 6, message: 'Suboptimal assertion `assertFalse`: use `assertNotIn(x, y)`, which shows both values on failure.' },
        { line: 7, message: 'Suboptimal assertion `assertTrue`: use `assertIsNone`, which shows the value on failure.' },
        { line: 8, message: 'Suboptimal assertion `assertTrue`: use `assertIsInstance`, which shows the type on failure.' },
        { line: 9, message: 'Suboptimal assertion `assertEqual`: use `assertIsNone(c.coupon)`.' },
        { line: 10, message: 'Suboptimal assertion `assertEqual`: use `assertTrue(c.empty)`, or `assertIs(c.empty, True)` to require the bool itself.' },
        { line: 11, message: 'Suboptimal assertion `assertEquals`: `assertEquals` is a deprecated alias removed in Python 3.12; use `assertEqual`.' },
        { line: 12, message: 'Suboptimal assertion `assertTrue`: `assertTrue(not …)` reads backwards; use `assertFalse`.' },
        { line: 13, message: 'Suboptimal assertion `assertTrue`: use `assertLess(a, b)`, which shows both values on failure.' },
      ] },
    { name: 'operands spanning lines are shown on one line, long ones cut', code: py`
        import unittest

        class TestCmp(unittest.TestCase):
            def test_cmp(self):
                self.assertTrue(filecmp.cmpfiles(self.dir, self.dir_same,
                                                 ['file', 'other_file_with_a_long_name']) == expected)
      `, errors: [
        { line: 5, message: 'Suboptimal assertion `assertTrue`: use `assertEqual(filecmp.cmpfiles(self.dir, self.dir_same, [\'file\', \'other_f…, expected)`, which shows both values on failure.' },
      ] },
    { name: 'pytest: comparison with None or a bool by equality', code: py`
        def test_cart(cart):
            assert cart.coupon == None
            assert cart.empty != False
      `, errors: [
        { line: 2, column: 5, message: 'Suboptimal assertion: compare with `None` by identity: `assert cart.coupon is None`.' },
        { line: 3, message: 'Suboptimal assertion: compare with `False` by identity: `assert cart.empty is not False`.' },
      ] },
    { name: 'canonical forms: parentheses and either operand order', code: py`
        import unittest

        class TestCart(unittest.TestCase):
            def test_cart(self):
                self.assertEqual((coupon()), (None))
                self.assertNotEqual(None, coupon())
                self.assertTrue((total() == 3))
                self.assertTrue((coupon() is None))

        def test_cart(cart):
            assert (cart.coupon == (None))
            assert None == cart.coupon
      `, errors: [
        { line: 5, message: 'Suboptimal assertion `assertEqual`: use `assertIsNone(coupon())`.' },
        { line: 6, message: 'Suboptimal assertion `assertNotEqual`: use `assertIsNotNone(coupon())`.' },
        { line: 7, message: 'Suboptimal assertion `assertTrue`: use `assertEqual(total(), 3)`, which shows both values on failure.' },
        { line: 8, message: 'Suboptimal assertion `assertTrue`: use `assertIsNone`, which shows the value on failure.' },
        { line: 11, message: 'Suboptimal assertion: compare with `None` by identity: `assert cart.coupon is None`.' },
        { line: 12, message: 'Suboptimal assertion: compare with `None` by identity: `assert cart.coupon is None`.' },
      ] },
  ],
});
