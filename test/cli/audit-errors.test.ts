/**
 * Bad input: one clear line naming the file or option (exit 2), and nothing written. Existing
 * archives are never overwritten without --force.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const suite = () =>
  tempTree({
    'tests/unit/test_a.py': '"""Unit tests."""\nimport pytest\n\npytestmark = pytest.mark.unit\n\ndef test_a():\n    assert 1 + 1 == 2\n',
  });

describe('bad input → exit 2, one line, nothing written', () => {
  const cases: Array<[string, Record<string, string>, string[], RegExp]> = [
    ['an impossible date', {}, ['--date', '2026-13-01'], /^testaudit: --date 2026-13-01: expected a date as YYYY-MM-DD\.\n$/],
    ['a day that does not exist', {}, ['--date', '2026-02-30'], /--date 2026-02-30: expected a date/],
    ['a missing root', {}, ['ROOT/nope'], /nope: not a directory; pass the folder of the test suite/],
    ['an unknown config key', { 'cfg.json': '{"rulez": {}}' }, ['--config', 'CFG'], /cfg\.json: unknown key "rulez"/],
    ['an unknown rule id', { 'cfg.json': '{"rules": {"max-lines": "off"}}' }, ['--config', 'CFG'], /cfg\.json: rules\.max-lines: unknown rule id "max-lines" \(did you mean "max-file-lines"\?\)/],
    ['a bad rule option', { 'cfg.json': '{"rules": {"max-file-lines": {"options": {"max": "x"}}}}' }, ['--config', 'CFG'], /cfg\.json: rules\.max-file-lines\.options\.max: .*expected number/],
    ['an unknown rule option', { 'cfg.json': '{"rules": {"max-file-lines": {"options": {"maxx": 3}}}}' }, ['--config', 'CFG'], /cfg\.json: rules\.max-file-lines\.options.*maxx/],
    ['invalid JSON', { 'cfg.json': '{' }, ['--config', 'CFG'], /cfg\.json: not valid JSON/],
    ['a missing config file', {}, ['--config', 'ROOT/none.json'], /none\.json: /],
    ['a missing --files-from list', {}, ['--files-from', 'ROOT/list.txt'], /--files-from .*list\.txt: cannot read the list/],
    ['--jobs 0', {}, ['--jobs', '0'], /--jobs expects a whole number ≥ 1/],
    ['an unsafe --id', {}, ['--id', '../escape'], /--id \.\.\/escape: use letters, digits/],
    ['an unknown preset', {}, ['--preset', 'strict'], /--preset <name>' argument 'strict' is invalid/],
    ['both selections', { 'list.txt': 'tests/unit/test_a.py\n' }, ['--files-from', 'ROOT/list.txt', '--changed-since', 'HEAD'], /pass one of them/],
  ];
  test.each(cases)('%s', async (_name, extra, args, message) => {
    const root = suite();
    const configDir = tempTree(extra);
    const out = join(configDir, 'content');
    const argv = args.map((a) => a.replace('CFG', join(configDir, 'cfg.json')).replace('ROOT/', `${root}/`));
    const positional = argv[0]?.startsWith(root) ? [] : [root];
    const r = await runCli(['audit', ...positional, ...argv, '--out', out, '--quiet'], { cwd: configDir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
    expect(existsSync(out)).toBe(false);
  });
});

describe('the archive', () => {
  test('a second audit on the same date gets <date>-2 and leaves the first untouched', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    const first = await runCli(['audit', root, '--out', out, '--date', '2026-03-04', '--quiet'], { cwd: root });
    expect(first.code).toBe(0);
    const firstJson = readFileSync(join(out, 'audits/2026-03-04/audit.json'), 'utf8');
    const second = await runCli(['audit', root, '--out', out, '--date', '2026-03-04', '--json'], { cwd: root });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).id).toBe('2026-03-04-2');
    expect(readdirSync(join(out, 'audits')).sort()).toEqual(['2026-03-04', '2026-03-04-2']);
    expect(readFileSync(join(out, 'audits/2026-03-04/audit.json'), 'utf8')).toBe(firstJson);
  });

  test('--id of an existing audit fails without --force and replaces it with --force', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    expect((await runCli(['audit', root, '--out', out, '--id', 'baseline', '--quiet'], { cwd: root })).code).toBe(0);
    const again = await runCli(['audit', root, '--out', out, '--id', 'baseline', '--quiet'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/baseline already exists; choose another id, or pass --force to replace it/);
    const forced = await runCli(['audit', root, '--out', out, '--id', 'baseline', '--force', '--json'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).id).toBe('baseline');
    expect(readdirSync(join(out, 'audits'))).toEqual(['baseline']);
  });

  test('no temporary files are left beside the audit', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    await runCli(['audit', root, '--out', out, '--date', '2026-03-04', '--quiet'], { cwd: root });
    expect(readdirSync(join(out, 'audits/2026-03-04'))).not.toContain(expect.stringMatching(/\.tmp$/));
  });
});
