/**
 * Plain text for mail clients that do not render Markdown: the same report, parsed back from its
 * Markdown and written without Markdown syntax — headings underlined, tables as aligned columns,
 * task lists as [x]/[ ], links as "text <url>".
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { parseMarkdown } from './check.js';

function inline(nodes: PhrasingContent[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'inlineCode':
          return n.value;
        case 'link': {
          const label = inline(n.children);
          // GFM's autolink literals (`www.x.com`, `a@b.c` in audited text) stay the text they were.
          return [label, `mailto:${label}`, `http://${label}`].includes(n.url) ? label : `${label} <${n.url}>`;
        }
        case 'break':
          return '\n';
        default:
          return 'children' in n ? inline(n.children as PhrasingContent[]) : 'value' in n ? String(n.value) : '';
      }
    })
    .join('');
}

const width = (s: string): number => [...s].length;

/** Columns a line of the text report may take: mail clients show 80 to 100. */
export const TEXT_WIDTH = 100;

/**
 * Wrap `text` at `TEXT_WIDTH`: words move to the next line, which starts with `hang` (the indent of
 * a list item's text). A single word longer than the line (a long path) stays whole.
 */
export function wrapText(text: string, first = '', hang = ''): string {
  return text
    .split('\n')
    .map((para, i) => {
      const lines: string[] = [];
      let line = i === 0 ? first : hang;
      let empty = true;
      for (const word of para.split(/ +/)) {
        if (word === '') continue;
        if (!empty && width(line) + 1 + width(word) > TEXT_WIDTH) {
          lines.push(line);
          line = hang + word;
        } else line += (empty ? '' : ' ') + word;
        empty = false;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}

function tableText(t: Table): string {
  const rows = t.children.map((r) => r.children.map((c) => inline(c.children)));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  // Too wide for a mail client: one block per row, a "Header: value" line per cell.
  if (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) > TEXT_WIDTH) {
    const header = rows[0]!;
    return rows
      .slice(1)
      .map((r) => r.map((c, i) => wrapText(c, `${i === 0 ? '- ' : '  '}${header[i]}: `, '    ')).join('\n'))
      .join('\n');
  }
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function block(node: RootContent, indent = ''): string {
  switch (node.type) {
    case 'heading': {
      const text = inline(node.children);
      return node.depth <= 2 ? `${text}\n${(node.depth === 1 ? '=' : '-').repeat(width(text))}` : text.toUpperCase();
    }
    case 'paragraph':
      return wrapText(inline(node.children), indent, indent);
    case 'code':
      return node.value.split('\n').map((l) => `    ${l}`).join('\n');
    case 'table':
      return tableText(node);
    case 'list':
      return node.children
        .map((item, i) => {
          const mark = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
          const bullet = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const lead = `${indent}${bullet}${mark}`;
          return item.children
            .map((c, j) => (j === 0 && c.type === 'paragraph' ? wrapText(inline(c.children), lead, ' '.repeat(width(lead))) : j === 0 ? `${lead}${block(c).trimStart()}` : block(c, `${indent}  `)))
            .join('\n');
        })
        .join('\n');
    case 'blockquote':
      return node.children.map((c) => block(c)).join('\n\n').split('\n').map((l) => `> ${l}`).join('\n');
    case 'thematicBreak':
      return '----';
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[]) : '';
  }
}

export function markdownToText(markdown: string): string {
  return `${parseMarkdown(markdown).children.map((n) => block(n)).join('\n\n')}\n`;
}
