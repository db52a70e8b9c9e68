/**
 * Declarative custom rules (`rules.custom[]` in the config): a team's own rule without code — an
 * id, a message, why/how-to-fix text, a scope and exactly one matcher. Each definition is turned
 * into an ordinary `Rule` (meta + visitors), so it runs in the same single walk as the built-in
 * rules and is recorded, reported and scored exactly like them.
 */
import type { SyntaxNode } from 'tree-sitter';
import { z } from 'zod';
import type { Severity } from '../src/lib/schema.js';
import type { TestScope } from './facts.js';
import { importBindings, resolveName } from './imports.js';
import { calleeName, literalContent } from './python.js';
import { dataContextOf } from './test-data.js';
import { defineRule, type Rule, type RuleCategory } from './rule.js';

/** The matchers a custom rule can use; a rule has exactly one. */
export const CUSTOM_MATCHERS = ['bannedImport', 'bannedCall', 'requiredImport', 'requiredDocstringPhrase', 'bannedLiteral'] as const;
export type CustomMatcherKind = (typeof CUSTOM_MATCHERS)[number];

/** Compliance categories a custom rule may score under (the file-level ones). */
const CUSTOM_CATEGORIES = ['real-services', 'structure', 'documentation', 'async-hygiene', 'test-smells'] as const;

const moduleList = z.array(z.string().regex(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/, 'expected a dotted module name, e.g. "requests" or "unittest.mock"')).min(1);

export const customRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected a kebab-case id, e.g. "no-requests-in-unit"').describe('Stable kebab-case id, as findings and suppressions name it.'),
    message: z.string().min(1).describe('The finding\'s message; `{match}` is replaced by what matched (module, call, literal).'),
    severity: z.enum(['info', 'warning', 'error']).optional().describe('Default `warning`.'),
    category: z.enum(CUSTOM_CATEGORIES).optional().describe('Compliance category it scores under (default `structure`).'),
    description: z.string().min(1).optional().describe('What it checks, one line, for the rule reference (default: the message).'),
    why: z.string().min(1).describe('Why it matters.'),
    howToFix: z.string().min(1).describe('What to do instead.'),
    notReported: z.string().min(1).optional().describe('What the rule deliberately does not report (rule reference and rule pages).'),
    scope: z
      .object({
        paths: z.array(z.string()).optional().describe('Globs the rule is limited to.'),
        categories: z.array(z.string()).optional().describe('Test categories it applies to.'),
        markers: z.array(z.string()).optional().describe('Only tests carrying one of these markers (or modules whose `pytestmark` does).'),
      })
      .strict()
      .optional(),
    bannedImport: moduleList.optional().describe('Module prefixes that must not be imported (`requests` bans `requests.adapters` too).'),
    bannedCall: z.array(z.string().regex(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/, 'expected a dotted name, e.g. "requests.get"')).min(1).optional().describe('Dotted call names that must not be called, resolved through import aliases.'),
    requiredImport: moduleList.optional().describe('Every test module imports at least one of these modules (or a submodule).'),
    requiredDocstringPhrase: z.string().min(1).optional().describe('A phrase every test module\'s docstring contains (case-insensitive).'),
    bannedLiteral: z
      .object({
        pattern: z.string().min(1).describe('Regular expression searched in every string literal (docstrings excepted).'),
        allow: z.array(z.string()).optional().describe('Matched texts that are fine (e.g. `localhost:8080` of a documented fixture).'),
        allowPattern: z.string().min(1).optional().describe('Regular expression: matched texts it finds something in are fine (e.g. reserved example hosts).'),
        testData: z
          .object({
            calls: z.array(z.string()).default([]).describe('Calls whose arguments are data, by last name (parsers and builders: `urlparse`, `URL`).'),
            inProcess: z.array(z.string()).default([]).describe("Words that, in a test's body, route its requests to an in-process app (`MockTransport`, `TestClient`): its literals reach no service. A test that calls one of `calls` is a parsing test: its literals are data too."),
          })
          .strict()
          .optional()
          .describe('Skip literals that are test data: values in assertions, decorator arguments (`parametrize`), rows of a table of cases, arguments of `calls`, and literals of tests that call one of `calls` or mention an `inProcess` word.'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const given = CUSTOM_MATCHERS.filter((k) => rule[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: given.length === 0
          ? `no matcher; give exactly one of ${CUSTOM_MATCHERS.join(', ')}`
          : `${given.length} matchers (${given.join(', ')}); give exactly one, or write two rules`,
      });
    }
    for (const key of ['pattern', 'allowPattern'] as const) {
      const source = rule.bannedLiteral?.[key];
      if (source === undefined) continue;
      try {
        new RegExp(source, 'u');
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['bannedLiteral', key], message: `invalid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})` });
      }
    }
  });
export type CustomRuleDef = z.infer<typeof customRuleSchema>;

/** The matcher of a validated definition, as recorded in the audit's rule options. */
export function matcherOf(def: CustomRuleDef): { kind: CustomMatcherKind; value: unknown } {
  const kind = CUSTOM_MATCHERS.find((k) => def[k] !== undefined)!;
  return { kind, value: kind === 'bannedLiteral' ? def.bannedLiteral!.pattern : def[kind] };
}

const fill = (message: string, match: string): string => message.split('{match}').join(match);

/** `mod` is `prefix` or a submodule of it. */
const underModule = (mod: string, prefix: string): boolean => mod === prefix || mod.startsWith(`${prefix}.`);

/** An ordinary rule from a validated definition. */
export function buildCustomRule(def: CustomRuleDef): Rule {
  const { kind } = matcherOf(def);
  const wholeModule = kind === 'requiredImport' || kind === 'requiredDocstringPhrase';
  const options =
    kind === 'bannedLiteral'
      ? z.object({ allow: z.array(z.string()).default(def.bannedLiteral!.allow ?? []).describe('Matched texts that are fine.') }).strict()
      : z.object({}).strict();
  return defineRule({
    meta: {
      id: def.id,
      category: (def.category ?? 'structure') as RuleCategory,
      severity: (def.severity ?? 'warning') as Severity,
      description: def.description ?? def.message,
      why: def.why,
      howToFix: def.howToFix,
      ...(def.notReported ? { notReported: def.notReported } : {}),
      options: options as z.ZodType,
      categories: def.scope?.categories ?? null,
      ...(wholeModule ? { testModulesOnly: true } : {}),
      examples: { invalid: '', valid: '', illustrative: true },
      custom: true,
    },
    create(ctx) {
      const markers = def.scope?.markers?.length ? new Set(def.scope.markers) : null;
      const found: Array<{ node: SyntaxNode; test: TestScope | null; match: string }> = [];
      const moduleHasMarker = (): boolean => markers === null || ctx.file.moduleMarkers.some((m) => markers.has(m));
      const inScope = (test: TestScope | null): boolean => markers === null || (test ? test.markers.some((m) => markers.has(m)) : moduleHasMarker());
      const flush = (): void => {
        for (const f of found) if (inScope(f.test)) ctx.report({ node: f.node, message: fill(def.message, f.match) });
      };
      switch (kind) {
        case 'bannedImport': {
          const banned = def.bannedImport!;
          return {
            'module:exit'() {
              for (const imp of ctx.file.imports) {
                if (imp.level !== 0) continue;
                const full = imp.names.length && imp.names[0] !== '*' ? imp.names.map((n) => `${imp.module}.${n}`) : [imp.module];
                const hit = [imp.module, ...full].find((m) => banned.some((b) => underModule(m, b)));
                if (hit && moduleHasMarker()) ctx.report({ node: imp.node, message: fill(def.message, imp.module) });
              }
            },
          };
        }
        case 'bannedCall': {
          const banned = new Set(def.bannedCall!);
          const lasts = new Set(def.bannedCall!.map((c) => c.slice(c.lastIndexOf('.') + 1)));
          const calls: Array<{ node: SyntaxNode; test: TestScope | null; callee: string }> = [];
          return {
            call(node: SyntaxNode) {
              const callee = calleeName(node);
              if (callee && lasts.has(callee.slice(callee.lastIndexOf('.') + 1))) calls.push({ node, test: ctx.test, callee });
            },
            'module:exit'() {
              // Local names → what they stand for: `import requests as r` (r → requests),
              // `from os import environ` (environ → os.environ).
              const bound = importBindings(ctx.file.imports);
              for (const c of calls) {
                const resolved = resolveName(c.callee, bound);
                if (banned.has(resolved) || banned.has(c.callee)) found.push({ node: c.node, test: c.test, match: resolved });
              }
              flush();
            },
          };
        }
        case 'requiredImport': {
          const required = def.requiredImport!;
          return {
            'module:exit'() {
              if (!moduleHasMarker()) return;
              const ok = ctx.file.imports.some((imp) => imp.level === 0 && [imp.module, ...imp.names.map((n) => `${imp.module}.${n}`)].some((m) => required.some((r) => underModule(m, r))));
              if (!ok) ctx.report({ line: 1, message: fill(def.message, required.join(', ')) });
            },
          };
        }
        case 'requiredDocstringPhrase': {
          const phrase = def.requiredDocstringPhrase!;
          return {
            'module:exit'() {
              if (!moduleHasMarker()) return;
              const doc = ctx.file.docstring;
              if (doc && doc.text.toLowerCase().includes(phrase.toLowerCase())) return;
              ctx.report({ line: doc?.line ?? 1, message: fill(def.message, phrase) });
            },
          };
        }
        case 'bannedLiteral': {
          const re = new RegExp(def.bannedLiteral!.pattern, 'gu');
          const allow = new Set((ctx.options as { allow: string[] }).allow);
          const allowPattern = def.bannedLiteral!.allowPattern === undefined ? null : new RegExp(def.bannedLiteral!.allowPattern, 'u');
          const testData = def.bannedLiteral!.testData;
          const contexts = testData ? { calls: new Set(testData.calls), assertionHelpers: ctx.file.assertionHelpers } : null;
          const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          // A test that routes requests in-process, or calls a parser (a parsing test): its literals reach no service.
          const words = [...(testData?.inProcess ?? []).map((w) => `${escape(w)}\\b`), ...(testData?.calls ?? []).map((c) => `${escape(c)}\\s*\\(`)];
          const inProcess = words.length ? new RegExp(`\\b(?:${words.join('|')})`) : null;
          const inProcessTests = new Map<TestScope, boolean>();
          // The literal is test data, or a test that routes its requests in-process holds it.
          const isData = (node: SyntaxNode): boolean => {
            if (contexts && dataContextOf(node, contexts) !== null) return true;
            const test = ctx.test;
            if (!inProcess || !test?.body) return false;
            let routed = inProcessTests.get(test);
            if (routed === undefined) inProcessTests.set(test, (routed = inProcess.test(test.body.text)));
            return routed;
          };
          return {
            string(node: SyntaxNode) {
              const content = literalContent(node.text);
              re.lastIndex = 0;
              for (let m = re.exec(content); m; m = re.exec(content)) {
                if (m[0] === '') {
                  re.lastIndex++;
                  continue;
                }
                if (allow.has(m[0]) || allowPattern?.test(m[0])) continue;
                // Docstrings and other bare string statements are prose, not values. Asked only
                // on a match: the parent is a native call, and most literals match nothing.
                const parent = node.parent;
                if (parent?.type === 'expression_statement' && parent.namedChildCount === 1) return;
                if (isData(node)) return;
                found.push({ node, test: ctx.test, match: m[0] });
                break;
              }
            },
            'module:exit': flush,
          };
        }
      }
    },
  });
}
