/** Find an archived audit, render its report and write it beside the audit.json. */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../src/lib/errors.js';
import { jsonText, parseAuditText } from '../src/lib/read-audit.js';
import type { Audit } from '../src/lib/schema.js';
import { renderReport, type RenderOptions } from '../src/report/index.js';
import { AUDITS_DIR, listAuditIds, writeFileAtomic } from './archive.js';
import { PACKAGE_ROOT } from './version.js';

export const BUILT_IN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** The audit.json that AUDIT names: a folder, a file, or (undefined) the newest audit in `content`. */
export async function locateAudit(arg: string | undefined, content: string): Promise<string> {
  if (arg === undefined) {
    const ids = await listAuditIds(content);
    const newest = ids[ids.length - 1];
    if (!newest) throw new InputError(`${join(content, AUDITS_DIR)}: no audits yet; run testaudit audit first, or name an audit folder.`);
    return join(content, AUDITS_DIR, newest, 'audit.json');
  }
  const path = resolve(arg);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const file = join(path, 'audit.json');
    if (!existsSync(file)) throw new InputError(`${arg}: no audit.json in this folder.`);
    return file;
  }
  if (!existsSync(path)) throw new InputError(`${arg}: no such audit folder or file.`);
  return path;
}

export async function readAuditFile(file: string): Promise<Audit> {
  let text: string;
  try {
    text = jsonText(await readFile(file));
  } catch (error) {
    throw new InputError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error}).`);
  }
  return parseAuditText(text, file);
}

export type ReportFileOptions = Omit<RenderOptions, 'templates' | 'notes'>;

/** Render the report of the audit in `auditFile`; `notes.md` beside it is included when present. */
export async function renderAuditReport(audit: Audit, auditFile: string, opts: ReportFileOptions): Promise<string> {
  const notes = await readFile(join(dirname(auditFile), 'notes.md'), 'utf8').catch(() => null);
  return renderReport(audit, { ...opts, templates: BUILT_IN_TEMPLATES, notes });
}

/** Write the report beside the audit (report.md / report.txt) atomically; returns its path. */
export async function writeReportBeside(auditFile: string, report: string, format: 'md' | 'text'): Promise<string> {
  const file = join(dirname(auditFile), format === 'text' ? 'report.txt' : 'report.md');
  await writeFileAtomic(file, report);
  return file;
}
