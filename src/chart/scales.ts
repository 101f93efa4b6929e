import { nice, ticks } from 'd3-array';
import { scalePoint } from 'd3-scale';

/** A linear count scale: maps a value to pixels and lists its ticks. */
export interface CountScale {
  (value: number): number;
  ticks(count: number): number[];
  domain(): [number, number];
}

/**
 * A count axis from zero: counts of offences are compared by length or
 * height, so the axis never starts above zero. An all-zero or empty series
 * still gets a usable 0–1 axis.
 *
 * Written on d3-array's `nice` and `ticks` rather than d3-scale's
 * scaleLinear: scaleLinear brings d3-interpolate, d3-color and d3-format
 * (about 8 kB brotli of the 20 kB budget) for colour interpolation and tick
 * formatting we do not use — ticks are formatted by Intl.
 */
export function countScale(max: number, range: [number, number], tickCount: number): CountScale {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const [, niceTop] = nice(0, top, tickCount);
  const [r0, r1] = range;
  const scale = ((value: number) => r0 + (value / niceTop) * (r1 - r0)) as CountScale;
  scale.ticks = (count: number) => ticks(0, niceTop, count);
  scale.domain = () => [0, niceTop];
  return scale;
}

/** Evenly spaced periods across the width; one period sits in the middle. */
export function periodScale(periods: readonly string[], range: [number, number]) {
  return scalePoint<string>().domain(periods).range(range).padding(periods.length === 1 ? 0.5 : 0);
}

/** Width of a label in pixels, estimated without touching the DOM (digits at 12–14px are about 0.6em wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}
