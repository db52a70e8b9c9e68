/** `testaudit audit` end to end on small suites: selection, determinism, broken files, output. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAudit } from '../../src/lib/read-audit.js';
import { runCli } from '../helpers/cli.js';
import { tempTree, writeTree } from '../helpers/tmp.js';

const CLEAN = '"""Unit tests."""\nimport pytest\n\npytestmark = pytest.mark.unit\n\n\ndef test_a():\n    assert 1 + 1 == 2\n';

function suite() {
  return tempTree({
    // The suite registers the markers its modules use, as a suite under --strict-markers must.
    'pytest.ini': '[pytest]\nmarkers =\n    unit: fast tests\n    integration: real services\n',
    'tests/unit/test_clean.py': CLEAN,
    'tests/unit/test_relative.py': '"""Unit tests."""\nimport pytest\nfrom . import helpers\n\npytestmark = pytest.mark.unit\n\n\nclass TestThing:\n    def test_one(self):\n        assert helpers\n\n    def test_two(self):\n        assert helpers\n',
    'tests/unit/test_broken.py': '"""Unit tests."""\ndef test_x(:\n    pass\n',
    'tests/unit/test_binary.py': new Uint8Array([0x23, 0x00, 0x01, 0x02]),
    'tests/unit/helpers.py': 'def helper():\n    return 1\n',
    'tests/conftest.py': 'import pytest\n\n\n@pytest.fixture\ndef db():\n    yield None\n',
  });
}

const auditOf = (out: string, id: string) => parseAudit(JSON.parse(readFileSync(join(out, 'audits', id, 'audit.json'), 'utf8')), id);

describe('audit', () => {
  test('counts files, tests and findings; broken files are reported, not fatal', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    const r = await runCli(['audit', root, '--out', out, '--date', '2026-03-04', '--json'], { cwd: root });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ id: '2026-03-04', files: 5, tests: 3, statuses: { ok: 3, 'parse-error': 1, unreadable: 1 } });
    const audit = auditOf(out, '2026-03-04');
    expect(audit.files.map((f) => f.path)).toEqual([
      'tests/conftest.py',
      'tests/unit/test_binary.py',
      'tests/unit/test_broken.py',
      'tests/unit/test_clean.py',
      'tests/unit/test_relative.py',
    ]);
    const byPath = new Map(audit.files.map((f) => [f.path, f]));
    expect(byPath.get('tests/unit/test_clean.py')).toMatchObject({ score: 100, grade: 'A+', findings: [] });
    expect(byPath.get('tests/unit/test_broken.py')!.findings.map((f) => [f.ruleId, f.line])).toEqual([['parse-error', 2]]);
    expect(byPath.get('tests/unit/test_binary.py')!.findings.map((f) => f.ruleId)).toEqual(['unreadable']);
    const relative = byPath.get('tests/unit/test_relative.py')!.findings;
    expect(relative).toHaveLength(1);
    expect(relative[0]).toMatchObject({ ruleId: 'absolute-imports', line: 3, column: 1, snippet: { startLine: 1 } });
    expect(relative[0]!.snippet.lines[2]).toBe('from . import helpers');
  });

  test('same input and same --date give byte-identical JSON, whatever the number of workers', async () => {
    const root = suite();
    // Enough files that two jobs really use worker threads.
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`tests/integration/test_gen_${String(i).padStart(2, '0')}.py`] = i % 3 ? CLEAN : `import os\n${CLEAN}`;
    writeTree(root, many);
    const out = join(tempTree(), 'content');
    await runCli(['audit', root, '--out', out, '--id', 'one', '--date', '2026-03-04', '--jobs', '1', '--quiet', '--no-compare'], { cwd: root });
    await runCli(['audit', root, '--out', out, '--id', 'two', '--date', '2026-03-04', '--jobs', '2', '--quiet', '--no-compare'], { cwd: root });
    const one = readFileSync(join(out, 'audits/one/audit.json'), 'utf8').replace('"id": "one"', '"id": "X"');
    const two = readFileSync(join(out, 'audits/two/audit.json'), 'utf8').replace('"id": "two"', '"id": "X"');
    expect(two).toBe(one);
  });

  test('--files-from audits exactly the listed files, and names a missing one', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    writeFileSync(join(root, 'list.txt'), 'tests/unit/test_clean.py\n\ntests/unit/test_relative.py\n');
    const r = await runCli(['audit', root, '--out', out, '--files-from', join(root, 'list.txt'), '--date', '2026-03-04', '--json'], { cwd: root });
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 2, tests: 3 });
    expect(auditOf(out, '2026-03-04').audit.scope).toMatchObject({ selection: 'files-from' });
    writeFileSync(join(root, 'bad.txt'), 'tests/unit/test_gone.py\n');
    const bad = await runCli(['audit', root, '--out', out, '--files-from', join(root, 'bad.txt'), '--quiet'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.txt.*tests\/unit\/test_gone\.py/);
  });

  test('--changed-since audits files added or changed since a git revision, and records the commit', async () => {
    const root = suite();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: root, stdio: 'pipe' }).toString().trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(root, 'tests/unit/test_clean.py'), `${CLEAN}\n\ndef test_b():\n    assert 2 * 2 == 4\n`);
    writeFileSync(join(root, 'tests/unit/test_new.py'), CLEAN);
    git('add', 'tests/unit/test_clean.py');
    git('commit', '-qm', 'change');
    const out = join(tempTree(), 'content');
    const r = await runCli(['audit', root, '--out', out, '--changed-since', base, '--date', '2026-03-04', '--json'], { cwd: root });
    expect(r.code).toBe(0);
    const audit = auditOf(out, '2026-03-04');
    expect(audit.files.map((f) => f.path)).toEqual(['tests/unit/test_clean.py', 'tests/unit/test_new.py']);
    expect(audit.audit.scope).toMatchObject({ selection: 'changed-since', since: base });
    expect(audit.audit.source).toMatchObject({ commit: git('rev-parse', 'HEAD'), branch: 'main' });
  });

  test('a terminal gets a summary naming the grade and where the JSON went; a pipe gets no progress bar', async () => {
    const root = suite();
    const out = join(tempTree(), 'content');
    const r = await runCli(['audit', root, '--out', out, '--date', '2026-03-04'], { cwd: root });
    expect(r.stdout).toMatch(/^Audited 5 files \(\d+ lines, 3 tests\) in [\d.]+ s; 2 could not be parsed or read\.\n/);
    expect(r.stdout).toMatch(/Grade [A-F][+-]? \([\d.]+\/100\)/);
    expect(r.stdout).toMatch(/Written: .*audits\/2026-03-04\/audit\.json\n$/);
    expect(r.stderr).toBe('');
  });
});
