/**
 * Which files an audit reads: pytest's default `python_files` (`test_*.py`, `*_test.py`) plus
 * `conftest.py` below the root, or exactly a given list, or the files git says changed.
 * Skips hidden directories, virtualenvs and build output; never follows a symlink out of the root
 * or into a loop. Paths are POSIX, relative to the root, sorted by code unit: deterministic.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import { InputError } from '../src/lib/errors.js';

const run = promisify(execFile);

/** Directory names never descended into. */
export const SKIPPED_DIRS = new Set(['node_modules', '__pycache__', 'site-packages', 'build', 'dist', 'venv', 'virtualenv', '__pypackages__']);

export interface DiscoverOptions {
  include: readonly string[];
  exclude: readonly string[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

function selector(opts: DiscoverOptions): (path: string) => boolean {
  const inc = picomatch([...opts.include], { dot: false });
  const exc = opts.exclude.length ? picomatch([...opts.exclude], { dot: true }) : () => false;
  return (p) => inc(p) && !exc(p);
}

/** Every candidate test file below `root`. */
export async function discoverTestFiles(root: string, opts: DiscoverOptions): Promise<string[]> {
  const select = selector(opts);
  const rootReal = await realpath(root);
  const visited = new Set<string>([rootReal]);
  const out: string[] = [];
  const pending: string[] = [rootReal];
  // Symlinked directories wait until every real directory was seen, so a file reachable both ways
  // is reported under its real path, whatever order the file system lists entries in.
  const linkedDirs: Array<{ full: string; target: string }> = [];
  const relRoot = rootReal;
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
    if (dir !== rootReal && entries.some((e) => e.name === 'pyvenv.cfg')) continue; // a virtualenv
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
        if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
        if (e.isSymbolicLink()) {
          linkedDirs.push({ full, target });
          continue;
        }
        if (visited.has(target)) continue; // a second way to the same directory
        visited.add(target);
        pending.push(full);
      } else if (isFile) {
        const rel = toPosix(relative(relRoot, full));
        if (select(rel)) out.push(rel);
      }
    }
  }
  return out.sort(byCodeUnit);
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
  const select = selector(opts);
  return [...new Set([...changed, ...untracked].filter((p) => p && select(p)))].sort(byCodeUnit);
}
