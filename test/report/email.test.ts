/**
 * The report as an email: the demo audit's report.eml parsed back with mailparser (two alternatives,
 * the subject, 78-column text, HTML without style/script/link/remote sources), the hostile-input
 * tests of the Markdown report in both parts, the HTML at 600 px in Chromium, and --send to a local
 * SMTP stub that must receive exactly the bytes of the written .eml.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../analyzer/report-file.js';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { GRADE_SCALE } from '../../src/lib/grades.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import type { Audit } from '../../src/lib/schema.js';
import { parseMarkdown } from '../../src/report/check.js';
import { buildReportEmail, defaultSubject, reportEmailText, verdictOf, wrapLine } from '../../src/report/email/index.js';
import { gradeColour } from '../../src/report/email/styles.js';
import { renderReport, type RenderOptions } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { startSmtpStub } from '../helpers/smtp-stub.js';
import { tempTree } from '../helpers/tmp.js';

/** The page's globals, as the functions run in Chromium see them (the tests compile without the DOM lib). */
interface Box {
  tagName: string;
  textContent: string | null;
  getBoundingClientRect(): { right: number; width: number };
}
declare function getComputedStyle(element: unknown): { color: string; backgroundColor: string };
declare const document: { documentElement: { clientWidth: number; scrollWidth: number }; querySelectorAll(selector: string): Iterable<Box> };

const DEMO = join(PACKAGE_ROOT, 'content/audits/2026-02-15');
const SCREENSHOT = join(PACKAGE_ROOT, 'docs/screenshot-email.png');
let demo: Audit;
/** A copy of the demo audit folder, so the tests write report.eml beside it and not in content/. */
let auditDir: string;

beforeAll(() => {
  demo = parseAudit(JSON.parse(readFileSync(join(DEMO, 'audit.json'), 'utf8')), DEMO);
  auditDir = join(tempTree(), '2026-02-15');
  cpSync(DEMO, auditDir, { recursive: true });
});

const opts = (extra: Partial<RenderOptions> = {}): RenderOptions => ({ templates: BUILT_IN_TEMPLATES, format: 'md', maxItems: 20, emoji: true, ...extra });
const columns = (line: string): number => [...line].length;
const mdText = (n: RootContent): string => ('value' in n ? String(n.value) : 'children' in n ? (n.children as RootContent[]).map(mdText).join('') : '');

const TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'hr', 'br', 'wbr']);
const ATTRIBUTES = new Set(['style', 'href', 'lang', 'charset', 'name', 'content', 'role', 'cellpadding', 'cellspacing', 'border', 'width', 'align', 'valign']);

/**
 * Mail-safe HTML: only the elements and attributes the renderer makes (so no style block, script,
 * stylesheet link, image, form or event handler), links to the web only, no CSS that loads anything.
 * Text is escaped (`<` as `&#x3C;`), so every `<` starts a real tag.
 */
function expectMailSafe(html: string): void {
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)];
  expect(tags.length).toBeGreaterThan(100);
  for (const [, name, attrs] of tags) {
    expect(TAGS).toContain(name!.toLowerCase());
    for (const [, attr, value] of attrs!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      expect(ATTRIBUTES).toContain(attr!.toLowerCase());
      if (attr === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
      if (attr === 'style') expect(value).not.toMatch(/url\(|@import|expression\(/i);
    }
  }
  expect(html).not.toMatch(/<(style|script|link|img|iframe|object|input|form)\b/i);
}

/** The text of each heading of the HTML, in order. */
const htmlHeadings = (html: string): string[] =>
  [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;|&#x22;/g, '"'));

describe('the demo audit as report.eml', () => {
  let mail: ParsedMail;
  let raw: Buffer;
  let markdown: string;

  beforeAll(async () => {
    const r = await runCli(['report', auditDir, '--format', 'eml', '--to', 'Team <team@example.com>', '--to', 'lead@example.com', '--from', 'QA <qa@example.com>'], { cwd: PACKAGE_ROOT });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/Written: .*2026-02-15\/report\.eml\n$/);
    raw = readFileSync(join(auditDir, 'report.eml'));
    mail = await simpleParser(raw);
    markdown = renderReport(demo, opts());
  });

  test('is multipart/alternative with a quoted-printable UTF-8 text part, then the HTML part', () => {
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    const boundary = (mail.headers.get('content-type') as { params: { boundary: string } }).params.boundary;
    const parts = raw.toString('latin1').split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^\r\nContent-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n/);
    expect(parts[1]).toMatch(/^\r\nContent-Type: text\/html; charset=utf-8\r\n/);
    expect(mail.attachments).toEqual([]);
    // No line of the message is longer than RFC 5322's recommended 78 characters.
    expect(Math.max(...raw.toString('latin1').split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);
  });

  test('carries the verdict in the subject, and the From, To, Date and Message-ID headers', () => {
    const s = demo.summary;
    const c = demo.comparison!;
    const change = c.previous.grade === s.grade ? `score ${c.scoreChange >= 0 ? '+' : '−'}${Math.abs(c.scoreChange)} since ${c.previous.date}` : `${c.previous.grade} → ${s.grade} since ${c.previous.date}`;
    expect(mail.subject).toBe(`testaudit: ${demo.audit.scope.root} — ${s.grade} (${s.score}), ${s.findingsBySeverity.error} errors, ${change}`);
    expect(mail.from?.value).toEqual([{ address: 'qa@example.com', name: 'QA' }]);
    expect((Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((t) => t.value.map((v) => v.address))).toEqual(['team@example.com', 'lead@example.com']);
    expect(Math.abs(mail.date!.getTime() - Date.now())).toBeLessThan(120_000);
    expect(mail.messageId).toMatch(/^<testaudit\.2026-02-15\.[0-9a-f]{12}@example\.com>$/);
  });

  test('the text part is the plain-text report, no line over 78 columns', () => {
    const text = mail.text!;
    expect(Math.max(...text.split('\n').map(columns))).toBeLessThanOrEqual(78);
    expect(text).toContain('Executive summary\n-----------------');
    expect(text).toContain(`Grade ${demo.summary.grade} (${demo.summary.score}/100)`);
    expect(text).not.toMatch(/^\|/m);
    expect(text).not.toContain('**');
  });

  test('the HTML part comes from the same Markdown, with inline styles only and nothing remote', () => {
    const html = mail.html as string;
    expectMailSafe(html);
    expect(html).toMatch(/^<!doctype html>/i);
    // Every heading of the Markdown report is a heading of the HTML, and a line of the text.
    const headings = parseMarkdown(markdown).children.filter((n) => n.type === 'heading').map((h) => mdText(h));
    expect(headings.length).toBeGreaterThan(10);
    expect(htmlHeadings(html)).toEqual(headings);
    for (const h of headings) expect(mail.text!.toLowerCase()).toContain(h.toLowerCase());
    // The grade is a coloured table cell, not an image.
    expect(html).toContain(`background-color:${gradeColour(demo.summary.grade)};color:#ffffff;font-weight:bold;text-align:center;white-space:nowrap;width:72px`);
    expect(html).toMatch(new RegExp(`<td style="background-color:${gradeColour(demo.summary.grade)}[^"]*">${demo.summary.grade}</td>`));
    // Every element that shows something carries its style inline.
    // (code in a table cell is bare: the client's monospace font, no tint, fewer bytes).
    for (const tag of ['h2', 'p', 'table', 'th', 'td', 'li']) expect(html).not.toMatch(new RegExp(`<${tag}>`));
    expect(html).toMatch(/<p style="[^"]*">[^<]*<code style="background-color:/);
    expect(html).toContain(`<strong>Grade ${demo.summary.grade} (${demo.summary.score}/100)</strong>`);
  });

  test('--html writes the same HTML as a standalone file; --site-url links the audit and its files', async () => {
    const page = join(tempTree(), 'report.html');
    const out = join(tempTree(), 'mail.eml');
    const r = await runCli(['report', auditDir, '--format', 'eml', '--out', out, '--html', page, '--site-url', 'https://qa.example/testaudit/'], { cwd: PACKAGE_ROOT });
    expect(r.code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect((await simpleParser(readFileSync(out))).html).toBe(html);
    expect(html).toContain('<a href="https://qa.example/testaudit/audits/2026-02-15/" style="');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.every((h) => h.startsWith('https://qa.example/testaudit/audits/2026-02-15/'))).toBe(true);
    // --html alone, with the Markdown report: both files written.
    const md = await runCli(['report', auditDir, '--html', page, '--out', join(tempTree(), 'r.md')], { cwd: PACKAGE_ROOT });
    expect(md.code).toBe(0);
    expect(md.stdout.match(/Written: /g)).toHaveLength(2);
  });
});

describe('hostile paths, test names, docstrings and messages stay text in both parts', () => {
  const MESSAGE = 'line one\n| not | a | row |\n<img src=x onerror=alert(1)> *bold* [link](javascript:x) """<style>body{display:none}</style>""" www.evil.example me@evil.example';
  const nasty = [
    'tests/unit/test_a|b.py',
    'tests/unit/test_`tick`.py',
    'tests/unit/test_<script>alert(1)</script>.py',
    'tests/unit/test_[x](javascript:alert(1)).py',
    `tests/unit/${'very_long_name_without_any_break'.repeat(8)}.py`,
    'tests/unit/www.evil.example/test_mail_me@evil.example.py',
  ];
  test.each(nasty)('%s', async (path) => {
    const a = structuredClone(demo);
    const victim = a.files.find((f) => f.path === 'auth_service/tests/integration/test_login_flow_mocked.py')!;
    victim.path = path;
    // Every finding quotes a hostile line of code; the new errors (the report shows their
    // messages) quote a hostile docstring.
    for (const x of a.files.flatMap((f) => f.findings)) x.snippet.lines[x.line - x.snippet.startLine] = '`<script>` | `';
    for (const x of a.comparison!.newErrors) Object.assign(x, { message: MESSAGE, code: '`<script>` | `', path });
    victim.testDetails[0]!.name = 'test_<link rel=stylesheet href=//evil.example/x.css>';
    victim.testDetails[0]!.smells = ['sleepy-test', 'magic-number-test', 'redundant-print', 'empty-test', 'unknown-test'];
    a.audit.title = 'Audit <b>of</b> | `things` [x](javascript:alert(1))\n# heading';
    a.audit.scope.root = 'suite\r\nBcc: victim@example.com';
    const markdown = renderReport(a, opts({ siteUrl: 'https://acme.example' }));
    const email = await buildReportEmail(a, markdown, { to: ['to@example.com'], date: new Date('2026-02-15T12:00:00Z'), siteUrl: 'https://acme.example' });
    const mail = await simpleParser(email.eml);

    const html = mail.html as string;
    expectMailSafe(html);
    expect(html).not.toMatch(/<b>|<\/?script>|<style>/);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('https://acme.example/'))).toEqual([]);
    // The hostile strings are there, escaped, as text: <wbr> break points aside.
    const shown = html.replace(/<wbr>/g, '');
    expect(shown).toContain(path.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;'));
    expect(shown).toContain('test_&#x3C;link rel=stylesheet href=//evil.example/x.css>');
    expect(shown).toContain('&#x3C;img src=x onerror=alert(1)> *bold* [link](javascript:x) """&#x3C;style>body{display:none}&#x3C;/style>""" www.evil.example me@evil.example');
    expect(shown).toContain('>`&#x3C;script>` | `</code>');
    expect(shown).toContain('Audit &#x3C;b>of&#x3C;/b> | `things` [x](javascript:alert(1)) # heading');

    const text = mail.text!;
    expect(Math.max(...text.split('\n').map(columns))).toBeLessThanOrEqual(78);
    const unwrapped = text.replace(/\s+/g, '');
    expect(unwrapped).toContain(path.replace(/\s+/g, ''));
    expect(unwrapped).toContain(MESSAGE.split('\n').pop()!.replace(/\s+/g, ''));
    expect(text).toContain('Audit <b>of</b> | `things` [x](javascript:alert(1)) # heading');
    // A newline in the suite name cannot add a header.
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.subject).toMatch(/^testaudit: suite Bcc: victim@example\.com — /);
  });

  test('a subject or an address with a line break is refused before anything is written', async () => {
    const dir = tempTree();
    cpSync(DEMO, dir, { recursive: true });
    const r = await runCli(['report', dir, '--format', 'eml', '--to', 'a@example.com\r\nBcc: b@example.com'], { cwd: PACKAGE_ROOT });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^testaudit: --to "a@example\.com\\r\\nBcc: b@example\.com": not an email address/) });
    expect(existsSync(join(dir, 'report.eml'))).toBe(false);
    const subject = await runCli(['report', dir, '--format', 'eml', '--subject', 'Weekly\r\nBcc: b@example.com', '--stdout'], { cwd: PACKAGE_ROOT });
    expect(subject.code).toBe(0);
    const mail = await simpleParser(Buffer.from(subject.stdout, 'utf8'));
    expect(mail.subject).toBe('Weekly Bcc: b@example.com');
    expect(mail.headers.has('bcc')).toBe(false);
  });
});

describe('the parts one by one', () => {
  test('wrapLine wraps at spaces with a hanging indent and breaks long words at a separator', () => {
    expect(wrapLine('x'.repeat(78))).toEqual(['x'.repeat(78)]);
    expect(wrapLine(`- [ ] ${'word '.repeat(20)}`, 40)).toEqual(['- [ ] word word word word word word word', '      word word word word word word word', '      word word word word word word']);
    expect(wrapLine(`  <https://example.com/${'segment/'.repeat(6)}end>`, 40)).toEqual(['  <https://example.com/segment/segment/', '  segment/segment/segment/segment/end>']);
    expect(wrapLine('='.repeat(100), 78)).toEqual(['='.repeat(78)]);
    expect(wrapLine(`1. ${'a'.repeat(90)}`, 40).every((l) => columns(l) <= 40)).toBe(true);
  });

  test('a table wider than 78 columns becomes one record per row; a narrow one stays a table', () => {
    const tree = parseMarkdown('| File | Grade | Notes |\n| - | - | - |\n| `a/very/long/path/to/a/test/module/test_something_quite_long.py` | B | notes about it |\n\n| A | B |\n| - | - |\n| 1 | 2 |\n');
    expect(reportEmailText(tree)).toBe('- a/very/long/path/to/a/test/module/test_something_quite_long.py\n  Grade: B; Notes: notes about it\n\nA  B\n-  -\n1  2\n');
  });

  test('the verdict: first audit, a grade change, a score change, a scoring-method change; one error is one error', () => {
    const a = structuredClone(demo);
    a.summary.findingsBySeverity.error = 1;
    a.comparison!.previous.grade = a.summary.grade;
    a.comparison!.scoreChange = -0.1;
    expect(defaultSubject(verdictOf(a))).toBe(`testaudit: examples — ${a.summary.grade} (${a.summary.score}), 1 error, score −0.1 since 2026-01-15`);
    const other = a.summary.grade === 'F' ? 'A' : 'F';
    a.comparison!.previous.grade = other;
    expect(verdictOf(a).change).toBe(`${other} → ${a.summary.grade} since 2026-01-15`);
    a.comparison!.methodChanged = { from: 'file-mean', to: 'compliance' };
    expect(verdictOf(a).change).toBe('scoring method changed since 2026-01-15');
    delete a.comparison;
    expect(verdictOf(a).change).toBe('first audit');
  });

  test('every grade colour keeps white text readable (WCAG contrast ≥ 4.5:1)', () => {
    const lum = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const { grade } of GRADE_SCALE) expect(1.05 / (lum(gradeColour(grade)) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('testaudit report --send', () => {
  const saved = process.env['TESTAUDIT_SMTP_URL'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TESTAUDIT_SMTP_URL'];
    else process.env['TESTAUDIT_SMTP_URL'] = saved;
  });

  test('hands the SMTP server exactly the bytes of the written report.eml', async () => {
    const stub = await startSmtpStub();
    try {
      process.env['TESTAUDIT_SMTP_URL'] = `smtp://127.0.0.1:${stub.port}`;
      const dir = tempTree();
      cpSync(DEMO, dir, { recursive: true });
      const r = await runCli(['report', dir, '--send', '--to', 'Team <team@example.com>', '--to', 'lead@example.com', '--from', 'QA <qa@example.com>'], { cwd: PACKAGE_ROOT });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/Written: .*report\.eml\nSent to Team <team@example\.com>, lead@example\.com: 250 2\.0\.0 queued as stub-1\n$/);
      expect(stub.received).toHaveLength(1);
      expect(stub.received[0]!.from).toBe('qa@example.com');
      expect(stub.received[0]!.to).toEqual(['team@example.com', 'lead@example.com']);
      expect(stub.received[0]!.data.equals(readFileSync(join(dir, 'report.eml')))).toBe(true);
    } finally {
      await stub.close();
    }
  });

  test('without TESTAUDIT_SMTP_URL, --to or --from it is one error and nothing is written; a refusal never shows the password', async () => {
    const dir = tempTree();
    cpSync(DEMO, dir, { recursive: true });
    delete process.env['TESTAUDIT_SMTP_URL'];
    const noUrl = await runCli(['report', dir, '--send', '--to', 'a@example.com', '--from', 'b@example.com'], { cwd: PACKAGE_ROOT });
    expect(noUrl).toMatchObject({ code: 2, stderr: 'testaudit: --send: set TESTAUDIT_SMTP_URL to the SMTP server (smtp://host:port, or smtps://user:password@host:465).\n' });
    process.env['TESTAUDIT_SMTP_URL'] = 'http://mail.example.com';
    expect((await runCli(['report', dir, '--send', '--to', 'a@example.com', '--from', 'b@example.com'], { cwd: PACKAGE_ROOT })).stderr).toMatch(/TESTAUDIT_SMTP_URL: the scheme must be smtp: or smtps:/);
    expect((await runCli(['report', dir, '--send', '--from', 'b@example.com'], { cwd: PACKAGE_ROOT })).stderr).toMatch(/--send: name at least one recipient with --to/);
    expect((await runCli(['report', dir, '--send', '--to', 'a@example.com'], { cwd: PACKAGE_ROOT })).stderr).toMatch(/--send: name the sender with --from/);
    expect((await runCli(['report', dir, '--send', '--format', 'md', '--to', 'a@example.com'], { cwd: PACKAGE_ROOT })).stderr).toMatch(/--send sends the email: use --format eml/);
    expect((await runCli(['report', dir, '--to', 'a@example.com'], { cwd: PACKAGE_ROOT })).stderr).toMatch(/--to is for the email: add --format eml/);
    expect(existsSync(join(dir, 'report.eml'))).toBe(false);

    const stub = await startSmtpStub({ refuseRecipients: true });
    try {
      process.env['TESTAUDIT_SMTP_URL'] = `smtp://mailer:s3cret-pw@127.0.0.1:${stub.port}`;
      const refused = await runCli(['report', dir, '--send', '--to', 'nobody@example.com', '--from', 'b@example.com'], { cwd: PACKAGE_ROOT });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^testaudit: --send: the SMTP server at 127\.0\.0\.1:\d+ refused the message \(.*550 5\.1\.1 no such mailbox here/);
      expect(refused.stderr + refused.stdout).not.toContain('s3cret');
      // The message was written before sending, and stays.
      expect(existsSync(join(dir, 'report.eml'))).toBe(true);
    } finally {
      await stub.close();
    }
  });
});

describe('the HTML in Chromium', () => {
  test.skipIf(!existsSync('/usr/bin/chromium'))('at 600 px nothing overflows, nothing is fetched; a screenshot for the README', async () => {
    const { chromium } = await import('playwright-core');
    const hostile = structuredClone(demo);
    hostile.files.find((f) => f.path.endsWith('test_event_catalogue_exhaustive.py'))!.path = `tests/${'x'.repeat(300)}/test_${'y'.repeat(120)}.py`;
    const pages = await Promise.all(
      [demo, hostile].map(async (a, i) => (await buildReportEmail(a, renderReport(a, opts({ emoji: i === 0 ? false : true, siteUrl: 'https://qa.example' })), { date: new Date(), siteUrl: 'https://qa.example' })).html),
    );
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => void requests.push(r.url()));
      for (const html of pages) {
        await page.setContent(html);
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5).map((e) => `${e.tagName} ${e.textContent?.slice(0, 40)}`);
          return { scroll: document.documentElement.scrollWidth, width, wide };
        });
        expect(overflow).toEqual({ scroll: 600, width: 600, wide: [] });
        // The layout table is at most 640 px wide whatever the window.
        await page.setViewportSize({ width: 1000, height: 900 });
        expect(await page.evaluate(() => Math.max(...[...document.querySelectorAll('body > table table')].map((t) => t.getBoundingClientRect().width)))).toBeLessThanOrEqual(640);
        await page.setViewportSize({ width: 600, height: 900 });
      }
      expect(requests.filter((u) => u !== 'about:blank')).toEqual([]);
      // Every piece of text, in light and in dark mode, contrasts with the background behind it
      // (WCAG AA, 4.5:1): colours come in explicit pairs, never text on a client-chosen background.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setContent(pages[0]!);
        const poor = await page.evaluate(() => {
          const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]: number[]): number =>
            [r!, g!, b!].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
          const out: string[] = [];
          for (const e of document.querySelectorAll('body *') as Iterable<Box & { childNodes: Iterable<{ nodeType: number; textContent: string | null }>; parentElement: unknown }>) {
            if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
            const style = getComputedStyle(e);
            let bg = 'rgba(0, 0, 0, 0)';
            for (let p: unknown = e; p && rgb(bg)[3] === 0; p = (p as { parentElement: unknown }).parentElement) bg = getComputedStyle(p).backgroundColor;
            const [a, b] = [lum(rgb(style.color)), lum(rgb(bg))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) out.push(`${e.tagName} ${style.color} on ${bg}: ${ratio.toFixed(2)}`);
          }
          return out;
        });
        expect(poor, colorScheme).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setContent(pages[0]!);
      const shot = await page.screenshot();
      expect(shot.length).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOTS) writeFileSync(SCREENSHOT, shot);
      expect(existsSync(SCREENSHOT)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
