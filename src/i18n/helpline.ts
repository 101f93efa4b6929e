import { enHelpline } from './en-helpline.js';
import type { HelplineMessages } from './messages.js';

/** Helpline words by language; `registerMessages` adds a page's languages here too. */
const catalogues = new Map<string, HelplineMessages>([['en', enHelpline]]);

/**
 * Languages the package ships but loads only on a page that uses them: an
 * English page never downloads the Welsh words. Each loader is a separate
 * file beside the bundle (import() resolves it from the bundle's own URL, so
 * it comes from wherever the page loaded the widgets, never another host).
 */
const shipped: Record<string, () => Promise<HelplineMessages>> = {
  cy: () => import('./cy-helpline.js').then((module) => module.cyHelpline),
};
const loading = new Map<string, Promise<void>>();

export function registerHelplineMessages(lang: string, messages: HelplineMessages): void {
  catalogues.set(lang.toLowerCase(), messages);
}

/** "cy-GB" → ["cy-gb", "cy"]: the codes to look a catalogue up by, most specific first. */
export function languageCodes(lang: string | null | undefined): [string, string] {
  const code = (lang ?? '').trim().toLowerCase();
  return [code, code.split('-')[0]!];
}

/**
 * Starts loading a shipped language the first time it is asked for. Returns a
 * promise while its words are on their way (settled either way: if the file
 * cannot be fetched the widget stays in English rather than not showing), or
 * undefined when there is nothing to wait for.
 */
export function loadShippedLanguage<T>(
  lang: string | null | undefined,
  has: (code: string) => boolean,
  loaders: Record<string, () => Promise<T>>,
  register: (code: string, messages: T) => void,
  pending: Map<string, Promise<void>>,
): Promise<void> | undefined {
  const [full, base] = languageCodes(lang);
  if (has(full) || has(base) || !Object.hasOwn(loaders, base)) return undefined;
  let promise = pending.get(base);
  if (!promise) {
    promise = loaders[base]!().then(
      (messages) => {
        if (!has(base)) register(base, messages);
      },
      () => undefined,
    );
    pending.set(base, promise);
  }
  return promise;
}

/** Resolves once the helpline words for `lang` are in (or cannot be had); undefined when they already are. */
export function helplineLanguageReady(lang: string | null | undefined): Promise<void> | undefined {
  return loadShippedLanguage(lang, (code) => catalogues.has(code), shipped, registerHelplineMessages, loading);
}

/** Each word file's wait, shared by every panel: one made late in it (a chart drawing again) waits only what is left. */
const waits = new Map<Promise<void>, Promise<unknown>>();

/** Settles when the words come or 3 s after they were first waited for (a slow or stalled host), whichever is first. */
export function helplineWordsWait(words: Promise<void>): Promise<unknown> {
  let wait = waits.get(words);
  if (!wait) waits.set(words, (wait = Promise.race([words, new Promise((resolve) => setTimeout(resolve, 3000))])));
  return wait;
}

/**
 * The compact strip's words in each shipped language, by language: put here
 * by the charts' bundle (i18n/index.ts, see cy-strip.ts), so the strip under a
 * chart is drawn in its page's language at once, and drawn again the same
 * when the word file comes. Not in helpline-box.js alone (its 8 kB budget has
 * no room): a compact panel there waits for its words as the full one does.
 */
export const strips = new Map<string, HelplineMessages>();

/**
 * The helpline catalogue for a `lang` value; English when none fits (or while
 * a shipped one loads, or after its 3 s wait). For the compact strip
 * (`compact`), meanwhile its shipped strip words.
 */
export function helplineMessagesFor(lang: string | null | undefined, compact?: boolean): HelplineMessages {
  const [full, base] = languageCodes(lang);
  return catalogues.get(full) ?? catalogues.get(base) ?? ((compact && strips.get(base)) || enHelpline);
}
