import { HelplineBox } from './helpline-box.js';

export { HelplineBox };

// Loading this file twice, or next to another copy of the library, must not throw.
if (!customElements.get('helpline-box')) customElements.define('helpline-box', HelplineBox);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-box': HelplineBox;
  }
}
