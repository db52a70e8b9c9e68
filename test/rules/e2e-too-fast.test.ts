import { expect, test } from 'vitest';
import { auditWithJunit, case_, junitXml } from '../helpers/junit.js';

test('e2e-too-fast: an integration test passing in milliseconds is reported; slow ones, unit tests and suppressed lines are not', async () => {
  const { audit } = await auditWithJunit(
    junitXml(
      case_('tests.integration.test_orders.TestOrders', 'test_create', 0.012),
      case_('tests.integration.test_orders.TestOrders', 'test_list[1]', 1.5),
      case_('tests.integration.test_orders.TestOrders', 'test_list[2]', 2),
      case_('tests.integration.test_orders', 'test_health', 0.002),
      case_('tests.unit.test_math', 'test_add', 0.001),
    ),
  );
  const found = audit.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'e2e-too-fast').map((x) => [x.line, x.message, Boolean(x.suppressed)]));
  expect(found).toEqual([
    [8, '`test_create` passed in 12 ms, under 1 s: an integration test this fast probably never reached a real service.', false],
    [16, '`test_health` passed in 2 ms, under 1 s: an integration test this fast probably never reached a real service.', true],
  ]);
});
