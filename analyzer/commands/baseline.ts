/** `testaudit baseline [AUDIT]`: accept an audit's findings as debt, for `audit --baseline`. */
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { baselineOf } from '../../src/lib/baseline.js';
import { writeFileAtomic } from '../archive.js';
import { locateAudit, readAuditFile } from '../report-file.js';
import { EXIT, type CommandContext } from './context.js';

export function registerBaseline(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('baseline')
    .description("Write testaudit-baseline.json: the fingerprints of an audit's findings, accepted as debt.")
    .argument('[audit]', 'an audit folder or audit.json (default: the newest audit in --content)')
    .option('--content <dir>', 'archive folder to look in', 'content')
    .option('--out <file>', 'where to write the baseline', 'testaudit-baseline.json')
    .action(async (auditArg: string | undefined, opts: { content: string; out: string }) => {
      const audit = await readAuditFile(await locateAudit(auditArg === undefined ? undefined : resolve(io.cwd, auditArg), resolve(io.cwd, opts.content)));
      const baseline = baselineOf(audit);
      const file = resolve(io.cwd, opts.out);
      await writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
      const count = Object.values(baseline.files).reduce((s, f) => s + f.findings, 0);
      io.stdout.write(`Accepted ${count} findings in ${Object.keys(baseline.files).length} files from ${audit.audit.id}: ${relative(io.cwd, file) || file}\n`);
      ctx.setExitCode(EXIT.ok);
    });
}
