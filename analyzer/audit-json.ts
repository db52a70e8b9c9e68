/**
 * Validate and write an audit without holding it twice: each file entry is checked on its own
 * (see auditSchemaIssues), and the JSON is streamed piece by piece to a
 * temporary file that is renamed into place. The bytes are exactly `JSON.stringify(audit, null, 2)`
 * plus a newline, so the output stays deterministic and readable.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { auditSchemaIssues } from '../src/lib/read-audit.js';
import type { Audit } from '../src/lib/schema.js';

/** Schema issues of `audit` as `path: message` lines, empty when it is valid. */
export function auditIssues(audit: Audit): string[] {
  return auditSchemaIssues(audit).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/** The pieces of `JSON.stringify(audit, null, 2)`, with the files array written entry by entry. */
function* pieces(audit: Audit): Generator<string> {
  const entries = Object.entries(audit).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key === 'files' && Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [j, file] of value.entries()) yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(file, null, 2), '    ')}`;
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(value, null, 2), '  ');
    }
  }
  yield '\n}\n';
}

/** Write the audit's JSON atomically (temporary file, then rename). */
export async function writeAuditJson(path: string, audit: Audit): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(tmp);
      out.on('error', reject);
      const it = pieces(audit);
      const pump = (): void => {
        for (;;) {
          const next = it.next();
          if (next.done) {
            out.end(resolve);
            return;
          }
          if (!out.write(next.value)) {
            out.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
