import { HelplineBox } from './helpline-box.js';
import { mayRunWithoutDom } from '../shared/without-dom.js';

export { HelplineBox };

/** Marks this library's panel class, in any copy of the library, so a chart can tell it from another `<helpline-box>`. */
const OURS = Symbol.for('cso-widgets.helpline-box');
(HelplineBox as unknown as Record<symbol, boolean>)[OURS] = true;

// Loading this file twice, or next to another copy of the library, must not throw; nor in Node,
// which has no registry unless Lit's server build has made one (the charts import Lit).
const registry = !mayRunWithoutDom || globalThis.customElements ? customElements : undefined;
/** Whether there is a registry: always in a browser, so the browser build (mayRunWithoutDom false) drops the checks. */
const hasRegistry = (r: typeof registry): r is CustomElementRegistry => !mayRunWithoutDom || !!r;
if (hasRegistry(registry) && !registry.get('helpline-box')) registry.define('helpline-box', HelplineBox);

/**
 * The tag a chart carries its helpline in. Normally `<helpline-box>`; when the
 * page had already given that name to something else (another library, an
 * old copy), a chart would carry an empty box, so our panel is defined again
 * as `<cso-helpline-box>` and the charts use that, with one warning.
 */
export const HELPLINE_TAG = !hasRegistry(registry) || (registry.get('helpline-box') as unknown as Record<symbol, boolean>)[OURS] ? 'helpline-box' : 'cso-helpline-box';
if (hasRegistry(registry) && HELPLINE_TAG !== 'helpline-box' && !registry.get(HELPLINE_TAG)) {
  registry.define(HELPLINE_TAG, class extends HelplineBox {});
  console.warn(
    'cso-widgets: <helpline-box> is taken; charts use <cso-helpline-box>. Load cso-widgets first for ours.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'helpline-box': HelplineBox;
  }
}
