/**
 * Reading an archived audit: JSON → schema-checked `Audit`, or an AuditFormatError that names the
 * file and says what to do. Shared by the report renderer, the site and the history commands.
 */
import { isAscii } from 'node:buffer';
import { AuditFormatError, formatIssues, parseJsonText } from './errors.js';
import type { z } from 'zod';
import { COMPLIANCE_DEFAULTS, categoryCompliance, ruleCompliance } from './compliance.js';
import { SCHEMA_VERSION, auditedFileSchema, auditSchema, type Audit } from './schema.js';

/** Validate already-decoded JSON as an audit. `source` names the file in errors. */
export function parseAudit(raw: unknown, source: string): Audit {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AuditFormatError(`${source}: not an audit (expected a JSON object with "schemaVersion").`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) raw = migrateV1(raw as V1Audit);
  else if (version !== SCHEMA_VERSION) {
    const what = typeof version === 'number' ? `schema version ${version}` : 'no schema version';
    const hint =
      typeof version === 'number' && version > SCHEMA_VERSION
        ? 'it was written by a newer testaudit; upgrade testaudit to read it'
        : 're-run the audit with this testaudit to regenerate it';
    throw new AuditFormatError(`${source}: ${what}, but this testaudit reads schema versions 1 to ${SCHEMA_VERSION}; ${hint}.`);
  }
  const issues = auditSchemaIssues(raw as Audit, 6);
  if (issues.length) {
    const lines = formatIssues(issues.slice(0, 5));
    const more = issues.length > 5 ? ' (and more problems)' : '';
    throw new AuditFormatError(`${source}: does not match the audit schema${more}:\n  ${lines.join('\n  ')}`);
  }
  // The schema has no defaults or transforms, so the checked JSON is the audit itself.
  return raw as Audit;
}

type Issue = z.core.$ZodIssue;

/** A schema-1 audit, as far as the migration needs to know it. */
type V1Audit = Omit<Audit, 'schemaVersion' | 'summary'> & {
  schemaVersion: 1;
  summary: Omit<Audit['summary'], 'categories' | 'findingsByRule'> & {
    categories: Array<Pick<Audit['summary']['categories'][number], 'id' | 'title' | 'score' | 'grade' | 'rules'>>;
    findingsByRule: Record<string, { findings: number; files: number; suppressed: number }>;
  };
};

/**
 * Schema 1 → 2: add the compliance figures (computed from the files and rules the audit holds) and
 * keep the scores and grades as they were computed, under the method that computed them
 * (`scoring.method: "file-mean"`), so that comparisons say the method changed instead of showing a
 * jump. A malformed schema-1 audit is left for the schema check to report.
 */
export function migrateV1(old: V1Audit): unknown {
  if (!old.summary || !Array.isArray(old.files) || !Array.isArray(old.rules) || !Array.isArray(old.summary.categories)) return { ...old, schemaVersion: SCHEMA_VERSION };
  const params = { target: old.scoring?.target ?? 90, ...COMPLIANCE_DEFAULTS };
  const byRule = ruleCompliance(old.files, old.rules.map((r) => r.id));
  const suite = old.coverage?.findings ?? [];
  const findingsByRule = Object.fromEntries(
    Object.entries(old.summary.findingsByRule ?? {}).map(([id, c]) => {
      const e = { ...c, ...(byRule.get(id) ?? { applicableFiles: 0, compliantFiles: 0, errors: 0, warnings: 0, info: 0 }) };
      for (const x of suite.filter((f) => f.ruleId === id)) {
        if (x.severity === 'error') e.errors++;
        else if (x.severity === 'warning') e.warnings++;
        else e.info++;
      }
      return [id, e];
    }),
  );
  const categories = old.summary.categories.map((c) => ({ ...categoryCompliance(old.files, c.id, c.title, c.rules, params), score: c.score, grade: c.grade }));
  return { ...old, schemaVersion: SCHEMA_VERSION, summary: { ...old.summary, categories, findingsByRule } };
}

/**
 * Schema issues of an audit, at most `limit`: the audit without its files first, then each file
 * on its own, so that checking a large audit never copies all of it at once (zod's result is a
 * copy). Paths are as if the whole audit had been checked (`files.3.lines`).
 */
export function auditSchemaIssues(audit: Audit, limit = 3): Issue[] {
  const issues: Issue[] = [];
  const files = Array.isArray(audit.files) ? audit.files : [];
  const rest = auditSchema.safeParse({ ...audit, files: Array.isArray(audit.files) ? [] : audit.files });
  if (!rest.success) issues.push(...rest.error.issues);
  for (const [n, file] of files.entries()) {
    if (issues.length >= limit) break;
    const r = auditedFileSchema.safeParse(file);
    if (!r.success) issues.push(...r.error.issues.map((i) => ({ ...i, path: ['files', n, ...i.path] })));
  }
  return issues.slice(0, limit);
}

/** Decode and validate audit JSON text. */
export function parseAuditText(text: string, source: string): Audit {
  return parseAudit(parseJsonText(text, source, AuditFormatError), source);
}

/**
 * The text of a JSON file, as V8's compact one-byte string when it can be: testaudit writes audit.json
 * in ASCII, which decodes as latin1 four times faster than as UTF-8 (the same characters); any other
 * bytes are decoded as UTF-8.
 */
export function jsonText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
