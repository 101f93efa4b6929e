import { CsoRegionRank } from './cso-region-rank.js';
import { warnNameTaken } from '../shared/name-taken.js';

export { CsoRegionRank };

// Another script's <cso-region-rank> stays; the console says so, once.
if (!customElements.get('cso-region-rank')) customElements.define('cso-region-rank', CsoRegionRank);
else warnNameTaken('cso-region-rank', CsoRegionRank);

declare global {
  interface HTMLElementTagNameMap {
    'cso-region-rank': CsoRegionRank;
  }
}
