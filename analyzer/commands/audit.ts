/** `testaudit audit [ROOT]`: audit a suite and archive the result. */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError } from '../../src/lib/errors.js';
import { FAIL_ON, parseFailUnder, parseMaxFindings, type GateSpec } from '../../src/lib/gates.js';
import { PRESET_NAMES, type PresetName } from '../config.js';
import { createProgress } from '../progress.js';
import { appendFile, readFile } from 'node:fs/promises';
import { parseBaseline, prunedBaseline, type Baseline } from '../../src/lib/baseline.js';
import { toSarif } from '../../src/lib/sarif.js';
import { writeFileAtomic } from '../archive.js';
import { renderAuditReport, writeReportBeside } from '../report-file.js';
import { runAudit } from '../run-audit.js';
import { formatSummary, jsonSummary } from '../summary-text.js';
import { PACKAGE_ROOT } from '../version.js';
import { collect, EXIT, positiveInt, type CommandContext } from './context.js';
import { formatOption, writeFindingsOutput, type OutputOptions } from './output.js';

/** ROOT when none is given: the bundled examples inside this repository, else the current directory. */
export function defaultRoot(cwd: string): string {
  const rel = relative(PACKAGE_ROOT, cwd);
  const insideRepo = rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
  return insideRepo ? resolve(PACKAGE_ROOT, 'examples') : cwd;
}

interface AuditOptions {
  preset?: PresetName;
  config?: string;
  out: string;
  date?: string;
  id?: string;
  title?: string;
  name?: string;
  filesFrom?: string;
  changedSince?: string;
  /** `--pytest-config FILE` (a string) or `--no-pytest-config` (false). */
  pytestConfig?: string | false;
  include?: string[];
  exclude?: string[];
  jobs?: number;
  cache: boolean;
  gitignore: boolean;
  report: boolean;
  compare: boolean;
  sarif?: string;
  junit?: string[];
  baseline?: string;
  updateBaseline?: boolean;
  githubSummary?: boolean;
  format: OutputOptions['format'];
  outputFile?: string;
  statistics?: boolean;
  failUnder?: GateSpec;
  failOn?: Array<(typeof FAIL_ON)[number]>;
  maxFindings?: string[];
  cacheDir?: string;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
  debug?: boolean;
}

async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`--baseline ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error}); create one with testaudit baseline.`);
  }
  return parseBaseline(text, file);
}

export function registerAudit(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('audit')
    .description('Audit the test files below ROOT and archive the result as content/audits/<id>/audit.json.')
    .argument('[root]', 'folder of the suite (default: the bundled examples/ inside this repository, else the current directory)')
    .addOption(new Option('--preset <name>', 'standards to start from').choices(PRESET_NAMES))
    .option('--config <file>', "configuration file: JSON, or a pyproject.toml's [tool.testaudit] (default: ROOT/testaudit.config.json, else ROOT/pyproject.toml's [tool.testaudit])")
    .option('--out <dir>', 'archive folder', 'content')
    .option('--date <YYYY-MM-DD>', 'audit date (default: today, UTC)')
    .option('--id <id>', 'audit id (default: the date, then <date>-2, -3 …)')
    .option('--title <text>', 'title of the audit')
    .option('--name <name>', "the suite's name in the archive, which audits of the same suite share (default: repo/path in git, else the folder's name)")
    .option('--files-from <file>', 'audit exactly the paths listed in FILE (one per line, relative to ROOT)')
    .option('--changed-since <ref>', 'audit the test files added or modified since git REF')
    .option('--pytest-config <file>', "read pytest's configuration from FILE, as pytest -c does (default: found from ROOT upwards as pytest finds it)")
    .option('--no-pytest-config', "ignore the suite's pytest configuration: pytest's default python_files, python_classes, norecursedirs …")
    .option('--include <glob>', "only files matching GLOB (repeatable; replaces python_files, the default patterns)", collect)
    .option('--exclude <glob>', 'leave out files matching GLOB (repeatable)', collect)
    .option('--no-gitignore', 'also audit files that .gitignore files ignore')
    .option('--jobs <n>', 'worker threads (default: available cores)', positiveInt('--jobs'))
    .option('--no-cache', 'audit every file again instead of reusing results of unchanged files')
    .option('--cache-dir <dir>', 'result cache folder (default: ROOT/.testaudit-cache)')
    .option('--no-report', 'do not render report.md beside the audit.json')
    .option('--no-compare', 'do not compare with the previous audit of the same suite')
    .option('--junit <file>', "test-run results (pytest --junitxml) to join to the audit (repeatable)", collect)
    .option('--baseline <file>', 'accepted debt (from testaudit baseline): accepted findings are not new; a baselined file that gets worse fails')
    .option('--update-baseline', 'with --baseline: remove the entries whose finding is gone')
    .option('--sarif <file>', 'also write the findings as SARIF 2.1.0 (GitHub code scanning)')
    .option('--github-summary', "append the report's summary to $GITHUB_STEP_SUMMARY when it is set")
    .addOption(formatOption())
    .option('--output-file <file>', 'write the --format output to FILE; the terminal still gets the summary')
    .option('--statistics', "print every rule's finding count, most first, instead of the findings")
    .option('--fail-under <score|grade>', 'gate: exit 1 when the overall score is below SCORE or GRADE (e.g. 85, B+)', (v: string) => {
      try {
        return parseFailUnder(v);
      } catch (error) {
        throw new InvalidArgumentError((error as Error).message);
      }
    })
    .option('--fail-on <what>', `gate: exit 1 on ${FAIL_ON.join(' | ')} (repeatable)`, (v: string, prev: string[] = []) => {
      if (!(FAIL_ON as readonly string[]).includes(v)) throw new InvalidArgumentError(`--fail-on expects one of ${FAIL_ON.join(', ')}.`);
      return [...prev, v];
    })
    .option('--max-findings <rule=n>', 'gate: exit 1 when RULE has more than N findings (repeatable)', collect)
    .option('--force', 'replace an existing audit with the same id')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--debug', 'print stack traces and the slowest files')
    .action(async (rootArg: string | undefined, opts: AuditOptions) => {
      const debug = ctx.debug();
      const root = rootArg ? resolve(io.cwd, rootArg) : defaultRoot(io.cwd);
      const interactive = Boolean(io.stderr.isTTY) && !opts.quiet && !opts.json;
      const progress = interactive ? createProgress(io.stderr as NodeJS.WriteStream) : null;
      const slowest: Array<{ path: string; ms: number }> = [];
      const started = performance.now();
      const baselineFile = opts.baseline ? resolve(io.cwd, opts.baseline) : undefined;
      if (opts.updateBaseline && !baselineFile) throw new InputError('--update-baseline needs --baseline FILE.');
      const baseline = baselineFile ? { file: basename(baselineFile), baseline: await loadBaseline(baselineFile) } : undefined;
      const result = await runAudit({
        ...(baseline ? { baseline } : {}),
        ...(opts.junit ? { junit: opts.junit.map((j) => resolve(io.cwd, j)) } : {}),
        root,
        out: resolve(io.cwd, opts.out),
        date: opts.date ?? io.today(),
        ...(opts.preset ? { preset: opts.preset } : {}),
        ...(opts.config ? { configPath: resolve(io.cwd, opts.config) } : {}),
        ...(opts.id ? { id: opts.id } : {}),
        ...(opts.title ? { title: opts.title } : {}),
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.filesFrom ? { filesFrom: resolve(io.cwd, opts.filesFrom) } : {}),
        ...(opts.changedSince ? { changedSince: opts.changedSince } : {}),
        ...(opts.pytestConfig === false ? { pytestConfig: false as const } : opts.pytestConfig ? { pytestConfig: resolve(io.cwd, opts.pytestConfig) } : {}),
        ...(opts.include ? { include: opts.include } : {}),
        ...(opts.exclude ? { exclude: opts.exclude } : {}),
        gitignore: opts.gitignore,
        ...(opts.jobs ? { jobs: opts.jobs } : {}),
        ...(!opts.cache ? { cacheDir: false as const } : opts.cacheDir ? { cacheDir: resolve(io.cwd, opts.cacheDir) } : {}),
        force: opts.force ?? false,
        compare: opts.compare,
        gates: [
          ...(opts.failUnder ? [opts.failUnder] : []),
          ...(opts.failOn ?? []).map((what) => ({ kind: 'fail-on' as const, what })),
          ...(opts.maxFindings ?? []).map((v) => {
            try {
              // Rule ids are checked by runAudit, which knows the configuration's custom rules.
              return parseMaxFindings(v, null);
            } catch (error) {
              throw new InputError((error as Error).message);
            }
          }),
        ],
        onStart: (total) => progress?.start(total),
        onFile: (file, ms) => {
          progress?.tick();
          if (debug) {
            slowest.push({ path: file.path, ms });
            if (slowest.length > 50) slowest.sort((a, b) => b.ms - a.ms).splice(10);
          }
        },
      });
      progress?.stop();
      if (opts.report) {
        const report = await renderAuditReport(result.audit, result.file, { format: 'md', maxItems: result.report.maxItems ?? 20, emoji: result.report.emoji ?? true, skip: result.report.skip ?? [] });
        await writeReportBeside(result.file, report, 'md');
      }
      if (opts.updateBaseline && baselineFile && baseline) {
        const pruned = prunedBaseline(result.audit, baseline.baseline);
        await writeFileAtomic(baselineFile, `${JSON.stringify(pruned, null, 2)}\n`);
      }
      if (opts.sarif) await writeFileAtomic(resolve(io.cwd, opts.sarif), `${JSON.stringify(toSarif(result.audit), null, 2)}\n`);
      const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
      if (opts.githubSummary && summaryFile) {
        const summary = await renderAuditReport(result.audit, result.file, { format: 'md', maxItems: 10, emoji: true, skip: ['statistics', 'smells', 'grade', 'files', 'recommendations', 'checklist', 'actions', 'notes'] });
        await appendFile(summaryFile, summary);
      }
      const seconds = (performance.now() - started) / 1000;
      const where = relative(io.cwd, result.file) || result.file;
      await writeFindingsOutput(io, { ...opts, ...(opts.outputFile ? { outputFile: resolve(io.cwd, opts.outputFile) } : {}) }, {
        audit: result.audit,
        root,
        summary: () => formatSummary(result.audit, where, seconds),
        jsonSummary: () => jsonSummary(result.audit, where),
        ...(opts.report ? { reportPath: relative(io.cwd, join(dirname(result.file), 'report.md')) } : {}),
      });
      if (debug) {
        io.stderr.write('Slowest files:\n');
        for (const s of slowest.sort((a, b) => b.ms - a.ms).slice(0, 10)) io.stderr.write(`  ${s.ms.toFixed(1).padStart(8)} ms  ${s.path}\n`);
      }
      const failed = (result.audit.gates ?? []).filter((g) => !g.passed);
      for (const g of failed) io.stderr.write(`testaudit: gate failed: ${g.id}: ${g.detail}\n`);
      if (result.junitError) io.stderr.write(`testaudit: ${result.junitError}\n`);
      ctx.setExitCode(result.junitError ? EXIT.error : failed.length ? EXIT.gateFailed : EXIT.ok);
    });

}
