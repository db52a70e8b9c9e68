/** Analyse a few inline files with a user configuration and compute the suite's coverage, in-process. */
import { analyzeFile, createPlan } from '../../analyzer/analyze-file.js';
import { parseConfigFile, resolveConfig } from '../../analyzer/config.js';
import { computeCoverage } from '../../analyzer/coverage.js';
import { createParser } from '../../analyzer/parse.js';
import type { AuditedFile, Coverage, TestRun } from '../../src/lib/schema.js';

const parser = createParser();

export function coverageOf(
  files: Record<string, string>,
  config: Record<string, unknown>,
  runs: Record<string, TestRun['outcome']> = {},
): { coverage: Coverage; files: AuditedFile[] } {
  const effective = resolveConfig(parseConfigFile(config, 'testaudit.config.json'));
  const plan = createPlan(effective);
  const audited = Object.entries(files).map(([path, code]) => analyzeFile(path, new TextEncoder().encode(code), plan, parser));
  // `runs`: "path::name" → outcome, as `--junit` results would set them.
  for (const f of audited) {
    for (const t of f.testDetails) {
      const outcome = runs[`${f.path}::${t.name}`];
      if (outcome) t.run = { outcome, duration: 0.1, cases: 1, fastest: outcome === 'passed' ? 0.1 : null };
    }
  }
  const coverage = computeCoverage(audited, effective);
  if (!coverage) throw new Error('no coverage configured');
  return { coverage, files: audited };
}
