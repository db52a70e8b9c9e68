/**
 * What a dotted name in a module stands for, through that module's imports: `mock.patch` after
 * `from unittest import mock` is `unittest.mock.patch`, `E` after `from x import Exception as E`
 * is `x.Exception`, `pytest.fail.Exception` stays itself. Rules match the resolved name, so that a
 * last segment that happens to read `Exception` or `patch` is not mistaken for the builtin.
 */
import type { ImportFact } from './facts.js';

/** Local names bound by imports → the dotted name each stands for. Later imports rebind. */
export type ImportBindings = ReadonlyMap<string, string>;

/**
 * The bindings of `imports`, in order: `import a.b` binds `a` (→ `a`), `import a.b as c` binds `c`
 * (→ `a.b`), `from m import n as k` binds `k` (→ `m.n`), relative imports keep their dots
 * (`from .h import f` → `.h.f`). Star imports bind nothing we can know.
 */
export function importBindings(imports: readonly ImportFact[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const imp of imports) {
    if (imp.names.length === 0) {
      const alias = imp.bindings[0];
      if (!alias) continue;
      const head = imp.module.split('.')[0]!;
      out.set(alias, alias === head ? head : imp.module);
      continue;
    }
    const from = `${'.'.repeat(imp.level)}${imp.module}`;
    imp.names.forEach((name, i) => {
      if (name === '*') return;
      const binding = imp.bindings[i];
      if (binding) out.set(binding, from === '' || from.endsWith('.') ? `${from}${name}` : `${from}.${name}`);
    });
  }
  return out;
}

/** `dotted` with its first segment replaced by what the import bound it to; unchanged when unbound. */
export function resolveName(dotted: string, bindings: ImportBindings): string {
  const dot = dotted.indexOf('.');
  const head = dot === -1 ? dotted : dotted.slice(0, dot);
  const bound = bindings.get(head);
  if (bound === undefined) return dotted;
  return dot === -1 ? bound : `${bound}${dotted.slice(dot)}`;
}

/** True when the first segment of `dotted` is bound by an import. */
export function isImported(dotted: string, bindings: ImportBindings): boolean {
  const dot = dotted.indexOf('.');
  return bindings.has(dot === -1 ? dotted : dotted.slice(0, dot));
}

const cache = new WeakMap<readonly ImportFact[], { size: number; bindings: Map<string, string> }>();

/**
 * The bindings of a file's imports as walked so far: recomputed only when an import was added,
 * so rules may ask on every call they visit.
 */
export function bindingsOf(imports: readonly ImportFact[]): ImportBindings {
  const hit = cache.get(imports);
  if (hit && hit.size === imports.length) return hit.bindings;
  const bindings = importBindings(imports);
  cache.set(imports, { size: imports.length, bindings });
  return bindings;
}
