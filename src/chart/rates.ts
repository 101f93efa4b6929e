/**
 * Rates per so many people, shared by trends and rankings. Pure: no DOM.
 * A rate needs both a figure and the population it is a share of: a row
 * without either has no rate (null), never 0 and never a rate guessed from
 * another year's population.
 */

/**
 * `per` as a number of people: a whole number from 1 to a billion.
 * Anything else ("Infinity", "1e400", "lots", "") is undefined: refused,
 * and counts are shown.
 */
export function perNumber(per: unknown): number | undefined {
  const n = Number(per);
  return Number.isInteger(n) && n >= 1 && n <= 1e9 ? n : undefined;
}

/** A figure per `per` people; null when the figure or its population is missing. */
export function rateOf(value: number | null, denominator: number | undefined, per: number): number | null {
  return value === null || !denominator ? null : (value / denominator) * per;
}

/**
 * Each row with its figure made a rate, or undefined when no row gives a
 * population (rates cannot be shown at all: the chart shows counts and says
 * why). Each row keeps its count in `count`, for the table beside the rate.
 */
export function withRates<T extends { value: number | null; denominator?: number | undefined }>(
  rows: readonly T[],
  per: number | undefined,
): (T & { count: number | null })[] | undefined {
  if (per === undefined || !rows.some((r) => r.denominator)) return undefined;
  return rows.map((r) => ({ ...r, count: r.value, value: rateOf(r.value, r.denominator, per) }));
}
