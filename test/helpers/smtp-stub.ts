/**
 * A minimal SMTP server on 127.0.0.1 for tests (RFC 5321's happy path and one refusal): it records
 * the envelope and the message bytes exactly as received, dot-stuffing undone.
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: Buffer;
}

export interface SmtpStub {
  port: number;
  received: ReceivedMail[];
  /** Every command line the server read, for checking what the client said. */
  commands: string[];
  close(): Promise<void>;
}

/** Start the stub; `refuseRecipients` answers every RCPT TO with 550. */
export async function startSmtpStub(opts: { refuseRecipients?: boolean } = {}): Promise<SmtpStub> {
  const received: ReceivedMail[] = [];
  const commands: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: Buffer.alloc(0) };
    const reply = (line: string): void => void socket.write(`${line}\r\n`);
    reply('220 stub.local ESMTP test stub');
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const data = buffer.subarray(0, end + 2);
          // Undo dot-stuffing: a line starting with ".." was sent for one starting with ".".
          mail.data = Buffer.from(data.toString('latin1').replace(/^\.\./gm, '.'), 'latin1');
          buffer = buffer.subarray(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: '', to: [], data: Buffer.alloc(0) };
          reply('250 2.0.0 queued as stub-1');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.subarray(0, eol).toString('latin1');
        buffer = buffer.subarray(eol + 2);
        commands.push(line);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-stub.local\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n');
        else if (verb === 'HELO') reply('250 stub.local');
        else if (verb === 'MAIL') {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (opts.refuseRecipients) reply('550 5.1.1 no such mailbox here');
          else {
            mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') reply('250 ok');
        else if (verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
          return;
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    received,
    commands,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
