/**
 * Render a report model with Handlebars templates into GitHub-flavoured Markdown.
 *
 * Escaping works as Handlebars' does for HTML, but for Markdown: every string of the model reaches
 * the template as a `MarkdownText` whose output is the string escaped as Markdown text (`*`, `_`,
 * `[`, `<`, `|`, backticks…, newlines folded), so `{{path}}` is always literal. Helpers that build
 * structure (`table`, `code`, `link`, `codeblock`, `tasklist`) take the raw values and build mdast,
 * serialised by mdast-util-to-markdown. Templates are strict: a missing variable, partial or helper
 * is an error naming the template and line, never a blank.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { PhrasingContent } from 'mdast';
import { code, codeBlock, list, paragraph, prose, table, toGfm, type Cell } from '../lib/mdast.js';
import { UserError } from '../lib/errors.js';
import { Prose, type ReportModel } from './model.js';

/** Escape `value` as Markdown inline text (one line). */
export function escapeInline(value: string): string {
  const flat = value.replace(/\s*[\r\n]+\s*/g, ' ');
  if (flat === '') return '';
  const out = toGfm(paragraph(flat)).replace(/\n$/, '');
  // `|` only matters inside tables, but a template may put any value in a hand-written table row.
  return out.replace(/(?<!\\)\|/g, '\\|');
}

/** A model string on its way into a template: escaped when printed, raw for helpers. */
export class MarkdownText extends Handlebars.SafeString {
  constructor(readonly raw: string) {
    super(raw);
  }
  override toString(): string {
    return escapeInline(this.raw);
  }
  override toHTML(): string {
    return escapeInline(this.raw);
  }
}

/** Prose on its way into a template: backticked spans become code, the rest is escaped text. */
export class ProseText extends Handlebars.SafeString {
  constructor(readonly raw: string) {
    super(raw);
  }
  override toString(): string {
    return toGfm(paragraph(...prose(this.raw.replace(/\s*[\r\n]+\s*/g, ' ')))).replace(/\n$/, '').replace(/(?<!\\)\|/g, '\\|');
  }
  override toHTML(): string {
    return this.toString();
  }
}

type Wrapped<T> = T extends Prose ? ProseText : T extends string ? MarkdownText | '' : T extends Array<infer U> ? Array<Wrapped<U>> : T extends object ? { [K in keyof T]: Wrapped<T[K]> } : T;

/** Wrap every non-empty string of the model (empty strings stay falsy for `{{#if}}`). */
export function wrap<T>(value: T): Wrapped<T> {
  if (typeof value === 'string') return (value === '' ? '' : new MarkdownText(value)) as Wrapped<T>;
  if (value instanceof Prose) return new ProseText(value.text) as Wrapped<T>;
  if (Array.isArray(value)) return value.map(wrap) as Wrapped<T>;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)])) as Wrapped<T>;
  return value as Wrapped<T>;
}

const raw = (v: unknown): string => (v instanceof MarkdownText || v instanceof ProseText ? v.raw : v === null || v === undefined ? '' : String(v));

interface LinkLike {
  text: unknown;
  url: unknown;
}
const isLink = (v: unknown): v is LinkLike => typeof v === 'object' && v !== null && 'text' in v && 'url' in v;

function inlineOf(v: unknown, asCode = false): PhrasingContent {
  if (isLink(v)) {
    const label: PhrasingContent = asCode ? code(raw(v.text)) : { type: 'text', value: raw(v.text) };
    return raw(v.url) ? { type: 'link', url: raw(v.url), children: [label] } : label;
  }
  return asCode ? code(raw(v)) : { type: 'text', value: raw(v).replace(/\s*[\r\n]+\s*/g, ' ') };
}

const inlineMd = (node: PhrasingContent): Handlebars.SafeString => new Handlebars.SafeString(toGfm(paragraph(node)).replace(/\n$/, ''));
const blockMd = (md: string): Handlebars.SafeString => new Handlebars.SafeString(md.replace(/\n$/, ''));

function registerHelpers(env: typeof Handlebars): void {
  env.registerHelper('code', (v: unknown) => inlineMd(inlineOf(v, true)));
  env.registerHelper('link', (v: unknown) => inlineMd(inlineOf(v)));
  /** `{{linkto "label" url}}`: a Markdown link (the URL escaped for its context). */
  env.registerHelper('linkto', (label: unknown, url: unknown) => inlineMd({ type: 'link', url: raw(url), children: [{ type: 'text', value: raw(label) }] }));
  env.registerHelper('codelink', (v: unknown) => inlineMd(inlineOf(v, true)));
  /** `{{table rows "Header" "Header" …}}`; a cell that is a link stays a link; `code:` headers make code cells. */
  env.registerHelper('table', (rows: unknown, ...rest: unknown[]) => {
    const headers = rest.slice(0, -1).map(raw);
    const codeColumns = headers.map((h) => h.startsWith('code:'));
    const header = headers.map((h) => h.replace(/^code:/, ''));
    const body = (rows as unknown[][]).map((row) => (Array.isArray(row) ? row : Object.values(row as object)).map((c, i): Cell => inlineOf(c, codeColumns[i])));
    return blockMd(toGfm(table(header, body)));
  });
  env.registerHelper('codeblock', (lines: unknown, lang: unknown) => {
    const text = Array.isArray(lines) ? lines.map(raw).join('\n') : raw(lines);
    return blockMd(toGfm(codeBlock(text, typeof lang === 'string' ? lang : null)));
  });
  /** `{{tasklist items}}` with items `{done, text}`: a GFM task list. */
  env.registerHelper('tasklist', (items: Array<{ done: boolean; text: unknown }>) =>
    blockMd(toGfm(list(items.map((i) => (i.text instanceof ProseText ? prose(i.text.raw) : [raw(i.text)])), { checked: items.map((i) => i.done) }))),
  );
  env.registerHelper('eq', (a: unknown, b: unknown) => raw(a) === raw(b));
  /** Markdown the team wrote (notes.md), included as it is. */
  env.registerHelper('verbatim', (v: unknown) => blockMd(raw(v)));
  env.registerHelper('upper', (v: unknown) => new MarkdownText(raw(v).toUpperCase()));
}

export interface TemplateSet {
  main: string;
  /** Partial name → source; each with the file it came from, for errors. */
  partials: Map<string, { source: string; file: string }>;
  mainFile: string;
}

/** The built-in templates, overridden file by file by `overrides` (a folder like templates/). */
export function loadTemplates(builtIn: string, overrides?: string): TemplateSet {
  const pick = (rel: string): string => (overrides && existsSync(join(overrides, rel)) ? join(overrides, rel) : join(builtIn, rel));
  if (overrides && !existsSync(overrides)) throw new UserError(`--templates ${overrides}: no such folder.`);
  const names = new Set<string>();
  for (const dir of [builtIn, overrides]) {
    const partialDir = dir && join(dir, 'partials');
    if (partialDir && existsSync(partialDir)) for (const f of readdirSync(partialDir)) if (f.endsWith('.hbs')) names.add(basename(f, '.hbs'));
  }
  const partials = new Map<string, { source: string; file: string }>();
  for (const name of [...names].sort()) {
    const file = pick(join('partials', `${name}.hbs`));
    partials.set(name, { source: readFileSync(file, 'utf8'), file });
  }
  const mainFile = pick('report.hbs');
  return { main: readFileSync(mainFile, 'utf8'), partials, mainFile };
}

/** Re-throw a Handlebars error as one line naming the template file and the line. */
function templateError(file: string, error: unknown): UserError {
  const e = error as { message?: string; lineNumber?: number };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  const loc = /- (\d+):(\d+)$/.exec(message);
  const line = e.lineNumber ?? (loc ? Number(loc[1]) : undefined);
  const text = message.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '');
  return new UserError(`${file}${line ? `:${line}` : ''}: ${text}`);
}

/** Render the model; the result is Markdown that has passed `checkMarkdown`. */
export function renderMarkdown(model: ReportModel, templates: TemplateSet): string {
  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, { source, file }] of templates.partials) {
    let compiled: Handlebars.TemplateDelegate;
    try {
      compiled = env.compile(source, { strict: true });
    } catch (error) {
      throw templateError(file, error);
    }
    env.registerPartial(name, ((ctx: unknown, options: Handlebars.RuntimeOptions) => {
      try {
        return compiled(ctx, options);
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw templateError(file, error);
      }
    }) as Handlebars.Template);
  }
  let out: string;
  try {
    out = env.compile(templates.main, { strict: true })(wrap(model));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw templateError(templates.mainFile, error);
  }
  // Blank lines: at most one in a row, none at the start, one newline at the end.
  return `${out.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
