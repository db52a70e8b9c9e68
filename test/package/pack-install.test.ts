/**
 * The package a user installs from the registry: `npm pack` this checkout, install the tarball into
 * an empty project offline, then run `npx testaudit audit`, `report` and `site` there on a copy of
 * examples/, as a new user would. The audit must equal the one this checkout makes in-process.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { runCli } from '../helpers/cli.js';
import { offlineProject } from '../helpers/offline-lock.js';
import { tempTree } from '../helpers/tmp.js';

const run = promisify(execFile);
const MINUTES = 60_000;

// npm sets npm_* variables for `npm test`; the consumer's npm must not inherit them (a prefix, say).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env: { ...env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }, maxBuffer: 64 * 2 ** 20 });

/**
 * Of the install scripts only tree-sitter's matter. Where its prebuilt binary cannot load (libstdc++
 * older than GLIBCXX_3.4.31, as on Debian 12, and on this machine) they compile it from source, which
 * takes minutes on two cores; the binding this checkout's own `npm ci` compiled, for the same version
 * on the same machine, is what they would produce, so it is copied instead. The compile itself is
 * tree-sitter's, not this package's; the README states the toolchain it needs.
 */
async function useNativeBinding(dir: string): Promise<void> {
  const loads = () => run(process.execPath, ['-e', "require('tree-sitter')"], { cwd: dir }).then(() => true, () => false);
  if (await loads()) return;
  const binding = 'node_modules/tree-sitter/build/Release/tree_sitter_runtime_binding.node';
  const version = (root: string) => JSON.parse(readFileSync(join(root, 'node_modules/tree-sitter/package.json'), 'utf8')).version;
  if (existsSync(join(PACKAGE_ROOT, binding)) && version(PACKAGE_ROOT) === version(dir)) {
    mkdirSync(dirname(join(dir, binding)), { recursive: true });
    copyFileSync(join(PACKAGE_ROOT, binding), join(dir, binding));
  } else {
    await npm(['rebuild', 'tree-sitter', '--offline', '--loglevel=error'], dir);
  }
  expect(await loads()).toBe(true);
}

let work: string;
let project: string;
let files: string[];

beforeAll(async () => {
  work = tempTree();
  const packed = JSON.parse((await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], PACKAGE_ROOT)).stdout)[0];
  files = packed.files.map((f: { path: string }) => f.path);
  project = join(work, 'consumer');
  const { packageJson, lock } = offlineProject(PACKAGE_ROOT, join(work, packed.filename), `file:../${packed.filename}`);
  cpSync(join(PACKAGE_ROOT, 'examples'), join(project, 'suite'), { recursive: true, filter: (src) => !src.includes('.testaudit-cache') });
  writeFileSync(join(project, 'package.json'), JSON.stringify(packageJson, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lock, null, 2));
  await npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], project);
  await useNativeBinding(project);
}, 12 * MINUTES);

describe('the npm package', () => {
  test('carries the built CLI, templates, schemas and site sources, and nothing of the repository', () => {
    for (const f of ['bin/testaudit.js', 'out/analyzer/cli.js', 'out/analyzer/worker.js', 'out/analyzer/api.js', 'out/analyzer/api.d.ts', 'templates/report.hbs', 'schema/config.schema.json', 'schema/audit.schema.json', 'src/pages/index.astro', 'astro.config.mjs', 'package.json', 'README.md']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(test|bench|examples|content|ecosystem|out\/bench|out\/test)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  test('npx testaudit audit, report and site work in a project that installed the tarball', async () => {
    const npx = (...args: string[]) => run('npx', ['--no-install', 'testaudit', ...args], { cwd: project, env, maxBuffer: 64 * 2 ** 20 });
    const audited = await npx('audit', 'suite', '--date', '2026-12-02', '--name', 'examples', '--no-cache', '--no-compare', '--json');
    expect(JSON.parse(audited.stdout)).toMatchObject({ files: 24, tests: 387 });
    const installed = readFileSync(join(project, 'content/audits/2026-12-02/audit.json'), 'utf8');

    // The same audit made by this checkout, in-process: the package changes nothing of the result.
    const here = join(work, 'here');
    const local = await runCli(['audit', join(project, 'suite'), '--out', here, '--date', '2026-12-02', '--name', 'examples', '--no-cache', '--no-compare', '--quiet'], { cwd: work });
    expect(local.code).toBe(0);
    expect(installed).toBe(readFileSync(join(here, 'audits/2026-12-02/audit.json'), 'utf8'));

    // The schema path the README gives for "$schema" resolves in an installed project.
    expect(JSON.parse(readFileSync(join(project, 'node_modules/testaudit/schema/config.schema.json'), 'utf8')).title).toBe('testaudit.config.json');

    // The programmatic entry resolves through `exports`.
    const api = await run(process.execPath, ['--input-type=module', '-e', "const m = await import('testaudit'); console.log(typeof m.runAudit, typeof m.main, m.TOOL_VERSION)"], { cwd: project, env });
    expect(api.stdout.trim()).toMatch(/^function function \d+\.\d+\.\d+/);

    const report = await npx('report', '--stdout');
    expect(report.stdout).toMatch(/^# /);
    const site = await npx('site', '--out', 'site', '--quiet');
    expect(site.stderr).toBe('');
    expect(existsSync(join(project, 'site/audits/2026-12-02/index.html'))).toBe(true);
  }, 10 * MINUTES);
});
