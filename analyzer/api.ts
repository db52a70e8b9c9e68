/**
 * The package's programmatic entry (`import { runAudit } from 'testaudit'`): the same functions the
 * CLI calls, for scripts and other tools. Everything else in the package is internal.
 */
export { main } from './cli.js';
export { runAudit, loadConfig, type AuditRequest, type AuditResult } from './run-audit.js';
export { renderAuditReport, readAuditFile, locateAudit } from './report-file.js';
export { buildSite, type SiteOptions, type SiteResult } from './site.js';
export { PRESET_NAMES, type PresetName, type ConfigFile } from './config.js';
export { parseAudit, parseAuditText } from '../src/lib/read-audit.js';
export { ConfigurationError, InputError, UserError } from '../src/lib/errors.js';
export type { Audit, AuditedFile, Finding, Severity } from '../src/lib/schema.js';
export { TOOL_VERSION } from './version.js';
