import { describe, expect, test } from 'vitest';
import rule from '../../analyzer/rules/raises-too-broad.js';
import { findingsOf, py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'specific exceptions, match=, inspected exceptions, assertRaisesRegex', code: py`
        import pytest, unittest

        def test_withdraw(account):
            with pytest.raises(InsufficientFunds):
                account.withdraw(1_000_000)
            with pytest.raises(Exception, match="balance"):
                account.withdraw(1_000_000)
            with pytest.raises(Exception) as exc_info:
                account.withdraw(1_000_000)
            assert exc_info.type is InsufficientFunds

        class TestAccount(unittest.TestCase):
            def test_withdraw(self):
                with self.assertRaises(ValueError):
                    Account().withdraw(-1)
                with self.assertRaisesRegex(Exception, "balance"):
                    Account().withdraw(10 ** 9)
      ` },
    { name: 'a dotted name ending in Exception is the class it resolves to, not the builtin (pytest.fail.Exception)', code: py`
        import pytest

        def test_failing_helper():
            with pytest.raises(pytest.fail.Exception):
                check_or_fail(False)
      ` },
    { name: 'an imported class named Exception, under an alias, is not the builtin', code: py`
        from pytest import raises
        from shop.errors import Exception as ShopError

        def test_refund_twice(shop):
            with raises(ShopError):
                shop.refund("o-1")
      ` },
  ],
  invalid: [
    { name: 'raises imported from pytest under its own name, and builtins.Exception', code: py`
        import builtins
        from pytest import raises

        def test_refund_twice(shop):
            with raises(builtins.Exception):
                shop.refund("o-1")
      `, errors: [{ line: 5, message: /`raises\(builtins.Exception\)` without `match=`/ }] },
    { name: 'pytest.raises(Exception) and a tuple with BaseException', code: py`
        import pytest

        def test_withdraw_too_much(account):
            with pytest.raises(Exception):
                account.withdraw(1_000_000)
            pytest.raises((KeyError, BaseException), account.get, "x")
      `, errors: [
        { line: 4, column: 10, message: '`pytest.raises(Exception)` without `match=` passes on any error, including a typo in the test; name the expected exception or add `match=`.' },
        { line: 6, message: '`pytest.raises((KeyError, BaseException))` without `match=` passes on any error, including a typo in the test; name the expected exception or add `match=`.' },
      ] },
    { name: 'unittest assertRaises(Exception), and a configured broad class', options: { exceptions: ['Exception', 'ValueError'] }, code: py`
        import unittest

        class TestAccount(unittest.TestCase):
            def test_withdraw(self):
                with self.assertRaises(Exception):
                    Account().withdraw(-1)
                self.assertRaises(ValueError, Account().withdraw, -1)
      `, errors: [
        { line: 5, message: '`self.assertRaises(Exception)` passes on any error, including a typo in the test; name the expected exception or use `assertRaisesRegex`.' },
        { line: 7, message: '`self.assertRaises(ValueError)` passes on any error, including a typo in the test; name the expected exception or use `assertRaisesRegex`.' },
      ] },
  ],
});

describe('raises-too-broad honours the linter waivers it duplicates', () => {
  test('`# noqa: B017`, `# noqa: PT011` and a bare `# noqa` waive the finding on their line; other codes do not', () => {
    const found = findingsOf(rule, py`
      import pytest

      def test_withdraw_too_much(account):
          with pytest.raises(Exception):  # noqa: B017
              account.withdraw(1)
          with pytest.raises(Exception):  # noqa: PT011
              account.withdraw(2)
          with pytest.raises(Exception):  # noqa
              account.withdraw(3)
          with pytest.raises(Exception):  # noqa: E501
              account.withdraw(4)
          with pytest.raises(Exception):
              account.withdraw(5)
    `);
    expect(found.map((f) => [f.line, f.suppressed ?? false])).toEqual([[4, true], [6, true], [8, true], [10, false], [12, false]]);
  });
});
