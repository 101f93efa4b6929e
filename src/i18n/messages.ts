import type { Headline, Statement } from '../chart/headline.js';
import type { RankStanding } from '../chart/rank.js';
import type { DataProblem } from '../data/types.js';
import type { Audience, HelplineService } from '../helpline/types.js';

/**
 * Every fixed word a widget shows, for one language. Sentences are whole
 * functions, not fragments glued together, so each language keeps its own
 * word order. Numbers arrive already formatted for the language.
 */
export interface Messages extends HelplineMessages {
  /** One line of a trend's headline: "Up 525% since 2018/19", "Down 44% in 2019/20", "From 1 in 2015/16 to 48 in 2019/20". */
  trendLine(s: Statement, f: (n: number) => string): string;
  /** The sentences a screen reader hears for a trend: the latest figure and both headline lines. */
  trendSummary(area: string, measure: string, h: Headline, f: (n: number) => string): string;
  /** What is counted, as a column heading says it ("offences", "troseddau"; with rates "offences per 100,000 children"), before capitals. */
  measureName(measure: string): string;
  /** A figure and what it counts, as the arrow keys read a point or bar: "419 offences", "419 o droseddau". `n` is formatted. */
  figureSaid(n: string, measure: string): string;
  /** Label on the chart where the forces counted change: "Coverage changes". */
  coverageMark: string;
  /** "Lancashire: 2nd of 5 in the North West"; with fewer than three figures, the figures: "Lancashire: 67; Greater Manchester: 628". */
  rankHeadline(s: RankStanding, region: string | undefined, period: string, f: (n: number) => string): string;
  /** The line under a ranking's headline, when it has one: "The lower of two forces with a figure". */
  rankSubhead(s: RankStanding, region: string | undefined): string;
  /**
   * "North West, 2019/20"; for the nation "All 46 forces, 2019/20", or when
   * some forces have no figure, those that do, as the headline counts them:
   * "13 of 46 forces, 2019/20". `total` is undefined when the forces in scope are not known.
   */
  rankKicker(region: string | undefined, period: string, withFigure: number, total: number | undefined): string;
  /** The sentence a screen reader hears for a ranking; `list` is "Greater Manchester 628, Lancashire 67". */
  rankSummary(region: string | undefined, period: string, measure: string, list: string, noFigure: string[]): string;
  /** The compact line under a ranking that opens to the forces with no figure: "No figure for 33 forces". */
  noFigureFor(count: number): string;
  /** The control under a long ranking: "Show all 46 forces". */
  showAll(count: number): string;
  /** The same control once opened: "Show the top 10" (TOP_COUNT in src/chart/rank.ts). */
  showTop: string;
  /** "No figure published: Cheshire, Cumbria, Merseyside". */
  missingForces(names: string[]): string;
  /** "per 100,000 children". */
  perLabel(per: string, of: string): string;
  ratesUnavailable: string;
  /** Said when `per` is not a usable number (e.g. "Infinity"): counts are shown instead. */
  perRefused(per: string): string;
  /**
   * A ranking's period, in its kicker and summary, when no `period` was given and the data's periods cannot be put
   * in order: "Autumn (last given, maybe not the latest)".
   */
  periodsUnordered(period: string): string;
  ordinal(n: number): string;
  /** "Lancashire, 2019/20: 419 offences" — said when a point or bar takes focus. */
  pointAnnouncement(label: string, value: string): string;
  noFigure: string;
  source: string;
  /** Said when a page gives figures without saying where they come from. */
  sourceNotStated: string;
  notes: string;
  showTable: string;
  /** The CSV download link under every chart. */
  getData: string;
  /** Said after a link that opens in a new tab. */
  opensInNewTab: string;
  tableCaption(area: string): string;
  period: string;
  area: string;
  rank: string;
  loading: string;
  /** The one sentence a reader sees when the figures cannot be shown; why goes to the console and `cso-error`. */
  errorTitle: string;
  /** The footer's credit: "Chart: Lancashire Telegraph". */
  credit(name: string): string;
  /** The footer's date of the figures: "Figures to March 2020". */
  figuresTo(when: string): string;
  problem(p: DataProblem): string;
  dropped(count: number): string;
  chartKeys: string;
  illustrative: string;
  highlighted: string;
  allAreas: string;
}

/**
 * The helpline panel's words on their own, so a page that embeds only
 * <helpline-box> does not download every chart sentence in every language.
 */
export interface HelplineMessages {
  locale: string;
  /** The panel's heading, and the compact strip's lead ("Worried about a child? 0808 800 5000"). */
  helplineHeading(audience: Audience): string;
  call(name: string): string;
  email(name: string): string;
  website(name: string): string;
  hours: string;
  hoursAsOf(year: string): string;
  /** The 999 line; `phone` is the link, placed where the language puts it, after a no-break space so "call 999" never splits. */
  emergency(phone: unknown): unknown[];
  quickExit: string;
  quickExitHint: string;
  quickExitPressesLeft(n: number): string;
  quickExitLeaving: string;
  unknownPreset(name: string): string;
  unsafeField(field: string): string;
  serviceNameFallback: string;
  /** Each preset's words in this language (name, who it is for, cost, hours, other), by preset id; English when absent. */
  services?: Readonly<Record<string, Partial<Pick<HelplineService, 'name' | 'for' | 'cost' | 'hours' | 'other'>>>>;
}
