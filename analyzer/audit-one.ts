/** Read and analyse one file, turning every failure into a file result: one bad file never stops an audit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Parser from 'tree-sitter';
import { gradeFor } from '../src/lib/grades.js';
import type { AuditedFile } from '../src/lib/schema.js';
import { analyzeFile, type AnalysisPlan } from './analyze-file.js';
import { readCached, writeCached, type CacheSpec } from './cache.js';
import { NativeMemoryGuard } from './native-memory.js';
import { fileScore, penaltiesOf } from './score.js';

/** One per thread: this module is loaded once by each worker. */
const memory = new NativeMemoryGuard();

export function auditOne(root: string, path: string, plan: AnalysisPlan, parser: Parser, cache: CacheSpec | null = null): AuditedFile {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: test files are small and usually in the page cache, and an
    // asynchronous read costs a thread-pool round trip per file (measured: ~10% of an audit).
    // Callers yield to the event loop between files or batches.
    bytes = readFileSync(join(root, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return failedFile(path, plan, 'unreadable', `The file cannot be read (${code}); it was not audited.`);
  }
  const cached = cache && readCached(cache, path, bytes);
  if (cached) return cached;
  try {
    const file = analyzeFile(path, bytes, plan, parser);
    memory.parsed(bytes.length);
    if (cache) writeCached(cache, path, bytes, file);
    return file;
  } catch (error) {
    parser.reset();
    const message = error instanceof Error ? error.message : String(error);
    return failedFile(path, plan, 'internal-error', `testaudit failed on this file (${message}); it was not audited. Please report it.`, bytes.length);
  }
}

/** A file that could not be analysed at all, with one finding saying why. */
export function failedFile(path: string, plan: AnalysisPlan, ruleId: 'unreadable' | 'internal-error', message: string, bytes = 0): AuditedFile {
  const severity = plan.enabled.get(ruleId);
  const findings = severity
    ? [{ ruleId, severity, line: 1, column: 1, message, snippet: { startLine: 1, lines: [] }, fingerprint: `${ruleId}:${path}` }]
    : [];
  const penalties = penaltiesOf(findings, plan.enabled, plan.scoring);
  const score = fileScore(penalties, findings);
  return {
    path,
    status: 'unreadable',
    category: null,
    area: plan.areas.find((a) => a.matches(path))?.name ?? null,
    lines: 0,
    tests: 0,
    score,
    grade: gradeFor(score),
    penalties,
    rulesApplied: severity ? [ruleId] : [],
    metrics: { bytes, testClasses: 0, fixtures: 0, assertions: 0, imports: 0, relativeImports: 0, asyncTests: 0, skippedTests: 0, markers: [], hasDocstring: false, encoding: 'unknown' },
    testDetails: [],
    findings,
  };
}
