/**
 * The report as HTML that survives mail clients, from the same mdast the Markdown report is parsed
 * into: mdast → hast (remark-rehype, raw HTML dropped) → inline styles on every element → a
 * 640 px table layout → `hast-util-to-html`. Text from the audited code stays text nodes, escaped by
 * the serialiser; nothing from the report can become markup, a script, a stylesheet or an image.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { n } from '../../lib/format.js';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { GRADE_SCALE } from '../../lib/grades.js';
import type { Grade } from '../../lib/schema.js';
import { ELEMENT_STYLES, gradeCellStyle, LAYOUT } from './styles.js';
import { defaultSubject, type Verdict } from './verdict.js';

export interface EmailHtmlOptions {
  verdict: Verdict;
  /** The message's subject, used as the document title. */
  subject?: string;
  /** The audit's page on the published site, linked from the banner. */
  auditUrl?: string | null;
}

const GRADES = new Set<string>(GRADE_SCALE.map((g) => g.grade));
/** Elements remark-rehype makes from the report's mdast; anything else is unwrapped to its content. */
const ALLOWED = new Set([...Object.keys(ELEMENT_STYLES), 'strong', 'em', 'del', 'thead', 'tbody', 'tr', 'br', 'input', 'span', 'sup', 'section']);
const SAFE_URL = /^(https?:|mailto:)/i;

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Longest run of characters without a break opportunity in a table cell or in code. */
const LONGEST_RUN = 24;

/**
 * Break opportunities (`<wbr>`) after `/`, `.`, `_` and `-` in code (after `/` and `_` in prose),
 * and every LONGEST_RUN characters of a run without them: long paths wrap inside a 640 px table
 * even in clients (Outlook) that ignore overflow-wrap, and copying the text gives the path unchanged.
 */
function breakable(value: string, atSeparators: boolean): ElementContent[] {
  const parts: string[] = [];
  // Prose keeps its numbers whole ("95.8", "1,721"), breaking only in paths; code after any separator.
  for (const piece of value.split(atSeparators ? /(?<=[/._\s-])/ : /(?<=[/_\s])/)) {
    const chars = [...piece];
    for (let i = 0; i < chars.length; i += LONGEST_RUN) parts.push(chars.slice(i, i + LONGEST_RUN).join(''));
  }
  const out: ElementContent[] = [];
  for (const part of parts) {
    if (out.length && !/\s$/.test(String((out[out.length - 1] as { value?: string }).value ?? ''))) out.push(el('wbr', {}, []));
    out.push(txt(part));
  }
  return out;
}

/** Style one element and its subtree; returns the nodes that replace it. */
function styleNode(node: ElementContent, inCell: boolean): ElementContent[] {
  if (node.type !== 'element') return node.type !== 'text' ? [] : inCell ? breakable(node.value, false) : [node];
  const tag = node.tagName;
  const cell = inCell || tag === 'td' || tag === 'th';
  const children = node.children.flatMap((c) => styleNode(c, cell));
  if (tag === 'img') return [txt(String(node.properties['alt'] ?? ''))];
  if (tag === 'input') return [txt(node.properties['checked'] ? '☑ ' : '☐ ')];
  if (tag === 'a') {
    const href = String(node.properties['href'] ?? '');
    return SAFE_URL.test(href) ? [el('a', { href, style: ELEMENT_STYLES['a']! }, children)] : children;
  }
  if (!ALLOWED.has(tag)) return children;
  const properties: Element['properties'] = {};
  // Table cell alignment from GFM (`align`) is a presentational attribute every client honours.
  if ((tag === 'td' || tag === 'th') && node.properties['align']) properties['align'] = node.properties['align'];
  const grade = textOf(node).trim();
  if (tag === 'td' && node.children.every((c) => c.type === 'text') && GRADES.has(grade)) return [el('td', { ...properties, style: gradeCellStyle(grade as Grade, 'cell') }, children)];
  // In a cell a path needs no tint: the column says what it is, and the message stays small.
  if (tag === 'code') return [el('code', inCell ? {} : { style: ELEMENT_STYLES['code']! }, node.children.flatMap((c) => (c.type === 'text' ? breakable(c.value, true) : [c])))];
  const style = ELEMENT_STYLES[tag];
  if (style) properties['style'] = style;
  // Task-list items carry no bullet: the ☑/☐ stands in for it.
  if (tag === 'ul' && node.children.some((c) => c.type === 'element' && c.tagName === 'li' && String(c.properties['className'] ?? '').includes('task-list-item'))) {
    properties['style'] = `${style};list-style:none;padding-left:4px`;
  }
  // Attributes, not styles, for what every cell shares: one copy per table or row keeps the HTML small.
  if (tag === 'table') Object.assign(properties, { role: 'table', cellpadding: '5', cellspacing: '0', border: '0' });
  if (tag === 'tr') properties['valign'] = 'top';
  return [el(tag, properties, children)];
}

/** The report's mdast as styled HTML fragments (no document around them). */
export function reportHast(tree: Root): ElementContent[] {
  const hast = unified().use(remarkRehype, { allowDangerousHtml: false }).runSync(tree) as HastRoot;
  return hast.children.flatMap((c) => (c.type === 'element' || c.type === 'text' ? styleNode(c, false) : []));
}

function banner(v: Verdict, auditUrl: string | null | undefined): Element {
  const summary: ElementContent[] = [
    el('strong', {}, [txt(v.suite)]),
    el('br', {}, []),
    txt(`${n(v.score)}/100 · ${n(v.errors)} ${v.errors === 1 ? 'error' : 'errors'} · ${v.change}`),
  ];
  if (auditUrl) summary.push(el('br', {}, []), el('a', { href: auditUrl, style: ELEMENT_STYLES['a']! }, [txt('Open the audit on the site')]));
  return el('table', { role: 'presentation', cellpadding: '0', cellspacing: '0', border: '0', width: '100%', style: LAYOUT.banner }, [
    el('tr', {}, [el('td', { style: gradeCellStyle(v.grade, 'banner') }, [txt(v.grade)]), el('td', { style: LAYOUT.bannerText }, summary)]),
  ]);
}

/** A standalone HTML document for the email's `text/html` part (and `--html`). */
export function reportEmailHtml(tree: Root, opts: EmailHtmlOptions): string {
  const presentation = { role: 'presentation', cellpadding: '0', cellspacing: '0', border: '0' };
  const sheet = el('table', { ...presentation, width: '640', align: 'center', style: LAYOUT.sheet }, [
    el('tr', {}, [el('td', { style: LAYOUT.sheetCell }, [banner(opts.verdict, opts.auditUrl), ...reportHast(tree)])]),
  ]);
  const doc: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: 'en' }, [
        el('head', {}, [
          el('meta', { charSet: 'utf-8' }, []),
          el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
          // Light only: without <style> there are no dark-mode rules to offer, so clients that
          // honour this keep the colours; those that force dark mode get explicit colour pairs.
          el('meta', { name: 'color-scheme', content: 'light' }, []),
          el('meta', { name: 'supported-color-schemes', content: 'light' }, []),
          el('title', {}, [txt(opts.subject ?? defaultSubject(opts.verdict))]),
        ]),
        el('body', { style: LAYOUT.body }, [
          el('table', { ...presentation, width: '100%', style: LAYOUT.outer }, [el('tr', {}, [el('td', { align: 'center', style: LAYOUT.outerCell }, [sheet])])]),
        ]),
      ]),
    ],
  };
  return `${toHtml(doc)}\n`;
}
