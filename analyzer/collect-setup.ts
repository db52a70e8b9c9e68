/**
 * From the suite's pytest configuration to what the audit needs: the effective collection settings
 * (for every file's analysis), the selection discovery applies, and the record `audit.json` keeps.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../src/lib/errors.js';
import type { CollectionRecord } from '../src/lib/schema.js';
import { fnmatch, PYTEST_DEFAULTS, type PytestCollection } from './collection.js';
import { ConftestIndex } from './conftests.js';
import type { CollectionSelection } from './discover.js';
import { locatePytestConfig, posixRelative, resolveCollection, type RawPytestConfig } from './pytest-config.js';

export interface CollectionSetupOptions {
  /** false: ignore the suite's pytest configuration; a path: use that file (pytest's `-c`); absent: find it as pytest does. */
  pytestConfig?: false | string;
  /** The user chose files with `include` globs, which then replace `python_files`. */
  userInclude: boolean;
}

export interface CollectionSetup {
  /** The settings read from the config file (markers of conftests not yet added). */
  collection: PytestCollection;
  selection: CollectionSelection;
  conftests: ConftestIndex;
  record: Pick<CollectionRecord, 'source' | 'rootdir' | 'testpathsIgnored'>;
}

const hasMagic = (s: string): boolean => /[*?[]/.test(s);

/**
 * Python's `glob.glob(pattern, recursive=True)` relative to `base`, for `testpaths`: `*`, `?` and
 * `[…]` within one path segment (not matching hidden names unless the segment starts with "."),
 * `**` any depth of folders. Returns POSIX paths relative to `base`, sorted.
 */
export async function expandGlob(base: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let current: string[] = [''];
  for (const seg of segments) {
    const next: string[] = [];
    for (const rel of current) {
      if (!hasMagic(seg)) {
        next.push(rel ? `${rel}/${seg}` : seg);
        continue;
      }
      const walk = async (r: string, deep: boolean): Promise<void> => {
        const entries = await readdir(join(base, r), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
          if (e.name.startsWith('.')) continue;
          const child = r ? `${r}/${e.name}` : e.name;
          if (deep) {
            if (e.isDirectory()) {
              next.push(child);
              await walk(child, true);
            }
          } else if (fnmatch(e.name, seg)) next.push(child);
        }
      };
      if (seg === '**') {
        next.push(rel);
        await walk(rel, true);
      } else await walk(rel, false);
    }
    current = next;
  }
  const existing: string[] = [];
  for (const rel of new Set(current)) if (rel && (await stat(join(base, rel)).catch(() => null))) existing.push(rel);
  return existing.sort();
}

/** Read the suite's pytest configuration for an audit of `root` (absolute). */
export async function setUpCollection(root: string, opts: CollectionSetupOptions): Promise<CollectionSetup> {
  if (opts.pytestConfig === false) {
    const collection = { ...PYTEST_DEFAULTS };
    return {
      collection,
      selection: { pythonFiles: opts.userInclude ? null : collection.pythonFiles, norecursedirs: collection.norecursedirs, starts: [] },
      conftests: new ConftestIndex(root, root),
      record: { source: 'disabled', rootdir: '.', testpathsIgnored: [] },
    };
  }
  const located = await locatePytestConfig(root, opts.pytestConfig);
  const atRootdir = resolve(located.rootdir) === resolve(root);
  const collection = resolveCollection(located.raw, { configFile: located.file ? posixRelative(root, located.file) : null, atRootdir });
  const configured = configuredTestpaths(located.raw);
  const starts: string[] = [];
  for (const p of collection.testpaths) starts.push(...(await expandGlob(root, p)));
  if (collection.testpaths.length && starts.length === 0) {
    // pytest warns and collects from the rootdir instead; an audit says so.
    throw new ConfigurationError(`${collection.configFile}: testpaths (${collection.testpaths.join(', ')}) match nothing below ${root}; pytest would warn and collect from the rootdir. Fix testpaths, or pass --no-pytest-config.`);
  }
  const confcutdir = located.file ? dirname(located.file) : located.rootdir;
  return {
    collection,
    selection: {
      pythonFiles: opts.userInclude ? null : collection.pythonFiles,
      norecursedirs: collection.norecursedirs,
      starts: [...new Set(starts)],
    },
    conftests: new ConftestIndex(root, confcutdir),
    record: {
      source: located.raw && located.raw.section ? 'pytest-config' : 'pytest-defaults',
      rootdir: posixRelative(root, located.rootdir),
      testpathsIgnored: atRootdir ? [] : configured,
    },
  };
}

/** `testpaths` as the file writes them (for the record when they do not apply). */
function configuredTestpaths(raw: RawPytestConfig | null): string[] {
  return resolveCollection(raw, { configFile: null, atRootdir: true }).testpaths;
}

/** The settings with the markers the conftests read during discovery register, and the audit's record of them. */
export async function finishCollection(setup: CollectionSetup): Promise<{ collection: PytestCollection; record: CollectionRecord }> {
  const extra = await setup.conftests.markers();
  const markers = [...new Set([...setup.collection.markers, ...extra])].sort();
  const collection: PytestCollection = { ...setup.collection, markers };
  const record: CollectionRecord = {
    ...setup.record,
    configFile: collection.configFile,
    configSection: collection.configSection,
    pythonFiles: collection.pythonFiles,
    pythonClasses: collection.pythonClasses,
    pythonFunctions: collection.pythonFunctions,
    testpaths: collection.testpaths,
    norecursedirs: collection.norecursedirs,
    markers,
    strictMarkers: collection.strictMarkers,
    importMode: collection.importMode,
    asyncioMode: collection.asyncioMode,
    disabledPlugins: collection.disabledPlugins,
    conftests: await setup.conftests.loaded(),
    collectIgnore: await setup.conftests.ignoreEntries(),
  };
  return { collection, record };
}
