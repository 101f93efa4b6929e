import type { Messages } from './messages.js';
import { cyHelpline } from './cy-helpline.js';

/*
 * Welsh (Cymraeg). Key wording follows published Welsh public-service text:
 * "Gadael y dudalen hon" is GOV.UK Frontend's Welsh for "Exit this page"
 * (as used by HMRC's play-frontend); "(yn agor …)" follows GOV.UK Welsh
 * services' "(yn agor ffenestr newydd)".
 *
 * Translation notes (for review by a Welsh speaker):
 * - Places: force and region names arrive from the data in English. Known
 *   regions are given their Welsh names; sentences put names after "ymhlith
 *   heddluoedd …" or a colon, so no mutation of an inserted name is needed.
 * - Rank is written "safle 2 o 5" (position 2 of 5), as Welsh league tables
 *   do, rather than ordinal suffixes (2il, 3ydd, …), which vary by number and
 *   are easy to get wrong for arbitrary numbers.
 * - "o droseddau": numbers take "o" + soft mutation before a plural noun.
 * - The Shift count ("Shift, pwyswch ddwywaith eto i adael.") was not found
 *   in a published source; please check.
 */

/** Welsh names of the regions the figures use; anything else is shown as given. */
const REGIONS: Record<string, string> = {
  'North East': 'Gogledd-ddwyrain Lloegr',
  'North West': 'Gogledd-orllewin Lloegr',
  'Yorkshire and the Humber': "Swydd Efrog a'r Humber",
  'West Midlands': 'Gorllewin Canolbarth Lloegr',
  'East Midlands': 'Dwyrain Canolbarth Lloegr',
  'East of England': 'Dwyrain Lloegr',
  London: 'Llundain',
  'South East': 'De-ddwyrain Lloegr',
  'South West': 'De-orllewin Lloegr',
  Wales: 'Cymru',
  'Northern Ireland': 'Gogledd Iwerddon',
  'Channel Islands': 'Ynysoedd y Sianel',
};
const region = (name: string) => REGIONS[name] ?? name;

/** What is counted, after a number: "419 o droseddau" (with rates, at the head of the rate's words). */
const counted = (measure: string) => measure.replace(/^offences\b/, 'o droseddau');
/** What is counted, as a plural noun: "nifer y troseddau"; also a column's heading. */
const plural = (measure: string) => measure.replace(/^offences\b/, 'troseddau');
/** A percentage, whole, its thousands split by commas as the counts are (written here: an import of format.js would split the main bundle). */
const percent = (n: number) => n.toFixed(0).replace(/\B(?=(\d{3})+$)/g, ',');
const people = (of: string) => ({ children: 'o blant', people: 'o bobl' })[of] ?? of;


export const cy: Messages = {
  ...cyHelpline,
  trendLine(s, f) {
    switch (s.kind) {
      case 'change': {
        const size = s.percent === 0 ? 'lai nag 1%' : `${percent(s.percent)}%`;
        return `${s.direction === 'up' ? 'Cynnydd' : 'Gostyngiad'} o ${size} ${s.latest ? `yn ${s.to.period}` : `ers ${s.from.period}`}`;
      }
      case 'counts':
        return `O ${f(s.from.value)} yn ${s.from.period} i ${f(s.to.value)} yn ${s.to.period}`;
      case 'same':
        return s.latest ? `Dim newid yn ${s.to.period}` : `Dim newid ers ${s.from.period}`;
      case 'figure':
        return `${f(s.point.value)} yn ${s.point.period}`;
      case 'coverage':
        return s.from
          ? `Wedi'u cymharu o ${s.from}: mae blynyddoedd cynharach yn cyfrif heddluoedd gwahanol`
          : "Mae blynyddoedd cynharach yn cyfrif heddluoedd gwahanol, felly ni chânt eu cymharu";
      case 'none':
        return "Dim ffigurau wedi'u cyhoeddi ar gyfer y blynyddoedd hyn";
      case 'unordered':
        return "Nid yw'r cyfnodau hyn yn flynyddoedd y gellir eu rhoi mewn trefn, felly ni chyfrifir newid";
    }
  },
  measureName: plural,
  figureSaid: (n, measure) => `${n} ${counted(measure)}`,
  trendSummary(area, measure, h, f) {
    if (h.lead.kind === 'unordered')
      return `${area}: ${counted(measure)} fesul cyfnod, yn y drefn a roddwyd; nid yw'r cyfnodau'n flynyddoedd y gellir eu rhoi mewn trefn, felly ni chyfrifir newid.`;
    const last = h.last;
    if (!last) return `${area}: ni chyhoeddwyd ffigurau ar gyfer y blynyddoedd hyn.`;
    const lead = h.lead;
    const clause =
      lead.kind === 'change'
        ? `, o'i gymharu â ${f(lead.from.value)} yn ${lead.from.period} (${lead.direction === 'up' ? 'cynnydd' : 'gostyngiad'} o ${lead.percent === 0 ? 'lai nag 1%' : `${percent(lead.percent)}%`})`
        : lead.kind === 'counts'
          ? `, o'i gymharu â ${f(lead.from.value)} yn ${lead.from.period}`
          : lead.kind === 'same'
            ? `, yr un faint ag yn ${lead.from.period}`
            : '';
    return `${area}: ${f(last.value)} ${counted(measure)} yn ${last.period}${clause}.${h.second ? ` ${cy.trendLine(h.second, f)}.` : ''}`;
  },
  coverageMark: "Newid cwmpas",
  rankHeadline(s, where, period, f) {
    const among = where ? ` ymhlith heddluoedd ${region(where)}` : '';
    switch (s.kind) {
      case 'few':
        return s.figures.map((r) => `${r.area}: ${f(r.value)}`).join('; ');
      case 'ranked':
        return s.complete
          ? `${s.area}: ${s.tied ? 'cydradd ' : ''}safle ${s.rank} o ${s.of}${where ? among : ' heddlu'}`
          : `${s.area}: ${s.tied ? 'cydradd ' : ''}safle ${s.rank} o ${s.of} heddlu â ffigur${among}`;
      case 'leader':
        return s.complete
          ? `${s.area}: ${s.tied ? 'cydradd ' : ''}uchaf${where ? among : " o'r holl heddluoedd"}`
          : `${s.area}: ${s.tied ? 'cydradd ' : ''}uchaf o ${s.of} heddlu â ffigur${among}`;
      case 'no-figure':
        return `${s.area}: dim ffigur ar gyfer ${period}`;
      case 'absent':
        return `Nid yw ${s.area} yn y ffigurau hyn ar gyfer ${period}`;
      case 'none':
        return `Dim ffigurau ar gyfer ${period}`;
    }
  },
  rankSubhead(s, where) {
    if (s.kind !== 'few') return '';
    const among = where ? ` ymhlith heddluoedd ${region(where)}` : '';
    switch (s.place) {
      case 'only':
        return `Yr unig heddlu â ffigur${among}`;
      case 'same':
        return `Yr un ffigur: yr unig ddau heddlu ag un${among}`;
      case 'higher':
        return `Yr uchaf o ddau heddlu â ffigur${among}`;
      default:
        return `Yr isaf o ddau heddlu â ffigur${among}`;
    }
  },
  rankKicker(where, period, withFigure, total) {
    if (where) return `${region(where)}, ${period}`;
    if (total === undefined) return `Heddluoedd, ${period}`;
    return withFigure >= total ? `Pob un o'r ${total} heddlu, ${period}` : `${withFigure} o ${total} heddlu, ${period}`;
  },
  rankSummary(where, period, measure, list, noFigure) {
    return `${where ? `Heddluoedd ${region(where)}` : 'Heddluoedd'} yn ôl nifer y ${plural(measure)} a gofnodwyd yn ${period}, o'r uchaf: ${list}.${
      noFigure.length ? ` ${cy.missingForces(noFigure)}.` : ''
    }`;
  },
  noFigureFor: (count) => `Dim ffigur ar gyfer ${count} heddlu`,
  showAll: (count) => `Dangos pob un o'r ${count} heddlu`,
  showTop: 'Dangos y 10 uchaf',
  missingForces: (names) => `Dim ffigur: ${names.join(', ')}`,
  perLabel: (per, of) => `fesul ${per} ${people(of)}`,
  perRefused: (per) => `Nid yw “${per}” yn nifer o bobl i roi cyfraddau fesul, felly dangosir y niferoedd.`,
  periodsUnordered: (period) => `${period} (yr olaf a roddwyd, efallai nad hwn yw'r diweddaraf)`,
  ratesUnavailable: "Mae angen ffigur poblogaeth ar gyfer pob heddlu i ddangos cyfraddau, ac nid yw'r data hyn yn eu cynnwys, felly dangosir y niferoedd.",
  ordinal: (n) => `safle ${n}`,
  pointAnnouncement: (label, value) => `${label}: ${value}`,
  noFigure: 'dim ffigur',
  source: 'Ffynhonnell',
  sourceNotStated: "heb ei nodi gan y dudalen hon",
  notes: 'Nodiadau',
  showTable: 'Dangos y ffigurau fel tabl',
  getData: 'Cael y data',
  opensInNewTab: '(yn agor mewn tab newydd)',
  tableCaption: (area) => `Ffigurau ar gyfer ${area}`,
  period: 'Cyfnod',
  area: 'Heddlu',
  rank: 'Safle',
  loading: "Wrthi'n llwytho'r ffigurau…",
  errorTitle: "Does dim modd dangos y ffigurau hyn ar hyn o bryd.",
  credit: (name) => `Siart: ${name}`,
  figuresTo: (when) => `Ffigurau hyd at ${when}`,
  problem(p) {
    const where = p.row ? ` (rhes ${p.row}${p.field ? `, ${p.field}` : ''})` : p.field ? ` (${p.field})` : '';
    switch (p.reason) {
      case 'invalid-json':
        return "Nid yw'r ffeil ffigurau yn JSON dilys.";
      case 'wrong-shape':
        return 'Nid oes rhestr o resi yn y ffeil ffigurau.';
      case 'no-rows':
        return `Nid oes ffigurau i'w dangos${where}.`;
      case 'invalid-row':
        return `Mae ardal neu gyfnod ar goll o res${where}.`;
      case 'invalid-value':
        return `Nid yw ffigur yn rhif cyfan${where}${p.value ? `: “${p.value}”` : ''}.`;
      case 'duplicate-period':
        return `Mae cyfnod yn ymddangos ddwywaith ar gyfer yr un ardal${where}${p.value ? `: gadawyd “${p.value}” allan` : ''}.`;
      case 'too-many-rows':
        return `Mae gormod o resi yn y ffeil ffigurau (${p.value ?? 'dros 10,000'}).`;
      case 'http-error':
        return `Nid oedd modd llwytho'r ffeil ffigurau (atebodd y gweinydd ${p.status ?? 'â gwall'}).`;
      case 'network-error':
        return "Nid oedd modd cyrraedd y ffeil ffigurau. Gwiriwch eich cysylltiad, neu efallai nad yw'r wefan yn caniatáu ei llwytho.";
      case 'timeout':
        return "Cymerodd y ffeil ffigurau ormod o amser i lwytho.";
      case 'empty-response':
        return "Roedd y ffeil ffigurau yn wag.";
      case 'wrong-content-type':
        return 'Ni ddychwelodd y cyfeiriad ffeil ffigurau (anfonodd dudalen we neu fath arall o ffeil).';
      case 'area-not-found':
        return `Nid oes ffigurau ar gyfer “${p.value ?? ''}” yn y data hyn.`;
      case 'period-not-found':
        return `Nid oes ffigurau ar gyfer y cyfnod “${p.value ?? ''}” yn y data hyn.`;
      case 'region-not-found':
        return `Nid oes heddluoedd yn y rhanbarth “${p.value ?? ''}” yn y data hyn.`;
      case 'no-area':
        return "Nodwch pa heddlu i'w ddangos (y priodoledd area).";
      case 'attribute-mismatch':
        return `Nid yw nifer y labeli a'r ffigurau yn cyfateb${where}.`;
      case 'unsafe-url':
        return p.field === 'src'
          ? "Nid yw cyfeiriad y ffeil ffigurau yn gyfeiriad gwe (http neu https)."
          : `Gadawyd dolen allan am nad yw'n gyfeiriad gwe, ffôn nac e-bost${where}.`;
      case 'invalid-attribute':
        return `Rhoddodd y dudalen werth na ellir ei ddefnyddio${where}.`;
      case 'no-room':
        return `Nid oes digon o le yma i dynnu'r siart hwn (${p.value ?? 'llai na 150'} picsel o led).`;
    }
  },
  dropped: (count) => (count === 1 ? 'Gadawyd 1 rhes allan am nad oedd yn ddilys.' : `Gadawyd ${count} rhes allan am nad oeddent yn ddilys.`),
  chartKeys: "Defnyddiwch y bysellau saeth chwith a de i glywed pob ffigur.",
  illustrative: 'Ffigurau enghreifftiol',
  highlighted: "wedi'i amlygu",
  allAreas: 'pob heddlu',
};
