import type { SeriesPoint } from '../data/select.js';

/**
 * What a trend says, before it is put into words (the words depend on the
 * language, the facts do not).
 * - `change`: both ends known and the first is above zero: `percent` is the
 *   rounded change, as newsrooms write it (67 → 419 is "up 525%").
 * - `from-zero`: rose from 0, where a percentage means nothing.
 * - `same`: no change.
 * - `single`: only one known figure.
 * - `none`: no known figure at all.
 */
export type Headline =
  | { kind: 'change'; direction: 'up' | 'down'; percent: number; from: SeriesPoint & { value: number }; to: SeriesPoint & { value: number } }
  | { kind: 'from-zero'; from: SeriesPoint & { value: number }; to: SeriesPoint & { value: number } }
  | { kind: 'same'; from: SeriesPoint & { value: number }; to: SeriesPoint & { value: number } }
  | { kind: 'single'; point: SeriesPoint & { value: number } }
  | { kind: 'none' };

type Known = SeriesPoint & { value: number };

export function knownPoints(points: readonly SeriesPoint[]): Known[] {
  return points.filter((point): point is Known => point.value !== null);
}

/** Change from the first known figure to the last, as a newsroom would compute it. */
export function trendHeadline(points: readonly SeriesPoint[]): Headline {
  const known = knownPoints(points);
  if (known.length === 0) return { kind: 'none' };
  const from = known[0]!;
  const to = known[known.length - 1]!;
  if (known.length === 1) return { kind: 'single', point: to };
  if (from.value === to.value) return { kind: 'same', from, to };
  if (from.value === 0) return { kind: 'from-zero', from, to };
  const percent = Math.round(((to.value - from.value) / from.value) * 100);
  return { kind: 'change', direction: to.value > from.value ? 'up' : 'down', percent: Math.abs(percent), from, to };
}
