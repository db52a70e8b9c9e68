/** How an audit's files were collected, in words, for the report header and the site. */
import type { Audit } from './schema.js';

/**
 * The config file pytest's collection followed (`pyproject.toml`, `../setup.cfg`), or null when
 * pytest's defaults applied (no config file, one without pytest settings, `--no-pytest-config`, or
 * an audit made before the configuration was read).
 */
export function collectionConfigFile(audit: Pick<Audit, 'audit'>): string | null {
  const c = audit.audit.collection;
  return c?.source === 'pytest-config' ? c.configFile : null;
}

/** "collected per `pyproject.toml`" or "collected per pytest's defaults" (Markdown; `code` off for plain text). */
export function collectedPer(audit: Pick<Audit, 'audit'>, code = true): string {
  const file = collectionConfigFile(audit);
  if (!file) return "collected per pytest's defaults";
  return code ? `collected per \`${file}\`` : `collected per ${file}`;
}
