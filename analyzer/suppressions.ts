/**
 * Inline suppressions: `# testaudit: ignore[rule-a, rule-b]` covers findings of those rules on its
 * own line (bare `# testaudit: ignore` covers every rule there); `# testaudit: ignore-file[rule]`
 * anywhere covers the whole file. Suppressed findings stay in the JSON, marked; a suppression that
 * covers nothing, or names an unknown rule, is itself reported.
 *
 * Waivers a team already wrote for its linter are honoured too: `# noqa: PT011` waives the findings
 * of every rule whose `meta.noqa` lists `PT011` on that line (Ruff and flake8 match the codes
 * exactly). A bare `# noqa` waives, as in Ruff, every rule on its line that duplicates a linter
 * check (every rule with a `meta.noqa`), and no other: it was written to silence the linter, not
 * a standard the linter does not know. A `noqa` that waives nothing is the linter's business and
 * is never reported.
 */
import type { RawFinding } from './walk.js';

export interface Suppression {
  line: number;
  scope: 'line' | 'file';
  /** Rule ids, or null for "every rule" (line scope only). */
  rules: string[] | null;
  used: Set<string>;
}

/** A linter waiver on a line: the codes it names, or null for a bare `# noqa`. */
export interface NoqaWaiver {
  line: number;
  codes: string[] | null;
}

const DIRECTIVE = /#\s*testaudit:\s*(ignore-file|ignore)\b(?:\[([^\]]*)\])?/g;

export function parseSuppressions(comments: ReadonlyArray<{ line: number; text: string }>): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(c.text); m; m = DIRECTIVE.exec(c.text)) {
      const rules = m[2] === undefined ? null : m[2].split(',').map((s) => s.trim()).filter(Boolean);
      const scope = m[1] === 'ignore-file' ? 'file' : 'line';
      if (scope === 'file' && (rules === null || rules.length === 0)) {
        out.push({ line: c.line, scope, rules: [], used: new Set() });
        continue;
      }
      out.push({ line: c.line, scope, rules, used: new Set() });
    }
  }
  return out;
}

// Ruff's own reading: `# noqa`, `# noqa: A1, B2`, `# NOQA:A1 B2`; a malformed list reads as bare.
const NOQA = /#\s*noqa(?::[\s]?((?:[A-Z]+[0-9]+)(?:[,\s]+[A-Z]+[0-9]+)*))?/gi;

/** Whether a comment holds a `noqa` waiver (cheap test before parsing). */
export const mentionsNoqa = (text: string): boolean => /noqa/i.test(text);

export function parseNoqa(comments: ReadonlyArray<{ line: number; text: string }>): NoqaWaiver[] {
  const out: NoqaWaiver[] = [];
  for (const c of comments) {
    NOQA.lastIndex = 0;
    for (let m = NOQA.exec(c.text); m; m = NOQA.exec(c.text)) {
      out.push({ line: c.line, codes: m[1] === undefined ? null : m[1].split(/[,\s]+/).filter(Boolean).map((code) => code.toUpperCase()) });
    }
  }
  return out;
}

/**
 * Mark findings waived by a linter `noqa` on their line, for rules that declare the linter codes
 * they duplicate (`noqaCodes`: rule id → codes).
 */
export function applyNoqa<F extends RawFinding & { suppressed?: boolean }>(
  findings: F[],
  waivers: readonly NoqaWaiver[],
  noqaCodes: ReadonlyMap<string, readonly string[]>,
): void {
  if (waivers.length === 0) return;
  for (const f of findings) {
    const codes = noqaCodes.get(f.ruleId);
    if (!codes || codes.length === 0) continue;
    if (waivers.some((w) => w.line === f.line && (w.codes === null || w.codes.some((c) => codes.includes(c))))) f.suppressed = true;
  }
}

/** Mark suppressed findings; return the problems with the suppressions themselves. */
export function applySuppressions<F extends RawFinding & { suppressed?: boolean }>(
  findings: F[],
  suppressions: Suppression[],
  knownRules: ReadonlySet<string>,
): Array<{ line: number; message: string }> {
  for (const f of findings) {
    for (const s of suppressions) {
      const covers = s.scope === 'file' ? s.rules!.includes(f.ruleId) : s.line === f.line && (s.rules === null || s.rules.includes(f.ruleId));
      if (covers) {
        f.suppressed = true;
        s.used.add(f.ruleId);
      }
    }
  }
  const problems: Array<{ line: number; message: string }> = [];
  for (const s of suppressions) {
    const directive = s.scope === 'file' ? 'ignore-file' : 'ignore';
    if (s.scope === 'file' && s.rules!.length === 0) {
      problems.push({ line: s.line, message: '`# testaudit: ignore-file` needs rule ids, e.g. `ignore-file[max-file-lines]`: a whole file is never silenced wholesale.' });
      continue;
    }
    if (s.rules === null) {
      if (s.used.size === 0) problems.push({ line: s.line, message: '`# testaudit: ignore` suppresses nothing on this line; remove it.' });
      continue;
    }
    for (const id of s.rules) {
      if (!knownRules.has(id)) problems.push({ line: s.line, message: `\`# testaudit: ${directive}[${id}]\` names an unknown rule.` });
      else if (!s.used.has(id)) problems.push({ line: s.line, message: `\`# testaudit: ${directive}[${id}]\` suppresses nothing; remove it.` });
    }
  }
  return problems;
}
