/**
 * cso-widgets: every element in one module. Importing it defines
 * <cso-trend>, <cso-region-rank> and <helpline-box>; importing it twice is harmless.
 */
export { CsoTrend } from './elements/cso-trend/define.js';
export { CsoRegionRank } from './elements/cso-region-rank/define.js';
export { HelplineBox } from './elements/helpline-box/define.js';
export { registerMessages, messagesFor } from './i18n/index.js';
export type { Messages } from './i18n/index.js';
export type { FigureRow, FiguresDocument } from './data/types.js';
