/**
 * Documentation generated from code, so it cannot drift: the README's rule reference (from each
 * rule's `meta`) and the published JSON Schemas (from the zod schemas). `npm run gen` writes them;
 * a test fails when the committed copies differ from what the code generates.
 */
import { z } from 'zod';
import { heading, codeBlock, code, list, paragraph, prose, root, strong, table, toGfm } from '../src/lib/mdast.js';
import { auditSchema } from '../src/lib/schema.js';
import { configFileSchema, PRESETS, PRESET_NAMES, type RuleSetting } from './config.js';
import { buildCustomRule, customRuleSchema, matcherOf } from './custom-rules.js';
import { RULE_CATEGORIES, type Rule } from './rule.js';
import { RULES as BUILT_IN } from './rules/index.js';
import { precisionLine, type PrecisionTable } from '../ecosystem/check.js';
import type { BlockContent, RootContent } from 'mdast';

/** JSON Schema of `audit.json`. */
export function auditJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(auditSchema), $id: 'https://testaudit.dev/schema/audit.schema.json', title: 'testaudit audit.json' };
}

/** JSON Schema of `testaudit.config.json`, with every rule's options spelled out for editors. */
export function configJsonSchema(): Record<string, unknown> {
  const severity = z.enum(['off', 'info', 'warning', 'error']);
  const ruleShape: Record<string, z.ZodType> = {};
  for (const rule of BUILT_IN) {
    ruleShape[rule.meta.id] = z
      .union([
        severity,
        z
          .object({
            severity: severity.optional(),
            options: (rule.meta.options as unknown as z.ZodObject).partial().optional(),
            categories: z.array(z.string()).nullable().optional(),
            paths: z.array(z.string()).optional(),
          })
          .strict(),
      ])
      .describe(rule.meta.description);
  }
  const anySetting = z.union([severity, z.object({ severity: severity.optional(), options: z.record(z.string(), z.unknown()).optional(), categories: z.array(z.string()).nullable().optional(), paths: z.array(z.string()).optional() }).strict()]);
  const schema = configFileSchema.extend({
    rules: z
      .object({ ...ruleShape, custom: z.array(customRuleSchema).describe('Declarative rules: id, message, why, howToFix, scope and exactly one matcher.') })
      .partial()
      // Custom rules' ids are the user's own: their settings are checked when the audit runs.
      .catchall(anySetting)
      .optional()
      .describe('Per-rule severity, options and scope; `custom` adds declarative rules.'),
  });
  return { ...z.toJSONSchema(schema, { io: 'input' }), $id: 'https://testaudit.dev/schema/config.schema.json', title: 'testaudit.config.json' };
}

/** Presets that enable a rule. */
function presetsOf(id: string): string[] {
  return PRESET_NAMES.filter((p) => {
    const config = PRESETS[p].config;
    if (config.rules?.custom?.some((d) => d.id === id)) return true;
    const s = config.rules?.[id] as RuleSetting | undefined;
    return s !== undefined && s !== 'off' && !(typeof s === 'object' && s.severity === 'off');
  });
}

interface OptionDoc {
  name: string;
  defaultValue: string;
  description: string;
}

function optionDocs(rule: Rule): OptionDoc[] {
  const shape = (rule.meta.options as unknown as z.ZodObject).shape ?? {};
  const parsed = rule.meta.options.parse({}) as Record<string, unknown>;
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    defaultValue: JSON.stringify(parsed[name]),
    description: (schema as z.ZodType).description ?? '',
  }));
}

function ruleSection(rule: Rule, precision: PrecisionTable | undefined): RootContent[] {
  const m = rule.meta;
  const scope = rule.checkSuite ? 'the suite as a whole' : m.categories ? `${m.categories.join(', ')} files` : 'every audited file';
  const presets = presetsOf(m.id);
  const out: RootContent[] = [
    heading(4, code(m.id)),
    paragraph(...prose(m.description)),
    list([
      [strong('Category:'), ` ${RULE_CATEGORIES[m.category]} · `, strong('default severity:'), ` ${m.severity} · `, strong('applies to:'), ` ${scope}${m.testModulesOnly ? ' (test modules, not conftest.py)' : ''}`],
      m.enabledWhen
        ? [strong('Presets:'), ' ', ...prose(`on in every preset whenever ${m.enabledWhen} configured`)]
        : [strong('Presets:'), ` ${presets.length ? presets.join(', ') : 'none (enable it in your config)'}`],
      [strong('Ecosystem check:'), ` ${precisionLine(precision, m.id)}`],
      ...(m.noqa?.length ? [[strong('Linter waivers honoured:'), ' ', ...m.noqa.flatMap((c, i) => (i === 0 ? [code(`# noqa: ${c}`)] : [', ', code(`# noqa: ${c}`)])), ' (and a bare ', code('# noqa'), ')']] : []),
    ]),
    paragraph(strong('Why is this bad?'), ' ', ...prose(m.why)),
    paragraph(strong('How to fix:'), ' ', ...prose(m.howToFix)),
    ...(m.notReported ? [paragraph(strong('Not reported:'), ' ', ...prose(m.notReported))] : []),
  ];
  const options = optionDocs(rule);
  if (options.length) {
    out.push(paragraph(strong('Options')), table(['Option', 'Default', 'Description'], options.map((o) => [code(o.name), code(o.defaultValue), prose(o.description)])));
  }
  if (m.custom) {
    const def = PRESET_NAMES.flatMap((p) => PRESETS[p].config.rules?.custom ?? []).find((d) => d.id === m.id);
    const matcher = def && matcherOf(def);
    if (matcher) out.push(paragraph(strong('Declared in the preset'), ' as a custom rule (see Custom rules) with the matcher ', code(matcher.kind), ': ', code(String(matcher.value)), '.'));
  } else if (!m.internal) {
    out.push(paragraph(strong('Example')), codeBlock(m.examples.invalid, 'python'), paragraph(strong('Use instead')), codeBlock(m.examples.valid, 'python'));
  }
  return out;
}

/**
 * The rule reference section of the README: every rule, by category, from its `meta`, with its
 * precision on the ecosystem check's labelled sample (`ecosystem/expected.json`) when measured.
 */
export function ruleReferenceMarkdown(precision?: PrecisionTable): string {
  const blocks: RootContent[] = [];
  const presetCustom = new Map(PRESET_NAMES.flatMap((p) => PRESETS[p].config.rules?.custom ?? []).map((d) => [d.id, d]));
  const RULES = [...BUILT_IN, ...[...presetCustom.values()].map(buildCustomRule)];
  const byCategory = Object.keys(RULE_CATEGORIES).flatMap((c) => RULES.filter((r) => r.meta.category === c));
  const summaryRows = byCategory.map((r) => [code(r.meta.id), RULE_CATEGORIES[r.meta.category], r.meta.severity, presetsOf(r.meta.id).join(', ') || (r.meta.enabledWhen ? 'when configured' : '—'), prose(r.meta.description)]);
  blocks.push(table(['Rule', 'Category', 'Default', 'Presets', 'What it checks'], summaryRows));
  for (const [category, title] of Object.entries(RULE_CATEGORIES)) {
    const rules = RULES.filter((r) => r.meta.category === category);
    if (rules.length === 0) continue;
    blocks.push(heading(3, title));
    for (const rule of rules) blocks.push(...ruleSection(rule, precision));
  }
  return toGfm(root(...blocks));
}

export type { BlockContent };
