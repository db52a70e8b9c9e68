/**
 * `testaudit report --format eml | --html FILE | --send`: the I/O around src/report/email — write
 * report.eml (beside the audit unless --out), the standalone HTML, and hand the very same bytes to
 * the SMTP server named by TESTAUDIT_SMTP_URL.
 */
import { dirname, join } from 'node:path';
import type { Audit } from '../src/lib/schema.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { buildReportEmail, checkAddress, DEFAULT_FROM, sendEmail, smtpUrlFrom } from '../src/report/email/index.js';
import { writeFileAtomic } from './archive.js';

export interface EmailCliOptions {
  /** Write report.eml (format eml); false when only --html is wanted. */
  eml: boolean;
  to: readonly string[];
  from?: string | undefined;
  subject?: string | undefined;
  siteUrl?: string | undefined;
  /** Where report.eml goes instead of beside the audit. */
  out?: string | undefined;
  /** Print the message instead of writing it. */
  stdout: boolean;
  /** Write the HTML part here as well. */
  html?: string | undefined;
  send: boolean;
  env: NodeJS.ProcessEnv;
  now: Date;
}

/** Check the flags before anything is rendered or written: a mistake costs nothing. */
export function checkEmailOptions(opts: EmailCliOptions): { from: string; to: string[]; smtp: URL | null } {
  const to = opts.to.map((a) => checkAddress('--to', a));
  const from = checkAddress('--from', opts.from ?? DEFAULT_FROM);
  if (opts.send && to.length === 0) throw new ConfigurationError('--send: name at least one recipient with --to.');
  if (opts.send && opts.from === undefined) throw new ConfigurationError('--send: name the sender with --from (servers reject the placeholder sender).');
  return { from, to, smtp: opts.send ? smtpUrlFrom(opts.env) : null };
}

/** Render the email of `audit` from its Markdown report, write it, and send it; returns what to print. */
export async function writeReportEmail(audit: Audit, auditFile: string, markdown: string, opts: EmailCliOptions): Promise<{ written: string[]; stdout: Buffer | null; sent: string | null }> {
  const { from, to, smtp } = checkEmailOptions(opts);
  const email = await buildReportEmail(audit, markdown, { subject: opts.subject, from, to, siteUrl: opts.siteUrl, date: opts.now });
  const written: string[] = [];
  if (opts.html) {
    await writeFileAtomic(opts.html, email.html);
    written.push(opts.html);
  }
  if (opts.eml && !opts.stdout) {
    const file = opts.out ?? join(dirname(auditFile), 'report.eml');
    await writeFileAtomic(file, email.eml);
    written.push(file);
  }
  const sent = smtp ? await sendEmail(email.eml, { from, to }, smtp) : null;
  return { written, stdout: opts.eml && opts.stdout ? email.eml : null, sent };
}
