import { HELPLINE_PRESETS } from './presets.js';
import { mailtoHref, safeWebUrl, telHref } from './sanitise.js';
import type { Audience, HelplineService } from './types.js';
import type { HelplineMessages } from '../i18n/messages.js';

/** Fields a page may set on a panel by attribute. */
export interface HelplineOverrides {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  url?: string | null;
  hours?: string | null;
  audience?: string | null;
  message?: string | null;
}

/** A refused attribute, as the `cso-error` event's detail says it (without `partial`). */
export type HelplineProblem = { reason: 'unknown-preset'; field: 'preset'; value: string } | { reason: 'unsafe-url'; field: 'phone' | 'email' | 'url' };

/** Each link field's check, and where its checked link goes. */
const LINKS = [
  ['phone', telHref, 'telHref'],
  ['email', mailtoHref, 'mailtoHref'],
  ['url', safeWebUrl, 'webHref'],
] as const;

/** A service ready to show: its links checked and written out. */
export interface ResolvedService extends HelplineService {
  telHref?: string;
  mailtoHref?: string;
  webHref?: string;
}

export const DEFAULT_PRESET = 'nspcc';

const AUDIENCES: readonly (string | null | undefined)[] = ['adults', 'children', 'all'] satisfies Audience[];

/** Preset ids in the order written: "nspcc childline", "nspcc, childline". */
export function presetIds(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The services a panel shows, from preset names and attribute overrides
 * (which apply to the first service). Never empty: a panel that cannot work
 * out what to show falls back to the NSPCC Helpline, because a reader must
 * always have somewhere to turn. Unsafe links are dropped and reported.
 */
export function resolveServices(
  preset: string | null | undefined,
  overrides: HelplineOverrides = {},
  words?: HelplineMessages['services'],
): { services: ResolvedService[]; problems: HelplineProblem[] } {
  const problems: HelplineProblem[] = [];
  const services: HelplineService[] = [];
  // A preset in the reader's language: its words from `words`, its number and addresses always the data's.
  const presetIn = (id: string): HelplineService => ({ ...HELPLINE_PRESETS[id]!, ...words?.[id] });
  for (const id of presetIds(preset)) {
    if (Object.hasOwn(HELPLINE_PRESETS, id.toLowerCase())) services.push(presetIn(id.toLowerCase()));
    else problems.push({ reason: 'unknown-preset', field: 'preset', value: id });
  }
  const custom = overrides.name || overrides.phone || overrides.email || overrides.url;
  if (services.length === 0) services.push(custom ? { name: '', audience: 'adults' } : presetIn(DEFAULT_PRESET));

  const first = services[0]!;
  if (AUDIENCES.includes(overrides.audience)) first.audience = overrides.audience as Audience;
  for (const field of ['name', 'message', 'phone', 'email', 'url', 'hours'] as const) {
    const value = overrides[field]?.trim();
    if (value) first[field] = value;
  }
  // Hours of the page's own: the year the data's were published says nothing of them.
  if (overrides.hours?.trim()) first.hoursAsOf = null;

  const resolved = services.map((service): ResolvedService => {
    const out: ResolvedService = { ...service };
    for (const [field, check, key] of LINKS) {
      if (service[field] === undefined) continue;
      const href = check(service[field]);
      if (href) out[key] = href;
      else {
        delete out[field];
        problems.push({ reason: 'unsafe-url', field });
      }
    }
    return out;
  });
  // A custom service left with no way to reach it is no help: add the NSPCC Helpline.
  if (!resolved.some((s) => s.telHref || s.mailtoHref || s.webHref)) return { services: resolveServices(DEFAULT_PRESET, {}, words).services, problems };
  return { services: resolved, problems };
}
