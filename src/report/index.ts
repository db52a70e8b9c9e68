/** `renderReport`: one audit → the Markdown report (checked) or its plain-text twin. */
import type { Audit } from '../lib/schema.js';
import { checkMarkdown } from './check.js';
import { buildModel, type ReportOptions } from './model.js';
import { loadTemplates, renderMarkdown } from './render.js';
import { markdownToText } from './text.js';

export { buildModel, SECTION_IDS, type ReportModel, type ReportOptions, type SectionId } from './model.js';
export { checkMarkdown } from './check.js';

export interface RenderOptions extends ReportOptions {
  /** The built-in templates folder. */
  templates: string;
  /** The user's templates folder; its files replace the built-in ones file by file. */
  overrides?: string | undefined;
  format: 'md' | 'text';
}

export class ReportCheckError extends Error {}

export function renderReport(audit: Audit, opts: RenderOptions): string {
  const markdown = renderMarkdown(buildModel(audit, opts), loadTemplates(opts.templates, opts.overrides));
  const problems = checkMarkdown(markdown);
  if (problems.length) {
    throw new ReportCheckError(
      `the rendered report is not well-formed Markdown (${problems.join('; ')}). ${opts.overrides ? `Check your templates in ${opts.overrides}, or report` : 'This is a bug in testaudit; please report it'} with the audit.json.`,
    );
  }
  return opts.format === 'text' ? markdownToText(markdown) : markdown;
}
