import { sameName } from './names.js';
import { periodsAreSortable, periodTimeline } from './periods.js';
import type { FigureRow, FiguresDocument } from './types.js';

/** One point on a trend: `value` null is a period with no figure. */
export interface SeriesPoint {
  period: string;
  value: number | null;
  cite?: string;
  note?: string;
  /** What the figure covers, when rows say (see FigureRow). */
  coverage?: string;
  /** The population the figure is a share of, when the row gives one: a rate needs it. */
  denominator?: number;
  /** With rates, the count behind the rate in `value` (null: no count). */
  count?: number | null;
}

export interface Series {
  area: string;
  points: SeriesPoint[];
  /**
   * False when the periods are not years that can be put in order (e.g.
   * "Spring", "Autumn"): the points are then in the order given, and no
   * change from first to last may be worked out from them.
   */
  ordered: boolean;
}

export type SeriesResult = { ok: true; series: Series } | { ok: false; reason: 'area-not-found' | 'no-area' | 'period-not-found'; value?: string };

/**
 * Rows for one area. Force rows come first; a regional or national total is
 * used only when no force has that name, so totals are never mixed into a
 * force's series. Without an area: the national totals, or the only area.
 */
function rowsForArea(document: FiguresDocument, area: string | undefined): SeriesResult | FigureRow[] {
  if (area === undefined || area.trim() === '') {
    if (document.totals.length) return document.totals;
    const areas = new Set(document.rows.map((row) => row.area));
    if (areas.size === 1) return document.rows;
    return { ok: false, reason: 'no-area' };
  }
  for (const list of [document.rows, document.regionTotals, document.totals]) {
    const rows = list.filter((row) => sameName(row.area, area));
    if (rows.length) return rows;
  }
  return { ok: false, reason: 'area-not-found', value: area };
}

/**
 * The series for one area between two periods (inclusive), sorted, with
 * missing years written in as gaps (value null).
 */
export function selectSeries(document: FiguresDocument, area?: string, from?: string, to?: string): SeriesResult {
  const rows = rowsForArea(document, area);
  if (!Array.isArray(rows)) return rows;
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  let timeline = periodTimeline(rows.map((row) => row.period));
  for (const [bound, label] of [['from', from], ['to', to]] as const) {
    if (!label) continue;
    const index = timeline.indexOf(label);
    if (index < 0) return { ok: false, reason: 'period-not-found', value: label };
    timeline = bound === 'from' ? timeline.slice(index) : timeline.slice(0, index + 1);
  }
  const points = timeline.map((period): SeriesPoint => {
    const row = byPeriod.get(period);
    const point: SeriesPoint = { period, value: row ? row.value : null };
    if (row?.cite) point.cite = row.cite;
    if (row?.note) point.note = row.note;
    if (row?.coverage) point.coverage = row.coverage;
    if (row?.denominator) point.denominator = row.denominator;
    return point;
  });
  return { ok: true, series: { area: rows[0]!.area, points, ordered: periodsAreSortable(timeline) } };
}
