import { expect, test } from 'vitest';
import { auditWithJunit, case_, junitXml } from '../helpers/junit.js';

test('skipped-in-category: a skipped integration test is reported; a skipped unit test is not', async () => {
  const { audit } = await auditWithJunit(
    junitXml(
      case_('tests.integration.test_orders.TestOrders', 'test_create', 0, '<skipped message="no database"/>'),
      case_('tests.integration.test_orders.TestOrders', 'test_list[1]', 2),
      case_('tests.unit.test_math', 'test_add', 0, '<skipped/>'),
    ),
  );
  const found = audit.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'skipped-in-category').map((x) => [f.path, x.line, x.message]));
  expect(found).toEqual([['tests/integration/test_orders.py', 8, '`test_create` was skipped in the test run; this integration path went untested.']]);
});
