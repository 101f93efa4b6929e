import { area, line } from 'd3-shape';
import type { SeriesPoint } from '../data/select.js';
import { formatCount } from './format.js';
import { countScale, estimateTextWidth, periodScale } from './scales.js';

export interface TrendLayoutOptions {
  width: number;
  height: number;
  locale?: string;
  fontSize?: number;
  /** Periods whose figure counts different forces from the one before (see coverageChanges): each gets a mark. */
  coverageChanges?: readonly string[];
  /** The words on a coverage mark, to fit them. */
  coverageLabel?: string;
  /** Writes a figure for its label (and a tick that is not whole): counts by default, a rate's one decimal with `per`. */
  format?: (n: number) => string;
  /** What the figures are, over the axis ("Offences per 100,000 children"): said with rates; labels keep clear of it. */
  unit?: string;
}

/** A dashed line between two periods where what is counted changes, and where its label goes. */
export interface CoverageMark {
  x: number;
  /** The label's anchor point and side: it reads away from the nearer edge. */
  labelX: number;
  anchor: 'start' | 'end';
  /** False where the label would meet another mark's: the dashed line alone then. */
  labelled: boolean;
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
  coverageMarks: CoverageMark[];
  /** The unit over the axis, at the top left, when given. */
  unit?: { text: string; y: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

type Box = [left: number, top: number, right: number, bottom: number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

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
  const tickCount = Math.max(2, Math.floor((bottom - top) / 50));
  const y = countScale(max, [bottom, top], tickCount);
  const count = (n: number) => formatCount(n, locale);
  const format = options.format ?? count;
  // Counts are whole numbers: no tick at 0.5 offences (small series would otherwise repeat "0 0 1 1"). A rate may be 0.5.
  const ticks = y.ticks(tickCount).filter((v) => options.format || Number.isInteger(v));
  const tickLabel = ticks.every(Number.isInteger) ? count : format;
  const yTicks = ticks.map((value) => ({ value, y: round(y(value)), label: tickLabel(value) }));
  const yLabelWidth = Math.max(...yTicks.map((t) => estimateTextWidth(t.label, fontSize)));

  const periods = points.map((p) => p.period);
  const periodWidth = Math.max(...periods.map((p) => estimateTextWidth(p, fontSize)), 0);
  const valueWidth = Math.max(...values.map((v) => estimateTextWidth(format(v), fontSize)), 0);
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

  // Period labels: the first and the latest always show (a headline cites them); those between thin out to fit.
  const gap = fontSize;
  const room = periodWidth + gap;
  const step = plotted.length > 1 ? plotted[1]!.x - plotted[0]!.x : Infinity;
  const every = Math.max(1, Math.ceil(room / step));
  const first = plotted[0];
  const latest = plotted[plotted.length - 1];
  const xTicks = plotted
    .filter((p, i) => p === first || p === latest || ((plotted.length - 1 - i) % every === 0 && p.x - first!.x >= room && latest!.x - p.x >= room))
    .map((p) => ({ period: p.period, x: p.x }));

  // Value labels only where they help: the latest and the first figure always (a headline compares
  // them), then the highest and the lowest where they collide with no label kept. The selected
  // point's figure is the tooltip's. Each sits on the side of its point away from its neighbours'
  // line: above a peak, below a dip.
  const known = plotted.filter((p) => p.y !== null);
  const extreme = (better: (a: number, b: number) => boolean) =>
    known.reduce<PlottedPoint | undefined>((best, p) => (best === undefined || better(p.value!, best.value!) ? p : best), undefined);
  const candidates = [known[known.length - 1], known[0], extreme((a, b) => a > b), extreme((a, b) => a < b)];
  const labelHeight = fontSize * 1.2;
  // The unit sits over the axis, in the top margin; no value label may cover it.
  const unit = options.unit ? { text: options.unit, y: fontSize } : undefined;
  const kept: Box[] = unit ? [[0, 0, estimateTextWidth(unit.text, fontSize), labelHeight]] : [];
  for (const [rank, p] of candidates.entries()) {
    if (!p || p.label) continue;
    const text = format(p.value!);
    const half = estimateTextWidth(text, fontSize) / 2 + 3;
    const i = plotted.indexOf(p);
    const neighbours = [plotted[i - 1]?.y, plotted[i + 1]?.y].filter((v): v is number => v !== null && v !== undefined);
    const below = neighbours.length > 0 && neighbours.reduce((a, b) => a + b, 0) / neighbours.length < p.y!;
    const aboveY = p.y! - fontSize * 0.6;
    const belowY = p.y! + fontSize * 1.4;
    const sides = below ? [belowY, aboveY] : [aboveY, belowY];
    // Inside the plot: above needs a line's room under the top, below must clear the axis.
    const fits = (y: number) => y - fontSize >= 0 && y <= bottom - 2;
    const boxAt = (y: number): Box => [p.x - half, y - fontSize, p.x + half, y - fontSize + labelHeight];
    const y = sides.find((side) => fits(side) && !kept.some((box) => overlaps(box, boxAt(side))));
    // The first and latest are labelled at every width, on their preferred side if nothing else fits.
    const chosen = y ?? (rank < 2 ? sides.find(fits) ?? sides[0]! : undefined);
    if (chosen === undefined) continue;
    kept.push(boxAt(chosen));
    p.label = { text, y: round(chosen) };
  }

  // Marks where coverage changes; the latest's label first, others only where no label is met.
  const markWidth = estimateTextWidth(options.coverageLabel ?? '', fontSize) + 4;
  const markSpans: [number, number][] = [];
  const coverageMarks: CoverageMark[] = (options.coverageChanges ?? [])
    .flatMap((period) => {
      const i = plotted.findIndex((p) => p.period === period);
      if (i < 1) return [];
      const x = round((plotted[i - 1]!.x + plotted[i]!.x) / 2);
      const anchor: 'start' | 'end' = x > (left + width) / 2 ? 'end' : 'start';
      return [{ x, labelX: anchor === 'end' ? x - 4 : x + 4, anchor, labelled: false }];
    })
    .reverse()
    .map((mark) => {
      const span: [number, number] = mark.anchor === 'end' ? [mark.labelX - markWidth, mark.labelX] : [mark.labelX, mark.labelX + markWidth];
      const labelled = span[0] >= 0 && span[1] <= width && !markSpans.some(([s, e]) => span[0] < e && span[1] > s);
      if (labelled) markSpans.push(span);
      return { ...mark, labelled };
    })
    .reverse();

  const { linePath, areaPath } = linePaths(plotted, bottom);

  return { width, height, plot, yTicks, xTicks, linePath, areaPath, points: plotted, coverageMarks, ...(unit ? { unit } : {}) };
}

/**
 * The line through the figures and the area under it, drawn by d3-shape
 * (the project's chosen path maker) with its default linear curve. A missing
 * figure breaks both, so a gap is never drawn through; a figure alone between
 * gaps is a closed point ("M…Z") the line's round cap shows. The area closes
 * each run down to `base`. d3-shape (like Lit, d3-scale and rollup) was
 * fixed by the project's owner: do not swap it for hand-written paths to
 * save bytes.
 */
export function linePaths(points: readonly { x: number; y: number | null }[], base: number): { linePath: string; areaPath: string } {
  type Point = (typeof points)[number];
  const defined = (p: Point) => p.y !== null;
  const linePath =
    line<Point>()
      .defined(defined)
      .x((p) => p.x)
      .y((p) => p.y!)(points) ?? '';
  const areaPath =
    area<Point>()
      .defined(defined)
      .x((p) => p.x)
      .y0(base)
      .y1((p) => p.y!)(points) ?? '';
  return { linePath, areaPath };
}
