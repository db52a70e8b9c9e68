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
    { name: 'a test of comparison compares literals and an object with itself on purpose (test_eq, testInequality, test_comparison)', code: py`
        import unittest

        class TestDict(unittest.TestCase):
            def test_eq(self):
                self.assertEqual({}, {})
                self.assertIs(Self, Self)

            def testInequality(self):
                self.assertLessEqual('ant', 'ant')
                self.assertGreaterEqual(1.0, 1.0)

            def test_comparison(self):
                self.assertTrue('abcd' > 'abc')
      ` },
    { name: 'a test of truth values asserts a literal on purpose (test_bool)', code: py`
        import unittest

        class TestDict(unittest.TestCase):
            def test_bool(self):
                self.assertTrue({1: 2})
      ` },
    { name: 'a test of the assertion method or of the assert statement feeds it constants', code: py`
        import unittest

        class TestTestCase(unittest.TestCase):
            def testAssertIsNone(self):
                self.assertIsNone(None)
                self.assertIsNotNone('text')

            def test_counting(self):
                self.assertCountEqual(['a', b'a'], ['a', b'a'])
                self.assertRaises(self.failureException, self.assertCountEqual, [1], [2])

            def test_init_without_name(self):
                case = unittest.TestCase()
                case.assertEqual(3, 3)

        def test_assert():
            assert 1
            assert True, "always passes"
      ` },
    { name: 'literal comparisons that fail are deliberate failures', code: py`
        import unittest

        class TestOffsets(unittest.TestCase):
            def test_offset(self):
                try:
                    open_at(-1)
                    self.assertEqual(0, 1)
                except ValueError:
                    pass
            def test_cmp_types(self):
                assert b"a" != "a"
      ` },
    { name: 'two spellings of one literal: a test of the literal syntax (0xff == 255, --2 == 2, raw strings)', code: py`
        import unittest

        class TestLiterals(unittest.TestCase):
            def test_hex_baseline(self):
                self.assertEqual(0xff, 255)
                self.assertTrue(0o377 > 0)
                self.assertEqual(--2, 2)
                self.assertEqual(-0x10, -16)
                self.assertNotEqual(r"\u0020", " ")
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
    { name: 'canonical forms: parentheses, operands in either order, literal-vs-literal comparisons', code: py`
        import unittest

        def test_total(cart):
            assert ((1 == 1))
            assert (True)
            assert 2 > 1
            assert "a" != "b"

        class TestX(unittest.TestCase):
            def test_b(self):
                self.assertEqual((1), (1))
                self.assertNotEqual(1, 2)
                self.assertTrue((3 >= 3))
                self.assertLess(1, 2)
      `, errors: [
        { line: 4, message: 'This assertion compares `1` with itself: it can never fail, so it checks nothing.' },
        { line: 5, message: 'This assertion asserts the constant `True`: it can never fail, so it checks nothing.' },
        { line: 6, message: 'This assertion compares two literals (`2 > 1`): it can never fail, so it checks nothing.' },
        { line: 7, message: 'This assertion compares two literals (`"a" != "b"`): it can never fail, so it checks nothing.' },
        { line: 11, message: 'This assertion compares `1` with itself: it can never fail, so it checks nothing.' },
        { line: 12, message: 'This assertion compares two literals (`1 != 2`): it can never fail, so it checks nothing.' },
        { line: 13, message: 'This assertion compares `3` with itself: it can never fail, so it checks nothing.' },
        { line: 14, message: 'This assertion compares two literals (`1 < 2`): it can never fail, so it checks nothing.' },
      ] },
    { name: 'a parenthesised message in a test about comparison is still the tuple bug', code: py`
        def test_eq(a, b):
            assert (a == b, "a equals b")
      `, errors: [
        { line: 2, message: /asserts a tuple, which is always true/ },
      ] },
  ],
});
