/**
 * `npm run demo`: two dated audits of the bundled examples/ suite, so the archive, the comparison
 * and the diff are visible out of the box. The earlier audit (2026-01-15) is of a scripted past
 * state of the suite — a mock since removed, a marker since added, a module since renamed, no merge
 * conflict yet — and the later one (2026-02-15) is of examples/ as it is. Then the site is built
 * into dist/.
 *
 * The archive goes to out/demo/content, which git ignores, so a demo run never leaves the checkout
 * dirty; `npm run demo -- --update-content` rewrites the committed content/ on purpose (its audits
 * are golden files the tests read).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from './cli.js';
import { PACKAGE_ROOT } from './version.js';

const EXAMPLES = join(PACKAGE_ROOT, 'examples');
const CONTENT = process.argv.includes('--update-content') ? join(PACKAGE_ROOT, 'content') : join(PACKAGE_ROOT, 'out', 'demo', 'content');

/** Edits that turn today's examples/ into the suite as it was a month earlier. */
const PAST: Array<{ path: string; edit: (text: string) => string } | { rename: [string, string] }> = [
  { path: 'netra_backend/tests/integration/database/test_session_lifecycle.py', edit: (t) => t.replace('import pytest\n', 'import pytest\nfrom unittest.mock import patch\n') },
  { path: 'netra_backend/tests/unit/websocket_agent_events/test_event_serialization.py', edit: (t) => t.replace('pytestmark = pytest.mark.unit\n', '') },
  { path: 'netra_backend/tests/unit/agents/test_rate_limiter.py', edit: (t) => t.replace(/<<<<<<< HEAD\n/, '').replace(/=======\n[\s\S]*>>>>>>> [^\n]*\n/, '') },
  { rename: ['netra_backend/tests/unit/agents/test_agent_registry.py', 'netra_backend/tests/unit/agents/test_registry.py'] },
];

async function audit(root: string, date: string): Promise<void> {
  const code = await main(['audit', root, '--name', 'examples', '--date', date, '--force', '--no-cache', '--out', CONTENT]);
  if (code !== 0) throw new Error(`the demo audit of ${date} exited with ${code}`);
}

async function demo(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'testaudit-demo-'));
  try {
    const past = join(scratch, 'examples');
    cpSync(EXAMPLES, past, { recursive: true, filter: (src) => !src.includes('.testaudit-cache') });
    for (const step of PAST) {
      if ('rename' in step) renameSync(join(past, step.rename[0]), join(past, step.rename[1]));
      else writeFileSync(join(past, step.path), step.edit(readFileSync(join(past, step.path), 'utf8')));
    }
    await audit(past, '2026-01-15');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  await audit(EXAMPLES, '2026-02-15');
  const code = await main(['site', '--content', CONTENT, '--out', join(PACKAGE_ROOT, 'dist')]);
  if (code !== 0) throw new Error(`the demo site build exited with ${code}`);
  process.stdout.write(`The demo archive is in ${relative(process.cwd(), CONTENT) || CONTENT}; compare its audits with: npx testaudit diff --content ${relative(process.cwd(), CONTENT) || CONTENT}\n`);
}

await demo();
