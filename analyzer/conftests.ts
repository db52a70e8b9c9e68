/**
 * The `conftest.py` files pytest would load for an audit, read on demand (I/O edge of
 * `conftest-facts.ts`): discovery asks which paths their `collect_ignore`/`collect_ignore_glob`
 * leave out, and the audit collects the markers they and their in-root plugins register.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fnmatch } from './collection.js';
import { conftestFacts, type ConftestFacts } from './conftest-facts.js';
import { createParser } from './parse.js';
import { decodeSource } from './read.js';

const isInside = (parent: string, child: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const readText = async (file: string): Promise<string | null> => {
  try {
    return decodeSource(await readFile(file)).text;
  } catch {
    return null;
  }
};

const isFile = async (p: string): Promise<boolean> => (await stat(p).catch(() => null))?.isFile() ?? false;

/** Conftests by folder, each read at most once; plugin modules they name, when inside the root. */
export class ConftestIndex {
  private readonly byDir = new Map<string, Promise<ConftestFacts | null>>();
  private readonly pluginMarkers = new Map<string, Promise<string[]>>();
  private parser: ReturnType<typeof createParser> | null = null;

  /**
   * @param root the audited root (absolute); plugins are read only when they lie inside it.
   * @param confcutdir pytest's confcutdir (the config file's folder, else the rootdir): no conftest above it is loaded.
   */
  constructor(
    readonly root: string,
    readonly confcutdir: string,
  ) {}

  private facts(text: string): ConftestFacts {
    this.parser ??= createParser();
    return conftestFacts(this.parser, text);
  }

  /** The facts of `dir/conftest.py`, or null when there is none (or pytest would not load it). */
  at(dir: string): Promise<ConftestFacts | null> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = (async () => {
        if (!isInside(this.confcutdir, dir) && !isInside(this.root, dir)) return null;
        const text = await readText(join(dir, 'conftest.py'));
        return text === null ? null : this.facts(text);
      })();
      this.byDir.set(dir, p);
    }
    return p;
  }

  /** The folders from `dir` up to the confcutdir (or the root, whichever is higher and contains `dir`). */
  private chain(dir: string): string[] {
    const top = isInside(this.confcutdir, this.root) ? this.confcutdir : this.root;
    const out: string[] = [];
    for (let d = dir; ; d = dirname(d)) {
      out.push(d);
      if (d === top || dirname(d) === d || !isInside(top, d)) break;
    }
    return out;
  }

  /**
   * pytest's `pytest_ignore_collect` for `collect_ignore` / `collect_ignore_glob`: the nearest conftest
   * (from the path's folder upwards) that defines each list decides; entries are relative to its folder.
   */
  async ignores(path: string): Promise<boolean> {
    let plainDone = false;
    let globDone = false;
    for (const dir of this.chain(dirname(path))) {
      const f = await this.at(dir);
      if (!f) continue;
      if (!plainDone && f.collectIgnore) {
        plainDone = true;
        if (f.collectIgnore.some((e) => resolve(dir, e) === path)) return true;
      }
      if (!globDone && f.collectIgnoreGlob) {
        globDone = true;
        if (f.collectIgnoreGlob.some((g) => fnmatch(path, resolve(dir, g)))) return true;
      }
      if (plainDone && globDone) break;
    }
    return false;
  }

  /** The module file of a dotted plugin name inside the root, searched from `base` folders. */
  private async pluginFile(name: string, bases: readonly string[]): Promise<string | null> {
    const rel = name.split('.').join(sep);
    for (const base of bases) {
      for (const candidate of [join(base, `${rel}.py`), join(base, rel, '__init__.py')]) {
        if (isInside(this.root, candidate) && (await isFile(candidate))) return candidate;
      }
    }
    return null;
  }

  private async markersOfPlugin(name: string, bases: readonly string[], seen: Set<string>): Promise<string[]> {
    const file = await this.pluginFile(name, bases);
    if (!file || seen.has(file)) return [];
    seen.add(file);
    let p = this.pluginMarkers.get(file);
    if (!p) {
      p = (async () => {
        const text = await readText(file);
        if (text === null) return [];
        const facts = this.facts(text);
        const nested = await Promise.all(facts.plugins.map((n) => this.markersOfPlugin(n, bases, seen)));
        return [...facts.markers, ...nested.flat()];
      })();
      this.pluginMarkers.set(file, p);
    }
    return p;
  }

  /** Markers registered by every conftest read so far and by the in-root plugins they name. */
  async markers(): Promise<string[]> {
    const out = new Set<string>();
    const seen = new Set<string>();
    for (const [dir, p] of this.byDir) {
      const f = await p;
      if (!f) continue;
      for (const m of f.markers) out.add(m);
      // pytest_plugins are imported from sys.path: the root and rootdir, and the conftest's own folder.
      const bases = [...new Set([dir, this.root, this.confcutdir])];
      for (const name of f.plugins) for (const m of await this.markersOfPlugin(name, bases, seen)) out.add(m);
    }
    return [...out].sort();
  }

  /** The `collect_ignore` and `collect_ignore_glob` entries of the conftests read, relative to the root (POSIX). */
  async ignoreEntries(): Promise<string[]> {
    const out = new Set<string>();
    for (const [dir, p] of this.byDir) {
      const f = await p;
      for (const e of [...(f?.collectIgnore ?? []), ...(f?.collectIgnoreGlob ?? [])]) out.add(relative(this.root, resolve(dir, e)).split(sep).join('/'));
    }
    return [...out].sort();
  }

  /** Folders (relative to the root, POSIX) whose conftest.py was read. */
  async loaded(): Promise<string[]> {
    const out: string[] = [];
    for (const [dir, p] of this.byDir) if (await p) out.push(relative(this.root, dir).split(sep).join('/') || '.');
    return out.sort();
  }
}
