/**
 * The rendered Markdown, parsed back with unified + remark-parse + remark-gfm, must be what we
 * meant: every table row has the header's number of cells, no raw HTML slipped in (from the audited
 * code or a template), and headings never skip a level. With the built-in templates a failure is a
 * bug; with the user's `--templates` it is theirs to fix, and `renderReport` says so.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

/** One way the rendered Markdown is not what we meant, at a line of the rendered text. */
export interface MarkdownProblem {
  line: number;
  message: string;
  /** The raw HTML found, for a raw-HTML problem: what a template search can look for. */
  html?: string;
}

/** Problems found in `markdown`, with their lines and, for raw HTML, the HTML itself; empty when well-formed. */
export function markdownProblems(markdown: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const tree = parseMarkdown(markdown);
  let lastDepth = 0;
  const visit = (node: Root | RootContent): void => {
    const line = 'position' in node && node.position ? node.position.start.line : 0;
    if (node.type === 'html') problems.push({ line, message: `raw HTML ${JSON.stringify(node.value.slice(0, 40))}`, html: node.value });
    if (node.type === 'heading') {
      if (node.depth > lastDepth + 1) problems.push({ line, message: `heading level ${node.depth} after level ${lastDepth}` });
      lastDepth = node.depth;
    }
    if (node.type === 'table') {
      const width = node.children[0]?.children.length ?? 0;
      node.children.forEach((row, i) => {
        if (row.children.length !== width) problems.push({ line, message: `table row ${i} has ${row.children.length} cells, the header ${width}` });
      });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return problems;
}

/** Problems found in `markdown` as `line N: …` strings, empty when it is well-formed. */
export function checkMarkdown(markdown: string): string[] {
  return markdownProblems(markdown).map((p) => `line ${p.line}: ${p.message}`);
}
