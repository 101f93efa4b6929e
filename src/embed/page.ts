/**
 * The iframe embed page (dist/embed.html loads this as dist/embed.js, a
 * classic script that carries every element): renders one widget from the
 * page's query string and posts its height to the host page. For CMSs that
 * strip scripts from articles. Quick exit inside it takes the whole tab:
 * <helpline-box> does that from any frame (allowed in a sandboxed frame by
 * `allow-top-navigation-by-user-activation`, which the builder's snippet carries).
 */
import '../index.js';
import { HEIGHT_MESSAGE, checkSource, readEmbedQuery } from './query.js';

/** Origins besides its own that this copy may read figures from, fixed when the page was built (a meta tag). */
function builtInOrigins(): string[] {
  const content = document.querySelector('meta[name="cso-embed-origins"]')?.getAttribute('content') ?? '';
  return content.split(/[\s,]+/).filter(Boolean);
}

/** A message in plain words, with the helpline under it: never a blank frame. */
function refuse(root: HTMLElement, title: string, words: string, helpline: string | undefined): void {
  const box = document.createElement('div');
  box.className = 'refused';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'refused-title';
  heading.textContent = title;
  const message = document.createElement('p');
  message.textContent = words;
  box.append(heading, message);
  const help = document.createElement('helpline-box');
  help.setAttribute('preset', helpline || 'nspcc');
  root.replaceChildren(box, help);
}

function build(root: HTMLElement): void {
  const request = readEmbedQuery(location.search);
  const attributes = new Map(request.attributes);
  if (request.ignored.length) console.warn(`cso-widgets embed: ignored ${request.ignored.join(', ')} (not an attribute this page passes on).`);
  if (!request.tag) {
    const asked = request.unknownTag ? `“${request.unknownTag}”` : 'no widget';
    refuse(root, 'Nothing to show here.', `This embed asks for ${asked}; it can show cso-trend, cso-region-rank or helpline-box.`, attributes.get('helpline') ?? attributes.get('preset'));
    return;
  }
  const src = attributes.get('src');
  if (src !== undefined) {
    const checked = checkSource(src, location.href, builtInOrigins());
    if (!checked.ok) {
      const where = checked.origin ? `on ${checked.origin}` : 'not a web address';
      refuse(
        root,
        'These figures can’t be shown here.',
        `This page shows only figures published on ${location.origin}, and the figures file asked for is ${where}.`,
        attributes.get('helpline'),
      );
      return;
    }
    attributes.set('src', checked.url);
  }
  // Quick exit may go only where figures may come from: this page's address cannot send a reader to someone else's site.
  const exitUrl = attributes.get('exit-url');
  if (exitUrl !== undefined && !checkSource(exitUrl, location.href, builtInOrigins()).ok) {
    attributes.delete('exit-url');
    console.warn('cso-widgets embed: exit-url must be on this page’s own origin; quick exit goes to its neutral default.');
  }
  // A dark box fills the frame: no light band around it on the host page.
  const theme = attributes.get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
  const lang = attributes.get('lang');
  if (lang) document.documentElement.lang = lang;
  const title = attributes.get('heading') || attributes.get('headline');
  if (title) document.title = title;
  const element = document.createElement(request.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  root.replaceChildren(element);
}

/**
 * Posts the page's height to the host whenever it changes (a narrower
 * frame wraps more lines; a reader opens the table or the notes). The host's
 * embed-loader.js sets the matching iframe's height; without it the frame
 * keeps the height the snippet gave it and scrolls.
 */
function postHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height <= 0 || height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}

const root = document.getElementById('widget') ?? document.body;
build(root);
postHeight();
