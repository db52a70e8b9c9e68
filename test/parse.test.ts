import { describe, expect, test } from 'vitest';
import { blankCommentRuns, createParser, parseSource } from '../analyzer/parse.js';

const parser = createParser();

describe('parseSource', () => {
  test('valid code parses', () => {
    expect(parseSource(parser, 'def test_a():\n    assert 1\n').ok).toBe(true);
  });
  test('the first syntax problem is located at its innermost node', () => {
    const r = parseSource(parser, 'import os\n\ndef test_a(:\n    pass\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.message]).toEqual([3, expect.stringMatching(/^The module does not parse \(/)]);
  });
  test('a missing token is named', () => {
    const r = parseSource(parser, 'def f(:\n    pass\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column, r.message]).toEqual([1, 7, expect.stringContaining('(missing `)`)')]);
  });
  test('a parse over its work budget is stopped, and the parser is usable afterwards', () => {
    const r = parseSource(parser, 'x = [\n' + '(1, 2),\n'.repeat(5000) + ']\n', { workPerChar: 0, baseWork: 2, timeoutMs: 10_000, commentRunLines: 50 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/parse budget/);
    expect(parseSource(parser, 'x = 1\n').ok).toBe(true);
  });
  test('deep nesting parses without overflowing the stack', () => {
    const depth = 10_000;
    const r = parseSource(parser, `x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`);
    expect(r.ok).toBe(true);
  });
});

describe('blankCommentRuns', () => {
  test('long comment runs become spaces, lines and columns unchanged', () => {
    const text = `x = 1\n${'# old code\n'.repeat(60)}y = 2\n`;
    const out = blankCommentRuns(text, 50);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').length).toBe(text.split('\n').length);
    expect(out).not.toContain('#');
    expect(out.startsWith('x = 1\n')).toBe(true);
  });
  test('short runs and runs with directives are kept', () => {
    const short = `${'# c\n'.repeat(10)}x = 1\n`;
    expect(blankCommentRuns(short, 50)).toBe(short);
    const directive = `${'# c\n'.repeat(60)}# testaudit: ignore-file[max-file-lines]\n`;
    expect(blankCommentRuns(directive, 50)).toBe(directive);
  });
});
