/**
 * The HTML the embed builder hands a publisher, in three kinds: a module
 * script, a classic script (for CMSs that strip `type="module"`), or an
 * iframe (for CMSs that strip scripts). Pure, so each kind is tested as text
 * and, pasted into a blank page, as what a reader sees.
 */
import type { EmbedTag } from './query.js';

export type SnippetKind = 'module' | 'classic' | 'iframe';

/**
 * What the embed frame may do, and nothing else: run its script and read its
 * own figures (`allow-scripts allow-same-origin`: the frame is on the widget
 * host's origin, never the article's); open the source link, the phone and
 * e-mail links (`allow-popups allow-popups-to-escape-sandbox`,
 * `allow-top-navigation-to-custom-protocols`); save "Get the data"
 * (`allow-downloads`); and take the whole tab on quick exit, only when the
 * reader clicks it (`allow-top-navigation-by-user-activation`).
 */
export const EMBED_SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-downloads',
  'allow-top-navigation-by-user-activation',
  'allow-top-navigation-to-custom-protocols',
].join(' ');

export interface Integrity {
  version: string;
  /** sha384 per file name in dist/, as dist/integrity.json has them. */
  files: Record<string, string>;
}

export interface SnippetOptions {
  kind: SnippetKind;
  /** Where the built files are, ending in `/` (e.g. `https://static.example.org/cso-widgets@0.1.0/dist/`). */
  base: string;
  integrity: Integrity;
  tag: EmbedTag;
  /** The element's attributes, in order; `''` writes a bare attribute. */
  attributes: [string, string][];
  /** The iframe's `title`: what a screen reader announces for the frame. */
  title: string;
  /** The iframe's starting height in px: the widget's reserved height at the column width chosen. */
  height: number;
  /** Whether the iframe snippet carries embed-loader.js (heights that follow the content). */
  loader: boolean;
}

/** Attribute-safe text: a value can never end its attribute or start a tag. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A file's address with the package version in it: a base whose path already
 * names the version (`…/cso-widgets@0.1.0/…`) pins it; elsewhere `?v=` does,
 * so a cached older copy is never checked against the new hash.
 */
export function fileUrl(base: string, file: string, version: string): string {
  const url = new URL(file, base);
  if (!url.pathname.includes(`@${version}/`)) url.searchParams.set('v', version);
  return url.href;
}

/** The script that defines what the snippet uses: the helpline panel alone, or every element. */
export function scriptFile(kind: Exclude<SnippetKind, 'iframe'>, tag: EmbedTag): string {
  if (tag === 'helpline-box') return kind === 'module' ? 'helpline-box.js' : 'helpline-box.iife.js';
  return kind === 'module' ? 'cso-widgets.js' : 'cso-widgets.iife.js';
}

function scriptTag(options: SnippetOptions, file: string, extra: string): string {
  const { base, integrity } = options;
  const hash = integrity.files[file];
  const checks = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
  return `<script${extra} src="${escapeAttribute(fileUrl(base, file, integrity.version))}"${checks}></script>`;
}

/** The element as HTML, attribute values escaped. */
export function elementHtml(tag: EmbedTag, attributes: [string, string][]): string {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${tag}${written}></${tag}>`;
}

/** The embed page's address for this element: every attribute in the query string, encoded. */
export function embedUrl(base: string, version: string, tag: EmbedTag, attributes: [string, string][]): string {
  const url = new URL(fileUrl(base, 'embed.html', version));
  const params = new URLSearchParams();
  params.set('el', tag);
  for (const [name, value] of attributes) params.append(name, value);
  // The version first, then the widget: easier to read in a CMS's HTML view.
  const version_ = url.searchParams.get('v');
  url.search = version_ ? `v=${encodeURIComponent(version_)}&${params}` : String(params);
  return url.href;
}

export function snippet(options: SnippetOptions): string {
  const { kind, tag, attributes } = options;
  if (kind === 'module') return `${scriptTag(options, scriptFile('module', tag), ' type="module"')}\n${elementHtml(tag, attributes)}`;
  if (kind === 'classic') return `${scriptTag(options, scriptFile('classic', tag), ' defer')}\n${elementHtml(tag, attributes)}`;
  const height = Math.max(1, Math.ceil(options.height));
  const frame =
    `<iframe data-cso-embed title="${escapeAttribute(options.title)}"` +
    ` src="${escapeAttribute(embedUrl(options.base, options.integrity.version, tag, attributes))}"` +
    ` sandbox="${EMBED_SANDBOX}"` +
    ` width="100%" height="${height}" style="display:block;width:100%;height:${height}px;border:0"></iframe>`;
  return options.loader ? `${frame}\n${scriptTag(options, 'embed-loader.js', ' async')}` : frame;
}
