/**
 * Periods are labels such as "2015/16" (a financial year), "2019" or
 * "2019-20". They sort by the year they start in; anything else keeps the
 * order it was given in.
 */
const YEAR_PATTERN = /^(\d{4})(?:\s*[/\-–]\s*(\d{2}|\d{4}))?$/;

/**
 * What statistics tables write after a year and that does not change it:
 * footnote marks ("2018/19*", "2019/20¹", "†"), a bracketed note
 * ("(provisional)", "(r)", "[note 3]") and the words for revised or
 * provisional figures. The year is read from what is left.
 */
const ANNOTATION = /(?:\s*(?:[*†‡§¶#⁰¹²³⁴⁵⁶⁷⁸⁹]+|\([^()]{0,40}\)|\[[^[\]]{0,40}\]|\b(?:provisional|revised|final|p|r)\b\.?))+\s*$/i;

export interface PeriodKey {
  readonly start: number;
  /** The year the period ends in, when it spans two. */
  readonly end?: number;
  /** How the period was written, to write missing years the same way. */
  readonly style: 'single' | 'short' | 'long';
  readonly separator: string;
}

/**
 * Period labels repeat (every chart's years, and again in every sort
 * comparison), so each label is read once. The keys are never changed.
 */
const parsed = new Map<string, PeriodKey | undefined>();

export function parsePeriod(label: string): PeriodKey | undefined {
  if (parsed.has(label)) return parsed.get(label);
  if (parsed.size >= 1000) parsed.clear();
  const key = readPeriod(label);
  parsed.set(label, key);
  return key;
}

function readPeriod(label: string): PeriodKey | undefined {
  const year = label.trim().replace(ANNOTATION, '').trim();
  const match = YEAR_PATTERN.exec(year);
  if (!match) return undefined;
  const start = Number(match[1]);
  if (match[2] === undefined) return { start, style: 'single', separator: '' };
  const separator = year.slice(4, year.length - match[2].length).trim();
  const end =
    match[2].length === 2 ? Math.floor(start / 100) * 100 + Number(match[2]) + (Number(match[2]) < start % 100 ? 100 : 0) : Number(match[2]);
  if (end !== start + 1) return undefined;
  return { start, end, style: match[2].length === 2 ? 'short' : 'long', separator };
}

/** Compares two period labels in their natural order; unknown labels sort last, stably. */
export function comparePeriods(a: string, b: string): number {
  const ka = parsePeriod(a);
  const kb = parsePeriod(b);
  if (ka && kb) return ka.start - kb.start;
  if (ka) return -1;
  if (kb) return 1;
  return 0;
}

/**
 * The same period however it is written: "2018/19", "2018-19" and
 * "2018/19 (r)" are one year. Labels that are not years compare as written
 * (case and spacing aside).
 */
export function periodIdentity(label: string): string {
  const key = parsePeriod(label);
  return key ? `${key.start}-${key.end ?? ''}` : label.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when every label is a year or a financial year we can place on a timeline. */
export function periodsAreSortable(labels: readonly string[]): boolean {
  return labels.every((label) => parsePeriod(label) !== undefined);
}

function formatPeriod(start: number, like: PeriodKey): string {
  if (like.style === 'single') return String(start);
  const end = start + 1;
  return `${start}${like.separator}${like.style === 'short' ? String(end % 100).padStart(2, '0') : end}`;
}

/**
 * The sorted run of periods from the first to the last, with missing years
 * written in, so that a year with no figure shows as a gap instead of being
 * bridged by a line. Labels that are not years are returned as given.
 */
export function periodTimeline(labels: readonly string[]): string[] {
  const unique = [...new Set(labels)];
  if (unique.length === 0 || !periodsAreSortable(unique)) return unique;
  const sorted = unique.sort(comparePeriods);
  const keys = sorted.map((label) => parsePeriod(label)!);
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  // Only fill when the labels are written one way; a mix is shown as given.
  if (!keys.every((k) => k.style === first.style && k.separator === first.separator)) return sorted;
  // A very long gap is more likely a typo than 300 unknown years: do not fill.
  if (last.start - first.start > 200) return sorted;
  const byStart = new Map(keys.map((k, i) => [k.start, sorted[i]!]));
  const timeline: string[] = [];
  for (let year = first.start; year <= last.start; year++) timeline.push(byStart.get(year) ?? formatPeriod(year, first));
  return timeline;
}
