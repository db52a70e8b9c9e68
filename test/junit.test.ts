/** JUnit XML: parsing the common producers, matching cases to audited tests, and bad input. */
import { describe, expect, test } from 'vitest';
import { parseJunit } from '../src/lib/junit.js';
import { auditWithJunit, case_, junitXml } from './helpers/junit.js';

describe('parseJunit', () => {
  test('pytest (xunit2), with failures, errors and skips', () => {
    const cases = parseJunit(
      junitXml(case_('tests.a.TestX', 'test_y[1-2]', 0.5, '<failure message="boom">trace</failure>'), case_('tests.a', 'test_z', 0.1, '<skipped message="no db"/>'), case_('tests.a', 'test_e', 0, '<error message="fixture"/>'), case_('tests.a', 'test_ok', 0.2)),
      'r.xml',
    );
    expect(cases.map((c) => [c.classname, c.name, c.outcome, c.time])).toEqual([
      ['tests.a.TestX', 'test_y[1-2]', 'failed', 0.5],
      ['tests.a', 'test_z', 'skipped', 0.1],
      ['tests.a', 'test_e', 'error', 0],
      ['tests.a', 'test_ok', 'passed', 0.2],
    ]);
  });

  test('unittest-xml-reporting (a bare <testsuite>, file attributes) and xdist-merged reports', () => {
    const unittest = parseJunit('<testsuite name="x" tests="1"><testcase classname="test_a.TestX" name="test_y" file="tests/test_a.py" line="3" time="0.001"/></testsuite>', 'u.xml');
    expect(unittest).toEqual([{ classname: 'test_a.TestX', name: 'test_y', file: 'tests/test_a.py', time: 0.001, outcome: 'passed' }]);
    const xdist = parseJunit('<testsuites><testsuite name="gw0">' + case_('t.a', 'test_1', 1) + '</testsuite><testsuite name="gw1">' + case_('t.a', 'test_2', 2) + '</testsuite></testsuites>', 'x.xml');
    expect(xdist.map((c) => c.name)).toEqual(['test_1', 'test_2']);
  });

  test.each([
    ['<testsuites><testsuite><testcase name="a"></testsuite>', /^bad\.xml:1: not well-formed XML \(Expected closing tag 'testcase'/],
    ['<html><body/></html>', /^bad\.xml: no <testsuites> or <testsuite> element; is this a JUnit XML report\?$/],
  ])('malformed input is a clear error: %s', (xml, message) => {
    expect(() => parseJunit(xml, 'bad.xml')).toThrow(message);
  });
});

describe('audit --junit', () => {
  test('cases match audited tests (parametrized ids collapse onto their function); the rest are listed', async () => {
    const { r, audit } = await auditWithJunit(
      junitXml(
        case_('tests.integration.test_orders.TestOrders', 'test_create', 2.5),
        case_('tests.integration.test_orders.TestOrders', 'test_list[1]', 1.5),
        case_('tests.integration.test_orders.TestOrders', 'test_list[2]', 1.25, '<failure message="assert 1 == 2"/>'),
        case_('tests.integration.test_orders', 'test_health', 0.004),
        case_('tests.unit.test_math', 'test_add', 0.001),
        case_('tests.unit.test_gone', 'test_removed', 0.1),
      ),
    );
    expect(r.code).toBe(0);
    expect(audit.runs).toMatchObject({ reports: ['results.xml'], cases: 6, passed: 5, failed: 1, errors: 0, skipped: 0, matchedTests: 4, unmatchedTotal: 1 });
    expect(audit.runs!.unmatched).toEqual([{ classname: 'tests.unit.test_gone', name: 'test_removed', file: null, outcome: 'passed' }]);
    const orders = audit.files.find((f) => f.path === 'tests/integration/test_orders.py')!;
    expect(orders.testDetails.find((t) => t.name === 'test_list')!.run).toEqual({ outcome: 'failed', duration: 2.75, cases: 2, fastest: 1.5 });
  });

  test('rootdir differences: classnames with a longer or shorter prefix than the audited paths still match', async () => {
    const { audit } = await auditWithJunit(junitXml(case_('repo.tests.unit.test_math', 'test_add', 0.01), case_('integration.test_orders.TestOrders', 'test_create', 2)));
    expect(audit.runs).toMatchObject({ matchedTests: 2, unmatchedTotal: 0 });
  });

  test('a malformed report: one clear line, exit 2, and the audit is still written without run results', async () => {
    const { r, audit } = await auditWithJunit('<testsuites><testsuite>');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^testaudit: .*results\.xml:1: not well-formed XML .* The audit was written without test-run results\.\n$/);
    expect(audit.runs).toBeUndefined();
    expect(audit.files).toHaveLength(2);
  });
});
