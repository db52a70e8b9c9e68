/**
 * An audited root inside a git repository: every output that points into the repository — the
 * report's evidence links, the site's source links, SARIF, GitHub annotations — names the same
 * path from the repository's top, whether or not `--name` renames the suite.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { githubAnnotations } from '../../src/formats/github.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import { toSarif } from '../../src/lib/sarif.js';
import type { Audit } from '../../src/lib/schema.js';
import { repoPath, repoPathPrefix, sourceUrl } from '../../src/lib/source.js';
import { runCli } from '../helpers/cli.js';
import { tempTree, writeTree } from '../helpers/tmp.js';

const REMOTE = 'https://github.com/acme/shop';
// A test without an assertion: at least one finding to link to.
const TEST_X = '"""Unit tests."""\n\n\ndef test_x():\n    value = 1 + 1\n';

function repo(files: Record<string, string>): { top: string; commit: string } {
  const top = tempTree(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: top, stdio: 'pipe' }).toString().trim();
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', `${REMOTE}.git`);
  git('add', '-A');
  git('commit', '-qm', 'base');
  return { top, commit: git('rev-parse', 'HEAD') };
}

async function auditOf(root: string, extra: string[]): Promise<{ audit: Audit; report: string; github: string }> {
  // The report links evidence for errors: make the finding one.
  const work = tempTree({ 'cfg.json': '{"rules": {"unknown-test": "error"}}' });
  const out = join(work, 'content');
  const r = await runCli(['audit', root, '--config', join(work, 'cfg.json'), '--out', out, '--date', '2026-03-04', '--id', 'a', '--no-cache', '--quiet', '--format', 'github', ...extra], { cwd: work });
  expect(r.stderr).toBe('');
  const dir = join(out, 'audits', 'a');
  return { audit: parseAudit(JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')), 'a'), report: readFileSync(join(dir, 'report.md'), 'utf8'), github: r.stdout };
}

describe('links into the repository from an audited subfolder', () => {
  const blobPath = 'sub/dir/tests/test_x.py';

  test.each([
    ['without --name', []],
    ['with --name', ['--name', 'shop tests']],
  ])('%s: report, site, SARIF and GitHub annotations all name sub/dir/tests/test_x.py', async (_label, name) => {
    const { top, commit } = repo({ 'sub/dir/tests/test_x.py': TEST_X, 'README.md': 'shop\n' });
    const { audit, report, github } = await auditOf(join(top, 'sub', 'dir'), name);
    expect(audit.audit.source).toMatchObject({ commit, remoteUrl: `${REMOTE}.git`, path: 'sub/dir' });
    const finding = audit.files.find((f) => f.path === 'tests/test_x.py')!.findings[0]!;
    expect(finding).toBeDefined();
    const blob = `${REMOTE}/blob/${commit}/${blobPath}`;

    // The report's evidence links.
    expect(report).toContain(`${blob}#L`);
    expect(report).not.toMatch(new RegExp(`/blob/${commit}/(?!${blobPath})`));
    // The site's source link (the file page) and the one function under every output.
    expect(sourceUrl(audit, 'tests/test_x.py')).toBe(blob);
    expect(sourceUrl(audit, 'tests/test_x.py', finding.line)).toBe(`${blob}#L${finding.line}`);
    expect(repoPath(audit, 'tests/test_x.py')).toBe(blobPath);
    // SARIF, as code scanning resolves it from the repository's top.
    const sarif = toSarif(audit) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual([blobPath]);
    // GitHub annotations, from the library and from the CLI's --format github.
    expect(githubAnnotations(audit)).toContain(`file=${blobPath},`);
    expect(github).toContain(`file=${blobPath},`);
    expect(github).not.toMatch(/file=(?!sub\/dir\/)/);
  });

  test('an audit written before source.path keeps reading the subfolder from its display name', async () => {
    const { top } = repo({ 'sub/dir/tests/test_x.py': TEST_X });
    const { audit } = await auditOf(join(top, 'sub', 'dir'), []);
    const { path: _recorded, ...older } = audit.audit.source!;
    const old: Audit = { ...audit, audit: { ...audit.audit, source: older } };
    expect(old.audit.scope.root).toMatch(/\/sub\/dir$/);
    expect(repoPathPrefix(old)).toBe('sub/dir');
  });

  test('at the top of the repository the paths need no prefix', async () => {
    const { top, commit } = repo({ 'tests/test_x.py': TEST_X });
    const { audit } = await auditOf(top, ['--name', 'shop/tests']);
    expect(audit.audit.source?.path).toBe('');
    expect(sourceUrl(audit, 'tests/test_x.py', 4)).toBe(`${REMOTE}/blob/${commit}/tests/test_x.py#L4`);
  });

  test('a root the repository ignores records no source, so nothing links into a repository without it', async () => {
    // As CPython's test/ inside a pyenv clone, whose versions/ folder is git-ignored.
    const { top } = repo({ '.gitignore': '/versions\n', 'README.md': 'tool\n' });
    writeTree(top, { 'versions/3.12/test/test_x.py': TEST_X });
    const { audit, report } = await auditOf(join(top, 'versions', '3.12', 'test'), ['--no-gitignore']);
    expect(audit.audit.source).toBeUndefined();
    expect(sourceUrl(audit, 'test_x.py')).toBeNull();
    expect(report).not.toContain('/blob/');
  });
});
