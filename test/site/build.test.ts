/**
 * The site built from a small archive: the pages that must exist, the text they show, escaping of
 * hostile paths and names, every internal link resolving (also under --base), and a real browser.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, siteHeapCapMb } from '../../analyzer/site.js';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { fileSlug } from '../../src/lib/slug.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const SUITE = {
  'tests/integration/test_orders.py': '"""Orders."""\nimport pytest\nfrom unittest.mock import patch\n\npytestmark = pytest.mark.integration\n\n\ndef test_create(db):\n    assert db.create("o-1")\n',
  'tests/unit/test_math.py': '"""Unit."""\nimport pytest\n\npytestmark = pytest.mark.unit\n\n\ndef test_add():\n    assert 1 + 1 == 2\n\n\ndef test_something():\n    print(sum([1, 2]))\n',
  'tests/unit/weird dir/test_<img src=x onerror=alert(1)>.py': '"""<script>alert("doc")</script>"""\nimport os\n\n\ndef test_x():\n    assert os.environ["<b>bold</b>"]\n',
  'tests/unit/test_é.py': '"""Unit."""\n\n\ndef test_e():\n    assert 1\n',
};

let root: string;
let content: string;
let dist: string;
let distBase: string;

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/')).sort();
}
function site(...args: string[]): string {
  return execFileSync(process.execPath, [join(PACKAGE_ROOT, 'bin/testaudit.js'), 'site', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}
const page = (dir: string, path: string) => readFileSync(join(dir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

beforeAll(async () => {
  root = tempTree(SUITE);
  // Capabilities (one uncovered), so the coverage page is built too.
  const { writeFileSync: write } = await import('node:fs');
  write(
    join(root, 'testaudit.config.json'),
    JSON.stringify({ extends: 'real-services', areas: { orders: { paths: ['tests/**'], capabilities: [{ name: 'order creation', match: ['create'] }, { name: 'refunds', match: ['refund'] }] } } }),
  );
  content = join(tempTree(), 'content');
  const audit = (date: string) => runCli(['audit', root, '--name', 'shop', '--out', content, '--date', date, '--quiet', '--no-cache', '--preset', 'real-services'], { cwd: root });
  expect((await audit('2026-01-10')).code).toBe(0);
  // A second audit after an edit, so there is a comparison and a trend.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(root, 'tests/unit/test_math.py'), SUITE['tests/unit/test_math.py'].replace('import pytest\n', 'import pytest\nfrom . import helpers\n'));
  expect((await audit('2026-02-10')).code).toBe(0);
  dist = join(tempTree(), 'dist');
  distBase = join(tempTree(), 'dist-base');
  // As users run it: one build per process (the CLI from out/, built by npm test).
  site('--content', content, '--out', dist);
  site('--content', content, '--out', distBase, '--base', '/shop-tests/', '--site', 'https://acme.github.io');
}, 120_000);

describe('testaudit site', () => {
  test('pages: archive, 404, a dashboard per audit, a page per audited file and per rule', () => {
    const audits = ['2026-01-10', '2026-02-10'];
    const rules = JSON.parse(readFileSync(join(content, 'audits/2026-02-10/audit.json'), 'utf8')).rules.length;
    const files = Object.keys(SUITE).length;
    // Per audit: the dashboard, the coverage page, a page per file and per rule.
    expect(htmlFiles(dist)).toHaveLength(2 + audits.length * (2 + files + rules));
    for (const id of audits) {
      expect(existsSync(join(dist, 'audits', id, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'audits', id, 'report.md'))).toBe(true);
      for (const path of Object.keys(SUITE)) expect(existsSync(join(dist, 'audits', id, 'files', fileSlug(path), 'index.html')), path).toBe(true);
    }
  });

  test('the archive lists both audits, newest first, with their grades', () => {
    const html = page(dist, '');
    const table = html.slice(html.indexOf('<table'));
    expect(table.indexOf('2026-02-10')).toBeLessThan(table.indexOf('2026-01-10'));
    expect(html).toContain('<svg class="trend"');
  });

  test('the dashboard shows the summary, the comparison and every file', () => {
    const html = page(dist, 'audits/2026-02-10');
    const audit = JSON.parse(readFileSync(join(content, 'audits/2026-02-10/audit.json'), 'utf8'));
    expect(html).toContain(`${audit.summary.grade} <span class="muted">(${audit.summary.score}/100)</span>`);
    expect(html).toContain('Since 2026-01-10');
    // Attribute values escape `&` and `"` (enough inside quotes); cell text escapes `<` too.
    for (const f of audit.files) expect(html).toContain(`data-path="${f.path.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    expect(html).toContain('>tests/unit/weird dir/test_&lt;img src=x onerror=alert(1)&gt;.py</a>');
  });

  test('a file page shows each finding with its rule, message and marked evidence line', () => {
    const html = page(dist, `audits/2026-02-10/files/${fileSlug('tests/integration/test_orders.py')}`);
    expect(html).toContain('no-mocks-in-integration');
    expect(html).toMatch(/<span class="row hit"><span class="ln">3<\/span>from unittest.mock import patch<\/span>/);
    expect(html).toContain('id="L3"');
  });

  test('smells: the dashboard shows their density, a file page lists each test with its smells', () => {
    const audit = JSON.parse(readFileSync(join(content, 'audits/2026-02-10/audit.json'), 'utf8'));
    const sm = audit.summary.smells;
    // test_something (default name, print) and test_e (`assert 1` can never fail).
    expect(sm).toMatchObject({ testsWithSmells: 2, tests: 5 });
    const dash = page(dist, 'audits/2026-02-10');
    expect(dash).toContain('<h2 id="smells">Test smells</h2>');
    expect(dash).toMatch(new RegExp(`${sm.findings} test-smell findings from ${sm.rules.length} rules: <strong>${sm.per100Tests}</strong> per 100 tests`));
    const html = page(dist, `audits/2026-02-10/files/${fileSlug('tests/unit/test_math.py')}`);
    const table = html.slice(html.indexOf('<h2>Tests'));
    const row = table.slice(table.indexOf('<code>test_something</code>'));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/href="\/audits\/2026-02-10\/rules\/default-test\/"><code>default-test<\/code><\/a>, <a href="\/audits\/2026-02-10\/rules\/redundant-print\/"><code>redundant-print<\/code><\/a>, <a href="\/audits\/2026-02-10\/rules\/unknown-test\/"><code>unknown-test<\/code><\/a><\/td>/);
  });

  test('coverage: a page per audit links each capability to its tests, and says what is uncovered', () => {
    const html = page(dist, 'audits/2026-02-10/coverage');
    expect(html).toContain('order creation');
    expect(html).toContain(`href="/audits/2026-02-10/files/${fileSlug('tests/integration/test_orders.py')}/#L8"`);
    expect(html).toContain('refunds');
    expect(page(dist, 'audits/2026-02-10')).toContain('href="/audits/2026-02-10/coverage/"');
  });

  test('audited names are text, never markup', () => {
    const html = page(dist, `audits/2026-02-10/files/${fileSlug('tests/unit/weird dir/test_<img src=x onerror=alert(1)>.py')}`);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert("doc")');
    expect(html).toContain('test_&lt;img src=x onerror=alert(1)&gt;.py');
    expect(html).toContain('os.environ[&quot;&lt;b&gt;bold&lt;/b&gt;&quot;]');
  });

  test('every internal link and asset resolves, with and without --base', () => {
    for (const [dir, base] of [[dist, '/'], [distBase, '/shop-tests/']] as const) {
      const broken: string[] = [];
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(join(dir, file), 'utf8');
        for (const m of html.matchAll(/(?:href|src)="([^"#]*)(#[^"]*)?"/g)) {
          const url = m[1]!;
          if (!url || /^(https?:|mailto:)/.test(url)) continue;
          expect(url.startsWith(base), `${file}: ${url} outside ${base}`).toBe(true);
          const target = join(dir, decodeURIComponent(url.slice(base.length)));
          const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
          if (!ok) broken.push(`${file}: ${url}`);
          if (m[2] && m[2].startsWith('#L') && ok && statSync(target).isDirectory()) {
            if (!readFileSync(join(target, 'index.html'), 'utf8').includes(`id="${m[2].slice(1)}"`)) broken.push(`${file}: ${url}${m[2]} (no anchor)`);
          }
        }
      }
      expect(broken).toEqual([]);
    }
  });

  test('a build that outgrows its heap cap is redone without one, and the site is complete', async () => {
    const out = join(tempTree(), 'small-heap');
    const result = await buildSite({ content, out, quiet: true, heapCapMb: 24 });
    expect(result.heapCapMb).toBeNull();
    expect(htmlFiles(out)).toEqual(htmlFiles(dist));
  }, 120_000);

  test('the heap cap grows with the archive', () => {
    expect(siteHeapCapMb(0)).toBe(384);
    expect(siteHeapCapMb(113 * 2 ** 20)).toBe(610);
  });

  test('an archive from another schema version fails the build naming the file and version', () => {
    const bad = join(tempTree({ 'audits/2020-01-01/audit.json': JSON.stringify({ schemaVersion: 99 }) }));
    let stderr = '';
    try {
      site('--content', bad, '--out', join(tempTree(), 'd'));
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr);
    }
    expect(stderr).toMatch(/audits\/2020-01-01\/audit\.json.*schema version 99/i);
    // A bad archive is the user's to fix: no "internal error", no request to report a bug.
    expect(stderr).not.toMatch(/internal error|bug/i);
  });
});

describe('in a real browser', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.md': 'text/markdown', '.svg': 'image/svg+xml' };
    server = createServer((req, res) => {
      let p = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
      if (!existsSync(p)) {
        res.writeHead(404, { 'content-type': types['.html']! });
        res.end(readFileSync(join(dist, '404.html')));
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
      res.end(readFileSync(p));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => server?.close());

  test.skipIf(!existsSync('/usr/bin/chromium'))('archive → dashboard → sort and filter → file page, and a screenshot for the README', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin)) external.push(r.url());
      });
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: /shop/i }).first().click().catch(async () => page.locator('table a').first().click());
      await page.waitForURL(/\/audits\/2026-02-10\/$/);
      await expect.poll(() => page.locator('[data-count]').textContent()).toBe('4 of 4 files');
      // Filter by rule, then sort by score.
      await page.selectOption('[data-filter="rule"]', 'no-mocks-in-integration');
      await expect.poll(() => page.locator('[data-count]').textContent()).toBe('1 of 4 files');
      await page.selectOption('[data-filter="rule"]', '');
      await page.getByRole('button', { name: 'Score' }).click();
      const scores = await page.locator('[data-file-table] tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as unknown as { dataset: Record<string, string> }).dataset['score'])));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      await page.keyboard.press('Tab');
      const shot = await page.screenshot();
      expect(shot.length).toBeGreaterThan(10_000);
      // A file page shows the finding's line.
      await page.getByRole('link', { name: 'tests/integration/test_orders.py' }).click();
      await expect.poll(() => page.locator('section[aria-label^="error no-mocks-in-integration"] .snippet .hit').first().textContent()).toContain('from unittest.mock import patch');
      await page.goto(`${origin}/nowhere/`);
      expect(await page.locator('h1').textContent()).toBe('Page not found');
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
