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

function tableText(t: Table): string {
  const rows = t.children.map((r) => r.children.map((c) => inline(c.children)));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
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
      return indent + inline(node.children);
    case 'code':
      return node.value.split('\n').map((l) => `    ${l}`).join('\n');
    case 'table':
      return tableText(node);
    case 'list':
      return node.children
        .map((item, i) => {
          const mark = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
          const bullet = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          return item.children.map((c, j) => (j === 0 ? `${indent}${bullet}${mark}${block(c).trimStart()}` : block(c, `${indent}  `))).join('\n');
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
