/**
 * A realistic synthetic pytest suite for the benchmark, generated deterministically from a seed:
 * services with unit/integration/e2e folders, long BVJ docstrings, classes of async tests,
 * parametrize, fixtures, heavy mock use in some integration files, direct environment access, a
 * few 2,000-line modules, a few syntax-broken files with long commented-out runs, latin-1 and
 * binary files. Same options → same bytes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CorpusOptions {
  files: number;
  /** Multiplies the size of every module (1 ≈ 400 lines per file on average). */
  scale: number;
  seed: number;
}

export interface CorpusInfo extends CorpusOptions {
  dir: string;
  bytes: number;
  lines: number;
}

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['auth_service', 'netra_backend', 'analytics_service', 'frontend_gateway', 'shared'];
const SUBJECTS = ['websocket_agent_events', 'agents', 'database', 'configuration', 'sessions', 'billing', 'tokens', 'routing', 'cache', 'users'];
const EVENTS = ['agent_started', 'agent_thinking', 'tool_executing', 'tool_completed', 'agent_completed'];
const WORDS = ['token', 'session', 'user', 'event', 'message', 'agent', 'tool', 'thread', 'request', 'config', 'payload', 'result'];

class Writer {
  lines: string[] = [];
  constructor(readonly rand: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  add(...ls: string[]): void {
    this.lines.push(...ls);
  }
}

function docstring(w: Writer, subject: string): void {
  w.add('"""', `Tests for ${subject.replace(/_/g, ' ')}.`, '', 'Business Value Justification (BVJ):');
  const fields = ['Segment: Enterprise, Mid, Free', 'Business Goal: Retention and platform stability', 'Value Impact: Users see every agent event in real time', 'Strategic Impact: Core chat experience'];
  for (const f of fields) if (!w.chance(0.1)) w.add(`- ${f}`);
  for (let i = w.int(0, 12); i > 0; i--) w.add(`${w.pick(WORDS)} ${w.pick(WORDS)} ${w.pick(WORDS)} must stay consistent across ${w.pick(WORDS)} boundaries.`);
  w.add('"""', '');
}

function imports(w: Writer, category: string, mocks: boolean): void {
  w.add('import asyncio', 'import time', 'import pytest', '');
  if (w.chance(0.15)) w.add('import os');
  if (mocks) w.add('from unittest.mock import AsyncMock, MagicMock, patch');
  if (w.chance(0.1)) w.add(`from .helpers import make_${w.pick(WORDS)}`);
  if (category !== 'unit' || w.chance(0.3)) w.add('from test_framework.ssot.base_test_case import SSotBaseTestCase');
  if (category === 'e2e') w.add('from test_framework.ssot.e2e_auth_helper import E2EAuthHelper');
  w.add(`from netra_backend.app.${w.pick(SUBJECTS)} import ${w.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}Service`, '', '');
}

function testBody(w: Writer, mocks: boolean, isAsync: boolean): void {
  const indent = '        ';
  if (mocks && w.chance(0.5)) {
    w.add(`${indent}with patch("netra_backend.app.${w.pick(SUBJECTS)}.client") as client:`);
    w.add(`${indent}    client.return_value = MagicMock(status=${w.int(200, 503)})`);
  }
  if (w.chance(0.1)) w.add(`${indent}value = os.environ.get("${w.pick(WORDS).toUpperCase()}_URL")`);
  if (isAsync && w.chance(0.05)) w.add(`${indent}time.sleep(${w.int(1, 3)})`);
  for (let i = w.int(1, 6); i > 0; i--) w.add(`${indent}${w.pick(WORDS)}_${i} = await service.fetch("${w.pick(EVENTS)}", ${w.int(0, 99)})`.replace(isAsync ? '' : 'await ', ''));
  for (let i = w.int(1, 5); i > 0; i--) {
    const msg = w.chance(0.5) ? `, "${w.pick(WORDS)} mismatch"` : '';
    w.add(`${indent}assert ${w.pick(WORDS)}_1 == "${w.pick(EVENTS)}"${msg}`);
  }
  if (w.chance(0.1)) w.add(`${indent}print(${w.pick(WORDS)}_1)`);
  w.add('');
}

function testClass(w: Writer, category: string, mocks: boolean, index: number): void {
  const isAsync = w.chance(0.5);
  if (w.chance(0.7)) w.add(`@pytest.mark.${category}`);
  w.add(`class Test${w.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}Flow${index}(SSotBaseTestCase):`);
  w.add(`    """${w.pick(EVENTS)} behaviour under ${w.pick(WORDS)} load."""`, '');
  w.add('    @pytest.fixture', '    def service(self, real_services):', '        return real_services.backend', '');
  for (let t = w.int(3, 9); t > 0; t--) {
    if (w.chance(0.3)) w.add(`    @pytest.mark.parametrize("event", [${EVENTS.slice(0, w.int(1, 5)).map((e) => `"${e}"`).join(', ')}])`);
    if (isAsync) w.add('    @pytest.mark.asyncio');
    w.add(`    ${isAsync ? 'async ' : ''}def test_${w.pick(WORDS)}_${w.pick(EVENTS)}_${t}(self, service${w.chance(0.3) ? ', event' : ''}):`);
    if (w.chance(0.4)) w.add(`        """Checks ${w.pick(WORDS)} ${w.pick(WORDS)}."""`);
    testBody(w, mocks, isAsync);
  }
  w.add('');
}

function commentedRun(w: Writer): void {
  for (let i = w.int(60, 300); i > 0; i--) w.add(`# old_${w.pick(WORDS)}_${i} = legacy.${w.pick(WORDS)}(${i})  # kept for reference`);
}

/** One module's text; `kind` picks the real-world oddities. */
function module(w: Writer, category: string, subject: string, targetLines: number, kind: 'normal' | 'broken'): string {
  const mocks = category !== 'unit' ? w.chance(0.3) : w.chance(0.6);
  docstring(w, subject);
  imports(w, category, mocks);
  if (w.chance(0.6)) w.add(`pytestmark = pytest.mark.${w.chance(0.95) ? category : 'unit'}`, '', '');
  let c = 0;
  while (w.lines.length < targetLines) {
    if (kind === 'broken' && c === 1) {
      commentedRun(w);
      w.add('def test_broken(:', '    assert True', '');
    }
    testClass(w, category, mocks, c++);
  }
  return `${w.lines.join('\n')}\n`;
}

/** Write the corpus unless an identical one is already there; returns where it is and its size. */
export function generateCorpus(base: string, opts: CorpusOptions): CorpusInfo {
  const dir = join(base, `suite-${opts.files}-x${opts.scale}-s${opts.seed}`);
  const stamp = join(dir, '.corpus.json');
  if (existsSync(stamp)) return { ...(JSON.parse(readFileSync(stamp, 'utf8')) as CorpusInfo), dir };
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(opts.seed);
  let bytes = 0;
  let lines = 0;
  const write = (path: string, data: string | Uint8Array): void => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
    bytes += data.length;
    lines += typeof data === 'string' ? data.split('\n').length - 1 : 0;
  };
  for (const service of SERVICES) write(`${service}/tests/conftest.py`, 'import pytest\n\n\n@pytest.fixture\ndef real_services():\n    yield object()\n');
  const names = new Set<string>();
  for (let i = 0; names.size < opts.files - SERVICES.length; i++) {
    const w = new Writer(rand);
    const service = w.pick(SERVICES);
    const category = w.pick(['unit', 'unit', 'integration', 'integration', 'e2e']);
    const subject = w.pick(SUBJECTS);
    const path = `${service}/tests/${category}/${subject}/test_${subject}_${i}.py`;
    names.add(path);
    const roll = rand();
    if (roll < 0.002) {
      write(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, ...new Array(64).fill(0)])); // binary
      continue;
    }
    const huge = roll < 0.006;
    const target = Math.round((huge ? 2000 : w.int(80, 720)) * opts.scale);
    const text = module(w, category, subject, target, roll > 0.997 ? 'broken' : 'normal');
    if (roll > 0.006 && roll < 0.01) write(path, Buffer.from(text.replace('must stay', 'must stay (café)'), 'latin1')); // latin-1, no cookie
    else write(path, text);
  }
  const info: CorpusInfo = { ...opts, dir, bytes, lines };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}
