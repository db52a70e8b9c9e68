/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others): every rule that ran as a
 * `reportingDescriptor`, every finding as a `result` with its location, snippet and fingerprint.
 * Suppressed findings carry `suppressions` (in source), so they are shown as dismissed, not lost.
 */
import type { Audit, Severity } from './schema.js';
import { repoPathPrefix } from './source.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  /** Where the rule documentation lives (the published site), for `helpUri`. */
  siteUrl?: string | undefined;
  /** The audited root, relative to the repository root, prefixed to every path (e.g. `tests`). */
  pathPrefix?: string;
}

export function toSarif(audit: Audit, opts: SarifOptions = {}): Record<string, unknown> {
  const ruleIndex = new Map(audit.rules.map((r, i) => [r.id, i]));
  const base = opts.siteUrl ? `${opts.siteUrl.replace(/\/+$/, '')}/audits/${encodeURIComponent(audit.audit.id)}/rules/` : null;
  const rawPrefix = opts.pathPrefix ?? repoPathPrefix(audit);
  const prefix = rawPrefix ? `${rawPrefix.replace(/\/+$/, '')}/` : '';
  const results = audit.files.flatMap((file) =>
    file.findings.map((f) => {
      const region: Record<string, unknown> = { startLine: f.line, startColumn: f.column };
      if (f.endLine) region['endLine'] = f.endLine;
      const code = f.snippet.lines[f.line - f.snippet.startLine];
      if (code !== undefined) region['snippet'] = { text: code };
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `${prefix}${file.path}`.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
              region,
              contextRegion: { startLine: f.snippet.startLine, endLine: f.snippet.startLine + Math.max(0, f.snippet.lines.length - 1), snippet: { text: f.snippet.lines.join('\n') } },
            },
          },
        ],
        partialFingerprints: { 'testaudit/v1': f.fingerprint },
        ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: 'testaudit: ignore comment' }] } : {}),
        ...(f.new ? { baselineState: 'new' } : {}),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'testaudit',
            version: audit.tool.version,
            semanticVersion: audit.tool.version,
            rules: audit.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} ${r.why}` },
              help: { text: `${r.why}\n\nHow to fix: ${r.howToFix}`, markdown: `${r.why}\n\n**How to fix:** ${r.howToFix}` },
              ...(base ? { helpUri: `${base}${encodeURIComponent(r.id)}/` } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category },
            })),
          },
        },
        automationDetails: { id: `testaudit/${audit.audit.scope.root}/${audit.audit.id}` },
        ...(audit.audit.source?.remoteUrl && /^[a-z][a-z0-9+.-]*:\/\//i.test(audit.audit.source.remoteUrl) ? { versionControlProvenance: [{ repositoryUri: audit.audit.source.remoteUrl, revisionId: audit.audit.source.commit, ...(audit.audit.source.branch ? { branch: audit.audit.source.branch } : {}) }] } : {}),
        results,
      },
    ],
  };
}
