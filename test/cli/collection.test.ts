/**
 * Collecting as pytest collects, end to end: the suite's pytest configuration chooses the files
 * (python_files, testpaths, norecursedirs, conftest collect_ignore), is recorded in audit.json, and
 * an audit that collects nothing stops with exit 2 and archives nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Audit } from '../../src/lib/schema.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const T = 'def test_a():\n    assert 1 + 1 == 2\n';

async function audit(root: string, ...args: string[]): Promise<{ code: number; stderr: string; audit: Audit | null; out: string }> {
  const out = join(tempTree(), 'content');
  const r = await runCli(['audit', root, '--out', out, '--date', '2026-03-04', '--no-cache', '--no-report', '--quiet', ...args], { cwd: root });
  const file = join(out, 'audits/2026-03-04/audit.json');
  return { code: r.code, stderr: r.stderr, audit: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Audit) : null, out };
}
const paths = (a: Audit | null) => a!.files.map((f) => f.path);

describe('the files pytest collects', () => {
  const pyprojectSuite = () =>
    tempTree({
      'pyproject.toml': [
        '[tool.pytest.ini_options]',
        'python_files = ["check_*.py", "testing/python/*.py"]',
        'python_classes = ["Check", "Test"]',
        'python_functions = ["check_", "test"]',
        'testpaths = ["testing"]',
        'norecursedirs = ["testing/example_scripts", "fixtures"]',
        '',
      ].join('\n'),
      // Tests named test_* so that the count does not depend on python_functions (counted elsewhere).
      'testing/check_api.py': T,
      'testing/test_default_name.py': T,
      'testing/python/approx.py': T,
      'testing/example_scripts/check_data.py': 'def check_data():\n    assert 1\n',
      'testing/unit/fixtures/check_fixture.py': 'def check_f():\n    assert 1\n',
      'testing/conftest.py': 'collect_ignore = ["check_ignored.py"]\ncollect_ignore_glob = ["gen_*/*"]\n',
      'testing/check_ignored.py': 'def check_i():\n    assert 1\n',
      'testing/gen_1/check_gen.py': 'def check_g():\n    assert 1\n',
      'docs/check_outside_testpaths.py': 'def check_d():\n    assert 1\n',
    });

  test('python_files, testpaths, norecursedirs (basename and path patterns) and collect_ignore(_glob), recorded in audit.json', async () => {
    const root = pyprojectSuite();
    const r = await audit(root);
    expect(r.stderr).toBe('');
    expect(paths(r.audit)).toEqual(['testing/check_api.py', 'testing/conftest.py', 'testing/python/approx.py']);
    expect(r.audit!.audit.collection).toMatchObject({
      source: 'pytest-config',
      rootdir: '.',
      configFile: 'pyproject.toml',
      configSection: '[tool.pytest.ini_options]',
      pythonFiles: ['check_*.py', 'testing/python/*.py'],
      pythonClasses: ['Check', 'Test'],
      pythonFunctions: ['check_', 'test'],
      testpaths: ['testing'],
      testpathsIgnored: [],
      norecursedirs: ['testing/example_scripts', 'fixtures'],
      conftests: ['testing'],
      collectIgnore: ['testing/check_ignored.py', 'testing/gen_*/*'],
    });
    expect(r.audit!.audit.scope.include).toEqual(['**/check_*.py', 'testing/python/*.py', '**/conftest.py']);
  });

  test('audited below the rootdir: the config above applies, its testpaths do not (and the record says so)', async () => {
    const root = pyprojectSuite();
    const r = await audit(join(root, 'testing'));
    expect(paths(r.audit)).toEqual(['check_api.py', 'conftest.py', 'python/approx.py']);
    expect(r.audit!.audit.collection).toMatchObject({ rootdir: '..', configFile: '../pyproject.toml', testpaths: [], testpathsIgnored: ['testing'] });
  });

  test('--no-pytest-config: pytest\'s defaults; --include replaces python_files; --pytest-config reads another file', async () => {
    const root = pyprojectSuite();
    const off = await audit(root, '--no-pytest-config');
    expect(paths(off.audit)).toEqual(['testing/conftest.py', 'testing/test_default_name.py']);
    expect(off.audit!.audit.collection).toMatchObject({ source: 'disabled', configFile: null, pythonFiles: ['test_*.py', '*_test.py'] });
    const include = await audit(root, '--include', '**/check_api.py', '--include', 'docs/*.py');
    // testpaths still apply: docs/ is outside them.
    expect(paths(include.audit)).toEqual(['testing/check_api.py']);
    const other = tempTree({ 'ci.ini': '[pytest]\npython_files = test_*.py\n' });
    const explicit = await audit(root, '--pytest-config', join(other, 'ci.ini'));
    expect(explicit.audit!.audit.collection).toMatchObject({ configSection: '[pytest]', pythonFiles: ['test_*.py'], testpathsIgnored: [] });
  });

  test('pytest.ini wins over pyproject.toml; the header names the file', async () => {
    const root = tempTree({ 'pytest.ini': '[pytest]\npython_files = spec_*.py\n', 'pyproject.toml': '[tool.pytest.ini_options]\npython_files = ["test_*.py"]\n', 'spec_a.py': T, 'test_b.py': T });
    const r = await audit(root);
    expect(paths(r.audit)).toEqual(['spec_a.py']);
    expect(r.audit!.audit.collection?.configFile).toBe('pytest.ini');
  });

  test('markers a conftest registers, and those of an in-root plugin it names, count as registered under --strict-markers', async () => {
    const root = tempTree({
      'tox.ini': '[pytest]\naddopts = --strict-markers\nmarkers =\n    slow: takes minutes\n',
      'tests/conftest.py': 'pytest_plugins = ["tests.plugins.marks"]\n\ndef pytest_configure(config):\n    config.addinivalue_line("markers", "smoke: on every deploy")\n',
      'tests/__init__.py': '',
      'tests/plugins/__init__.py': '',
      'tests/plugins/marks.py': 'def pytest_configure(config):\n    config.addinivalue_line("markers", "nightly: once a day")\n',
      'tests/test_a.py': 'import pytest\n\n@pytest.mark.slow\n@pytest.mark.smoke\n@pytest.mark.nightly\n@pytest.mark.typo\ndef test_a():\n    assert 1\n',
    });
    const r = await audit(root);
    expect(r.audit!.audit.collection?.markers).toEqual(['nightly', 'slow', 'smoke']);
    const found = r.audit!.files.find((f) => f.path === 'tests/test_a.py')!.findings.filter((f) => f.ruleId === 'unregistered-marker');
    expect(found.map((f) => [f.line, f.severity])).toEqual([[6, 'error']]);
    expect(found[0]!.message).toMatch(/`typo` is not registered, and `tox.ini` turns on strict markers/);
  });

  test('module-name-clash: both modules of a shared name in folders without __init__.py', async () => {
    const root = tempTree({ 'a/test_same.py': T, 'b/test_same.py': T, 'c/__init__.py': '', 'c/test_other.py': T });
    const r = await audit(root);
    const clash = r.audit!.files.filter((f) => f.findings.some((x) => x.ruleId === 'module-name-clash')).map((f) => f.path);
    expect(clash).toEqual(['a/test_same.py', 'b/test_same.py']);
    expect(r.audit!.files.find((f) => f.path === 'a/test_same.py')!.grade).not.toBe('A+');
  });
});

describe('an audit that collects nothing: exit 2, nothing archived, gates never pass', () => {
  test('an empty folder', async () => {
    const root = tempTree({ 'README.md': 'nothing here\n' });
    const r = await audit(root, '--fail-under', '95', '--fail-on', 'errors');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^testaudit: No test files to audit below .*: none matches python_files test_\*\.py \*_test\.py \(per pytest's defaults \(no pytest configuration found\)\)\./);
    expect(existsSync(r.out)).toBe(false);
  });

  test('an --include that matches nothing names the patterns and the config file', async () => {
    const root = tempTree({ 'setup.cfg': '[tool:pytest]\ntestpaths = tests\n', 'tests/test_a.py': T });
    const r = await audit(root, '--include', '**/nope_*.py', '--fail-under', '50');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none matches --include \*\*\/nope_\*\.py under testpaths tests \(per pytest configuration setup\.cfg \[tool:pytest\]\)/);
    expect(existsSync(r.out)).toBe(false);
  });

  test('files but no test in them (only a conftest)', async () => {
    const root = tempTree({ 'tests/conftest.py': 'import pytest\n' });
    const r = await audit(root, '--fail-on', 'errors');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No tests in the 1 file selected below/);
    expect(existsSync(r.out)).toBe(false);
  });

  test('--changed-since with no changed test file', async () => {
    const root = tempTree({ 'tests/test_a.py': T, 'README.md': 'x\n' });
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'init');
    const r = await audit(root, '--changed-since', 'HEAD');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed-since HEAD: no test file changed below/);
    expect(existsSync(r.out)).toBe(false);
  });
});
