/**
 * The INI dialect pytest reads (`pytest.ini`, `tox.ini`, `setup.cfg`), ported line by line from
 * `iniconfig` 2.x (`_parse.py`: `parse_lines`, `_parseline`), which is what pytest calls with
 * `strip_inline_comments=False`. Written here rather than taken from npm because the `ini` package
 * (and the others we looked at) do not join continuation lines, which is how `markers`,
 * `python_files` and `addopts` are usually written, and treat `;`/`#` after a value as a comment
 * where iniconfig keeps it. The format is line-based, so this reads line by line as iniconfig does.
 */

/** An INI file that iniconfig would refuse: the file, the 1-based line and what is wrong. */
export class IniParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** Sections of an INI file: section name → key → value (continuation lines joined with "\n"). */
export type IniSections = Map<string, Map<string, string>>;

const COMMENT_CHARS = ['#', ';'];

const isCommentLine = (line: string): boolean => COMMENT_CHARS.includes(line.trimStart().slice(0, 1));

/** Python's `str.isspace` for the first character of a line, as far as INI files go. */
const startsWithSpace = (line: string): boolean => /^\s/.test(line);

type Parsed = { kind: 'blank' } | { kind: 'section'; name: string } | { kind: 'value'; name: string; value: string } | { kind: 'continuation'; value: string };

function parseLine(file: string, raw: string, lineNo: number): Parsed {
  const line = isCommentLine(raw) ? '' : raw.trimEnd();
  if (!line) return { kind: 'blank' };
  if (line[0] === '[') {
    let head = line;
    for (const c of COMMENT_CHARS) head = head.split(c)[0]!.trimEnd();
    if (head.endsWith(']')) return { kind: 'section', name: head.slice(1, -1) };
    return { kind: 'continuation', value: line.trim() };
  }
  if (startsWithSpace(line)) return { kind: 'continuation', value: line.trim() };
  // `name = value`, unless the name part holds a ":" (then `name: value`).
  const eq = line.indexOf('=');
  if (eq >= 0 && !line.slice(0, eq).includes(':')) return { kind: 'value', name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() };
  const colon = line.indexOf(':');
  if (colon >= 0) return { kind: 'value', name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
  throw new IniParseError(file, lineNo, `unexpected line: ${JSON.stringify(line)}`);
}

/** Parse `text` as iniconfig does; `file` names it in errors. Throws IniParseError. */
export function parseIni(text: string, file: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, string> | null = null;
  let lastKey: string | null = null;
  // Python's splitlines: \n, \r\n and \r all end a line.
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const parsed = parseLine(file, lines[i]!, lineNo);
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'section') {
      if (!parsed.name) throw new IniParseError(file, lineNo, 'empty section name');
      if (sections.has(parsed.name)) throw new IniParseError(file, lineNo, `duplicate section '${parsed.name}'`);
      section = new Map();
      sections.set(parsed.name, section);
      lastKey = null;
    } else if (parsed.kind === 'value') {
      if (!section) throw new IniParseError(file, lineNo, 'no section header defined');
      if (section.has(parsed.name)) throw new IniParseError(file, lineNo, `duplicate name '${parsed.name}'`);
      section.set(parsed.name, parsed.value);
      lastKey = parsed.name;
    } else {
      if (!section || lastKey === null) throw new IniParseError(file, lineNo, 'unexpected value continuation');
      const previous = section.get(lastKey)!;
      section.set(lastKey, previous ? `${previous}\n${parsed.value}` : parsed.value);
    }
  }
  return sections;
}

/**
 * Python's `shlex.split(s)` (POSIX mode, no comments): whitespace-separated words, with single
 * quotes (literal), double quotes (where only a backslash before `\` or `"` escapes) and
 * backslash escapes outside quotes. pytest splits `addopts` and the "args" options with it.
 * Throws an Error on an unclosed quote, as shlex does.
 */
export function shlexSplit(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error('No closing quotation');
      word += s.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < s.length && s[j] !== '"'; j++) {
        if (s[j] === '\\' && (s[j + 1] === '\\' || s[j + 1] === '"')) j++;
        word += s[j]!;
      }
      if (j >= s.length) throw new Error('No closing quotation');
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= s.length) throw new Error('No escaped character');
      word += s[++i]!;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
