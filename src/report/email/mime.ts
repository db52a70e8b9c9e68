/**
 * The report as one RFC 5322 message: `multipart/alternative` with the plain text first and the
 * HTML second (readers show the last part they can render), both UTF-8 and quoted-printable, so no
 * line of the message exceeds 76 characters on the wire. Built by nodemailer's MailComposer, which
 * encodes headers (RFC 2047), folds them and writes the Date and Message-ID.
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { ConfigurationError } from '../../lib/errors.js';

export interface EmailParts {
  subject: string;
  from: string;
  to: readonly string[];
  text: string;
  html: string;
  /** When the message was written; the Date header. */
  date: Date;
  /** Left part of the Message-ID (the audit id); a random suffix keeps every message's id unique. */
  idHint: string;
}

/** `From` when none is given: a placeholder that says where the message came from. */
export const DEFAULT_FROM = 'testaudit <testaudit@localhost>';

/** The domain of an address ("Name <user@host>" or "user@host"), for the Message-ID. */
function domainOf(address: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address);
  return m ? m[1]!.toLowerCase() : 'localhost';
}

/** Reject what is not an address before it reaches a header (`--to`, `--from`). */
export function checkAddress(flag: string, address: string): string {
  // One address per value, no line breaks (header injection), something@something.
  if (/[\r\n]/.test(address) || !/^[^@<>\s,;]+@[^@<>\s,;]+$|^[^<>\r\n]*<[^@<>\s,;]+@[^@<>\s,;]+>$/.test(address.trim())) {
    throw new ConfigurationError(`${flag} ${JSON.stringify(address)}: not an email address (expected name@host or "Name <name@host>").`);
  }
  return address.trim();
}

/** The message id for `hint`: `<hint.random@domain>`, with only the characters a msg-id allows. */
export function messageIdFor(hint: string, from: string): string {
  const left = hint.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '-').replace(/^\.+|\.+$/g, '') || 'report';
  return `<testaudit.${left}.${randomBytes(6).toString('hex')}@${domainOf(from)}>`;
}

/** The whole message, as the bytes a `.eml` file holds and an SMTP server receives (CRLF lines). */
export async function composeEmail(parts: EmailParts): Promise<Buffer> {
  // MIME lines end in CRLF; MailComposer keeps the content's own line ends, so they are made CRLF
  // here, and the bytes of the file are the bytes an SMTP client sends.
  const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
  const composer = new MailComposer({
    from: parts.from,
    to: [...parts.to],
    subject: parts.subject,
    date: parts.date,
    messageId: messageIdFor(parts.idHint, parts.from),
    text: crlf(parts.text),
    html: crlf(parts.html),
    textEncoding: 'quoted-printable',
    // The content is ours; nothing may be read from disk or the network while composing.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}
