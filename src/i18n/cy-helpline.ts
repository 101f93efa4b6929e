import type { HelplineMessages } from './messages.js';

const FIELDS: Record<string, string> = { phone: 'rhif ffôn', email: 'cyfeiriad e-bost', url: 'cyfeiriad gwe' };

/** The helpline panel's words in Welsh (see cy.ts for the translation notes). */
export const cyHelpline: HelplineMessages = {
  locale: 'cy',
  helplineHeading: (audience) => (audience === 'children' ? 'Angen siarad?' : 'Yn poeni am blentyn?'),
  call: (name) => `Ffonio ${name}`,
  email: (name) => `E-bostio ${name}`,
  website: (name) => `Gwefan ${name}`,
  hours: 'Oriau agor',
  hoursAsOf: (year) => `(fel y'u cyhoeddwyd yn ${year})`,
  emergency: (phone) => ['Os yw plentyn mewn perygl uniongyrchol, ffoniwch ', phone, '.'],
  compactLead: (audience) => (audience === 'children' ? 'Angen siarad?' : 'Yn poeni am blentyn?'),
  quickExit: 'Gadael y dudalen hon',
  quickExitHint: "Neu pwyswch Shift 3 gwaith i adael y dudalen hon yn gyflym.",
  quickExitPressesLeft: (n) => `Shift, pwyswch ${n === 1 ? 'unwaith' : n === 2 ? 'ddwywaith' : `${n} gwaith`} eto i adael.`,
  quickExitLeaving: "Yn gadael y dudalen.",
  unknownPreset: (name) => `Nid oes llinell gymorth o'r enw “${name}”; yn dangos Llinell Gymorth yr NSPCC yn lle hynny.`,
  unsafeField: (field) => `Gadawyd y ${FIELDS[field] ?? field} allan am nad yw'n gyfeiriad gwe, ffôn nac e-bost diogel.`,
  serviceNameFallback: 'Llinell gymorth',
};
