/**
 * Links a widget may write. Only these schemes: a `javascript:`, `data:` or
 * `vbscript:` URL in a CMS field must never become a link.
 */
const SAFE_WEB = /^https?:$/i;

/** An absolute http(s) URL as text, or undefined. Relative URLs resolve against the page. */
export function safeWebUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"); so do we, by parsing as they do.
  try {
    const url = new URL(value.trim(), base ?? globalThis.document?.baseURI);
    return SAFE_WEB.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A UK phone number for a `tel:` link, in international form so it dials
 * from any phone: "0808 800 5000" → "+448088005000". Short numbers such as
 * 999 or 116 123 stay as they are. Anything that is not a phone number gives
 * undefined.
 */
export function telHref(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  const text = phone.trim();
  if (!/^\+?[\d\s().-]{3,20}$/.test(text)) return undefined;
  const digits = text.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  // A number written with its "+" already starts with it, never with 0.
  return `tel:${digits.startsWith('0') && digits.length >= 8 ? `+44${digits.slice(1)}` : digits}`;
}

/**
 * A single plain e-mail address for a `mailto:` link (no headers, no second
 * address). No `%` either: a mail program decodes `%0D%0A` into a line break,
 * and from there into headers of its own; a plain address never needs one.
 */
export function mailtoHref(email: string | null | undefined): string | undefined {
  if (!email) return undefined;
  const text = email.trim();
  if (!/^[^\s@,;:?&<>"'()\\%]+@[^\s@,;:?&<>"'()\\%]+\.[a-z]{2,}$/i.test(text)) return undefined;
  return `mailto:${text}`;
}
