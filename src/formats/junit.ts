/**
 * `junit`: JUnit XML for CI test-report views. One test suite per audited file; a finding is a
 * failed test case named after its rule, a file without findings one passing case, so the report
 * counts every file.
 */
import { joinPath } from './located.js';
import type { OutputFormat } from './types.js';

// XML 1.0 forbids most control characters even as references; audited code may contain them.
const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export const junit: OutputFormat = {
  name: 'junit',
  description: 'JUnit XML: a test suite per file, a failed case per finding',
  paths: 'repository',
  format(audit, ctx) {
    const suites: string[] = [];
    let total = 0;
    let failures = 0;
    for (const file of audit.files) {
      const path = joinPath(ctx.pathPrefix, file.path);
      const findings = file.findings.filter((f) => !f.suppressed);
      const cases = findings.length
        ? findings.map(
            (f) =>
              `    <testcase name="${xml(`${f.ruleId}:${f.line}:${f.column}`)}" classname="${xml(path)}" file="${xml(path)}" line="${f.line}">\n` +
              `      <failure message="${xml(f.message)}" type="${xml(f.severity)}">${xml(`${path}:${f.line}:${f.column}: ${f.ruleId} ${f.message}`)}</failure>\n    </testcase>`,
          )
        : [`    <testcase name="testaudit" classname="${xml(path)}" file="${xml(path)}"/>`];
      total += cases.length;
      failures += findings.length;
      suites.push(`  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="testaudit" tests="${total}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
  },
};
