/**
 * `github`: GitHub Actions workflow commands, one `::error`/`::warning`/`::notice` annotation per
 * finding. GitHub shows at most 10 annotations of each kind per step and drops the rest without a
 * word, so at most 10 of each are written — new findings first — and a last notice says how many
 * more the report holds.
 */
import type { Audit, Severity } from '../lib/schema.js';
import { repoPathPrefix } from '../lib/source.js';
import { locatedFindings, type Located } from './located.js';
import type { FormatContext, OutputFormat } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Annotations GitHub shows per step, per kind. */
export const GITHUB_ANNOTATION_LIMIT = 10;

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation({ path, finding: f }: Located): string {
  const props = [`file=${escapeProperty(path)}`, `line=${f.line}`, `col=${f.column}`, ...(f.endLine ? [`endLine=${f.endLine}`] : []), `title=${escapeProperty(`testaudit ${f.ruleId}`)}`];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/** The annotations for `audit`, capped per kind, with the line that counts what was left out. */
export function githubAnnotations(audit: Audit, ctx: FormatContext = {}, limit = GITHUB_ANNOTATION_LIMIT): string {
  const all = locatedFindings(audit, ctx.pathPrefix ?? repoPathPrefix(audit));
  // New findings are what a pull request is about: they get the visible slots first (stable order otherwise).
  const ordered = [...all.filter((l) => l.finding.new), ...all.filter((l) => !l.finding.new)];
  const byKind: Record<string, Located[]> = { error: [], warning: [], notice: [] };
  for (const l of ordered) byKind[COMMAND[l.finding.severity]]!.push(l);
  const dropped = (kind: string, room: number) => Math.max(0, byKind[kind]!.length - room);
  let more = dropped('error', limit) + dropped('warning', limit) + dropped('notice', limit);
  // The closing notice takes one notice slot itself.
  const noticeRoom = more > 0 || byKind['notice']!.length > limit ? limit - 1 : limit;
  more = dropped('error', limit) + dropped('warning', limit) + dropped('notice', noticeRoom);
  const shown = [...byKind['error']!.slice(0, limit), ...byKind['warning']!.slice(0, limit), ...byKind['notice']!.slice(0, noticeRoom)];
  // Keep the file order of the log readable: sort what is shown by path and position again.
  const lines = shown.sort((a, b) => all.indexOf(a) - all.indexOf(b)).map(annotation);
  if (more > 0) lines.push(`::notice title=${escapeProperty('testaudit')}::${escapeData(`… and ${more} more in the report${ctx.reportPath ? ` (${ctx.reportPath})` : ''}`)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export const github: OutputFormat = {
  name: 'github',
  description: `GitHub Actions annotations (at most ${GITHUB_ANNOTATION_LIMIT} of each kind, then "… and N more")`,
  paths: 'repository',
  format: (audit, ctx) => githubAnnotations(audit, ctx),
};
