/**
 * Validate and write an audit without holding it twice: each file entry is checked on its own
 * (see auditSchemaIssues), and the JSON is streamed piece by piece to a
 * temporary file that is renamed into place. The text is `JSON.stringify(audit, null, 2)` plus a
 * newline, deterministic and readable, with every non-ASCII character written as a `\uXXXX` escape.
 *
 * Why ASCII: V8 holds a string with a single character above U+00FF at two bytes per character, so
 * one `…` in a message doubled the memory of every reader's copy of the text (113 MB of JSON for a
 * 3,000-file audit: 227 MB) and slowed its UTF-8 decoding fourfold (232 → 54 ms). The site, the report,
 * the next audit's comparison and the history commands all read it; the escapes cost the writer one
 * pass over the text.
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

/** `json` with every character above U+007F escaped (`é` → `\u00e9`; an emoji becomes its two surrogate escapes). */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The pieces of `asciiJson(JSON.stringify(audit, null, 2))`, with the files array written entry by entry. */
function* pieces(audit: Audit): Generator<string> {
  const entries = Object.entries(audit).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key === 'files' && Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [j, file] of value.entries()) yield `${j ? ',' : ''}\n    ${indent(asciiJson(JSON.stringify(file, null, 2)), '    ')}`;
      yield '\n  ]';
    } else {
      yield indent(asciiJson(JSON.stringify(value, null, 2)), '  ');
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
