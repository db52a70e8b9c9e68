/** Declarative custom rules (`rules.custom[]`): validation, each matcher, scope, and the preset's worked example. */
import { describe, expect, test } from 'vitest';
import { analyzeFile, createPlan } from '../analyzer/analyze-file.js';
import { parseConfigFile, resolveConfig } from '../analyzer/config.js';
import { createParser } from '../analyzer/parse.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { py } from './helpers/rule-tester.js';

const parser = createParser();
const base = { why: 'Because the standard says so, for reasons.', howToFix: 'Do the other thing instead, please.' };

function findings(rule: Record<string, unknown>, code: string, path = 'tests/unit/test_x.py', extra: Record<string, unknown> = {}): string[] {
  const config = resolveConfig(parseConfigFile({ ...extra, rules: { ...(extra.rules as object), custom: [{ id: 'my-rule', message: 'Banned: {match}.', ...base, ...rule }] } }, 'cfg.json'));
  const file = analyzeFile(path, new TextEncoder().encode(code), createPlan(config), parser);
  return file.findings.filter((f) => f.ruleId === 'my-rule').map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);
}

function configError(custom: unknown[], rules: Record<string, unknown> = {}): string {
  try {
    resolveConfig(parseConfigFile({ rules: { ...rules, custom } }, 'cfg.json'), { source: 'cfg.json' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('validation names the bad key', () => {
  test.each([
    [{ id: 'x', message: 'm', ...base }, 'cfg.json: rules.custom.0: no matcher; give exactly one of bannedImport, bannedCall, requiredImport, requiredDocstringPhrase, bannedLiteral'],
    [{ id: 'x', message: 'm', ...base, bannedImport: ['a'], bannedCall: ['b.c'] }, 'cfg.json: rules.custom.0: 2 matchers (bannedImport, bannedCall); give exactly one, or write two rules'],
    [{ id: 'No_Caps', message: 'm', ...base, bannedImport: ['a'] }, 'cfg.json: rules.custom.0.id: expected a kebab-case id, e.g. "no-requests-in-unit"'],
    [{ id: 'x', message: 'm', ...base, bannedLiteral: { pattern: '(unclosed' } }, 'cfg.json: rules.custom.0.bannedLiteral.pattern: invalid regular expression (/(unclosed/u: Unterminated group)'],
    [{ id: 'x', message: 'm', ...base, bannedLiteral: { pattern: 'a', allowPattern: '[b' } }, 'cfg.json: rules.custom.0.bannedLiteral.allowPattern: invalid regular expression (/[b/u: Unterminated character class)'],
    [{ id: 'x', message: 'm', ...base, bannedImport: ['requests'], severty: 'error' }, 'cfg.json: rules.custom.0: unknown key "severty"'],
    [{ id: 'x', message: 'm', why: 'w', bannedImport: ['requests'] }, 'cfg.json: rules.custom.0.howToFix: Invalid input: expected string, received undefined'],
    [{ id: 'x', message: 'm', ...base, bannedCall: ['requests get'] }, 'cfg.json: rules.custom.0.bannedCall.0: expected a dotted name, e.g. "requests.get"'],
    [{ id: 'x', message: 'm', ...base, scope: { marker: ['e2e'] }, bannedImport: ['a'] }, 'cfg.json: rules.custom.0.scope: unknown key "marker"'],
  ])('%j', (rule, message) => {
    expect(configError([rule])).toBe(message);
  });

  test('ids that clash with a built-in rule or with each other', () => {
    expect(configError([{ id: 'max-file-lines', message: 'm', ...base, bannedImport: ['a'] }])).toBe('cfg.json: rules.custom.0.id: "max-file-lines" is a built-in rule; choose another id');
    expect(configError([{ id: 'x', message: 'm', ...base, bannedImport: ['a'] }, { id: 'x', message: 'm', ...base, bannedImport: ['b'] }])).toBe('cfg.json: rules.custom.1.id: "x" is defined twice');
  });

  test('a custom rule is configured like a built-in one: severity, options, off', () => {
    const rule = { id: 'x', message: 'm', ...base, bannedLiteral: { pattern: 'a' } };
    expect(configError([rule], { x: { options: { alow: [] } } })).toBe('cfg.json: rules.x.options: unknown key "alow"');
    const config = resolveConfig(parseConfigFile({ rules: { custom: [rule], x: { severity: 'error', options: { allow: ['a'] } } } }, 'cfg.json'));
    expect(config.rules.find((r) => r.id === 'x')).toMatchObject({ severity: 'error', options: { allow: ['a'] } });
    expect(resolveConfig(parseConfigFile({ rules: { custom: [rule], x: 'off' } }, 'cfg.json')).rules.some((r) => r.id === 'x')).toBe(false);
  });
});

describe('matchers', () => {
  test('bannedImport: module prefixes, through `from` imports, not relative ones', () => {
    expect(findings({ bannedImport: ['requests', 'unittest.mock'] }, py`
      import requests.adapters
      from unittest import mock
      from unittest.mock import patch
      import requestsx
      from . import requests
      import json
    `)).toEqual(['1:1 warning Banned: requests.adapters.', '2:1 warning Banned: unittest.', '3:1 warning Banned: unittest.mock.']);
  });

  test('bannedCall: dotted names, resolved through import aliases', () => {
    expect(findings({ bannedCall: ['requests.get', 'os.environ.get'], severity: 'error' }, py`
      import requests as r
      from os import environ
      import os

      def test_x():
          r.get("https://example.org")
          environ.get("HOME")
          os.environ.get("HOME")
          requests_cache.get("k")
          r.post("x")
    `)).toEqual(['6:5 error Banned: requests.get.', '7:5 error Banned: os.environ.get.', '8:5 error Banned: os.environ.get.']);
  });

  test('requiredImport: at least one of the modules, once per test module', () => {
    const rule = { requiredImport: ['test_framework'], message: 'Import one of {match}.' };
    expect(findings(rule, 'import os\n\ndef test_x():\n    assert os\n')).toEqual(['1:1 warning Import one of test_framework.']);
    expect(findings(rule, 'from test_framework.services import real_db\n')).toEqual([]);
    expect(findings(rule, 'import os\n', 'tests/unit/conftest.py')).toEqual([]);
  });

  test('requiredDocstringPhrase: case-insensitive, at the docstring or line 1', () => {
    const rule = { requiredDocstringPhrase: 'Business Value', message: 'The docstring lacks "{match}".' };
    expect(findings(rule, '"""Tests of tokens.\n\nbusiness value: retention."""\n')).toEqual([]);
    expect(findings(rule, '\n"""Tests of tokens."""\n')).toEqual(['2:1 warning The docstring lacks "Business Value".']);
    expect(findings(rule, 'import os\n')).toEqual(['1:1 warning The docstring lacks "Business Value".']);
  });

  test('bannedLiteral: a regex on string literals, with an allow-list; docstrings are prose', () => {
    expect(findings({ bannedLiteral: { pattern: String.raw`localhost:\d{4,5}`, allow: ['localhost:8080'] } }, py`
      def test_x(client):
          """Talks to localhost:9000 in the docs."""
          client.get("http://localhost:8000/health")
          client.get(f"http://localhost:8080/{path}")
          client.get('localhost:80')
    `)).toEqual(['3:16 warning Banned: localhost:8000.']);
  });

  test('scope: categories, paths and markers', () => {
    const rule = { bannedImport: ['requests'], scope: { categories: ['integration'] } };
    expect(findings(rule, 'import requests\n', 'tests/unit/test_x.py')).toEqual([]);
    expect(findings(rule, 'import requests\n', 'tests/integration/test_x.py')).toHaveLength(1);
    const paths = { bannedImport: ['requests'], scope: { paths: ['auth/**'] } };
    expect(findings(paths, 'import requests\n', 'billing/tests/test_x.py')).toEqual([]);
    expect(findings(paths, 'import requests\n', 'auth/tests/test_x.py')).toHaveLength(1);
    const marked = { bannedCall: ['time.sleep'], scope: { markers: ['e2e'] } };
    expect(findings(marked, py`
      import time
      import pytest

      @pytest.mark.e2e
      def test_slow():
          time.sleep(1)

      def test_unit():
          time.sleep(1)
    `)).toEqual(['6:5 warning Banned: time.sleep.']);
  });
});

describe('the real-services preset: no-hardcoded-ports', () => {
  const ports = (code: string, extra: Record<string, unknown> = {}): string[] => {
    const config = resolveConfig(parseConfigFile({ extends: 'real-services', ...extra }, 'cfg.json'));
    const file = analyzeFile('tests/integration/test_x.py', new TextEncoder().encode(code), createPlan(config), parser);
    return file.findings.filter((f) => f.ruleId === 'no-hardcoded-ports').map((f) => `${f.line} ${f.message}`);
  };

  test('reports ports in URLs, host:port and port= literals', () => {
    expect(ports(py`
      def test_x(client):
          client.get("http://localhost:8000/health")
          connect("postgresql://user@db:5432/app")
          connect("host=db port=6379")
          client.get(service_url("backend") + "/health")
          assert "12:30" in clock()
    `)).toEqual([
      '2 Hard-coded port in `localhost:8000`; take the service address from the environment or the test framework.',
      '3 Hard-coded port in `db:5432`; take the service address from the environment or the test framework.',
      '4 Hard-coded port in `port=6379`; take the service address from the environment or the test framework.',
    ]);
  });

  test('file:line references are not ports', () => {
    expect(ports('MSG = "see tests/test_x.py:1234"\n')).toEqual([]);
  });

  test('URLs that are test data are not ports: reserved hosts, assertions, parametrize, tables, URL parsers, in-process apps', () => {
    expect(ports(py`
      import pytest
      from urllib.parse import urlparse

      @pytest.mark.parametrize("url", ["http://localhost:8000/a", "http://10.0.0.1:5000/"])
      def test_parse(url):
          assert urlparse("http://localhost:8000/x").port == 8000
          assert build_url(port=8000) == "http://localhost:8000/"
          proxies = get_proxies("http://proxy.example.com:3128", "https://api.test:8443")

      class TestHost:
          def test_host(self):
              cases = [("http://user@10.1.2.3:5000/", "10.1.2.3"), ("http://db:5432", "db")]
              for url, host in cases:
                  self.assertEqual(host_of(url), host)
              self.assertEqual(Request("GET", "http://localhost:8000").host, "localhost:8000")

      def test_split_keeps_port():
          url = "http://user:pw@db.internal:5432/doc"
          assert urlsplit(url).port == 5432

      def test_in_process():
          client = Client(transport=MockTransport(app))
          assert client.get("http://127.0.0.1:8000/").status_code == 200
          client.post("http://127.0.0.1:8000/upload")
    `)).toEqual([]);
  });

  test('an address the test connects to is still reported, also next to test data', () => {
    expect(ports(py`
      def test_health(client):
          resp = client.get("http://localhost:8000/health")
          assert resp.url == "http://localhost:8000/health"
          config = {"db": {"url": "postgresql://db:5432/app"}}
    `)).toEqual([
      '2 Hard-coded port in `localhost:8000`; take the service address from the environment or the test framework.',
      '4 Hard-coded port in `db:5432`; take the service address from the environment or the test framework.',
    ]);
  });

  test('the allow-list is an option', () => {
    expect(ports('URL = "http://localhost:8000"\n', { rules: { 'no-hardcoded-ports': { options: { allow: ['localhost:8000'] } } } })).toEqual([]);
  });
});
