/**
 * Helpline presets, transcribed from data/helplines.json (a copy of
 * shared/data/helplines.json, with its sources). A unit test checks every
 * field here against that file: numbers and addresses come from nowhere else. Sources stay in
 * that file rather than in every reader's download.
 */
import type { HelplineService } from './types.js';

export const HELPLINE_PRESETS: Readonly<Record<string, HelplineService>> = {
  "nspcc": {
    name: "NSPCC Helpline",
    audience: "adults",
    for: "Adults worried about a child",
    phone: "0808 800 5000",
    email: "help@nspcc.org.uk",
    url: "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/",
    cost: "Free from landlines and most mobiles",
    hours: "Phone: Monday to Friday 8am to 10pm, weekends 9am to 6pm. Email and online form: any time.",
    hoursAsOf: "2020",
  },
  "childline": {
    name: "Childline",
    audience: "children",
    for: "Children and young people under 19",
    phone: "0800 1111",
    url: "https://www.childline.org.uk/",
    cost: "Free, and the number won't show up on your phone bill",
    other: "1-2-1 online chat and email through a Childline account",
    hours: "Any time, day or night",
    hoursAsOf: "2023",
  },
  "stop-it-now": {
    name: "Stop It Now",
    audience: "adults",
    for: "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children",
    phone: "0808 1000 900",
    url: "https://www.stopitnow.org.uk/",
    cost: "Free from the UK",
    other: "Live chat and secure email; confidential, but they will pass on information if a child is at risk",
    hours: "Check current opening hours on the Stop It Now website",
  },
  "ceop": {
    name: "CEOP Safety Centre",
    audience: "all",
    for: "Reporting online sexual abuse or grooming to the police (children can report too)",
    url: "https://www.ceop.police.uk/Safety-Centre/",
  },
  "iwf": {
    name: "Internet Watch Foundation",
    audience: "adults",
    for: "Reporting child sexual abuse images or videos found online, anonymously",
    url: "https://report.iwf.org.uk/",
  },
};

/** Shown in the full panel: when a child is in danger now, no helpline is the right first call. */
export const EMERGENCY = { name: "Emergency services", phone: "999" } as const;
