#!/usr/bin/env node
// The GitHub Action's entry (action.yml runs it): turns the action's inputs, which the runner passes
// as INPUT_<NAME> environment variables, into one `testaudit audit` (and optionally `testaudit site`)
// run, then writes the outputs (grade, score, counts, paths) to $GITHUB_OUTPUT.
// Plain JavaScript without dependencies, so the action runs from its checkout without a build.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An input as the runner passes it (`with: { fail-on: errors }` → INPUT_FAIL-ON); '' when unset. */
export function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const words = (s) => s.split(/[\s,]+/).filter(Boolean);
const isTrue = (s) => /^(true|yes|1|on)$/i.test(s);

/** The `testaudit audit` arguments for these inputs. */
export function auditArgs(env) {
  const args = ['audit', input(env, 'root') || '.', '--out', input(env, 'archive') || 'content'];
  const flag = (name, option = `--${name}`) => {
    const v = input(env, name);
    if (v) args.push(option, v);
  };
  flag('preset');
  flag('config');
  flag('baseline');
  flag('changed-since');
  flag('fail-under');
  flag('name');
  for (const what of words(input(env, 'fail-on'))) args.push('--fail-on', what);
  args.push('--format', input(env, 'format') || 'github');
  if (env.GITHUB_STEP_SUMMARY && !/^(false|no|0|off)$/i.test(input(env, 'step-summary'))) args.push('--github-summary');
  const sarif = input(env, 'sarif');
  if (sarif) args.push('--sarif', sarif);
  args.push(...words(input(env, 'args')));
  return args;
}

/** The newest audit.json below `<archive>/audits`, or null. */
export function newestAudit(archive) {
  const audits = join(archive, 'audits');
  if (!existsSync(audits)) return null;
  const files = readdirSync(audits)
    .map((id) => join(audits, id, 'audit.json'))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

/** `name=value` lines for $GITHUB_OUTPUT. */
export function outputsOf(audit, auditPath, sitePath) {
  const s = audit.summary;
  const out = {
    grade: s.grade,
    score: String(s.score),
    files: String(s.files),
    tests: String(s.tests),
    errors: String(s.findingsBySeverity.error),
    warnings: String(s.findingsBySeverity.warning),
    info: String(s.findingsBySeverity.info),
    'new-findings': String(audit.comparison?.newFindings ?? 0),
    'audit-path': auditPath,
    'report-path': join(auditPath, '..', 'report.md'),
    'site-path': sitePath ?? '',
  };
  return Object.entries(out).map(([k, v]) => `${k}=${v}\n`).join('');
}

/** The command that runs testaudit: TESTAUDIT_BIN (a local checkout), else the pinned or latest release through npx. */
function testaudit(env) {
  if (env.TESTAUDIT_BIN) return [process.execPath, [env.TESTAUDIT_BIN]];
  return ['npx', ['--yes', `testaudit@${input(env, 'version') || 'latest'}`]];
}

export function main(env = process.env) {
  const [cmd, pre] = testaudit(env);
  const run = (args) => spawnSync(cmd, [...pre, ...args], { stdio: 'inherit', env }).status ?? 2;
  const code = run(auditArgs(env));
  // Exit 2 is an error (bad input or configuration): nothing to report on.
  if (code === 2) return code;
  const archive = resolve(input(env, 'archive') || 'content');
  const auditPath = newestAudit(archive);
  if (!auditPath) return 2;
  let sitePath = null;
  if (isTrue(input(env, 'site'))) {
    sitePath = resolve(input(env, 'site-out') || 'dist');
    const siteArgs = ['site', '--content', archive, '--out', sitePath, '--quiet'];
    const base = input(env, 'site-base');
    if (base) siteArgs.push('--base', base);
    if (run(siteArgs) !== 0) return 2;
  }
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, outputsOf(JSON.parse(readFileSync(auditPath, 'utf8')), auditPath, sitePath));
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
