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
    expect(summary).toMatchObject({ files: 24, tests: 387, statuses: { ok: 22, 'parse-error': 1, unreadable: 1 } });
    expect(audit.audit.preset).toBe('real-services');
    expect(audit.summary.lines).toBe(3622); // = Python's splitlines over the 24 files
  });

  test('findings per rule: every rule of the preset fires, and only where it should', () => {
    expect(summary.findingsByRule).toEqual({
      // Built-in rules, the preset's custom rule (no-hardcoded-ports), the config's two custom rules
      // (no-raw-http-clients, no-in-memory-stand-ins) and the suite-level coverage rules (files: 0).
      'no-mocks-in-integration': { findings: 10, files: 2 },
      'async-hygiene': { findings: 4, files: 1 },
      'category-markers': { findings: 3, files: 2 },
      'no-os-environ': { findings: 3, files: 2 },
      'uncovered-capability': { findings: 3, files: 0 },
      'approved-helpers': { findings: 2, files: 2 },
      'assertion-roulette': { findings: 2, files: 2 },
      'default-test': { findings: 2, files: 1 },
      'magic-number-test': { findings: 2, files: 1 },
      'max-file-lines': { findings: 2, files: 2 },
      'module-docstring': { findings: 2, files: 2 },
      'sleepy-test': { findings: 2, files: 2 },
      'suboptimal-assert': { findings: 2, files: 1 },
      'absolute-imports': { findings: 1, files: 1 },
      'conditional-test-logic': { findings: 1, files: 1 },
      'uncollected-test': { findings: 2, files: 1 },
      'shadowed-test': { findings: 1, files: 1 },
      'duplicate-assert': { findings: 1, files: 1 },
      'e2e-auth': { findings: 1, files: 1 },
      'eager-test': { findings: 1, files: 1 },
      'empty-test': { findings: 1, files: 1 },
      encoding: { findings: 1, files: 1 },
      'exception-handling': { findings: 1, files: 1 },
      'fixture-unused-parameter': { findings: 1, files: 1 },
      'general-fixture': { findings: 1, files: 1 },
      'ignored-test': { findings: 1, files: 1 },
      'lack-of-cohesion': { findings: 1, files: 1 },
      'named-value-typo': { findings: 1, files: 1 },
      'named-value-untested': { findings: 1, files: 0 },
      'no-hardcoded-ports': { findings: 1, files: 1 },
      'no-in-memory-stand-ins': { findings: 1, files: 1 },
      'no-raw-http-clients': { findings: 1, files: 1 },
      'obscure-inline-setup': { findings: 1, files: 1 },
      'parse-error': { findings: 1, files: 1 },
      'raises-too-broad': { findings: 1, files: 1 },
      'redundant-assertion': { findings: 1, files: 1 },
      'redundant-print': { findings: 1, files: 1 },
      'unknown-test': { findings: 1, files: 1 },
      unreadable: { findings: 1, files: 1 },
      'unused-suppression': { findings: 1, files: 1 },
    });
  });

  test('custom rules report like built-in ones, and are recorded as custom', () => {
    expect(found('auth_service/tests/e2e/test_multi_user_isolation.py')).toEqual([
      'approved-helpers@11',
      'category-markers@13',
      'no-hardcoded-ports@17',
      'e2e-auth@22',
      'category-markers@22',
      'no-raw-http-clients@44',
    ]);
    const ports = file('auth_service/tests/e2e/test_multi_user_isolation.py').findings.find((f) => f.ruleId === 'no-hardcoded-ports')!;
    expect(ports.message).toBe('Hard-coded port in `localhost:8081`; take the service address from the environment or the test framework.');
    expect(found('auth_service/tests/integration/test_login_flow_mocked.py')).toContain('no-in-memory-stand-ins@12');
    expect(file('auth_service/tests/integration/test_login_flow_mocked.py').findings.find((f) => f.ruleId === 'no-in-memory-stand-ins')!.message).toBe('Imports `fakeredis`, an in-memory stand-in for a real service.');
    expect(audit.rules.filter((r) => r.custom).map((r) => r.id)).toEqual(['no-hardcoded-ports', 'no-raw-http-clients', 'no-in-memory-stand-ins']);
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
      'agent_started: 87',
      'agent_thinking: 81',
      'tool_executing: 82',
      'tool_completed: 81',
      'agent_completed: 202',
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
    expect(big.findings[0]).toMatchObject({ ruleId: 'max-file-lines', severity: 'error', message: 'The module has 1,721 lines, over the limit of 1,500 (target: 750).' });
    const long = file('netra_backend/tests/integration/agents/test_agent_pipeline_scenarios.py');
    expect(long.findings[0]).toMatchObject({ ruleId: 'max-file-lines', severity: 'warning' });
  });

  test('test smells: each smell of the catalogue is shown, per test, with the density PyNose reports', () => {
    expect(found('netra_backend/tests/unit/websocket_agent_events/test_event_buffer_legacy.py')).toEqual([
      'default-test@21',
      'general-fixture@22',
      'conditional-test-logic@36',
      'assertion-roulette@39',
      'duplicate-assert@44',
      'redundant-assertion@50',
      'uncollected-test@54',
      'lack-of-cohesion@62',
      'shadowed-test@71',
      'default-test@78',
      'fixture-unused-parameter@78',
      'obscure-inline-setup@84',
      'uncollected-test@102',
    ]);
    const tests = file('netra_backend/tests/unit/websocket_agent_events/test_event_buffer_legacy.py').testDetails;
    expect(tests.find((t) => t.name === 'test_drain_empties')).toMatchObject({ className: 'MyTestCase', assertions: 4, locals: 1, smells: ['assertion-roulette', 'duplicate-assert'] });
    expect(tests.find((t) => t.name === 'test_something')).toMatchObject({ fixtures: ['agent_registry'], fixturesUsed: [], smells: ['default-test', 'fixture-unused-parameter'] });
    expect(tests.find((t) => t.name === 'test_replay_after_reconnect_by_hand')).toMatchObject({ locals: 13 });
    expect(tests.find((t) => t.name === 'test_overflow_drops_oldest')).toMatchObject({ locals: 2, smells: ['conditional-test-logic'] });
    // The clean test modules have no smell at all.
    expect(file('netra_backend/tests/integration/websocket_agent_events/test_agent_event_delivery.py').testDetails.every((t) => t.smells?.length === 0)).toBe(true);
    expect(audit.summary.smells).toMatchObject({ findings: 24, tests: 387, testsWithSmells: 16, testModules: 20, modulesWithSmells: 3, per100Tests: 6.2, testShare: 4.1, moduleShare: 15 });
    expect(audit.summary.smells!.byCategory.map((g) => [g.name, g.tests, g.testsWithSmells, g.findings])).toEqual([
      ['unit', 243, 15, 22],
      ['integration', 136, 1, 2],
      ['e2e', 8, 0, 0],
    ]);
  });

  test('areas come from the config', () => {
    expect(Object.fromEntries(audit.summary.areas.map((a) => [a.name, a.files]))).toEqual({
      auth: 7,
      websocket: 5,
      agents: 4,
      database: 2,
      shared: 3,
      configuration: 1,
      '(none)': 2,
    });
  });
});
