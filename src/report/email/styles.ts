/**
 * Inline styles for the email's HTML. Mail clients drop `<style>` blocks (Gmail), external CSS and
 * webfonts, so every element carries its own `style`. Colours are chosen to survive the dark modes
 * that invert or re-tint a message: every text colour is paired with an explicit background, and
 * the grade colours are mid-tones with white text, readable whether or not a client inverts them.
 */
import type { Grade } from '../../lib/schema.js';

export const INK = '#1f2328';
export const PAPER = '#ffffff';
export const CANVAS = '#f3f4f6';
const RULE = '#d0d7de';
const MUTED = '#57606a';
const CODE_BG = '#eef1f4';
const LINK = '#0b57d0';

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
/**
 * Styles that CSS inherits (colour, font, wrapping) are set once on the sheet and on each table, not
 * on every element: Gmail clips a message whose HTML passes ~102 kB, and a report has hundreds of
 * paths and cells. `<code>` and `<pre>` keep the clients' own monospace font.
 */
/** Long paths and identifiers break anywhere rather than widen the message. */
const WRAP = 'overflow-wrap:anywhere;word-break:break-word';
/**
 * In tables `anywhere` would shrink every column to one character in the table's layout, so cells
 * only break words that overflow, and long words get `<wbr>` break points (see html.ts).
 */
const CELL_WRAP = 'overflow-wrap:break-word;word-wrap:break-word;word-break:normal';

/** The style of each element the report's mdast becomes (remark-rehype's output). */
export const ELEMENT_STYLES: Readonly<Record<string, string>> = {
  h1: 'margin:0 0 12px;font-size:22px;line-height:1.3',
  h2: `margin:24px 0 10px;padding-bottom:4px;border-bottom:1px solid ${RULE};font-size:19px;line-height:1.3`,
  h3: 'margin:18px 0 8px;font-size:16px;line-height:1.3',
  h4: 'margin:14px 0 6px;font-size:15px',
  h5: 'margin:12px 0 6px;font-size:14px',
  h6: `margin:12px 0 6px;font-size:13px;color:${MUTED}`,
  p: 'margin:0 0 12px',
  ul: 'margin:0 0 12px;padding-left:22px',
  ol: 'margin:0 0 12px;padding-left:22px',
  li: 'margin:0 0 4px',
  a: `color:${LINK}`,
  code: `background-color:${CODE_BG}`,
  pre: `margin:0 0 12px;padding:8px 10px;background-color:${CODE_BG};font-size:13px;line-height:1.4;white-space:pre-wrap`,
  blockquote: `margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid ${RULE};color:${MUTED}`,
  hr: `border:0;border-top:1px solid ${RULE};margin:20px 0`,
  table: `border-collapse:collapse;width:100%;max-width:640px;margin:0 0 14px;font-size:13px;line-height:1.4;background-color:${PAPER};color:${INK};${CELL_WRAP}`,
  // Cell padding is the table's `cellpadding`, vertical alignment the row's `valign` (html.ts).
  th: `border:1px solid ${RULE};text-align:left;background-color:${CODE_BG}`,
  td: `border:1px solid ${RULE}`,
};

/** Body and layout tables around the report. */
export const LAYOUT = {
  body: `margin:0;padding:0;background-color:${CANVAS};color:${INK}`,
  outer: `width:100%;background-color:${CANVAS};color:${INK}`,
  outerCell: 'padding:16px 8px',
  sheet: `width:100%;max-width:640px;background-color:${PAPER};color:${INK};font-family:${FONT};font-size:15px;line-height:1.5;text-align:left;${WRAP}`,
  sheetCell: 'padding:18px 20px',
  banner: 'border-collapse:collapse;width:100%;margin:0 0 16px',
  bannerText: `padding:8px 12px;border:1px solid ${RULE};background-color:${PAPER};color:${INK};font-size:14px;line-height:1.4`,
} as const;

/** Mid-tone background for each grade band; white bold text on all of them (contrast ≥ 4.5:1). */
export function gradeColour(grade: Grade): string {
  switch (grade[0]) {
    case 'A':
      return '#1a7f37';
    case 'B':
      return '#4d7c0f';
    case 'C':
      return '#9a6700';
    case 'D':
      return '#bc4c00';
    default:
      return '#cf222e';
  }
}

/** A coloured table cell showing a grade. */
export function gradeCellStyle(grade: Grade, size: 'banner' | 'cell'): string {
  const base = `background-color:${gradeColour(grade)};color:#ffffff;font-weight:bold;text-align:center;white-space:nowrap`;
  return size === 'banner' ? `${base};width:72px;padding:10px 8px;font-size:26px;line-height:1.1;border:1px solid ${gradeColour(grade)}` : `${base};border:1px solid ${RULE}`;
}
