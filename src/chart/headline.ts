import type { SeriesPoint } from '../data/select.js';

/** A point with a figure. */
export type Known = SeriesPoint & { value: number };

/**
 * Below this first figure a percentage misleads (1 → 48 is "up 4,700%"), so
 * the headline says the two counts instead ("From 1 in 2015/16 to 48 in
 * 2019/20"). Twenty is where one more or one fewer offence moves the change
 * by five points or more, the size of the rounding a newsroom already makes.
 */
export const SMALL_BASE = 20;

/**
 * One thing a headline line says, before it is put into words (the words
 * depend on the language, the facts do not).
 * - `change`: a percentage, rounded as newsrooms write it (67 → 419 is "up
 *   525%"). `latest` is true when `from` is the period just before `to`, so
 *   the words can say "in 2019/20" rather than "since 2018/19".
 * - `counts`: the two figures, when the first is under SMALL_BASE (0 included).
 * - `same`: no change.
 * - `figure`: one figure and its period, when nothing comparable is shown.
 * - `coverage`: earlier years count different forces, so they are not
 *   compared; `from` is the first period compared, when some are.
 * - `none`: no figure at all.
 * - `unordered`: the periods are not years that can be put in order, so no
 *   change is worked out (a file's order is not time's order).
 */
export type Statement =
  | { kind: 'change'; direction: 'up' | 'down'; percent: number; from: Known; to: Known; latest: boolean }
  | { kind: 'counts'; from: Known; to: Known }
  | { kind: 'same'; from: Known; to: Known; latest: boolean }
  | { kind: 'figure'; point: Known }
  | { kind: 'coverage'; from?: string }
  | { kind: 'none' }
  | { kind: 'unordered' };

/**
 * What a trend's headline says: a lead line and at most one line under it.
 * `last` is the latest figure shown, for the screen-reader sentence.
 */
export interface Headline {
  lead: Statement;
  second?: Statement;
  last?: Known;
}

export function knownPoints(points: readonly SeriesPoint[]): Known[] {
  return points.filter((point): point is Known => point.value !== null);
}

/**
 * Whether two figures count the same forces. Rows say what they cover in
 * `coverage` (e.g. "39 of 43 in England and Wales"); a series where no row
 * says anything is taken as one coverage throughout. Where some rows say it,
 * a row that says nothing is a different coverage from one that does.
 */
export function sameCoverage(a: SeriesPoint, b: SeriesPoint): boolean {
  return (a.coverage ?? '') === (b.coverage ?? '');
}

/** Periods where the coverage differs from the figure before: the chart marks each. */
export function coverageChanges(points: readonly SeriesPoint[]): string[] {
  const known = knownPoints(points);
  return known.filter((p, i) => i > 0 && !sameCoverage(known[i - 1]!, p)).map((p) => p.period);
}

/**
 * `from` → `to` in words-to-be: a percentage, or the two figures where the
 * base is small. With rates the small-base rule looks at the count behind
 * the first rate: a rate from 5 offences swings as much as the count does,
 * however large the population.
 */
function compare(from: Known, to: Known, latest: boolean): Statement {
  if (from.value === to.value) return { kind: 'same', from, to, latest };
  if ((from.count ?? from.value) < SMALL_BASE) return { kind: 'counts', from, to };
  const percent = Math.abs(Math.round(((to.value - from.value) / from.value) * 100));
  return { kind: 'change', direction: to.value > from.value ? 'up' : 'down', percent, from, to, latest };
}

const direction = (s: Statement) => (s.kind === 'change' ? s.direction : s.kind === 'counts' ? (s.to.value > s.from.value ? 'up' : 'down') : 'same');

/**
 * The headline a chart can carry without contradicting its own line:
 * 1. Only figures of the same coverage as the latest are compared. When no
 *    earlier figure shares it, the lead is the latest figure and the second
 *    line says earlier years cover different forces.
 * 2. The change since the first comparable figure leads, unless the latest
 *    change (from the figure before) goes the other way: then the latest
 *    leads ("Down 44% in 2019/20") and the longer change is the second line
 *    ("Up 117% since 2015/16").
 * 3. A first figure under SMALL_BASE is compared as counts, not a percentage.
 * 4. When the comparison starts after the first figure shown (coverage
 *    changed), the second line says so if it is free.
 */
export function trendHeadline(points: readonly SeriesPoint[], ordered = true): Headline {
  const known = knownPoints(points);
  const last = known[known.length - 1];
  if (!last) return { lead: { kind: 'none' } };
  // No "latest" and no change when the periods cannot be put in order.
  if (!ordered && known.length > 1) return { lead: { kind: 'unordered' } };
  if (known.length === 1) return { lead: { kind: 'figure', point: last }, last };
  const comparable = known.filter((p) => sameCoverage(p, last));
  if (comparable.length === 1) return { lead: { kind: 'figure', point: last }, second: { kind: 'coverage' }, last };
  const base = comparable[0]!;
  const previous = comparable[comparable.length - 2]!;
  const adjacent = points.indexOf(previous) === points.indexOf(last) - 1;
  const overall = compare(base, last, false);
  if (previous !== base) {
    const recent = compare(previous, last, adjacent);
    if (direction(recent) !== 'same' && direction(recent) !== direction(overall)) return { lead: recent, second: overall, last };
  }
  if (base !== known[0]) return { lead: overall, second: { kind: 'coverage', from: base.period }, last };
  return { lead: overall, last };
}
