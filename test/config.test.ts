import { describe, expect, test } from 'vitest';
import { configDigest, parseConfigFile, presetRules, PRESETS, resolveConfig } from '../analyzer/config.js';
import { RULES } from '../analyzer/rules/index.js';
import { ConfigurationError } from '../src/lib/errors.js';

const ids = (c: ReturnType<typeof resolveConfig>) => c.rules.map((r) => r.id);

describe('configuration', () => {
  test('presets come from each rule\'s meta: every rule a preset names is at its own severity, opt-in rules are in none', () => {
    for (const name of ['recommended', 'real-services'] as const) {
      const rules = PRESETS[name].config.rules ?? {};
      for (const { meta } of RULES) {
        const setting = rules[meta.id];
        if (meta.presets?.[name] === undefined) expect(setting, `${name}: ${meta.id}`).toBeUndefined();
        else expect(typeof setting === 'string' ? setting : (setting as { severity: string }).severity, `${name}: ${meta.id}`).toBe(meta.severity);
      }
    }
    expect(Object.keys(presetRules('recommended'))).not.toContain('lack-of-cohesion');
    const fake = [{ ...RULES[0]!, meta: { ...RULES[0]!.meta, id: 'x', severity: 'info' as const, presets: { recommended: { options: { n: 1 } } } } }];
    expect(presetRules('recommended', fake)).toEqual({ x: { severity: 'info', options: { n: 1 } } });
    expect(presetRules('real-services', fake)).toEqual({});
  });

  test('recommended has no house rules; real-services adds them', () => {
    const rec = resolveConfig(null);
    expect(ids(rec)).not.toContain('no-mocks-in-integration');
    const rs = resolveConfig(null, { preset: 'real-services' });
    expect(ids(rs)).toEqual(expect.arrayContaining(['no-mocks-in-integration', 'no-os-environ', 'approved-helpers', 'e2e-auth']));
    expect(rs.rules.find((r) => r.id === 'no-mocks-in-integration')?.scope.categories).toEqual(['integration', 'e2e']);
    expect(rs.rules.find((r) => r.id === 'module-docstring')?.options).toMatchObject({ requiredSections: [{ title: 'Business Value Justification' }] });
  });

  test('a user config changes severity, options and scope, and turns rules off', () => {
    const user = parseConfigFile(
      {
        extends: 'real-services',
        rules: {
          'max-file-lines': { options: { max: 500 } },
          'no-os-environ': 'off',
          'no-mocks-in-integration': { severity: 'warning', categories: ['integration'], paths: ['svc/**'] },
        },
      },
      'testaudit.config.json',
    );
    const c = resolveConfig(user);
    expect(c.rules.find((r) => r.id === 'max-file-lines')?.options).toEqual({ max: 500, errorAbove: 1500 });
    expect(ids(c)).not.toContain('no-os-environ');
    expect(c.rules.find((r) => r.id === 'no-mocks-in-integration')).toEqual({
      id: 'no-mocks-in-integration',
      severity: 'warning',
      options: { modules: [] },
      scope: { categories: ['integration'], paths: ['svc/**'] },
    });
  });

  test('unknown keys, rule ids and options are errors naming them', () => {
    expect(() => parseConfigFile({ rulez: {} }, 'cfg.json')).toThrow(new ConfigurationError('cfg.json: unknown key "rulez"'));
    expect(() => parseConfigFile({ rules: { 'max-lines': 'error' } }, 'cfg.json')).toThrow(/cfg\.json: rules\.max-lines: unknown rule id "max-lines" \(did you mean "max-file-lines"\?\)/);
    expect(() => resolveConfig(parseConfigFile({ rules: { 'max-file-lines': { options: { maximum: 3, max: 'x' } } } }, 'cfg.json'), { source: 'cfg.json' })).toThrow(
      new ConfigurationError('cfg.json: rules.max-file-lines.options.max: Invalid input: expected number, received string\ncfg.json: rules.max-file-lines.options: unknown key "maximum"'),
    );
    expect(() => parseConfigFile({ rules: { 'max-file-lines': 'loud' } }, 'cfg.json')).toThrow(/cfg\.json: rules\.max-file-lines/);
  });

  test('the digest changes with the standards, not with titles', () => {
    const a = resolveConfig(parseConfigFile({ title: 'A' }, 'x'));
    const b = resolveConfig(parseConfigFile({ title: 'B' }, 'x'));
    const c = resolveConfig(parseConfigFile({ rules: { 'max-file-lines': { options: { max: 100 } } } }, 'x'));
    expect(configDigest(a)).toBe(configDigest(b));
    expect(configDigest(a)).not.toBe(configDigest(c));
  });
});
