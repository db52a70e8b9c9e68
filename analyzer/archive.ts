/**
 * The archive: `content/audits/<id>/audit.json`. Ids are the audit date, then `<date>-2`, `-3`…;
 * a folder is claimed with an atomic mkdir, files are written to a temporary name and renamed, and
 * an existing audit is only replaced with `force`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../src/lib/errors.js';

export const AUDITS_DIR = 'audits';

/** Write `data` to `path` atomically: readers see the old file or the new one, never a torn one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export interface ClaimOptions {
  /** `--id`: use exactly this id. */
  id?: string;
  /** Replace an existing audit folder with the same id. */
  force: boolean;
}

/** Claim the folder for a new audit and return its id and path. */
export async function claimAuditFolder(outDir: string, date: string, opts: ClaimOptions): Promise<{ id: string; dir: string; created: boolean }> {
  const audits = join(outDir, AUDITS_DIR);
  try {
    await mkdir(audits, { recursive: true });
  } catch (error) {
    throw new InputError(`--out ${outDir}: cannot create ${audits} (${(error as NodeJS.ErrnoException).code}).`);
  }
  const candidates = opts.id ? [opts.id] : opts.force ? [date] : idsFor(date);
  for (const id of candidates) {
    const dir = join(audits, id);
    try {
      await mkdir(dir);
      return { id, dir, created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (opts.force) return { id, dir, created: false };
      if (opts.id) {
        throw new InputError(`--id ${opts.id}: ${dir} already exists; choose another id, or pass --force to replace it.`);
      }
    }
  }
  throw new InputError(`${audits}: too many audits on ${date}; pass --id.`);
}

function* idsFor(date: string): Generator<string> {
  yield date;
  for (let n = 2; n < 1000; n++) yield `${date}-${n}`;
}

/** Ids of the archived audits in `outDir`, oldest first. */
export async function listAuditIds(outDir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(outDir, AUDITS_DIR), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(compareAuditIds);
  } catch {
    return [];
  }
}

/** Order ids by date, then by their `-n` suffix (so `2026-01-10-10` comes after `-9`). */
export function compareAuditIds(a: string, b: string): number {
  const split = (id: string): [string, number] => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?$/.exec(id);
    return m ? [m[1]!, m[2] ? Number(m[2]) : 1] : [id, 0];
  };
  const [da, na] = split(a);
  const [db, nb] = split(b);
  return da < db ? -1 : da > db ? 1 : na - nb || (a < b ? -1 : a > b ? 1 : 0);
}
