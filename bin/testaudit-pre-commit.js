#!/usr/bin/env node
// The pre-commit hook (.pre-commit-hooks.yaml): pre-commit passes the hook's `args`, then the staged
// files it selected. Audits exactly those files (from the repository root, where pre-commit runs),
// prints each finding as path:line:col: rule message, writes the audit to a temporary folder (the
// archive is not touched), and fails on errors — on new ones only when `--baseline FILE` is given.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entry = new URL('../out/analyzer/cli.js', import.meta.url);
const { main } = await import(entry.href);

// Options (and their values) come first, from `args:`; the rest are file names.
const argv = process.argv.slice(2);
const options = [];
const files = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
  else if (a.startsWith('-')) {
    options.push(a);
    if (!a.includes('=') && i + 1 < argv.length && !argv[i + 1].startsWith('-') && !/\.py$/.test(argv[i + 1])) options.push(argv[++i]);
  } else files.push(a);
}
if (files.length === 0) process.exit(0);

const scratch = mkdtempSync(join(tmpdir(), 'testaudit-pre-commit-'));
try {
  const list = join(scratch, 'files.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  // Without a baseline or a previous audit, every error counts as new.
  process.exitCode = await main(['audit', '.', '--files-from', list, '--out', join(scratch, 'content'), '--no-report', '--no-compare', '--no-cache', '--format', 'concise', '--fail-on', 'new-errors', ...options]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
