/** Git facts about the audited root, when it is inside a checkout. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SourceInfo {
  commit: string;
  branch: string | null;
  remoteUrl: string | null;
  /** Absolute path of the checkout's top level. */
  toplevel: string;
  /** The root relative to the top level, `/`-separated, without trailing slash (`''` at the top). */
  path: string;
}

async function git(root: string, ...args: string[]): Promise<string | null> {
  try {
    return (await run('git', ['-C', root, ...args])).stdout.trim() || null;
  } catch {
    return null;
  }
}

/** Whether git ignores the folder `root` itself (exit 0 of `check-ignore`), so none of its files are committed. */
async function ignored(root: string): Promise<boolean> {
  try {
    await run('git', ['-C', root, 'check-ignore', '--quiet', '.']);
    return true;
  } catch {
    return false;
  }
}

/** Remove credentials from a remote URL: `https://user:token@host/x` → `https://host/x`. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/**
 * The remote as the archive may record it: a network URL (`https://…`, `ssh://…`, scp-like
 * `git@host:owner/repo`) without credentials, or null for a clone of a local folder (`/home/me/repo`,
 * `../repo`, `file://…`, `C:\repo`), whose path says nothing to a reader and leaks the machine's layout.
 */
export function publicRemoteUrl(url: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme) return scheme === 'file' ? null : withoutCredentials(url);
  // scp-like syntax needs a host before the colon and no slash before it (git's own rule).
  if (/^[^/\\:]+:/.test(url) && !/^[a-z]:[\\/]/i.test(url)) return url;
  return null;
}

export async function sourceInfo(root: string): Promise<SourceInfo | null> {
  const toplevel = await git(root, 'rev-parse', '--show-toplevel');
  if (!toplevel) return null;
  // A root the checkout ignores (CPython's tests under a pyenv clone's `versions/`) is not in its
  // commits: recording that repository would link every file to a page that does not exist.
  if (await ignored(root)) return null;
  // git's own view of where the root sits, so a symlinked or differently spelled path cannot skew it.
  const prefix = (await git(root, 'rev-parse', '--show-prefix')) ?? '';
  const commit = await git(root, 'rev-parse', '--verify', '--quiet', 'HEAD');
  if (!commit) return null; // a repository without commits
  const branch = await git(root, 'rev-parse', '--abbrev-ref', 'HEAD');
  const remote = await git(root, 'remote', 'get-url', 'origin');
  return { commit, branch: branch && branch !== 'HEAD' ? branch : null, remoteUrl: remote ? publicRemoteUrl(remote) : null, toplevel, path: prefix.replace(/\/+$/, '') };
}
