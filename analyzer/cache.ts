/**
 * The result cache: an unchanged file audited with an unchanged configuration by the same tool
 * version is not parsed again. An entry is keyed by the file's path and bytes under a folder keyed
 * by everything else that shapes a result (tool version, effective configuration, parse limits),
 * and carries a checksum of its own payload: a truncated, edited or foreign entry is ignored and
 * rewritten, never trusted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditedFile } from '../src/lib/schema.js';
import { configDigest, type EffectiveConfig } from './config.js';
import type { ParseLimits } from './parse.js';
import { TOOL_VERSION } from './version.js';

export const CACHE_DIR_NAME = '.testaudit-cache';

/** Where one configuration's entries live; plain data, so it can be posted to worker threads. */
export interface CacheSpec {
  dir: string;
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

let ownCode: string | undefined;

/**
 * A digest of the analyzer's own code (this folder and the shared library), so that a changed
 * analyzer never reuses results of the old one, even before its version number changes.
 */
function codeDigest(): string {
  if (ownCode) return ownCode;
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const dir of [here, join(here, '..', 'src', 'lib')]) {
    const files = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(ts|js)$/.test(f)).sort() : [];
    for (const f of files) h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  }
  return (ownCode = h.digest('hex'));
}

/** The cache folder for this tool version and code, configuration and parse limits, below `root`. */
export function cacheSpec(root: string, config: EffectiveConfig, limits: ParseLimits): CacheSpec {
  const key = sha256(TOOL_VERSION, codeDigest(), configDigest(config), JSON.stringify(limits)).slice(0, 16);
  return { dir: join(root, `v1-${key}`) };
}

/**
 * Create the cache folder, marked as a cache (backup tools skip it) and kept out of git, as Ruff
 * does. False when it cannot be created (a read-only suite): the audit then runs without a cache.
 */
export function prepareCacheRoot(root: string): boolean {
  try {
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, '.gitignore'), '# Created by testaudit.\n*\n');
    writeFileSync(join(root, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by testaudit.\n');
    return true;
  } catch {
    return false;
  }
}

const entryPath = (spec: CacheSpec, key: string): string => join(spec.dir, key.slice(0, 2), `${key}.json`);

/** The cached result for `path` with these bytes, or null when absent or not trustworthy. */
export function readCached(spec: CacheSpec, path: string, bytes: Uint8Array): AuditedFile | null {
  const key = sha256(path, bytes);
  let text: string;
  try {
    text = readFileSync(entryPath(spec, key), 'utf8');
  } catch {
    return null;
  }
  const newline = text.indexOf('\n');
  const payload = text.slice(newline + 1);
  if (newline !== 64 || text.slice(0, 64) !== sha256(key, payload)) return null;
  try {
    const file = JSON.parse(payload) as AuditedFile;
    return file && file.path === path && Array.isArray(file.findings) ? file : null;
  } catch {
    return null;
  }
}

/** Store a result; failures (read-only disk, full disk) only cost the next run its speed. */
export function writeCached(spec: CacheSpec, path: string, bytes: Uint8Array, file: AuditedFile): void {
  const key = sha256(path, bytes);
  const target = entryPath(spec, key);
  const payload = JSON.stringify(file);
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(spec.dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(tmp, `${sha256(key, payload)}\n${payload}`);
    renameSync(tmp, target);
  } catch {
    rmSync(tmp, { force: true });
  }
}
