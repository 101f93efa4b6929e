import { en } from './en.js';
import { languageCodes, loadShippedLanguage, registerHelplineMessages, strips } from './helpline.js';
import { enHelpline } from './en-helpline.js';
import { cyStrip } from './cy-strip.js';

/** How long a widget in a shipped language waits for its words before writing them in English (and switching when they come). */
export const WORDS_WAIT_MS = 3000;
import type { Messages } from './messages.js';

export { langOf } from './lang.js';

const catalogues = new Map<string, Messages>([['en', en]]);

/** Shipped languages, fetched only by pages that use them (see helpline.ts). */
const shipped: Record<string, () => Promise<Messages>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};
const loading = new Map<string, Promise<void>>();

// Every chart's compact helpline strip has its few Welsh words at once, so its number never moves when the
// word file comes (issue 14). Here, with the charts: helpline-box.js alone has no room for them.
strips.set('cy', { ...enHelpline, ...cyStrip, locale: 'cy' });

/**
 * Adds or replaces a language at run time, without rebuilding: a page calls
 * `registerMessages('ga', { ...messagesFor('en'), … })` (exported by
 * dist/cso-widgets.js, and as CsoWidgets.registerMessages by the classic build).
 * A page's own catalogue wins over a shipped one of the same language.
 */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const code = String(lang).trim().toLowerCase();
  const locale = usableLocale(messages?.locale, code);
  const whole = locale === messages?.locale && (Object.keys(en) as (keyof Messages)[]).every((key) => typeof messages[key] === typeof en[key]);
  // Words the page left out are English, one by one, rather than a blank box or a TypeError.
  const complete: Messages = whole ? (messages as Messages) : { ...en };
  if (!whole) {
    for (const [key, value] of Object.entries(messages ?? {})) {
      if (typeof value === typeof en[key as keyof Messages]) Object.assign(complete, { [key]: value });
    }
    complete.locale = locale;
  }
  catalogues.set(code, complete);
  registerHelplineMessages(code, complete);
}

/**
 * A locale Intl accepts, for numbers and capitals: the page's own when valid,
 * else the language's code (e.g. "ga"), else English. An invalid one ("not a
 * locale!") would otherwise throw a RangeError while drawing.
 */
function usableLocale(locale: unknown, lang: string): string {
  for (const candidate of [locale, lang]) {
    if (typeof candidate !== 'string' || !candidate.trim()) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate.trim());
      if (canonical) return canonical;
    } catch {
      // Not a language tag: try the next.
    }
  }
  return en.locale;
}

/** Resolves once the words for `lang` are in (or cannot be had); undefined when they already are. */
export function languageReady(lang: string | null | undefined): Promise<void> | undefined {
  return loadShippedLanguage(lang, (code) => catalogues.has(code), shipped, registerMessages, loading);
}

/**
 * The catalogue for a `lang` value such as "cy" or "en-GB"; English when none
 * fits. A shipped language other than English is there once `languageReady`
 * has resolved (the elements wait for it before they first draw).
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const [full, base] = languageCodes(lang);
  return catalogues.get(full) ?? catalogues.get(base) ?? en;
}

export type { Messages };

/** Word files already waited for: a chart waits for a file once, then draws in what is there. */
const waited = new WeakSet<Promise<void>>();

/**
 * For a chart whose words are on their way (`words`, from languageReady): a
 * promise that settles when they come or after WORDS_WAIT_MS, whichever is
 * first; undefined when there is nothing to wait for, or when that file has
 * been waited for already (it was late, or failed).
 */
export function wordsWithinWait(words: Promise<void> | undefined): Promise<void> | undefined {
  return words && !waited.has(words)
    ? Promise.race([words, new Promise((resolve) => setTimeout(resolve, WORDS_WAIT_MS))]).then(() => {
        waited.add(words);
      })
    : undefined;
}
