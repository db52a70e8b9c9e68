import rule from '../../analyzer/rules/redundant-assertion.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'assertions on computed values', code: py`
        import unittest
        def test_checkout(cart):
            cart.checkout()
            assert cart.is_paid
            assert cart.total() == cart.total_before_tax() + cart.tax()
            assert False, "unreachable"

        class TestEq(unittest.TestCase):
            def test_reflexive(self):
                x = Money(5)
                self.assertEqual(x, x)
                self.assertTrue(x == x)
                self.assertFalse(nan == nan)
                self.assertTrue(value())
      ` },
    { name: 'constant assertions outside tests', code: py`
        def helper():
            assert True
      ` },
  ],
  invalid: [
    { name: 'pytest: constant, tuple, literal comparison, identity with itself', code: py`
        def test_checkout(cart, order):
            cart.checkout()
            assert True
            assert (cart.paid, "cart should be paid")
            assert 1 == 1
            assert order is order
      `, errors: [
        { line: 3, column: 5, message: 'This assertion asserts the constant `True`: it can never fail, so it checks nothing.' },
        { line: 4, message: 'This assertion asserts a tuple, which is always true (the parentheses swallowed the message): it can never fail, so it checks nothing.' },
        { line: 5, message: 'This assertion compares `1` with itself: it can never fail, so it checks nothing.' },
        { line: 6, message: 'This assertion compares `order` with itself: it can never fail, so it checks nothing.' },
      ] },
    { name: 'unittest: assertTrue(True), assertFalse(0), assertEqual of literals, assertIsNone(None), assertIs(x, x)', code: py`
        import unittest

        class TestX(unittest.TestCase):
            def test_a(self):
                self.assertTrue(True)
                self.assertFalse(0)
                self.assertEqual("a", "a")
                self.assertIsNone(None)
                self.assertIs(self.x, self.x)
      `, errors: [
        { line: 5, message: 'This assertion asserts the constant `True`: it can never fail, so it checks nothing.' },
        { line: 6, message: 'This assertion asserts the constant `0` is false: it can never fail, so it checks nothing.' },
        { line: 7, message: 'This assertion compares `"a"` with itself: it can never fail, so it checks nothing.' },
        { line: 8, message: 'This assertion asserts `None` is None: it can never fail, so it checks nothing.' },
        { line: 9, message: 'This assertion compares `self.x` with itself: it can never fail, so it checks nothing.' },
      ] },
  ],
});
