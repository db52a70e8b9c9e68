import rule from '../../analyzer/rules/empty-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a docstring of doctest examples', code: py`
        def test_list_commands():
            """Test the list command.

            >>> run_pdb(["list"])
            1  def f():
            """
      ` },
    { name: 'a test that does something', code: py`
        def test_refund(shop):
            """Refunding twice refunds once."""
            shop.refund("o-1")
      ` },
    { name: 'a skipped placeholder and non-test functions', code: py`
        import pytest, unittest

        @pytest.mark.skip(reason="todo")
        def test_later():
            pass

        def helper():
            pass

        class TestX(unittest.TestCase):
            def setUp(self):
                pass
            def test_a(self):
                self.assertTrue(ok())
      ` },
  ],
  invalid: [
    { name: 'pass, docstring, ellipsis and comments', code: py`
        def test_refund_is_idempotent():
            """Refunding twice refunds once."""
            pass

        def test_todo():
            # TODO
            ...
      `, errors: [
        { line: 1, column: 5, message: 'Test `test_refund_is_idempotent` is empty: it always passes and checks nothing.' },
        { line: 5, message: 'Test `test_todo` is empty: it always passes and checks nothing.' },
      ] },
    { name: 'unittest override of an inherited test', code: py`
        import unittest

        class TestPyImpl(BaseTests, unittest.TestCase):
            def test_c_only(self):
                pass
      `, errors: [{ line: 4, message: 'Test `TestPyImpl::test_c_only` is empty and always passes; if it disables an inherited test, skip it with a reason instead.' }] },
  ],
});
