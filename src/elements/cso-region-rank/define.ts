import { CsoRegionRank } from './cso-region-rank.js';

export { CsoRegionRank };

if (!customElements.get('cso-region-rank')) customElements.define('cso-region-rank', CsoRegionRank);

declare global {
  interface HTMLElementTagNameMap {
    'cso-region-rank': CsoRegionRank;
  }
}
