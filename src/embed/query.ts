/**
 * What the iframe embed page (dist/embed.html) may take from its query
 * string: which element, and an allow-list of that element's attributes.
 * Pure, so it is tested without a DOM. Nothing here builds HTML: the page
 * sets each accepted value with `setAttribute`, where it stays text.
 *
 * Left out on purpose: inline figures (`data-*`) and the helpline's own
 * fields (`phone`, `email`, `name`, `url`…), so nobody can put their own
 * figures or a false helpline number under a publisher's address; only a
 * figures file the publisher hosts (see `checkSource`) and the shipped presets.
 */

export const EMBED_TAGS = ['cso-trend', 'cso-region-rank', 'helpline-box'] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/** Short names a person may type, as the builder's widget choice names them. */
const TAG_ALIASES: Record<string, EmbedTag> = { trend: 'cso-trend', rank: 'cso-region-rank', helpline: 'helpline-box' };

/** Words and settings every chart takes. */
const CHART_ATTRIBUTES = [
  'src',
  'measure',
  'source',
  'source-url',
  'heading',
  'headline',
  'credit',
  'notes',
  'helpline',
  'chart-height',
  'timeout',
  'illustrative',
  'theme',
  'lang',
];

export const ALLOWED_ATTRIBUTES: Record<EmbedTag, readonly string[]> = {
  'cso-trend': [...CHART_ATTRIBUTES, 'area', 'from', 'to', 'per'],
  'cso-region-rank': [...CHART_ATTRIBUTES, 'period', 'region', 'highlight', 'per'],
  'helpline-box': ['preset', 'heading', 'heading-level', 'variant', 'quick-exit', 'exit-url', 'theme', 'lang'],
};

/** Longer than any heading or notes an editor writes; a longer value is cut, never passed whole (the element cuts further). */
export const MAX_VALUE_LENGTH = 2000;

export interface EmbedRequest {
  tag: EmbedTag | undefined;
  /** The element's name as asked for, when it is not one of ours (said on the page). */
  unknownTag?: string;
  /** Accepted attributes, in the order given. */
  attributes: [string, string][];
  /** Parameters that are not on the element's allow-list: ignored, listed for the console. */
  ignored: string[];
}

/** Reads `?el=cso-trend&area=Kent&…`. Repeated parameters keep their first value. */
export function readEmbedQuery(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const asked = (params.get('el') ?? '').trim().toLowerCase();
  const tag = (EMBED_TAGS as readonly string[]).includes(asked) ? (asked as EmbedTag) : TAG_ALIASES[asked];
  const allowed = tag ? ALLOWED_ATTRIBUTES[tag] : [];
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [rawName, value] of params) {
    const name = rawName.trim().toLowerCase();
    // `v` is the package version the builder writes into the address, for caches only.
    if (name === 'el' || name === 'v') continue;
    if (!allowed.includes(name)) {
      ignored.push(rawName);
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    attributes.push([name, value.slice(0, MAX_VALUE_LENGTH)]);
  }
  const request: EmbedRequest = { tag, attributes, ignored };
  if (!tag) request.unknownTag = asked;
  return request;
}

export type SourceCheck = { ok: true; url: string } | { ok: false; origin: string };

/**
 * A figures file may only come from the embed page's own origin, or from an
 * origin in the list fixed when the page was built. Relative addresses are
 * resolved against the page. The refused origin is returned to be said in
 * words (`"not a web address"` when there is none).
 */
export function checkSource(src: string, pageUrl: string, allowedOrigins: readonly string[] = []): SourceCheck {
  let url: URL;
  try {
    url = new URL(src.trim(), pageUrl);
  } catch {
    return { ok: false, origin: '' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, origin: url.protocol === 'file:' ? 'file:' : '' };
  const own = new URL(pageUrl).origin;
  if (url.origin === own || allowedOrigins.includes(url.origin)) return { ok: true, url: url.href };
  return { ok: false, origin: url.origin };
}

/** The message type the embed page posts its height with, namespaced so no other script's messages match. */
export const HEIGHT_MESSAGE = 'cso-widgets:embed-height';

/** The height a frame may ask for: a positive, finite number of pixels, capped (a bad frame cannot make the host page endless). */
export function acceptedHeight(value: unknown): number | undefined {
  const height = typeof value === 'number' ? value : NaN;
  return Number.isFinite(height) && height > 0 && height <= 20000 ? Math.ceil(height) : undefined;
}
