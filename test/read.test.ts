import { describe, expect, test } from 'vitest';
import { codingCookie, countLines, decodeSource, firstInvalidUtf8 } from '../analyzer/read.js';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeSource', () => {
  test('UTF-8 with a BOM: the BOM is stripped', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'x = "é"\n'))).toEqual({ text: 'x = "é"\n', encoding: 'utf-8', problem: null });
  });
  test('a latin-1 coding cookie is honoured (Python latin-1, not windows-1252)', () => {
    const d = decodeSource(bytes('# -*- coding: latin-1 -*-\nx = "', [0xe9, 0x80], '"\n'));
    expect(d.text).toBe('# -*- coding: latin-1 -*-\nx = "é\u0080"\n');
    expect(d.problem).toBeNull();
  });
  test('a cookie on line 2 after a shebang', () => {
    expect(codingCookie(bytes('#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n'))).toBe('cp1252');
    expect(codingCookie(bytes('import os\n# coding: latin-1\n'))).toBeNull();
  });
  test('undecodable bytes: replaced, reported with their line', () => {
    const d = decodeSource(bytes('a = 1\nb = "', [0xff], '"\n'));
    expect(d.text).toBe('a = 1\nb = "\ufffd"\n');
    expect(d.problem).toEqual({ ruleId: 'encoding', line: 2, message: 'The file is not valid UTF-8 (byte 0xff) and has no coding cookie naming another encoding; undecodable bytes were replaced.' });
  });
  test('an unknown encoding in the cookie', () => {
    const d = decodeSource(bytes('# coding: klingon\nx = 1\n'));
    expect(d.problem?.message).toBe("Unknown encoding 'klingon' in the coding cookie; decoded as UTF-8 with replacement.");
  });
  test('NUL bytes make a file unreadable', () => {
    const d = decodeSource(bytes('x = 1\ny = 2', [0], '\n'));
    expect(d.problem).toMatchObject({ ruleId: 'unreadable', line: 2 });
  });
  test('firstInvalidUtf8 finds truncated sequences and overlongs', () => {
    expect(firstInvalidUtf8(bytes('ok'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(bytes([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(bytes('€😀'))).toBe(-1);
  });
});

describe('countLines (str.splitlines)', () => {
  test.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb\r', 2],
    ['a\n\n', 2],
    ['a\x0cb\u2028c', 3],
  ])('%j has %i lines', (text, n) => expect(countLines(text)).toBe(n));
});
