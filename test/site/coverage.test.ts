/** The coverage page's view: capabilities per area, linked to their tests' file pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../analyzer/version.js';
import { parseAuditText } from '../../src/lib/read-audit.js';
import { coverageView } from '../../src/site/views.js';

const file = join(PACKAGE_ROOT, 'content/audits/2026-02-15/audit.json');
const audit = parseAuditText(readFileSync(file, 'utf8'), file);

test('each capability links to the file pages of its tests, at their line', () => {
  const view = coverageView(audit, '/')!;
  expect(view.areas.map((a) => `${a.name} ${a.covered}/${a.total}`)).toEqual(['auth 4/5', 'websocket 3/4', 'agents 1/2']);
  const isolation = view.areas[0]!.capabilities.find((c) => c.name === 'multi-user isolation')!;
  expect(isolation.covering.map((t) => [t.label, t.href, t.note])).toEqual([
    ['test_user_cannot_read_another_users_thread', '/audits/2026-02-15/files/auth_service/tests/e2e/test_multi_user_isolation.py/#L22', 'e2e · matched in the name'],
    ['test_agent_events_go_to_their_owner_only', '/audits/2026-02-15/files/auth_service/tests/e2e/test_multi_user_isolation.py/#L31', 'e2e · matched in the name'],
  ]);
  const parallel = view.areas[2]!.capabilities[1]!;
  expect([parallel.ok, parallel.statusText, parallel.covering[0]!.note]).toEqual([false, 'only skipped tests', 'unit · skipped · matched in the name']);
  expect(view.namedValues.filter((v) => !v.ok).map((v) => v.value)).toEqual(['agent_error']);
});

test('no coverage, no page', () => {
  expect(coverageView({ ...audit, coverage: undefined } as typeof audit, '/')).toBeNull();
});
