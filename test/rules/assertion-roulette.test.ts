import rule from '../../analyzer/rules/assertion-roulette.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'three unexplained asserts are within the default', code: py`
        def test_invoice(invoice):
            assert invoice.total == 30
            assert invoice.tax == 5
            assert invoice.currency == "EUR"
      ` },
    { name: 'asserts with messages do not count', code: py`
        def test_invoice(invoice):
            assert invoice.total == 30, "free shipping above 25"
            assert invoice.tax == 5, "VAT on goods only"
            assert invoice.currency == "EUR"
            assert invoice.lines == 2
            assert invoice.paid
      ` },
    { name: 'unittest msg positional and keyword; assertRaises and mock checks do not count', code: py`
        import unittest
        class TestInvoice(unittest.TestCase):
            def test_totals(self):
                self.assertEqual(total(), 30, "shipping")
                self.assertTrue(paid(), msg="paid")
                self.assertAlmostEqual(rate(), 0.2, 3, "rounded")
                self.assertIn("EUR", currencies())
                with self.assertRaises(ValueError):
                    total(-1)
                sender.assert_called_once_with("ann")
                self.assertIsNone(error())
      ` },
    { name: 'assertions in a nested helper are not the test body', code: py`
        def test_many():
            def check(x):
                assert x.a
                assert x.b
                assert x.c
                assert x.d
            check(make())
      ` },
    { name: 'max option', options: { max: 5 }, code: py`
        def test_x(v):
            assert v.a
            assert v.b
            assert v.c
            assert v.d
      ` },
  ],
  invalid: [
    { name: 'four unexplained pytest asserts', code: py`
        def test_invoice(invoice):
            assert invoice.total == 30
            assert invoice.tax == 5
            assert invoice.currency == "EUR"
            assert invoice.lines == 2
      `, errors: [{ line: 1, column: 5, message: 'Test `test_invoice` has 4 assertions without a message (more than 3): a failure does not say which expectation broke or why it matters.' }] },
    { name: 'unittest methods without msg', code: py`
        import unittest

        class TestInvoice(unittest.TestCase):
            def test_totals(self):
                self.assertEqual(total(), 30)
                self.assertTrue(paid())
                self.assertAlmostEqual(rate(), 0.2, 3)
                self.assertIn("EUR", currencies(), "listed")
                self.assertIsNone(error())
      `, errors: [{ line: 4, message: /^Test `TestInvoice::test_totals` has 4 assertions without a message/ }] },
    { name: 'strict literature threshold', options: { max: 1 }, code: py`
        def test_pair(p):
            assert p.left
            assert p.right
      `, errors: [{ line: 1, message: /has 2 assertions without a message \(more than 1\)/ }] },
  ],
});
