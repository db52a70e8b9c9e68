/**
 * What a `conftest.py` (or a plugin module it names) tells pytest's collection, read from its
 * syntax tree: `collect_ignore` / `collect_ignore_glob`, the plugins of `pytest_plugins`, and the
 * markers it registers with `config.addinivalue_line("markers", …)`. Pure: text in, facts out.
 *
 * pytest imports the module and reads the variables; we cannot run it, so only literal strings
 * count. Statements at module level and in a `try` body (which runs) apply. Those under `if`,
 * `else`, `except`, `for`, `with` or inside functions are left out of `collect_ignore`: they depend
 * on the Python version or the installed packages of the machine that runs pytest, and when in
 * doubt the audit reads a file rather than hide it. Marker registrations count wherever they are
 * (usually inside `pytest_configure`): registering is what the conftest means to do, and missing
 * one would report markers that pytest accepts.
 */
import type Parser from 'tree-sitter';
import type { SyntaxNode } from 'tree-sitter';
import { parseSource } from './parse.js';
import { markerNameOf } from './pytest-config.js';
import { calleeName, childByField, literalContent, positionalArguments, stringValue } from './python.js';

export interface ConftestFacts {
  /** `collect_ignore` entries, relative to the conftest's folder. Null when the module does not define it. */
  collectIgnore: string[] | null;
  /** `collect_ignore_glob` entries, relative to the conftest's folder. Null when not defined. */
  collectIgnoreGlob: string[] | null;
  /** Dotted module names of `pytest_plugins`. */
  plugins: string[];
  /** Marker names registered with `addinivalue_line("markers", …)`. */
  markers: string[];
}

const IGNORE_NAMES = new Set(['collect_ignore', 'collect_ignore_glob', 'pytest_plugins']);

/** Literal strings of a list, tuple, string or `a + b` of those; non-literal items are skipped. */
function literalStrings(node: SyntaxNode | null): string[] {
  if (!node) return [];
  if (node.type === 'parenthesized_expression') return literalStrings(node.firstNamedChild);
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'set') return node.namedChildren.flatMap((c) => { const v = stringValue(c); return v === null ? [] : [v]; });
  if (node.type === 'binary_operator' && childByField(node, 'operator')?.text === '+') return [...literalStrings(childByField(node, 'left')), ...literalStrings(childByField(node, 'right'))];
  const v = stringValue(node);
  return v === null ? [] : [v];
}

/** Module-level statements that run unconditionally: the module's, and those of `try` bodies in it. */
function unconditionalStatements(block: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const s of block.namedChildren) {
    if (s.type === 'try_statement') {
      const body = childByField(s, 'body');
      if (body) out.push(...unconditionalStatements(body));
    } else out.push(s);
  }
  return out;
}

/** The marker a registration string names: `"slow: runs for minutes"` → `slow`; null for computed names. */
function registeredMarker(node: SyntaxNode | undefined): string | null {
  if (!node) return null;
  const value = stringValue(node);
  if (value !== null) return markerNameOf(value) || null;
  if (node.type !== 'string') return null;
  // An f-string whose name part is literal: f"slow: slower than {LIMIT}s".
  const name = markerNameOf(literalContent(node.text));
  return name && /^[A-Za-z_]\w*$/.test(name) ? name : null;
}

/** Facts of one conftest or plugin module's source text. */
export function conftestFacts(parser: Parser, text: string): ConftestFacts {
  const facts: ConftestFacts = { collectIgnore: null, collectIgnoreGlob: null, plugins: [], markers: [] };
  // A syntax error leaves a partial tree, from which the intact statements are still read.
  const tree = parseSource(parser, text).tree;
  if (!tree) return facts;
  const lists: Record<string, string[] | null> = { collect_ignore: null, collect_ignore_glob: null, pytest_plugins: null };
  for (const s of unconditionalStatements(tree.rootNode)) {
    if (s.type !== 'expression_statement') continue;
    const e = s.firstNamedChild;
    if (!e) continue;
    if (e.type === 'assignment' || e.type === 'augmented_assignment') {
      const name = childByField(e, 'left')?.text ?? '';
      if (!IGNORE_NAMES.has(name)) continue;
      const values = literalStrings(childByField(e, 'right'));
      lists[name] = e.type === 'assignment' ? values : [...(lists[name] ?? []), ...values];
    } else if (e.type === 'call') {
      const callee = calleeName(e) ?? '';
      const dot = callee.lastIndexOf('.');
      const name = callee.slice(0, dot);
      const method = callee.slice(dot + 1);
      if (!IGNORE_NAMES.has(name) || (method !== 'append' && method !== 'extend')) continue;
      const arg = positionalArguments(e)[0] ?? null;
      const values = method === 'append' ? (stringValue(arg) === null ? [] : [stringValue(arg)!]) : literalStrings(arg);
      lists[name] = [...(lists[name] ?? []), ...values];
    }
  }
  facts.collectIgnore = lists['collect_ignore'] ?? null;
  facts.collectIgnoreGlob = lists['collect_ignore_glob'] ?? null;
  facts.plugins = lists['pytest_plugins'] ?? [];
  const markers = new Set<string>();
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'call' && (calleeName(node) ?? '').endsWith('addinivalue_line')) {
      const [option, line] = positionalArguments(node);
      if (option && stringValue(option) === 'markers') {
        const m = registeredMarker(line);
        if (m) markers.add(m);
      }
    }
    for (const child of node.namedChildren) visit(child);
  };
  // Only files that mention the call are walked: most conftests register nothing.
  if (text.includes('addinivalue_line')) visit(tree.rootNode);
  facts.markers = [...markers].sort();
  return facts;
}
