/** Audits that compare themselves: diff on edited copies of examples/, comparison, gates. */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../analyzer/version.js';
import { diffAudits } from '../src/lib/diff.js';
import { parseAudit } from '../src/lib/read-audit.js';
import type { Audit } from '../src/lib/schema.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

let root: string;
let out: string;
let before: Audit;
let after: Audit;

const read = (id: string): Audit => parseAudit(JSON.parse(readFileSync(join(out, 'audits', id, 'audit.json'), 'utf8')), id);
const edit = (path: string, fn: (text: string) => string) => writeFileSync(join(root, path), fn(readFileSync(join(root, path), 'utf8')));

beforeAll(async () => {
  root = join(tempTree(), 'examples');
  cpSync(join(PACKAGE_ROOT, 'examples'), root, { recursive: true });
  rmSync(join(root, '.testaudit-cache'), { recursive: true, force: true });
  out = join(tempTree(), 'content');
  expect((await runCli(['audit', root, '--out', out, '--date', '2026-01-15', '--quiet'], { cwd: root })).code).toBe(0);
  // Moved lines: three blank lines above everything in a file with findings.
  edit('auth_service/tests/unit/test_password_hashing.py', (t) => `\n\n\n${t}`);
  // A renamed file, content unchanged.
  renameSync(join(root, 'auth_service/tests/integration/test_login_flow_mocked.py'), join(root, 'auth_service/tests/integration/test_login_flow.py'));
  // A fixed finding: the relative import becomes absolute.
  edit('auth_service/tests/unit/test_password_hashing.py', (t) => t.replace('from .helpers import weak_passwords', 'from auth_service.tests.unit.helpers import weak_passwords'));
  // A new finding (an error): a mock in a clean integration module.
  edit('netra_backend/tests/integration/database/test_session_lifecycle.py', (t) => t.replace('import pytest\n', 'import pytest\nfrom unittest.mock import patch\n'));
  expect((await runCli(['audit', root, '--out', out, '--date', '2026-02-15', '--quiet'], { cwd: root })).code).toBe(0);
  before = read('2026-01-15');
  after = read('2026-02-15');
});

describe('diff', () => {
  test('classifies moved, renamed, fixed and new findings', () => {
    const d = diffAudits(before, after);
    expect(d.files.renamed).toEqual([{ from: 'auth_service/tests/integration/test_login_flow_mocked.py', to: 'auth_service/tests/integration/test_login_flow.py' }]);
    expect(d.files.added).toEqual([]);
    expect(d.files.removed).toEqual([]);
    expect(d.findings.new.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['no-mocks-in-integration netra_backend/tests/integration/database/test_session_lifecycle.py:12']);
    expect(d.findings.fixed.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['absolute-imports auth_service/tests/unit/test_password_hashing.py:5']);
    const total = (a: Audit) => a.files.reduce((s, f) => s + f.findings.filter((x) => !x.suppressed).length, 0);
    expect(d.findings.persisting).toBe(total(after) - 1);
    expect(d.configChanged).toBe(false);
  });

  test('the new audit records the comparison and marks its new findings', () => {
    expect(after.comparison).toMatchObject({ previous: { id: '2026-01-15' }, newFindings: 1, fixedFindings: 1, newErrorsTotal: 1, filesRenamed: [{ to: 'auth_service/tests/integration/test_login_flow.py' }] });
    const marked = after.files.flatMap((f) => f.findings.filter((x) => x.new).map((x) => `${f.path}:${x.line}`));
    expect(marked).toEqual(['netra_backend/tests/integration/database/test_session_lifecycle.py:12']);
    expect(before.comparison).toBeUndefined();
  });

  test('the report says what changed since the previous audit', () => {
    const report = readFileSync(join(out, 'audits/2026-02-15/report.md'), 'utf8');
    expect(report).toContain('## Since 2026-01-15\n');
    expect(report).toContain('1 new finding, 1 fixed finding');
    expect(report).toMatch(/- `netra_backend\/tests\/integration\/database\/test_session_lifecycle\.py` line 12: Imports the mock library/);
  });

  test('testaudit diff compares the two newest audits, in Markdown or JSON', async () => {
    const md = await runCli(['diff', '--content', out], { cwd: root });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Audit 2026-01-15 → 2026-02-15\n/);
    expect(md.stdout).toContain('1 new finding, 1 fixed');
    expect(md.stdout).toContain('Renamed (1): `auth_service/tests/integration/test_login_flow_mocked.py` → `auth_service/tests/integration/test_login_flow.py`');
    const json = await runCli(['diff', join(out, 'audits/2026-01-15'), join(out, 'audits/2026-02-15'), '--json'], { cwd: root });
    expect(JSON.parse(json.stdout).findings.new).toHaveLength(1);
  });

  test('a change of standards is named, so it is not mistaken for a code change', async () => {
    writeFileSync(join(root, 'strict.json'), JSON.stringify({ extends: 'real-services', rules: { 'max-file-lines': { options: { max: 500, errorAbove: 1000 } } } }));
    await runCli(['audit', root, '--out', out, '--date', '2026-03-15', '--config', join(root, 'strict.json'), '--quiet'], { cwd: root });
    const c = read('2026-03-15').comparison!;
    expect(c.configChanged).toBe(true);
    expect(c.ruleChanges).toContainEqual({ ruleId: 'max-file-lines', change: 'max 750 → 500' });
    expect(c.ruleChanges).toContainEqual({ ruleId: 'max-file-lines', change: 'errorAbove 1,500 → 1,000' });
  });

  test('the terminal summary says what changed since the previous audit', async () => {
    const r = await runCli(['audit', root, '--out', out, '--date', '2026-03-16', '--config', join(root, 'strict.json'), '--no-report'], { cwd: root });
    expect(r.stdout).toMatch(/^Since 2026-03-15: grade [A-F][+-]? unchanged, 0 new and 0 fixed findings\.$/m);
  });
});

describe('gates', () => {
  const suite = () => tempTree({ 'tests/integration/test_a.py': '"""Integration."""\nfrom unittest.mock import patch\n\n\ndef test_a():\n    assert patch\n' });
  const gate = async (...args: string[]) => {
    const dir = suite();
    return runCli(['audit', dir, '--out', join(dir, 'content'), '--quiet', '--preset', 'real-services', ...args], { cwd: dir });
  };

  test('a passing gate exits 0 and is recorded', async () => {
    const r = await gate('--fail-under', '50', '--json');
    expect(r.code).toBe(0);
  });

  test.each([
    [['--fail-under', 'A'], /^testaudit: gate failed: fail-under=A: score [\d.]+ \([A-F][+-]?\) is below A \(93\) by [\d.]+\n$/],
    [['--fail-under', '99.5'], /^testaudit: gate failed: fail-under=99\.5: score [\d.]+ .* is below 99\.5 by/],
    [['--fail-on', 'errors'], /^testaudit: gate failed: fail-on=errors: 1 errors\n$/],
    [['--fail-on', 'warnings'], /^testaudit: gate failed: fail-on=warnings: \d+ errors and warnings\n$/],
    [['--fail-on', 'new-errors'], /^testaudit: gate failed: fail-on=new-errors: 1 new error \(with no previous audit to compare with, every error counts as new\)\n$/],
    [['--max-findings', 'no-mocks-in-integration=0'], /^testaudit: gate failed: max-findings=no-mocks-in-integration=0: no-mocks-in-integration: 1 finding, at most 0 allowed \(1 over\)\n$/],
  ])('%s fails with exit 1 and says by how much', async (args, message) => {
    const r = await gate(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  test('gates are recorded in the JSON and the report status line', async () => {
    const dir = suite();
    const r = await runCli(['audit', dir, '--out', join(dir, 'content'), '--id', 'g', '--quiet', '--preset', 'real-services', '--fail-on', 'errors', '--fail-under', '10'], { cwd: dir });
    expect(r.code).toBe(1);
    const audit = JSON.parse(readFileSync(join(dir, 'content/audits/g/audit.json'), 'utf8'));
    expect(audit.gates.map((g: { id: string; passed: boolean }) => [g.id, g.passed])).toEqual([
      ['fail-under=10', true],
      ['fail-on=errors', false],
    ]);
    expect(readFileSync(join(dir, 'content/audits/g/report.md'), 'utf8')).toContain('**Status:** Not ready: a gate failed: fail-on=errors (1 errors).');
  });

  test.each([
    [['--fail-under', 'Z'], /--fail-under expects a score from 0 to 100 or a grade/],
    [['--fail-on', 'everything'], /--fail-on expects one of new-errors, errors, warnings/],
    [['--max-findings', 'nope'], /--max-findings expects RULE=N/],
    [['--max-findings', 'no-such-rule=1'], /unknown rule id "no-such-rule"/],
  ])('bad gate %s is a usage error (exit 2)', async (args, message) => {
    const r = await gate(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('baseline', () => {
  test('accepted debt is not new; a file that gets worse fails the ratchet; --update-baseline prunes', async () => {
    const dir = tempTree({
      'tests/integration/test_a.py': '"""Integration."""\nimport pytest\nfrom unittest.mock import patch\n\npytestmark = pytest.mark.integration\n\n\ndef test_a():\n    assert patch\n',
      'tests/integration/test_b.py': '"""Integration."""\nimport os\nimport pytest\n\npytestmark = pytest.mark.integration\n\n\ndef test_b():\n    assert os.environ\n',
    });
    const out = join(dir, 'content');
    const read = (id: string): Audit => parseAudit(JSON.parse(readFileSync(join(out, 'audits', id, 'audit.json'), 'utf8')), id);
    const audit = (id: string, ...extra: string[]) => runCli(['audit', dir, '--out', out, '--id', id, '--quiet', '--preset', 'real-services', '--no-compare', ...extra], { cwd: dir });
    expect((await audit('one')).code).toBe(0);
    const made = await runCli(['baseline', join(out, 'audits/one'), '--out', join(dir, 'baseline.json')], { cwd: dir });
    expect(made.stdout).toMatch(/^Accepted \d+ findings in 2 files from one: baseline\.json\n$/);

    // Unchanged: everything accepted, no new errors, the ratchet holds.
    const same = await audit('two', '--baseline', join(dir, 'baseline.json'), '--fail-on', 'new-errors');
    expect(same).toMatchObject({ code: 0, stderr: '' });
    const two = JSON.parse(readFileSync(join(out, 'audits/two/audit.json'), 'utf8'));
    expect(two.baseline).toMatchObject({ file: 'baseline.json', removable: 0, worse: [] });
    expect(two.gates.map((g: { id: string; passed: boolean }) => [g.id, g.passed])).toEqual([['baseline-ratchet', true], ['fail-on=new-errors', true]]);

    // test_a gets worse (another mock), test_b is fixed.
    writeFileSync(join(dir, 'tests/integration/test_a.py'), readFileSync(join(dir, 'tests/integration/test_a.py'), 'utf8') + '\n\ndef test_c():\n    assert patch("x")\n');
    writeFileSync(join(dir, 'tests/integration/test_b.py'), '"""Integration."""\nimport pytest\n\npytestmark = pytest.mark.integration\n\n\ndef test_b():\n    assert isinstance(pytest.mark, object)\n');
    const worse = await audit('three', '--baseline', join(dir, 'baseline.json'), '--fail-on', 'new-errors', '--update-baseline');
    expect(worse.code).toBe(1);
    expect(worse.stderr).toMatch(/^testaudit: gate failed: baseline-ratchet: 1 baselined file got worse: tests\/integration\/test_a\.py \(\d+ → \d+\)\n/);
    expect(worse.stderr).toMatch(/gate failed: fail-on=new-errors: 1 new error \(not accepted by baseline\.json\)/);
    const three = JSON.parse(readFileSync(join(out, 'audits/three/audit.json'), 'utf8'));
    expect(three.baseline.removable).toBeGreaterThan(0);
    const pruned = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    const one = read('one');
    const countIn = (path: string) => one.files.find((f) => f.path === path)!.findings.length;
    // Only the fixed os.environ entries of test_b are pruned; test_a keeps all it accepted.
    expect(pruned.files['tests/integration/test_b.py'].findings).toBe(countIn('tests/integration/test_b.py') - three.baseline.removable);
    expect(pruned.files['tests/integration/test_a.py'].findings).toBe(countIn('tests/integration/test_a.py'));
  });

  test('a damaged baseline is an error naming the file', async () => {
    const dir = tempTree({ 'tests/test_a.py': 'def test_a():\n    assert 1\n', 'bad.json': '{"version": 2}' });
    const r = await runCli(['audit', dir, '--out', join(dir, 'content'), '--baseline', join(dir, 'bad.json'), '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: version/);
    expect((await runCli(['audit', dir, '--out', join(dir, 'c2'), '--update-baseline', '--quiet'], { cwd: dir })).stderr).toMatch(/--update-baseline needs --baseline FILE/);
  });
});
