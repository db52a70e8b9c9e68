/** The archive as a history: the previous audit of the same suite, for comparisons. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sameSuite } from '../src/lib/diff.js';
import { jsonText, parseAuditText } from '../src/lib/read-audit.js';
import type { Audit } from '../src/lib/schema.js';
import { AUDITS_DIR, compareAuditIds, listAuditIds } from './archive.js';

/** Read an archived audit; null when it is missing or not readable with this schema version. */
export async function tryReadAudit(out: string, id: string): Promise<Audit | null> {
  const file = join(out, AUDITS_DIR, id, 'audit.json');
  try {
    return parseAuditText(jsonText(await readFile(file)), file);
  } catch {
    return null;
  }
}

/**
 * The newest audit in `out` that comes before `current` (by date, then id) and looks at the same
 * suite. Audits that cannot be read (another schema version, damaged) are passed over.
 */
export async function previousAudit(out: string, current: Audit): Promise<Audit | null> {
  const ids = (await listAuditIds(out)).filter((id) => id !== current.audit.id && compareAuditIds(id, current.audit.id) < 0);
  for (const id of ids.reverse()) {
    const candidate = await tryReadAudit(out, id);
    if (candidate && candidate.audit.date <= current.audit.date && sameSuite(candidate, current)) return candidate;
  }
  return null;
}
