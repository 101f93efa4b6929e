import { cleanLabel, MAX_ROWS, parseCount, parseRows, splitList } from './parse.js';
import type { DataProblem, FigureRow, ParseResult } from './types.js';

/** What the first column of a two-column table or a label attribute holds. */
export type LabelKind = 'period' | 'area';

export interface InlineMeta {
  area?: string;
  period?: string;
  region?: string;
  measure?: string;
  sourceName?: string;
  sourceUrl?: string;
  title?: string;
  notes?: string;
}

function documentFrom(rows: FigureRow[], dropped: DataProblem[], meta: InlineMeta): ParseResult {
  if (rows.length === 0) return { ok: false, error: dropped[0] ?? { reason: 'no-rows' }, dropped };
  const document: ParseResult & { ok: true } = {
    ok: true,
    dropped,
    document: { measure: cleanLabel(meta.measure) ?? 'offences', rows, totals: [], regionTotals: [] },
  };
  const sourceName = cleanLabel(meta.sourceName);
  if (sourceName) document.document.source = meta.sourceUrl ? { name: sourceName, url: meta.sourceUrl.trim() } : { name: sourceName };
  const title = cleanLabel(meta.title);
  if (title) document.document.title = title;
  if (meta.notes?.trim()) document.document.notes = meta.notes.trim();
  return document;
}

/**
 * Rows from two list attributes, e.g. `data-periods="2018/19,2019/20"` and
 * `data-values="67,419"`. Lists of different lengths are an error: pairing
 * them up would put a figure against the wrong year.
 */
export function rowsFromLists(labels: string, values: string, kind: LabelKind, meta: InlineMeta): ParseResult {
  const labelList = splitList(labels);
  const valueList = splitList(values);
  // A list longer than any figures file may be is refused in words, not drawn slowly.
  const longest = Math.max(labelList.length, valueList.length);
  if (longest > MAX_ROWS) return { ok: false, error: { reason: 'too-many-rows', value: String(longest) }, dropped: [] };
  if (labelList.length !== valueList.length)
    return {
      ok: false,
      error: { reason: 'attribute-mismatch', field: kind === 'period' ? 'data-periods' : 'data-areas', value: `${labelList.length}/${valueList.length}` },
      dropped: [],
    };
  const raw = labelList.map((label, i) => ({
    area: kind === 'area' ? label : meta.area ?? '',
    period: kind === 'period' ? label : meta.period ?? '',
    region: meta.region,
    value: valueList[i],
  }));
  const { rows, dropped } = parseRows(raw);
  return documentFrom(rows, dropped, meta);
}

const HEADER_NAMES: Record<string, RegExp> = {
  area: /^(area|force|police force|name)$/i,
  region: /^region$/i,
  period: /^(period|year|years)$/i,
  value: /^(value|offences|count|number|figure|crimes)$/i,
  cite: /^(cite|source)$/i,
};

/**
 * Rows from a table's cells (text only, header row first when `hasHeader`).
 * Columns are found by their header names (area, region, period, value);
 * a table without such names is read as label | value.
 */
export function rowsFromTable(cells: readonly (readonly string[])[], hasHeader: boolean, kind: LabelKind, meta: InlineMeta): ParseResult {
  const header = hasHeader ? cells[0] ?? [] : [];
  const body = hasHeader ? cells.slice(1) : cells;
  const columns: Record<string, number> = {};
  header.forEach((name, index) => {
    for (const [field, pattern] of Object.entries(HEADER_NAMES)) if (pattern.test(name.trim()) && !(field in columns)) columns[field] = index;
  });
  const labelColumn = columns[kind] ?? 0;
  const valueColumn = columns.value ?? (labelColumn === 0 ? 1 : 0);
  const raw = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const cell = (field: string) => (columns[field] === undefined ? undefined : row[columns[field]!]);
      const value = row[valueColumn];
      // A cell may carry a unit or a footnote mark ("419*"): read the number only.
      const text = value?.replace(/[^\d,\s\u00a0.\-–a-z/]/gi, '').trim();
      return {
        area: kind === 'area' ? row[labelColumn] : cell('area') ?? meta.area ?? '',
        period: kind === 'period' ? row[labelColumn] : cell('period') ?? meta.period ?? '',
        region: cell('region') ?? meta.region,
        value: text === undefined ? undefined : parseCount(text).ok ? text : value,
        cite: cell('cite'),
      };
    });
  if (raw.length === 0) return { ok: false, error: { reason: 'no-rows', field: 'table' }, dropped: [] };
  const { rows, dropped } = parseRows(raw);
  return documentFrom(rows, dropped, meta);
}
