/**
 * The audit holds every file's result until it is written. A result that crosses from a worker
 * thread (or comes out of the cache) brings its own copy of every string and list, so a suite's
 * 100,000 tests carry 100,000 copies of `pytest`, of each marker, of each fixture name, and as many
 * marker, fixture and smell lists, most of them empty or alike. Sharing one copy of each repeated
 * name, and one frozen copy of each distinct list, is the cheapest memory the audit can save (bench,
 * 2 M lines, real-services preset: 449–456 → 417–420 MB peak for the lists). A shared list is
 * frozen, so code that tried to change one in place would throw rather than change other tests.
 * The lines of evidence snippets repeat as much (blank lines, `import pytest`, the same setup call in
 * every test of a class; several findings on one import block): sharing them took that peak on to
 * 388–392 MB. Messages and paths are (nearly) unique and stay as they came.
 */
import type { AuditedFile } from '../src/lib/schema.js';

export class StringTable {
  private readonly table = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  /** The table's copy of `s` (the first one it saw). */
  share<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string') return s;
    const known = this.table.get(s);
    if (known !== undefined) return known as T;
    this.table.set(s, s);
    return s;
  }

  private shareAll(list: string[] | undefined): void {
    if (list) for (let i = 0; i < list.length; i++) list[i] = this.share(list[i]!);
  }

  /** One frozen copy of each distinct list (most tests have the same few marker, fixture and smell lists). */
  private shareList<T extends string[] | undefined>(list: T): T {
    if (!list) return list;
    const key = JSON.stringify(list);
    const known = this.lists.get(key);
    if (known) return known as T;
    this.shareAll(list);
    Object.freeze(list);
    this.lists.set(key, list);
    return list;
  }

  /** Replace, in place, the repeated names and lists of `file` with shared copies; returns `file`. */
  shareFile(file: AuditedFile): AuditedFile {
    file.status = this.share(file.status);
    file.category = this.share(file.category);
    file.area = this.share(file.area);
    file.grade = this.share(file.grade);
    this.shareAll(file.rulesApplied);
    for (const p of file.penalties) p.ruleId = this.share(p.ruleId);
    this.shareAll(file.metrics.markers);
    file.metrics.encoding = this.share(file.metrics.encoding);
    for (const t of file.testDetails) {
      if (t.className !== undefined) t.className = this.share(t.className);
      t.style = this.share(t.style);
      if (t.markers) t.markers = this.shareList(t.markers);
      if (t.fixtures) t.fixtures = this.shareList(t.fixtures);
      if (t.fixturesUsed) t.fixturesUsed = this.shareList(t.fixturesUsed);
      if (t.smells) t.smells = this.shareList(t.smells);
      if (t.namedValues) t.namedValues = this.shareList(t.namedValues);
      for (const c of t.capabilities ?? []) {
        c.area = this.share(c.area);
        c.capability = this.share(c.capability);
        c.via = this.share(c.via);
      }
    }
    for (const f of file.findings) {
      f.ruleId = this.share(f.ruleId);
      f.severity = this.share(f.severity);
      if (f.test !== undefined) f.test = this.share(f.test);
      this.shareAll(f.snippet.lines);
    }
    return file;
  }
}
