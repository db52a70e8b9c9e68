/**
 * Small, pure helpers over tree-sitter-python nodes, shared by the walker and the rules so that
 * "a call of X", "a marker", "an assertion" mean the same thing everywhere.
 */
import Parser, { type SyntaxNode } from 'tree-sitter';
import Python from 'tree-sitter-python';

/**
 * Source that uses every field the hot paths ask for; parsed once to learn the grammar's field ids.
 * `childForFieldId` skips the name-to-id lookup (and the string conversion) `childForFieldName`
 * pays on each call; the ids are per language, so they hold for every tree of the process.
 */
const FIELD_SAMPLE = [
  '@d',
  'def f(a, b: int = 1) -> int:',
  '    x: int = g(y, k=1)',
  '    for i in z: pass',
  '    if (w := -1) < 2: pass',
  '    with o as p: pass',
  '    return a.b',
  'class C(B):',
  '    pass',
  'import m as n',
  'from m import q',
].join('\n');

let fieldIds: Map<string, number> | null = null;

function readFieldIds(): Map<string, number> {
  const parser = new Parser();
  parser.setLanguage(Python as unknown as Parser.Language);
  const ids = new Map<string, number>();
  const cursor = parser.parse(FIELD_SAMPLE).walk();
  walk: for (;;) {
    const name = cursor.currentFieldName;
    if (name) ids.set(name, cursor.currentFieldId);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) break walk;
  }
  return ids;
}

/** `node.childForFieldName(name)`, by the field's id when the sample taught it (see `FIELD_SAMPLE`). */
export function childByField(node: SyntaxNode, name: string): SyntaxNode | null {
  const id = (fieldIds ??= readFieldIds()).get(name);
  return id === undefined ? node.childForFieldName(name) : node.childForFieldId(id);
}

const DOTTED = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*$/;

/** `a.b.c` for an identifier or attribute chain of identifiers; null for anything else. */
export function dottedName(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  const type = node.type;
  if (type !== 'identifier' && type !== 'attribute') return null;
  const text = node.text;
  if (!DOTTED.test(text)) return null;
  return type === 'identifier' ? text : text.replace(/\s+/g, '');
}

/** The last segment of a dotted name: `assertEqual` for `self.assertEqual`. */
export function lastName(dotted: string): string {
  const dot = dotted.lastIndexOf('.');
  return dot === -1 ? dotted : dotted.slice(dot + 1);
}

let lastCall: SyntaxNode | null = null;
let lastCallee: string | null = null;

/**
 * Dotted name of the function a `call` node calls (`mock.patch.object`), or null for `f()()` and the
 * like. The walk hands one node object to the walker and then to every rule listening to `call`;
 * remembering the last answer computes it once for all of them.
 */
export function calleeName(call: SyntaxNode): string | null {
  if (call !== lastCall) {
    lastCallee = dottedName(childByField(call, 'function'));
    lastCall = call;
  }
  return lastCallee;
}

/** The argument nodes of a call: positional and keyword arguments, in order. */
export function callArguments(call: SyntaxNode): SyntaxNode[] {
  const args = childByField(call, 'arguments');
  if (!args || args.type !== 'argument_list') return args ? [args] : [];
  return args.namedChildren.filter((n) => n.type !== 'comment');
}

/** The value node of keyword argument `name=` in a call, if present. */
export function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | null {
  for (const arg of callArguments(call)) {
    if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
      return arg.childForFieldName('value');
    }
  }
  return null;
}

/** Positional (non-keyword, non-splat) argument nodes of a call. */
export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  return callArguments(call).filter(
    (a) => a.type !== 'keyword_argument' && a.type !== 'list_splat' && a.type !== 'dictionary_splat',
  );
}

/** The literal value of a plain (non-f, non-concatenated-with-expressions) string node, else null. */
export function stringValue(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const part of node.namedChildren) {
      const v = stringValue(part);
      if (v === null) return null;
      out += v;
    }
    return out;
  }
  if (node.type !== 'string') return null;
  let out = '';
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') out += child.text;
    else if (child.type === 'escape_sequence') out += unescape(child.text);
    else if (child.type === 'interpolation') return null;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
function unescape(seq: string): string {
  const c = seq[1] ?? '';
  return SIMPLE_ESCAPES[c] ?? seq;
}

const LITERAL_OPEN = /^[A-Za-z]*("""|'''|"|')/;

/**
 * The content of a `string` node's source text: prefix (`f`, `rb` …) and quotes removed, escapes
 * and interpolations left as written. Cheaper than `stringValue`, for matching words in literals.
 */
export function literalContent(text: string): string {
  const open = LITERAL_OPEN.exec(text);
  if (!open) return text;
  const quote = open[1]!;
  const end = text.length >= open[0].length + quote.length && text.endsWith(quote) ? text.length - quote.length : text.length;
  return text.slice(open[0].length, end);
}

/** The docstring of a module, class or function body: the first statement when it is a string expression. */
export function docstringOf(block: SyntaxNode | null): { node: SyntaxNode; text: string } | null {
  if (!block) return null;
  let first = block.firstNamedChild;
  while (first && first.type === 'comment') first = first.nextNamedSibling;
  if (!first || first.type !== 'expression_statement') return null;
  const expr = first.firstNamedChild;
  if (!expr || (expr.type !== 'string' && expr.type !== 'concatenated_string')) return null;
  const text = stringValue(expr);
  return text === null ? null : { node: expr, text };
}

/** A parameter list of plain names only, `(self, a, b)`: no default, annotation, splat, comment or line break. */
const PLAIN_PARAMETERS = /^\( *(?:[A-Za-z_]\w*(?: *, *[A-Za-z_]\w*)* *,? *)?\)$/;
/** Words the grammar does not read as plain parameter names (keywords, soft keywords): left to the tree. */
export const NOT_PLAIN_NAMES = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'match',
  'nonlocal', 'not', 'or', 'pass', 'print', 'raise', 'return', 'try', 'type', 'while', 'with', 'yield',
]);

/** Names of the parameters of a function definition, with `self`/`cls` first if present. */
export function parameterNames(fn: SyntaxNode): string[] {
  const params = childByField(fn, 'parameters');
  if (!params) return [];
  // Most parameter lists are plain names (`(self)`, `(client, tmp_path)`): read from the list's
  // text, they cost one native call instead of a node and a `text` per parameter.
  const source = params.text;
  if (PLAIN_PARAMETERS.test(source)) {
    const plain = source.slice(1, -1).split(',').map((n) => n.trim()).filter((n) => n !== '');
    if (!plain.some((n) => NOT_PLAIN_NAMES.has(n))) return plain;
  }
  const names: string[] = [];
  for (const p of params.namedChildren) {
    switch (p.type) {
      case 'identifier':
        names.push(p.text);
        break;
      case 'default_parameter':
      case 'typed_default_parameter':
      case 'typed_parameter': {
        const name = p.childForFieldName('name') ?? p.firstNamedChild;
        if (name?.type === 'identifier') names.push(name.text);
        break;
      }
      default:
        break; // *args, **kwargs, / and * separators are not fixtures
    }
  }
  return names;
}

/** Decorator expressions of a definition wrapped in a `decorated_definition`. */
export function decoratorsOf(definition: SyntaxNode): SyntaxNode[] {
  const parent = definition.parent;
  if (!parent || parent.type !== 'decorated_definition') return [];
  const out: SyntaxNode[] = [];
  for (const child of parent.namedChildren) {
    if (child.type === 'decorator') {
      const expr = child.firstNamedChild;
      if (expr) out.push(expr);
    }
  }
  return out;
}

/** Dotted name of a decorator expression, looking through a call: `pytest.mark.skip(reason=…)` → `pytest.mark.skip`. */
export function decoratorName(expr: SyntaxNode): string | null {
  return expr.type === 'call' ? calleeName(expr) : dottedName(expr);
}

const MARK = /^(?:pytest\.)?mark\.([A-Za-z_]\w*)$/;

/** The pytest marker a dotted name denotes (`pytest.mark.integration` → `integration`), else null. */
export function markerOf(dotted: string | null): string | null {
  if (!dotted) return null;
  const m = MARK.exec(dotted);
  return m ? m[1]! : null;
}

/** Markers named by a `pytestmark = …` value: a mark, or a list/tuple of marks. */
export function markersInValue(value: SyntaxNode | null): string[] {
  if (!value) return [];
  if (value.type === 'list' || value.type === 'tuple') return value.namedChildren.flatMap((v) => markersInValue(v));
  const m = markerOf(decoratorName(value));
  return m ? [m] : [];
}

const FIXTURE_DECORATORS = new Set(['pytest.fixture', 'fixture', 'pytest_asyncio.fixture', 'pytest.yield_fixture']);

/** True for `@pytest.fixture`, `@pytest.fixture(...)`, `@fixture`, `@pytest_asyncio.fixture`. */
export function isFixtureDecorator(expr: SyntaxNode): boolean {
  const name = decoratorName(expr);
  return name !== null && FIXTURE_DECORATORS.has(name);
}

const UNITTEST_SKIPS: Record<string, string> = {
  'unittest.skip': 'skip',
  'unittest.skipIf': 'skipif',
  'unittest.skipUnless': 'skipif',
  'unittest.expectedFailure': 'xfail',
  skip: 'skip',
  skipIf: 'skipif',
  skipUnless: 'skipif',
  expectedFailure: 'xfail',
};

/** `skip`, `skipif` or `xfail` for a skipping decorator (pytest marker or unittest decorator), else null. */
export function skipKindOf(expr: SyntaxNode): string | null {
  const name = decoratorName(expr);
  if (!name) return null;
  const marker = markerOf(name);
  if (marker === 'skip' || marker === 'skipif' || marker === 'xfail') return marker;
  return UNITTEST_SKIPS[name] ?? null;
}

/** Superclass dotted names of a class definition (keyword arguments such as `metaclass=` excluded). */
export function baseClassNames(cls: SyntaxNode): string[] {
  const args = childByField(cls, 'superclasses');
  if (!args) return [];
  const out: string[] = [];
  for (const a of args.namedChildren) {
    const name = dottedName(a);
    if (name) out.push(name);
  }
  return out;
}

export { normaliseCode } from '../src/lib/fingerprint.js';
