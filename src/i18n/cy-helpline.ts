import type { HelplineMessages } from './messages.js';

const FIELDS: Record<string, string> = { phone: 'rhif ffôn', email: 'cyfeiriad e-bost', url: 'cyfeiriad gwe' };

/** The helpline panel's words in Welsh (see cy.ts for the translation notes). */
export const cyHelpline: HelplineMessages = {
  locale: 'cy',
  // These first words are in the bundle too, for the compact strip (cy-strip.ts; a unit test holds them equal).
  helplineHeading: (audience) => (audience === 'children' ? 'Angen siarad?' : 'Yn poeni am blentyn?'),
  call: (name) => `Ffonio ${name}`,
  email: (name) => `E-bostio ${name}`,
  website: (name) => `Gwefan ${name}`,
  hours: 'Oriau agor',
  hoursAsOf: (year) => `(fel y'u cyhoeddwyd yn ${year})`,
  emergency: (phone) => ['Os yw plentyn mewn perygl uniongyrchol, ffoniwch\u00a0', phone, '.'],
  quickExit: 'Gadael y dudalen hon',
  quickExitHint: "Neu pwyswch Shift 3 gwaith i adael y dudalen hon yn gyflym.",
  quickExitPressesLeft: (n) => `Shift, pwyswch ${n === 1 ? 'unwaith' : n === 2 ? 'ddwywaith' : `${n} gwaith`} eto i adael.`,
  quickExitLeaving: "Yn gadael y dudalen.",
  unknownPreset: (name) => `Nid oes llinell gymorth o'r enw “${name}”; yn dangos Llinell Gymorth yr NSPCC yn lle hynny.`,
  unsafeField: (field) => `Gadawyd y ${FIELDS[field] ?? field} allan am nad yw'n gyfeiriad gwe, ffôn nac e-bost diogel.`,
  serviceNameFallback: 'Llinell gymorth',
  // From the `cy` objects in data/helplines.json (a unit test holds them equal); numbers and addresses stay the English fields'.
  services: {
    nspcc: { name: "Llinell Gymorth yr NSPCC", for: "Oedolion sy'n poeni am blentyn", cost: "Am ddim o linellau tir a'r rhan fwyaf o ffonau symudol", hours: "Ffôn: dydd Llun i ddydd Gwener 8am i 10pm, penwythnosau 9am i 6pm. E-bost a ffurflen ar-lein: unrhyw bryd." },
    childline: { for: "Plant a phobl ifanc dan 19 oed", cost: "Am ddim, a fydd y rhif ddim yn dangos ar eich bil ffôn", hours: "Unrhyw bryd, ddydd neu nos", other: "Sgwrs ar-lein 1-2-1 ac e-bost drwy gyfrif Childline" },
    "stop-it-now": { for: "Unrhyw un sy'n poeni am eu meddyliau neu eu hymddygiad rhywiol eu hunain, neu rai rhywun arall, tuag at blant", cost: "Am ddim o'r DU", hours: "Gwiriwch yr oriau agor presennol ar wefan Stop It Now", other: "Sgwrs fyw ac e-bost diogel; cyfrinachol, ond byddant yn rhannu gwybodaeth os yw plentyn mewn perygl" },
    ceop: { name: "Canolfan Ddiogelwch CEOP", for: "Rhoi gwybod i'r heddlu am gam-drin rhywiol neu feithrin perthynas amhriodol ar-lein (gall plant roi gwybod hefyd)" },
    iwf: { for: "Rhoi gwybod yn ddienw am ddelweddau neu fideos o gam-drin plant yn rhywiol a welwyd ar-lein" },
  },
};
