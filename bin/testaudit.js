#!/usr/bin/env node
// Entry point: runs the compiled CLI from out/ (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../out/analyzer/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(`testaudit: not built yet; run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}\n`);
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
