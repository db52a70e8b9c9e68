/**
 * `gitlab`: a GitLab Code Quality report (`artifacts: reports: codequality`), the Code Climate
 * subset GitLab reads: description, check_name, fingerprint (unique per issue), severity, location.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../lib/schema.js';
import { locatedFindings } from './located.js';
import type { OutputFormat } from './types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export const gitlab: OutputFormat = {
  name: 'gitlab',
  description: 'GitLab Code Quality report (JSON)',
  paths: 'repository',
  format(audit, ctx) {
    const seen = new Map<string, number>();
    const issues = locatedFindings(audit, ctx.pathPrefix).map(({ path, finding: f }) => {
      // Two findings may share a fingerprint (the same code twice in one test); GitLab needs unique ones.
      const n = seen.get(f.fingerprint) ?? 0;
      seen.set(f.fingerprint, n + 1);
      return {
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: ['Style'],
        fingerprint: createHash('md5').update(`${f.fingerprint}\0${n}`).digest('hex'),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.line, end: f.endLine ?? f.line } },
      };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
  },
};
