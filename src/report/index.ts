/** `renderReport`: one audit → the Markdown report (checked) or its plain-text twin. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { ReportTemplateError } from '../lib/errors.js';
import type { Audit } from '../lib/schema.js';
import { markdownProblems, type MarkdownProblem } from './check.js';
import { buildModel, type ReportOptions } from './model.js';
import { loadTemplates, renderMarkdown, type TemplateSet } from './render.js';
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

/** The built-in templates rendered malformed Markdown: a bug in testaudit, not the user's doing. */
export class ReportCheckError extends Error {}

/** The user's template files in use (those under `overrides`), main first. */
function overrideFiles(templates: TemplateSet, overrides: string): string[] {
  const inside = (file: string) => {
    const rel = relative(overrides, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  return [templates.mainFile, ...[...templates.partials.values()].map((p) => p.file)].filter(inside);
}

/**
 * Where in the user's templates raw HTML comes from: the first line holding the HTML's first line
 * as written, else the first holding its opening tag (the template may interpolate values into it).
 */
function locateHtml(html: string, files: readonly string[]): { file: string; line: number } | null {
  const first = html.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const tag = /^<(?:!--|\/?[A-Za-z][\w-]*)/.exec(first)?.[0];
  for (const needle of [first, tag]) {
    if (!needle) continue;
    for (const file of files) {
      const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
      if (index >= 0) return { file, line: index + 1 };
    }
  }
  return null;
}

/** One line per problem, at the template line when it can be found, else at the rendered report's line. */
function templateProblem(p: MarkdownProblem, files: readonly string[]): string {
  const at = p.html !== undefined ? locateHtml(p.html, files) : null;
  if (at) return `${at.file}:${at.line}: the template writes ${p.message}; the report is Markdown, so write Markdown instead.`;
  return `report line ${p.line}: ${p.message}${p.html !== undefined ? '; the report is Markdown, so write Markdown instead' : ''} (rendered by your templates: ${files.join(', ')}).`;
}

export function renderReport(audit: Audit, opts: RenderOptions): string {
  const templates = loadTemplates(opts.templates, opts.overrides);
  const markdown = renderMarkdown(buildModel(audit, opts), templates);
  const problems = markdownProblems(markdown);
  if (problems.length) {
    const files = opts.overrides ? overrideFiles(templates, opts.overrides) : [];
    // Only the user's own template files make it their error; a fault with the built-ins is ours.
    if (files.length) throw new ReportTemplateError(problems.map((p) => templateProblem(p, files)).join('\n'));
    throw new ReportCheckError(`the rendered report is not well-formed Markdown (${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}). This is a bug in testaudit; please report it with the audit.json.`);
  }
  return opts.format === 'text' ? markdownToText(markdown) : markdown;
}
