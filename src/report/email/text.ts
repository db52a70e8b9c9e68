/**
 * The email's `text/plain` part: the plain-text report (src/report/text.ts) from the same mdast,
 * made to fit a mail reader's 78 columns (RFC 5322's recommended line length). A table too wide for
 * that becomes one record per row (the first cell, then "Header: value" pairs), and every longer
 * line is wrapped at spaces with a hanging indent; a word longer than a line (a URL, a path) is
 * broken where it must be, as RFC 3986 (appendix C) allows for URLs in angle brackets.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toGfm } from '../../lib/mdast.js';
import { markdownToText } from '../text.js';

/** The widest line of the email's text part. */
export const MAIL_WIDTH = 78;

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/** Width of `t` laid out as aligned columns, as src/report/text.ts does (two spaces between). */
function tableWidth(t: Table): number {
  const rows = t.children.map((r) => r.children.map((c) => [...plain(c.children)].length));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i] ?? 0)));
  return widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}

/** One list item per row: the first cell as its line, the other cells as "Header: value; …". */
function tableAsRecords(t: Table): List {
  const [head, ...rows] = t.children;
  const headers = head!.children.map((c) => plain(c.children));
  const items = rows.map((row): ListItem => {
    const [first, ...rest] = row.children;
    const fields: PhrasingContent[] = [];
    rest.forEach((cell, i) => {
      if (i > 0) fields.push({ type: 'text', value: '; ' });
      fields.push({ type: 'text', value: `${headers[i + 1]}: ` }, ...cell.children);
    });
    return {
      type: 'listItem',
      spread: false,
      checked: null,
      children: [
        { type: 'paragraph', children: first?.children.length ? first.children : [{ type: 'text', value: '(none)' }] },
        ...(fields.length ? [{ type: 'paragraph' as const, children: fields }] : []),
      ],
    };
  });
  return { type: 'list', ordered: false, spread: false, children: items };
}

function fitTables(node: RootContent, width: number): RootContent {
  if (node.type === 'table') return tableWidth(node) > width ? tableAsRecords(node) : node;
  if ('children' in node) return { ...node, children: (node.children as RootContent[]).map((c) => fitTables(c, width)) } as RootContent;
  return node;
}

/** Wrap one line at spaces to `width` columns; continuation lines take the hanging indent. */
export function wrapLine(line: string, width: number = MAIL_WIDTH): string[] {
  const chars = (s: string): number => [...s].length;
  if (chars(line) <= width) return [line];
  // A heading's underline only needs to be as long as the line it underlines can be.
  if (/^(=+|-+)$/.test(line)) return [line.slice(0, width)];
  // Hang under the text after an indent, a list bullet, a number and a task box.
  const lead = /^(\s*(?:(?:[-*]|\d+\.) )?(?:\[[ x]\] )?(?:> )?)/.exec(line)![1]!;
  const hang = ' '.repeat(Math.min(chars(lead), width >> 1));
  const out: string[] = [];
  let current = lead;
  // Whether `current` holds only its indent (the lead or the hang), no word yet.
  let empty = true;
  const flush = (): void => {
    out.push(current.trimEnd());
    current = hang;
    empty = true;
  };
  for (const word of line.slice(lead.length).split(/ +/).filter(Boolean)) {
    const room = width - chars(current) - (empty ? 0 : 1);
    if (chars(word) <= room) {
      current += empty ? word : ` ${word}`;
      empty = false;
      continue;
    }
    if (!empty) flush();
    let rest = [...word];
    while (rest.length > width - chars(current)) {
      const room = width - chars(current);
      // Break after the last `/` (or `_`, `-`, `.`) that fits, so paths and URLs split at a separator.
      const sep = rest.slice(0, room).findLastIndex((ch, i) => i > room / 2 && /[/_.-]/.test(ch));
      const cut = sep >= 0 ? sep + 1 : room;
      current += rest.slice(0, cut).join('');
      rest = rest.slice(cut);
      flush();
    }
    current += rest.join('');
    empty = rest.length === 0;
  }
  if (!empty) out.push(current.trimEnd());
  return out;
}

/** The plain-text report of `tree`, no line longer than `width` columns. */
export function reportEmailText(tree: Root, width: number = MAIL_WIDTH): string {
  const fitted: Root = { type: 'root', children: tree.children.map((c) => fitTables(c, width)) };
  const text = markdownToText(toGfm(fitted));
  return `${text
    .replace(/\n$/, '')
    .split('\n')
    .flatMap((l) => wrapLine(l, width))
    .join('\n')}\n`;
}
