/**
 * The rendered Markdown, parsed back with unified + remark-parse + remark-gfm, must be what we
 * meant: every table row has the header's number of cells, no raw HTML slipped in (from the audited
 * code or a template), and headings never skip a level. A failure is a bug, reported as such.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

/** Problems found in `markdown`, empty when it is well-formed. */
export function checkMarkdown(markdown: string): string[] {
  const problems: string[] = [];
  const tree = parseMarkdown(markdown);
  let lastDepth = 0;
  const visit = (node: Root | RootContent): void => {
    const line = 'position' in node && node.position ? node.position.start.line : 0;
    if (node.type === 'html') problems.push(`line ${line}: raw HTML ${JSON.stringify(node.value.slice(0, 40))}`);
    if (node.type === 'heading') {
      if (node.depth > lastDepth + 1) problems.push(`line ${line}: heading level ${node.depth} after level ${lastDepth}`);
      lastDepth = node.depth;
    }
    if (node.type === 'table') {
      const width = node.children[0]?.children.length ?? 0;
      node.children.forEach((row, i) => {
        if (row.children.length !== width) problems.push(`line ${line}: table row ${i} has ${row.children.length} cells, the header ${width}`);
      });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return problems;
}
