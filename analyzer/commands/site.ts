/** `testaudit site`: build the static site of the archive (for GitHub Pages). */
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildSite } from '../site.js';
import { EXIT, type CommandContext } from './context.js';

export function registerSite(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('site')
    .description('Build the static site of the archive: the dated audits, a dashboard per audit, a page per file and rule.')
    .option('--content <dir>', 'archive folder', 'content')
    .option('--out <dir>', 'where to write the site', 'dist')
    .option('--site <url>', 'absolute URL where the site is published')
    .option('--base <path>', 'path prefix, e.g. /repo-name/ for GitHub project pages')
    .option('--quiet', 'print nothing but errors')
    .action(async (opts: { content: string; out: string; site?: string; base?: string; quiet?: boolean }) => {
      const result = await buildSite({
        content: resolve(io.cwd, opts.content),
        out: resolve(io.cwd, opts.out),
        ...(opts.site ? { site: opts.site } : {}),
        ...(opts.base ? { base: opts.base } : {}),
        quiet: opts.quiet ?? false,
      });
      if (!opts.quiet) {
        const rate = result.pages / Math.max(result.seconds, 0.001);
        io.stdout.write(`Built ${result.pages} pages in ${result.seconds.toFixed(1)} s (${rate.toFixed(0)} pages/s): ${relative(io.cwd, result.out) || result.out}\n`);
        if (result.heapCapMb === null) io.stdout.write('The build outgrew the memory it is given for an archive of this size and was redone without a limit.\n');
      }
      ctx.setExitCode(EXIT.ok);
    });
}
