import { describe, expect, test } from 'vitest';
import rule from '../../analyzer/rules/no-mocks-in-integration.js';
import { findingsOf, py, ruleTester } from '../helpers/rule-tester.js';

const INTEGRATION = 'svc/tests/integration/test_orders.py';

ruleTester(rule, {
  valid: [
    { name: 'real services only', path: INTEGRATION, code: py`
        def test_order_saved(db):
            db.save({"id": 1})
            assert db.get(1)
      ` },
    { name: 'HTTP PATCH on a client is not a mock', path: INTEGRATION, code: py`
        def test_update(client):
            resp = client.patch("/orders/1", json={"qty": 2})
            assert resp.status_code == 200
      ` },
    { name: 'mocks are fine in unit tests', path: 'svc/tests/unit/test_orders.py', code: py`
        from unittest.mock import patch
        def test_x():
            with patch("a.b"):
                pass
      ` },
    { name: 'a variable named like a library is not an import', path: INTEGRATION, code: py`
        import mockingbird
        def test_bird():
            assert mockingbird.sing()
      ` },
    { name: 'a name imported from a non-mock library is not a mock, whatever it is called', path: INTEGRATION, code: py`
        from httpx import patch

        def test_update(server):
            assert patch(server.url + "/orders/1").status_code == 200
      ` },
  ],
  invalid: [
    { name: 'an assert_* call on a mock checks it; only its construction is reported (no category: no category word)', path: 'tests/test_hooks.py', categories: null, code: py`
        def test_hook_called():
            with patch("pdb.set_trace") as mock:
                breakpoint()
                mock.assert_called_once_with()
      `, errors: [{ line: 2, message: 'Calls the mock constructor `patch(…)`.' }] },
    { name: 'after `import unittest.mock`, the rest of unittest is not a mock (TestLoader, skipUnless, SkipTest, main)', path: INTEGRATION, code: py`
        import unittest
        import unittest.mock as um

        @unittest.skipUnless(has_db(), "needs the database")
        class TestOrders(unittest.TestCase):
            def test_saved(self):
                if not self.db:
                    raise unittest.SkipTest("no database")
                suite = unittest.TestLoader().loadTestsFromTestCase(Other)
                self.assertTrue(suite.countTestCases())

        if __name__ == "__main__":
            unittest.main()
      `, errors: [{ line: 2, message: 'Imports the mock library `unittest.mock` in this integration test module.' }] },
    { name: 'after `import unittest.mock`, unittest.mock.patch is a mock and the import is mock use', path: INTEGRATION, code: py`
        import unittest.mock

        class TestOrders(unittest.TestCase):
            def test_saved(self):
                with unittest.mock.patch("app.db.save"):
                    unittest.main()
      `, errors: [
        { line: 1, message: 'Imports the mock library `unittest.mock` in this integration test module.' },
        { line: 5, message: 'Calls the mock constructor `unittest.mock.patch(…)`.' },
      ] },
    { name: 'import, decorator and call sites are each evidence', path: INTEGRATION, code: py`
        from unittest.mock import patch, MagicMock

        @patch("app.mail.send")
        def test_order_mails(send):
            client = MagicMock()
            assert client
      `, errors: [
        { line: 1, message: 'Imports the mock library `unittest.mock (patch, MagicMock)` in this integration test module.', severity: 'error' },
        { line: 3, message: 'Calls the mock constructor `patch(…)`.', test: 'test_order_mails' },
        { line: 5, message: 'Calls the mock constructor `MagicMock(…)`.', test: 'test_order_mails' },
      ] },
    { name: 'calls count even when the import was commented out', path: 'svc/tests/e2e/test_checkout.py', code: py`
        # from unittest.mock import patch
        def test_checkout():
            with patch.object(Gateway, "charge"):
                assert True
      `, errors: [{ line: 3, message: 'Calls the mock constructor `patch.object(…)`.' }] },
    { name: 'the mocker fixture and its helpers', path: INTEGRATION, code: py`
        def test_retry(mocker):
            mocker.patch("app.net.get")
            assert True
      `, errors: [
        { line: 1, message: '`test_retry` requests the `mocker` fixture (pytest-mock).' },
        { line: 2, message: 'Calls the mock constructor `mocker.patch(…)`.' },
      ] },
    { name: 'module aliases and mock.X(...)', path: INTEGRATION, code: py`
        from unittest import mock as m
        import mock

        def test_a():
            m.patch.dict("os.environ", {})
            mock.call(1)
      `, errors: [
        { line: 1, message: 'Imports the mock library `unittest (mock)` in this integration test module.' },
        { line: 2, message: 'Imports the mock library `mock` in this integration test module.' },
        { line: 5, message: 'Calls the mock constructor `m.patch.dict(…)`.' },
        { line: 6, message: 'Calls the mock constructor `mock.call(…)`.' },
      ] },
    { name: 'a mocker-using fixture in conftest', path: 'svc/tests/integration/conftest.py', code: py`
        import pytest

        @pytest.fixture
        def fake_gateway(mocker):
            return mocker.MagicMock()
      `, errors: [
        { line: 4, message: '`fake_gateway` requests the `mocker` fixture (pytest-mock).' },
        { line: 5, message: 'Calls the mock constructor `mocker.MagicMock(…)`.' },
      ] },
  ],
});

describe('a linter waiver does not silence a standard the linter does not know', () => {
  test('a bare `# noqa` leaves no-mocks-in-integration findings unsuppressed (the rule has no linter codes)', () => {
    const found = findingsOf(rule, py`
      from unittest.mock import patch  # noqa

      def test_login():
          with patch("app.auth.verify"):  # noqa: B017
              assert True
    `, { path: INTEGRATION });
    expect(found.map((f) => [f.line, f.suppressed ?? false])).toEqual([[1, false], [4, false]]);
  });
});
