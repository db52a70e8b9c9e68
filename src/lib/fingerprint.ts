/**
 * What identifies a finding across audits: its rule, its file, its enclosing test and its line of
 * code with whitespace and comments normalised — never its line number, so moving code around does
 * not turn an old finding into a "new" one.
 */

/** A line of code with comments dropped and whitespace collapsed. */
export function normaliseCode(line: string): string {
  return line.replace(/#.*$/, '').replace(/\s+/g, ' ').trim();
}

/** The identity of a finding, without its occurrence number. */
export function findingKey(ruleId: string, path: string, test: string | undefined, code: string): string {
  return `${ruleId}\0${path}\0${test ?? ''}\0${normaliseCode(code)}`;
}
