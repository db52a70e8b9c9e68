/**
 * Markdown is built as mdast and serialised by mdast-util-to-markdown (with GFM), never by string
 * concatenation: escaping is then right for each context (`|` in a table cell, `*` in text, a
 * backtick inside inline code), whatever the audited code contains.
 */
import type { BlockContent, Code, Heading, InlineCode, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export type Inline = PhrasingContent | string;

const inline = (c: Inline): PhrasingContent => (typeof c === 'string' ? { type: 'text', value: c } : c);

/**
 * Our own prose (rule meta, never audited code) where `backticked` spans are inline code: the one
 * piece of Markdown syntax the rule texts use. Everything else stays literal text.
 */
export function prose(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  value.split(/(`[^`\n]+`)/).forEach((part, i) => {
    if (part === '') return;
    out.push(i % 2 === 1 ? { type: 'inlineCode', value: part.slice(1, -1) } : { type: 'text', value: part });
  });
  return out;
}

export const text = (value: string): Text => ({ type: 'text', value });
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value });
export const strong = (...children: Inline[]): Strong => ({ type: 'strong', children: children.map(inline) });
export const paragraph = (...children: Inline[]): Paragraph => ({ type: 'paragraph', children: children.map(inline) });
export const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: Inline[]): Heading => ({ type: 'heading', depth, children: children.map(inline) });
export const codeBlock = (value: string, lang: string | null = null): Code => ({ type: 'code', lang, value });
export const list = (items: Array<Inline[] | BlockContent[]>, opts: { ordered?: boolean; checked?: Array<boolean | null> } = {}): List => ({
  type: 'list',
  ordered: opts.ordered ?? false,
  spread: false,
  children: items.map(
    (item, i): ListItem => ({
      type: 'listItem',
      spread: false,
      checked: opts.checked?.[i] ?? null,
      children: isBlockList(item) ? item : [paragraph(...(item as Inline[]))],
    }),
  ),
});

function isBlockList(item: Inline[] | BlockContent[]): item is BlockContent[] {
  return item.length > 0 && typeof item[0] === 'object' && ['paragraph', 'code', 'list', 'table', 'blockquote', 'heading'].includes((item[0] as BlockContent).type);
}

/** A table cell: one inline, or several in a row. */
export type Cell = Inline | Inline[];

/** A GFM table; every row must have the header's number of cells. */
export function table(header: Cell[], rows: Cell[][], align: Array<'left' | 'right' | 'center' | null> = []): Table {
  const cells = (row: Cell[]): TableCell[] =>
    row.map((c) => ({ type: 'tableCell', children: Array.isArray(c) ? c.map(inline) : [inline(c)] }));
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`table row ${i + 1} has ${row.length} cells, the header ${header.length}`);
  }
  return {
    type: 'table',
    align: header.map((_, i) => align[i] ?? null),
    children: [header, ...rows].map((row) => ({ type: 'tableRow', children: cells(row) })),
  };
}

export const root = (...children: RootContent[]): Root => ({ type: 'root', children });

/** Serialise mdast to GitHub-flavoured Markdown. */
export function toGfm(node: Root | RootContent): string {
  const tree: Root = node.type === 'root' ? node : root(node);
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one', fences: true });
}
