/** `testaudit report [AUDIT]`: render an archived audit as a Markdown (plain-text, email) report. */
import { dirname, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { writeFileAtomic } from '../archive.js';
import { locateAudit, readAuditFile, renderAuditReport, writeReportBeside } from '../report-file.js';
import { SECTION_IDS, type SectionId } from '../../src/report/index.js';
import { InvalidArgumentError } from 'commander';
import { ConfigurationError } from '../../src/lib/errors.js';
import { readUserConfig } from '../config-sources.js';
import type { ReportSettings } from '../run-audit.js';
import { writeReportEmail } from '../report-email.js';
import { markdownToText } from '../../src/report/text.js';
import { collect, EXIT, positiveInt, type CommandContext } from './context.js';

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
  format: 'md' | 'text' | 'eml';
  emoji: boolean;
  skip?: SectionId[];
  to?: string[];
  from?: string;
  subject?: string;
  html?: string;
  send?: boolean;
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
    .addOption(new Option('--format <format>', 'md, text for mail clients without Markdown, or eml (an email with HTML and text)').choices(['md', 'text', 'eml']).default('md'))
    .option('--to <address>', 'recipient of the email (repeatable)', collect)
    .option('--from <address>', 'sender of the email')
    .option('--subject <text>', 'subject of the email (default: suite, grade, score, errors, change)')
    .option('--html <file>', "also write the email's HTML here, as a standalone page")
    .option('--send', 'send the email over SMTP to --to, from the server in TESTAUDIT_SMTP_URL')
    .option('--no-emoji', 'no emoji in the report')
    .option('--skip <section>', `leave out a section (repeatable): ${SECTION_IDS.join(', ')}`, skipSection)
    .action(async (auditArg: string | undefined, opts: ReportCliOptions, command: Command) => {
      const email = opts.format === 'eml' || opts.send === true;
      if (opts.send && command.getOptionValueSource('format') === 'cli' && opts.format !== 'eml') throw new ConfigurationError(`--send sends the email: use --format eml (or leave --format out), not --format ${opts.format}.`);
      for (const flag of ['to', 'from', 'subject'] as const) {
        if (!email && opts[flag] !== undefined) throw new ConfigurationError(`--${flag} is for the email: add --format eml.`);
      }
      const auditFile = await locateAudit(auditArg === undefined ? undefined : resolve(io.cwd, auditArg), resolve(io.cwd, opts.content));
      const audit = await readAuditFile(auditFile);
      const settings = opts.config ? await reportSettingsOf(resolve(io.cwd, opts.config)) : {};
      let report = await renderAuditReport(audit, auditFile, {
        // The email (and --html) is built from the Markdown report's mdast.
        format: email || opts.html || opts.format === 'md' ? 'md' : 'text',
        maxItems: opts.maxItems ?? settings.maxItems ?? 20,
        // --no-emoji wins; otherwise the config decides.
        emoji: opts.emoji && (settings.emoji ?? true),
        siteUrl: opts.siteUrl,
        overrides: opts.templates ? resolve(io.cwd, opts.templates) : undefined,
        skip: [...(settings.skip ?? []), ...(opts.skip ?? [])],
      });
      if (email || opts.html) {
        const out = await writeReportEmail(audit, auditFile, report, {
          eml: email,
          to: opts.to ?? [],
          from: opts.from,
          subject: opts.subject,
          siteUrl: opts.siteUrl,
          out: opts.out ? resolve(io.cwd, opts.out) : undefined,
          stdout: opts.stdout === true,
          html: opts.html ? resolve(io.cwd, opts.html) : undefined,
          send: opts.send === true,
          env: process.env,
          now: new Date(),
        });
        if (out.stdout) io.stdout.write(out.stdout.toString('utf8'));
        for (const file of out.written) (opts.stdout ? io.stderr : io.stdout).write(`Written: ${relative(io.cwd, file) || file}\n`);
        if (out.sent !== null) (opts.stdout ? io.stderr : io.stdout).write(`Sent to ${(opts.to ?? []).join(', ')}: ${out.sent}\n`);
        if (email) return ctx.setExitCode(EXIT.ok);
        if (opts.format === 'text') report = markdownToText(report);
      }
      if (opts.stdout) {
        io.stdout.write(report);
      } else {
        const file = opts.out ? resolve(io.cwd, opts.out) : await writeReportBeside(auditFile, report, opts.format === 'text' ? 'text' : 'md');
        if (opts.out) await writeFileAtomic(file, report);
        io.stdout.write(`Written: ${relative(io.cwd, file) || file}\n`);
      }
      ctx.setExitCode(EXIT.ok);
    });
}
