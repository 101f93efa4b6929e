import { en } from './en.js';
import { languageCodes, loadShippedLanguage, registerHelplineMessages } from './helpline.js';
import type { Messages } from './messages.js';

export { langOf } from './lang.js';

const catalogues = new Map<string, Messages>([['en', en]]);

/** Shipped languages, fetched only by pages that use them (see helpline.ts). */
const shipped: Record<string, () => Promise<Messages>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};
const loading = new Map<string, Promise<void>>();

/**
 * Adds or replaces a language at run time, without rebuilding: a page calls
 * `registerMessages('ga', { ...messagesFor('en'), … })` (exported by
 * dist/cso-widgets.js, and as CsoWidgets.registerMessages by the classic build).
 * A page's own catalogue wins over a shipped one of the same language.
 */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues.set(lang.toLowerCase(), messages);
  registerHelplineMessages(lang, messages);
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
