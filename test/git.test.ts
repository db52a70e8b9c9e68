/** Git facts recorded in an audit: never a credential, never a path on the auditor's machine. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicRemoteUrl, sourceInfo } from '../analyzer/git.js';
import { tempTree } from './helpers/tmp.js';

describe('publicRemoteUrl', () => {
  test.each([
    ['https://github.com/acme/shop.git', 'https://github.com/acme/shop.git'],
    ['https://user:token@github.com/acme/shop.git', 'https://github.com/acme/shop.git'],
    ['ssh://git@gitlab.example.com:2222/acme/shop.git', 'ssh://gitlab.example.com:2222/acme/shop.git'],
    ['git@github.com:acme/shop.git', 'git@github.com:acme/shop.git'],
  ])('keeps the network remote %s', (url, expected) => {
    expect(publicRemoteUrl(url)).toBe(expected);
  });

  test.each(['/home/me/src/shop', '../shop', './shop', 'shop', 'file:///home/me/src/shop', 'C:\\src\\shop', 'C:/src/shop'])('drops the local path %s', (url) => {
    expect(publicRemoteUrl(url)).toBeNull();
  });
});

test('a clone of a local folder records no remote', async () => {
  const origin = tempTree({ 'tests/test_a.py': 'def test_a():\n    assert 1\n' });
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'pipe' });
  git(origin, 'init', '-q');
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'init');
  const clone = join(tempTree(), 'clone');
  git(origin, 'clone', '-q', origin, clone);
  const info = await sourceInfo(clone);
  expect(info?.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(info?.remoteUrl).toBeNull();
});
