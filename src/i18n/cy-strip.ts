import type { HelplineMessages } from './messages.js';

/**
 * The compact strip's few Welsh words (the lead, the services' names, what its
 * links and Exit say), carried by the charts' bundle (i18n/index.ts) and not
 * only in the word file (cy-helpline.ts): on a Welsh page the strip under each
 * chart is drawn once, in Welsh, with its number, before the word file comes.
 * Drawn first with its words still to come, its number moved sideways when
 * they arrived (issue 14). The same words as cy-helpline.ts's (a unit test
 * holds them equal).
 */
export const cyStrip = {
  helplineHeading: (audience) => (audience === 'children' ? 'Angen siarad?' : 'Yn poeni am blentyn?'),
  call: (name) => `Ffonio ${name}`,
  email: (name) => `E-bostio ${name}`,
  website: (name) => `Gwefan ${name}`,
  quickExit: 'Gadael y dudalen hon',
  serviceNameFallback: 'Llinell gymorth',
  // The presets whose names are Welsh (data/helplines.json); the others keep their own names.
  services: { nspcc: { name: 'Llinell Gymorth yr NSPCC' }, ceop: { name: 'Canolfan Ddiogelwch CEOP' } },
} satisfies Partial<HelplineMessages>;
