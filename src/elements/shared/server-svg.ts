import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Mark } from '../../chart/svg-marks.js';

/**
 * A chart's marks as Lit templates, for where drawSvg cannot make nodes: a
 * server rendering the page, and the browser's hydration of what it drew
 * (which must see the server's templates). The npm build only (see
 * on-server.ts). One template per tag the marks use; values and text are
 * bound, so escaped, never markup. Tested against drawSvg (tests/elements/ssr.test.ts).
 */
export function serverSvg([, a, content]: Mark): TemplateResult {
  const at = (name: string) => a[name] ?? nothing;
  return html`<svg width=${at('width')} height=${at('height')} viewBox=${at('viewBox')} aria-hidden=${at('aria-hidden')} focusable=${at('focusable')}>${inner(content)}</svg>`;
}

function inner(content: Mark[2]) {
  return typeof content === 'string' ? content : content?.map(child) ?? nothing;
}

function child([tag, a, content]: Mark): TemplateResult | typeof nothing {
  const at = (name: string) => a[name] ?? nothing;
  switch (tag) {
    case 'g':
      return svg`<g class=${at('class')} text-anchor=${at('text-anchor')}>${inner(content)}</g>`;
    case 'path':
      return svg`<path class=${at('class')} d=${at('d')}></path>`;
    case 'text':
      return svg`<text class=${at('class')} x=${at('x')} y=${at('y')} dy=${at('dy')} text-anchor=${at('text-anchor')}>${inner(content)}</text>`;
    case 'line':
      return svg`<line class=${at('class')} x1=${at('x1')} x2=${at('x2')} y1=${at('y1')} y2=${at('y2')}></line>`;
    case 'circle':
      return svg`<circle class=${at('class')} cx=${at('cx')} cy=${at('cy')} r=${at('r')}></circle>`;
    default:
      throw new Error(`serverSvg: no template for <${tag}>`);
  }
}
