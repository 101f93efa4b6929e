import type { FigureRow, FiguresDocument } from '../data/types.js';
import { comparePeriods, periodsAreSortable } from '../data/periods.js';
import { compareNames, sameName } from '../data/names.js';

export interface RankedRow {
  area: string;
  value: number | null;
  /** Shared by ties ("1, 2, 2, 4"); undefined for a force with no figure. */
  rank?: number;
  tied: boolean;
  cite?: string;
  note?: string;
  /** Percentage of the largest value, for the bar's length. */
  share: number;
}


/**
 * Largest first; equal values share a rank (standard competition ranking,
 * as league tables do); forces with no figure come last, in name order,
 * unranked — never as 0.
 */
export function rankRows(rows: readonly Pick<FigureRow, 'area' | 'value' | 'cite' | 'note'>[]): RankedRow[] {
  const known = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value! || compareNames(a.area, b.area));
  const unknown = rows.filter((r) => r.value === null).sort((a, b) => compareNames(a.area, b.area));
  const max = known.length ? known[0]!.value! : 0;
  const counts = new Map<number, number>();
  for (const r of known) counts.set(r.value!, (counts.get(r.value!) ?? 0) + 1);
  let rank = 0;
  let previous: number | undefined;
  const ranked = known.map((r, i): RankedRow => {
    if (r.value !== previous) rank = i + 1;
    previous = r.value!;
    const row: RankedRow = { area: r.area, value: r.value, rank, tied: counts.get(r.value!)! > 1, share: max > 0 ? (r.value! / max) * 100 : 0 };
    if (r.cite) row.cite = r.cite;
    if (r.note) row.note = r.note;
    return row;
  });
  return [...ranked, ...unknown.map((r): RankedRow => ({ area: r.area, value: null, tied: false, share: 0, ...(r.cite ? { cite: r.cite } : {}) }))];
}

export type RankSelection =
  /**
   * `unordered`: no period was asked for and the data's periods are not all
   * years that can be put in order, so `period` is the last one given, which
   * may not be the latest: the ranking must say so.
   */
  | { ok: true; period: string; region?: string | undefined; rows: FigureRow[]; unordered: boolean }
  | { ok: false; reason: 'period-not-found' | 'region-not-found' | 'no-rows'; value?: string };

/**
 * Force rows (never totals) for one period, in one region or all. Without a
 * period: the latest the data has, when its periods are years; otherwise
 * the last one given, marked `unordered` (never called the latest).
 */
export function selectForRanking(document: FiguresDocument, period?: string, region?: string): RankSelection {
  let rows = document.rows;
  if (region) {
    rows = rows.filter((r) => r.region !== undefined && sameName(r.region, region));
    if (rows.length === 0) return { ok: false, reason: 'region-not-found', value: region };
  }
  const periods = [...new Set(rows.map((r) => r.period))];
  const unordered = !period && periods.length > 1 && !periodsAreSortable(periods);
  const chosen = period ?? (unordered ? periods : periods.sort(comparePeriods))[periods.length - 1];
  if (chosen === undefined) return { ok: false, reason: 'no-rows' };
  const inPeriod = rows.filter((r) => r.period === chosen);
  if (inPeriod.length === 0) return { ok: false, reason: 'period-not-found', value: chosen };
  return { ok: true, period: chosen, region: region && inPeriod[0]!.region, rows: inPeriod, unordered };
}

/**
 * Below this many forces with a figure a place means nothing a reader can
 * use ("1st of 1", "2nd of 2" that is really last): the headline gives the
 * figures instead.
 */
export const FEWEST_TO_RANK = 3;

/** The highlighted force's place, as a headline states it. */
export type RankStanding =
  | { kind: 'ranked'; area: string; rank: number; of: number; tied: boolean; complete: boolean }
  /**
   * Fewer than FEWEST_TO_RANK forces with a figure: the figures themselves,
   * the highlighted force first. `place` says where the highlighted one is
   * among two ("lower"/"higher"/"same"), or that it is the only one.
   */
  | { kind: 'few'; figures: { area: string; value: number }[]; place?: 'only' | 'higher' | 'lower' | 'same'; complete: boolean }
  | { kind: 'no-figure'; area: string }
  | { kind: 'absent'; area: string }
  | { kind: 'leader'; area: string; of: number; tied: boolean; complete: boolean }
  | { kind: 'none' };

/**
 * Where `highlight` stands. `of` counts forces with a figure; `complete` is
 * false when some forces in scope have none (null, or no row), so a headline
 * never implies a full league table it does not have.
 */
export function standing(ranked: readonly RankedRow[], highlight: string | undefined, missingCount: number): RankStanding {
  const withFigure = ranked.filter((r) => r.rank !== undefined);
  const complete = withFigure.length === ranked.length && missingCount === 0;
  const row = highlight ? ranked.find((r) => sameName(r.area, highlight)) : undefined;
  if (withFigure.length > 0 && withFigure.length < FEWEST_TO_RANK && (!highlight || row?.rank !== undefined)) {
    const first = row ?? withFigure[0]!;
    const other = withFigure.find((r) => r !== first);
    const figures = [first, ...(other ? [other] : [])].map((r) => ({ area: r.area, value: r.value! }));
    const place = !other ? 'only' : other.value === first.value ? 'same' : first.value! > other.value! ? 'higher' : 'lower';
    return { kind: 'few', figures, place, complete };
  }
  if (!highlight) {
    const top = withFigure[0];
    return top ? { kind: 'leader', area: top.area, of: withFigure.length, tied: top.tied, complete } : { kind: 'none' };
  }
  if (!row) return { kind: 'absent', area: highlight };
  if (row.rank === undefined) return { kind: 'no-figure', area: row.area };
  return { kind: 'ranked', area: row.area, rank: row.rank, of: withFigure.length, tied: row.tied, complete };
}

/** A long ranking shows this many bars (and the highlighted force in its place) until a reader asks for all. */
export const TOP_COUNT = 10;

/**
 * The bars a ranking shows, of the forces with a figure (`known`, ranked):
 * all of them when there are at most TOP_COUNT + 1 (folding away one would
 * hide less than the control costs) or when the reader asked for all;
 * otherwise the top TOP_COUNT and, when it is further down, the highlighted
 * force in its place, after a gap (the row at index TOP_COUNT).
 */
export function shownBars(known: readonly RankedRow[], isHighlight: (row: RankedRow) => boolean, all: boolean): RankedRow[] {
  if (all || !folds(known.length)) return [...known];
  const highlighted = known.slice(TOP_COUNT).find(isHighlight);
  return [...known.slice(0, TOP_COUNT), ...(highlighted ? [highlighted] : [])];
}

/** Whether a ranking of this many forces with a figure folds to its top TOP_COUNT (and has a "Show all" control). */
export function folds(withFigure: number): boolean {
  return withFigure > TOP_COUNT + 1;
}
