/**
 * Collection-level rules (`checkCollection`), run on the main thread after every file was analysed:
 * they need the whole list of collected modules and which folders are packages, which no single
 * file's analysis knows. Their findings are added to the files they name, which are scored again.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditedFile, Severity } from '../src/lib/schema.js';
import { createPlan } from './analyze-file.js';
import type { EffectiveConfig } from './config.js';
import type { CollectedModule } from './rule.js';
import { addFindings } from './runs.js';
import type { RawFinding } from './walk.js';

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * The module name pytest imports `path` as (`_pytest.pathlib.resolve_pkg_root_and_module_name`,
 * without namespace packages): the dotted path from the topmost folder of the unbroken chain of
 * packages (folders with `__init__.py` and an identifier name) above the file, else its stem.
 * `isPackage` answers for a root-relative POSIX folder ('' for the root).
 */
export function importNameOf(path: string, isPackage: (dir: string) => boolean): string {
  const parts = path.split('/');
  const stem = parts[parts.length - 1]!.replace(/\.py$/, '');
  const names = [stem];
  for (let i = parts.length - 1; i > 0; i--) {
    const dir = parts.slice(0, i).join('/');
    const name = parts[i - 1]!;
    if (!isPackage(dir) || !IDENTIFIER.test(name)) break;
    names.unshift(name);
  }
  return names.join('.');
}

/** Which folders on the paths of `paths` hold an `__init__.py` (I/O). */
async function packageFolders(root: string, paths: readonly string[]): Promise<Set<string>> {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const out = new Set<string>();
  await Promise.all(
    [...dirs].map(async (d) => {
      if ((await stat(join(root, d, '__init__.py')).catch(() => null))?.isFile()) out.add(d);
    }),
  );
  return out;
}

/** Run the enabled collection-level rules over `files` and add their findings (in place). */
export async function applyCollectionRules(root: string, files: AuditedFile[], config: EffectiveConfig): Promise<void> {
  const plan = createPlan(config);
  const rules = plan.rules.filter((r) => r.rule.checkCollection);
  if (rules.length === 0) return;
  const modules = files.filter((f) => !/(^|\/)conftest\.py$/.test(f.path) && f.path.endsWith('.py'));
  const packages = await packageFolders(root, modules.map((f) => f.path));
  const collected: CollectedModule[] = modules.map((f) => ({ path: f.path, importName: importNameOf(f.path, (d) => packages.has(d)) }));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const raw = new Map<string, RawFinding[]>();
  for (const r of rules) {
    const inScope = collected.filter((m) => {
      const f = byPath.get(m.path)!;
      return (!r.categories || (f.category !== null && r.categories.has(f.category))) && (!r.matchesPath || r.matchesPath(m.path));
    });
    r.rule.checkCollection!({
      options: r.options as never,
      collection: config.collection,
      modules: inScope,
      report: (d) => {
        if (!byPath.has(d.path)) return;
        const list = raw.get(d.path) ?? [];
        list.push({ ruleId: r.rule.meta.id, severity: r.severity as Severity, line: d.line, column: 1, message: d.message, anchor: 'file' });
        raw.set(d.path, list);
      },
    });
  }
  for (const [path, findings] of raw) await addFindings(root, byPath.get(path)!, findings, plan);
}
