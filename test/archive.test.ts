import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimAuditFolder, compareAuditIds, writeFileAtomic } from '../analyzer/archive.js';
import { tempTree } from './helpers/tmp.js';

describe('archive', () => {
  test('ids: the date, then -2, -3; an explicit id is never reused without force', async () => {
    const out = tempTree();
    expect((await claimAuditFolder(out, '2026-01-15', { force: false })).id).toBe('2026-01-15');
    expect((await claimAuditFolder(out, '2026-01-15', { force: false })).id).toBe('2026-01-15-2');
    expect((await claimAuditFolder(out, '2026-01-15', { force: false })).id).toBe('2026-01-15-3');
    expect(await claimAuditFolder(out, '2026-01-15', { force: true })).toMatchObject({ id: '2026-01-15', created: false });
    await claimAuditFolder(out, 'x', { id: 'nightly', force: false });
    await expect(claimAuditFolder(out, 'x', { id: 'nightly', force: false })).rejects.toThrow(/--id nightly: .* already exists; choose another id, or pass --force/);
  });

  test('atomic writes leave no temporary files', async () => {
    const dir = tempTree();
    await writeFileAtomic(join(dir, 'a.json'), '{"a":1}');
    await writeFileAtomic(join(dir, 'a.json'), '{"a":2}');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
    await expect(writeFileAtomic(join(dir, 'missing', 'b.json'), 'x')).rejects.toThrow();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  test('ids sort by date, then numerically by suffix', () => {
    expect(['2026-01-10-10', '2026-01-10', '2025-12-31', '2026-01-10-9'].sort(compareAuditIds)).toEqual(['2025-12-31', '2026-01-10', '2026-01-10-9', '2026-01-10-10']);
  });
});
