/** Where configuration comes from: pyproject.toml's [tool.testaudit], extends of files and packages, disagreeing sources, .gitignore. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readUserConfig } from '../analyzer/config-sources.js';
import { gitignoreFilter } from '../analyzer/gitignore.js';
import { loadConfig } from '../analyzer/run-audit.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const PYPROJECT = `[project]
name = "shop"

[tool.testaudit]
extends = "real-services"
title = "Shop tests"

[tool.testaudit.rules]
"max-file-lines" = { options = { max = 400 } }
"no-os-environ" = "off"
`;

const message = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('[tool.testaudit] in pyproject.toml', () => {
  test('is read when ROOT has no testaudit.config.json', async () => {
    const root = tempTree({ 'pyproject.toml': PYPROJECT });
    const { config, source } = await loadConfig(root, {});
    expect(source).toBe(`${join(root, 'pyproject.toml')} [tool.testaudit]`);
    expect(config.title).toBe('Shop tests');
    expect(config.rules.find((r) => r.id === 'max-file-lines')?.options).toMatchObject({ max: 400 });
    expect(config.rules.map((r) => r.id)).toContain('no-mocks-in-integration');
    expect(config.rules.map((r) => r.id)).not.toContain('no-os-environ');
  });

  test('a pyproject.toml without the table is no configuration; --config on one is an error', async () => {
    const root = tempTree({ 'pyproject.toml': '[project]\nname = "shop"\n' });
    expect((await readUserConfig(root)).user).toBeNull();
    expect(await message(readUserConfig(root, join(root, 'pyproject.toml')))).toBe(`${join(root, 'pyproject.toml')}: no [tool.testaudit] table in it.`);
  });

  test('invalid TOML and invalid settings name the file, the line and the key', async () => {
    const broken = tempTree({ 'pyproject.toml': '[tool.testaudit]\ntitle = \n' });
    expect(await message(readUserConfig(broken))).toMatch(/pyproject\.toml:2:\d+: not valid TOML/);
    const bad = tempTree({ 'pyproject.toml': '[tool.testaudit]\ntitel = "x"\n' });
    expect(await message(readUserConfig(bad))).toMatch(/pyproject\.toml \[tool\.testaudit\]: .*titel/);
  });
});

describe('two sources in ROOT', () => {
  test('that disagree are an error naming both files and the keys', async () => {
    const root = tempTree({ 'pyproject.toml': PYPROJECT, 'testaudit.config.json': JSON.stringify({ extends: 'recommended', title: 'Shop tests' }) });
    expect(await message(readUserConfig(root))).toBe(
      `${join(root, 'testaudit.config.json')} and ${join(root, 'pyproject.toml')} [tool.testaudit] both configure testaudit and disagree on "extends", "rules"; keep one of them (or choose one with --config).`,
    );
  });

  test('that agree are fine, and --config chooses without asking', async () => {
    const same = { extends: 'real-services', title: 'Shop tests', rules: { 'max-file-lines': { options: { max: 400 } }, 'no-os-environ': 'off' } };
    const root = tempTree({ 'pyproject.toml': PYPROJECT, 'testaudit.config.json': JSON.stringify(same) });
    expect((await readUserConfig(root)).user?.title).toBe('Shop tests');
    const other = tempTree({ 'pyproject.toml': PYPROJECT, 'testaudit.config.json': '{"title": "Other"}' });
    expect((await readUserConfig(other, join(other, 'testaudit.config.json'))).user?.title).toBe('Other');
  });
});

describe('extends', () => {
  test('a file relative to the one that names it: its settings first, then overridden per key and per rule', async () => {
    const root = tempTree({
      'shared/team.json': JSON.stringify({ extends: 'real-services', title: 'Team', assertionHelpers: ['check'], rules: { 'max-file-lines': { options: { max: 300 } }, 'no-os-environ': 'off' } }),
      'suite/testaudit.config.json': JSON.stringify({ extends: '../shared/team.json', title: 'Suite', rules: { 'max-file-lines': { severity: 'error' } } }),
    });
    const { config } = await loadConfig(join(root, 'suite'), {});
    expect(config.title).toBe('Suite');
    expect(config.rules.map((r) => r.id)).toContain('no-mocks-in-integration'); // the base's preset
    expect(config.rules.map((r) => r.id)).not.toContain('no-os-environ');
    // The rule setting of the extending file replaces the base's setting of that rule.
    expect(config.rules.find((r) => r.id === 'max-file-lines')?.severity).toBe('error');
  });

  test('a pyproject.toml extending an installed package\'s file', async () => {
    const root = tempTree({
      'node_modules/@acme/testaudit-config/package.json': JSON.stringify({ name: '@acme/testaudit-config', version: '1.0.0' }),
      'node_modules/@acme/testaudit-config/config.json': JSON.stringify({ extends: 'real-services', title: 'Acme' }),
      'pyproject.toml': '[tool.testaudit]\nextends = "@acme/testaudit-config/config.json"\n',
    });
    const { config } = await loadConfig(root, {});
    expect(config.title).toBe('Acme');
    expect(config.rules.map((r) => r.id)).toContain('e2e-auth');
  });

  test('a name that is no preset, file or package, and a circle, are errors', async () => {
    const root = tempTree({ 'testaudit.config.json': '{"extends": "real-servces"}' });
    expect(await message(readUserConfig(root))).toBe(
      `${join(root, 'testaudit.config.json')}: extends: "real-servces" is neither a preset (recommended, real-services), a file (start it with ./), nor an installed package's file.`,
    );
    const loop = tempTree({ 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./a.json"}' });
    expect(await message(readUserConfig(loop, join(loop, 'a.json')))).toMatch(/extends goes round in a circle \(a\.json → b\.json → a\.json\)/);
  });
});

describe('.gitignore', () => {
  const files = {
    '.gitignore': 'generated/\ntests/test_scratch_*.py\n',
    'tests/.gitignore': '!test_scratch_keep.py\n',
    'tests/test_a.py': 'def test_a():\n    assert 1\n',
    'tests/test_scratch_1.py': 'def test_s():\n    assert 1\n',
    'tests/test_scratch_keep.py': 'def test_k():\n    assert 1\n',
    'generated/test_gen.py': 'def test_g():\n    assert 1\n',
  };

  test('paths git ignores are left out; a deeper !pattern brings one back', async () => {
    const keep = await gitignoreFilter(tempTree(files));
    expect(['tests/test_a.py', 'tests/test_scratch_1.py', 'tests/test_scratch_keep.py', 'generated/test_gen.py'].filter(keep)).toEqual(['tests/test_a.py', 'tests/test_scratch_keep.py']);
  });

  test('the audit respects it by default; --no-gitignore audits everything', async () => {
    const root = tempTree(files);
    const run = (...args: string[]) => runCli(['audit', root, '--out', join(root, 'content'), '--no-cache', '--no-compare', '--no-report', '--json', '--force', '--id', 'x', ...args], { cwd: root });
    expect(JSON.parse((await run()).stdout).files).toBe(2);
    expect(JSON.parse((await run('--no-gitignore')).stdout).files).toBe(4);
  });

  test('the .gitignore files above ROOT count up to the checkout\'s top', async () => {
    const top = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'legacy/\n', 'suite/legacy/test_old.py': '', 'suite/test_new.py': '' });
    const keep = await gitignoreFilter(join(top, 'suite'));
    expect(['legacy/test_old.py', 'test_new.py'].filter(keep)).toEqual(['test_new.py']);
  });

  test('a ROOT that an enclosing .gitignore ignores is still audited when asked for (that .gitignore is not applied)', async () => {
    const top = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'generated/\n', 'generated/suite/.gitignore': 'test_b.py\n', 'generated/suite/test_a.py': '', 'generated/suite/test_b.py': '' });
    const keep = await gitignoreFilter(join(top, 'generated/suite'));
    expect(['test_a.py', 'test_b.py'].filter(keep)).toEqual(['test_a.py']);
  });
});
