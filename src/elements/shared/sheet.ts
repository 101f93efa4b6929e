import { mayRunWithoutDom } from './without-dom.js';

/**
 * Styles as a constructable style sheet, made once and shared by every
 * instance, without Lit's `css` tag: <helpline-box> is loaded alone by a
 * charity page and does not carry LitElement (see its docs), and the charts
 * take a CSSStyleSheet in `static styles` as readily as Lit's own result.
 *
 * The tag is named `css` so the build's minifier (build/minify-css-literals.mjs)
 * strips its comments and whitespace as it does Lit's. Styles only, never
 * data: a literal with `${}` holes is refused at compile time.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  // Node has no style sheets: there the text alone, which is what a server renderer reads.
  if (mayRunWithoutDom && typeof CSSStyleSheet === 'undefined') return { cssText: strings[0]! } as unknown as CSSStyleSheet;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]!);
  // The npm build: the text on the sheet too, which is what a server renderer reads (Lit's DOM shim has sheets without it).
  if (mayRunWithoutDom) (sheet as CSSStyleSheet & { cssText?: string }).cssText = strings[0]!;
  return sheet;
}
