/**
 * How `testaudit audit` prints its findings: `--format` (the registry in src/formats), `--output-file`
 * and `--statistics`. Terminal formats get paths relative to the current directory, so editors and
 * problem matchers can open them; CI formats get paths relative to the repository root.
 */
import { relative } from 'node:path';
import { Option } from 'commander';
import { FORMAT_NAMES, FORMATS, statistics, type FormatName } from '../../src/formats/index.js';
import { repoPathPrefix } from '../../src/lib/source.js';
import type { Audit } from '../../src/lib/schema.js';
import { writeFileAtomic } from '../archive.js';
import type { Io } from './context.js';

export const formatOption = (): Option =>
  new Option('--format <format>', `how to print the findings: ${FORMAT_NAMES.map((n) => `${n} (${FORMATS[n].description.replace(/`/g, '')})`).join('; ')}`).choices(FORMAT_NAMES).default('text');

export interface OutputOptions {
  format: FormatName;
  outputFile?: string;
  statistics?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export interface OutputInput {
  audit: Audit;
  /** The audited root (absolute). */
  root: string;
  /** The terminal summary, rendered lazily (the `text` format and the summary beside `--output-file`). */
  summary: () => string;
  jsonSummary: () => unknown;
  /** report.md, relative to the current directory, when one was written. */
  reportPath?: string;
  siteUrl?: string;
}

/** The prefix that makes audited paths resolvable from the reader's base (see the module comment). */
export function pathPrefixFor(format: FormatName, audit: Audit, root: string, cwd: string): string {
  const fromCwd = relative(cwd, root).split('\\').join('/');
  // Outside git the repository root is unknown; CI jobs run from the checkout's top, so cwd stands in.
  return FORMATS[format].paths === 'repository' && audit.audit.source ? repoPathPrefix(audit) : fromCwd;
}

export async function writeFindingsOutput(io: Io, opts: OutputOptions, input: OutputInput): Promise<void> {
  const { audit } = input;
  const format = FORMATS[opts.format];
  const rendered = () =>
    format.format(audit, {
      pathPrefix: pathPrefixFor(opts.format, audit, input.root, io.cwd),
      ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}),
      ...(input.reportPath ? { reportPath: input.reportPath } : {}),
      ...(opts.format === 'text' ? { summary: input.summary() } : {}),
    });
  if (opts.outputFile) await writeFileAtomic(opts.outputFile, rendered());
  if (opts.statistics) {
    io.stdout.write(statistics(audit));
    return;
  }
  // An explicit format other than the summary prints even with --quiet (it is the output asked for).
  if (!opts.outputFile && opts.format !== 'text') io.stdout.write(rendered());
  else if (opts.json) io.stdout.write(`${JSON.stringify(input.jsonSummary())}\n`);
  else if (!opts.quiet) io.stdout.write(input.summary());
}
