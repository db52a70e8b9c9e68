/**
 * Numbers and plurals, one format everywhere (report, text report, site, terminal): thousands
 * separated by commas (`2,485`), at most one decimal as scores are stored.
 */

/** `2485` → `2,485`; `90.94` stays `90.94` (scores are already rounded to one decimal). */
export const n = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** `plural(2485, 'file')` → `2,485 files`. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;

/** A change in points with its sign: `+3.2 pts`, `−1 pts`. */
export const signedPoints = (d: number): string => `${d > 0 ? '+' : d < 0 ? '−' : ''}${n(Math.abs(d))} ${Math.abs(d) === 1 ? 'pt' : 'pts'}`;

/** A signed number: `+3.2`, `-1`. */
export const signed = (d: number): string => `${d > 0 ? '+' : ''}${n(d)}`;
