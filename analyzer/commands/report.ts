/** `testaudit report [AUDIT]`: render an archived audit as a Markdown (or plain-text) report. */
import { dirname, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { writeFileAtomic } from '../archive.js';
import { locateAudit, readAuditFile, renderAuditReport, writeReportBeside } from '../report-file.js';
import { SECTION_IDS, type SectionId } from '../../src/report/index.js';
import { InvalidArgumentError } from 'commander';
import { readUserConfig } from '../config-sources.js';
import type { ReportSettings } from '../run-audit.js';
import { EXIT, positiveInt, type CommandContext } from './context.js';

async function reportSettingsOf(file: string): Promise<ReportSettings> {
  // The same reader as the audit's: JSON or pyproject.toml's [tool.testaudit], with `extends` folded in.
  return (await readUserConfig(dirname(file), file)).user?.report ?? {};
}

function skipSection(value: string, previous: SectionId[] = []): SectionId[] {
  if (!(SECTION_IDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`--skip expects one of ${SECTION_IDS.join(', ')}.`);
  return [...previous, value as SectionId];
}

interface ReportCliOptions {
  content: string;
  config?: string;
  out?: string;
  stdout?: boolean;
  templates?: string;
  siteUrl?: string;
  maxItems?: number;
  format: 'md' | 'text';
  emoji: boolean;
  skip?: SectionId[];
}

export function registerReport(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('report')
    .description('Render an audit as a GitHub-flavoured Markdown report (report.md beside its audit.json).')
    .argument('[audit]', 'an audit folder or audit.json (default: the newest audit in --content)')
    .option('--content <dir>', 'archive folder to look in', 'content')
    .option('--config <file>', "take report settings (sections to skip, max items, emoji) from this testaudit.config.json or pyproject.toml's [tool.testaudit]")
    .option('--out <file>', 'write the report here instead of beside the audit.json')
    .option('--stdout', 'print the report instead of writing it')
    .option('--templates <dir>', 'your Handlebars templates; each file replaces the built-in one of the same name')
    .option('--site-url <url>', 'link files, rules and findings to their pages on the published site')
    .option('--max-items <n>', 'longest list before "… and N more" (default 20)', positiveInt('--max-items'))
    .addOption(new Option('--format <format>', 'md, or text for mail clients without Markdown').choices(['md', 'text']).default('md'))
    .option('--no-emoji', 'no emoji in the report')
    .option('--skip <section>', `leave out a section (repeatable): ${SECTION_IDS.join(', ')}`, skipSection)
    .action(async (auditArg: string | undefined, opts: ReportCliOptions) => {
      const auditFile = await locateAudit(auditArg === undefined ? undefined : resolve(io.cwd, auditArg), resolve(io.cwd, opts.content));
      const audit = await readAuditFile(auditFile);
      const settings = opts.config ? await reportSettingsOf(resolve(io.cwd, opts.config)) : {};
      const report = await renderAuditReport(audit, auditFile, {
        format: opts.format,
        maxItems: opts.maxItems ?? settings.maxItems ?? 20,
        // --no-emoji wins; otherwise the config decides.
        emoji: opts.emoji && (settings.emoji ?? true),
        siteUrl: opts.siteUrl,
        overrides: opts.templates ? resolve(io.cwd, opts.templates) : undefined,
        skip: [...(settings.skip ?? []), ...(opts.skip ?? [])],
      });
      if (opts.stdout) {
        io.stdout.write(report);
      } else {
        const file = opts.out ? resolve(io.cwd, opts.out) : await writeReportBeside(auditFile, report, opts.format);
        if (opts.out) await writeFileAtomic(file, report);
        io.stdout.write(`Written: ${relative(io.cwd, file) || file}\n`);
      }
      ctx.setExitCode(EXIT.ok);
    });
}
