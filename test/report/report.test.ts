/**
 * The Markdown report: a golden copy of the examples/ report (reviewed by eye), numbers parsed back
 * and compared with the JSON, injection, template overrides and strictness, the text format.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListItem, Root, RootContent, Table, TableCell } from 'mdast';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../analyzer/report-file.js';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import type { Audit } from '../../src/lib/schema.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import { parseMarkdown } from '../../src/report/check.js';
import { checkMarkdown, renderReport, type RenderOptions } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { tempTree, writeTree } from '../helpers/tmp.js';

const GOLDEN = join(PACKAGE_ROOT, 'test/report/golden/examples-report.md');
let audit: Audit;
let auditFile: string;

/** The examples audit, made independent of where the checkout lives and of its commit. */
beforeAll(async () => {
  const out = join(tempTree(), 'content');
  const r = await runCli(['audit', join(PACKAGE_ROOT, 'examples'), '--out', out, '--date', '2026-01-15', '--quiet', '--no-cache', '--no-report'], { cwd: PACKAGE_ROOT });
  expect(r.stderr).toBe('');
  auditFile = join(out, 'audits/2026-01-15/audit.json');
  audit = parseAudit(JSON.parse(readFileSync(auditFile, 'utf8')), auditFile);
  audit.audit.scope.root = 'examples';
  delete audit.audit.source;
});

const opts = (extra: Partial<RenderOptions> = {}): RenderOptions => ({ templates: BUILT_IN_TEMPLATES, format: 'md', maxItems: 20, emoji: true, ...extra });

function text(node: RootContent | Root | TableCell | ListItem): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(text).join('') : '';
}

/** The table that follows the heading `title`, as rows of cell texts. */
function tableAfter(tree: Root, title: string): string[][] {
  const at = tree.children.findIndex((n) => n.type === 'heading' && text(n) === title);
  const table = tree.children.slice(at + 1).find((n): n is Table => n.type === 'table');
  if (at < 0 || !table) throw new Error(`no table after "${title}"`);
  return table.children.map((row) => row.children.map((c) => text(c)));
}

describe('the examples report', () => {
  test('matches the reviewed golden copy (rewrite it with UPDATE_GOLDEN=1)', () => {
    const md = renderReport(audit, opts());
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(GOLDEN, '..'), { recursive: true });
      writeFileSync(GOLDEN, md);
    }
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test('is well-formed, and the same bytes every time', () => {
    const md = renderReport(audit, opts());
    expect(checkMarkdown(md)).toEqual([]);
    expect(renderReport(audit, opts())).toBe(md);
  });

  test('its numbers are the JSON numbers', () => {
    const tree = parseMarkdown(renderReport(audit, opts()));
    const s = audit.summary;
    const totals = Object.fromEntries(tableAfter(tree, 'File statistics').slice(1));
    expect(totals['Files audited']).toBe(String(s.files));
    expect(totals['Tests']).toBe(String(s.tests));
    expect(totals['Lines']).toBe(s.lines.toLocaleString('en-US'));
    expect(totals['Findings (error / warning / info)']).toBe(`${s.findingsBySeverity.error} / ${s.findingsBySeverity.warning} / ${s.findingsBySeverity.info}`);

    // The compliance table, one row per standard: applicable, compliant, %, errors, warnings, trend.
    // Categories whose rules applied to no file (e.g. test runs without --junit) are not shown.
    const compliance = tableAfter(tree, 'Executive summary');
    expect(compliance[0]).toEqual(['Standard', 'Files it applies to', 'Compliant', '%', 'Errors', 'Warnings', 'Trend']);
    expect(compliance.slice(1)).toEqual(
      s.categories.filter((c) => c.applicableFiles > 0).map((c) => [c.title, c.applicableFiles.toLocaleString('en-US'), c.compliantFiles.toLocaleString('en-US'), `${c.compliantShare}%`, String(c.errors), String(c.warnings), '—']),
    );
    for (const c of s.categories) {
      const live = audit.files.filter((f) => f.rulesApplied.some((r) => c.rules.includes(r)));
      expect(c.applicableFiles).toBe(live.length);
      expect(c.compliantFiles).toBe(live.filter((f) => !f.findings.some((x) => !x.suppressed && x.severity !== 'info' && c.rules.includes(x.ruleId))).length);
    }

    // Strengths and areas for improvement: never both, and a strength has no errors.
    const listAfter = (title: string) => {
      const at = tree.children.findIndex((n) => n.type === 'heading' && text(n) === title);
      const next = tree.children[at + 1]!;
      return next.type === 'list' ? (next as { children: ListItem[] }).children.map((i) => text(i).split(':')[0]) : [];
    };
    const strengths = listAfter('Key strengths');
    const areasForImprovement = listAfter('Areas for improvement');
    expect(strengths.filter((t) => areasForImprovement.includes(t))).toEqual([]);
    for (const t of strengths) {
      const c = s.categories.find((x) => x.title === t)!;
      expect(c.errors).toBe(0);
      expect(c.compliantShare).toBeGreaterThanOrEqual(audit.scoring.target);
    }
    expect([...strengths, ...areasForImprovement].sort()).toEqual(s.categories.filter((c) => c.applicableFiles > 0).map((c) => c.title).sort());

    const areas = tableAfter(tree, 'By area').slice(1);
    expect(areas.map((r) => [r[0], Number(r[1])])).toEqual(s.areas.map((a) => [a.name, a.files]));

    const summary = text(tree.children.find((n) => n.type === 'paragraph' && text(n).includes('Grade'))!);
    expect(summary).toContain(`Grade ${s.grade} (${s.score}/100) over ${s.files} test files`);

    // Checklist: one item per rule, ticked exactly when the rule has no findings, with its count otherwise.
    const checklist = tree.children[tree.children.findIndex((n) => n.type === 'heading' && text(n) === 'Final validation checklist') + 1]!;
    expect(checklist.type).toBe('list');
    const items = (checklist as { children: ListItem[] }).children;
    const applied = new Set(audit.files.flatMap((f) => f.rulesApplied));
    const judged = audit.rules.filter((r) => applied.has(r.id));
    expect(items.slice(0, judged.length).map((i) => /^No (\S+) findings/.exec(text(i))?.[1])).toEqual(judged.map((r) => r.id));
    // …then, unticked, each capability not covered and each named value below its minimum.
    const cov = audit.coverage!;
    const gaps = [
      ...cov.areas.flatMap((a) => a.capabilities.filter((c) => c.status !== 'covered').map((c) => `${a.name}: capability "${c.name}"`)),
      ...cov.namedValues.filter((v) => v.tests < v.minTests).map((v) => `Named value ${v.value}`),
    ];
    expect(gaps.length).toBeGreaterThan(0);
    expect(items.slice(judged.length).map((i) => [i.checked, text(i).startsWith(gaps[items.indexOf(i) - judged.length]!)])).toEqual(gaps.map(() => [false, true]));
    for (const [i, rule] of judged.entries()) {
      const count = s.findingsByRule[rule.id]!.findings;
      expect(items[i]!.checked, rule.id).toBe(count === 0);
      if (count > 0) expect(text(items[i]!)).toContain(`(currently ${count} finding`);
    }

    // Critical issues: every rule with an error-level finding, with its counts.
    const critical = tree.children.filter((n) => n.type === 'heading' && n.depth === 3 && / — \d+ findings? in \d+ files? \(error\)$/.test(text(n))).map(text);
    const errorRules = audit.rules.filter((r) => audit.files.some((f) => f.findings.some((x) => x.ruleId === r.id && x.severity === 'error' && !x.suppressed)));
    expect(critical.map((h) => h.split(' — ')[0]).sort()).toEqual(errorRules.map((r) => r.id).sort());
    for (const h of critical) {
      const id = h.split(' — ')[0]!;
      expect(h).toContain(`${s.findingsByRule[id]!.findings} finding`);
    }

    // Action items: one per rule with errors or warnings, its counts split by severity.
    const actionable = Object.entries(s.findingsByRule).filter(([, c]) => c.errors + c.warnings > 0);
    const actions = tree.children.slice(tree.children.findIndex((n) => n.type === 'heading' && text(n) === 'Action items')).find((n) => n.type === 'list') as { children: ListItem[] };
    expect(actions.children).toHaveLength(actionable.length);
    for (const [id, c] of actionable) {
      const item = actions.children.map(text).find((t) => t.startsWith(`${c.errors ? 'ERROR' : 'WARNING'} ${id}: `));
      expect(item, id).toBeDefined();
      if (c.errors) expect(item).toContain(`${c.errors} error`);
      if (c.warnings) expect(item).toContain(`${c.warnings} warning`);
      expect(item).toContain('Done when:');
    }
  });

  test('long lists end with "… and N more" and the link', () => {
    const md = renderReport(audit, opts({ maxItems: 1, siteUrl: 'https://acme.example/testaudit/' }));
    expect(md).toContain('- … and 1 more ([all of them](https://acme.example/testaudit/audits/2026-01-15/rules/no-mocks-in-integration/))');
    expect(md).toContain('[`auth_service/tests/integration/test_login_flow_mocked.py`](https://acme.example/testaudit/audits/2026-01-15/files/auth_service/tests/integration/test_login_flow_mocked.py/)');
  });

  test('evidence links point at the source at the audited commit when the remote is known', () => {
    const withSource = { ...audit, audit: { ...audit.audit, source: { commit: 'abc123', branch: 'main', remoteUrl: 'https://github.com/acme/suite.git' } } };
    expect(renderReport(withSource, opts({ siteUrl: 'https://acme.example' }))).toContain(
      '([evidence](https://github.com/acme/suite/blob/abc123/auth_service/tests/integration/test_login_flow_mocked.py#L11))',
    );
  });

  test('sections can be left out', () => {
    const md = renderReport(audit, opts({ skip: ['statistics', 'checklist'] }));
    expect(md).not.toContain('## Quantitative analysis');
    expect(md).not.toContain('## Final validation checklist');
    expect(md).toContain('## Executive summary');
  });

  test('the text format has the same content and no Markdown syntax', () => {
    const txt = renderReport(audit, opts({ format: 'text', emoji: false }));
    expect(txt).toContain('Executive summary\n-----------------');
    expect(txt).not.toMatch(/^\|/m);
    expect(txt).not.toContain('**');
    expect(txt).toContain(`Grade ${audit.summary.grade} (${audit.summary.score}/100)`);
    expect(txt).toMatch(/^- \[ \] No no-mocks-in-integration findings/m);
    expect(Math.max(...txt.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });
});

describe('injection: the audited code is text, never markup', () => {
  const nasty = [
    'tests/unit/test_a|b.py',
    'tests/unit/test_`tick`.py',
    'tests/unit/test_<script>alert(1)</script>.py',
    'tests/unit/test_[x](javascript:alert(1)).py',
  ];
  test.each(nasty)('%s', (path) => {
    const a = structuredClone(audit);
    const victim = a.files.find((f) => f.path === 'auth_service/tests/integration/test_login_flow_mocked.py')!;
    victim.path = path;
    victim.findings[0]!.message = 'line one\n| not | a | row |\n<img src=x onerror=alert(1)> *bold* [link](javascript:x)';
    victim.findings[0]!.snippet.lines[victim.findings[0]!.line - victim.findings[0]!.snippet.startLine] = '`<script>` | `';
    a.audit.title = 'Audit <b>of</b> | `things` [x](javascript:alert(1))\n# heading';
    const md = renderReport(a, opts({ siteUrl: 'https://acme.example' }));
    expect(checkMarkdown(md)).toEqual([]);
    const tree = parseMarkdown(md);
    const all: string[] = [];
    const links: string[] = [];
    const walk = (n: Root | RootContent): void => {
      if (n.type === 'link') links.push(n.url);
      if ('value' in n && typeof n.value === 'string') all.push(n.value);
      if ('children' in n) (n.children as RootContent[]).forEach(walk);
    };
    walk(tree);
    expect(all.join('\n')).toContain(path);
    expect(text(tree.children[0]!)).toBe('Audit <b>of</b> | `things` [x](javascript:alert(1)) # heading');
    expect(links.every((u) => u.startsWith('https://acme.example/'))).toBe(true);
  });
});

describe('templates', () => {
  test('a file in --templates replaces the built-in one of the same name', () => {
    const dir = tempTree({ 'partials/summary.hbs': '## Summary for {{title}}\n\nOverall {{summary.grade}}.\n' });
    const md = renderReport(audit, opts({ overrides: dir }));
    expect(md).toContain(`## Summary for ${audit.audit.title}\n\nOverall ${audit.summary.grade}.`);
    expect(md).toContain('## Quantitative analysis');
  });

  test('a missing variable is an error naming the template and line', () => {
    const dir = tempTree({ 'partials/summary.hbs': '## Summary\n\n{{summary.grade}}\n{{summary.nonsense}}\n' });
    expect(() => renderReport(audit, opts({ overrides: dir }))).toThrow(new RegExp(`${dir}/partials/summary\\.hbs:4: "nonsense" not defined`));
  });

  test('a missing helper or partial is an error naming the template', () => {
    writeTree(tempTree(), {});
    const helper = tempTree({ 'report.hbs': '# {{title}}\n\n{{shout title}}\n' });
    expect(() => renderReport(audit, opts({ overrides: helper }))).toThrow(/report\.hbs.*(shout|Missing helper)/);
    const partial = tempTree({ 'report.hbs': '# {{title}}\n\n{{> nowhere}}\n' });
    expect(() => renderReport(audit, opts({ overrides: partial }))).toThrow(/report\.hbs.*nowhere/);
  });

  test('a template that writes raw HTML is the user\'s error: exit 2, the template file and line, no stack', async () => {
    const dir = tempTree({ 'partials/summary.hbs': '## Summary\n\nOverall {{summary.grade}}.\n\n<div class="note">\nread me\n</div>\n' });
    const r = await runCli(['report', join(auditFile, '..'), '--stdout', '--templates', dir], { cwd: PACKAGE_ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^testaudit: ${dir}/partials/summary\\.hbs:5: the template writes raw HTML "<div class=\\\\"note\\\\">.*; the report is Markdown, so write Markdown instead\\.\\n$`));
    expect(r.stderr).not.toMatch(/internal error|bug in testaudit|\n\s+at /);
  });

  test('raw HTML built around a value is found by its tag in the template', () => {
    const dir = tempTree({ 'report.hbs': '# {{title}}\n\n<span>{{summary.grade}}</span> is the grade\n' });
    expect(() => renderReport(audit, opts({ overrides: dir }))).toThrow(new RegExp(`${dir}/report\\.hbs:3: the template writes raw HTML "<span>`));
  });

  test('notes.md beside the audit is included verbatim', async () => {
    const notes = 'The mocks in `test_login_flow_mocked.py` are being replaced this sprint (owner: Ann).\n';
    writeFileSync(join(auditFile, '..', 'notes.md'), notes);
    const r = await runCli(['report', join(auditFile, '..'), '--stdout'], { cwd: PACKAGE_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`## Auditor's notes\n\n${notes}`);
  });
});

describe('testaudit report', () => {
  test('writes report.md beside the newest audit, and errors name the problem', async () => {
    const content = join(auditFile, '..', '..', '..');
    const r = await runCli(['report', '--content', content], { cwd: PACKAGE_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Written: .*audits\/2026-01-15\/report\.md\n$/);
    expect(readFileSync(join(auditFile, '..', 'report.md'), 'utf8')).toMatch(/^# /);

    const missing = await runCli(['report', '/nonexistent/audit'], { cwd: PACKAGE_ROOT });
    expect(missing).toMatchObject({ code: 2, stderr: 'testaudit: /nonexistent/audit: no such audit folder or file.\n' });
    const bad = tempTree({ 'audit.json': '{"schemaVersion": 99}' });
    const wrong = await runCli(['report', bad], { cwd: PACKAGE_ROOT });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/audit\.json.*schema version 99/i);
    const skip = await runCli(['report', bad, '--skip', 'bogus'], { cwd: PACKAGE_ROOT });
    expect(skip.stderr).toMatch(/--skip expects one of header, summary/);
  });

  test('testaudit audit renders report.md unless --no-report', async () => {
    const root = tempTree({ 'tests/unit/test_a.py': 'def test_a():\n    assert 1\n' });
    const out = join(tempTree(), 'content');
    await runCli(['audit', root, '--out', out, '--id', 'with', '--quiet'], { cwd: root });
    await runCli(['audit', root, '--out', out, '--id', 'without', '--quiet', '--no-report'], { cwd: root });
    expect(existsSync(join(out, 'audits/with/report.md'))).toBe(true);
    expect(existsSync(join(out, 'audits/without/report.md'))).toBe(false);
  });
});

describe('report settings in the config file', () => {
  test('testaudit audit and testaudit report --config honour report.skip, maxItems and emoji; bad ones are config errors', async () => {
    const root = tempTree({
      'tests/unit/test_a.py': 'def test_a():\n    assert 1\n',
      'testaudit.config.json': JSON.stringify({ report: { skip: ['checklist'], emoji: false } }),
    });
    const out = join(root, 'content');
    expect((await runCli(['audit', root, '--out', out, '--id', 'a', '--quiet'], { cwd: root })).code).toBe(0);
    const md = readFileSync(join(out, 'audits/a/report.md'), 'utf8');
    expect(md).not.toContain('## Final validation checklist');
    expect(md).not.toContain('🟢');
    expect(md).toContain('## Executive summary');
    writeFileSync(join(root, 'other.json'), JSON.stringify({ report: { skip: ['statistics'] } }));
    const r = await runCli(['report', join(out, 'audits/a'), '--stdout', '--config', join(root, 'other.json')], { cwd: root });
    expect(r.stdout).not.toContain('## Quantitative analysis');
    expect(r.stdout).toContain('## Final validation checklist');
    writeFileSync(join(root, 'bad.json'), JSON.stringify({ report: { skip: ['everything'] } }));
    const bad = await runCli(['report', join(out, 'audits/a'), '--stdout', '--config', join(root, 'bad.json')], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: report\.skip\.0: Invalid option/);
  });
});
