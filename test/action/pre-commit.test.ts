/** The pre-commit hook: the staged files pre-commit passes, audited as the hook runs them. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { tempTree } from '../helpers/tmp.js';

const run = promisify(execFile);
const hook = (cwd: string, ...args: string[]) =>
  run(process.execPath, [join(PACKAGE_ROOT, 'bin/testaudit-pre-commit.js'), ...args], { cwd }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const repo = () =>
  tempTree({
    'tests/integration/test_orders.py': '"""Orders."""\nfrom unittest.mock import patch\n\n\ndef test_total():\n    with patch("x"):\n        assert 1\n',
    'tests/unit/test_prices.py': '"""Prices."""\nimport pytest\n\npytestmark = pytest.mark.unit\n\n\ndef test_price():\n    assert 1 + 1 == 2\n',
  });

test('.pre-commit-hooks.yaml runs the package\'s hook binary on test files', () => {
  const yaml = readFileSync(join(PACKAGE_ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  const entry = /^\s*entry:\s*(\S+)/m.exec(yaml)![1]!;
  expect(pkg.bin[entry]).toBe('bin/testaudit-pre-commit.js');
  const files = new RegExp(/^\s*files:\s*(\S+)/m.exec(yaml)![1]!);
  expect(['tests/test_a.py', 'tests/conftest.py', 'a/b_test.py'].filter((f) => files.test(f))).toHaveLength(3);
  expect(files.test('src/shop/orders.py')).toBe(false);
});

test('a staged file with an error fails the commit and says where', async () => {
  const r = await hook(repo(), '--preset', 'real-services', 'tests/integration/test_orders.py', 'tests/unit/test_prices.py');
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^tests\/integration\/test_orders\.py:2:1: no-mocks-in-integration /m);
  expect(r.stderr).toContain('gate failed: fail-on=new-errors');
});

test('staged files without errors pass; no files, nothing to do', async () => {
  const dir = repo();
  expect((await hook(dir, '--preset', 'real-services', 'tests/unit/test_prices.py')).code).toBe(0);
  expect((await hook(dir)).code).toBe(0);
});
