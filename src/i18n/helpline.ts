import { cyHelpline } from './cy-helpline.js';
import { enHelpline } from './en-helpline.js';
import type { HelplineMessages } from './messages.js';

/** Helpline words by language; `registerMessages` adds a page's languages here too. */
const catalogues = new Map<string, HelplineMessages>([
  ['en', enHelpline],
  ['cy', cyHelpline],
]);

export function registerHelplineMessages(lang: string, messages: HelplineMessages): void {
  catalogues.set(lang.toLowerCase(), messages);
}

/** The helpline catalogue for a `lang` value; English when none fits. */
export function helplineMessagesFor(lang: string | null | undefined): HelplineMessages {
  const code = (lang ?? '').trim().toLowerCase();
  return catalogues.get(code) ?? catalogues.get(code.split('-')[0]!) ?? enHelpline;
}
