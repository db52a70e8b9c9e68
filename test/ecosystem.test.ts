/**
 * The ecosystem check. CI cannot reach the public suites, so its pure parts are tested on synthetic
 * data, and the runner end to end on tiny local suites: a folder registered with `path`, and a git
 * repository made here that stands in for a mirror.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkLabels,
  diffLines,
  diffSuite,
  labelLines,
  nextExpected,
  parseExpected,
  parseLabels,
  parseSuiteList,
  precisionLine,
  precisionLines,
  precisionTable,
  sampleFindings,
  serialiseExpected,
  summariseSuite,
  type Expected,
  type Label,
  type RunFinding,
  type SuiteRun,
} from '../ecosystem/check.js';
import { runEcosystem, type EcosystemOptions } from '../ecosystem/run.js';
import { ruleReferenceMarkdown } from '../analyzer/docs.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { tempTree, writeTree } from './helpers/tmp.js';

// Distinct fingerprints sit on distinct lines, so that matching by place never joins two of them.
const lineOf = (fingerprint: string): number => 1 + [...fingerprint].reduce((s, c, i) => s + c.charCodeAt(0) * (i + 1), 0);
const finding = (ruleId: string, fingerprint: string, path = 'tests/test_a.py', line = 1): RunFinding => ({ ruleId, path, line, message: `${ruleId} here`, fingerprint });
const run = (name: string, findings: RunFinding[]): SuiteRun => ({ name, version: 'abc', files: 2, findings });
const labelAt1 = (ruleId: string, suite: string, fingerprint: string, verdict: 'TP' | 'FP'): Label => ({ ruleId, suite, path: 'tests/test_a.py', line: 1, fingerprint, label: verdict, reason: 'because' });
const expectedOf = (...runs: SuiteRun[]): Expected => nextExpected(null, runs, {}, '0.0.0');

describe('suite list and labels', () => {
  test('the three suite kinds are accepted, the folder defaults to "."', () => {
    const suites = parseSuiteList(
      { suites: [{ name: 'a', repo: 'o/a', commit: 'a'.repeat(40) }, { name: 'b', python: '3.12', folder: 'test' }, { name: 'c', path: 'fixtures/c' }] },
      'suites.json',
    );
    expect(suites.map((s) => s.folder)).toEqual(['.', 'test', '.']);
  });

  test('a malformed suite list or a duplicate name is a ConfigurationError naming the file', () => {
    expect(() => parseSuiteList({ suites: [{ name: 'a', repo: 'o/a', commit: 'main' }] }, 'suites.json')).toThrow(ConfigurationError);
    expect(() => parseSuiteList({ suites: [{ name: 'a', repo: 'o/a', commit: 'main' }] }, 'suites.json')).toThrow(/suites\.json: /);
    expect(() => parseSuiteList({ suites: [{ name: 'a', path: 'x' }, { name: 'a', path: 'y' }] }, 'suites.json')).toThrow(/two suites are named "a"/);
  });

  test('label lines are parsed with their rule; a bad line names file:line; a finding labelled twice is refused', () => {
    const line = JSON.stringify({ suite: 's', path: 'p.py', line: 3, fingerprint: 'f1', label: 'TP', reason: 'r' });
    expect(parseLabels(`${line}\n\n`, 'rule-x', 'rule-x.jsonl')).toEqual([{ suite: 's', path: 'p.py', line: 3, fingerprint: 'f1', label: 'TP', reason: 'r', ruleId: 'rule-x' }]);
    expect(() => parseLabels(`${line}\n{"suite":"s"`, 'r', 'r.jsonl')).toThrow(/r\.jsonl:2: not valid JSON/);
    expect(() => parseLabels(line.replace('"TP"', '"?"'), 'r', 'r.jsonl')).toThrow(/r\.jsonl:1: label/);
    expect(() => parseLabels(`${line}\n${line}`, 'r', 'r.jsonl')).toThrow(/r\.jsonl:2: s f1 is labelled twice/);
  });
});

describe('diff against the summary', () => {
  test('new and vanished findings per rule, matched by fingerprint whatever the line', () => {
    const before = run('s', [finding('a', '1'), finding('a', '2'), finding('b', '3')]);
    const after = run('s', [finding('a', '1', 'tests/test_a.py', 40), finding('a', '4'), finding('c', '5')]);
    const diffs = diffSuite(summariseSuite(before), after, new Map([['3', finding('b', '3', 'tests/test_b.py', 7)]]));
    expect(diffs.map((d) => [d.ruleId, d.before, d.after, d.added.map((f) => f.fingerprint), d.vanished.map((v) => v.fingerprint)])).toEqual([
      ['a', 2, 2, ['4'], ['2']],
      ['b', 1, 0, [], ['3']],
      ['c', 0, 1, ['5'], []],
    ]);
    const lines = diffLines(after, diffs, true, true);
    expect(lines[0]).toBe('suite s (abc): 2 files, 3 findings, 2 new, 2 vanished');
    expect(lines).toContain('  a: 2 -> 2 (+1 new, -1 vanished)');
    expect(lines).toContain('    + s tests/test_a.py:1 a a here');
    expect(lines).toContain('    - s tests/test_b.py:7 b b here');
    expect(lines).toContain('    - s a 2 (not in the last local run)');
    expect(diffLines(after, diffs, true, false).some((l) => l.startsWith('    '))).toBe(false);
  });

  test('a suite without a summary entry has every finding new and says so', () => {
    const r = run('s', [finding('a', '1')]);
    expect(diffSuite(undefined, r)[0]!.added).toHaveLength(1);
    expect(diffLines(r, diffSuite(undefined, r), false, true)).toEqual(['suite s (abc): 2 files, 1 findings, no entry in expected.json yet (run --update)']);
  });
});

describe('labels and precision', () => {
  // Each finding on a line of its own, so that matching by place never joins two of them.
  const at = (ruleId: string, fingerprint: string): RunFinding => finding(ruleId, fingerprint, 'tests/test_a.py', lineOf(fingerprint));
  const label = (ruleId: string, suite: string, fingerprint: string, verdict: 'TP' | 'FP'): Label => ({ ...labelAt1(ruleId, suite, fingerprint, verdict), line: lineOf(fingerprint) });
  const now = [run('s', [at('r', 'kept-tp'), at('r', 'known-fp'), at('r', 'back-fp')]), run('t', [at('r', 'tp2'), at('q', 'other-rule')])];
  const expected = expectedOf(run('s', [finding('r', 'kept-tp'), finding('r', 'known-fp'), finding('r', 'lost-tp')]));
  const labels = [
    label('r', 's', 'kept-tp', 'TP'),
    label('r', 's', 'lost-tp', 'TP'),
    label('r', 's', 'known-fp', 'FP'),
    label('r', 's', 'fixed-fp', 'FP'),
    label('r', 's', 'back-fp', 'FP'),
    label('r', 't', 'tp2', 'TP'),
    // The same fingerprint under another rule is another finding.
    label('r', 't', 'other-rule', 'TP'),
    label('r', 'absent', 'x', 'TP'),
  ];
  const results = checkLabels(labels, now, expected);

  test('each label gets its status: kept, vanished, still reported, fixed, back, not checked', () => {
    expect(results.map((r) => r.status)).toEqual(['tp', 'lost', 'fp', 'fixed', 'back', 'tp', 'lost', 'not-checked']);
  });

  test('a finding attributed anew keeps its label by rule, file and line; a file no longer audited is not checked', () => {
    const moved = { ...label('r', 's', 'old-fp', 'TP'), line: 7 };
    const gone = { ...label('r', 's', 'x', 'TP'), path: 'examples/test_gone.py' };
    const r = { ...run('s', [finding('r', 'new-fp', 'tests/test_a.py', 7)]), paths: ['tests/test_a.py'] };
    const results = checkLabels([moved, gone], [r], null);
    expect(results.map((x) => x.status)).toEqual(['tp', 'not-collected']);
    expect(precisionTable(results).r!.overall).toEqual({ tp: 1, fp: 0, fixed: 0, lost: 0 });
    expect(labelLines(results).at(-1)).toBe('labels: 2 (1 checked: 1 TP kept, 0 TP vanished, 0 FP still reported, 0 FP fixed, 0 FP came back); 1 on files pytest does not collect (not checked)');
    expect(checkLabels([{ ...moved, line: 8 }], [r], null)[0]!.status).toBe('lost');
    // An FP found again only by its place is still there, not "back": its old fingerprint proves nothing.
    const movedFp = { ...moved, label: 'FP' as const };
    expect(checkLabels([movedFp], [r], expectedOf(run('s', [])))[0]!.status).toBe('fp');
  });

  test('a reported FP is "back" only when the summary had it fixed; with no entry for its suite it is still there', () => {
    expect(checkLabels([label('r', 's', 'back-fp', 'FP')], now, null)[0]!.status).toBe('fp');
    expect(checkLabels([label('r', 't', 'x', 'FP')], [run('t', [finding('r', 'x')])], expected)[0]!.status).toBe('fp');
  });

  test('precision counts reported labels only: fixed FPs and vanished TPs are outside TP/(TP+FP)', () => {
    const table = precisionTable(results);
    expect(table.r!.suites.s).toEqual({ tp: 1, fp: 2, fixed: 1, lost: 1 });
    expect(table.r!.suites.t).toEqual({ tp: 1, fp: 0, fixed: 0, lost: 1 });
    expect(table.r!.overall).toEqual({ tp: 2, fp: 2, fixed: 1, lost: 2 });
    expect(precisionLines(table, ['s', 't'])).toEqual(['rule    s    t  overall  labelled  fixed FP', 'r     1/3  1/1      2/4         7         1']);
    expect(precisionLine(table, 'r')).toBe('precision on 2 public suites: 2/4');
    expect(precisionLine(table, 'unlabelled-rule')).toBe('not measured');
    expect(precisionLine(undefined, 'r')).toBe('not measured');
  });

  test('the label lines name each failure and total the rest', () => {
    const lines = labelLines(results);
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([
      `FAIL labelled TP vanished: s tests/test_a.py:${lineOf('lost-tp')} r lost-tp (because)`,
      `FAIL labelled TP vanished: t tests/test_a.py:${lineOf('other-rule')} r other-rule (because)`,
      `FAIL labelled FP came back: s tests/test_a.py:${lineOf('back-fp')} r back-fp (because)`,
    ]);
    expect(lines.at(-1)).toBe('labels: 8 (7 checked: 2 TP kept, 2 TP vanished, 1 FP still reported, 1 FP fixed, 1 FP came back); 1 not checked (suite not run: absent)');
  });
});

test("the README's rule reference shows each rule's measured precision, or says it is not measured", () => {
  const md = ruleReferenceMarkdown({ 'unknown-test': { suites: { a: { tp: 11, fp: 1, fixed: 2, lost: 0 }, b: { tp: 0, fp: 0, fixed: 1, lost: 0 } }, overall: { tp: 11, fp: 1, fixed: 3, lost: 0 } } });
  const section = (id: string) => md.slice(md.indexOf(`#### \`${id}\``), md.indexOf('####', md.indexOf(`#### \`${id}\``) + 4));
  expect(section('unknown-test')).toContain('- **Ecosystem check:** precision on 1 public suite: 11/12\n');
  expect(section('empty-test')).toContain('- **Ecosystem check:** not measured\n');
});

describe('the summary file', () => {
  test('--update keeps the entries and precision of listed suites it did not run, drops unlisted ones, and round-trips', () => {
    const cell = (tp: number, fp: number) => ({ tp, fp, fixed: 0, lost: 0 });
    const first = nextExpected(null, [run('s', [finding('b', '2'), finding('b', '1')]), run('t', [finding('a', '9')]), run('u', [])], { a: { suites: { s: cell(1, 1), t: cell(2, 0), u: cell(5, 5) }, overall: cell(8, 6) } }, '0.0.0');
    const next = nextExpected(first, [run('s', [finding('a', '3')])], { a: { suites: { s: cell(3, 0) }, overall: cell(3, 0) } }, '1.0.0', ['s', 't']);
    expect(Object.keys(next.suites)).toEqual(['s', 't']);
    expect(next.suites.s!.counts).toEqual({ a: 1 });
    expect(next.suites.t).toEqual(first.suites.t);
    expect(next.precision.a).toEqual({ suites: { s: cell(3, 0), t: cell(2, 0) }, overall: cell(5, 0) });
    expect(first.suites.s!.fingerprints.b).toEqual(['1', '2']);
    const text = serialiseExpected(first);
    expect(text).toContain('"b": ["1","2"]');
    expect(parseExpected(JSON.parse(text), 'expected.json')).toEqual(first);
    expect(() => parseExpected({ tool: 1 }, 'expected.json')).toThrow(/expected\.json: .*--update/);
  });

  test('sampling is seeded, skips labelled findings and returns at most n in path order', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding('r', `f${i}`, `tests/test_${String(i).padStart(2, '0')}.py`));
    const a = sampleFindings(many, 12, 1, new Set(['f3']));
    expect(a).toHaveLength(12);
    expect(sampleFindings([...many].reverse(), 12, 1, new Set(['f3']))).toEqual(a);
    expect(a.map((f) => f.fingerprint)).not.toContain('f3');
    expect(a.map((f) => f.path)).toEqual([...a.map((f) => f.path)].sort());
    expect(sampleFindings(many, 12, 2, new Set())).not.toEqual(sampleFindings(many, 12, 1, new Set()));
  });
});

describe('the runner, on local suites', () => {
  const TINY = {
    'tests/test_tiny.py': '"""Tiny."""\n\n\ndef test_nothing_checked():\n    x = 1\n\n\ndef test_checked():\n    assert 1 + 1 == 2\n',
  };

  function ecosystemDir(suites: unknown[]): string {
    const dir = tempTree({
      'config.json': JSON.stringify({ extends: 'recommended' }),
      'suites.json': JSON.stringify({ suites }),
      'labels/README.md': 'labels',
    });
    return dir;
  }
  const options = (dir: string, extra: Partial<EcosystemOptions> = {}): EcosystemOptions => ({ dir, only: [], verbose: true, update: false, jobs: 1, cache: false, mirrors: join(dir, 'no-mirrors'), ...extra });

  test('audits a path suite, writes the summary with --update, checks labels and fails when a labelled TP vanishes', async () => {
    const dir = ecosystemDir([{ name: 'tiny', path: 'fixture' }, { name: 'gone', path: 'missing-folder' }]);
    writeTree(join(dir, 'fixture'), TINY);
    const lines: string[] = [];
    const first = await runEcosystem(options(dir, { update: true }), (l) => lines.push(l));
    expect(first.exitCode).toBe(0);
    expect(first.checked).toEqual(['tiny']);
    expect(first.skipped).toEqual(['gone']);
    expect(lines.some((l) => /^suite gone: skipped, .*missing-folder does not exist$/.test(l))).toBe(true);
    const unknownTest = first.runs[0]!.findings.find((f) => f.ruleId === 'unknown-test')!;
    expect(unknownTest).toMatchObject({ path: 'tests/test_tiny.py', line: 4 });
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    expect(expected.suites.tiny!.fingerprints['unknown-test']).toEqual([unknownTest.fingerprint]);
    expect(lines.at(-1)).toMatch(/^ecosystem: 1 of 2 suites checked \(1 skipped: gone\) in [\d.]+ s: ok$/);

    // Label it TP, then make the test assert: the labelled TP vanishes and the check fails.
    writeFileSync(join(dir, 'labels', 'unknown-test.jsonl'), `${JSON.stringify({ suite: 'tiny', path: unknownTest.path, line: 4, fingerprint: unknownTest.fingerprint, label: 'TP', reason: 'no assertion' })}\n`);
    lines.length = 0;
    expect((await runEcosystem(options(dir), (l) => lines.push(l))).exitCode).toBe(0);
    expect(lines.findLast((l) => l.startsWith('unknown-test '))?.split(/\s+/)).toEqual(['unknown-test', '1/1', '1/1', '1', '0']);
    writeTree(join(dir, 'fixture'), { 'tests/test_tiny.py': TINY['tests/test_tiny.py'].replace('x = 1', 'assert True') });
    lines.length = 0;
    const second = await runEcosystem(options(dir), (l) => lines.push(l));
    expect(second.exitCode).toBe(1);
    expect(lines).toContain(`FAIL labelled TP vanished: tiny tests/test_tiny.py:4 unknown-test ${unknownTest.fingerprint} (no assertion)`);
    expect(lines).toContain('  unknown-test: 1 -> 0 (+0 new, -1 vanished)');
    // The vanished finding is named from the previous local run's audit.
    expect(lines).toContain(`    - tiny tests/test_tiny.py:4 unknown-test ${unknownTest.message}`);
    expect(lines.at(-1)).toMatch(/: FAILED: 1 label failure$/);
  });

  test('a run that checked no suite fails', async () => {
    const dir = ecosystemDir([{ name: 'gone', path: 'nowhere' }]);
    const lines: string[] = [];
    expect((await runEcosystem(options(dir), (l) => lines.push(l))).exitCode).toBe(1);
    expect(lines.at(-1)).toMatch(/FAILED: no suite was checked$/);
  });

  test('a git suite is extracted at its pinned commit from a local mirror, not from the newest one', async () => {
    const mirrors = tempTree();
    const work = join(mirrors, 'owner+tiny', 'repo');
    writeTree(work, TINY);
    const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    git('init', '--quiet');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'one');
    const pinned = git('rev-parse', 'HEAD');
    writeTree(work, { 'tests/test_later.py': 'def test_later():\n    pass\n' });
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'two');
    const dir = ecosystemDir([{ name: 'tiny', repo: 'owner/tiny', commit: pinned }]);
    const result = await runEcosystem(options(dir, { mirrors }), () => {});
    expect(result.checked).toEqual(['tiny']);
    expect(result.runs[0]!.files).toBe(1);
    expect(readFileSync(join(dir, '.suites', 'tiny.commit'), 'utf8').trim()).toBe(pinned);
  });

  test('a label file not named after a rule, or a label of a suite not listed, is a ConfigurationError', async () => {
    const dir = ecosystemDir([{ name: 'tiny', path: 'fixture' }]);
    const line = (suite: string) => `${JSON.stringify({ suite, path: 'p.py', line: 1, fingerprint: 'f', label: 'TP', reason: 'r' })}\n`;
    writeTree(dir, { 'labels/unknown-tests.jsonl': line('tiny') });
    await expect(runEcosystem(options(dir), () => {})).rejects.toThrow(/unknown-tests\.jsonl: "unknown-tests" is not a rule id/);
    rmSync(join(dir, 'labels', 'unknown-tests.jsonl'));
    writeTree(dir, { 'labels/unknown-test.jsonl': line('flask') });
    await expect(runEcosystem(options(dir), () => {})).rejects.toThrow(/unknown-test\.jsonl: suite "flask" \(p\.py:1\) is not in suites\.json/);
  });

  test('an unknown --suite is an InputError listing the known ones', async () => {
    const dir = ecosystemDir([{ name: 'tiny', path: 'fixture' }]);
    await expect(runEcosystem(options(dir, { only: ['nope'] }), () => {})).rejects.toThrow(/--suite nope: not in .*suites\.json \(known: tiny\)/);
  });
});
