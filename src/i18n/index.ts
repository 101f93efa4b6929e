import { cy } from './cy.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

const catalogues = new Map<string, Messages>([
  ['en', en],
  ['cy', cy],
]);

/**
 * Adds or replaces a language at run time, without rebuilding: a page can
 * call `registerMessages('fr', {...en, ...})` through the element classes'
 * static `registerMessages`.
 */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues.set(lang.toLowerCase(), messages);
}

/** The catalogue for a `lang` value such as "cy" or "en-GB"; English when none fits. */
export function messagesFor(lang: string | null | undefined): Messages {
  const code = (lang ?? '').trim().toLowerCase();
  return catalogues.get(code) ?? catalogues.get(code.split('-')[0]!) ?? en;
}

/** The language in force for an element: its own `lang` or its nearest ancestor's, across shadow roots. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // The property, not the attribute: on our elements a lang set from script is seen before it is reflected.
    if (node instanceof HTMLElement && node.lang) return node.lang;
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

export type { Messages };
