/**
 * The suite's own pytest configuration, found and read as pytest 9 does
 * (`src/_pytest/config/findpaths.py`: `locate_config`, `determine_setup`), and resolved into the
 * effective collection settings (`PytestCollection`). Parsing and resolution are pure; only
 * `locatePytestConfig` touches the file system.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ConfigurationError } from '../src/lib/errors.js';
import { PYTEST_DEFAULTS, type PytestCollection } from './collection.js';
import { IniParseError, parseIni, shlexSplit } from './ini.js';

/** A config file's pytest settings: INI values are strings; native TOML keeps its types. */
export interface RawPytestConfig {
  /** `[pytest]`, `[tool:pytest]`, `[tool.pytest]`, `[tool.pytest.ini_options]`; null for a config file without settings. */
  section: string | null;
  mode: 'ini' | 'toml';
  values: Record<string, unknown>;
}

type Loader = (text: string, file: string) => RawPytestConfig | null;

function ini(text: string, file: string): Map<string, Map<string, string>> {
  try {
    return parseIni(text, file);
  } catch (error) {
    if (error instanceof IniParseError) throw new ConfigurationError(`${error.message} (pytest cannot read this file either; fix it, or pass --no-pytest-config).`);
    throw error;
  }
}

function toml(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigurationError(`${file}: not valid TOML: ${first} (pytest cannot read this file either; fix it, or pass --no-pytest-config).`);
  }
}

const fromSection = (section: Map<string, string>, name: string): RawPytestConfig => ({ section: `[${name}]`, mode: 'ini', values: Object.fromEntries(section) });

/** `pytest.ini` / `.pytest.ini`: always the configuration, even without a `[pytest]` section. */
const loadPytestIni: Loader = (text, file) => {
  const s = ini(text, file).get('pytest');
  return s ? fromSection(s, 'pytest') : { section: null, mode: 'ini', values: {} };
};

/** `tox.ini` and other `.ini` files: only with a `[pytest]` section. */
const loadIniFile: Loader = (text, file) => {
  const s = ini(text, file).get('pytest');
  return s ? fromSection(s, 'pytest') : null;
};

/** `setup.cfg`: only with a `[tool:pytest]` section (pytest refuses a plain `[pytest]` there). */
const loadCfgFile: Loader = (text, file) => {
  const sections = ini(text, file);
  const s = sections.get('tool:pytest');
  if (s) return fromSection(s, 'tool:pytest');
  if (sections.has('pytest')) throw new ConfigurationError(`${file}: a [pytest] section in setup.cfg is no longer supported by pytest; rename it [tool:pytest].`);
  return null;
};

const isTable = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** `[pytest]` of a `pytest.toml` (native TOML types). */
function fromPytestTable(doc: Record<string, unknown>, file: string): RawPytestConfig | null {
  if (isTable(doc['pytest'])) return { section: '[pytest]', mode: 'toml', values: doc['pytest'] };
  const topLevel = Object.entries(doc).filter(([, v]) => !isTable(v)).map(([k]) => k);
  if (topLevel.length) throw new ConfigurationError(`${file}: pytest configuration must be under a [pytest] table (found top-level options: ${topLevel.join(', ')}).`);
  return null;
}

/** `[tool.pytest]` (native TOML) or `[tool.pytest.ini_options]` (strings and lists) of a `pyproject.toml`. */
function fromToolPytest(doc: Record<string, unknown>, file: string): RawPytestConfig | null {
  const tool = isTable(doc['tool']) ? doc['tool'] : {};
  const pytest = isTable(tool['pytest']) ? tool['pytest'] : {};
  const native = Object.fromEntries(Object.entries(pytest).filter(([k]) => k !== 'ini_options'));
  const iniOptions = pytest['ini_options'];
  if (Object.keys(native).length && iniOptions !== undefined) {
    throw new ConfigurationError(`${file}: [tool.pytest] and [tool.pytest.ini_options] cannot be used together (pytest refuses it); keep one of them.`);
  }
  if (Object.keys(native).length) return { section: '[tool.pytest]', mode: 'toml', values: native };
  if (isTable(iniOptions)) {
    // INI mode: scalars become strings, lists stay lists (pytest's make_scalar).
    const values = Object.fromEntries(Object.entries(iniOptions).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v)]));
    return { section: '[tool.pytest.ini_options]', mode: 'ini', values };
  }
  return null;
}

const loadPytestToml: Loader = (text, file) => fromPytestTable(toml(text, file), file) ?? { section: null, mode: 'toml', values: {} };
const loadPyproject: Loader = (text, file) => fromToolPytest(toml(text, file), file);
const loadCustomToml: Loader = (text, file) => {
  const doc = toml(text, file);
  return fromToolPytest(doc, file) ?? fromPytestTable(doc, file);
};

/** The files pytest looks for in each directory, in its order of precedence. */
export const CONFIG_LOADERS_BY_NAME: ReadonlyMap<string, Loader> = new Map([
  ['pytest.toml', loadPytestToml],
  ['.pytest.toml', loadPytestToml],
  ['pytest.ini', loadPytestIni],
  ['.pytest.ini', loadPytestIni],
  ['pyproject.toml', loadPyproject],
  ['tox.ini', loadIniFile],
  ['setup.cfg', loadCfgFile],
]);

const LOADERS_BY_SUFFIX: ReadonlyMap<string, Loader> = new Map([
  ['.ini', loadIniFile],
  ['.cfg', loadCfgFile],
  ['.toml', loadCustomToml],
]);

/** Read the pytest settings of a config file's text; null when the file holds none. Pure. */
export function loadPytestConfigText(file: string, text: string): RawPytestConfig | null {
  const loader = CONFIG_LOADERS_BY_NAME.get(basename(file)) ?? LOADERS_BY_SUFFIX.get(extname(file));
  if (!loader) throw new ConfigurationError(`--pytest-config ${file}: pytest reads configuration only from .ini, .cfg and .toml files.`);
  return loader(text, file);
}

/** Where pytest's configuration comes from for one audit. */
export interface LocatedConfig {
  /** Absolute rootdir: the config file's folder, else the audited root. */
  rootdir: string;
  /** Absolute path of the config file, or null. */
  file: string | null;
  raw: RawPytestConfig | null;
}

const isFile = async (p: string): Promise<boolean> => (await stat(p).catch(() => null))?.isFile() ?? false;

/**
 * pytest's `locate_config` from the audited root (pytest run there with no arguments): upwards,
 * per directory in `CONFIG_LOADERS_BY_NAME` order, the first file holding pytest settings wins
 * (`pytest.ini` wins even when empty); failing that, the first `pyproject.toml` seen makes the
 * rootdir with no settings. With `explicit` (`--pytest-config`, pytest's `-c`) that file is used.
 */
export async function locatePytestConfig(root: string, explicit?: string): Promise<LocatedConfig> {
  const read = (p: string): Promise<string> => readFile(p, 'utf8');
  if (explicit) {
    const file = resolve(explicit);
    if (!(await isFile(file))) throw new ConfigurationError(`--pytest-config ${explicit}: no such file.`);
    return { rootdir: dirname(file), file, raw: loadPytestConfigText(file, await read(file)) ?? { section: null, mode: 'ini', values: {} } };
  }
  let firstPyproject: string | null = null;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    for (const name of CONFIG_LOADERS_BY_NAME.keys()) {
      const file = join(dir, name);
      if (!(await isFile(file))) continue;
      if (name === 'pyproject.toml') firstPyproject ??= file;
      const raw = loadPytestConfigText(file, await read(file));
      if (raw) return { rootdir: dir, file, raw };
    }
    if (dirname(dir) === dir) break;
  }
  if (firstPyproject) return { rootdir: dirname(firstPyproject), file: firstPyproject, raw: { section: null, mode: 'toml', values: {} } };
  return { rootdir: resolve(root), file: null, raw: null };
}

/** An "args" option: shlex-split in INI mode, a list in TOML. */
function argsValue(v: unknown): string[] | null {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(String);
  try {
    return shlexSplit(String(v));
  } catch {
    return String(v).split(/\s+/).filter(Boolean);
  }
}

/** A "linelist" option: one entry per non-blank line in INI mode, a list in TOML. */
function linelistValue(v: unknown): string[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  return String(v).split('\n').map((l) => l.trim()).filter(Boolean);
}

/** pytest's `_strtobool`; null when unset or not a boolean word. */
function boolValue(v: unknown): boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['y', 'yes', 't', 'true', 'on', '1'].includes(s)) return true;
  if (['n', 'no', 'f', 'false', 'off', '0'].includes(s)) return false;
  return null;
}

/** The marker name of a `markers` line: `slow(reason): description` → `slow` (pytest's own split). */
export function markerNameOf(line: string): string {
  return line.split(':')[0]!.split('(')[0]!.trim();
}

/** What `addopts` says about collection. */
export interface AddoptsFacts {
  strictMarkers: boolean;
  strict: boolean;
  importMode: PytestCollection['importMode'] | null;
  asyncioMode: 'auto' | 'strict' | null;
  disabledPlugins: string[];
}

/** Read `--strict-markers`, `--strict`, `--import-mode`, `--asyncio-mode` and `-p no:NAME` from `addopts`. */
export function addoptsFacts(args: readonly string[]): AddoptsFacts {
  const out: AddoptsFacts = { strictMarkers: false, strict: false, importMode: null, asyncioMode: null, disabledPlugins: [] };
  const valueOf = (i: number, flag: string): [string | null, number] => {
    const a = args[i]!;
    if (a.startsWith(`${flag}=`)) return [a.slice(flag.length + 1), i];
    if (a === flag) return [args[i + 1] ?? null, i + 1];
    return [null, i];
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--strict-markers') out.strictMarkers = true;
    else if (a === '--strict') out.strict = true;
    else if (a === '--import-mode' || a.startsWith('--import-mode=')) {
      const [v, next] = valueOf(i, '--import-mode');
      if (v === 'prepend' || v === 'append' || v === 'importlib') out.importMode = v;
      i = next;
    } else if (a === '--asyncio-mode' || a.startsWith('--asyncio-mode=')) {
      const [v, next] = valueOf(i, '--asyncio-mode');
      if (v === 'auto' || v === 'strict') out.asyncioMode = v;
      i = next;
    } else if (a === '-p' || (a.startsWith('-p') && !a.startsWith('--'))) {
      const v = a === '-p' ? args[++i] : a.slice(2).replace(/^=/, '');
      if (v?.startsWith('no:')) out.disabledPlugins.push(v.slice(3));
    }
  }
  return out;
}

/** How the located configuration applies to the audited root. */
export interface ResolveContext {
  /** The config file, POSIX and relative to the audited root (`../pyproject.toml` above it). */
  configFile: string | null;
  /** The audited root is the rootdir, so pytest (run there without arguments) uses `testpaths`. */
  atRootdir: boolean;
}

/** The effective collection settings of `raw` (pytest's defaults for what it does not set). Pure. */
export function resolveCollection(raw: RawPytestConfig | null, ctx: ResolveContext): PytestCollection {
  if (!raw) return { ...PYTEST_DEFAULTS, configFile: ctx.configFile };
  const v = raw.values;
  const addopts = addoptsFacts(argsValue(v['addopts']) ?? []);
  // `--strict-markers`/`--strict` in addopts override the ini values (pytest's OverrideIniAction).
  const strictMarkersIni = addopts.strictMarkers ? true : boolValue(v['strict_markers']);
  const strictIni = addopts.strict ? true : (boolValue(v['strict']) ?? false);
  const asyncio = addopts.asyncioMode ?? (typeof v['asyncio_mode'] === 'string' && (v['asyncio_mode'] === 'auto' || v['asyncio_mode'] === 'strict') ? v['asyncio_mode'] : null);
  return {
    configFile: ctx.configFile,
    configSection: raw.section,
    pythonFiles: argsValue(v['python_files']) ?? [...PYTEST_DEFAULTS.pythonFiles],
    pythonClasses: argsValue(v['python_classes']) ?? [...PYTEST_DEFAULTS.pythonClasses],
    pythonFunctions: argsValue(v['python_functions']) ?? [...PYTEST_DEFAULTS.pythonFunctions],
    testpaths: ctx.atRootdir ? (argsValue(v['testpaths']) ?? []) : [],
    norecursedirs: argsValue(v['norecursedirs']) ?? [...PYTEST_DEFAULTS.norecursedirs],
    markers: [...new Set(linelistValue(v['markers']).map(markerNameOf).filter(Boolean))].sort(),
    strictMarkers: strictMarkersIni ?? strictIni,
    importMode: addopts.importMode ?? 'prepend',
    asyncioMode: asyncio,
    disabledPlugins: addopts.disabledPlugins,
  };
}

/** POSIX path of `target` relative to `from` ('.' for the same folder). */
export function posixRelative(from: string, target: string): string {
  const rel = relative(from, target);
  return rel === '' ? '.' : rel.split(sep).join('/');
}
