/** The Markdown of `testaudit diff`: built as mdast like the report, checked the same way. */
import type { RootContent } from 'mdast';
import type { AuditDiff, FindingRef } from '../lib/diff.js';
import { n, plural } from '../lib/format.js';
import { code, heading, list, paragraph, prose, root, table, toGfm } from '../lib/mdast.js';
import { checkMarkdown } from './check.js';

const signed = (x: number): string => `${x > 0 ? '+' : ''}${x}`;

function findingList(items: FindingRef[], max: number): RootContent[] {
  const shown = items.slice(0, max).map((f) => [code(`${f.path}:${f.line}`), ` ${f.severity} `, code(f.ruleId), ': ', ...prose(f.message)]);
  if (items.length > max) shown.push([`… and ${n(items.length - max)} more`]);
  return shown.length ? [list(shown)] : [paragraph('None.')];
}

export function diffMarkdown(diff: AuditDiff, maxItems = 50): string {
  const blocks: RootContent[] = [
    heading(1, `Audit ${diff.old.id} → ${diff.new.id}`),
    diff.methodChanged
      ? paragraph(
          `The scoring method changed (${diff.methodChanged.from} → ${diff.methodChanged.to}), so the grades are not comparable: `,
          `${diff.old.grade} (${diff.old.score}) under the old method, ${diff.new.grade} (${diff.new.score}) under the new one; files ${n(diff.old.files)} → ${n(diff.new.files)}. Compare the findings below instead.`,
        )
      : paragraph(
          diff.old.grade === diff.new.grade ? `Grade ${diff.new.grade} unchanged` : `Grade ${diff.old.grade} → ${diff.new.grade}`,
          `; score ${diff.old.score} → ${diff.new.score} (${signed(diff.scoreChange)}); files ${n(diff.old.files)} → ${n(diff.new.files)}.`,
        ),
    paragraph(`${plural(diff.findings.new.length, 'new finding')}, ${n(diff.findings.fixed.length)} fixed, ${n(diff.findings.persisting)} persisting.`),
  ];
  if (diff.configChanged) {
    blocks.push(
      paragraph('The standards changed between the two audits, so part of the change may come from them:'),
      diff.ruleChanges.length ? list(diff.ruleChanges.map((r) => [code(r.ruleId), ' ', ...prose(r.change)])) : paragraph('areas, categories or scopes changed.'),
    );
  }
  blocks.push(
    heading(2, 'Categories'),
    // Compliant shares are comparable even across scoring methods; scores only within one.
    table(
      ['Category', `Score ${diff.old.id}`, `Score ${diff.new.id}`, `Compliant ${diff.old.id}`, `Compliant ${diff.new.id}`, 'Change'],
      diff.categories.map((c) => [
        c.title,
        c.before === null ? '—' : n(c.before),
        c.after === null ? '—' : n(c.after),
        c.shareBefore === null ? '—' : `${n(c.shareBefore)}%`,
        c.shareAfter === null ? '—' : `${n(c.shareAfter)}%`,
        c.shareBefore === null || c.shareAfter === null ? '—' : `${signed(Math.round((c.shareAfter - c.shareBefore) * 10) / 10)} pts`,
      ]),
    ),
    heading(2, 'New findings'),
    ...findingList(diff.findings.new, maxItems),
    heading(2, 'Fixed findings'),
    ...findingList(diff.findings.fixed, maxItems),
    heading(2, 'Files'),
    list([
      [`Added (${n(diff.files.added.length)}): `, ...(diff.files.added.length ? diff.files.added.slice(0, maxItems).flatMap((p, i) => [...(i ? [', '] : []), code(p)]) : ['none'])],
      [`Removed (${n(diff.files.removed.length)}): `, ...(diff.files.removed.length ? diff.files.removed.slice(0, maxItems).flatMap((p, i) => [...(i ? [', '] : []), code(p)]) : ['none'])],
      [`Renamed (${n(diff.files.renamed.length)}): `, ...(diff.files.renamed.length ? diff.files.renamed.slice(0, maxItems).flatMap((r, i) => [...(i ? [', '] : []), code(r.from), ' → ', code(r.to)]) : ['none'])],
    ]),
  );
  const md = toGfm(root(...blocks));
  const problems = checkMarkdown(md);
  if (problems.length) throw new Error(`testaudit diff produced malformed Markdown (a bug): ${problems.join('; ')}`);
  return md;
}
