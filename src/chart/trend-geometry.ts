import { area, line } from 'd3-shape';
import type { SeriesPoint } from '../data/select.js';
import { formatCount } from './format.js';
import { countScale, estimateTextWidth, periodScale } from './scales.js';

export interface TrendLayoutOptions {
  width: number;
  height: number;
  locale?: string;
  fontSize?: number;
}

export interface PlottedPoint {
  period: string;
  value: number | null;
  x: number;
  /** null for a period with no figure: nothing is drawn there. */
  y: number | null;
  /** Text above (or below) the point, when there is room for it. */
  label?: { text: string; y: number };
}

export interface TrendGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { period: string; x: number }[];
  linePath: string;
  areaPath: string;
  points: PlottedPoint[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Which items fit side by side: keeps the most important first, drops any that would overlap one kept. */
function fitLabels<T>(items: T[], priority: (item: T) => number, span: (item: T) => [number, number]): Set<T> {
  const kept: [number, number][] = [];
  const chosen = new Set<T>();
  for (const item of [...items].sort((a, b) => priority(a) - priority(b))) {
    const [start, end] = span(item);
    if (kept.some(([s, e]) => start < e && end > s)) continue;
    kept.push([start, end]);
    chosen.add(item);
  }
  return chosen;
}

/**
 * Everything needed to draw a trend, computed from the series and the box
 * alone: pure, so it is tested without a browser. Gaps (null values) break
 * the line and the area instead of being drawn through.
 */
export function trendGeometry(points: readonly SeriesPoint[], options: TrendLayoutOptions): TrendGeometry {
  const locale = options.locale ?? 'en-GB';
  const fontSize = options.fontSize ?? 12;
  const width = Math.max(120, Number.isFinite(options.width) ? options.width : 0);
  const height = Math.max(120, Number.isFinite(options.height) ? options.height : 0);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = values.length ? Math.max(...values) : 0;

  const top = fontSize * 2;
  const bottom = height - fontSize * 2.5;
  const y = countScale(max, [bottom, top], Math.max(2, Math.floor((bottom - top) / 50)));
  // Counts are whole numbers: no tick at 0.5 offences (small series would otherwise repeat "0 0 1 1").
  const yTicks = y
    .ticks(Math.max(2, Math.floor((bottom - top) / 50)))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: round(y(value)), label: formatCount(value, locale) }));
  const yLabelWidth = Math.max(...yTicks.map((t) => estimateTextWidth(t.label, fontSize)));

  const periods = points.map((p) => p.period);
  const periodWidth = Math.max(...periods.map((p) => estimateTextWidth(p, fontSize)), 0);
  const valueWidth = Math.max(...values.map((v) => estimateTextWidth(formatCount(v, locale), fontSize)), 0);
  const left = yLabelWidth + 8;
  const edge = Math.ceil(Math.max(periodWidth, valueWidth) / 2) + 4;
  const plot = { left, top, right: width - 4, bottom };
  const x = periodScale(periods, [left + edge, Math.max(left + edge, width - edge - 4)]);

  const plotted: PlottedPoint[] = points.map((p) => ({
    period: p.period,
    value: p.value,
    x: round(x(p.period) ?? left),
    y: p.value === null ? null : round(y(p.value)),
  }));

  // Period labels: the latest always shows; the rest thin out to fit.
  const gap = fontSize;
  const step = plotted.length > 1 ? plotted[1]!.x - plotted[0]!.x : Infinity;
  const every = Math.max(1, Math.ceil((periodWidth + gap) / step));
  const xTicks = plotted.filter((_, i) => (plotted.length - 1 - i) % every === 0).map((p) => ({ period: p.period, x: p.x }));

  // Value labels: last, then first, then the highest, then the rest, where they fit.
  const known = plotted.filter((p) => p.y !== null);
  const maxPoint = known.reduce<PlottedPoint | undefined>((best, p) => (best === undefined || p.value! > best.value! ? p : best), undefined);
  const priority = (p: PlottedPoint) => (p === known[known.length - 1] ? 0 : p === known[0] ? 1 : p === maxPoint ? 2 : 3);
  const labelled = fitLabels(known, priority, (p) => {
    const w = estimateTextWidth(formatCount(p.value!, locale), fontSize);
    return [p.x - w / 2 - 3, p.x + w / 2 + 3];
  });
  for (const p of labelled) {
    const above = p.y! - fontSize * 0.6;
    p.label = { text: formatCount(p.value!, locale), y: round(above < fontSize ? p.y! + fontSize * 1.4 : above) };
  }

  const defined = (p: PlottedPoint) => p.y !== null;
  const linePath =
    line<PlottedPoint>()
      .defined(defined)
      .x((p) => p.x)
      .y((p) => p.y!)(plotted) ?? '';
  const areaPath =
    area<PlottedPoint>()
      .defined(defined)
      .x((p) => p.x)
      .y0(bottom)
      .y1((p) => p.y!)(plotted) ?? '';

  return { width, height, plot, yTicks, xTicks, linePath, areaPath, points: plotted };
}
