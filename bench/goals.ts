/**
 * The performance goals of issue 7, checked against benchmark results: each goal names the result
 * it needs (a 3,000-file corpus, a 2-million-line one, the peers), takes its figure from that
 * result's JSON and says whether it is met. Nothing here is typed by hand but the goals themselves.
 */
import type { BenchResult } from './run.js';

export interface GoalCheck {
  goal: string;
  /** The measured figure as shown, or why there is none. */
  measured: string;
  met: boolean | null;
  /** The result file it came from. */
  source: string | null;
}

interface Goal {
  goal: string;
  /** Which results can answer it. */
  needs: (r: BenchResult) => boolean;
  /** The figure, or null when that result lacks the phase. */
  value: (r: BenchResult) => number | null;
  target: (v: number) => boolean;
  show: (v: number, r: BenchResult) => string;
  /** What to say when no result can answer it. */
  missing: string;
}

const phase = (r: BenchResult, name: string) => r.phases.find((p) => p.name === name) ?? null;
const seconds = (r: BenchResult, name: string) => {
  const p = phase(r, name);
  return p ? p.medianMs / 1000 : null;
};
const ratio = (r: BenchResult, key: string) => (Number.isFinite(r.ratios[key]) ? r.ratios[key]! : null);
const x = (v: number) => `${v.toFixed(2)}×`;
const s = (v: number) => `${v.toFixed(2)} s`;
const mb = (v: number) => `${Math.round(v)} MB`;
const AT_3000 = (r: BenchResult) => r.corpus.files >= 3000;

export const GOALS: Goal[] = [
  {
    goal: 'Audit (no cache) ≤ 1.3× the parse-only floor',
    needs: () => true,
    value: (r) => ratio(r, 'audit no cache / parse floor'),
    target: (v) => v <= 1.3,
    show: x,
    missing: 'no audit run',
  },
  {
    goal: 'Audit faster than Ruff (wasm) on the same files',
    needs: (r) => phase(r, 'ruff-wasm lint') !== null,
    value: (r) => ratio(r, 'audit no cache / ruff-wasm lint'),
    target: (v) => v < 1,
    show: (v) => `${x(v)} Ruff's time`,
    missing: 'not measured (run with --peers)',
  },
  {
    goal: 'At least 10× faster than flake8',
    needs: (r) => phase(r, 'flake8 lint') !== null,
    value: (r) => {
      const flake8 = seconds(r, 'flake8 lint');
      const audit = seconds(r, 'audit no cache');
      return flake8 !== null && audit ? flake8 / audit : null;
    },
    target: (v) => v >= 10,
    show: (v) => `${x(v)} faster`,
    missing: 'not measured (flake8 is not installed here)',
  },
  {
    goal: 'Re-audit of an unchanged suite ≥ 5× faster than cold',
    needs: () => true,
    value: (r) => ratio(r, 'cold / warm'),
    target: (v) => v >= 5,
    show: x,
    missing: 'no audit run',
  },
  {
    goal: 'Audit peak RSS ≤ 400 MB for a 2-million-line suite',
    needs: (r) => r.corpus.lines >= 2_000_000,
    value: (r) => {
      const peaks = ['audit cold', 'audit no cache'].map((n) => phase(r, n)?.maxRssMB).filter((v): v is number => v !== undefined);
      return peaks.length ? Math.max(...peaks) : null;
    },
    target: (v) => v <= 400,
    show: mb,
    missing: 'not measured (run with --files 4550 for 2 M lines)',
  },
  {
    goal: 'Report rendering of a 3,000-file audit < 1 s',
    needs: AT_3000,
    value: (r) => ratio(r, 'report render only (s)'),
    target: (v) => v < 1,
    show: (v, r) => `${s(v)} (read, validate and render: ${s(ratio(r, 'report command (s)') ?? NaN)})`,
    missing: 'not measured (needs 3,000 files)',
  },
  {
    goal: 'Site: ≥ 250 file pages per second',
    needs: AT_3000,
    value: (r) => ratio(r, 'site pages per second'),
    target: (v) => v >= 250,
    show: (v) => `${Math.round(v)} pages/s`,
    missing: 'not measured (needs 3,000 files)',
  },
  {
    goal: "A 3,000-file audit's site in < 15 s",
    needs: AT_3000,
    value: (r) => seconds(r, 'site build'),
    target: (v) => v < 15,
    show: s,
    missing: 'not measured (needs 3,000 files)',
  },
  {
    goal: 'Site build peak RSS ≤ 1 GB',
    needs: AT_3000,
    value: (r) => phase(r, 'site build')?.maxRssMB ?? null,
    target: (v) => v <= 1024,
    show: mb,
    missing: 'not measured (needs 3,000 files)',
  },
];

const runsOf = (r: BenchResult) => r.phases[0]?.runs.length ?? 0;

/**
 * Every goal checked against the results that can answer it: of those, the one with the most runs
 * per phase (the steadiest figure), then the largest corpus.
 */
export function checkGoals(results: ReadonlyArray<{ file: string; result: BenchResult }>): GoalCheck[] {
  return GOALS.map((g) => {
    const answers = results
      .filter(({ result }) => g.needs(result) && g.value(result) !== null)
      .sort((a, b) => runsOf(b.result) - runsOf(a.result) || b.result.corpus.files - a.result.corpus.files);
    const best = answers[0];
    if (!best) return { goal: g.goal, measured: g.missing, met: null, source: null };
    const v = g.value(best.result)!;
    return { goal: g.goal, measured: g.show(v, best.result), met: g.target(v), source: best.file };
  });
}
