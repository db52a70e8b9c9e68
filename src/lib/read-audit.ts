/**
 * Reading an archived audit: JSON → schema-checked `Audit`, or an AuditFormatError that names the
 * file and says what to do. Shared by the report renderer, the site and the history commands.
 */
import { AuditFormatError, formatIssues, parseJsonText } from './errors.js';
import { SCHEMA_VERSION, auditSchema, type Audit } from './schema.js';

/** Validate already-decoded JSON as an audit. `source` names the file in errors. */
export function parseAudit(raw: unknown, source: string): Audit {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AuditFormatError(`${source}: not an audit (expected a JSON object with "schemaVersion").`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const what = typeof version === 'number' ? `schema version ${version}` : 'no schema version';
    const hint =
      typeof version === 'number' && version > SCHEMA_VERSION
        ? 'it was written by a newer testaudit; upgrade testaudit to read it'
        : 're-run the audit with this testaudit to regenerate it';
    throw new AuditFormatError(`${source}: ${what}, but this testaudit reads schema version ${SCHEMA_VERSION}; ${hint}.`);
  }
  const result = auditSchema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error.issues.slice(0, 5));
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more problems)` : '';
    throw new AuditFormatError(`${source}: does not match the audit schema${more}:\n  ${lines.join('\n  ')}`);
  }
  return result.data;
}

/** Decode and validate audit JSON text. */
export function parseAuditText(text: string, source: string): Audit {
  return parseAudit(parseJsonText(text, source, AuditFormatError), source);
}
