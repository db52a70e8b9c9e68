import rule from '../../analyzer/rules/e2e-auth.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const E2E = 'tests/e2e/test_checkout.py';

ruleTester(rule, {
  valid: [
    { name: 'the helper class', path: E2E, code: py`
        from test_framework.ssot.e2e_auth_helper import E2EAuthHelper
        async def test_a(): pass
      ` },
    { name: 'the helper module', path: E2E, code: 'import test_framework.ssot.e2e_auth_helper\ndef test_a(): pass\n' },
    { name: 'not an e2e module', path: 'tests/integration/test_x.py', code: 'def test_a(): pass\n' },
  ],
  invalid: [
    { name: 'forged auth', path: E2E, code: py`
        import requests

        def test_checkout():
            requests.post("/checkout", headers={"Authorization": "Bearer fake"})
      `, errors: [{ line: 3, severity: 'error', message: 'The e2e module does not use an approved auth helper (`E2EAuthHelper`, `E2EWebSocketAuthHelper`, `test_framework.ssot.e2e_auth_helper`).' }] },
  ],
});
