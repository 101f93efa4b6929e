/**
 * Names of places compared as a reader would: "kent" is "Kent", "Dyfed–Powys"
 * accents and case aside.
 *
 * One collator, made when first needed, once (`localeCompare(b,
 * 'en', options)` builds a new one on every call: measured as a third of a
 * ranking's render time with 46 forces). A page's first Intl.Collator loads
 * the collation data: 9–20 ms in headless Chromium on this machine, which
 * every page paid before its first chart could draw while it was made as the
 * script loaded. Names in plain ASCII (every police force's, and what a page
 * writes in `area` almost always) need none: two of them are the same name
 * exactly when they are the same letters but for case, which is what the
 * collator at base strength says too (tests/unit/names.test.ts holds the two
 * to the same answers).
 */
let collator: Intl.Collator | undefined;

/** Alphabetical order of place names, for ties and lists (names differing only in case or accents tie). */
export const compareNames = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b);

/** Whether two place names are the same name. Printable ASCII only (`[ -~]`): no accents, no control or invisible characters. */
export const sameName = (a: string, b: string): boolean => (/^[ -~]*$/.test(a + b) ? a.toLowerCase() == b.toLowerCase() : !compareNames(a, b));
