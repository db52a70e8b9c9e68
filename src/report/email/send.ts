/**
 * Send a composed message over SMTP with nodemailer. The server, port and credentials come from one
 * URL in the environment (`TESTAUDIT_SMTP_URL`, e.g. `smtps://user:pass@mail.example.com:465` or
 * `smtp://relay.internal:25`), never from the command line, where they would land in shell history
 * and process listings. The bytes sent are exactly the bytes of the `.eml` written beside the audit.
 */
import { createTransport } from 'nodemailer';
import { ConfigurationError, UserError } from '../../lib/errors.js';

/** The environment variable holding the SMTP server's URL. */
export const SMTP_URL_VARIABLE = 'TESTAUDIT_SMTP_URL';

/** The SMTP URL from `env`, checked; a mistake names the variable, never its (secret) value. */
export function smtpUrlFrom(env: NodeJS.ProcessEnv): URL {
  const value = env[SMTP_URL_VARIABLE];
  if (!value) throw new ConfigurationError(`--send: set ${SMTP_URL_VARIABLE} to the SMTP server (smtp://host:port, or smtps://user:password@host:465).`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${SMTP_URL_VARIABLE}: not a URL (expected smtp://host:port or smtps://user:password@host:465).`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigurationError(`${SMTP_URL_VARIABLE}: the scheme must be smtp: or smtps:, not ${url.protocol}`);
  if (!url.hostname) throw new ConfigurationError(`${SMTP_URL_VARIABLE}: no host.`);
  return url;
}

export interface Envelope {
  from: string;
  to: readonly string[];
}

/** Hand `message` (a complete RFC 5322 message) to the SMTP server at `url`; returns the server's reply. */
export async function sendEmail(message: Buffer, envelope: Envelope, url: URL): Promise<string> {
  const transport = createTransport(url.href);
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: [...envelope.to] }, raw: message });
    return info.response;
  } catch (error) {
    // The server's answer, without the URL (it may hold the password).
    throw new UserError(`--send: the SMTP server at ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)} refused the message (${(error as Error).message}).`);
  } finally {
    transport.close();
  }
}
