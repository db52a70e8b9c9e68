/**
 * The data contract: `audit.json`, written by the analyzer, read by the report renderer and the site.
 *
 * One zod schema is the single source of truth: the TypeScript types are inferred from it, the
 * published JSON Schema (`schema/audit.schema.json`) is generated from it, and every write and
 * every read of an audit is validated against it.
 *
 * Versioning: `schemaVersion` is bumped on any breaking change (a field removed, renamed or
 * re-typed). Adding an optional field is not breaking. Readers migrate older versions they know
 * (`read-audit.ts`) and reject others with a message naming the file and both versions.
 * Version 2 (compliance scoring) added the compliance figures of categories and rules.
 */
import { z } from 'zod';

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = 2;

export const severitySchema = z.enum(['error', 'warning', 'info']).describe('How serious a finding is.');
export type Severity = z.infer<typeof severitySchema>;

export const gradeSchema = z
  .enum(['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D', 'F'])
  .describe('Letter grade for a 0–100 score (A+ ≥ 97 … D ≥ 60, F below).');
export type Grade = z.infer<typeof gradeSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** An excerpt of the audited file around a finding: the evidence. */
export const snippetSchema = z
  .object({
    startLine: z.number().int().min(1).describe('1-based line number of `lines[0]`.'),
    lines: z.array(z.string()).describe('Source lines, without line terminators; very long lines are cut and end with "…".'),
  })
  .strict();
export type Snippet = z.infer<typeof snippetSchema>;

export const findingSchema = z
  .object({
    ruleId: z.string().describe('Id of the rule that reported the finding.'),
    severity: severitySchema,
    line: z.number().int().min(1).describe('1-based line of the finding.'),
    column: z.number().int().min(1).describe('1-based column, in UTF-16 code units (as editors count).'),
    endLine: z.number().int().min(1).optional().describe('1-based last line of the offending code.'),
    message: z.string().describe('What is wrong here, in one sentence.'),
    test: z.string().optional().describe('Qualified name of the enclosing test (`TestClass::test_name`), when inside one.'),
    snippet: snippetSchema,
    fingerprint: z
      .string()
      .describe('Stable identity of the finding: rule + path + enclosing test + normalised code; survives line moves.'),
    suppressed: z.boolean().optional().describe('True when an inline `# testaudit: ignore[...]` comment covers it.'),
    new: z.boolean().optional().describe('True when the finding was not in the previous audit of the same suite.'),
    baselined: z.boolean().optional().describe('True when the baseline accepts it (accepted debt).'),
  })
  .strict();
export type Finding = z.infer<typeof findingSchema>;

/** Per-test facts, as pytest would collect the test (one entry per definition). */
/** What the test run (JUnit XML) said about one test function, all its cases together. */
export const testRunSchema = z
  .object({
    outcome: z.enum(['passed', 'failed', 'error', 'skipped']).describe('The worst outcome of its cases (error > failed > passed > skipped).'),
    duration: z.number().min(0).describe('Seconds, all cases together.'),
    cases: z.number().int().min(1).describe('Test cases (parametrizations, reruns) that ran for this function.'),
    fastest: z.number().min(0).nullable().describe('Seconds of its fastest passing case, if any passed.'),
  })
  .strict();
export type TestRun = z.infer<typeof testRunSchema>;

/** A capability a test exercises, and where its matcher matched first. */
export const capabilityMatchSchema = z
  .object({
    area: z.string(),
    capability: z.string(),
    via: z.enum(['name', 'class', 'docstring', 'string']).describe('Matched in the test name, its class name, its docstring or a string literal.'),
  })
  .strict();
export type CapabilityMatch = z.infer<typeof capabilityMatchSchema>;

export const testDetailSchema = z
  .object({
    name: z.string().describe('Function name.'),
    className: z.string().optional().describe('Dotted name of the enclosing test class(es), if any.'),
    line: z.number().int().min(1),
    endLine: z.number().int().min(1),
    async: z.boolean(),
    style: z.enum(['pytest', 'unittest']).describe('Collected as a pytest test or a unittest.TestCase method.'),
    markers: z.array(z.string()).describe('pytest markers on the test, its classes and the module, e.g. `integration`, `skip`.'),
    fixtures: z.array(z.string()).describe('Fixtures requested through parameters (excluding `self`/`cls`).'),
    assertions: z.number().int().min(0).describe('Assertions in the test body (see the README for what counts).'),
    skipped: z.boolean().describe('Carries a skip/skipif/xfail marker or unittest skip decorator (itself or its class/module).'),
    run: testRunSchema.optional().describe('Outcome in the test run, when `--junit` results were given and matched.'),
    locals: z.number().int().min(0).optional().describe('Distinct local names the body binds (assignments, loop targets, `with … as`, `:=`).'),
    fixturesUsed: z.array(z.string()).optional().describe('Requested fixtures the body mentions by name.'),
    smells: z.array(z.string()).optional().describe('Ids of the test-smell rules with an unsuppressed finding in this test, sorted.'),
    capabilities: z
      .array(capabilityMatchSchema)
      .optional()
      .describe('Configured capabilities this test exercises (only when the configuration defines capabilities).'),
    namedValues: z
      .array(z.string())
      .optional()
      .describe('Configured named values its string literals reference (only when the configuration defines named values).'),
    inheritedFrom: z
      .string()
      .optional()
      .describe(
        'For a test the class inherits: the base class that defines it, as `path::Class` (path relative to the audited root). `line`, `endLine` and the body facts are the definition\'s in that base; `className` is the collecting class.',
      ),
  })
  .strict();
export type TestDetail = z.infer<typeof testDetailSchema>;

/**
 * Why pytest does not run a test-like definition. `unregistered-marker`: the module uses a marker
 * nobody registered while `--strict-markers` is on, so it fails to collect.
 */
export const uncollectedReasonSchema = z
  .enum(['class-not-collected', 'class-has-init', 'shadowed', 'nested-in-function', 'test-false', 'unregistered-marker'])
  .describe(
    '`class-not-collected`: its class matches no `python_classes` pattern and is no unittest.TestCase (or sits in a class pytest does not collect); `class-has-init`: its class (or a base) defines `__init__` or `__new__`; `shadowed`: a later definition or assignment of the same name replaces it; `nested-in-function`: defined inside a function; `test-false`: `__test__ = False` on its class, a base or the module; `unregistered-marker`: the module fails to collect under `--strict-markers`.',
  );
export type UncollectedReason = z.infer<typeof uncollectedReasonSchema>;

/** A test-like definition pytest does not run. */
export const uncollectedTestSchema = z
  .object({
    name: z.string().describe('Function name.'),
    className: z.string().optional().describe('Dotted name of its class, for a method.'),
    line: z.number().int().min(1),
    reason: uncollectedReasonSchema,
    by: z.number().int().min(1).optional().describe('For `shadowed`: the line of the definition or assignment that replaces it.'),
  })
  .strict();
export type UncollectedTest = z.infer<typeof uncollectedTestSchema>;

/** Points a file lost to one rule: the explanation of its score. */
export const penaltySchema = z
  .object({
    ruleId: z.string(),
    findings: z.number().int().min(1).describe('Unsuppressed findings of this rule in the file.'),
    points: z.number().min(0).describe('Points deducted from the file score (capped per rule).'),
  })
  .strict();
export type Penalty = z.infer<typeof penaltySchema>;

export const fileStatusSchema = z
  .enum(['ok', 'parse-error', 'unreadable'])
  .describe('`parse-error`: syntax errors or parse bound exceeded; `unreadable`: binary or unreadable, never parsed.');
export type FileStatus = z.infer<typeof fileStatusSchema>;

export const fileMetricsSchema = z
  .object({
    bytes: z.number().int().min(0),
    testClasses: z.number().int().min(0).describe('Collected test classes (pytest `Test*` and unittest.TestCase subclasses).'),
    fixtures: z.number().int().min(0).describe('Functions decorated with `@pytest.fixture`.'),
    assertions: z.number().int().min(0),
    imports: z.number().int().min(0),
    relativeImports: z.number().int().min(0),
    asyncTests: z.number().int().min(0),
    skippedTests: z.number().int().min(0).describe('Tests carrying a `skip`/`skipif`/`xfail` marker or unittest skip decorator.'),
    markers: z.array(z.string()).describe('Distinct pytest markers used in the file, sorted.'),
    hasDocstring: z.boolean().describe('The module has a docstring.'),
    encoding: z.string().describe('Encoding the file was decoded with.'),
  })
  .strict();
export type FileMetrics = z.infer<typeof fileMetricsSchema>;

export const auditedFileSchema = z
  .object({
    path: z.string().describe('POSIX path relative to the audited root.'),
    status: fileStatusSchema,
    category: z.string().nullable().describe('Test category (`unit`, `integration`, `e2e` …) from the path, else `pytestmark`.'),
    area: z.string().nullable().describe('Configured area whose globs match the path, if any.'),
    lines: z.number().int().min(0).describe("Lines as Python's str.splitlines() counts them."),
    tests: z
      .number()
      .int()
      .min(0)
      .describe('Test functions pytest collects: one per name per scope, inherited test methods counted in each collecting class, parametrize not expanded.'),
    score: z.number().min(0).max(100),
    grade: gradeSchema,
    penalties: z.array(penaltySchema).describe('Points lost per rule; 100 minus their sum is the score (at most `scoring.errorCap` while the file has an error).'),
    rulesApplied: z.array(z.string()).describe('Ids of the rules that checked this file (their scope matched).'),
    metrics: fileMetricsSchema,
    testDetails: z.array(testDetailSchema),
    uncollected: z.array(uncollectedTestSchema).optional().describe('Test-like definitions pytest does not run, by line (absent when none).'),
    findings: z.array(findingSchema).describe('Sorted by line, column, rule.'),
  })
  .strict();
export type AuditedFile = z.infer<typeof auditedFileSchema>;

export const ruleScopeSchema = z
  .object({
    categories: z.array(z.string()).nullable().describe('Test categories the rule applies to; null means all files.'),
    paths: z.array(z.string()).describe('Globs (relative to the root) the rule is limited to; empty means all.'),
  })
  .strict();
export type RuleScope = z.infer<typeof ruleScopeSchema>;

/** A rule as it ran in this audit: its documentation and its effective configuration. */
export const ruleRecordSchema = z
  .object({
    id: z.string(),
    category: z.string().describe('Compliance category the rule scores under, e.g. `real-services`, `structure`.'),
    severity: severitySchema.describe('Effective severity in this audit.'),
    defaultSeverity: severitySchema,
    description: z.string().describe('What the rule checks, one line.'),
    why: z.string().describe('Why it matters.'),
    howToFix: z.string(),
    options: z.record(z.string(), z.unknown()).describe('Effective options.'),
    scope: ruleScopeSchema,
    custom: z.boolean().optional().describe('A declarative rule from the configuration (`rules.custom`), not a built-in one.'),
    notReported: z.string().optional().describe('What the rule deliberately does not report (rule reference and rule pages).'),
    fileLevel: z.boolean().optional().describe('Judges the module as a whole (a measure such as its length): its message, not the code at its line, is the evidence.'),
  })
  .strict();
export type RuleRecord = z.infer<typeof ruleRecordSchema>;

export const categoryScoreSchema = z
  .object({
    id: z.string().describe('Compliance category id (the `category` of its rules).'),
    title: z.string(),
    score: z
      .number()
      .min(0)
      .max(100)
      .describe('`compliantShare` minus the info term, at most `scoring.errorCap` while the category has errors (see `scoring.formula`).'),
    grade: gradeSchema,
    applicableFiles: z.number().int().min(0).describe('Files at least one rule of the category applies to.'),
    compliantFiles: z.number().int().min(0).describe('Applicable files without an unsuppressed error or warning of the category.'),
    compliantShare: z.number().min(0).max(100).describe('Percent of applicable files that comply (100 when none applies).'),
    failingFiles: z.number().int().min(0).describe('Applicable files with at least one unsuppressed finding of the category, info included.'),
    errorFiles: z.number().int().min(0).describe('Applicable files with at least one unsuppressed error of the category.'),
    findings: z.number().int().min(0),
    errors: z.number().int().min(0).describe('Unsuppressed error-level findings of the category.'),
    warnings: z.number().int().min(0),
    info: z.number().int().min(0),
    rules: z.array(z.string()),
  })
  .strict();
export type CategoryScore = z.infer<typeof categoryScoreSchema>;

export const groupStatsSchema = z
  .object({
    name: z.string().describe('Test category or area name; `(none)` for files without one.'),
    files: z.number().int().min(0),
    lines: z.number().int().min(0),
    tests: z.number().int().min(0),
    score: z.number().min(0).max(100),
    grade: gradeSchema,
  })
  .strict();
export type GroupStats = z.infer<typeof groupStatsSchema>;

export const ruleCountSchema = z
  .object({
    findings: z.number().int().min(0).describe('Unsuppressed findings.'),
    files: z.number().int().min(0).describe('Files with at least one unsuppressed finding.'),
    suppressed: z.number().int().min(0),
    applicableFiles: z.number().int().min(0).describe('Files the rule applied to.'),
    compliantFiles: z.number().int().min(0).describe('Of those, files without an unsuppressed error or warning of the rule.'),
    errors: z.number().int().min(0).describe('Unsuppressed error-level findings (a rule may report some findings as errors).'),
    warnings: z.number().int().min(0),
    info: z.number().int().min(0),
  })
  .strict();

const smellGroupSchema = z
  .object({
    name: z.string().describe('Test category; `(none)` for files without one.'),
    tests: z.number().int().min(0),
    testsWithSmells: z.number().int().min(0),
    findings: z.number().int().min(0),
    per100Tests: z.number().min(0),
  })
  .strict();

export const smellSummarySchema = z
  .object({
    rules: z.array(z.string()).describe('Test-smell rules that ran.'),
    findings: z.number().int().min(0).describe('Unsuppressed findings of those rules, class-level ones included.'),
    tests: z.number().int().min(0),
    testsWithSmells: z.number().int().min(0).describe('Tests with at least one test-smell finding of their own.'),
    testModules: z.number().int().min(0).describe('Parsed files with at least one test.'),
    modulesWithSmells: z.number().int().min(0).describe('Of those, files with at least one test-smell finding.'),
    per100Tests: z.number().min(0).describe('Findings per 100 tests (smell density).'),
    testShare: z.number().min(0).max(100).describe('Percent of tests with a smell.'),
    moduleShare: z.number().min(0).max(100).describe('Percent of test modules with a smell (the figure the PyNose paper reports per project).'),
    byCategory: z.array(smellGroupSchema),
  })
  .strict();
export type SmellSummary = z.infer<typeof smellSummarySchema>;

export const summarySchema = z
  .object({
    files: z.number().int().min(0),
    lines: z.number().int().min(0),
    tests: z.number().int().min(0),
    averageLines: z.number().min(0),
    score: z.number().min(0).max(100),
    grade: gradeSchema,
    statuses: z
      .object({ ok: z.number().int(), 'parse-error': z.number().int(), unreadable: z.number().int() })
      .strict(),
    categories: z.array(categoryScoreSchema).describe('Compliance categories, in rule-catalogue order.'),
    testCategories: z.array(groupStatsSchema).describe('Files by test category (unit, integration, e2e …).'),
    areas: z.array(groupStatsSchema).describe('Files by configured area.'),
    findingsBySeverity: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }).strict(),
    findingsByRule: z.record(z.string(), ruleCountSchema).describe('Every rule that ran, with zero counts too.'),
    smells: smellSummarySchema.optional().describe('Test-smell density, when test-smell rules ran.'),
    uncollected: z
      .object({
        definitions: z.number().int().min(0).describe('Test-like definitions pytest does not run.'),
        files: z.number().int().min(0).describe('Files with at least one.'),
        byReason: z.record(z.string(), z.number().int().min(0)).describe('Definitions per reason (see `uncollected[].reason` of a file; reasons with none left out).'),
      })
      .strict()
      .optional()
      .describe('Test-like definitions that never run, next to `tests` (what pytest runs).'),
  })
  .strict();
export type Summary = z.infer<typeof summarySchema>;

export const scoringSchema = z
  .object({
    method: z
      .enum(['file-mean', 'compliance'])
      .describe('`compliance` (schema 2 on): scores are shares of complying files; `file-mean` (schema 1): the mean of file scores. Scores of different methods are not comparable.'),
    weighting: z.literal('lines').optional().describe('What weighs a file in the overall, area and test-category scores (compliance method).'),
    weights: z
      .object({ error: z.number().min(0), warning: z.number().min(0), info: z.number().min(0) })
      .strict()
      .describe('Points one finding of each severity costs its file score (which ranks files).'),
    ruleCap: z.number().min(1).describe('A rule costs a file at most `ruleCap` × the weight of its severity.'),
    target: z.number().min(0).max(100).describe('Compliant share at or above which a category without errors is a strength.'),
    errorCap: z.number().min(0).max(100).optional().describe('Highest score while an error-level finding is left (compliance method).'),
    infoPer: z.number().min(1).optional().describe('Info findings per 100 tests that cost one point (compliance method).'),
    infoMax: z.number().min(0).optional().describe('Most points info findings can cost (compliance method).'),
    formula: z.string().describe('The formula in words, for reports.'),
  })
  .strict();
export type Scoring = z.infer<typeof scoringSchema>;

/** How the audit chose files and tests: the suite's pytest configuration as pytest reads it (audit.json `audit.collection`). */
export const collectionSchema = z
  .object({
    source: z
      .enum(['pytest-config', 'pytest-defaults', 'disabled'])
      .describe("`pytest-config`: a pytest config file applied; `pytest-defaults`: none was found; `disabled`: `--no-pytest-config` (or `pytestConfig: false`)."),
    rootdir: z.string().describe("pytest's rootdir, POSIX and relative to the audited root (`.` for the root itself, `..` above it)."),
    configFile: z.string().nullable().describe('The config file pytest would use, POSIX and relative to the audited root; null when none.'),
    configSection: z.string().nullable().describe('Its table or section that held the settings (`[tool.pytest.ini_options]`, `[pytest]`, …); null when it had none.'),
    pythonFiles: z.array(z.string()).describe('`python_files`: test module name patterns.'),
    pythonClasses: z.array(z.string()).describe('`python_classes`: test class name prefixes or globs.'),
    pythonFunctions: z.array(z.string()).describe('`python_functions`: test function name prefixes or globs.'),
    testpaths: z.array(z.string()).describe('`testpaths` that applied (relative to the rootdir); empty: the whole root.'),
    testpathsIgnored: z
      .array(z.string())
      .describe('`testpaths` of the config file that did not apply, because the audited root is not the rootdir (pytest uses them only when run from the rootdir without arguments).'),
    norecursedirs: z.array(z.string()).describe('`norecursedirs`: folders never descended into.'),
    markers: z.array(z.string()).describe('Registered markers: the ini `markers`, and those conftests and their in-root plugins register.'),
    strictMarkers: z.boolean().describe('`--strict-markers`, `--strict`, `strict_markers` or `strict`: an unregistered marker fails the module.'),
    importMode: z.enum(['prepend', 'append', 'importlib']).describe('`--import-mode`.'),
    asyncioMode: z.enum(['auto', 'strict']).nullable().describe("pytest-asyncio's `asyncio_mode`."),
    disabledPlugins: z.array(z.string()).describe('Plugins disabled with `-p no:NAME`.'),
    conftests: z.array(z.string()).describe('Folders (relative to the audited root) whose `conftest.py` was read.'),
    collectIgnore: z.array(z.string()).describe('`collect_ignore` and `collect_ignore_glob` entries of those conftests, relative to the audited root.'),
  })
  .strict();
export type CollectionRecord = z.infer<typeof collectionSchema>;

export const auditMetaSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" and "-"'),
    date: isoDate,
    title: z.string(),
    auditor: z.string().describe('Tool and version that computed the audit.'),
    standards: z.array(z.string()).describe('Standards applied: the preset and the config file, if any.'),
    scope: z
      .object({
        root: z.string().describe('Display name of the audited root (never an absolute path).'),
        description: z.string().describe('Human-readable selection, e.g. "all test files" or "12 files changed since main".'),
        selection: z.enum(['all', 'files-from', 'changed-since']),
        include: z.array(z.string()),
        exclude: z.array(z.string()),
        since: z.string().optional().describe('Git ref for `--changed-since`.'),
        filesFrom: z.string().optional().describe('Name of the `--files-from` list.'),
      })
      .strict(),
    source: z
      .object({
        commit: z.string(),
        branch: z.string().nullable(),
        remoteUrl: z.string().nullable().describe('Remote URL without credentials.'),
        path: z
          .string()
          .optional()
          .describe("The audited root relative to the checkout's top level, with `/` separators (`\"\"` at the top). Absent in older audits, which read it from `scope.root`."),
      })
      .strict()
      .optional()
      .describe('Git facts when the root is in a git checkout.'),
    preset: z.string(),
    configDigest: z.string().describe('sha256 of the effective configuration (rules, options, scopes, scoring).'),
    collection: collectionSchema.optional().describe("Which files and tests were collected: the suite's pytest configuration as applied (absent in audits made before it was read)."),
  })
  .strict();
export type AuditMeta = z.infer<typeof auditMetaSchema>;

export const findingRefSchema = z
  .object({
    path: z.string(),
    ruleId: z.string(),
    severity: severitySchema,
    line: z.number().int().min(1),
    message: z.string(),
    code: z.string(),
  })
  .strict();
export type FindingRefRecord = z.infer<typeof findingRefSchema>;

/** What changed since the previous audit of the same suite. */
export const comparisonSchema = z
  .object({
    previous: z.object({ id: z.string(), date: isoDate, score: z.number(), grade: gradeSchema }).strict(),
    scoreChange: z.number(),
    newFindings: z.number().int().min(0),
    fixedFindings: z.number().int().min(0),
    persistingFindings: z.number().int().min(0),
    newErrors: z.array(findingRefSchema).describe('New error-level findings (at most 100; see newErrorsTotal).'),
    newErrorsTotal: z.number().int().min(0),
    filesAdded: z.number().int().min(0),
    filesRemoved: z.number().int().min(0),
    filesRenamed: z.array(z.object({ from: z.string(), to: z.string() }).strict()),
    configChanged: z.boolean().describe('The effective configuration (standards) differs from the previous audit.'),
    methodChanged: z
      .object({ from: z.string(), to: z.string() })
      .strict()
      .optional()
      .describe('The previous audit was scored with another method: its score and grade are not comparable with these.'),
    previousCategories: z
      .array(z.object({ id: z.string(), compliantShare: z.number().min(0).max(100) }).strict())
      .optional()
      .describe("The previous audit's compliant share per category, for the trend column of the compliance table."),
    ruleChanges: z.array(z.object({ ruleId: z.string(), change: z.string() }).strict()),
  })
  .strict();
export type Comparison = z.infer<typeof comparisonSchema>;

/** Test-run results given with `--junit`. */
export const runsSummarySchema = z
  .object({
    reports: z.array(z.string()).describe('Names of the JUnit XML files read.'),
    cases: z.number().int().min(0),
    passed: z.number().int().min(0),
    failed: z.number().int().min(0),
    errors: z.number().int().min(0),
    skipped: z.number().int().min(0),
    matchedTests: z.number().int().min(0).describe('Audited test functions with at least one case.'),
    unmatched: z
      .array(z.object({ classname: z.string(), name: z.string(), file: z.string().nullable(), outcome: z.enum(['passed', 'failed', 'error', 'skipped']) }).strict())
      .describe('Cases that match no audited test (at most 100; see unmatchedTotal).'),
    unmatchedTotal: z.number().int().min(0),
  })
  .strict();
export type RunsSummary = z.infer<typeof runsSummarySchema>;

/** What a baseline (`--baseline FILE`) did to this audit. */
export const baselineOutcomeSchema = z
  .object({
    file: z.string().describe('Name of the baseline file.'),
    accepted: z.number().int().min(0).describe('Findings the baseline accepts.'),
    removable: z.number().int().min(0).describe('Baseline entries whose finding is gone (`--update-baseline` prunes them).'),
    worse: z
      .array(z.object({ path: z.string(), baseline: z.number().int(), now: z.number().int() }).strict())
      .describe('Baselined files with more findings than the baseline accepted: the ratchet fails.'),
  })
  .strict();
export type BaselineOutcome = z.infer<typeof baselineOutcomeSchema>;

/** A quality gate and its outcome. */
export const gateSchema = z
  .object({
    id: z.string().describe('The gate as given, e.g. `fail-under=B`, `fail-on=new-errors`, `max-findings=no-mocks-in-integration=0`.'),
    passed: z.boolean(),
    detail: z.string().describe('What was measured against what.'),
  })
  .strict();
export type Gate = z.infer<typeof gateSchema>;

/** A test that exercises a capability: the evidence behind "covered". */
export const coveringTestSchema = z
  .object({
    path: z.string(),
    line: z.number().int().min(1),
    name: z.string(),
    className: z.string().optional(),
    category: z.string().nullable(),
    skipped: z.boolean().describe('Carries a skip marker, or was skipped in the test run.'),
    outcome: z.enum(['passed', 'failed', 'error', 'skipped']).optional().describe('Its outcome in the test run (`--junit`), when known.'),
    via: z.enum(['name', 'class', 'docstring', 'string']),
  })
  .strict();
export type CoveringTest = z.infer<typeof coveringTestSchema>;

export const capabilityCoverageSchema = z
  .object({
    name: z.string(),
    status: z
      .enum(['covered', 'skipped-only', 'failing-only', 'uncovered'])
      .describe('`covered`: at least one test that is not skipped and did not fail; `skipped-only` / `failing-only`: every matching test is skipped / skipped or failing.'),
    tests: z.number().int().min(0).describe('Tests that match the capability (skipped and failing ones included).'),
    skipped: z.number().int().min(0),
    failing: z.number().int().min(0).describe('Matching tests that failed or errored in the test run.'),
    categories: z.array(z.string()).describe('Test categories of the matching tests, sorted; `(none)` for tests without one.'),
    covering: z.array(coveringTestSchema).describe('The matching tests (at most 100; see `tests`), by path and line.'),
  })
  .strict();
export type CapabilityCoverage = z.infer<typeof capabilityCoverageSchema>;

export const areaCoverageSchema = z
  .object({
    name: z.string(),
    covered: z.number().int().min(0),
    total: z.number().int().min(0),
    percent: z.number().min(0).max(100).describe('Covered capabilities out of all of the area\'s, rounded to one decimal.'),
    capabilities: z.array(capabilityCoverageSchema).describe('In configuration order.'),
  })
  .strict();
export type AreaCoverage = z.infer<typeof areaCoverageSchema>;

export const namedValueCountSchema = z
  .object({
    value: z.string(),
    tests: z.number().int().min(0).describe('Tests whose string literals reference the value.'),
    files: z.number().int().min(0),
    minTests: z.number().int().min(0).describe('Tests required to reference it (`named-value-untested`).'),
  })
  .strict();
export type NamedValueCount = z.infer<typeof namedValueCountSchema>;

/** A finding about the suite as a whole (a capability nobody tests), not about one file. */
export const suiteFindingSchema = z
  .object({
    ruleId: z.string(),
    severity: severitySchema,
    message: z.string(),
    area: z.string().optional(),
    capability: z.string().optional(),
    value: z.string().optional(),
  })
  .strict();
export type SuiteFinding = z.infer<typeof suiteFindingSchema>;

/** What the suite covers: capabilities per area and references to named values. */
export const coverageSchema = z
  .object({
    areas: z.array(areaCoverageSchema).describe('Areas with capabilities, in configuration order.'),
    namedValues: z.array(namedValueCountSchema).describe('Configured named values, in configuration order.'),
    findings: z
      .array(suiteFindingSchema)
      .describe('Suite-level findings (`uncovered-capability`, `named-value-untested`); counted in `summary.findingsByRule` and `findingsBySeverity`, not in any file.'),
  })
  .strict();
export type Coverage = z.infer<typeof coverageSchema>;

export const auditSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal('testaudit'), version: z.string() }).strict(),
    audit: auditMetaSchema,
    scoring: scoringSchema,
    summary: summarySchema,
    rules: z.array(ruleRecordSchema).describe('Every rule that ran, with its effective configuration.'),
    files: z.array(auditedFileSchema).describe('Sorted by path.'),
    comparison: comparisonSchema.optional().describe('Changes since the previous audit of the same suite in the archive.'),
    baseline: baselineOutcomeSchema.optional().describe('Accepted debt from `--baseline`.'),
    runs: runsSummarySchema.optional().describe('Test-run results from `--junit`.'),
    gates: z.array(gateSchema).optional().describe('Quality gates given on the command line, with their outcome.'),
    coverage: coverageSchema.optional().describe('Capability coverage and named values, when the configuration defines them.'),
  })
  .strict();
export type Audit = z.infer<typeof auditSchema>;
