/**
 * cso-widgets/ssr: server rendering with `@lit-labs/ssr` (npm build only).
 *
 * The charts are Lit elements, which `@lit-labs/ssr` renders as they are.
 * `<helpline-box>` is not (it is kept small for pages that load it alone), so
 * it brings its own renderer: give it to `render()` beside Lit's, and every
 * panel, on its own or under a chart, is written into the page with its
 * number, as declarative shadow DOM.
 *
 * ```js
 * import { render } from '@lit-labs/ssr';
 * import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
 * import { html } from 'lit';
 * import { elementRenderers } from 'cso-widgets/ssr';
 *
 * const markup = await collectResult(render(html`<helpline-box preset="nspcc"></helpline-box>`, { elementRenderers }));
 * ```
 *
 * Importing this module defines the elements (as `cso-widgets` does).
 */
import { ElementRenderer, LitElementRenderer, renderThunked, type RenderInfo } from '@lit-labs/ssr';
import { HelplineBox, serverPanel } from './elements/helpline-box/helpline-box.js';
import { helplineStyles } from './elements/helpline-box/helpline-box.styles.js';
import { baseStyles } from './elements/shared/tokens.styles.js';
import './index.js';

export * from './index.js';

/** Renders `<helpline-box>` (and a chart's `<cso-helpline-box>`, when the page gave the name away) to declarative shadow DOM. */
export class HelplineBoxRenderer extends ElementRenderer {
  static override matchesClass(ceClass: typeof HTMLElement): boolean {
    return ceClass === (HelplineBox as unknown) || ceClass.prototype instanceof HelplineBox;
  }

  /*
   * The panel, kept to itself rather than as `element`: @lit-labs/ssr would
   * treat an `element` as a full server DOM element (event paths and all),
   * and the panel is a plain one that only holds its attributes there.
   */
  readonly #box: HelplineBox;

  constructor(tagName: string) {
    super(tagName);
    this.#box = new (customElements.get(tagName) as unknown as new () => HelplineBox)();
  }

  override setAttribute(name: string, value: string): void {
    this.#box.setAttribute(name.toLowerCase(), value);
  }

  override setProperty(name: string, value: unknown): void {
    (this.#box as unknown as Record<string, unknown>)[name] = value;
  }

  override renderAttributes(): string[] {
    return [...(this.#box.attributes as unknown as Iterable<{ name: string; value: string }>)].map(({ name, value }) =>
      value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    );
  }

  override renderShadow(renderInfo: RenderInfo) {
    return ['<style>', ...[baseStyles, helplineStyles].map((sheet) => (sheet as unknown as { cssText: string }).cssText), '</style>', () => renderThunked(serverPanel!(this.#box), renderInfo)];
  }
}

/** An attribute's value as written in HTML between double quotes: text, never markup. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&${({ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' } as Record<string, string>)[c]};`);
}

/** Lit's renderer for the charts and ours for the panels: `render(template, { elementRenderers })`. */
export const elementRenderers = [LitElementRenderer, HelplineBoxRenderer];
