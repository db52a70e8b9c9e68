import rule from '../../analyzer/rules/raises-too-broad.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

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
  ],
  invalid: [
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
