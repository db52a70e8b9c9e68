/**
 * Where the user's configuration comes from: `--config FILE` (JSON, or a pyproject.toml's
 * `[tool.testaudit]`), else ROOT/testaudit.config.json, else ROOT/pyproject.toml's `[tool.testaudit]`
 * — where Python teams keep their tools' settings. `extends` names a preset, a file (relative to the
 * file that names it) or a package's file, which is read first and overridden by the file that
 * extends it. Two sources in ROOT that disagree are an error, never a silent choice.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ConfigurationError, parseJsonText } from '../src/lib/errors.js';
import { parseConfigFile, PRESET_NAMES, stableJson, type ConfigFile } from './config.js';

export const JSON_CONFIG = 'testaudit.config.json';
export const PYPROJECT = 'pyproject.toml';

type Raw = Record<string, unknown>;

const isToml = (file: string): boolean => file.endsWith('.toml');
const label = (file: string): string => (isToml(file) ? `${file} [tool.testaudit]` : file);
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`${what}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

/** `[tool.testaudit]` of a pyproject.toml, or null when it has none. */
export function toolSection(text: string, file: string): Raw | null {
  let doc: Raw;
  try {
    doc = parseToml(text) as Raw;
  } catch (error) {
    const where = error instanceof TomlError ? `:${error.line}:${error.column}` : '';
    throw new ConfigurationError(`${file}${where}: not valid TOML (${(error as Error).message.split('\n')[0]}).`);
  }
  const section = isObject(doc['tool']) ? (doc['tool'] as Raw)['testaudit'] : undefined;
  if (section === undefined) return null;
  if (!isObject(section)) throw new ConfigurationError(`${file}: [tool.testaudit] must be a table.`);
  return section;
}

/** One file's raw settings (JSON object or `[tool.testaudit]`); null for a pyproject.toml without the section. */
async function readRaw(file: string, what: string): Promise<Raw | null> {
  const text = await readText(file, what);
  if (isToml(file)) return toolSection(text, file);
  const raw = parseJsonText(text, file, ConfigurationError);
  if (!isObject(raw)) throw new ConfigurationError(`${file}: expected a JSON object of settings.`);
  return raw;
}

/** Where a non-preset `extends` points: a path relative to `from`, or a package's file resolved from there. */
function extendsTarget(spec: string, from: string): string {
  if (spec.startsWith('.') || isAbsolute(spec)) return resolve(dirname(from), spec);
  try {
    return createRequire(from).resolve(spec);
  } catch {
    throw new ConfigurationError(`${label(from)}: extends: "${spec}" is neither a preset (${PRESET_NAMES.join(', ')}), a file (start it with ./), nor an installed package's file.`);
  }
}

/** `base` overridden by `over`: keyed sections (rules, categories, areas, report, scoring) merge per key; the rest is replaced. */
export function mergeRaw(base: Raw, over: Raw): Raw {
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    if (key === 'rules' && isObject(prev) && isObject(value)) {
      const custom = new Map<string, unknown>();
      for (const def of [...((prev['custom'] as unknown[]) ?? []), ...((value['custom'] as unknown[]) ?? [])]) custom.set(String((def as Raw)['id']), def);
      out[key] = { ...prev, ...value, ...(custom.size ? { custom: [...custom.values()] } : {}) };
    } else if (['categories', 'areas', 'report', 'scoring'].includes(key) && isObject(prev) && isObject(value)) {
      out[key] = { ...prev, ...value };
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The settings of `file` with everything it extends folded in; `extends` is left a preset name or absent. */
async function readChain(file: string, what: string, seen: string[]): Promise<Raw> {
  if (seen.includes(file)) throw new ConfigurationError(`${label(file)}: extends goes round in a circle (${[...seen, file].map((f) => basename(f)).join(' → ')}).`);
  const raw = await readRaw(file, what);
  if (raw === null) throw new ConfigurationError(`${file}: no [tool.testaudit] table in it.`);
  const ext = raw['extends'];
  if (typeof ext !== 'string' || (PRESET_NAMES as readonly string[]).includes(ext)) return raw;
  const target = extendsTarget(ext, file);
  const base = await readChain(target, `${label(file)}: extends "${ext}" (${target})`, [...seen, file]);
  const merged = mergeRaw(base, raw);
  if (base['extends'] === undefined) delete merged['extends'];
  else merged['extends'] = base['extends'];
  return merged;
}

export interface UserConfig {
  user: ConfigFile | null;
  /** The file it came from, as messages name it (`pyproject.toml [tool.testaudit]`), or null. */
  source: string | null;
  /** The file's path, or null. */
  path: string | null;
}

/** Top-level keys on which two configurations differ. */
function differingKeys(a: Raw, b: Raw): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== '$schema' && stableJson(a[k]) !== stableJson(b[k])).sort();
}

/** Read, validate and resolve the user's configuration (see the module comment); null when there is none. */
export async function readUserConfig(root: string, configPath?: string): Promise<UserConfig> {
  let file: string | null = configPath ?? null;
  if (!file) {
    const json = join(root, JSON_CONFIG);
    const pyproject = join(root, PYPROJECT);
    const fromJson = existsSync(json) ? await readRaw(json, json) : null;
    const fromToml = existsSync(pyproject) ? await readRaw(pyproject, pyproject) : null;
    if (fromJson && fromToml) {
      const keys = differingKeys(fromJson, fromToml);
      if (keys.length) {
        throw new ConfigurationError(
          `${json} and ${label(pyproject)} both configure testaudit and disagree on ${keys.map((k) => `"${k}"`).join(', ')}; keep one of them (or choose one with --config).`,
        );
      }
    }
    file = fromJson ? json : fromToml ? pyproject : null;
  }
  if (!file) return { user: null, source: null, path: null };
  const raw = await readChain(file, `--config ${file}`, []);
  return { user: parseConfigFile(raw, label(file)), source: label(file), path: file };
}
