import { mayRunWithoutDom } from '../elements/shared/without-dom.js';

/** The language in force for an element: its own `lang` or its nearest ancestor's, across shadow roots. */
export function langOf(element: Element): string {
  // A server (npm build, Node) has no page to walk up: the element's own.
  if (mayRunWithoutDom && typeof ShadowRoot === 'undefined') return element.getAttribute('lang') ?? '';
  let node: Node | null = element;
  while (node) {
    // The property, not the attribute: on our elements a lang set from script is seen before it is reflected.
    if (node instanceof HTMLElement && node.lang) return node.lang;
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}
