/**
 * Which files an audit reads, as pytest collects them: from `testpaths` (or the root), not into
 * `norecursedirs`, virtualenvs or paths a conftest's `collect_ignore(_glob)` names, the modules
 * matching `python_files` plus every `conftest.py` — or, when the user gives `include` globs, the
 * files matching those. Or exactly a given list, or the files git says changed (judged the same way).
 * Never follows a symlink out of the root or into a loop. Paths are POSIX, relative to the root,
 * sorted by code unit: deterministic.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import { InputError } from '../src/lib/errors.js';
import { fnmatch, PYTEST_DEFAULTS } from './collection.js';
import type { ConftestIndex } from './conftests.js';

const run = promisify(execFile);

/**
 * Directory names never descended into whatever `norecursedirs` says: bytecode, and installed
 * third-party code (pytest would collect an installed package's tests; they are not the suite's).
 */
export const SKIPPED_DIRS = new Set(['__pycache__', 'site-packages', '__pypackages__']);

/** How pytest's configuration narrows the files (see `collectionSelection` in run-audit). */
export interface CollectionSelection {
  /** `python_files` patterns; null when the user's `include` globs choose the files instead. */
  pythonFiles: readonly string[] | null;
  /** `norecursedirs` patterns (pytest's `fnmatch_ex`: the basename, or the whole path when a pattern holds "/"). */
  norecursedirs: readonly string[];
  /** Root-relative POSIX paths to collect from (`testpaths`, globs expanded); empty: the root. */
  starts: readonly string[];
  /** The conftests whose `collect_ignore(_glob)` apply; none read when absent. */
  conftests?: ConftestIndex;
}

export interface DiscoverOptions {
  include: readonly string[];
  exclude: readonly string[];
  /** pytest's collection settings; absent: pytest's defaults, with `include` choosing the files. */
  collection?: CollectionSelection;
}

const DEFAULT_SELECTION: CollectionSelection = { pythonFiles: null, norecursedirs: PYTEST_DEFAULTS.norecursedirs, starts: [] };

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** pytest's `fnmatch_ex`: a pattern without "/" matches the basename, else the path's end. */
export function fnmatchEx(pattern: string, absPath: string): boolean {
  if (!pattern.includes('/')) return fnmatch(basename(absPath), pattern);
  return fnmatch(toPosix(absPath), pattern.startsWith('/') ? pattern : `*/${pattern}`);
}

/** Whether a file (by root-relative and absolute path) is one the audit reads, by name. */
function fileSelector(opts: DiscoverOptions): (rel: string, abs: string) => boolean {
  const exc = opts.exclude.length ? picomatch([...opts.exclude], { dot: true }) : () => false;
  const pythonFiles = opts.collection?.pythonFiles ?? null;
  if (pythonFiles) {
    return (rel, abs) => (basename(rel) === 'conftest.py' || (rel.endsWith('.py') && pythonFiles.some((p) => fnmatchEx(p, abs)))) && !exc(rel);
  }
  const inc = picomatch([...opts.include], { dot: false });
  return (rel) => inc(rel) && !exc(rel);
}

/** pytest's `_in_venv`: a folder holding `pyvenv.cfg` or `conda-meta/history`. */
async function isVirtualenv(dir: string, names: ReadonlySet<string>): Promise<boolean> {
  if (names.has('pyvenv.cfg')) return true;
  return names.has('conda-meta') && ((await stat(join(dir, 'conda-meta', 'history')).catch(() => null))?.isFile() ?? false);
}

/** Whether pytest would not descend into directory `abs` (below a start). */
function prunedDir(abs: string, sel: CollectionSelection): boolean {
  const name = basename(abs);
  return SKIPPED_DIRS.has(name) || sel.norecursedirs.some((p) => fnmatchEx(p, abs));
}

/** Every test file below `root` that pytest's configuration (or `include`) selects. */
export async function discoverTestFiles(root: string, opts: DiscoverOptions): Promise<string[]> {
  const sel = opts.collection ?? DEFAULT_SELECTION;
  const select = fileSelector(opts);
  const rootReal = await realpath(root);
  const visited = new Set<string>([rootReal]);
  const out = new Set<string>();
  const pending: string[] = [];
  for (const start of sel.starts.length ? sel.starts : ['']) {
    const abs = join(rootReal, start);
    const s = await stat(abs).catch(() => null);
    if (s?.isDirectory()) {
      if (!visited.has(abs) || abs === rootReal) pending.push(abs);
      visited.add(abs);
    } else if (s?.isFile() && abs.endsWith('.py')) out.add(toPosix(relative(rootReal, abs))); // an initial path: pytest collects it whatever its name
  }
  // Symlinked directories wait until every real directory was seen, so a file reachable both ways
  // is reported under its real path, whatever order the file system lists entries in.
  const linkedDirs: Array<{ full: string; target: string }> = [];
  while (pending.length > 0 || linkedDirs.length > 0) {
    if (pending.length === 0) {
      const link = linkedDirs.shift()!;
      if (visited.has(link.target)) continue;
      visited.add(link.target);
      pending.push(link.full);
    }
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable directory: nothing to audit in it
    }
    if (dir !== rootReal && (await isVirtualenv(dir, new Set(entries.map((e) => e.name))))) continue;
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let target = full;
      if (e.isSymbolicLink()) {
        try {
          target = await realpath(full);
          const s = await stat(target);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // dangling link
        }
        if (!isInside(rootReal, target)) continue; // never leave the root
      }
      if (isDir) {
        if (prunedDir(full, sel)) continue;
        if (sel.conftests && (await sel.conftests.ignores(full))) continue;
        if (e.isSymbolicLink()) {
          linkedDirs.push({ full, target });
          continue;
        }
        if (visited.has(target)) continue; // a second way to the same directory
        visited.add(target);
        pending.push(full);
      } else if (isFile) {
        const rel = toPosix(relative(rootReal, full));
        if (!select(rel, full)) continue;
        if (sel.conftests && e.name !== 'conftest.py' && (await sel.conftests.ignores(full))) continue;
        out.add(rel);
      }
    }
  }
  return [...out].sort(byCodeUnit);
}

/**
 * Whether pytest would collect root-relative `rel` (a file known to exist): under a start, in no
 * pruned or ignored folder, not ignored itself, and selected by name.
 */
async function collectsPath(root: string, rel: string, opts: DiscoverOptions): Promise<boolean> {
  const sel = opts.collection ?? DEFAULT_SELECTION;
  const abs = resolve(root, rel);
  const start = sel.starts.length ? sel.starts.find((s) => s === '' || rel === s || rel.startsWith(`${s}/`)) : '';
  if (start === undefined) return false;
  if (start === rel) return true;
  const startAbs = resolve(root, start);
  for (let d = dirname(abs); d !== startAbs && isInside(startAbs, d); d = dirname(d)) {
    if (prunedDir(d, sel)) return false;
    if (sel.conftests && (await sel.conftests.ignores(d))) return false;
  }
  if (!fileSelector(opts)(rel, abs)) return false;
  return !(sel.conftests && basename(rel) !== 'conftest.py' && (await sel.conftests.ignores(abs)));
}

/** The paths listed in `listFile` (one per line, relative to `root`; blank lines and `#` comments ignored). */
export async function filesFromList(root: string, listFile: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(listFile, 'utf8');
  } catch (error) {
    throw new InputError(`--files-from ${listFile}: cannot read the list (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const rootAbs = resolve(root);
  const seen = new Set<string>();
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw || raw.startsWith('#')) continue;
    const abs = resolve(rootAbs, raw);
    if (!isInside(rootAbs, abs)) {
      problems.push(`${listFile}:${i + 1}: "${raw}" is outside the audited root ${root}.`);
      continue;
    }
    const rel = toPosix(relative(rootAbs, abs));
    try {
      const s = await stat(abs);
      if (!s.isFile()) {
        problems.push(`${listFile}:${i + 1}: "${raw}" is not a file.`);
        continue;
      }
    } catch {
      problems.push(`${listFile}:${i + 1}: "${raw}" does not exist below ${root}.`);
      continue;
    }
    seen.add(rel);
  }
  if (problems.length) throw new InputError(problems.join('\n'));
  return [...seen].sort(byCodeUnit);
}

/** Test files added or modified since git ref `ref` (committed, staged, unstaged or untracked). */
export async function filesChangedSince(root: string, ref: string, opts: DiscoverOptions): Promise<string[]> {
  const git = async (...args: string[]): Promise<string> => {
    try {
      return (await run('git', ['-C', root, ...args], { maxBuffer: 64 << 20 })).stdout;
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0];
      throw new InputError(`--changed-since ${ref}: git failed: ${stderr}`);
    }
  };
  await git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).catch(() => {
    throw new InputError(`--changed-since ${ref}: unknown git revision (fetch it, or check the name).`);
  });
  const changed = (await git('diff', '--name-only', '--relative', '--diff-filter=AMR', '-z', ref)).split('\0');
  const untracked = (await git('ls-files', '--others', '--exclude-standard', '-z')).split('\0');
  const candidates = [...new Set([...changed, ...untracked].filter(Boolean))];
  const kept: string[] = [];
  for (const p of candidates) if (await collectsPath(root, p, opts)) kept.push(p);
  return kept.sort(byCodeUnit);
}
