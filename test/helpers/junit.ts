/** A tiny suite audited with JUnit results, for the runtime rules' tests. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audit } from '../../src/lib/schema.js';
import { runCli, type CliResult } from './cli.js';
import { tempTree } from './tmp.js';

export const SUITE = {
  'tests/integration/test_orders.py': [
    '"""Orders against the real database."""',
    'import pytest',
    '',
    'pytestmark = pytest.mark.integration',
    '',
    '',
    'class TestOrders:',
    '    def test_create(self, db):',
    '        assert db.create("o-1")',
    '',
    '    @pytest.mark.parametrize("n", [1, 2])',
    '    def test_list(self, db, n):',
    '        assert len(db.list(n)) == n',
    '',
    '',
    'def test_health(db):  # testaudit: ignore[e2e-too-fast]',
    '    assert db.ping()',
    '',
  ].join('\n'),
  'tests/unit/test_math.py': ['"""Unit."""', 'import pytest', '', 'pytestmark = pytest.mark.unit', '', '', 'def test_add():', '    assert 1 + 1 == 2', ''].join('\n'),
};

export const case_ = (classname: string, name: string, time: number, body = '') => `<testcase classname="${classname}" name="${name}" time="${time}">${body}</testcase>`;
export const junitXml = (...cases: string[]) => `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="${cases.length}">${cases.join('')}</testsuite></testsuites>`;

/** Audit SUITE with one JUnit report; returns the CLI result and the audit. */
export async function auditWithJunit(xml: string, extra: string[] = []): Promise<{ r: CliResult; audit: Audit }> {
  const root = tempTree(SUITE);
  writeFileSync(join(root, 'results.xml'), xml);
  const out = join(root, 'content');
  const r = await runCli(['audit', root, '--out', out, '--id', 'run', '--quiet', '--no-cache', '--junit', join(root, 'results.xml'), ...extra], { cwd: root });
  const audit = JSON.parse(readFileSync(join(out, 'audits/run/audit.json'), 'utf8')) as Audit;
  return { r, audit };
}
