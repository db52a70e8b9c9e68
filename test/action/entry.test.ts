/**
 * The GitHub Action: its entry script run as the runner runs it — inputs as INPUT_<NAME> environment
 * variables, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY files — against examples/, with the CLI of this
 * checkout (TESTAUDIT_BIN) instead of the npm release.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
// @ts-expect-error: plain JavaScript without types, so that the action runs without a build.
import { auditArgs } from '../../action/entry.mjs';
import { tempTree } from '../helpers/tmp.js';

const run = promisify(execFile);

test('inputs become testaudit arguments', () => {
  const env = { 'INPUT_ROOT': 'tests', 'INPUT_FAIL-ON': 'new-errors warnings', 'INPUT_CHANGED-SINCE': 'origin/main', 'INPUT_PRESET': '', 'INPUT_ARGS': '--no-cache', GITHUB_STEP_SUMMARY: '/tmp/s' };
  expect(auditArgs(env)).toEqual(['audit', 'tests', '--out', 'content', '--changed-since', 'origin/main', '--fail-on', 'new-errors', '--fail-on', 'warnings', '--format', 'github', '--github-summary', '--no-cache']);
});

test('the entry script audits, annotates within GitHub\'s limits, fails the gate and sets the outputs', async () => {
  const dir = tempTree();
  const outputs = join(dir, 'github-output');
  const summary = join(dir, 'step-summary.md');
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    TESTAUDIT_BIN: join(PACKAGE_ROOT, 'bin/testaudit.js'),
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_ROOT': join(PACKAGE_ROOT, 'examples'),
    'INPUT_ARCHIVE': join(dir, 'content'),
    'INPUT_FAIL-ON': 'errors',
    'INPUT_NAME': 'examples',
    'INPUT_ARGS': '--no-cache --no-compare',
  };
  const result = await run(process.execPath, [join(PACKAGE_ROOT, 'action/entry.mjs')], { cwd: dir, env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  expect(result.code).toBe(1); // examples/ has errors: the fail-on gate fails the step
  const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
  for (const kind of ['error', 'warning', 'notice']) expect(annotations.filter((l) => l.startsWith(`::${kind} `)).length).toBeLessThanOrEqual(10);
  expect(annotations.at(-1)).toMatch(/^::notice title=testaudit::… and \d+ more in the report/);

  const out = Object.fromEntries(readFileSync(outputs, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const audit = JSON.parse(readFileSync(out['audit-path']!, 'utf8'));
  expect(out).toMatchObject({ grade: audit.summary.grade, score: String(audit.summary.score), files: '24', errors: String(audit.summary.findingsBySeverity.error) });
  expect(Number(out['errors'])).toBeGreaterThan(0);
  expect(readFileSync(summary, 'utf8')).toContain('## Executive summary');
});
