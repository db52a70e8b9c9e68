/**
 * What the class-level smells (general fixture, lack of cohesion) need to know about a test class:
 * its methods by name, the `self.x` fields each method mentions and the `self.m()` methods it calls,
 * read from each method's own source text (no walk of the tree).
 */
import type { SyntaxNode } from 'tree-sitter';
import type { ClassScope } from '../facts.js';
import { childByField } from '../python.js';
import { statementsOf } from './syntax.js';

export interface MethodFacts {
  name: string;
  node: SyntaxNode;
  /** Fields read or written as `self.<name>` anywhere in the method. */
  fields: Map<string, number>;
  /** Methods called as `self.<name>(…)`. */
  calls: Set<string>;
  /** Reaches `self` in ways that hide which fields it uses (`getattr(self, …)`, `vars(self)`, `self.__dict__`). */
  dynamic: boolean;
}

const SELF_ATTR = /\bself\s*\.\s*([A-Za-z_]\w*)(\s*\()?/g;
const DYNAMIC_SELF = /\b(getattr|setattr|hasattr|vars)\(\s*self\b|\bself\.__dict__/;

/** The `def` statements directly in a class body (decorated or not). */
export function methodNodes(cls: ClassScope): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const stmt of statementsOf(childByField(cls.node, 'body'))) {
    const def = stmt.type === 'decorated_definition' ? childByField(stmt, 'definition') : stmt;
    if (def?.type === 'function_definition') out.push(def);
  }
  return out;
}

const memo = new WeakMap<ClassScope, Map<string, MethodFacts>>();

/** The methods of a class, with the fields and self-methods each one mentions. */
export function methodsOf(cls: ClassScope): Map<string, MethodFacts> {
  let methods = memo.get(cls);
  if (methods) return methods;
  methods = new Map();
  for (const node of methodNodes(cls)) {
    const name = childByField(node, 'name')?.text ?? '';
    const text = childByField(node, 'body')?.text ?? '';
    const fields = new Map<string, number>();
    const calls = new Set<string>();
    for (const m of text.matchAll(SELF_ATTR)) {
      if (m[2]) calls.add(m[1]!);
      else fields.set(m[1]!, (fields.get(m[1]!) ?? 0) + 1);
    }
    methods.set(name, { name, node, fields, calls, dynamic: DYNAMIC_SELF.test(text) });
  }
  memo.set(cls, methods);
  return methods;
}

/**
 * `self.x = …` (also `self.x: T = …`, `self.a = self.b = …`) statements directly in a method body:
 * field → line; also `self.a, self.b = A(), B()`. Fields that are a by-product are left out: one
 * target of an unpacking of one value (`self.host, self.port = sock.getsockname()`: the setup cannot build one without the other), and
 * a name kept for something the setup installs elsewhere (`self.debug = smtpd.DEBUGSTREAM = StringIO()`).
 */
export function fieldsAssignedIn(method: SyntaxNode): Map<string, number> {
  const out = new Map<string, number>();
  for (const stmt of statementsOf(childByField(method, 'body'))) {
    if (stmt.type !== 'expression_statement') continue;
    const targets: SyntaxNode[] = [];
    let installs = false;
    for (let assign = stmt.firstNamedChild; assign?.type === 'assignment'; assign = childByField(assign, 'right')) {
      const left = childByField(assign, 'left');
      if (!left) continue;
      if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
        // `self.a, self.b = A(), B()` builds two values; `self.a, self.b = pair()` unpacks one.
        const right = childByField(assign, 'right');
        if (right?.type === 'expression_list' || right?.type === 'tuple') targets.push(...left.namedChildren.filter(isSelfAttribute));
        continue;
      }
      if (isSelfAttribute(left)) targets.push(left);
      else installs = true;
    }
    if (installs) continue;
    for (const t of targets) {
      const field = childByField(t, 'attribute')?.text;
      if (field && !out.has(field)) out.set(field, stmt.startPosition.row + 1);
    }
  }
  return out;
}

function isSelfAttribute(node: SyntaxNode): boolean {
  return node.type === 'attribute' && childByField(node, 'object')?.text === 'self';
}

/** True when the class only derives from `TestCase`/`object` (no mixins or bases whose methods we cannot see). */
export function hasOnlyFrameworkBases(cls: ClassScope): boolean {
  return cls.bases.every((b) => /(^|\.)(TestCase|IsolatedAsyncioTestCase|object)$/.test(b));
}
