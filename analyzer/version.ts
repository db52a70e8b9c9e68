/** The tool's own name and version, from package.json (found upwards from this module). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'testaudit') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('testaudit: cannot find its own package.json');
    dir = parent;
  }
}

/** Absolute path of the testaudit package (where `templates/`, `examples/` and `astro.config.mjs` live). */
export const PACKAGE_ROOT = findPackageRoot();
export const TOOL_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
