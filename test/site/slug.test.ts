import { describe, expect, test } from 'vitest';
import { fileSlug } from '../../src/lib/slug.js';
import { compareNewestFirst, trendPoints } from '../../src/site/data.js';
import type { Audit } from '../../src/lib/schema.js';

describe('fileSlug', () => {
  test.each([
    ['tests/unit/test_a.py', 'tests/unit/test_a.py'],
    ['tests/with space/test_é.py', 'tests/with~20space/test_~c3~a9.py'],
    ['tests/../escape/test_x.py', 'tests/~2e~2e/escape/test_x.py'],
    ['a/%2F/#?/~', 'a/~252F/~23~3f/~7e'],
  ])('%s → %s', (path, slug) => {
    expect(fileSlug(path)).toBe(slug);
  });

  test('only URL-safe characters, so the URL and the file on disk are the same', () => {
    for (const path of ['ü/ß/日本語.py', '<script>.py', 'a b/c"d\'.py', '\u0000nul.py']) expect(fileSlug(path)).toMatch(/^[A-Za-z0-9._~\-/]+$/);
  });

  test('very long names are cut but stay unique', () => {
    const a = `tests/${'x'.repeat(300)}_a.py`;
    const b = `tests/${'x'.repeat(300)}_b.py`;
    expect(fileSlug(a).length).toBeLessThan(140);
    expect(fileSlug(a)).not.toBe(fileSlug(b));
  });

  test('distinct paths get distinct slugs', () => {
    const paths = ['a/b.py', 'a~2fb.py', 'a/b~.py', 'a b.py', 'a~20b.py', 'é.py', '~c3~a9.py'];
    expect(new Set(paths.map(fileSlug)).size).toBe(paths.length);
  });
});

describe('archive helpers', () => {
  const audit = (id: string, date: string, score: number, errors: number) =>
    ({ audit: { id, date }, summary: { score, findingsBySeverity: { error: errors } } }) as unknown as Audit;

  test('newest first: by date, then by the -2, -3 suffix', () => {
    const ids = [audit('2026-01-15', '2026-01-15', 1, 0), audit('2026-02-01', '2026-02-01', 1, 0), audit('2026-01-15-2', '2026-01-15', 1, 0)].sort(compareNewestFirst).map((a) => a.audit.id);
    expect(ids).toEqual(['2026-02-01', '2026-01-15-2', '2026-01-15']);
  });

  test('trend points run oldest to newest, scaled into the box', () => {
    const points = trendPoints([audit('b', '2026-02-01', 90, 2), audit('a', '2026-01-01', 50, 4)], 200, 100, 10);
    expect(points.map((p) => [p.id, p.x, p.yScore, p.yErrors])).toEqual([
      ['a', 10, 50, 10],
      ['b', 190, 18, 50],
    ]);
  });
});
