import { cy } from './cy.js';
import { en } from './en.js';
import { registerHelplineMessages } from './helpline.js';
import type { Messages } from './messages.js';

export { langOf } from './lang.js';

const catalogues = new Map<string, Messages>([
  ['en', en],
  ['cy', cy],
]);

/**
 * Adds or replaces a language at run time, without rebuilding: a page calls
 * `registerMessages('ga', { ...messagesFor('en'), … })` (exported by
 * dist/cso-widgets.js, and as CsoWidgets.registerMessages by the classic build).
 */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues.set(lang.toLowerCase(), messages);
  registerHelplineMessages(lang, messages);
}

/** The catalogue for a `lang` value such as "cy" or "en-GB"; English when none fits. */
export function messagesFor(lang: string | null | undefined): Messages {
  const code = (lang ?? '').trim().toLowerCase();
  return catalogues.get(code) ?? catalogues.get(code.split('-')[0]!) ?? en;
}

export type { Messages };
