import { HelplineBox } from './helpline-box.js';
import { mayRunWithoutDom } from '../shared/without-dom.js';

export { HelplineBox };

// Loading this file twice, or next to another copy of the library, must not throw; nor in Node,
// which has no registry unless Lit's server build has made one (the charts import Lit).
if ((!mayRunWithoutDom || globalThis.customElements) && !customElements.get('helpline-box')) customElements.define('helpline-box', HelplineBox);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-box': HelplineBox;
  }
}
