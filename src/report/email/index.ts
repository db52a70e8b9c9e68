/**
 * The report as an email: the checked Markdown report is parsed back into mdast once, and both
 * alternatives come from that tree — the HTML (styled for mail clients) and the plain text (wrapped
 * at 78 columns). Whatever the templates say, the two parts say it too.
 */
import type { Audit } from '../../lib/schema.js';
import { parseMarkdown } from '../check.js';
import { unlinkLiterals } from './autolinks.js';
import { reportEmailHtml } from './html.js';
import { composeEmail, DEFAULT_FROM } from './mime.js';
import { reportEmailText } from './text.js';
import { defaultSubject, verdictOf } from './verdict.js';

export { reportEmailHtml } from './html.js';
export { checkAddress, composeEmail, DEFAULT_FROM } from './mime.js';
export { sendEmail, smtpUrlFrom, SMTP_URL_VARIABLE } from './send.js';
export { MAIL_WIDTH, reportEmailText, wrapLine } from './text.js';
export { defaultSubject, verdictOf, type Verdict } from './verdict.js';

export interface ReportEmailOptions {
  subject?: string | undefined;
  from?: string | undefined;
  to?: readonly string[] | undefined;
  siteUrl?: string | undefined;
  date: Date;
}

export interface ReportEmail {
  subject: string;
  text: string;
  html: string;
  /** The whole message (RFC 5322, CRLF line ends), as written to report.eml. */
  eml: Buffer;
}

/** The audit's page on the published site, as the report's own links address it. */
export function auditPageUrl(audit: Audit, siteUrl: string | undefined): string | null {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/audits/${encodeURIComponent(audit.audit.id)}/` : null;
}

/** The email of `audit`, from its rendered Markdown report `markdown`. */
export async function buildReportEmail(audit: Audit, markdown: string, opts: ReportEmailOptions): Promise<ReportEmail> {
  const tree = unlinkLiterals(parseMarkdown(markdown));
  const verdict = verdictOf(audit);
  const subject = (opts.subject ?? defaultSubject(verdict)).replace(/\s*[\r\n]+\s*/g, ' ');
  const html = reportEmailHtml(tree, { verdict, subject, auditUrl: auditPageUrl(audit, opts.siteUrl) });
  const text = reportEmailText(tree);
  const eml = await composeEmail({ subject, from: opts.from ?? DEFAULT_FROM, to: opts.to ?? [], text, html, date: opts.date, idHint: audit.audit.id });
  return { subject, text, html, eml };
}
