import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { TestScope } from '../facts.js';
import { calleeName, childByField, lastName } from '../python.js';
import { defineRule } from '../rule.js';
import { assertionOf } from '../smells/assertions.js';
import { assignmentLeft, assignmentRight, testNameNode } from '../smells/syntax.js';

/** Constructors of test doubles and values, not of the object under test. */
const NOT_UNDER_TEST = /^(Mock|MagicMock|AsyncMock|NonCallableMock|PropertyMock|StringIO|BytesIO|Path|PurePath|Decimal|Fraction|OrderedDict|Counter|defaultdict|deque|namedtuple|datetime|date|time|timedelta|Event|Lock|RLock|Thread|Queue|Process|Popen|Pool|Timer|Barrier|Condition|Semaphore|BoundedSemaphore|ThreadPoolExecutor|ProcessPoolExecutor|ExitStack)$|Error$|Exception$|Warning$|EventLoop$|Mock|Fake|Stub|Dummy|Spy/;

/** Releasing the object is cleanup, not one more behaviour under test. */
const CLEANUP_METHODS = new Set(['close', 'join', 'terminate', 'kill', 'cleanup', 'shutdown', 'dispose', 'release', 'unlink']);

/**
 * Read-only getters: how a test observes the state a behaviour left (`get_flags()`, `is_active()`,
 * `winfo_width()`, `keys()`), not behaviours of their own — unless the test calls nothing else
 * (then the getters are what it tests).
 */
const OBSERVER = /^(get|is|has|was|can|should|winfo|find|lookup|count|keys$|values$|items$|getvalue$|tell$|fileno$|isatty$|readable$|writable$|seekable$)(_|[A-Z]|$)|_(info|count|size|length)$/;

/**
 * Setup calls: configuring the object before the behaviour under test (`add_argument`,
 * `set_defaults`, `register_blueprint`, `setLevel`, `grid_configure`). `add`/`set` alone
 * (a set's `add`, a variable's `set`) are behaviours.
 */
const SETUP = /^(add_|set_|register|configure|config$|setdefault$|setLevel$|setFormatter$|create[A-Z_]|make_|new_)|_configure$/;

/**
 * The methods that are behaviours: neither setup nor getters, nor calls made only inside an
 * assertion (`assert parser.mtime() == 0` observes what `parser.read()` did). When that leaves
 * nothing, the observations are what the test exercises (`assertIsNone(p.connection_made(f))`,
 * a read-only API): they count.
 */
function behavioursOf(methods: Set<string>, inAssertions: Set<string>): Set<string> {
  const acting = new Set<string>();
  const observing = new Set<string>();
  for (const m of methods) {
    if (SETUP.test(m)) continue;
    (OBSERVER.test(m) ? observing : acting).add(m);
  }
  if (acting.size > 0) return acting;
  for (const m of inAssertions) if (!SETUP.test(m)) observing.add(m);
  return observing;
}

export default defineRule({
  meta: {
    id: 'eager-test',
    category: 'test-smells',
    severity: 'info',
    presets: { recommended: true, 'real-services': true },
    description: 'A test calls `methods` or more different methods of one object it built (`stack = Stack(); stack.push(…); stack.pop(); stack.peek(); stack.clear()`) (tsDetect/PyNose: Eager Test).',
    why: 'A test that exercises many methods of the object under test checks several behaviours at once: its name cannot say what it verifies, and a failure does not tell which behaviour broke.',
    howToFix: 'Split it into one test per behaviour (`test_push_then_pop_returns_last`, `test_clear_empties_stack`), sharing the construction through a fixture.',
    notReported: 'Calls on anything but the object under test (a local variable assigned from a class call, `x = ClassName(…)`, or a `self.x` field assigned so in `setUp`/`setup_method`): test doubles (`Mock…`, `Fake…`, `Stub…`), exceptions, standard value types, processes, pools and event loops are not counted. Nor are cleanup calls (`close`, `join`, `terminate`…), setup calls (`add_argument`, `set_defaults`, `register_…`, `configure`, factories such as `createElement`/`make_…`, methods used as decorators such as `@app.route`) and calls that observe the outcome: read-only getters (`get…`, `is…`, `has…`, `keys`) and calls made only inside assertions (`assert parser.mtime() == 0`) — unless observing is all the test does (then they are what it exercises).',
    options: z
      .object({
        methods: z
          .number()
          .int()
          .min(2)
          .default(4)
          .describe('Distinct methods of one object at which a test is eager (tsDetect and PyNose report 2; 4 leaves room for the calls one behaviour needs).'),
      })
      .strict(),
    categories: null,
    examples: {
      invalid: 'def test_stack():\n    stack = Stack()\n    stack.push(1)\n    stack.push(2)\n    stack.pop()\n    stack.reverse()\n    stack.clear()\n    assert stack.is_empty()',
      valid: 'def test_pop_returns_last_pushed():\n    stack = Stack()\n    stack.push(1)\n    stack.push(2)\n    assert stack.pop() == 2',
    },
  },
  create(ctx) {
    const helpers = ctx.file.assertionHelpers;
    // `self.x` fields built in a setup method, per class qualified name.
    const fields = new Map<string, Set<string>>();
    let inSetup: string | null = null;
    let setupStart = -1;
    let objects = new Map<string, Set<string>>();
    /** Methods called only inside an assertion (`assert parser.mtime() == 0`), per object: observations. */
    let observed = new Map<string, Set<string>>();
    /** End of the assertion the walk is inside (calls in it check the outcome), or -1. */
    let assertionEnd = -1;

    const constructed = (right: SyntaxNode | null): boolean => {
      if (right?.type !== 'call') return false;
      const callee = calleeName(right);
      if (!callee) return false;
      const name = lastName(callee);
      return /^[A-Z][a-z0-9]\w*$/.test(name) && !NOT_UNDER_TEST.test(name);
    };
    return {
      function_definition(node: SyntaxNode) {
        const cls = ctx.currentClass;
        if (ctx.test || !cls || inSetup !== null) return;
        const name = childByField(node, 'name')?.text;
        if (name === 'setUp' || name === 'setup_method') {
          inSetup = cls.qualifiedName;
          setupStart = node.startIndex;
        }
      },
      'function_definition:exit'(node: SyntaxNode) {
        if (inSetup !== null && node.startIndex === setupStart) inSetup = null;
      },
      'test:enter'() {
        objects = new Map();
        observed = new Map();
        assertionEnd = -1;
      },
      assert_statement(node: SyntaxNode) {
        if (ctx.inTestBody) assertionEnd = Math.max(assertionEnd, node.endIndex);
      },
      assignment(node: SyntaxNode) {
        if (inSetup === null && !ctx.inTestBody) return;
        // The right side first: most assignments construct nothing, and then the left is not built.
        if (!constructed(assignmentRight(node))) return;
        const left = assignmentLeft(node);
        if (!left) return;
        if (inSetup !== null && left.type === 'attribute' && childByField(left, 'object')?.text === 'self') {
          const set = fields.get(inSetup) ?? fields.set(inSetup, new Set()).get(inSetup)!;
          set.add(left.text);
        } else if (ctx.inTestBody && left.type === 'identifier') {
          objects.set(left.text, new Set());
        }
      },
      call(node: SyntaxNode) {
        if (!ctx.inTestBody) return;
        const callee = calleeName(node);
        if (!callee) return;
        const dot = callee.lastIndexOf('.');
        if (dot === -1) return;
        const receiver = callee.slice(0, dot);
        const method = callee.slice(dot + 1);
        if (assertionOf(node, helpers)) {
          assertionEnd = Math.max(assertionEnd, node.endIndex);
          return;
        }
        if (method.startsWith('__') || CLEANUP_METHODS.has(method)) return;
        // `@app.route("/")` on a function the test defines: configuring the object.
        if (node.parent?.type === 'decorator') return;
        let methods = objects.get(receiver);
        if (!methods && receiver.startsWith('self.') && ctx.test?.cls && fields.get(ctx.test.cls.qualifiedName)?.has(receiver)) {
          methods = new Set();
          objects.set(receiver, methods);
        }
        if (!methods) return;
        if (node.startIndex < assertionEnd) {
          const seen = observed.get(receiver) ?? observed.set(receiver, new Set()).get(receiver)!;
          seen.add(method);
        } else {
          methods.add(method);
        }
      },
      'test:exit'(test: TestScope) {
        let worst: [string, Set<string>] | null = null;
        for (const [receiver, called] of objects) {
          const behaviours = behavioursOf(called, observed.get(receiver) ?? new Set());
          if (!worst || behaviours.size > worst[1].size) worst = [receiver, behaviours];
        }
        if (!worst || worst[1].size < ctx.options.methods) return;
        const [receiver, methods] = worst;
        const shown = [...methods].slice(0, 5).map((m) => `\`${m}\``).join(', ');
        ctx.report({
          node: testNameNode(test),
          message: `Test \`${test.qualifiedName}\` calls ${methods.size} different methods of \`${receiver}\` (${shown}${methods.size > 5 ? ', …' : ''}): it checks several behaviours at once; split it.`,
        });
      },
    };
  },
});
