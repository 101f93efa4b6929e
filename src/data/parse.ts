import { periodIdentity } from './periods.js';
import type { DataProblem, FigureRow, FiguresDocument, ParseResult } from './types.js';

/**
 * Far more rows than any UK police data set needs (46 forces a year), and
 * enough for a long trend of 10,000 figures (issue 19). Beyond it a document
 * or list is refused in words before any row is read: reading 10,000 rows
 * takes well under 100 ms (measured with Node 20 on the 2-core build machine:
 * parse ~65 ms, series ~35 ms), and what a typo or a hostile file can make the
 * page do stays bounded.
 */
export const MAX_ROWS = 10000;
/** Labels longer than this are cut with an ellipsis: a name, not an essay. */
export const MAX_LABEL_LENGTH = 120;

const DEFAULT_MEASURE = 'offences';

type Json = unknown;

function isRecord(value: Json): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Control characters, and the bidirectional embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069): a label with an unclosed override
 * would turn the text after it, such as its figure, back to front.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g;

/** Plain text of a label: trimmed, control characters removed, length bounded. */
export function cleanLabel(value: unknown, maxLength = MAX_LABEL_LENGTH): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(CONTROLS, (match) => (/^[\u202a-\u202e\u2066-\u2069]+$/.test(match) ? '' : ' ')).trim();
  if (text === '') return undefined;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** A force's name as a key: "Kent" and "KENT", "Dyfed–Powys" and "Dyfed-Powys" are one force. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * A figures file's notes are written for whoever edits the file, and name
 * JSON's `null` ("no figure for that year (null), which is not zero"). A
 * reader never sees "null": the mark in brackets goes, and the word is the
 * one the chart uses, "no figure". The file itself is left as published.
 */
export function notesForReaders(notes: string): string {
  return notes.replace(/\s*\(null\)/g, '').replace(/\bnull\b/g, '“no figure”');
}

/**
 * A count from JSON or text. Accepts 419, "419", "10,391" and "1 234";
 * null, "", "-", "n/a" and "no figure" mean no figure. Anything else, and
 * negative, fractional or absurd numbers, are not a count of offences.
 */
export function parseCount(value: unknown): { ok: true; value: number | null } | { ok: false } {
  if (value === null || value === undefined) return { ok: true, value: null };
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === '' || text === '-' || text === '–' || text === 'n/a' || text === 'na' || text === 'null' || text === 'no figure' || text === '..')
      return { ok: true, value: null };
    if (!/^\d{1,3}(?:[,\s\u00a0]\d{3})*$|^\d+$/.test(text)) return { ok: false };
    number = Number(text.replace(/[,\s\u00a0]/g, ''));
  } else {
    return { ok: false };
  }
  if (!Number.isFinite(number) || number < 0 || !Number.isInteger(number) || number > 1e9) return { ok: false };
  return { ok: true, value: number };
}

interface RowOutcome {
  row?: FigureRow;
  problem?: DataProblem;
}

function parseRow(raw: Json, index: number, defaults: { area?: string }): RowOutcome {
  const row = index + 1;
  if (!isRecord(raw)) return { problem: { reason: 'invalid-row', row } };
  const area = cleanLabel(raw.area) ?? defaults.area;
  if (area === undefined) return { problem: { reason: 'invalid-row', row, field: 'area', value: preview(raw.area) } };
  const period = cleanLabel(raw.period);
  if (period === undefined) return { problem: { reason: 'invalid-row', row, field: 'period', value: preview(raw.period) } };
  if (!('value' in raw)) return { problem: { reason: 'invalid-value', row, field: 'value', value: '' } };
  const count = parseCount(raw.value);
  if (!count.ok) return { problem: { reason: 'invalid-value', row, field: 'value', value: preview(raw.value) } };
  const parsed: FigureRow = { area, period, value: count.value };
  // Labels a row may carry; `forces` ("39 of 43 …") is both a note and the figure's coverage.
  const labels = { region: raw.region, cite: raw.cite, note: raw.note ?? raw.forces, coverage: raw.coverage ?? raw.forces };
  for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
    const label = cleanLabel(labels[key]);
    if (label !== undefined) parsed[key] = label;
  }
  const denominator = parseCount(raw.denominator ?? raw.population);
  if (denominator.ok && denominator.value) parsed.denominator = denominator.value;
  return { row: parsed };
}

/** A short, safe rendering of a bad value for an error message. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads a list of rows, dropping bad ones with a note each and the second of
 * two rows for the same area and period — the same however either is written
 * ("Kent" and "KENT", "2018/19" and "2018-19"): drawing both would show one
 * year or force twice. The note names the row left out.
 */
export function parseRows(list: readonly Json[], defaults: { area?: string } = {}): { rows: FigureRow[]; dropped: DataProblem[] } {
  const rows: FigureRow[] = [];
  const dropped: DataProblem[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const outcome = parseRow(raw, index, defaults);
    if (outcome.problem) {
      dropped.push(outcome.problem);
      return;
    }
    const row = outcome.row!;
    const key = `${nameKey(row.area)}\u0000${periodIdentity(row.period)}`;
    if (seen.has(key)) {
      dropped.push({ reason: 'duplicate-period', row: index + 1, field: 'period', value: `${row.area}, ${row.period}` });
      return;
    }
    seen.add(key);
    rows.push(row);
  });
  return { rows, dropped };
}

function parseSource(raw: Json): FiguresDocument['source'] {
  if (typeof raw === 'string') {
    const name = cleanLabel(raw);
    return name ? { name } : undefined;
  }
  if (!isRecord(raw)) return undefined;
  // The shipped seed file (checksummed, so unchanged) says "as reported in the seed articles", the project's
  // word for its two source stories: a Lancashire Telegraph and a Lincolnshire news report, both local press.
  const name = cleanLabel(raw.name)?.replace('in the seed articles', 'by the local press');
  if (!name) return undefined;
  const url = typeof raw.url === 'string' && raw.url.trim();
  return url ? { name, url } : { name };
}

/**
 * Reads a figures document (or a bare array of rows) that has already been
 * through `JSON.parse`. Never throws: a document that cannot be used gives an
 * error naming the row and field; bad rows in a usable one are dropped and
 * listed.
 */
export function parseFigures(json: Json): ParseResult {
  const rawRows = Array.isArray(json) ? json : isRecord(json) ? json.rows : undefined;
  if (!Array.isArray(rawRows)) return { ok: false, error: { reason: 'wrong-shape', field: 'rows' }, dropped: [] };
  if (rawRows.length > MAX_ROWS) return { ok: false, error: { reason: 'too-many-rows', value: String(rawRows.length) }, dropped: [] };
  const meta = isRecord(json) ? json : {};
  const { rows, dropped } = parseRows(rawRows);
  const extra = (key: string): FigureRow[] => {
    const list = meta[key];
    if (!Array.isArray(list) || list.length > MAX_ROWS) return [];
    return parseRows(list).rows;
  };
  const totals = extra('totals');
  const regionTotals = extra('regionTotals');
  if (rows.length === 0 && totals.length === 0 && regionTotals.length === 0) {
    const error: DataProblem = dropped[0] ?? { reason: 'no-rows', field: 'rows' };
    return { ok: false, error, dropped };
  }
  const document: FiguresDocument = {
    measure: cleanLabel(meta.measure) ?? DEFAULT_MEASURE,
    rows,
    totals,
    regionTotals,
  };
  for (const key of ['title', 'figuresTo', 'denominatorLabel'] as const) {
    const label = cleanLabel(meta[key]);
    if (label) document[key] = label;
  }
  const notes = typeof meta.notes === 'string' ? notesForReaders(meta.notes.trim().slice(0, 2000)) : '';
  if (notes) document.notes = notes;
  const source = parseSource(meta.source);
  if (source) document.source = source;
  return { ok: true, document, dropped };
}

/** `JSON.parse` then `parseFigures`, for text from a response or an attribute. */
export function parseFiguresText(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, error: { reason: 'empty-response' }, dropped: [] };
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { reason: 'invalid-json' }, dropped: [] };
  }
  return parseFigures(json);
}

/** Splits a comma-separated attribute, where values may themselves hold "10,391"-style commas only when quoted with `;` as separator. */
export function splitList(text: string): string[] {
  const separator = text.includes(';') || text.includes('|') ? /[;|]/ : /,/;
  return text.split(separator).map((part) => part.trim());
}
