import rule from '../../analyzer/rules/approved-helpers.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

const INTEGRATION = 'svc/tests/integration/test_orders.py';

ruleTester(rule, {
  valid: [
    { name: 'imports the framework', path: INTEGRATION, code: py`
        from test_framework.ssot.base_integration_test import BaseIntegrationTest
        class TestOrders(BaseIntegrationTest):
            def test_a(self): pass
      ` },
    { name: 'from the prefix package itself', path: INTEGRATION, code: 'from test_framework import ssot\ndef test_a(): pass\n' },
    { name: 'a module without tests', path: INTEGRATION, code: 'import os\n' },
    { name: 'unit tests are out of scope', path: 'svc/tests/unit/test_x.py', code: 'def test_a(): pass\n' },
  ],
  invalid: [
    { name: 'no approved import', path: INTEGRATION, code: py`
        """Doc."""
        import requests
        from test_frameworks import x
        def test_a(): pass
      `, errors: [{ line: 2, message: 'The module imports nothing from the approved helpers (`test_framework`).' }] },
    { name: 'custom prefixes', path: 'svc/tests/e2e/test_x.py', options: { prefixes: ['qa.helpers', 'shared.testing'] }, code: 'def test_a(): pass\n', errors: [{ line: 1, message: 'The module imports nothing from the approved helpers (`qa.helpers`, `shared.testing`).' }] },
  ],
});
