/** `testaudit diff [OLD] [NEW]`: what changed between two audits of the same suite. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { diffAudits } from '../../src/lib/diff.js';
import { InputError } from '../../src/lib/errors.js';
import { diffMarkdown } from '../../src/report/diff-markdown.js';
import { previousAudit } from '../history.js';
import { locateAudit, readAuditFile } from '../report-file.js';
import { EXIT, type CommandContext } from './context.js';

export function registerDiff(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('diff')
    .description('Compare two audits: new, fixed and persisting findings, files, grade and standards changes.')
    .argument('[old]', 'the earlier audit folder or audit.json (default: the audit before NEW of the same suite)')
    .argument('[new]', 'the later audit (default: the newest audit in --content)')
    .option('--content <dir>', 'archive folder to look in', 'content')
    .option('--json', 'print the comparison as JSON')
    .action(async (oldArg: string | undefined, newArg: string | undefined, opts: { content: string; json?: boolean }) => {
      const content = resolve(io.cwd, opts.content);
      const at = (arg: string | undefined) => (arg === undefined ? undefined : resolve(io.cwd, arg));
      // One argument names the old audit, compared with the newest.
      const newer = await readAuditFile(await locateAudit(at(newArg), content));
      const older = oldArg !== undefined ? await readAuditFile(await locateAudit(at(oldArg), content)) : await previousAudit(content, newer);
      if (!older) throw new InputError(`${newer.audit.id}: no earlier audit of the same suite (${newer.audit.scope.root}) in ${content}; name the one to compare with.`);
      const diff = diffAudits(older, newer);
      const { newFindingObjects: _objects, ...printable } = diff;
      io.stdout.write(opts.json ? `${JSON.stringify(printable, null, 2)}\n` : diffMarkdown(diff));
      ctx.setExitCode(EXIT.ok);
    });
}
