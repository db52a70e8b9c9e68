import { expect, test } from 'vitest';
import { auditWithJunit, case_, junitXml } from '../helpers/junit.js';

test('failing-test: a failed or errored test is reported at its definition; passing ones are not', async () => {
  const { audit } = await auditWithJunit(
    junitXml(
      case_('tests.integration.test_orders.TestOrders', 'test_create', 2, '<error message="fixture db failed"/>'),
      case_('tests.integration.test_orders.TestOrders', 'test_list[1]', 2),
      case_('tests.integration.test_orders.TestOrders', 'test_list[2]', 2, '<failure message="x"/>'),
      case_('tests.unit.test_math', 'test_add', 0.01),
    ),
  );
  const found = audit.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'failing-test').map((x) => [f.path, x.line, x.message, x.test]));
  expect(found).toEqual([
    ['tests/integration/test_orders.py', 8, '`test_create` errored in the test run.', 'TestOrders::test_create'],
    ['tests/integration/test_orders.py', 12, '`test_list` failed in the test run (2 cases).', 'TestOrders::test_list'],
  ]);
  const orders = audit.files.find((f) => f.path === 'tests/integration/test_orders.py')!;
  expect(orders.penalties.find((p) => p.ruleId === 'failing-test')).toEqual({ ruleId: 'failing-test', findings: 2, points: 20 });
  expect(audit.summary.findingsByRule['failing-test']!.findings).toBe(2);
});
