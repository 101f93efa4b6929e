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

/** `10391` → `"10,391"` in en-GB. */
export function formatCount(value: number, locale = 'en-GB'): string {
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
