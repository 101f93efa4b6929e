/**
 * Names of places compared as a reader would: "kent" is "Kent", "Dyfed–Powys"
 * accents and case aside. One Intl.Collator made once, because
 * `localeCompare(b, 'en', options)` builds a new collator on every call —
 * measured as a third of a ranking's render time with 46 forces.
 */
const byName = new Intl.Collator('en', { sensitivity: 'base' });
const inOrder = new Intl.Collator('en');

/** Whether two place names are the same name. */
export const sameName = (a: string, b: string): boolean => byName.compare(a, b) === 0;

/** Alphabetical order of place names, for ties and lists. */
export const compareNames = (a: string, b: string): number => inOrder.compare(a, b);
