/**
 * The audit, end to end: configuration → file selection → analysis (worker threads) → summary →
 * schema-checked, atomic write of `content/audits/<id>/audit.json`.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { InputError, UserError } from '../src/lib/errors.js';
import { SCHEMA_VERSION, type Audit, type CollectionRecord, type AuditedFile, type RuleRecord, type RunsSummary } from '../src/lib/schema.js';
import { claimAuditFolder } from './archive.js';
import { configDigest, ruleOf, resolveConfig, type ConfigFile, type EffectiveConfig, type PresetName } from './config.js';
import { discoverTestFiles, filesChangedSince, filesFromList } from './discover.js';
import { readUserConfig } from './config-sources.js';
import { gitignoreFilter } from './gitignore.js';
import { finishCollection, setUpCollection, type CollectionSetup } from './collect-setup.js';
import { sourceInfo, type SourceInfo } from './git.js';
import { applyBaseline, type Baseline } from '../src/lib/baseline.js';
import { comparisonOf, diffAudits } from '../src/lib/diff.js';
import { evaluateGates, type GateSpec } from '../src/lib/gates.js';
import { auditIssues, writeAuditJson } from './audit-json.js';
import { CACHE_DIR_NAME } from './cache.js';
import { applyRuns, readJunit } from './runs.js';
import { applyCollectionRules } from './collection-findings.js';
import { previousAudit } from './history.js';
import { auditFiles } from './pool.js';
import { computeCoverage } from './coverage.js';
import { collectSuite, uncollectedSummary } from './suite-collection.js';
import { scoringRecord, summarise } from './score.js';
import { TOOL_VERSION } from './version.js';

export const CONFIG_FILE = 'testaudit.config.json';

export interface AuditRequest {
  root: string;
  preset?: PresetName;
  /** Explicit config file; else `<root>/testaudit.config.json` when present. */
  configPath?: string;
  out: string;
  /** YYYY-MM-DD. */
  date: string;
  id?: string;
  title?: string;
  /** The suite's name in the archive (default: repo/sub/dir in git, else the folder's name). */
  name?: string;
  filesFrom?: string;
  changedSince?: string;
  /** Leave out files git ignores (.gitignore files from the checkout's top down to each file); default true. */
  gitignore?: boolean;
  /** false: ignore the suite's pytest configuration (`--no-pytest-config`); a path: read that file (`--pytest-config`). */
  pytestConfig?: false | string;
  include?: string[];
  exclude?: string[];
  jobs?: number;
  force?: boolean;
  /** JUnit XML reports of a test run of the suite (`--junit`). */
  junit?: string[];
  /** Accepted debt: the baseline file's name (for messages) and content. */
  baseline?: { file: string; baseline: Baseline };
  /** Quality gates to evaluate and record. */
  gates?: GateSpec[];
  /** Compare with the previous audit of the same suite in `out` (default true). */
  compare?: boolean;
  /** Result cache folder (default `<root>/.testaudit-cache`); false: no cache. */
  cacheDir?: string | false;
  /** Called once the file list is known. */
  onStart?: (total: number) => void;
  onFile?: (file: AuditedFile, ms: number) => void;
}

/** The config file's `report` settings (how report.md is rendered; not part of the standards). */
export type ReportSettings = NonNullable<ConfigFile['report']>;

export interface AuditResult {
  audit: Audit;
  report: ReportSettings;
  /** A `--junit` report that could not be used: the audit was written without run results. */
  junitError?: string;
  /** Folder of the audit in the archive. */
  dir: string;
  /** Path of the written audit.json. */
  file: string;
}

/** Load, validate and resolve the configuration; throws ConfigurationError before anything is written. */
export async function loadConfig(
  root: string,
  req: Pick<AuditRequest, 'configPath' | 'preset' | 'include' | 'exclude' | 'pytestConfig'>,
): Promise<{ config: EffectiveConfig; source: string | null; report: ReportSettings; collection: CollectionSetup }> {
  // testaudit.config.json, pyproject.toml's [tool.testaudit] or --config, with `extends` folded in.
  const { user, source: path } = await readUserConfig(root, req.configPath);
  const userInclude = Boolean(req.include?.length || user?.include);
  const pytestConfig = req.pytestConfig ?? (typeof user?.pytestConfig === 'string' ? resolve(root, user.pytestConfig) : user?.pytestConfig);
  const collection = await setUpCollection(root, { userInclude, ...(pytestConfig !== undefined ? { pytestConfig } : {}) });
  const asyncioMode = collection.collection.asyncioMode;
  const config = resolveConfig(user, {
    ...(req.preset ? { preset: req.preset } : {}),
    source: path ?? 'configuration',
    suiteDefaults: asyncioMode ? { 'async-hygiene': { asyncioMode } } : {},
  });
  config.collection = collection.collection;
  // Without include globs of the user's, the files are pytest's: the recorded include says which.
  if (!userInclude) config.include = [...collection.collection.pythonFiles.map((p) => (p.includes('/') ? p : `**/${p}`)), '**/conftest.py'];
  if (req.include?.length) config.include = req.include;
  if (req.exclude?.length) config.exclude = [...config.exclude, ...req.exclude];
  return { config, source: path, report: user?.report ?? {}, collection };
}

/** Why an audit that collected no test file stops: the root, the patterns and the configuration used. */
function nothingCollected(req: Pick<AuditRequest, 'changedSince' | 'filesFrom' | 'include'>, root: string, include: readonly string[], record: CollectionRecord, filesFound = 0): string {
  const config = record.configFile ? `pytest configuration ${record.configFile}${record.configSection ? ` ${record.configSection}` : ''}` : "pytest's defaults (no pytest configuration found)";
  const where = record.testpaths.length ? ` under testpaths ${record.testpaths.join(', ')}` : '';
  const patterns = req.include?.length ? `--include ${include.join(' ')}` : `python_files ${record.pythonFiles.join(' ')}`;
  if (filesFound > 0) {
    return `No tests in the ${filesFound} file${filesFound === 1 ? '' : 's'} selected below ${root} (${patterns}${where}, per ${config}): pytest would collect nothing, so there is nothing to audit. Check python_classes and python_functions, or the selection.`;
  }
  if (req.filesFrom) return `--files-from ${req.filesFrom}: the list names no file; nothing to audit.`;
  if (req.changedSince) return `--changed-since ${req.changedSince}: no test file changed below ${root} (files matching ${patterns}${where}, per ${config}); nothing to audit.`;
  return `No test files to audit below ${root}: none matches ${patterns}${where} (per ${config}). Check the path, or the patterns (--include, python_files), or pass --no-pytest-config.`;
}

/** A stable display name for the root: `repo/sub/dir` inside a git checkout, else the folder's name. */
function displayRoot(root: string, source: SourceInfo | null): string {
  // git's own prefix, the same one `source.path` records, so the name and the links cannot disagree.
  if (source) return source.path ? `${basename(source.toplevel)}/${source.path}` : basename(source.toplevel);
  return basename(root) || root;
}

/** YYYY-MM-DD naming a real day (no 2026-02-30, which Date.parse would roll into March). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

export async function runAudit(req: AuditRequest): Promise<AuditResult> {
  const root = resolve(req.root);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new InputError(`${req.root}: not a directory; pass the folder of the test suite to audit.`);
  if (!isCalendarDate(req.date)) {
    throw new InputError(`--date ${req.date}: expected a date as YYYY-MM-DD.`);
  }
  if (req.id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(req.id)) {
    throw new InputError(`--id ${req.id}: use letters, digits, ".", "_" and "-" only.`);
  }
  if (req.name !== undefined && !/^[^\s/][^\n]*$/.test(req.name)) throw new InputError(`--name ${JSON.stringify(req.name)}: give a one-line name that does not start with "/" or a space.`);
  if (req.filesFrom && req.changedSince) throw new InputError('--files-from and --changed-since select files in different ways; pass one of them.');
  if (req.id && !req.force && existsSync(join(req.out, 'audits', req.id))) {
    throw new InputError(`--id ${req.id}: ${join(req.out, 'audits', req.id)} already exists; choose another id, or pass --force to replace it.`);
  }

  const { config, source: configSource, report, collection: collectionSetup } = await loadConfig(root, req);
  for (const g of req.gates ?? []) {
    if (g.kind === 'max-findings' && !ruleOf(config, g.ruleId)) throw new InputError(`--max-findings ${g.ruleId}=${g.max}: unknown rule id "${g.ruleId}".`);
  }
  const selection = { include: config.include, exclude: config.exclude, collection: { ...collectionSetup.selection, conftests: collectionSetup.conftests } };
  const paths = req.filesFrom
    ? await filesFromList(root, req.filesFrom)
    : req.changedSince
      ? await filesChangedSince(root, req.changedSince, selection)
      : (await discoverTestFiles(root, selection)).filter(req.gitignore === false ? () => true : await gitignoreFilter(root));
  if (req.filesFrom) for (const p of paths) await collectionSetup.conftests.ignores(resolve(root, p)); // loads the conftests pytest would
  const { collection, record: collectionRecord } = await finishCollection(collectionSetup);
  config.collection = collection;
  if (paths.length === 0) throw new InputError(nothingCollected(req, root, config.include, collectionRecord));
  const git = await sourceInfo(root);

  req.onStart?.(paths.length);
  const files = await auditFiles(root, paths, config, {
    cacheDir: req.cacheDir === false ? null : resolve(root, req.cacheDir ?? CACHE_DIR_NAME),
    ...(req.jobs ? { jobs: req.jobs } : {}),
    ...(req.onFile ? { onFile: req.onFile } : {}),
  });
  collectSuite(root, files, config);

  await applyCollectionRules(root, files, config);

  let runs: RunsSummary | undefined;
  let junitError: string | undefined;
  if (req.junit?.length) {
    try {
      runs = await applyRuns(root, files, config, await readJunit(req.junit));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      junitError = `${error.message} The audit was written without test-run results.`;
    }
  }

  const rules: RuleRecord[] = config.rules.map((r) => {
    const meta = ruleOf(config, r.id)!.meta;
    return {
      id: r.id,
      category: meta.category,
      severity: r.severity,
      defaultSeverity: meta.severity,
      description: meta.description,
      why: meta.why,
      howToFix: meta.howToFix,
      ...(meta.notReported ? { notReported: meta.notReported } : {}),
      ...(meta.fileLevel ? { fileLevel: true } : {}),
      options: r.options,
      scope: r.scope,
      ...(meta.custom ? { custom: true } : {}),
    };
  });
  const coverage = computeCoverage(files, config);
  const scope: Audit['audit']['scope'] = req.filesFrom
    ? { root: '', description: `${paths.length} files listed in ${basename(req.filesFrom)}`, selection: 'files-from', include: [], exclude: [], filesFrom: basename(req.filesFrom) }
    : req.changedSince
      ? { root: '', description: `${paths.length} test files added or modified since ${req.changedSince}`, selection: 'changed-since', include: config.include, exclude: config.exclude, since: req.changedSince }
      : { root: '', description: 'all test files', selection: 'all', include: config.include, exclude: config.exclude };
  scope.root = req.name ?? displayRoot(root, git);

  // Files found but not one test (broken files aside, whose findings say why): nothing to audit.
  if (!files.some((f) => f.tests > 0 || f.status !== 'ok')) {
    throw new InputError(nothingCollected(req, root, config.include, collectionRecord, files.length));
  }
  const { id, dir, created } = await claimAuditFolder(req.out, req.date, { ...(req.id ? { id: req.id } : {}), force: req.force ?? false });
  const audit: Audit = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'testaudit', version: TOOL_VERSION },
    audit: {
      id,
      date: req.date,
      title: req.title ?? config.title ?? `Test suite audit: ${scope.root}`,
      auditor: `testaudit ${TOOL_VERSION}`,
      standards: [`${config.preset} preset`, ...(configSource ? [basename(configSource)] : []), ...config.standards],
      scope,
      ...(git ? { source: { commit: git.commit, branch: git.branch, remoteUrl: git.remoteUrl, path: git.path } } : {}),
      preset: config.preset,
      configDigest: configDigest(config),
      collection: collectionRecord,
    },
    scoring: scoringRecord(config.scoring),
    summary: { ...summarise(files, rules, config.areas.map((a) => a.name), coverage?.findings ?? [], config.scoring), uncollected: uncollectedSummary(files) },
    rules,
    files,
    ...(runs ? { runs } : {}),
    ...(coverage ? { coverage } : {}),
  };

  if (req.compare ?? true) {
    const previous = await previousAudit(req.out, audit);
    if (previous) {
      const diff = diffAudits(previous, audit);
      for (const f of diff.newFindingObjects) f.new = true;
      audit.comparison = comparisonOf(diff);
    }
  }
  if (req.baseline) audit.baseline = applyBaseline(audit, req.baseline.baseline, req.baseline.file);
  if (req.gates?.length || audit.baseline) audit.gates = evaluateGates(audit, req.gates ?? []);

  const issues = auditIssues(audit);
  if (issues.length) {
    if (created) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`testaudit built an audit that fails its own schema (a bug): ${issues.join('; ')}`);
  }
  const file = join(dir, 'audit.json');
  await writeAuditJson(file, audit);
  return { audit, dir, file, report, ...(junitError ? { junitError } : {}) };
}
