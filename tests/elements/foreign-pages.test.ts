/**
 * The promise to a reader, kept in other people's pages: a chart (or a plain
 * sentence saying why there is none), always the NSPCC Helpline, never a
 * false figure and never an uncaught error. Each case is a row of a table:
 * how a page sets the widget up, and what the reader must see.
 */
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { messagesFor, registerMessages } from '../../src/index.js';
import type { Messages } from '../../src/index.js';
import { clearFiguresCache } from '../../src/data/load.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { helplineOf, openTable, settled, shadow, text } from './helpers.js';
import { browserZoom } from './engine.js';

/** What the reader must see. */
type Outcome = 'chart' | 'message';

interface Case {
  name: string;
  /** Builds the page around the widget (already in the document) and returns the widget. */
  setup: (stage: HTMLElement) => HTMLElement | Promise<HTMLElement>;
  expect: Outcome;
  /** Further checks on what the reader sees. */
  check?: (element: FiguresElement & HTMLElement, stage: HTMLElement) => void | Promise<void>;
  /** Cleans up what the case changed outside the stage. */
  after?: () => void;
}

const NSPCC_TEL = 'tel:+448088005000';
const engine = navigator.userAgent.includes('Firefox') ? 'firefox' : navigator.userAgent.includes('Chrome') ? 'chromium' : 'webkit';
let unique = 0;

/** Writes test markup (fixed strings of this file, never data) into the stage. */
function mount(stage: HTMLElement, markup: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  stage.append(template.content);
  const widget = stage.querySelector<HTMLElement>('cso-trend, cso-region-rank, helpline-box');
  if (!widget) throw new Error('no widget in the markup');
  return widget;
}

const TREND = '<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>';
const RANK = '<cso-region-rank period="2019/20" data-areas="Kent,Hampshire,Sussex" data-values="735,247,120" highlight="Kent"></cso-region-rank>';

function visible(element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The NSPCC number under a chart: present, laid out, and in the chart's own box. */
function expectHelpline(element: HTMLElement): void {
  const panel = element.localName === 'helpline-box' ? element : helplineOf(element);
  const phone = shadow(panel).querySelector(`a[href="${NSPCC_TEL}"]`);
  expect(phone, 'the NSPCC phone link').to.exist;
  expect(text(phone)).to.contain('0808 800 5000');
  expect(visible(phone), 'the NSPCC number is on screen').to.equal(true);
}

function expectOutcome(element: FiguresElement, outcome: Outcome): void {
  const root = shadow(element);
  if (outcome === 'chart') {
    expect(element.status, JSON.stringify(element.error ?? {})).to.equal('ready');
    const chart = root.querySelector('[part="chart"]');
    expect(visible(chart), 'the chart box has room').to.equal(true);
    const drawn = chart!.querySelector('svg, li');
    expect(visible(drawn), `the chart is drawn (at ${JSON.stringify(element.getBoundingClientRect())} in a window ${innerHeight} high, scrolled ${scrollY}; body: ${[...document.body.children].map((c) => `${c.localName}.${c.className} ${c.getBoundingClientRect().height}`).join(', ')})`).to.equal(true);
    expect(chart!.getBoundingClientRect().width).to.be.greaterThan(150);
  } else {
    expect(element.status).to.equal('error');
    const box = root.querySelector('[part="error"]');
    expect(visible(box), 'the message is on screen').to.equal(true);
    expect(text(box?.querySelector('.error-message')).length, 'the message says why in words').to.be.greaterThan(10);
  }
}

/**
 * Nothing cut off or overlapping: every laid-out box in the widget (and in
 * its helpline) lies within the widget's box, the widget within the column
 * it was given, and the caption, chart and helpline do not overlap.
 */
function expectNothingCutOff(element: HTMLElement, column: Element): void {
  const outer = column.getBoundingClientRect();
  const host = element.getBoundingClientRect();
  expect(host.left, 'widget starts inside its column').to.be.at.least(outer.left - 1);
  expect(host.right, 'widget ends inside its column').to.be.at.most(outer.right + 1);
  const roots = [shadow(element)];
  const panel = shadow(element).querySelector('helpline-box');
  if (panel?.shadowRoot) roots.push(panel.shadowRoot);
  for (const root of roots) {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest('.visually-hidden, .skeleton, .caption-room, [hidden], details:not([open]) > :not(summary), style')) continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const where = `${node.localName}.${node.getAttribute('class') ?? ''}`;
      expect(box.left, `${where} starts inside the widget`).to.be.at.least(host.left - 1);
      expect(box.right, `${where} ends inside the widget`).to.be.at.most(host.right + 1);
    }
  }
  const root = shadow(element);
  const parts = ['.caption-text', '[part="chart"]', 'helpline-box'].map((s) => root.querySelector(s)).filter((n): n is Element => visible(n));
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!.getBoundingClientRect();
      const b = parts[j]!.getBoundingClientRect();
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `${parts[i]!.localName} and ${parts[j]!.localName} overlap`).to.equal(false);
    }
}

async function settle(element: HTMLElement): Promise<void> {
  if (element.localName === 'helpline-box') {
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrame();
    return;
  }
  await settled(element as FiguresElement);
  // A chart with too little room turns into its message in the frame after it is measured.
  for (let i = 0; i < 3; i++) await nextFrame();
  await (element as FiguresElement).updateComplete;
}

function layoutCases(tag: 'trend' | 'rank'): Case[] {
  const widget = tag === 'trend' ? TREND : RANK;
  const inColumn = (style: string, inner = widget) => (stage: HTMLElement) => mount(stage, `<div class="column" style="${style}">${inner}</div>`);
  const roomy: Case['check'] = (element, stage) => {
    // "A sensible width": its container's, or a readable minimum capped by its parent.
    expect(element.getBoundingClientRect().width).to.be.at.least(Math.min(288, stage.getBoundingClientRect().width) - 1);
    expectNothingCutOff(element, stage);
  };
  return [
    { name: `${tag} in a flex row beside text`, setup: inColumn('display:flex;gap:1rem', `${widget}<p>An article paragraph beside the chart.</p>`), expect: 'chart', check: roomy },
    { name: `${tag} alone in a flex row`, setup: inColumn('display:flex'), expect: 'chart', check: roomy },
    { name: `${tag} in a grid cell of an auto column`, setup: inColumn('display:grid;grid-template-columns:auto auto;gap:1rem', `${widget}<p>Beside.</p>`), expect: 'chart', check: roomy },
    { name: `${tag} in a float (an aside box)`, setup: inColumn('', `<aside style="float:right">${widget}</aside><p>Text flows round.</p>`), expect: 'chart', check: roomy },
    { name: `${tag} in an inline-block wrapper`, setup: inColumn('', `<span style="display:inline-block">${widget}</span>`), expect: 'chart', check: roomy },
    { name: `${tag} in a table cell`, setup: inColumn('', `<table><tr><td>${widget}</td><td>Beside</td></tr></table>`), expect: 'chart', check: roomy },
    {
      name: `${tag} in a modal <dialog> (a lightbox)`,
      setup: (stage) => {
        const element = mount(stage, `<dialog>${widget}</dialog>`);
        stage.querySelector('dialog')!.showModal();
        return element;
      },
      expect: 'chart',
      check: (element) => {
        expect(element.getBoundingClientRect().width).to.be.at.least(200);
      },
    },
    { name: `${tag} in a 280px column`, setup: inColumn('width:280px'), expect: 'chart', check: (e, s) => expectNothingCutOff(e, s.querySelector('.column')!) },
    { name: `${tag} on a right-to-left page`, setup: inColumn('width:480px" dir="rtl'), expect: 'chart', check: (e, s) => expectNothingCutOff(e, s.querySelector('.column')!) },
    {
      name: `${tag} zoomed to 200%`,
      setup: inColumn('width:320px;zoom:2'),
      expect: 'chart',
      check: (e, s) => expectNothingCutOff(e, s.querySelector('.column')!),
    },
    {
      name: `${tag} with a 200% root font size in a 320px column`,
      setup: (stage) => {
        document.documentElement.style.fontSize = '200%';
        return inColumn('width:320px')(stage);
      },
      expect: 'chart',
      check: (e, s) => expectNothingCutOff(e, s.querySelector('.column')!),
      after: () => (document.documentElement.style.fontSize = ''),
    },
    { name: `${tag} with really no room says so`, setup: inColumn('width:90px'), expect: 'message' },
  ];
}

/** The helpline on its own, in the same containers as the charts: on screen, nothing cut off or overlapping. */
const HELPLINE = '<helpline-box preset="nspcc"></helpline-box>';
const helplineLayouts: Case[] = [
  ['a flex row', 'display:flex'],
  ['a float', 'float:left'],
  ['an inline-block wrapper', 'display:inline-block'],
  ['a grid cell of an auto column', 'display:grid;grid-template-columns:auto auto', `${HELPLINE}<p>Beside.</p>`],
  ['a table cell', '', `<table><tr><td>${HELPLINE}</td><td>Beside</td></tr></table>`],
  ['a 280px column', 'width:280px'],
  ['a right-to-left page', 'width:480px" dir="rtl'],
].map(([where, style, inner = HELPLINE]) => ({
  name: `<helpline-box> in ${where}`,
  setup: (stage: HTMLElement) => mount(stage, `<div class="column" style="${style}">${inner}</div>`),
  expect: 'chart' as Outcome,
  check: (element: HTMLElement, stage: HTMLElement) => expectNothingCutOff(element, stage),
}));
helplineLayouts.push(
  {
    name: '<helpline-box> with a 200% root font size in a 320px column',
    setup: (stage) => {
      document.documentElement.style.fontSize = '200%';
      return mount(stage, `<div class="column" style="width:320px">${HELPLINE}</div>`);
    },
    expect: 'chart',
    check: (element, stage) => expectNothingCutOff(element, stage.querySelector('.column')!),
    after: () => (document.documentElement.style.fontSize = ''),
  },
  {
    name: '<helpline-box> in a modal <dialog> (a lightbox)',
    setup: (stage) => {
      const element = mount(stage, `<dialog>${HELPLINE}</dialog>`);
      stage.querySelector('dialog')!.showModal();
      return element;
    },
    expect: 'chart',
    check: (element) => expectNothingCutOff(element, element.parentElement!),
  },
);

/** A widget created in a document with no custom elements, given properties, then put in the page: how frameworks do it. */
function beforeUpgrade(stage: HTMLElement, tag: string, properties: Record<string, unknown>, attributes: Record<string, string> = {}): HTMLElement {
  const inert = document.implementation.createHTMLDocument('');
  const element = inert.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  const adopted = document.adoptNode(element);
  stage.append(adopted);
  return adopted;
}

function afterUpgrade(stage: HTMLElement, tag: string, properties: Record<string, unknown>, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  stage.append(element);
  return element;
}

const seedUrl = () => new URL('/data/figures-seed.json', location.href);
const headline = (element: Element) => text(shadow(element).querySelector('.headline'));

const propertyCases: Case[] = [beforeUpgrade, afterUpgrade].flatMap((make) => {
  const when = make === beforeUpgrade ? 'before' : 'after';
  return [
    {
      name: `src as a URL object and area as a one-item array, set ${when} upgrade`,
      setup: (stage: HTMLElement) => make(stage, 'cso-trend', { src: seedUrl(), area: ['Lancashire'] }),
      expect: 'chart' as Outcome,
      check: (e: Element) => {
        expect(headline(e)).to.equal('Up 525% since 2018/19');
      },
    },
    {
      name: `sourceUrl as a URL object and lang as a number, set ${when} upgrade`,
      setup: (stage: HTMLElement) =>
        make(stage, 'cso-trend', { sourceUrl: new URL('https://www.nspcc.org.uk/'), source: 'NSPCC', lang: 5 }, { 'data-periods': '2018/19,2019/20', 'data-values': '67,419', area: 'Lancashire' }),
      expect: 'chart' as Outcome,
      check: (e: Element) => {
        expect(shadow(e).querySelector<HTMLAnchorElement>('.source a')!.href).to.equal('https://www.nspcc.org.uk/');
      },
    },
    {
      name: `area as a number, set ${when} upgrade, is a message`,
      setup: (stage: HTMLElement) => make(stage, 'cso-trend', { src: seedUrl(), area: 42 }),
      expect: 'message' as Outcome,
    },
    {
      name: `period and region as properties for inline data, set ${when} upgrade`,
      setup: (stage: HTMLElement) =>
        make(stage, 'cso-region-rank', { period: '2018/19', region: 'North West', highlight: 'Lancashire' }, { 'data-areas': 'Lancashire,Greater Manchester', 'data-values': '67,628' }),
      expect: 'chart' as Outcome,
      check: (e: Element) => {
        expect(text(shadow(e).querySelector('.kicker'))).to.equal('North West, 2018/19');
      },
    },
    {
      name: `a chart height given as a string, set ${when} upgrade`,
      setup: (stage: HTMLElement) => make(stage, 'cso-trend', { chartHeight: '200' }, { 'data-periods': '2018/19,2019/20', 'data-values': '67,419', area: 'Lancashire' }),
      expect: 'chart' as Outcome,
      check: (e: Element) => {
        expect(shadow(e).querySelector('svg')!.getAttribute('height')).to.equal('200');
      },
    },
  ];
});

const capCases: Case[] = [
  {
    name: 'chart-height="99999999" is held to a sane height',
    setup: (stage) => mount(stage, '<cso-trend chart-height="99999999" data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>'),
    expect: 'chart',
    check: (e) => {
      expect(shadow(e).querySelector('svg')!.getBoundingClientRect().height).to.be.at.most(2000);
    },
  },
  {
    name: 'timeout="3000000000" waits, rather than failing at once',
    setup: (stage) => mount(stage, `<cso-trend timeout="3000000000" src="/__fixtures/slow/400/cap-${engine}-${unique++}.json" area="Lancashire"></cso-trend>`),
    expect: 'chart',
  },
  {
    name: 'per="Infinity" shows counts and says why',
    setup: (stage) =>
      mount(stage, '<cso-region-rank per="Infinity" period="2019/20" data-areas="Kent,Hampshire" data-values="735,247" highlight="Kent"></cso-region-rank>'),
    expect: 'chart',
    check: (e) => {
      expect(text(shadow(e))).not.to.contain('∞');
      expect(text(shadow(e).querySelector('.rates-note'))).to.contain('Infinity');
    },
  },
  {
    name: 'a 100,000-character heading is cut to a readable length',
    setup: (stage) => afterUpgrade(stage, 'cso-trend', {}, { heading: 'H'.repeat(100000), 'data-periods': '2018/19,2019/20', 'data-values': '67,419', area: 'Lancashire' }),
    expect: 'chart',
    check: (e) => {
      expect(text(shadow(e).querySelector('.title')).length).to.be.below(400);
    },
  },
  {
    name: 'a 100,000-character list of periods is refused in words',
    setup: (stage) =>
      afterUpgrade(stage, 'cso-trend', {}, { 'data-periods': Array.from({ length: 20000 }, (_, i) => String(1000 + i)).join(','), 'data-values': '1,'.repeat(19999) + '1', area: 'Lancashire' }),
    expect: 'message',
  },
];

const dataCases: Case[] = [
  {
    name: 'a table written newest first with "2019/20 (provisional)" is ordered by its years',
    setup: (stage) =>
      mount(
        stage,
        '<cso-trend area="Lancashire"><table><tr><th>Period</th><th>Offences</th></tr><tr><td>2019/20 (provisional)</td><td>419</td></tr><tr><td>2018/19</td><td>67</td></tr></table></cso-trend>',
      ),
    expect: 'chart',
    check: (e) => {
      expect(headline(e)).to.equal('Up 525% since 2018/19');
    },
  },
  {
    name: 'revision marks and footnote marks: "2017/18 (r)", "2018/19*", "2019/20¹"',
    setup: (stage) => mount(stage, '<cso-trend area="Kent" data-periods="2019/20¹;2018/19*;2017/18 (r)" data-values="200;150;100"></cso-trend>'),
    expect: 'chart',
    check: (e) => {
      expect(headline(e)).to.equal('Up 100% since 2017/18 (r)');
    },
  },
  {
    name: 'periods that cannot be ordered: the figures, no computed headline, and why',
    setup: (stage) => mount(stage, '<cso-trend area="Kent" data-periods="Spring,Autumn" data-values="419,67"></cso-trend>'),
    expect: 'chart',
    check: (e) => {
      expect(headline(e)).not.to.match(/\d+%|up|down/i);
      expect(headline(e).length).to.be.greaterThan(10);
      expect(shadow(e).querySelector('[part="chart"]')!.getAttribute('aria-label')).not.to.match(/\d+%/);
    },
  },
  {
    name: 'a ranking whose periods cannot be ordered shows the last given and says it may not be the latest',
    setup: (stage) =>
      mount(
        stage,
        `<cso-region-rank highlight="Kent"><table><tr><th>Force</th><th>Period</th><th>Offences</th></tr>${[
          ['Kent', 'Spring', 735],
          ['Sussex', 'Spring', 120],
          ['Hampshire', 'Spring', 247],
          ['Kent', 'Autumn', 100],
          ['Sussex', 'Autumn', 400],
          ['Hampshire', 'Autumn', 300],
        ]
          .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
          .join('')}</table></cso-region-rank>`,
      ),
    expect: 'chart',
    check: (e) => {
      const root = shadow(e);
      expect(text(root.querySelector('.kicker'))).to.equal('3 of 46 forces, Autumn (last given, maybe not the latest)');
      expect(visible(root.querySelector('.kicker')), 'the kicker is on screen').to.equal(true);
      expect(headline(e)).to.equal('Kent: 3rd of 3 forces with a figure');
      expect(root.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain('recorded in Autumn (last given, maybe not the latest)');
    },
  },
  {
    name: 'a ranking told its period names it plainly, even when periods cannot be ordered',
    setup: (stage) =>
      mount(
        stage,
        '<cso-region-rank period="Spring" highlight="Kent"><table><tr><th>Force</th><th>Period</th><th>Offences</th></tr><tr><td>Kent</td><td>Spring</td><td>735</td></tr><tr><td>Sussex</td><td>Spring</td><td>120</td></tr><tr><td>Kent</td><td>Autumn</td><td>100</td></tr></table></cso-region-rank>',
      ),
    expect: 'chart',
    check: (e) => {
      expect(text(shadow(e).querySelector('.kicker'))).to.contain('Spring');
      expect(text(shadow(e))).not.to.contain('latest');
    },
  },
  {
    name: 'the same year written two ways is one year, and the one left out is named',
    setup: (stage) => mount(stage, '<cso-trend area="Kent" data-periods="2018/19,2018-19,2019/20" data-values="67,70,419"></cso-trend>'),
    expect: 'chart',
    check: (e) => {
      // Dots are one path of circles, each starting at its centre (`M x,y`): two years, two dots.
      const dots = shadow(e).querySelector('svg path.point')?.getAttribute('d') ?? '';
      expect([...dots.matchAll(/M[\d.]+,[\d.]+/g)].length).to.equal(2);
      expect(headline(e)).to.equal('Up 525% since 2018/19');
      expect(text(shadow(e).querySelector('[part="dropped"]'))).to.contain('2018-19');
    },
  },
  {
    name: 'the same force in two cases is one force, and the one left out is named',
    setup: (stage) => mount(stage, '<cso-region-rank period="2019/20" data-areas="Kent,KENT,Sussex" data-values="735,700,120"></cso-region-rank>'),
    expect: 'chart',
    check: (e) => {
      expect(shadow(e).querySelectorAll('[part="chart"] li').length).to.equal(2);
      expect(text(shadow(e).querySelector('[part="dropped"]'))).to.contain('KENT');
    },
  },
  {
    name: 'bidi controls are stripped from labels',
    setup: (stage) => mount(stage, '<cso-region-rank period="2019/20" data-areas="Ke\u202Ent,Sus\u2066sex" data-values="735,120"></cso-region-rank>'),
    expect: 'chart',
    check: (e) => {
      expect(shadow(e).textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
      expect(text(shadow(e).querySelector('.headline'))).to.contain('Kent');
    },
  },
];

const languageCases: Case[] = [
  {
    name: 'a partial catalogue falls back to English word by word',
    setup: (stage) => {
      registerMessages('ga', { locale: 'ga-IE', source: 'Foinse' } as unknown as Messages);
      return mount(stage, '<cso-trend lang="ga" source="NSPCC" data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>');
    },
    expect: 'chart',
    check: (e) => {
      expect(text(shadow(e).querySelector('.source'))).to.equal('Foinse: NSPCC');
      expect(headline(e)).to.equal('Up 525% since 2018/19');
    },
  },
  {
    name: 'an invalid locale falls back to the language default',
    setup: (stage) => {
      registerMessages('xx', { ...messagesFor('en'), locale: 'not a locale!' });
      return mount(stage, '<cso-region-rank lang="xx" per="100000" src="/data/figures-press.json" period="2018/19" region="North West" highlight="Lancashire"></cso-region-rank>');
    },
    expect: 'chart',
    check: async (e) => {
      // The table writes the measure with the catalogue's locale.
      const table = await openTable(e);
      expect(text(table.querySelector('thead'))).to.contain('Offences');
    },
  },
];

describe('in any page: a chart or a message, always the helpline, no uncaught error', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let stage: HTMLElement;
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    errors.length = 0;
    stage = document.createElement('div');
    stage.style.cssText = 'width: 640px';
    document.body.append(stage);
  });

  const groups: [string, Case[]][] = [
    ['layouts', [...layoutCases('trend'), ...layoutCases('rank'), ...helplineLayouts]],
    ['values set from script', propertyCases],
    ['caps on typos', capCases],
    ['data that reads wrong', dataCases],
    ['words', languageCases],
  ];
  for (const [group, cases] of groups)
    describe(group, () => {
      for (const c of cases)
        it(c.name, async () => {
          try {
            const element = await c.setup(stage);
            await settle(element);
            if (element.localName !== 'helpline-box') expectOutcome(element as FiguresElement, c.expect);
            await c.check?.(element as FiguresElement, stage);
            expectHelpline(element);
            expect(errors, 'no uncaught error').to.deep.equal([]);
          } finally {
            c.after?.();
            stage.remove();
          }
        });
    });
});

describe('the browser zoomed to 200% (its own zoom, not CSS zoom)', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let stage: HTMLElement;
  let zoom = 1;
  before(async function () {
    addEventListener('error', onError);
    const { setViewport } = await import('@web/test-runner-commands');
    // A laptop's window: at 200% the page lays out about 400 CSS px, as a phone does.
    await setViewport({ width: 800, height: 800 });
    zoom = await browserZoom(this, 2);
  });
  after(async function () {
    removeEventListener('error', onError);
    await browserZoom(this, 1);
  });
  beforeEach(() => {
    errors.length = 0;
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(() => stage.remove());

  for (const [name, markup] of [
    ['<cso-trend>', TREND],
    ['<cso-region-rank>', RANK],
    ['<helpline-box>', '<helpline-box preset="nspcc"></helpline-box>'],
  ] as const)
    it(`${name} in the page's column: all of it on screen, nothing overlapping, the helpline shown`, async () => {
      expect(zoom, 'the page is zoomed').to.be.at.least(2);
      expect(innerWidth, 'the layout viewport shrank with the zoom').to.be.at.most(Math.ceil(800 / zoom) + 1);
      const element = mount(stage, markup);
      await settle(element);
      if (element.localName !== 'helpline-box') expectOutcome(element as FiguresElement, 'chart');
      expectNothingCutOff(element, stage);
      expect(element.getBoundingClientRect().right, 'no wider than the zoomed window').to.be.at.most(innerWidth + 1);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth + 1);
      expectHelpline(element);
      expect(errors, 'no uncaught error').to.deep.equal([]);
    });
});

describe('keys that belong to the page', () => {
  it('Escape on a chart in a modal <dialog> closes the dialog when no point is selected', async () => {
    const stage = document.createElement('div');
    document.body.append(stage);
    const element = mount(stage, `<dialog>${TREND}</dialog>`) as FiguresElement;
    const dialog = stage.querySelector('dialog')!;
    dialog.showModal();
    await settled(element);
    shadow(element).querySelector<HTMLElement>('[part="chart"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    // A point is selected: its cursor line and tooltip show.
    expect(shadow(element).querySelector('svg .cursor')).not.to.equal(null);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    // The first Escape unselects the point and stays in the chart.
    expect(dialog.open).to.equal(true);
    expect(shadow(element).querySelector('svg .cursor')).to.equal(null);
    expect(shadow(element).querySelector('.tooltip')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    expect(dialog.open).to.equal(false);
    stage.remove();
  });
});

describe('a shared request for one file', () => {
  beforeEach(() => clearFiguresCache());
  it('keeps each widget to its own timeout', async () => {
    const stage = document.createElement('div');
    document.body.append(stage);
    const url = `/__fixtures/slow/1200/shared-timeout-${engine}-${unique++}.json`;
    const quick = mount(stage, `<cso-trend timeout="300" src="${url}" area="Lancashire"></cso-trend>`) as FiguresElement;
    const patient = document.createElement('cso-trend') as FiguresElement;
    patient.setAttribute('timeout', '8000');
    patient.setAttribute('src', url);
    patient.setAttribute('area', 'Lancashire');
    stage.append(patient);
    await settled(quick);
    expect(quick.error?.reason).to.equal('timeout');
    await settled(patient);
    expect(patient.status).to.equal('ready');
    expect(headline(patient)).to.equal('Up 525% since 2018/19');
    stage.remove();
  });
});

describe('a tag already taken by another script', () => {
  it('warns once in the console, naming the tag and what to do', async () => {
    const iframe = document.createElement('iframe');
    const loaded = oneEvent(iframe, 'load');
    iframe.src = '/tests/fixtures/name-taken.html';
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { warnings: string[]; ready: Promise<void> };
    await win.ready;
    const about = (tag: string) => win.warnings.filter((w) => w.includes(`<${tag}>`));
    expect(about('cso-trend')).to.have.length(1);
    expect(about('cso-region-rank')).to.have.length(1);
    for (const tag of ['cso-trend', 'cso-region-rank']) {
      // Names the tag, says what happened and what to do.
      expect(about(tag)[0]).to.match(/already defined/);
      expect(about(tag)[0]).to.contain('load only one copy');
      expect(about(tag)[0]).to.contain('load cso-widgets first');
    }
    iframe.remove();
  });
});

describe('a Welsh page whose word file is slow', () => {
  it('holds the chart\'s room at once, shows the helpline and draws in English after 3 s, then switches to Welsh', async function () {
    this.timeout(20000);
    {
      const iframe = document.createElement('iframe');
      iframe.style.cssText = 'width: 700px; height: 1200px';
      iframe.src = '/tests/fixtures/welsh-slow.html';
      document.body.append(iframe);
      // Times from the page's own start (Firefox holds the frame's load event until the word files come).
      const at = async (ms: number) => {
        while (!iframe.contentDocument?.URL.includes('welsh-slow') || iframe.contentWindow!.performance.now() < ms) await new Promise((resolve) => setTimeout(resolve, 25));
      };
      await at(500);
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow!;
      const chart = doc.querySelector('cso-trend') as FiguresElement;
      const panel = doc.querySelector('helpline-box')!;
      const phoneOf = (box: Element) => box.shadowRoot?.querySelector(`a[href="${NSPCC_TEL}"]`);
      const emailOf = (box: Element) => box.shadowRoot?.querySelector('a[href="mailto:help@nspcc.org.uk"]');
      // At once: the chart holds its room, with no English words.
      expect(visible(chart.shadowRoot!.querySelector('.chart-box')), 'chart room at once').to.equal(true);
      expect(chart.shadowRoot!.textContent).not.to.contain('Loading');
      await at(3700);
      // After about 3 s: the panel's numbers, and the chart in English.
      expect(visible(phoneOf(panel)), 'panel phone after the wait').to.equal(true);
      expect(visible(emailOf(panel)), 'panel e-mail after the wait').to.equal(true);
      expect(chart.status).to.equal('ready');
      const loads = () => (win as Window).performance.getEntriesByType('resource').map((e) => `${e.name} ${Math.round((e as PerformanceResourceTiming).responseEnd)}`).join(', ');
      expect(text(chart.shadowRoot!.querySelector('.headline')), loads()).to.equal('Up 525% since 2018/19');
      // When the words come (6 s): Welsh.
      await at(7200);
      expect(text(chart.shadowRoot!.querySelector('.headline'))).to.equal('Cynnydd o 525% ers 2018/19');
      expect(text(panel.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Yn poeni am blentyn?');
      // The chart's own helpline (made anew as the chart drew in English, it waited its own 3 s).
      expect(visible(phoneOf(chart.shadowRoot!.querySelector('helpline-box')!)), 'chart helpline').to.equal(true);
      iframe.remove();
    }
  });
});
