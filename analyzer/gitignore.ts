/**
 * Files git ignores are not the suite: generated tests, vendored copies, scratch files. A discovered
 * path is left out when the .gitignore files from the checkout's top (or ROOT outside git) down to
 * its folder ignore it, deeper files overriding shallower ones as in git (`!pattern` re-includes).
 * ROOT itself is never ignored: auditing a folder is asking for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The folder holding `.git` at or above `root`, else `root` itself. */
function checkoutTop(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return root;
  }
}

/** A predicate over POSIX paths relative to `root`: true to keep the file, false when git ignores it. */
export async function gitignoreFilter(root: string): Promise<(path: string) => boolean> {
  const absRoot = resolve(root);
  const top = checkoutTop(absRoot);
  const rules = new Map<string, Ignore | null>();
  const rulesOf = (dir: string): Ignore | null => {
    if (!rules.has(dir)) {
      let text: string | null = null;
      try {
        text = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        // no .gitignore here
      }
      let ig = text === null ? null : ignore().add(text);
      // A ROOT given explicitly is audited even when an enclosing .gitignore ignores it (a generated
      // or scratch suite): a level above ROOT that ignores ROOT itself is not applied.
      if (ig && absRoot.startsWith(`${dir}${sep}`) && ig.ignores(`${relative(dir, absRoot).split(sep).join('/')}/`)) ig = null;
      rules.set(dir, ig);
    }
    return rules.get(dir)!;
  };
  return (path) => {
    const file = join(absRoot, ...path.split('/'));
    // From the file's own folder up to the top: the deepest .gitignore with a verdict decides.
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const ig = rulesOf(dir);
      if (ig) {
        const verdict = ig.test(relative(dir, file).split(sep).join('/'));
        if (verdict.ignored) return false;
        if (verdict.unignored) return true;
      }
      if (dir === top || dirname(dir) === dir) return true;
    }
  };
}
