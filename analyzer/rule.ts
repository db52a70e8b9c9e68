/**
 * The shape of a rule (ESLint's model): `meta` documents and configures it, `create(ctx)` returns
 * visitors keyed by tree-sitter node type (plus the walker's own events). A rule never reads files,
 * parses or prints; it sees nodes and the per-file context, and reports through `ctx.report`.
 */
import type { SyntaxNode } from 'tree-sitter';
import type { z } from 'zod';
import type { AuditedFile, AreaCoverage, NamedValueCount, Severity, TestDetail, TestRun } from '../src/lib/schema.js';
import type { PytestCollection } from './collection.js';
import type { ClassScope, FileFacts, TestScope } from './facts.js';

/** Compliance categories: every rule scores under exactly one. */
export const RULE_CATEGORIES = {
  'real-services': 'Real services',
  structure: 'Structure',
  collection: 'Collection',
  documentation: 'Documentation',
  'async-hygiene': 'Async hygiene',
  'test-smells': 'Test smells',
  'test-runs': 'Test runs',
  coverage: 'Coverage',
  'file-health': 'File health',
} as const;
export type RuleCategory = keyof typeof RULE_CATEGORIES;

/** The presets a configuration `extends`; each rule's `meta.presets` says which ones enable it. */
export const PRESET_NAMES = ['recommended', 'real-services'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface RuleMeta<O extends z.ZodType = z.ZodType> {
  /** Stable kebab-case id; never reused for another meaning. */
  id: string;
  category: RuleCategory;
  /** Severity unless configuration says otherwise (also the severity every preset gives it). */
  severity: Severity;
  /**
   * The presets that enable this rule, at `severity`: `true` with the options' defaults, or with the
   * options that preset sets. The presets are derived from these (the single source); a rule no preset
   * names is opt-in (`enabledWhen` says what turns it on).
   */
  presets?: Partial<Record<PresetName, true | { options: Record<string, unknown> }>>;
  /** What it checks, one line. */
  description: string;
  /** Why is this bad? */
  why: string;
  /** What to do instead: short, one or two sentences (the action items quote its first sentence). */
  howToFix: string;
  /** What the rule deliberately does not report (rule reference and rule pages only). */
  notReported?: string;
  /** Judges the module as a whole (a measure): its message, not the code at its line, is the evidence. */
  fileLevel?: boolean;
  /** Options schema with defaults for every option; `z.object({})` when there are none. */
  options: O;
  /** Test categories the rule applies to by default; null means every audited test module. */
  categories: readonly string[] | null;
  /**
   * A short invalid and valid Python example for the rule reference. A test checks that `invalid`
   * is reported and `valid` is not, as a file at `path` (default: `tests/<first category>/test_example.py`),
   * unless the example only describes the case (`illustrative`, e.g. a 1,600-line file).
   */
  examples: { invalid: string; valid: string; path?: string; illustrative?: boolean; namedValues?: string[] };
  /**
   * Rules that report on the file as a whole and run even when the file could not be parsed
   * (`parse-error`, `encoding`, `unreadable`, `max-file-lines`).
   */
  runsOnBrokenFiles?: boolean;
  /** Skip `conftest.py`: the rule is about test modules (docstrings, markers, helpers). */
  testModulesOnly?: boolean;
  /** Reported by the pipeline itself (decoding, parsing, suppressions), not by visitors. */
  internal?: boolean;
  /** For rules no preset names: what turns them on, e.g. "`namedValues` are" (rule reference). */
  enabledWhen?: string;
  /**
   * Ruff/flake8 codes this rule duplicates (`PT011`, `B017`): a `# noqa` naming one of them on a
   * finding's line waives the finding, as `# testaudit: ignore[…]` would; a bare `# noqa` waives
   * every rule that has codes here.
   */
  noqa?: readonly string[];
  /** Declared in the configuration (`rules.custom`), not a module of `analyzer/rules`. */
  custom?: boolean;
}

/** Where a finding is: a node, or an explicit 1-based line (and column). */
export type ReportTarget =
  | { node: SyntaxNode; line?: undefined }
  | { node?: undefined; line: number; column?: number; endLine?: number };

export type ReportDescriptor = ReportTarget & {
  message: string;
  /** Only for rules with tiered thresholds (e.g. `max-file-lines`): overrides the configured severity. */
  severity?: Severity;
};

export interface RuleContext<O> {
  readonly options: O;
  readonly file: FileFacts;
  /** The test whose body (or nested helper) contains the node being visited, if any. */
  readonly test: TestScope | null;
  /** True while visiting the body of `test` itself, not a function, class or lambda nested in it. */
  readonly inTestBody: boolean;
  /** The innermost class being visited, if any. */
  readonly currentClass: ClassScope | null;
  report(descriptor: ReportDescriptor): void;
}

export type NodeVisitor = (node: SyntaxNode) => void;

/** Visitors: tree-sitter node types (`call`, `call:exit`), plus the walker's events. */
export interface Visitors {
  [nodeType: string]: ((arg: never) => void) | undefined;
  /** After the whole file was walked: every fact in `ctx.file` is complete. */
  'module:exit'?: () => void;
  /** Entering a collected test function (its facts so far: name, decorators, parameters). */
  'test:enter'?: (test: TestScope) => void;
  /** Leaving a collected test function: its per-test facts are complete. */
  'test:exit'?: (test: TestScope) => void;
  'class:exit'?: (cls: ClassScope) => void;
}

/** What a runtime rule sees: one audited file and the test-run results of its tests. */
export interface RunContext<O> {
  readonly options: O;
  readonly file: AuditedFile;
  /** Each audited test of the file that ran, with its aggregated result. */
  readonly runs: ReadonlyArray<{ test: TestDetail; run: TestRun }>;
  report(descriptor: { line: number; message: string; test: TestDetail }): void;
}

/** What a suite-level rule sees: what the whole suite covers, after every file was analysed. */
export interface SuiteContext<O> {
  readonly options: O;
  readonly areas: readonly AreaCoverage[];
  readonly namedValues: readonly NamedValueCount[];
  /** Severity of a capability's own configuration (`severity` on the capability), if any. */
  capabilitySeverity(area: string, capability: string): Severity | null;
  report(descriptor: { message: string; area?: string; capability?: string; value?: string; severity?: Severity }): void;
}

/** A collected test module as pytest imports it. */
export interface CollectedModule {
  /** POSIX path relative to the audited root. */
  path: string;
  /** The module name pytest imports it as (`test_x`, or `pkg.sub.test_x` inside packages). */
  importName: string;
}

/** What a collection-level rule sees: every audited test module at once (only the pipeline knows the file list). */
export interface CollectionContext<O> {
  readonly options: O;
  readonly collection: PytestCollection;
  /** The audited test modules (conftests left out), sorted by path. */
  readonly modules: readonly CollectedModule[];
  /** A finding on module `path` (must be one of `modules`), at a 1-based line. */
  report(descriptor: { path: string; line: number; message: string }): void;
}

export interface Rule<O extends z.ZodType = z.ZodType> {
  meta: RuleMeta<O>;
  create(ctx: RuleContext<z.output<O>>): Visitors;
  /**
   * Runtime rules judge test-run results (`--junit`), after the files were analysed; their
   * `create` returns no visitors. Without run results they report nothing.
   */
  checkRuns?(ctx: RunContext<z.output<O>>): void;
  /**
   * Suite-level rules judge the coverage computed over all files (capabilities, named values);
   * their findings belong to no file and are recorded in the audit's `coverage.findings`.
   */
  checkSuite?(ctx: SuiteContext<z.output<O>>): void;
  /**
   * Collection-level rules judge the set of collected modules (names that clash across folders),
   * after every file was analysed; their findings are added to the files they name.
   */
  checkCollection?(ctx: CollectionContext<z.output<O>>): void;
}

/** Identity helper that types a rule's `create` from its options schema. */
export function defineRule<O extends z.ZodType>(rule: Rule<O>): Rule<O> {
  return rule;
}
