/**
 * Small syntax helpers the test-smell rules share: statements of a block, literals and their
 * values, comparison operands, skip statements, the names a binding statement introduces.
 * All of them look at a node and its immediate children only: never a walk of a subtree.
 */
import type { SyntaxNode } from 'tree-sitter';
import type { FileFacts, TestScope } from '../facts.js';
import { calleeName, childByField, NOT_PLAIN_NAMES, stringValue } from '../python.js';
import { isSkipCall } from './assertions.js';

/** The 1-based line of a character index of the file, without asking the tree. */
export function lineAt(file: Pick<FileFacts, 'lineStarts'>, index: number): number {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The node to report a test-level finding at: the test's name. */
export function testNameNode(test: TestScope): SyntaxNode {
  return childByField(test.node, 'name') ?? test.node;
}

/** The statements of a block, without comments. */
export function statementsOf(block: SyntaxNode | null | undefined): SyntaxNode[] {
  return block ? block.namedChildren.filter((n) => n.type !== 'comment') : [];
}

/** A statement that is a bare string (a docstring) or `...`. */
export function isInertExpression(stmt: SyntaxNode): boolean {
  if (stmt.type !== 'expression_statement') return false;
  const expr = stmt.firstNamedChild;
  return !!expr && stmt.namedChildCount === 1 && (expr.type === 'string' || expr.type === 'concatenated_string' || expr.type === 'ellipsis');
}

/** The statements of a test body that do something: neither its docstring nor `pass`/`...`. */
export function executableStatements(block: SyntaxNode | null | undefined): SyntaxNode[] {
  return statementsOf(block).filter((s) => s.type !== 'pass_statement' && !isInertExpression(s));
}

/** The first statement of a block that does something (see `executableStatements`), without listing the others. */
export function firstExecutable(block: SyntaxNode | null | undefined): SyntaxNode | null {
  for (let s = block?.firstNamedChild ?? null; s; s = s.nextNamedSibling) {
    const type = s.type;
    if (type === 'comment' || type === 'pass_statement' || (type === 'expression_statement' && isInertExpression(s))) continue;
    return s;
  }
  return null;
}

/** The expression inside any number of parentheses: `((x == 1))` → `x == 1`. */
export function unparenthesized(node: SyntaxNode): SyntaxNode {
  let inner = node;
  while (inner.type === 'parenthesized_expression') {
    const child = inner.firstNamedChild;
    if (!child || child.type === 'comment') break;
    inner = child;
  }
  return inner;
}

/** The numeric value of an integer or float literal (optionally negated), else null. Complex literals are null. */
export function numericValue(node: SyntaxNode | null | undefined): number | null {
  if (!node) return null;
  if (node.type === 'unary_operator') {
    const op = childByField(node, 'operator')?.type;
    const v = numericValue(childByField(node, 'argument'));
    if (v === null || (op !== '-' && op !== '+')) return null;
    return op === '-' ? -v : v;
  }
  if (node.type !== 'integer' && node.type !== 'float') return null;
  const text = node.text.replace(/_/g, '');
  if (/[jJ]$/.test(text)) return null;
  const value = /^0[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number(text.replace(/[lL]$/, ''));
  return Number.isNaN(value) ? null : value;
}

/** Literal nodes whose value never changes. */
const LITERAL_TYPES = new Set(['true', 'false', 'none', 'integer', 'float', 'string', 'concatenated_string', 'tuple', 'list', 'dictionary', 'set', 'ellipsis']);

/**
 * The truthiness of a constant expression (`True`, `0`, `"x"`, `(a, "msg")`, `[]`), or null when
 * the node is not a constant whose truth is known without running it.
 */
export function constantTruth(node: SyntaxNode | null | undefined): boolean | null {
  if (!node) return null;
  switch (node.type) {
    case 'true':
    case 'ellipsis':
      return true;
    case 'false':
    case 'none':
      return false;
    case 'integer':
    case 'float':
    case 'unary_operator': {
      const v = numericValue(node);
      return v === null ? null : v !== 0;
    }
    case 'string':
    case 'concatenated_string': {
      const v = stringValue(node);
      return v === null ? null : v.length > 0;
    }
    case 'parenthesized_expression':
      return constantTruth(node.firstNamedChild);
    case 'tuple':
    case 'list':
    case 'dictionary':
    case 'set':
      // A non-empty display is true whatever it holds; an empty one is false.
      return node.namedChildren.some((c) => c.type !== 'comment');
    default:
      return null;
  }
}

/** True for a literal (number, string, bool, None, or a display of literals). */
export function isLiteral(node: SyntaxNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'unary_operator') return numericValue(node) !== null;
  if (node.type === 'string') return stringValue(node) !== null;
  if (node.type === 'concatenated_string') return stringValue(node) !== null;
  if (!LITERAL_TYPES.has(node.type)) return false;
  if (node.type === 'tuple' || node.type === 'list' || node.type === 'set') return node.namedChildren.every((c) => c.type === 'comment' || isLiteral(c));
  if (node.type === 'dictionary') {
    return node.namedChildren.every((c) => c.type === 'comment' || (c.type === 'pair' && isLiteral(c.childForFieldName('key')) && isLiteral(c.childForFieldName('value'))));
  }
  return true;
}

/** A comparison with exactly one operator: its operator (`==`, `is not`, `not in` …) and two operands. */
export function simpleComparison(node: SyntaxNode | null | undefined): { op: string; left: SyntaxNode; right: SyntaxNode } | null {
  const operands = comparisonOperands(node);
  // The operands first (shared with the other rules through the memo below): the operator nodes
  // are only fetched for the comparisons with two operands.
  if (!operands || operands.length !== 2) return null;
  const ops = comparisonNode!.childrenForFieldName('operators');
  if (ops.length !== 1) return null;
  return { op: ops[0]!.type.replace(/\s+/g, ' '), left: operands[0]!, right: operands[1]! };
}

let comparisonAsked: SyntaxNode | null | undefined = null;
/** The `comparison_operator` behind the last node asked (parentheses removed), or null. */
let comparisonNode: SyntaxNode | null = null;
let comparisonValue: SyntaxNode[] | null = null;

/**
 * The operands of a comparison (any length), or null when `node` is no comparison. Remembers the
 * last node, as `redundant-assertion` and `magic-number-test` ask about the same assertion operand
 * in a row (`namedChildren` builds a node object per operand).
 */
export function comparisonOperands(node: SyntaxNode | null | undefined): SyntaxNode[] | null {
  if (!node || node !== comparisonAsked) {
    let inner = node ?? null;
    while (inner && inner.type === 'parenthesized_expression') inner = inner.firstNamedChild;
    comparisonNode = inner && inner.type === 'comparison_operator' ? inner : null;
    comparisonValue = comparisonNode ? comparisonNode.namedChildren.filter((c) => c.type !== 'comment') : null;
    comparisonAsked = node;
  }
  return comparisonValue;
}

/** A statement that skips the test: `pytest.skip(…)`, `self.skipTest(…)`, `raise unittest.SkipTest(…)`, `return`. */
export function isSkipStatement(stmt: SyntaxNode): boolean {
  if (stmt.type === 'return_statement') return stmt.namedChildCount === 0;
  if (stmt.type === 'expression_statement') {
    const expr = stmt.firstNamedChild;
    return expr?.type === 'call' && isSkipCall(calleeName(expr));
  }
  if (stmt.type === 'raise_statement') {
    const raised = stmt.firstNamedChild;
    const name = raised?.type === 'call' ? calleeName(raised) : raised ? raised.text : null;
    return !!name && /(^|\.)(SkipTest|Skipped|skip\.Exception)$/.test(name);
  }
  return false;
}

/** The identifiers a binding target (`a`, `a, *b`, `(a, [b, c])`) binds; attributes and subscripts bind none. */
export function boundNames(target: SyntaxNode | null | undefined, out: string[] = []): string[] {
  if (!target) return out;
  switch (target.type) {
    case 'identifier':
      out.push(target.text);
      break;
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'list_splat_pattern':
    case 'parenthesized_expression':
    case 'as_pattern_target':
      for (const c of target.namedChildren) boundNames(c, out);
      break;
    default:
      break;
  }
  return out;
}

let leftNode: SyntaxNode | null = null;
let leftValue: SyntaxNode | null = null;
let rightNode: SyntaxNode | null = null;
let rightValue: SyntaxNode | null = null;

/**
 * The `left` of an `assignment` node. Remembers the last node: the locals collector, `eager-test`
 * and `unknown-test` read the sides of the same assignment in a row, and each side is a node to
 * build. The two sides are asked separately, as a rule often needs only one of them.
 */
export function assignmentLeft(node: SyntaxNode): SyntaxNode | null {
  if (node !== leftNode) {
    leftValue = childByField(node, 'left');
    leftNode = node;
  }
  return leftValue;
}

/** The `right` of an `assignment` node (null for a bare annotation `x: int`); remembered as `assignmentLeft`. */
export function assignmentRight(node: SyntaxNode): SyntaxNode | null {
  if (node !== rightNode) {
    rightValue = childByField(node, 'right');
    rightNode = node;
  }
  return rightValue;
}

/** `name = …` / `name: T = …`: an assignment to one plain name, read from its text. */
const PLAIN_TARGET = /^([A-Za-z_]\w*)[ \t]*[=:]/;

let boundNode: SyntaxNode | null = null;
let boundValue: string[] = [];

/**
 * Names bound by a node the walk dispatches: an assignment, a `for`, a `with … as`, a walrus.
 * Remembers the last node, as the metrics collector and `obscure-inline-setup` ask in a row.
 */
export function namesBoundBy(node: SyntaxNode): string[] {
  if (node !== boundNode) {
    boundValue = computeNamesBoundBy(node);
    boundNode = node;
  }
  return boundValue;
}

function computeNamesBoundBy(node: SyntaxNode): string[] {
  switch (node.type) {
    case 'assignment': {
      // Most assignments bind one plain name: its text says which, without building the target
      // node. Keywords and soft keywords (`print`, `match`…) are left to the tree.
      const plain = PLAIN_TARGET.exec(node.text);
      if (plain && !NOT_PLAIN_NAMES.has(plain[1]!)) return [plain[1]!];
      return boundNames(assignmentLeft(node));
    }
    case 'augmented_assignment':
    case 'for_statement':
      return boundNames(childByField(node, 'left'));
    case 'named_expression':
      return boundNames(childByField(node, 'name'));
    case 'as_pattern':
      // `with x as y` (inside a with_item); `except E as e` binds no lasting local.
      return node.parent?.type === 'with_item' ? boundNames(childByField(node, 'alias')) : [];
    default:
      return [];
  }
}

/** Node types whose `namesBoundBy` is not empty: what a locals counter listens to. */
export const BINDING_NODE_TYPES = ['assignment', 'augmented_assignment', 'for_statement', 'named_expression', 'as_pattern'] as const;

/** The words of a test name: `testAssertIsNone` → assert, is, none; `test_eq_ordering` → eq, ordering. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/_+/).filter(Boolean);
}

/** Test-name words that say the test is about comparing: equality, ordering, identity. */
const COMPARISON_WORD = /^(eq|equal|equals|equality|inequality|unequal|ne|lt|le|gt|ge|cmp|richcmp|compare|compares|comparison|comparisons|comparing|richcompare|order|ordering|ordered|identity|identical|reflexive)$/;
/** A test whose name says it is about comparing (`test_eq`, `testInequality`, `test_eq_with_none`): comparisons are its subject. */
export function isAboutComparison(name: string): boolean {
  return nameWords(name).some((w) => COMPARISON_WORD.test(w));
}

/** Source of a node for a message: on one line, whitespace runs collapsed, cut at `max` characters. */
export function codeForMessage(node: SyntaxNode, max = 60): string {
  const text = node.text.replace(/\s*\n\s*/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
