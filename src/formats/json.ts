/** `json` and `json-lines`: every unsuppressed finding as a flat object (suite-level findings with `path: null`). */
import type { Audit } from '../lib/schema.js';
import { locatedFindings } from './located.js';
import type { FormatContext, OutputFormat } from './types.js';

/** The record both JSON formats print, one per finding. */
export interface JsonFinding {
  path: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  ruleId: string;
  severity: string;
  message: string;
  test: string | null;
  fingerprint: string | null;
  new: boolean;
}

export function jsonFindings(audit: Audit, ctx: FormatContext): JsonFinding[] {
  const inFiles = locatedFindings(audit, ctx.pathPrefix).map(({ path, finding: f }) => ({
    path,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? null,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    test: f.test ?? null,
    fingerprint: f.fingerprint,
    new: f.new ?? false,
  }));
  const suite = (audit.coverage?.findings ?? []).map((f) => ({ path: null, line: null, column: null, endLine: null, ruleId: f.ruleId, severity: f.severity, message: f.message, test: null, fingerprint: null, new: false }));
  return [...inFiles, ...suite];
}

export const json: OutputFormat = {
  name: 'json',
  description: 'a JSON array of findings',
  paths: 'repository',
  format: (audit, ctx) => `${JSON.stringify(jsonFindings(audit, ctx), null, 2)}\n`,
};

export const jsonLines: OutputFormat = {
  name: 'json-lines',
  description: 'one JSON object per finding per line',
  paths: 'repository',
  format: (audit, ctx) => jsonFindings(audit, ctx).map((f) => `${JSON.stringify(f)}\n`).join(''),
};
