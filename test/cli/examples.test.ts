/** The bundled example suite, audited as `npm run demo` does: exact counts a user sees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import type { Audit } from '../../src/lib/schema.js';
import { parseAudit } from '../../src/lib/read-audit.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

let audit: Audit;
let summary: Record<string, unknown>;

beforeAll(async () => {
  const out = join(tempTree(), 'content');
  // No ROOT: inside the repository the default is the bundled examples/.
  const r = await runCli(['audit', '--out', out, '--date', '2026-01-15', '--json', '--no-cache'], { cwd: PACKAGE_ROOT });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  summary = JSON.parse(r.stdout);
  audit = parseAudit(JSON.parse(readFileSync(join(out, 'audits/2026-01-15/audit.json'), 'utf8')), 'audit.json');
});

const file = (path: string) => audit.files.find((f) => f.path === path)!;
const found = (path: string) => file(path).findings.map((f) => `${f.ruleId}@${f.line}${f.suppressed ? ' (suppressed)' : ''}`);

describe('npm run demo on examples/', () => {
  test('totals', () => {
    expect(summary).toMatchObject({ files: 23, tests: 377, statuses: { ok: 21, 'parse-error': 1, unreadable: 1 } });
    expect(audit.audit.preset).toBe('real-services');
    expect(audit.summary.lines).toBe(3498); // = Python's splitlines over the 23 files
  });

  test('findings per rule: every rule of the preset fires, and only where it should', () => {
    expect(summary.findingsByRule).toEqual({
      'no-mocks-in-integration': { findings: 10, files: 2 },
      'async-hygiene': { findings: 4, files: 1 },
      'category-markers': { findings: 3, files: 2 },
      'no-os-environ': { findings: 3, files: 2 },
      'approved-helpers': { findings: 2, files: 2 },
      'max-file-lines': { findings: 2, files: 2 },
      'module-docstring': { findings: 2, files: 2 },
      'absolute-imports': { findings: 1, files: 1 },
      'e2e-auth': { findings: 1, files: 1 },
      encoding: { findings: 1, files: 1 },
      'parse-error': { findings: 1, files: 1 },
      unreadable: { findings: 1, files: 1 },
      'unused-suppression': { findings: 1, files: 1 },
      // The preset's custom rule, the config's two custom rules, and the coverage rules.
      'no-hardcoded-ports': { findings: 1, files: 1 },
      'no-sleep-in-integration': { findings: 1, files: 1 },
      'e2e-uses-test-framework': { findings: 1, files: 1 },
      'named-value-typo': { findings: 1, files: 1 },
      'uncovered-capability': { findings: 3, files: 0 },
      'named-value-untested': { findings: 1, files: 0 },
    });
  });

  test('custom rules report like built-in ones, and are recorded as custom', () => {
    expect(found('auth_service/tests/e2e/test_multi_user_isolation.py')).toEqual([
      'e2e-uses-test-framework@1',
      'approved-helpers@11',
      'category-markers@13',
      'no-hardcoded-ports@17',
      'e2e-auth@22',
      'category-markers@22',
    ]);
    const ports = file('auth_service/tests/e2e/test_multi_user_isolation.py').findings.find((f) => f.ruleId === 'no-hardcoded-ports')!;
    expect(ports.message).toBe('Hard-coded port in `localhost:8081`; take the service address from the environment or the test framework.');
    expect(found('netra_backend/tests/integration/database/test_migrations.py')).toContain('no-sleep-in-integration@27');
    expect(audit.rules.filter((r) => r.custom).map((r) => r.id)).toEqual(['no-hardcoded-ports', 'no-sleep-in-integration', 'e2e-uses-test-framework']);
  });

  test('coverage: capabilities per area, the planted typo and the named values', () => {
    const cov = audit.coverage!;
    expect(cov.areas.map((a) => [a.name, `${a.covered}/${a.total}`, a.percent])).toEqual([
      ['auth', '4/5', 80],
      ['websocket', '3/4', 75],
      ['agents', '1/2', 50],
    ]);
    expect(cov.areas.flatMap((a) => a.capabilities.filter((c) => c.status !== 'covered').map((c) => `${a.name}/${c.name}: ${c.status}`))).toEqual([
      'auth/password reset: uncovered',
      'websocket/heartbeat: uncovered',
      'agents/parallel tool dispatch: skipped-only',
    ]);
    const isolation = cov.areas[0]!.capabilities.find((c) => c.name === 'multi-user isolation')!;
    expect(isolation.covering.map((t) => `${t.path}:${t.line} ${t.name}`)).toEqual([
      'auth_service/tests/e2e/test_multi_user_isolation.py:22 test_user_cannot_read_another_users_thread',
      'auth_service/tests/e2e/test_multi_user_isolation.py:31 test_agent_events_go_to_their_owner_only',
    ]);
    expect(found('netra_backend/tests/integration/websocket_agent_events/test_event_ordering_patched.py')).toContain('named-value-typo@25');
    expect(cov.namedValues.map((v) => `${v.value}: ${v.tests}`)).toEqual([
      'agent_started: 82',
      'agent_thinking: 77',
      'tool_executing: 80',
      'tool_completed: 79',
      'agent_completed: 200',
      'agent_error: 0',
    ]);
    expect(cov.findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'warning Capability "password reset" of auth has no test.',
      'error Capability "heartbeat" of websocket has no test.',
      'warning Capability "parallel tool dispatch" of agents is covered only by skipped tests (1).',
      'warning Named value "agent_error": no test references it; at least 1 required.',
    ]);
  });

  test('clean files have no findings, including an HTTP client.patch call in an integration test', () => {
    const clean = audit.files.filter((f) => f.findings.length === 0).map((f) => f.path);
    expect(clean).toContain('auth_service/tests/integration/test_token_refresh_real_services.py');
    expect(clean).toHaveLength(11);
  });

  test('evidence: mocks called after their import was commented out, and the mocker fixture', () => {
    expect(found('netra_backend/tests/integration/websocket_agent_events/test_event_ordering_patched.py')).toEqual([
      'no-mocks-in-integration@23',
      'named-value-typo@25',
      'no-mocks-in-integration@31',
      'no-mocks-in-integration@32',
    ]);
    const patch = file('netra_backend/tests/integration/websocket_agent_events/test_event_ordering_patched.py').findings[0]!;
    expect(patch.test).toBe('TestEventOrdering::test_sequence_numbers_increase');
    expect(patch.snippet.lines[patch.line - patch.snippet.startLine]).toContain('with patch("netra_backend.app.websocket_core.manager.send_frame") as send:');
  });

  test('suppressions: a used one marks its finding, a stale one is reported', () => {
    expect(found('netra_backend/tests/unit/configuration/test_config_loading.py')).toEqual([
      'no-os-environ@12',
      'no-os-environ@35 (suppressed)',
      'unused-suppression@48',
    ]);
  });

  test('broken files are reported and keep their line counts', () => {
    expect(file('netra_backend/tests/unit/agents/test_rate_limiter.py')).toMatchObject({ status: 'parse-error', lines: 33, tests: 0 });
    expect(found('netra_backend/tests/unit/agents/test_rate_limiter.py')).toEqual(['parse-error@22']);
    expect(found('shared/tests/unit/test_latin1_fixture_names.py')).toEqual(['encoding@16']);
    expect(file('shared/tests/unit/test_latin1_fixture_names.py').tests).toBe(2);
    expect(found('shared/tests/unit/test_snapshot_blob.py')).toEqual(['unreadable@2']);
  });

  test('size limits use their two tiers', () => {
    const big = file('netra_backend/tests/unit/websocket_agent_events/test_event_catalogue_exhaustive.py');
    expect(big.findings[0]).toMatchObject({ ruleId: 'max-file-lines', severity: 'error', message: 'The module has 1721 lines, over the limit of 1500 (target: 750).' });
    const long = file('netra_backend/tests/integration/agents/test_agent_pipeline_scenarios.py');
    expect(long.findings[0]).toMatchObject({ ruleId: 'max-file-lines', severity: 'warning' });
  });

  test('areas come from the config', () => {
    expect(Object.fromEntries(audit.summary.areas.map((a) => [a.name, a.files]))).toEqual({
      auth: 7,
      websocket: 4,
      agents: 4,
      database: 2,
      shared: 3,
      configuration: 1,
      '(none)': 2,
    });
  });
});
