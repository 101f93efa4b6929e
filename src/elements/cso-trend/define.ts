import { CsoTrend } from './cso-trend.js';
import { warnNameTaken } from '../shared/name-taken.js';

export { CsoTrend };

// Another script's <cso-trend> stays; the console says so, once.
if (!customElements.get('cso-trend')) customElements.define('cso-trend', CsoTrend);
else warnNameTaken('cso-trend', CsoTrend);

declare global {
  interface HTMLElementTagNameMap {
    'cso-trend': CsoTrend;
  }
}
