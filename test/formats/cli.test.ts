/** `testaudit audit --format … --output-file … --statistics` as a user runs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const suite = {
  'tests/integration/test_orders.py': '"""Orders."""\nfrom unittest.mock import patch\n\n\ndef test_total():\n    with patch("x"):\n        assert 1\n',
  'tests/unit/test_prices.py': 'from ..helpers import money\n\n\ndef test_price():\n    assert money(1) == 1\n',
};
const audit = (dir: string, ...args: string[]) =>
  runCli(['audit', 'suite', '--out', join(dir, 'content'), '--preset', 'real-services', '--no-cache', '--no-compare', '--no-report', '--date', '2026-03-01', ...args], { cwd: dir });

test('concise findings are paths from the current directory, clickable in a terminal or editor', async () => {
  const dir = tempTree(Object.fromEntries(Object.entries(suite).map(([p, c]) => [`suite/${p}`, c])));
  const r = await audit(dir, '--format', 'concise');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^suite\/tests\/integration\/test_orders\.py:2:1: no-mocks-in-integration /m);
  for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^suite\/tests\/\S+\.py:\d+:\d+: [a-z-]+ /);
});

test('--output-file takes the format, the terminal keeps the summary; --statistics counts per rule', async () => {
  const dir = tempTree(Object.fromEntries(Object.entries(suite).map(([p, c]) => [`suite/${p}`, c])));
  const r = await audit(dir, '--format', 'gitlab', '--output-file', 'gl-code-quality.json', '--statistics');
  expect(r.code).toBe(0);
  const issues = JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8'));
  expect(issues.some((i: { check_name: string }) => i.check_name === 'no-mocks-in-integration')).toBe(true);
  expect(r.stdout).toMatch(/^\s*2 {2}no-mocks-in-integration {2,}error$/m);
  expect(r.stdout).not.toContain('::');
});

test('the old --format github still prints annotations', async () => {
  const dir = tempTree(Object.fromEntries(Object.entries(suite).map(([p, c]) => [`suite/${p}`, c])));
  const r = await audit(dir, '--format', 'github');
  expect(r.stdout).toMatch(/^::error file=suite\/tests\/integration\/test_orders\.py,line=2,/m);
});
