/**
 * Known user errors: bad configuration, bad input, an archive that cannot be read. The CLI prints
 * their message (one line per problem, naming the file or option and the fix) and exits 2; any
 * other error is a bug and prints its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The configuration (file or options) is invalid. */
export class ConfigurationError extends UserError {
  override name = 'ConfigurationError';
}

/** An input path, file list or git ref is unusable. */
export class InputError extends UserError {
  override name = 'InputError';
}

/** The user's `--templates` produce a report that is not the Markdown the checks allow (raw HTML, a ragged table…). */
export class ReportTemplateError extends UserError {
  override name = 'ReportTemplateError';
}

/** An archived audit cannot be read: not JSON, wrong schema version, or failing the schema. */
export class AuditFormatError extends UserError {
  override name = 'AuditFormatError';
}

/** Render zod issues as `path: message` lines (Starlight's error-map style); `prefix` is prepended to each path. */
export function formatIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string; keys?: string[]; errors?: unknown }>,
  prefix: readonly string[] = [],
): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    // A union (`"x"` or `{…}`): when the input has the type of exactly one branch, its issues say what is wrong.
    if (issue.code === 'invalid_union' && Array.isArray(issue.errors)) {
      const branches = (issue.errors as Array<Parameters<typeof formatIssues>[0]>).filter((b) => b.length > 0 && !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0));
      if (branches.length === 1) return formatIssues(branches[0]!, path);
    }
    const message = issue.code === 'unrecognized_keys' && issue.keys ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    return path.length ? [`${path.join('.')}: ${message}`] : [message];
  });
}

/** `JSON.parse` whose failure is a user error of the given kind, naming `source`. */
export function parseJsonText(text: string, source: string, Kind: new (message: string) => UserError): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Kind(`${source}: not valid JSON (${(error as Error).message}).`);
  }
}
