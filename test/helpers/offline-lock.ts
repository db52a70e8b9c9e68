/**
 * A lockfile for an empty project that depends on a packed testaudit tarball, built from this
 * checkout's own dependency tree, so that `npm ci --offline` installs it from the local npm cache
 * (which holds every tarball `npm ci` fetched here) without asking the registry anything.
 *
 * `npm install <tgz> --offline` cannot do this: it resolves every range against registry metadata,
 * which `npm ci` never caches. The lock carries what is installed here (node_modules/.package-lock.json),
 * which is what the cache holds even when package-lock.json has moved on (an override not yet installed),
 * and, for the optional platform packages not installed on this machine, package-lock.json's entries.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  name?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  [key: string]: unknown;
}

const registryUrl = (name: string, version: string): string => `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;

/** package.json and package-lock.json of a project depending on `tarball` (a path relative to the project). */
export function offlineProject(repo: string, tarballFile: string, tarballSpec: string): { packageJson: object; lock: object } {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const full = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).packages as Record<string, LockEntry>;
  const installed = JSON.parse(readFileSync(join(repo, 'node_modules/.package-lock.json'), 'utf8')).packages as Record<string, LockEntry>;
  // The consumer pins what the package pins for itself (`overrides` reach only the root project),
  // so that its tree is the one installed here.
  const root = { name: 'consumer', version: '1.0.0', private: true, dependencies: { testaudit: tarballSpec }, ...(pkg.overrides ? { overrides: pkg.overrides } : {}) };
  const packages: Record<string, LockEntry> = {
    '': root,
    'node_modules/testaudit': {
      version: pkg.version,
      resolved: tarballSpec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarballFile)).digest('base64')}`,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  // Installed packages first: their tarballs are in the cache. Then the optional platform packages
  // this machine skipped, which the consumer's npm must see locked (and will skip too).
  const keys = new Set([...Object.keys(installed), ...Object.keys(full).filter((k) => !installed[k] && (full[k]!.optional || full[k]!.devOptional))]);
  for (const key of keys) {
    const here = installed[key];
    const locked = full[key];
    if (!key || (here ?? locked)!.dev) continue;
    // `npm ci` may leave `resolved` out when it is the default registry.
    const entry: LockEntry = here ? { ...here, resolved: here.resolved ?? (here.version === locked?.version ? locked?.resolved : undefined) } : { ...locked! };
    if (!entry.resolved) entry.resolved = registryUrl(entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length), entry.version!);
    if (entry.devOptional) {
      delete entry.devOptional;
      entry.optional = true;
    }
    delete entry.dev;
    packages[key] = entry;
  }
  return { packageJson: root, lock: { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages } };
}
