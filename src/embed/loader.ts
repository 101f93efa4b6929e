/**
 * dist/embed-loader.js: the classic script a host page may add once beside
 * its cso-widgets iframes. Each embed page posts its height; this sets it on
 * the iframe that sent it. A message counts only when it comes from the very
 * window inside one of the page's `iframe[data-cso-embed]` elements and from
 * the origin that iframe was given: a message from any other frame, or from
 * a frame that was navigated elsewhere, changes nothing.
 */
import { HEIGHT_MESSAGE, acceptedHeight } from './query.js';

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE) return;
  const height = acceptedHeight(data.height);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cso-embed]')) {
    if (frame.contentWindow !== event.source || !event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${height}px`;
    return;
  }
});
