/**
 * `npm run ecosystem`: audit pinned public suites with every rule and compare with the committed
 * summary, as Ruff's ecosystem check does. Per suite: materialise it (a local git mirror, else a
 * shallow fetch; a Python's stdlib `test/`; or a local folder), audit it with
 * `ecosystem/config.json` into `ecosystem/out/<suite>/`, and diff its findings per rule with
 * `ecosystem/expected.json`. Then check the labels (`ecosystem/labels/<rule>.jsonl`) and print
 * precision per rule. Exit 1 when a labelled TP vanished, a labelled FP came back, or no suite
 * could be checked; 2 on a malformed suites, labels or summary file.
 *
 *   npm run ecosystem -- [--suite NAME]... [--verbose] [--update] [--jobs N] [--no-cache]
 *                        [--sample RULE [--seed 1] [--size 12]]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../analyzer/archive.js';
import { readUserConfig } from '../analyzer/config-sources.js';
import { resolveConfig } from '../analyzer/config.js';
import { runAudit } from '../analyzer/run-audit.js';
import { PACKAGE_ROOT, TOOL_VERSION } from '../analyzer/version.js';
import { ConfigurationError, InputError, parseJsonText, UserError } from '../src/lib/errors.js';
import type { Audit } from '../src/lib/schema.js';
import {
  checkLabels,
  countLines,
  diffLines,
  diffSuite,
  labelLines,
  nextExpected,
  parseExpected,
  parseLabels,
  parseSuiteList,
  precisionLines,
  precisionTable,
  sampleFindings,
  serialiseExpected,
  type Expected,
  type Label,
  type RunFinding,
  type SuiteRun,
  type SuiteSpec,
} from './check.js';

/** Fixed, so that two runs of the same code on the same suites write the same audits. */
const AUDIT_DATE = '2026-01-01';
const AUDIT_ID = 'ecosystem';

export interface EcosystemOptions {
  /** Folder holding suites.json, config.json, expected.json, labels/, .suites/ and out/. */
  dir: string;
  /** Only these suites (names of suites.json); all when empty. */
  only: string[];
  verbose: boolean;
  update: boolean;
  jobs: number;
  cache: boolean;
  /** Where local git mirrors live: `<mirrors>/<owner>+<repo>/repo`. */
  mirrors: string;
  /** Print a seeded sample of this rule's unlabelled findings as label lines to complete. */
  sample?: { ruleId: string; seed: number; size: number };
}

export interface EcosystemResult {
  exitCode: 0 | 1;
  checked: string[];
  skipped: string[];
  runs: SuiteRun[];
}

const readJson = (file: string): unknown => parseJsonText(readFileSync(file, 'utf8'), file, ConfigurationError);

/** `git` with its output, or null when it fails (a missing commit, no network) or takes longer than 10 minutes. */
function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, timeout: 600_000 }).toString().trim();
  } catch {
    return null;
  }
}

/** Extract `commit` of the repository at `gitDir` into `dest` (replaced); false when the commit is not there. */
function extract(gitDir: string, commit: string, dest: string): boolean {
  if (git(['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`]) === null) return false;
  const tar = join(mkdtempSync(join(tmpdir(), 'testaudit-ecosystem-')), 'suite.tar');
  try {
    if (git(['--git-dir', gitDir, 'archive', '--output', tar, commit]) === null) return false;
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xf', tar, '-C', dest], { stdio: 'ignore' });
    return true;
  } finally {
    rmSync(dirname(tar), { recursive: true, force: true });
  }
}

/**
 * The folder to audit for a suite and its version, or why it is missing. A git suite is extracted
 * once per commit into `.suites/<name>` (a marker file beside it says which commit), from the local
 * mirror when it has the commit, else by a shallow fetch of that commit from GitHub.
 */
function materialise(spec: SuiteSpec, opts: EcosystemOptions, suitesFile: string): { root: string; version: string } | { missing: string } {
  if ('path' in spec) {
    const base = resolve(dirname(suitesFile), spec.path);
    return existsSync(base) ? { root: join(base, spec.folder), version: 'local' } : { missing: `${base} does not exist` };
  }
  if ('python' in spec) {
    const found = pythonTestFolder(spec.python);
    return found ? { root: join(found.lib, spec.folder), version: `Python ${found.version}` } : { missing: `no Python ${spec.python} found (python${spec.python} on PATH, or pyenv)` };
  }
  const dest = join(opts.dir, '.suites', spec.name);
  const marker = `${dest}.commit`;
  const root = { root: join(dest, spec.folder), version: spec.commit };
  if (existsSync(dest) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === spec.commit) return root;
  const mirror = join(opts.mirrors, spec.repo.replace('/', '+'), 'repo');
  const mirrorGit = existsSync(join(mirror, '.git')) ? join(mirror, '.git') : mirror;
  let ok = existsSync(mirrorGit) && extract(mirrorGit, spec.commit, dest);
  if (!ok) {
    const scratch = mkdtempSync(join(tmpdir(), 'testaudit-ecosystem-git-'));
    try {
      ok =
        git(['init', '--quiet', '--bare', scratch]) !== null &&
        git(['--git-dir', scratch, 'fetch', '--quiet', '--depth', '1', `https://github.com/${spec.repo}.git`, spec.commit]) !== null &&
        extract(scratch, spec.commit, dest);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (!ok) return { missing: `${spec.repo}@${spec.commit.slice(0, 12)} is neither in ${mirror} nor fetchable from GitHub` };
  writeFileSync(marker, `${spec.commit}\n`);
  return root;
}

/** The stdlib folder (holding `test/`) and full version of Python `version`: on PATH, else pyenv's newest patch release. */
function pythonTestFolder(version: string): { lib: string; version: string } | null {
  const script = 'import os, platform, test; print(os.path.dirname(os.path.dirname(test.__file__))); print(platform.python_version())';
  const candidates = [`python${version}`];
  const pyenvRoot = (() => {
    try {
      return execFileSync('pyenv', ['root'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return null;
    }
  })();
  if (pyenvRoot && existsSync(join(pyenvRoot, 'versions'))) {
    const patch = (v: string) => Number(v.split('.')[2] ?? 0);
    const installed = readdirSync(join(pyenvRoot, 'versions'))
      .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && v.startsWith(`${version}.`))
      .sort((a, b) => patch(b) - patch(a));
    candidates.push(...installed.map((v) => join(pyenvRoot, 'versions', v, 'bin', `python${version}`)));
  }
  for (const python of candidates) {
    try {
      const [lib, full] = execFileSync(python, ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n');
      if (lib && full) return { lib, version: full };
    } catch {
      // A pyenv shim for a version not selected fails; try the next candidate.
    }
  }
  return null;
}

const findingsOf = (audit: Audit): RunFinding[] =>
  audit.files.flatMap((file) => file.findings.filter((f) => !f.suppressed).map((f) => ({ ruleId: f.ruleId, path: file.path, line: f.line, message: f.message, fingerprint: f.fingerprint })));

/** The findings of the last local run of a suite, to name vanished findings in `--verbose`. */
function previousFindings(out: string): Map<string, RunFinding> {
  const file = join(out, 'audits', AUDIT_ID, 'audit.json');
  if (!existsSync(file)) return new Map();
  try {
    return new Map(findingsOf(JSON.parse(readFileSync(file, 'utf8')) as Audit).map((f) => [f.fingerprint, f]));
  } catch {
    return new Map();
  }
}

/** Every label file of the labels folder (`<rule-id>.jsonl`), each named after a rule, each label after a listed suite. */
function readLabels(dir: string, specs: readonly SuiteSpec[], ruleIds: ReadonlySet<string>): Label[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => {
    const ruleId = f.slice(0, -'.jsonl'.length);
    const file = join(dir, f);
    if (!ruleIds.has(ruleId)) throw new ConfigurationError(`${file}: "${ruleId}" is not a rule id; name a label file <rule-id>.jsonl.`);
    const labels = parseLabels(readFileSync(file, 'utf8'), ruleId, file);
    const stray = labels.find((l) => !specs.some((s) => s.name === l.suite));
    if (stray) throw new ConfigurationError(`${file}: suite "${stray.suite}" (${stray.path}:${stray.line}) is not in suites.json.`);
    return labels;
  });
}

/** Materialise and audit one suite, and print its diff with the summary; null when the suite cannot be had. */
async function auditSuite(spec: SuiteSpec, opts: EcosystemOptions, suitesFile: string, expected: Expected | null, log: (line: string) => void): Promise<SuiteRun | null> {
  const where = materialise(spec, opts, suitesFile);
  if ('missing' in where) {
    log(`suite ${spec.name}: skipped, ${where.missing}`);
    return null;
  }
  const out = join(opts.dir, 'out', spec.name);
  const previous = previousFindings(out);
  const t0 = Date.now();
  const { audit, file } = await runAudit({
    root: where.root,
    configPath: join(opts.dir, 'config.json'),
    out,
    date: AUDIT_DATE,
    id: AUDIT_ID,
    force: true,
    compare: false,
    name: spec.name,
    jobs: opts.jobs,
    cacheDir: opts.cache ? join(opts.dir, 'out', '.cache', spec.name) : false,
  });
  const run: SuiteRun = { name: spec.name, version: where.version, files: audit.files.length, findings: findingsOf(audit), paths: audit.files.map((f) => f.path) };
  const entry = expected?.suites[spec.name];
  for (const line of diffLines(run, diffSuite(entry, run, previous), entry !== undefined, opts.verbose)) log(line);
  log(`  audited in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${file}`);
  return run;
}

/** The ids of the rules the check's configuration runs: built-in ones and the presets' or config's custom rules. */
async function ruleIdsOf(configPath: string): Promise<Set<string>> {
  const { user, source } = await readUserConfig(dirname(configPath), configPath);
  return new Set(resolveConfig(user, { source: source ?? configPath }).rules.map((r) => r.id));
}

/** Run the check; every line goes to `log`. User mistakes throw UserError (exit 2). */
export async function runEcosystem(opts: EcosystemOptions, log: (line: string) => void): Promise<EcosystemResult> {
  const started = Date.now();
  const suitesFile = join(opts.dir, 'suites.json');
  const expectedFile = join(opts.dir, 'expected.json');
  const specs = parseSuiteList(readJson(suitesFile), suitesFile);
  const unknown = opts.only.filter((n) => !specs.some((s) => s.name === n));
  if (unknown.length) throw new InputError(`--suite ${unknown.join(', ')}: not in ${suitesFile} (known: ${specs.map((s) => s.name).join(', ')}).`);
  const expected: Expected | null = existsSync(expectedFile) ? parseExpected(readJson(expectedFile), expectedFile) : null;
  const ruleIds = await ruleIdsOf(join(opts.dir, 'config.json'));
  const labels = readLabels(join(opts.dir, 'labels'), specs, ruleIds);
  if (opts.sample && !ruleIds.has(opts.sample.ruleId)) throw new InputError(`--sample ${opts.sample.ruleId}: not a rule id.`);
  if (!expected) log(`no ${expectedFile} yet: every finding is new; write it with --update`);

  const runs: SuiteRun[] = [];
  const skipped: string[] = [];
  for (const spec of specs.filter((s) => opts.only.length === 0 || opts.only.includes(s.name))) {
    const run = await auditSuite(spec, opts, suitesFile, expected, log);
    if (run) runs.push(run);
    else skipped.push(spec.name);
  }

  log('');
  log(`findings per rule (unsuppressed)`);
  for (const line of countLines(runs)) log(line);
  const results = checkLabels(labels, runs, expected);
  const precision = precisionTable(results);
  log('');
  for (const line of labelLines(results)) log(line);
  log('');
  log('precision per rule over the labelled sample: TP/(TP+FP) among labelled findings this run reports');
  for (const line of precisionLines(precision, runs.map((r) => r.name))) log(line);

  if (opts.sample) {
    const { ruleId, seed, size } = opts.sample;
    const labelled = new Set(labels.filter((l) => l.ruleId === ruleId).map((l) => l.fingerprint));
    log('');
    log(`sample of ${ruleId} (seed ${seed}, up to ${size} per suite, unlabelled): complete "label" and "reason", append to labels/${ruleId}.jsonl`);
    for (const run of runs) {
      for (const f of sampleFindings(run.findings.filter((x) => x.ruleId === ruleId), size, seed, labelled)) {
        log(JSON.stringify({ suite: run.name, path: f.path, line: f.line, fingerprint: f.fingerprint, label: '?', reason: f.message }));
      }
    }
  }

  const failures = results.filter((r) => r.status === 'lost' || r.status === 'back').length;
  if (opts.update && runs.length > 0) {
    await writeFileAtomic(expectedFile, serialiseExpected(nextExpected(expected, runs, precision, TOOL_VERSION, specs.map((s) => s.name))));
    log('');
    log(`wrote ${expectedFile} (${runs.length} suite${runs.length === 1 ? '' : 's'} updated${failures ? '; the label failures above still fail this run' : ''})`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const verdict = runs.length === 0 ? 'FAILED: no suite was checked' : failures ? `FAILED: ${failures} label failure${failures === 1 ? '' : 's'}` : 'ok';
  log('');
  log(`ecosystem: ${runs.length} of ${specs.length} suites checked${skipped.length ? ` (${skipped.length} skipped: ${skipped.join(', ')})` : ''} in ${seconds} s: ${verdict}`);
  return { exitCode: runs.length === 0 || failures > 0 ? 1 : 0, checked: runs.map((r) => r.name), skipped, runs };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      jobs: { type: 'string', default: String(availableParallelism()) },
      'no-cache': { type: 'boolean', default: false },
      sample: { type: 'string' },
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: '12' },
      dir: { type: 'string', default: join(PACKAGE_ROOT, 'ecosystem') },
    },
  });
  const positive = (flag: string, v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InputError(`--${flag} ${v}: expected a positive whole number.`);
    return n;
  };
  const result = await runEcosystem(
    {
      dir: resolve(values.dir),
      only: values.suite,
      verbose: values.verbose,
      update: values.update,
      jobs: positive('jobs', values.jobs),
      cache: !values['no-cache'],
      mirrors: process.env.TESTAUDIT_ECOSYSTEM_MIRRORS ?? '/work/.mirror',
      ...(values.sample ? { sample: { ruleId: values.sample, seed: positive('seed', values.seed), size: positive('size', values.size) } } : {}),
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  return result.exitCode;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
