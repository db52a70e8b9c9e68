/**
 * GFM turns `www.example.com`, `https://…` and `name@host` written as plain text into links
 * ("autolink literals") when the Markdown is parsed back. In the report such text comes from the
 * audited code (a message, a docstring, a suite name), so in the email it stays text: a message
 * must never link where the audited code says. The report's own links all have a label that
 * differs from their URL (a path → its page, "evidence" → the source line).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';

const labelOf = (nodes: PhrasingContent[]): string => nodes.map((n) => ('value' in n ? n.value : 'children' in n ? labelOf(n.children as PhrasingContent[]) : '')).join('');

/** Whether `url` is what GFM makes of the text `label`. */
function isLiteral(url: string, label: string): boolean {
  return url === label || url === `mailto:${label}` || url === `http://${label}`;
}

/** `tree` with every autolink literal replaced by its text (a new tree; the input is not changed). */
export function unlinkLiterals<T extends Root | RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).flatMap((c): RootContent[] =>
    c.type === 'link' && isLiteral(c.url, labelOf(c.children)) ? c.children.map(unlinkLiterals) : [unlinkLiterals(c)],
  );
  return { ...node, children } as T;
}
