import { CsoTrend } from './cso-trend.js';

export { CsoTrend };

if (!customElements.get('cso-trend')) customElements.define('cso-trend', CsoTrend);

declare global {
  interface HTMLElementTagNameMap {
    'cso-trend': CsoTrend;
  }
}
