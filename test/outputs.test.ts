/** Outputs for other tools: SARIF 2.1.0 (validated against the OASIS schema) and GitHub annotations. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../analyzer/version.js';
import { githubAnnotations } from '../src/lib/github.js';
import { parseAudit } from '../src/lib/read-audit.js';
import { toSarif } from '../src/lib/sarif.js';
import type { Audit } from '../src/lib/schema.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

let dir: string;
let audit: Audit;
let sarif: { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, unknown>> }> };

beforeAll(async () => {
  dir = tempTree();
  const out = join(dir, 'content');
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '');
  process.env['GITHUB_STEP_SUMMARY'] = summary;
  try {
    const r = await runCli(['audit', join(PACKAGE_ROOT, 'examples'), '--out', out, '--id', 'x', '--no-cache', '--sarif', join(dir, 'out.sarif'), '--github-summary', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::(error|warning|notice) file=examples\/auth_service\//);
  } finally {
    delete process.env['GITHUB_STEP_SUMMARY'];
  }
  audit = parseAudit(JSON.parse(readFileSync(join(out, 'audits/x/audit.json'), 'utf8')), 'x');
  sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
});

test('the SARIF log is valid SARIF 2.1.0', () => {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
  // The OASIS schema has a pattern that is only valid without the u flag.
  const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const ok = validate(sarif);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test('SARIF has every rule and every finding, with fingerprints and suppressions', () => {
  const run = sarif.runs[0]!;
  expect(run.tool.driver.rules.map((r) => r.id)).toEqual(audit.rules.map((r) => r.id));
  const findings = audit.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
  expect(run.results).toHaveLength(findings.length);
  const suppressed = run.results.filter((r) => r['suppressions']);
  expect(suppressed).toHaveLength(findings.filter((f) => f.suppressed).length);
  const first = run.results[0] as { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> };
  expect(first.partialFingerprints['testaudit/v1']).toBe(findings[0]!.fingerprint);
  expect(first.locations[0]!.physicalLocation.region.startLine).toBe(findings[0]!.line);
  expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(new RegExp(`${findings[0]!.path.replace(/\./g, '\\.')}$`));
});

test('GitHub annotations escape what the workflow-command syntax needs', () => {
  const a = structuredClone(audit);
  a.files[0]!.path = 'tests/a,b:c.py';
  a.files[0]!.findings = [{ ...audit.files.find((f) => f.findings.length)!.findings[0]!, severity: 'warning', message: '50% done\nnext line', suppressed: false }];
  const lines = githubAnnotations(a).split('\n');
  expect(lines[0]).toMatch(/^::warning file=(.*\/)?tests\/a%2Cb%3Ac\.py,line=\d+,col=\d+,title=testaudit [a-z0-9-]+::50%25 done%0Anext line$/);
  // Capped at 10 per kind, as GitHub shows no more; the last line counts the rest.
  const unsuppressed = audit.files.reduce((s, f) => s + f.findings.filter((x) => !x.suppressed).length, 0);
  const all = githubAnnotations(audit).trim().split('\n');
  const more = Number(/… and (\d+) more in the report/.exec(all.at(-1)!)?.[1] ?? 0);
  expect(all.length - (more ? 1 : 0) + more).toBe(unsuppressed);
  for (const kind of ['error', 'warning', 'notice']) expect(all.filter((l) => l.startsWith(`::${kind} `)).length).toBeLessThanOrEqual(10);
});

test('--github-summary appends the summary to $GITHUB_STEP_SUMMARY', () => {
  const text = readFileSync(join(dir, 'step-summary.md'), 'utf8');
  expect(text).toContain('## Executive summary');
  expect(text).toContain('## Critical issues');
  expect(text).not.toContain('## Final validation checklist');
});

test('toSarif alone: helpUri from the site, prefix for roots below the repository', () => {
  const log = toSarif(audit, { siteUrl: 'https://acme.example/', pathPrefix: 'tests' }) as typeof sarif;
  expect(JSON.stringify(log)).toContain('"helpUri":"https://acme.example/audits/x/rules/no-mocks-in-integration/"');
  expect((log.runs[0]!.results[0] as { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }).locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^tests\//);
});
