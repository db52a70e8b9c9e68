/**
 * Decode a Python source file as Python does: UTF-8 by default (BOM stripped), or the encoding a
 * PEP 263 coding cookie names on line 1 or 2. Bad bytes never stop the audit: the text is decoded
 * with replacement and the problem is reported; a file with NUL bytes is not source at all.
 */
import { TextDecoder } from 'node:util';

export interface DecodeProblem {
  ruleId: 'encoding' | 'unreadable';
  line: number;
  message: string;
}

export interface DecodedSource {
  text: string;
  /** Encoding the text was decoded with (Python's name for it). */
  encoding: string;
  problem: DecodeProblem | null;
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;

/** Python's codec names → WHATWG labels understood by TextDecoder ('latin-1' is handled by hand). */
function normaliseEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-') || n === 'utf8') return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1', 'latin1', 'l1', 'iso8859-1'].includes(n) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) {
    return 'latin-1';
  }
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  return n;
}

function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that makes `bytes` invalid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need > n - 1) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The coding cookie's encoding name, if line 1 (or line 2 after a blank/comment line 1) has one. */
export function codingCookie(bytes: Uint8Array): string | null {
  const head = decodeLatin1(bytes.subarray(0, Math.min(bytes.length, 1024)));
  const [first = '', second = ''] = head.split(/\r\n|\r|\n/, 2);
  const m = COOKIE.exec(first) ?? (BLANK_OR_COMMENT.test(first) ? COOKIE.exec(second) : null);
  return m ? m[1]! : null;
}

export function decodeSource(input: Uint8Array): DecodedSource {
  const nul = input.indexOf(0);
  if (nul !== -1) {
    return {
      text: decodeLatin1(input),
      encoding: 'binary',
      problem: {
        ruleId: 'unreadable',
        line: lineOfOffset(input, nul),
        message: 'The file contains NUL bytes, so it is not Python source (Python refuses it too); it was not parsed.',
      },
    };
  }
  let bytes = input;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bytes = bytes.subarray(3);
    bom = true;
  }
  const cookie = codingCookie(bytes);
  let encoding = cookie ? normaliseEncoding(cookie) : 'utf-8';
  let problem: DecodeProblem | null = null;

  if (bom && encoding !== 'utf-8') {
    problem = { ruleId: 'encoding', line: 1, message: `The file starts with a UTF-8 BOM but its coding cookie says '${cookie}'; decoded as UTF-8.` };
    encoding = 'utf-8';
  }
  if (encoding === 'latin-1') return { text: decodeLatin1(bytes), encoding, problem };
  if (encoding === 'ascii') {
    const bad = bytes.findIndex((b) => b > 0x7f);
    if (bad !== -1) {
      problem = { ruleId: 'encoding', line: lineOfOffset(bytes, bad), message: `Byte 0x${bytes[bad]!.toString(16)} is not ASCII, which the coding cookie declares; decoded as UTF-8 with replacement.` };
      encoding = 'utf-8';
    } else {
      return { text: decodeLatin1(bytes), encoding, problem };
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    problem = { ruleId: 'encoding', line: 1, message: `Unknown encoding '${cookie}' in the coding cookie; decoded as UTF-8 with replacement.` };
    encoding = 'utf-8';
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  try {
    return { text: decoder.decode(bytes), encoding, problem };
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    const line = at === -1 ? 1 : lineOfOffset(bytes, at);
    const byte = at === -1 ? '' : ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')})`;
    return {
      text: new TextDecoder(encoding).decode(bytes),
      encoding,
      problem: problem ?? {
        ruleId: 'encoding',
        line,
        message: cookie
          ? `The file is not valid ${cookie}${byte}, which its coding cookie declares; undecodable bytes were replaced.`
          : `The file is not valid UTF-8${byte} and has no coding cookie naming another encoding; undecodable bytes were replaced.`,
      },
    };
  }
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/** The number of lines as Python's `str.splitlines()` counts them. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  let last = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    count++;
    last = m.index + m[0].length;
  }
  return last < text.length ? count + 1 : count;
}

/** Start index of every row as tree-sitter counts rows (a new row after each "\n"). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
