import rule from '../../analyzer/rules/fixture-unused-parameter.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'parametrize names written as one string in parentheses', code: py`
        import pytest

        @pytest.mark.parametrize(("value,output"), (("abc", b"abc"), (b"abc", b"abc")))
        def test_multipart(value, output):
            assert post(value)
      ` },
    { name: 'parameters with a default value, and module-level functions taking self', code: py`
        class TestMailbox:
            def test_popitem(self, iterations=10):
                assert self.box.popitem()

        def testfunction_kw(self, *, kw):
            return self
      ` },
    { name: 'used fixtures, usefixtures, underscore names, side-effect fixtures, parametrize args', code: py`
        import pytest

        def test_total(cart, tmp_path):
            path = tmp_path / "x"
            assert cart.total(path) == 0

        @pytest.mark.usefixtures("clean_db")
        def test_empty(cart):
            assert not cart.items

        def test_side_effect(cart, _frozen_clock, db):
            assert cart.created

        @pytest.mark.parametrize("qty, expected", [(1, 2)])
        def test_qty(cart, qty, expected):
            assert cart.double(qty)
      ` },
    { name: 'decorators that inject arguments; unittest methods', code: py`
        import unittest
        from unittest import mock

        @mock.patch("app.send")
        def test_patched(send, cart):
            assert cart.checkout()

        class TestX(unittest.TestCase):
            def test_a(self, *args):
                self.assertTrue(run())
      ` },
    { name: 'generated parameters', code: py`
        def pytest_generate_tests(metafunc):
            metafunc.parametrize("size", [1, 2])

        def test_size(size, cart):
            assert cart
      ` },
  ],
  invalid: [
    { name: 'a pytest function with an unused fixture', code: py`
        def test_total(cart, tmp_path):
            assert cart.total() == 0
      `, errors: [{ line: 1, column: 22, message: 'Test `test_total` requests the fixture `tmp_path` but never uses it; remove it, or use `@pytest.mark.usefixtures("tmp_path")` if only its side effect is needed.' }] },
    { name: 'a pytest class method; an attribute of the same name is not a use', code: py`
        import pytest

        class TestCart:
            @pytest.mark.slow
            def test_total(self, cart, client: Client, monkeypatch):
                self.client = None
                monkeypatch.setenv("A", "1")
                assert cart.total() == 0
      `, errors: [{ line: 5, column: 32, message: /^Test `TestCart::test_total` requests the fixture `client` but never uses it/ }] },
  ],
});
