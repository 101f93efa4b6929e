import type { HelplineMessages } from './messages.js';


/** The helpline panel's words in English. */
export const enHelpline: HelplineMessages = {
  locale: 'en-GB',
  helplineHeading: (audience) => (audience === 'children' ? 'Need to talk?' : 'Worried about a child?'),
  call: (name) => `Call ${name}`,
  email: (name) => `Email ${name}`,
  website: (name) => `${name} website`,
  hours: 'Opening hours',
  hoursAsOf: (year) => `(as published in ${year})`,
  emergency: (phone) => ['If a child is in immediate danger, call\u00a0', phone, '.'],
  quickExit: 'Exit this page',
  quickExitHint: 'Or press Shift 3 times to leave this page quickly.',
  quickExitPressesLeft: (n) => `Shift, press ${n} more ${n === 1 ? 'time' : 'times'} to exit.`,
  quickExitLeaving: 'Exiting this page.',
  unknownPreset: (name) => `There is no helpline called “${name}”; showing the NSPCC Helpline instead.`,
  unsafeField: (field) => `The ${field} was left out because it is not a safe web, phone or e-mail address.`,
  serviceNameFallback: 'Helpline',
};
