import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { DEFAULT_INCLUDE } from '../analyzer/config.js';
import { discoverTestFiles, filesChangedSince, filesFromList } from '../analyzer/discover.js';
import { InputError } from '../src/lib/errors.js';
import { tempTree } from './helpers/tmp.js';

const opts = { include: DEFAULT_INCLUDE, exclude: [] };

describe('discoverTestFiles', () => {
  test("pytest's python_files plus conftest.py, sorted; skips hidden dirs, venvs and build output", async () => {
    const root = tempTree({
      'tests/test_b.py': '',
      'tests/a_test.py': '',
      'tests/conftest.py': '',
      'tests/helpers.py': '',
      'tests/tests.py': '',
      'test_root.py': '',
      '.hidden/test_x.py': '',
      'node_modules/pkg/test_x.py': '',
      'build/test_x.py': '',
      'src/__pycache__/test_x.py': '',
      'env1/pyvenv.cfg': '',
      'env1/lib/test_x.py': '',
      'Tests/Z/test_é.py': '',
    });
    mkdirSync(join(root, 'tests/test_dir.py'));
    expect(await discoverTestFiles(root, opts)).toEqual(['Tests/Z/test_é.py', 'test_root.py', 'tests/a_test.py', 'tests/conftest.py', 'tests/test_b.py']);
  });

  test('symlinks: followed inside the root, never out of it, never in a loop', async () => {
    const outside = tempTree({ 'test_outside.py': '' });
    const root = tempTree({ 'real/test_a.py': '' });
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    symlinkSync(root, join(root, 'real', 'loop'));
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(root, 'missing'), join(root, 'dangling'));
    const found = await discoverTestFiles(root, opts);
    expect(found).toContain('real/test_a.py');
    expect(found.some((p) => p.includes('outside'))).toBe(false);
    expect(found.length).toBeLessThanOrEqual(2);
  });

  test('include and exclude globs', async () => {
    const root = tempTree({ 'a/test_1.py': '', 'b/test_2.py': '', 'b/check_3.py': '' });
    expect(await discoverTestFiles(root, { include: ['**/check_*.py', '**/test_*.py'], exclude: ['a/**'] })).toEqual(['b/check_3.py', 'b/test_2.py']);
  });
});

describe('filesFromList', () => {
  test('exactly the listed files, relative to the root', async () => {
    const root = tempTree({ 'x/test_a.py': '', 'x/util.py': '', 'list.txt': '# created this session\nx/util.py\n\n./x/test_a.py\nx/test_a.py\n' });
    expect(await filesFromList(root, join(root, 'list.txt'))).toEqual(['x/test_a.py', 'x/util.py']);
  });
  test('missing files and paths outside the root are errors naming the line', async () => {
    const root = tempTree({ 'list.txt': 'nope.py\n../etc/passwd\n' });
    const err = await filesFromList(root, join(root, 'list.txt')).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/list\.txt:1: "nope\.py" does not exist/);
    expect(err.message).toMatch(/list\.txt:2: "\.\.\/etc\/passwd" is outside/);
  });
});

describe('filesChangedSince', () => {
  const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, ...args], { stdio: 'pipe' });
  test('added, modified and untracked test files since a ref', async () => {
    const root = tempTree({ 'tests/test_old.py': 'x = 1\n', 'tests/test_same.py': '' });
    git(root, 'init', '-q');
    git(root, '-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'base');
    git(root, 'add', '.');
    git(root, '-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '-m', 'one');
    writeFileSync(join(root, 'tests/test_old.py'), 'x = 2\n');
    writeFileSync(join(root, 'tests/test_new.py'), '');
    writeFileSync(join(root, 'tests/notes.txt'), '');
    expect(await filesChangedSince(root, 'HEAD', opts)).toEqual(['tests/test_new.py', 'tests/test_old.py']);
    expect(await filesChangedSince(root, 'HEAD~1', opts)).toEqual(['tests/test_new.py', 'tests/test_old.py', 'tests/test_same.py']);
    await expect(filesChangedSince(root, 'no-such-ref', opts)).rejects.toThrow(/--changed-since no-such-ref: unknown git revision/);
  });
});
