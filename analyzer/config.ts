/**
 * Configuration: the user's `testaudit.config.json`, the presets it extends, and the effective
 * configuration every audit records. Validation is strict: an unknown key, rule id or option is a
 * ConfigurationError naming it, before anything is written.
 */
import { PYTEST_DEFAULTS, type PytestCollection } from './collection.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigurationError, formatIssues } from '../src/lib/errors.js';
import { SECTION_IDS } from '../src/report/model.js';
import type { Severity } from '../src/lib/schema.js';
import { parseMatcher, type CapabilityConfig } from './capabilities.js';
import { buildCustomRule, customRuleSchema, type CustomRuleDef } from './custom-rules.js';
import { PRESET_NAMES, type PresetName, type Rule } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';

const settingSeveritySchema = z.enum(['off', 'info', 'warning', 'error']);

const ruleSettingSchema = z.union([
  settingSeveritySchema,
  z
    .object({
      severity: settingSeveritySchema.optional().describe('`off` disables the rule.'),
      options: z.record(z.string(), z.unknown()).optional().describe("The rule's options (see the rule reference)."),
      categories: z.array(z.string()).nullable().optional().describe('Test categories the rule applies to; null for all.'),
      paths: z.array(z.string()).optional().describe('Globs the rule is limited to (relative to the root).'),
    })
    .strict(),
]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

const capabilitySchema = z
  .object({
    name: z.string().min(1).describe('What the product can do, e.g. "token refresh".'),
    match: z
      .array(z.string())
      .min(1)
      .describe('Words (matched as whole words, case-insensitively, in test names, class names, docstrings and string literals; snake_case and camelCase are split) or `/regular expressions/flags`.'),
    categories: z.array(z.string()).optional().describe('Only tests of these categories count (e.g. only `e2e` for "end-to-end login").'),
    paths: z.array(z.string()).optional().describe("Globs of the files whose tests count (default: the area's)."),
    severity: settingSeveritySchema.exclude(['off']).optional().describe('Severity of `uncovered-capability` for this capability.'),
  })
  .strict()
  .superRefine((cap, ctx) => {
    cap.match.forEach((m, i) => {
      try {
        parseMatcher(m);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['match', i], message: (error as Error).message });
      }
    });
  });

const areaSchema = z.union([
  z.array(z.string()).describe('Globs of the area'),
  z
    .object({
      paths: z.array(z.string()),
      capabilities: z.array(capabilitySchema).optional().describe('Capabilities of the area, each covered by the tests that match it.'),
    })
    .strict(),
]);

const namedValueSchema = z.union([
  z.string().min(1),
  z
    .object({
      value: z.string().min(1),
      minTests: z.number().int().min(0).optional().describe('Tests that must reference it (default: the `named-value-untested` option).'),
    })
    .strict(),
]);

export { PRESET_NAMES, type PresetName } from './rule.js';

/** The user configuration file. */
export const configFileSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z
      .string()
      .optional()
      .describe('Preset to start from (`recommended`, the default, or `real-services`), or a configuration file to build on: a path starting with `./` or `../` (JSON, or a pyproject.toml with `[tool.testaudit]`) or an installed package\'s file (`@acme/testaudit-config/config.json`).'),
    title: z.string().optional().describe('Title of the audits.'),
    standards: z.array(z.string()).optional().describe('Names of the written standards this configuration encodes.'),
    include: z.array(z.string()).optional().describe("Globs of files to audit, replacing pytest's `python_files` (default: the suite's `python_files`, else pytest's test_*.py and *_test.py, plus conftest.py)."),
    exclude: z.array(z.string()).optional().describe('Globs of files to leave out.'),
    pytestConfig: z
      .union([z.literal(false), z.string().min(1)])
      .optional()
      .describe("The suite's pytest configuration: `false` ignores it (pytest's defaults apply); a path (relative to the audited root) reads that file as pytest's `-c` would. Default: found as pytest finds it."),
    categories: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Test categories: name → directory names that put a file in it.'),
    areas: z.record(z.string(), areaSchema).optional().describe('Areas of the product: name → path globs.'),
    assertionHelpers: z.array(z.string()).optional().describe('Functions that count as assertions (dotted or last names).'),
    namedValues: z
      .array(namedValueSchema)
      .optional()
      .describe('Canonical strings the suite must spell exactly (event names, service ids, header names), optionally with a minimum number of tests referencing each.'),
    rules: z
      .object({ custom: z.array(customRuleSchema).optional().describe('Declarative rules: id, message, why, howToFix, scope and one matcher.') })
      .catchall(ruleSettingSchema)
      .optional()
      .describe('Per-rule severity, options and scope; `custom` adds declarative rules.'),
    report: z
      .object({
        skip: z.array(z.enum(SECTION_IDS)).optional().describe('Report sections to leave out.'),
        maxItems: z.number().int().min(1).optional().describe('Longest list before "… and N more" (default 20).'),
        emoji: z.boolean().optional().describe('Emoji in the report (default true).'),
      })
      .strict()
      .optional()
      .describe('How `testaudit audit` and `testaudit report --config` render report.md; not part of the standards.'),
    scoring: z
      .object({
        weights: z.object({ error: z.number().min(0), warning: z.number().min(0), info: z.number().min(0) }).strict().optional(),
        ruleCap: z.number().min(1).optional(),
        target: z.number().min(0).max(100).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
/** The parsed config file; `rules` spelt out, since zod's catchall type cannot express "every key but `custom`". */
export type ConfigFile = Omit<z.infer<typeof configFileSchema>, 'rules'> & {
  rules?: Record<string, RuleSetting | CustomRuleDef[]> & { custom?: CustomRuleDef[] };
};

export interface EffectiveRule {
  id: string;
  severity: Severity;
  options: Record<string, unknown>;
  scope: { categories: string[] | null; paths: string[] };
}

/** A canonical string and the tests required to reference it (null: the rule's default). */
export interface NamedValueConfig {
  value: string;
  minTests: number | null;
}

export interface EffectiveConfig {
  preset: PresetName;
  title: string | null;
  standards: string[];
  include: string[];
  exclude: string[];
  categories: Record<string, string[]>;
  areas: Array<{ name: string; paths: string[]; capabilities: CapabilityConfig[] }>;
  assertionHelpers: string[];
  namedValues: NamedValueConfig[];
  /** Definitions of the custom rules (preset's and user's); `rules` says which are enabled. */
  customRules: CustomRuleDef[];
  /** Enabled rules, in catalogue order. */
  rules: EffectiveRule[];
  scoring: { weights: Record<Severity, number>; ruleCap: number; target: number };
  /** How pytest collects this suite: its own configuration's effective values, or pytest's defaults. */
  collection: PytestCollection;
}

export const DEFAULT_INCLUDE = ['**/test_*.py', '**/*_test.py', '**/conftest.py'];

export const DEFAULT_CATEGORIES: Record<string, string[]> = {
  unit: ['unit', 'unit_tests', 'unittests'],
  integration: ['integration', 'integration_tests'],
  e2e: ['e2e', 'e2e_tests', 'end_to_end'],
  performance: ['performance', 'perf', 'load'],
  smoke: ['smoke'],
};

/**
 * A preset's rule settings, derived from each rule's `meta.presets` (the single source: a rule says
 * which presets enable it, always at its `meta.severity`), in catalogue order. Rules no preset names
 * (`lack-of-cohesion`, whose word-similarity measure still flags classes a reader calls cohesive, and
 * the rules of capabilities and named values) are opt-in.
 */
export function presetRules(name: PresetName, rules: readonly Rule[] = RULES): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const { meta } of rules) {
    const entry = meta.presets?.[name];
    if (entry === undefined) continue;
    settings[meta.id] = entry === true ? meta.severity : { severity: meta.severity, options: entry.options };
  }
  return settings;
}

/** Presets: starting points a config `extends`. Rules not named are off. */
export const PRESETS: Record<PresetName, { description: string; config: ConfigFile }> = {
  recommended: {
    description: 'Generic pytest hygiene for any suite: file size, absolute imports, docstrings, async hygiene, markers per category, and the test-smell catalogue.',
    config: { rules: presetRules('recommended') },
  },
  'real-services': {
    description:
      'The real-services standard: everything in `recommended` (test smells included), plus no mocks in integration/e2e, Business Value Justification docstrings, no direct environment access, approved helpers and authenticated e2e tests.',
    config: {
      standards: ['No mocks in integration and e2e tests', 'Business Value Justification in every test module', 'Absolute imports only', 'Isolated environment access', 'Markers per category', 'Shared test framework helpers', 'Authenticated e2e tests', 'Test modules under 750 lines', 'No hard-coded ports'],
      rules: {
        ...presetRules('real-services'),
        // The worked example of a declarative rule (README: "Custom rules").
        custom: [
          {
            id: 'no-hardcoded-ports',
            message: 'Hard-coded port in `{match}`; take the service address from the environment or the test framework.',
            severity: 'warning',
            category: 'real-services',
            description: 'Tests do not hard-code service ports (`localhost:8000`, `http://db:5432`, `port=6379` in strings).',
            why: 'A hard-coded port ties the test to one machine\'s layout: it fails (or, worse, talks to the wrong service) in CI, in Docker, or when two suites run in parallel.',
            howToFix: 'Read the address from the environment or from the fixtures that start the services; list a port that really is fixed in the rule\'s `allow` option.',
            notReported: 'URLs that are test data: RFC 2606/6761 example hosts (`example.com`, `*.test`, `*.invalid`, `*.localhost`), values in assertions, `parametrize` arguments and tables of cases, arguments of URL parsers and builders (`urlparse`, `URL`, `Request`), and tests that route requests to an in-process app (`MockTransport`, `TestClient`).',
            bannedLiteral: {
              pattern: String.raw`\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0):\d{2,5}\b|(?<=://(?:[^/@\s]*@)?)[\w.-]+:\d{2,5}\b|\bport\s*=\s*\d{2,5}\b`,
              allow: [],
              // RFC 2606 / 6761 reserved names resolve to no service anywhere: always examples.
              allowPattern: String.raw`^(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:test|example|invalid|localhost))(?::\d+)?$`,
              testData: {
                calls: ['urlparse', 'urlsplit', 'urljoin', 'urlunparse', 'urlunsplit', 'urldefrag', 'splithost', 'splitport', 'splitnport', 'splittype', 'splituser', 'parse_url', 'URL', 'Url', 'Request', 'prepare_url'],
                inProcess: ['MockTransport', 'ASGITransport', 'WSGITransport', 'TestClient', 'test_client', 'respx', 'requests_mock', 'responses.add'],
              },
            },
          },
        ],
      },
    },
  },
};

/** Parse `raw` (already JSON-decoded) as a config file; `source` names it in errors. */
export function parseConfigFile(raw: unknown, source: string): ConfigFile {
  const result = configFileSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigurationError(formatIssues(result.error.issues).map((l) => `${source}: ${l}`).join('\n'));
  }
  const custom = result.data.rules?.custom ?? [];
  const problems: string[] = [];
  const seen = new Set<string>();
  custom.forEach((def, i) => {
    if (RULES_BY_ID.has(def.id)) problems.push(`${source}: rules.custom.${i}.id: "${def.id}" is a built-in rule; choose another id`);
    else if (seen.has(def.id)) problems.push(`${source}: rules.custom.${i}.id: "${def.id}" is defined twice`);
    seen.add(def.id);
  });
  if (problems.length) throw new ConfigurationError(problems.join('\n'));
  const customIds = new Set([...seen, ...Object.values(PRESETS).flatMap((p) => (p.config.rules?.custom ?? []).map((d) => d.id))]);
  const unknown = Object.keys(result.data.rules ?? {}).filter((id) => id !== 'custom' && !RULES_BY_ID.has(id) && !customIds.has(id));
  if (unknown.length) {
    throw new ConfigurationError(
      unknown.map((id) => `${source}: rules.${id}: unknown rule id "${id}"${suggest(id)}`).join('\n'),
    );
  }
  return result.data as ConfigFile;
}

/** The known rule id sharing the most words with `id`, as a hint. */
function suggest(id: string): string {
  const words = new Set(id.toLowerCase().split(/[-_ ]+/));
  let best: string | null = null;
  let bestScore = 0;
  for (const known of RULES.map((r) => r.meta.id)) {
    const score = known.split('-').filter((w) => words.has(w)).length;
    if (score > bestScore) [best, bestScore] = [known, score];
  }
  return best ? ` (did you mean "${best}"?)` : ' (see the rule reference in the README)';
}

export interface ResolveOptions {
  /** `--preset`, which wins over the file's `extends`. */
  preset?: PresetName;
  /** Name of the config file for messages and `standards`. */
  source?: string;
  /** Values discovered in the suite (e.g. pytest-asyncio's mode) used as option defaults. */
  suiteDefaults?: Record<string, Record<string, unknown>>;
}

/** Merge preset and user config into the effective configuration, validating every rule's options. */
export function resolveConfig(user: ConfigFile | null, opts: ResolveOptions = {}): EffectiveConfig {
  const named = user?.extends;
  // A file in `extends` is folded in by readUserConfig (config-sources.ts) before this is called.
  if (named !== undefined && !(PRESET_NAMES as readonly string[]).includes(named)) {
    throw new ConfigurationError(`${opts.source ?? 'configuration'}: extends: "${named}" is not a preset (${PRESET_NAMES.join(', ')}).`);
  }
  const presetName: PresetName = opts.preset ?? (named as PresetName | undefined) ?? 'recommended';
  const preset = PRESETS[presetName].config;
  const source = opts.source ?? 'configuration';
  const settings = { ...preset.rules } as Record<string, RuleSetting>;
  delete settings.custom;
  // The coverage rules are on whenever their feature is configured (a setting can still turn them off).
  const capabilitiesConfigured = Object.values(user?.areas ?? {}).some((a) => !Array.isArray(a) && (a.capabilities?.length ?? 0) > 0);
  if (capabilitiesConfigured) settings['uncovered-capability'] ??= 'warning';
  if (user?.namedValues?.length) {
    settings['named-value-typo'] ??= 'error';
    settings['named-value-untested'] ??= 'warning';
  }
  const customRules = new Map<string, CustomRuleDef>();
  for (const def of [...(preset.rules?.custom ?? []), ...(user?.rules?.custom ?? [])]) {
    customRules.set(def.id, def);
    // A custom rule is on at its own severity unless a setting says otherwise.
    settings[def.id] ??= def.severity ?? 'warning';
  }
  for (const [id, setting] of Object.entries(user?.rules ?? {})) {
    if (id === 'custom') continue;
    const base = settings[id];
    settings[id] = mergeSetting(base, setting as RuleSetting);
  }
  const rules: EffectiveRule[] = [];
  const problems: string[] = [];
  for (const rule of [...RULES, ...[...customRules.values()].map(buildCustomRule)]) {
    const setting = settings[rule.meta.id] as RuleSetting | undefined;
    if (setting === undefined) continue;
    const s = typeof setting === 'string' ? { severity: setting } : setting;
    if (s.severity === 'off') continue;
    const optionsInput = { ...(opts.suiteDefaults?.[rule.meta.id] ?? {}), ...(s.options ?? {}) };
    const parsed = rule.meta.options.safeParse(optionsInput);
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error.issues, ['rules', rule.meta.id, 'options']).map((l) => `${source}: ${l}`));
      continue;
    }
    rules.push({
      id: rule.meta.id,
      severity: s.severity ?? rule.meta.severity,
      options: parsed.data as Record<string, unknown>,
      scope: {
        categories: s.categories !== undefined ? s.categories : rule.meta.categories ? [...rule.meta.categories] : null,
        paths: s.paths ?? customRules.get(rule.meta.id)?.scope?.paths ?? [],
      },
    });
  }
  if (problems.length) throw new ConfigurationError(problems.join('\n'));

  const areas = Object.entries(user?.areas ?? {}).map(([name, a]) => {
    const paths = Array.isArray(a) ? a : a.paths;
    const capabilities = (Array.isArray(a) ? [] : (a.capabilities ?? [])).map(
      (c): CapabilityConfig => ({ name: c.name, match: c.match, categories: c.categories ?? null, paths: c.paths ?? paths, severity: c.severity ?? null }),
    );
    return { name, paths, capabilities };
  });
  return {
    preset: presetName,
    title: user?.title ?? null,
    standards: user?.standards ?? preset.standards ?? [],
    include: user?.include ?? DEFAULT_INCLUDE,
    exclude: user?.exclude ?? [],
    categories: user?.categories ?? DEFAULT_CATEGORIES,
    areas,
    assertionHelpers: user?.assertionHelpers ?? [],
    namedValues: (user?.namedValues ?? []).map((v) => (typeof v === 'string' ? { value: v, minTests: null } : { value: v.value, minTests: v.minTests ?? null })),
    customRules: [...customRules.values()],
    rules,
    scoring: {
      weights: { error: 10, warning: 3, info: 1, ...(user?.scoring?.weights ?? {}) },
      ruleCap: user?.scoring?.ruleCap ?? 3,
      target: user?.scoring?.target ?? 90,
    },
    collection: PYTEST_DEFAULTS,
  };
}

function mergeSetting(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  if (typeof over === 'string') {
    if (base === undefined || typeof base === 'string' || over === 'off') return over;
    return { ...base, severity: over };
  }
  const b = typeof base === 'string' ? { severity: base } : (base ?? {});
  return { ...b, ...over, options: { ...(b.options ?? {}), ...(over.options ?? {}) } };
}

/** sha256 of the parts of the configuration that change findings or scores. */
export function configDigest(config: EffectiveConfig): string {
  const { categories, assertionHelpers, rules, scoring, include, exclude } = config;
  // Features left unconfigured add nothing, so that configurations without them keep their digest.
  const areas = config.areas.map(({ capabilities, ...a }) => (capabilities.length ? { ...a, capabilities } : a));
  const optional = {
    ...(config.namedValues.length ? { namedValues: config.namedValues } : {}),
    ...(config.customRules.length ? { customRules: config.customRules } : {}),
    // pytest's defaults add nothing, so that suites without a pytest configuration keep their digest.
    ...(collectionDigestPart(config.collection) ?? {}),
  };
  return createHash('sha256').update(stableJson({ categories, areas, assertionHelpers, rules, scoring, include, exclude, ...optional })).digest('hex');
}

/** The collection settings that change what is a test, when they differ from pytest's defaults. */
function collectionDigestPart(c: PytestCollection): { collection: Omit<PytestCollection, 'configFile' | 'configSection'> } | null {
  const { configFile: _file, configSection: _section, ...values } = c;
  const { configFile: _f, configSection: _s, ...defaults } = PYTEST_DEFAULTS;
  return stableJson(values) === stableJson(defaults) ? null : { collection: values };
}

/** The rule an effective rule id names: built in, or one of the configuration's custom rules. */
export function ruleOf(config: Pick<EffectiveConfig, 'customRules'>, id: string): Rule | undefined {
  const builtIn = RULES_BY_ID.get(id);
  if (builtIn) return builtIn;
  const def = config.customRules.find((d) => d.id === id);
  return def ? buildCustomRule(def) : undefined;
}

/** The configuration asks for each test's docstring and literals (capabilities or named values). */
export function needsTestText(config: Pick<EffectiveConfig, 'areas' | 'namedValues'>): boolean {
  return config.namedValues.length > 0 || config.areas.some((a) => a.capabilities.length > 0);
}

/** JSON with object keys sorted, so equal values always serialise to equal bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

