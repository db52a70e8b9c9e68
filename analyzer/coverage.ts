/**
 * What the suite covers, computed on the main thread once every file was analysed (and test-run
 * results joined): per capability the tests that match it, per named value the tests that
 * reference it, and the findings of the suite-level rules (`uncovered-capability`,
 * `named-value-untested`). Each file's analysis only records, per test, what it matched
 * (`TestDetail.capabilities`, `TestDetail.namedValues`), so the per-file results stay small,
 * serialisable and cacheable; this pure function joins them.
 */
import type { AreaCoverage, AuditedFile, CapabilityCoverage, Coverage, CoveringTest, NamedValueCount, Severity, SuiteFinding } from '../src/lib/schema.js';
import { ruleOf, type EffectiveConfig } from './config.js';

/** Covering tests kept per capability in the JSON; `tests` always gives the full count. */
export const MAX_COVERING = 100;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Coverage of the configured capabilities and named values, with the suite-level findings; null when neither is configured. */
export function computeCoverage(files: readonly AuditedFile[], config: EffectiveConfig): Coverage | null {
  const areasWithCapabilities = config.areas.filter((a) => a.capabilities.length > 0);
  if (areasWithCapabilities.length === 0 && config.namedValues.length === 0) return null;

  const covering = new Map<string, CoveringTest[]>();
  const key = (area: string, capability: string): string => `${area}\0${capability}`;
  const valueTests = new Map<string, number>();
  const valueFiles = new Map<string, Set<string>>();
  for (const file of files) {
    for (const t of file.testDetails) {
      for (const c of t.capabilities ?? []) {
        const k = key(c.area, c.capability);
        let list = covering.get(k);
        if (!list) covering.set(k, (list = []));
        const outcome = t.run?.outcome;
        list.push({
          path: file.path,
          line: t.line,
          name: t.name,
          ...(t.className ? { className: t.className } : {}),
          category: file.category,
          skipped: t.skipped || outcome === 'skipped',
          ...(outcome ? { outcome } : {}),
          via: c.via,
        });
      }
      for (const v of t.namedValues ?? []) {
        valueTests.set(v, (valueTests.get(v) ?? 0) + 1);
        let set = valueFiles.get(v);
        if (!set) valueFiles.set(v, (set = new Set()));
        set.add(file.path);
      }
    }
  }

  const areas: AreaCoverage[] = areasWithCapabilities.map((area) => {
    const capabilities = area.capabilities.map((c): CapabilityCoverage => {
      const tests = covering.get(key(area.name, c.name)) ?? [];
      const skipped = tests.filter((t) => t.skipped).length;
      const failing = tests.filter((t) => t.outcome === 'failed' || t.outcome === 'error').length;
      const live = tests.filter((t) => !t.skipped && t.outcome !== 'failed' && t.outcome !== 'error').length;
      const status: CapabilityCoverage['status'] =
        tests.length === 0 ? 'uncovered' : live > 0 ? 'covered' : failing > 0 ? 'failing-only' : 'skipped-only';
      return {
        name: c.name,
        status,
        tests: tests.length,
        skipped,
        failing,
        categories: [...new Set(tests.map((t) => t.category ?? '(none)'))].sort(),
        covering: tests.slice(0, MAX_COVERING),
      };
    });
    const covered = capabilities.filter((c) => c.status === 'covered').length;
    return { name: area.name, covered, total: capabilities.length, percent: round1((100 * covered) / capabilities.length), capabilities };
  });

  const untested = config.rules.find((r) => r.id === 'named-value-untested');
  const defaultMin = typeof untested?.options.minTests === 'number' ? untested.options.minTests : 1;
  const namedValues: NamedValueCount[] = config.namedValues.map((v) => ({
    value: v.value,
    tests: valueTests.get(v.value) ?? 0,
    files: valueFiles.get(v.value)?.size ?? 0,
    minTests: v.minTests ?? defaultMin,
  }));

  return { areas, namedValues, findings: suiteFindings(config, areas, namedValues) };
}

/** Run the enabled suite-level rules over the coverage. */
function suiteFindings(config: EffectiveConfig, areas: readonly AreaCoverage[], namedValues: readonly NamedValueCount[]): SuiteFinding[] {
  const findings: SuiteFinding[] = [];
  const severities = new Map(config.areas.flatMap((a) => a.capabilities.map((c) => [`${a.name}\0${c.name}`, c.severity] as const)));
  for (const r of config.rules) {
    const rule = ruleOf(config, r.id);
    if (!rule?.checkSuite) continue;
    rule.checkSuite({
      options: r.options as never,
      areas,
      namedValues,
      capabilitySeverity: (area, capability) => severities.get(`${area}\0${capability}`) ?? null,
      report: (d) => {
        const f: SuiteFinding = { ruleId: r.id, severity: (d.severity ?? r.severity) as Severity, message: d.message };
        if (d.area !== undefined) f.area = d.area;
        if (d.capability !== undefined) f.capability = d.capability;
        if (d.value !== undefined) f.value = d.value;
        findings.push(f);
      },
    });
  }
  return findings;
}
