import type { Messages } from './messages.js';
import { formatCount } from '../chart/format.js';
import { enHelpline } from './en-helpline.js';

const ORDINAL = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "the North West" but "Wales", "London", "Yorkshire and the Humber". */
const inRegion = (region: string) => (/^(north|south|east|west)\b/i.test(region) ? `the ${region}` : region);

export const en: Messages = {
  ...enHelpline,
  trendLine(s, f) {
    switch (s.kind) {
      case 'change': {
        const size = s.percent === 0 ? 'less than 1%' : `${formatCount(s.percent)}%`;
        return `${s.direction === 'up' ? 'Up' : 'Down'} ${size} ${s.latest ? `in ${s.to.period}` : `since ${s.from.period}`}`;
      }
      case 'counts':
        return `From ${f(s.from.value)} in ${s.from.period} to ${f(s.to.value)} in ${s.to.period}`;
      case 'same':
        return s.latest ? `No change in ${s.to.period}` : `No change since ${s.from.period}`;
      case 'figure':
        return `${f(s.point.value)} in ${s.point.period}`;
      case 'coverage':
        return s.from ? `Compared from ${s.from}: earlier years count different forces` : 'Earlier years count different forces, so are not compared';
      case 'none':
        return 'No figures published for these years';
      case 'unordered':
        return 'These periods are not years we can put in order, so no change is worked out';
    }
  },
  measureName: (measure) => measure,
  figureSaid: (n, measure) => `${n} ${measure}`,
  trendSummary(area, measure, h, f) {
    if (h.lead.kind === 'unordered')
      return `${area}: ${measure} by period, in the order given; the periods are not years that can be put in order, so no change is worked out.`;
    const last = h.last;
    if (!last) return `${area}: no figures were published for these years.`;
    // The lead as a clause of the first sentence, with the earlier figure it compares.
    const lead = h.lead;
    const clause =
      lead.kind === 'change'
        ? `, ${lead.direction} ${lead.percent === 0 ? 'less than 1%' : `${formatCount(lead.percent)}%`} from ${f(lead.from.value)} in ${lead.from.period}`
        : lead.kind === 'counts'
          ? `, ${lead.to.value > lead.from.value ? 'up' : 'down'} from ${f(lead.from.value)} in ${lead.from.period}`
          : lead.kind === 'same'
            ? `, the same as in ${lead.from.period}`
            : '';
    return `${area}: ${f(last.value)} ${measure} in ${last.period}${clause}.${h.second ? ` ${en.trendLine(h.second, f)}.` : ''}`;
  },
  coverageMark: 'Coverage changes',
  rankHeadline(s, region, period, f) {
    const place = region ? ` in ${inRegion(region)}` : '';
    switch (s.kind) {
      case 'few':
        return s.figures.map((r) => `${r.area}: ${f(r.value)}`).join('; ');
      case 'ranked':
        return s.complete
          ? `${s.area}: ${s.tied ? 'joint ' : ''}${en.ordinal(s.rank)} of ${s.of}${region ? place : ' forces'}`
          : `${s.area}: ${s.tied ? 'joint ' : ''}${en.ordinal(s.rank)} of ${s.of} ${s.of === 1 ? 'force' : 'forces'} with a figure${place}`;
      case 'leader':
        // Highest "of all" only when every force in scope has a figure; otherwise only of those that do.
        return s.complete
          ? `${s.area}: ${s.tied ? 'joint ' : ''}highest${region ? place : ' of all forces'}`
          : `${s.area}: ${s.tied ? 'joint ' : ''}highest of ${s.of} ${s.of === 1 ? 'force' : 'forces'} with a figure${place}`;
      case 'no-figure':
        return `${s.area}: no figure for ${period}`;
      case 'absent':
        return `${s.area} is not in these figures for ${period}`;
      case 'none':
        return `No figures for ${period}`;
    }
  },
  rankSubhead(s, region) {
    if (s.kind !== 'few') return '';
    const place = region ? ` in ${inRegion(region)}` : '';
    switch (s.place) {
      case 'only':
        return `The only force with a figure${place}`;
      case 'same':
        return `The same figure: the only two forces with one${place}`;
      default:
        return `The ${s.place} of two forces with a figure${place}`;
    }
  },
  rankKicker(region, period, withFigure, total) {
    // A region's kicker names it (its headline counts); the nation's counts the forces ranked.
    if (region) return `${region}, ${period}`;
    if (total === undefined) return `Police forces, ${period}`;
    return withFigure >= total ? `All ${total} forces, ${period}` : `${withFigure} of ${total} forces, ${period}`;
  },
  rankSummary(region, period, measure, list, noFigure) {
    return `${region ? `Forces in ${inRegion(region)}` : 'Police forces'} ranked by ${measure} recorded in ${period}, highest first: ${list}.${
      noFigure.length ? ` ${en.missingForces(noFigure)}.` : ''
    }`;
  },
  noFigureFor: (count) => `No figure for ${count} ${count === 1 ? 'force' : 'forces'}`,
  showAll: (count) => `Show all ${count} forces`,
  showTop: 'Show the top 10',
  missingForces: (names) => `No figure: ${names.join(', ')}`,
  perLabel: (per, of) => `per ${per} ${of}`,
  perRefused: (per) => `Counts are shown: “${per}” is not a number to give rates per.`,
  periodsUnordered: (period) => `${period} (last given, maybe not the latest)`,
  ratesUnavailable: 'Counts are shown: these figures give no population to work out rates.',
  ordinal(n) {
    return `${n}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
  },
  pointAnnouncement: (label, value) => `${label}: ${value}`,
  noFigure: 'no figure',
  source: 'Source',
  sourceNotStated: 'not stated by this page',
  notes: 'Notes',
  showTable: 'Show the figures as a table',
  getData: 'Get the data',
  opensInNewTab: '(opens in a new tab)',
  tableCaption: (area) => `Figures for ${area}`,
  period: 'Period',
  area: 'Police force',
  rank: 'Rank',
  loading: 'Loading figures…',
  errorTitle: 'These figures can’t be shown right now.',
  credit: (name) => `Chart: ${name}`,
  figuresTo: (when) => `Figures to ${when}`,
  problem(p) {
    const where = p.row ? ` (row ${p.row}${p.field ? `, ${p.field}` : ''})` : p.field ? ` (${p.field})` : '';
    switch (p.reason) {
      case 'invalid-json':
        return 'The figures file is not valid JSON.';
      case 'wrong-shape':
        return 'The figures file does not have a list of rows.';
      case 'no-rows':
        return `There are no figures to show${where}.`;
      case 'invalid-row':
        return `A row is missing its area or period${where}.`;
      case 'invalid-value':
        return `A figure is not a whole number${where}${p.value ? `: “${p.value}”` : ''}.`;
      case 'duplicate-period':
        return `A period appears twice for the same area${where}${p.value ? `: “${p.value}” was left out` : ''}.`;
      case 'too-many-rows':
        return `The figures file has too many rows (${p.value ?? 'over 10 000'}).`;
      case 'http-error':
        return `The figures file could not be loaded (the server answered ${p.status ?? 'with an error'}).`;
      case 'network-error':
        return 'The figures file could not be reached. Check your connection, or the site may not allow loading it.';
      case 'timeout':
        return 'The figures file took too long to load.';
      case 'empty-response':
        return 'The figures file was empty.';
      case 'wrong-content-type':
        return 'The address did not return a figures file (it sent a web page or another kind of file).';
      case 'area-not-found':
        return `There are no figures for “${p.value ?? ''}” in this data.`;
      case 'period-not-found':
        return `There are no figures for the period “${p.value ?? ''}” in this data.`;
      case 'region-not-found':
        return `There are no forces in the region “${p.value ?? ''}” in this data.`;
      case 'no-area':
        return 'Say which police force to show (the area attribute).';
      case 'attribute-mismatch':
        return `The number of labels and figures do not match${where}.`;
      case 'unsafe-url':
        return p.field === 'src'
          ? 'The address of the figures file is not a web address (http or https).'
          : `A link was left out because it is not a web, phone or e-mail address${where}.`;
      case 'invalid-attribute':
        return `The page gave a value that cannot be used${where}.`;
      case 'no-room':
        return `There is not enough room here to draw this chart (${p.value ?? 'under 150'} pixels wide).`;
    }
  },
  dropped: (count) => `${count} ${count === 1 ? 'row was' : 'rows were'} left out because ${count === 1 ? 'it was' : 'they were'} not valid.`,
  chartKeys: 'Use the left and right arrow keys to hear each figure.',
  illustrative: 'Illustrative figures',
  highlighted: 'highlighted',
  allAreas: 'all forces',
};
