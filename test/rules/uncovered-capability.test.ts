import { describe, expect, test } from 'vitest';
import { py } from '../helpers/rule-tester.js';
import { coverageOf } from '../helpers/coverage.js';

const auth = (capabilities: unknown[]) => ({ areas: { auth: { paths: ['auth/**'], capabilities } } });

const SUITE = {
  'auth/tests/unit/test_tokens.py': py`
    import pytest

    def test_login_with_password(client):
        assert client.login("ann", "pw").ok

    class TestJWTValidation:
        def test_rejects_expired(self, client):
            """An expired token is refused at the gateway."""
            assert client.get("/me", token=EXPIRED).status == 401

    def test_headers(client):
        assert client.get("/me").headers["X-Session-Rotation"] == "on"

    @pytest.mark.skip(reason="flaky")
    def test_logout(client):
        assert client.logout().ok
  `,
  'auth/tests/e2e/test_flow.py': py`
    def test_full_login(browser):
        assert browser.login("ann").ok
  `,
  'billing/tests/unit/test_invoice.py': py`
    def test_refresh_invoice():
        assert True
  `,
};

describe('uncovered-capability', () => {
  test('matches test names (whole words, snake_case and CamelCase split), class names, docstrings and literals', () => {
    const { coverage } = coverageOf(SUITE, auth([
      { name: 'login', match: ['login'] },
      { name: 'JWT validation', match: ['jwt validation'] },
      { name: 'expired tokens refused', match: ['refused'] },
      { name: 'session rotation', match: ['/session-rotation/i'] },
      { name: 'token refresh', match: ['refresh'] },
    ]));
    const caps = coverage.areas[0]!.capabilities;
    expect(caps.map((c) => [c.name, c.status, c.tests, c.covering.map((t) => `${t.path}:${t.line} ${t.name} via ${t.via}`)])).toEqual([
      ['login', 'covered', 2, ['auth/tests/unit/test_tokens.py:3 test_login_with_password via name', 'auth/tests/e2e/test_flow.py:1 test_full_login via name']],
      ['JWT validation', 'covered', 1, ['auth/tests/unit/test_tokens.py:7 test_rejects_expired via class']],
      ['expired tokens refused', 'covered', 1, ['auth/tests/unit/test_tokens.py:7 test_rejects_expired via docstring']],
      ['session rotation', 'covered', 1, ['auth/tests/unit/test_tokens.py:11 test_headers via string']],
      // `test_refresh_invoice` is in billing, outside the area's paths.
      ['token refresh', 'uncovered', 0, []],
    ]);
    expect(caps[0]!.categories).toEqual(['e2e', 'unit']);
    expect(coverage.areas[0]).toMatchObject({ name: 'auth', covered: 4, total: 5, percent: 80 });
    expect(coverage.findings).toEqual([
      { ruleId: 'uncovered-capability', severity: 'warning', message: 'Capability "token refresh" of auth has no test.', area: 'auth', capability: 'token refresh' },
    ]);
  });

  test('a word matches whole words only', () => {
    const { coverage } = coverageOf(SUITE, auth([{ name: 'log', match: ['log'] }]));
    expect(coverage.areas[0]!.capabilities[0]!.status).toBe('uncovered');
  });

  test('categories restrict which tests count', () => {
    const { coverage } = coverageOf(SUITE, auth([{ name: 'end-to-end login', match: ['login'], categories: ['e2e'] }]));
    const c = coverage.areas[0]!.capabilities[0]!;
    expect([c.tests, c.categories, c.covering.map((t) => t.name)]).toEqual([1, ['e2e'], ['test_full_login']]);
  });

  test('a capability covered only by skipped tests is not covered', () => {
    const { coverage } = coverageOf(SUITE, auth([{ name: 'logout', match: ['logout'], severity: 'error' }]));
    expect(coverage.areas[0]!.capabilities[0]).toMatchObject({ status: 'skipped-only', tests: 1, skipped: 1 });
    expect(coverage.findings).toEqual([
      { ruleId: 'uncovered-capability', severity: 'error', message: 'Capability "logout" of auth is covered only by skipped tests (1).', area: 'auth', capability: 'logout' },
    ]);
  });

  test('with test-run results, a capability whose tests all failed is not covered', () => {
    const failing = { 'auth/tests/unit/test_tokens.py::test_login_with_password': 'failed', 'auth/tests/e2e/test_flow.py::test_full_login': 'error' } as const;
    const { coverage } = coverageOf(SUITE, auth([{ name: 'login', match: ['login'] }]), failing);
    expect(coverage.areas[0]!.capabilities[0]).toMatchObject({ status: 'failing-only', tests: 2, failing: 2 });
    expect(coverage.findings[0]!.message).toBe('Capability "login" of auth is covered only by failing or skipped tests (2 failing of 2).');
    const passing = coverageOf(SUITE, auth([{ name: 'login', match: ['login'] }]), { ...failing, 'auth/tests/e2e/test_flow.py::test_full_login': 'passed' });
    expect(passing.coverage.areas[0]!.capabilities[0]!.status).toBe('covered');
  });

  test('the rule can be turned off; coverage is still computed', () => {
    const { coverage } = coverageOf(SUITE, { ...auth([{ name: 'token refresh', match: ['refresh'] }]), rules: { 'uncovered-capability': 'off' } });
    expect(coverage.findings).toEqual([]);
    expect(coverage.areas[0]!.percent).toBe(0);
  });

  test('tests record what they cover; nothing is collected without capabilities', () => {
    const { files } = coverageOf(SUITE, auth([{ name: 'login', match: ['login'] }]));
    expect(files[0]!.testDetails[0]!.capabilities).toEqual([{ area: 'auth', capability: 'login', via: 'name' }]);
    expect(files[0]!.testDetails[1]!.capabilities).toBeUndefined();
  });
});
