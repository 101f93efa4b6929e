import { mayRunWithoutDom } from '../elements/shared/without-dom.js';

/** The language in force for an element: its own `lang` or its nearest ancestor's, across shadow roots. */
export function langOf(element: Element): string {
  // A server (npm build, Node) has no page to walk up: the element's own.
  if (mayRunWithoutDom && typeof ShadowRoot === 'undefined') return element.getAttribute('lang') ?? '';
  // Up through shadow roots to their hosts; a document or other fragment has neither parent nor host.
  for (let node: Node | null | undefined = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node instanceof Element) {
      // The property first, then the attribute: on our elements a lang set from script is seen before it is
      // reflected; an element that is not HTML (SVG) has the attribute only. lang="" says unknown: it stops here.
      const lang = (node as HTMLElement).lang || node.getAttribute('lang');
      if (lang !== null) return lang;
    }
  }
  return '';
}
