import type { Messages } from './messages.js';
import { enHelpline } from './en-helpline.js';

const ORDINAL = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "the North West" but "Wales", "London", "Yorkshire and the Humber". */
const inRegion = (region: string) => (/^(north|south|east|west)\b/i.test(region) ? `the ${region}` : region);

export const en: Messages = {
  ...enHelpline,
  trendHeadline(h, f) {
    switch (h.kind) {
      case 'change':
        return h.percent === 0
          ? `${h.direction === 'up' ? 'Up' : 'Down'} less than 1% since ${h.from.period}`
          : `${h.direction === 'up' ? 'Up' : 'Down'} ${f(h.percent)}% since ${h.from.period}`;
      case 'from-zero':
        return `Up from 0 to ${f(h.to.value)} since ${h.from.period}`;
      case 'same':
        return `No change since ${h.from.period}`;
      case 'single':
        return `${f(h.point.value)} in ${h.point.period}`;
      case 'none':
        return 'No figures published for these years';
    }
  },
  trendSummary(area, measure, h, f) {
    switch (h.kind) {
      case 'change':
        return `${area}: ${f(h.to.value)} ${measure} in ${h.to.period}, ${h.direction} ${h.percent === 0 ? 'less than 1%' : `${f(h.percent)}%`} from ${f(h.from.value)} in ${h.from.period}.`;
      case 'from-zero':
        return `${area}: ${f(h.to.value)} ${measure} in ${h.to.period}, up from 0 in ${h.from.period}.`;
      case 'same':
        return `${area}: ${f(h.to.value)} ${measure} in ${h.to.period}, the same as in ${h.from.period}.`;
      case 'single':
        return `${area}: ${f(h.point.value)} ${measure} in ${h.point.period}.`;
      case 'none':
        return `${area}: no figures were published for these years.`;
    }
  },
  rankHeadline(s, region, period) {
    const place = region ? ` in ${inRegion(region)}` : '';
    switch (s.kind) {
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
  rankKicker: (region, period) => `${region ?? 'All forces'}, ${period}`,
  rankSummary(region, period, measure, list, noFigure) {
    return `${region ? `Forces in ${inRegion(region)}` : 'Police forces'} ranked by ${measure} recorded in ${period}, highest first: ${list}.${
      noFigure.length ? ` ${en.missingForces(noFigure)}.` : ''
    }`;
  },
  missingForces: (names) => `No figure: ${names.join(', ')}`,
  perLabel: (per, of) => `per ${per} ${of}`,
  ratesUnavailable: 'Rates need a population figure for each force, which these data do not include, so counts are shown.',
  ordinal(n) {
    return `${n}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
  },
  pointAnnouncement: (label, value) => `${label}: ${value}`,
  noFigure: 'no figure',
  source: 'Source',
  sourceNotStated: 'not stated by this page',
  notes: 'Notes',
  showTable: 'Show the figures as a table',
  getData: 'Get the data (CSV)',
  opensInNewTab: '(opens in a new tab)',
  tableCaption: (area) => `Figures for ${area}`,
  period: 'Period',
  area: 'Police force',
  rank: 'Rank',
  loading: 'Loading figures…',
  errorTitle: 'These figures could not be shown',
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
        return `A period appears twice for the same area${where}.`;
      case 'too-many-rows':
        return `The figures file has too many rows (${p.value ?? 'over 5,000'}).`;
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
    }
  },
  dropped: (count) => `${count} ${count === 1 ? 'row was' : 'rows were'} left out because ${count === 1 ? 'it was' : 'they were'} not valid.`,
  chartKeys: 'Use the left and right arrow keys to hear each figure.',
  illustrative: 'Illustrative figures',
  highlighted: 'highlighted',
  allAreas: 'all forces',
};
