import { scaleLinear, scalePoint } from 'd3-scale';

/**
 * A count axis from zero: counts of offences are compared by length or
 * height, so the axis never starts above zero. An all-zero or empty series
 * still gets a usable 0–1 axis (d3 would collapse it to a point).
 */
export function countScale(max: number, range: [number, number], tickCount: number) {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  return scaleLinear().domain([0, top]).range(range).nice(tickCount);
}

/** Evenly spaced periods across the width; one period sits in the middle. */
export function periodScale(periods: readonly string[], range: [number, number]) {
  return scalePoint<string>().domain(periods).range(range).padding(periods.length === 1 ? 0.5 : 0);
}

/** Width of a label in pixels, estimated without touching the DOM (digits at 12–14px are about 0.6em wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}
