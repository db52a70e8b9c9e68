/**
 * Where an audited file lives in its git repository, and the web link to it at the audited commit.
 * Every output that points into the repository (report evidence, site source links, SARIF, GitHub
 * annotations, other repository-relative formats) goes through here, so they cannot disagree.
 */
import type { Audit } from './schema.js';

/**
 * The audited root's place inside its git checkout (`sub/dir` for `repo/sub/dir`); empty at the top
 * or outside git. Audits record it as `source.path`; older audits did not, so for them it is read
 * from the display name `repo/sub/dir` (right unless `--name` replaced it, as before).
 */
export function repoPathPrefix(audit: Audit): string {
  const source = audit.audit.source;
  if (!source) return '';
  if (source.path !== undefined) return source.path.replace(/^\/+|\/+$/g, '');
  return audit.audit.scope.root.split('/').slice(1).join('/');
}

/** A file's path from the repository's top level (`sub/dir/tests/test_x.py`); `path` is relative to the audited root. */
export function repoPath(audit: Audit, path: string): string {
  const prefix = repoPathPrefix(audit);
  return prefix ? `${prefix}/${path}` : path;
}

/** The web page of the audited commit's tree (`https://host/owner/repo/blob/<commit>`), when the remote is a web URL. */
function blobBase(audit: Audit): string | null {
  const s = audit.audit.source;
  if (!s?.remoteUrl || !/^https?:\/\//.test(s.remoteUrl)) return null;
  return `${s.remoteUrl.replace(/\/+$/, '').replace(/\.git$/, '')}/blob/${s.commit}`;
}

/** A link to the file's source at the audited commit (at `line` when given), or null when the remote is no web URL. */
export function sourceUrl(audit: Audit, path: string, line?: number): string | null {
  const base = blobBase(audit);
  if (!base) return null;
  const encoded = repoPath(audit, path).split('/').map(encodeURIComponent).join('/');
  return `${base}/${encoded}${line ? `#L${line}` : ''}`;
}
