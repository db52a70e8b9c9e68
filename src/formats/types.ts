/** The one signature every output format shares. */
import type { Audit } from '../lib/schema.js';

/** What a format may need besides the audit; every field is optional so formats stay pure and testable. */
export interface FormatContext {
  /**
   * Prefix joined before every audited path so that the reader can open it: relative to the current
   * directory for terminal formats (editors, problem matchers), to the repository root for CI formats.
   */
  pathPrefix?: string;
  /** The published site, for links to rule pages. */
  siteUrl?: string;
  /** Where the full report is, named in "… and N more in the report". */
  reportPath?: string;
  /** The terminal summary the CLI renders (the `text` format prints it). */
  summary?: string;
}

/** Which base a format's paths are relative to; the CLI computes `pathPrefix` from it. */
export type PathBase = 'cwd' | 'repository';

export interface OutputFormat {
  name: string;
  /** One line for `--help` and the README. */
  description: string;
  paths: PathBase;
  format(audit: Audit, ctx: FormatContext): string;
}
