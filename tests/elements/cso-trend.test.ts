import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CsoTrend } from '../../src/index.js';
import { clearFiguresCache } from '../../src/data/load.js';
import { helplineOf, openTable, rectsOverlap, settled, shadow, text, whileLoadingAndAfter } from './helpers.js';
import { contrastOf } from './contrast.js';

async function trend(template: ReturnType<typeof html>, expected: 'ready' | 'error' = 'ready') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">${template}</div>`);
  const element = wrapper.querySelector('cso-trend')! as CsoTrend;
  const outcome = await settled(element);
  expect(outcome.status).to.equal(expected);
  return { element, root: shadow(element), error: outcome.error ?? {}, wrapper };
}

describe('<cso-trend> from attributes', () => {
  it('draws the Lancashire trend with the headline "Up 525%", both values and the helpline', async () => {
    const { element, root } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Up 525% since 2018/19');
    expect(text(root.querySelector('.kicker'))).to.equal('Lancashire');
    const labels = [...root.querySelectorAll('svg .value-label')].map((t) => t.textContent);
    expect(labels).to.deep.equal(['67', '419']);
    expect(root.querySelector('svg .line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const help = shadow(helplineOf(element));
    expect(help.querySelector('a[href="tel:+448088005000"]')).to.exist;
    expect(text(help.querySelector('a[href^="tel:"]'))).to.contain('0808 800 5000');
    expect(help.querySelector('a[href="mailto:help@nspcc.org.uk"]')).to.exist;
    // No source given: the chart says so rather than hiding it.
    expect(text(root.querySelector('.source'))).to.equal('Source: not stated by this page');
  });

  it('formats axis ticks en-GB (10,000 not 10000)', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2015/16;2019/20" data-values="3,903;10,391" area="All forces"></cso-trend>`);
    const ticks = [...root.querySelectorAll('svg .y-tick')].map((t) => t.textContent!);
    expect(ticks).to.include('10,000');
    expect(ticks.every((t) => !/^\d{5,}$/.test(t))).to.equal(true);
    expect([...root.querySelectorAll('svg .value-label')].map((t) => t.textContent)).to.deep.equal(['3,903', '10,391']);
  });

  it('shows the source line from attributes, linking only http(s)', async () => {
    const { root } = await trend(
      html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire" source="NSPCC FOI" source-url="javascript:alert(1)"></cso-trend>`,
    );
    expect(text(root.querySelector('.source'))).to.equal('Source: NSPCC FOI');
    expect(root.querySelector('.source a')).to.equal(null);
  });
});

describe('<cso-trend> from a JSON URL', () => {
  beforeEach(() => clearFiguresCache());

  it('reads figures-seed.json for Lincolnshire: 112 → 58 is "Down 48%", with its source', async () => {
    const { root } = await trend(html`<cso-trend src="/data/figures-seed.json" area="Lincolnshire"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Down 48% since 2015/16');
    // The seed file's "as reported in the seed articles" is the project's jargon: a reader sees who reported the figures.
    expect(text(root.querySelector('.source'))).to.equal('Source: NSPCC Freedom of Information requests to police forces, as reported by the local press');
    expect(text(root.querySelector('.notes'))).to.contain('not zero');
  });

  it('shows a loading state of the same height as the chart, then the chart in the same place', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><cso-trend src="/__fixtures/slow/400/a.json" area="Kent"></cso-trend></div>`);
    const element = wrapper.querySelector('cso-trend')!;
    await element.updateComplete;
    const loading = shadow(element).querySelector('.chart-box')!;
    expect(text(loading)).to.equal('Loading figures…');
    expect(loading.getAttribute('role')).to.equal('status');
    const before = loading.getBoundingClientRect();
    expect(before.height).to.be.at.least(260);
    await settled(element);
    const after = shadow(element).querySelector('.chart-box')!.getBoundingClientRect();
    expect(after.top).to.equal(before.top);
    expect(after.height).to.equal(before.height);
    expect(text(shadow(element).querySelector('.headline'))).to.equal('Up 1,067% since 2015/16');
  });

  it('says in plain words when the URL fails, and still shows the helpline', async () => {
    const { element, root, error } = await trend(html`<cso-trend src="/__fixtures/status/404" area="Kent"></cso-trend>`, 'error');
    expect(error).to.deep.include({ reason: 'http-error', status: 404 });
    const alert = root.querySelector('[role="alert"]')!;
    expect(text(alert)).to.equal('These figures can’t be shown right now.');
    expect(text(alert)).not.to.contain('404');
    expect(shadow(helplineOf(element)).querySelector('a[href="tel:+448088005000"]')).to.exist;
  });

  it('fires cso-error with a machine-readable reason, and cso-load when drawn', async () => {
    const failing = document.createElement('cso-trend');
    failing.setAttribute('src', '/__fixtures/status/500');
    const error = oneEvent(failing, 'cso-error');
    document.body.append(failing);
    expect((await error).detail).to.deep.equal({ reason: 'http-error', status: 500 });
    const working = document.createElement('cso-trend');
    working.setAttribute('src', '/data/figures-seed.json');
    working.setAttribute('area', 'Lancashire');
    const load = oneEvent(working, 'cso-load');
    document.body.append(working);
    expect((await load).detail).to.deep.equal({ dropped: 0 });
    failing.remove();
    working.remove();
  });

  it('names the row and field of invalid data', async () => {
    const body = encodeURIComponent(JSON.stringify({ rows: [{ area: 'Kent', period: '2019/20', value: 'many' }] }));
    const { root, error } = await trend(html`<cso-trend src="/__fixtures/text/bad.json?body=${body}" area="Kent"></cso-trend>`, 'error');
    expect(error).to.deep.include({ reason: 'invalid-value', row: 1, field: 'value' });
    // The row and field go to the page's developer (the event and the console), not to readers.
    expect(text(root.querySelector('[role="alert"]'))).to.equal('These figures can’t be shown right now.');
  });

  it('says when the force is not in the data', async () => {
    const { root, error } = await trend(html`<cso-trend src="/data/figures-seed.json" area="Atlantis"></cso-trend>`, 'error');
    expect(error.reason).to.equal('area-not-found');
    expect(text(root.querySelector('[role="alert"]'))).to.contain('These figures can’t be shown right now. Source: NSPCC Freedom of Information');
  });
});

describe('<cso-trend> keeps the page still while its figures load', () => {
  beforeEach(() => clearFiguresCache());

  // figures-press.json: long notes, and a source that takes two lines at 640px and three at 320px.
  for (const width of [640, 320]) {
    it(`${width}px wide: as tall while loading as once drawn, so the text below does not move`, async () => {
      const { element, loading, after } = await whileLoadingAndAfter(
        html`<cso-trend src="/__fixtures/slow/300/still-${width}.json" area="Kent"></cso-trend>`,
        width,
      );
      expect(loading.status).to.equal('loading');
      expect(after.status).to.equal('ready');
      expect(shadow(element).querySelector('svg')).to.exist;
      expect(after.height).to.be.closeTo(loading.height, 0.5);
      expect(after.nextTop).to.be.closeTo(loading.nextTop, 0.5);
    });
  }

  it('a long heading and "Illustrative figures" on a phone: as tall while loading as once drawn', async () => {
    const heading = 'Kent Police: online child sexual offences recorded each year, as the local press reported them';
    const { element, loading, after } = await whileLoadingAndAfter(
      html`<cso-trend src="/__fixtures/slow/300/still-heading.json" area="Kent" heading=${heading} illustrative></cso-trend>`,
      320,
    );
    expect(after.status).to.equal('ready');
    expect(after.height).to.be.closeTo(loading.height, 0.5);
    expect(after.nextTop).to.be.closeTo(loading.nextTop, 0.5);
    // The heading takes more than the one line reserved for a title the page does not give
    // (three lines in Chromium and Firefox, two in WebKit, which sets the same font narrower).
    const title = shadow(element).querySelector('.caption-text .title')!;
    expect(text(title)).to.equal(heading);
    expect(title.getBoundingClientRect().height).to.be.greaterThan(2 * parseFloat(getComputedStyle(title).lineHeight) - 1);
  });

  it('shows the page\'s heading and "Illustrative figures" while loading', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><cso-trend src="/__fixtures/slow/400/still-heading-loading.json" area="Kent" heading="Kent Police by year" illustrative></cso-trend></div>`,
    );
    const element = wrapper.querySelector('cso-trend')!;
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    const root = shadow(element);
    expect(text(root.querySelector('.title'))).to.equal('Kent Police by year');
    expect(root.querySelector('.title')!.getClientRects().length).to.equal(1);
    expect(text(root.querySelector('.illustrative'))).to.equal('Illustrative figures');
    await settled(element);
  });

  /*
   * A failed chart as a reader sees it (issue 15): a quiet box, not a slab. It
   * keeps the room its loading state held, so nothing after it moves, but
   * that room is a dashed hairline with no fill; the sentence is at its top,
   * in full contrast, and the helpline right under it, not at the foot of
   * an empty block. Trend and ranking, on a phone and a wide page.
   */
  for (const [tag, width] of [['cso-trend', 640], ['cso-trend', 320], ['cso-region-rank', 320], ['cso-region-rank', 1000]] as const) {
    it(`${tag} at ${width}px: as tall when the file fails as while loading, the sentence and helpline at the top of a quiet box`, async () => {
      const template =
        tag === 'cso-trend'
          ? html`<cso-trend src="/__fixtures/stall/still-error-${width}" timeout="400" area="Kent"></cso-trend>`
          : html`<cso-region-rank src="/__fixtures/stall/still-error-rank-${width}" timeout="400" region="North West" highlight="Lancashire"></cso-region-rank>`;
      const { element, loading, after } = await whileLoadingAndAfter(template, width);
      expect(loading.status).to.equal('loading');
      expect(after.status).to.equal('error');
      expect(after.height).to.be.closeTo(loading.height, 0.5);
      expect(after.nextTop).to.be.closeTo(loading.nextTop, 0.5);
      const root = shadow(element);
      const alert = root.querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('These figures can’t be shown right now.');
      const top = element.getBoundingClientRect().top;
      // No slab: nothing in the box is filled or bordered over the room's height (the helpline strip is its own panel).
      for (const box of [element, ...root.querySelectorAll<HTMLElement>('.box, .box > :not([part="helpline"]), [part="error"]')]) {
        const style = getComputedStyle(box);
        expect(style.backgroundColor, `${box.className || box.localName}: background`).to.match(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
        expect(style.borderTopStyle, `${box.className || box.localName}: border`).to.equal('none');
      }
      // A dashed hairline round the room instead, drawn inside it (an outline takes no room).
      const room = getComputedStyle(root.querySelector('.box')!);
      expect([room.outlineStyle, room.outlineWidth]).to.deep.equal(['dashed', '1px']);
      // The sentence within the first 40 px, readable (4.5:1 at least), and the helpline within the box's top 40%.
      const sentence = root.querySelector('.error-message')!;
      expect(sentence.getBoundingClientRect().top - top).to.be.below(40);
      expect(contrastOf(sentence)).to.be.at.least(4.5);
      const helpline = helplineOf(element).getBoundingClientRect();
      expect(helpline.top - top, 'the helpline near the top').to.be.below(after.height * 0.4);
      // Right under the words: no blank between them (it was 75-130 px, the loading state's caption room).
      const words = root.querySelector('[part="error"]')!.getBoundingClientRect();
      expect(helpline.top - words.bottom, 'the helpline right under the words').to.be.within(0, 24);
      expect(shadow(helplineOf(element)).querySelector('a[href="tel:+448088005000"]')).to.exist;
    });
  }

  it('failing while wholly below the screen, it gives its loading room back: a short box with the sentence and the helpline, and nothing on screen moves', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><p class="above">The article on screen.</p><div style="height: 4000px"></div><cso-trend src="/__fixtures/stall/below-error" timeout="400" area="Kent"></cso-trend></div>`,
    );
    const element = wrapper.querySelector('cso-trend')!;
    await element.updateComplete;
    await nextFrame();
    const loading = element.getBoundingClientRect().height;
    const above = wrapper.querySelector('.above')!.getBoundingClientRect().top;
    expect(element.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    const outcome = await settled(element);
    expect(outcome.status).to.equal('error');
    for (let i = 0; i < 20 && element.getBoundingClientRect().height > loading - 100; i++) await nextFrame();
    const root = shadow(element);
    expect(element.getBoundingClientRect().height, `loading ${loading} px`).to.be.below(loading - 100);
    expect(text(root.querySelector('[role="alert"]'))).to.contain('These figures can’t be shown right now.');
    expect(shadow(helplineOf(element)).querySelector('a[href="tel:+448088005000"]')).to.exist;
    // The box is its words and helpline: the helpline ends within 40 px of the box's foot.
    expect(element.getBoundingClientRect().bottom - helplineOf(element).getBoundingClientRect().bottom).to.be.below(40);
    expect(wrapper.querySelector('.above')!.getBoundingClientRect().top).to.equal(above);
  });

  it('drawn while off screen, it keeps the height it had while loading', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><div style="height: 4000px"></div><cso-trend src="/__fixtures/slow/300/still-off-screen.json" area="Kent"></cso-trend></div>`,
    );
    const element = wrapper.querySelector('cso-trend')!;
    await element.updateComplete;
    await nextFrame();
    const loading = element.getBoundingClientRect().height;
    expect(element.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    const outcome = await settled(element);
    expect(outcome.status).to.equal('ready');
    await nextFrame();
    await nextFrame();
    expect(element.getBoundingClientRect().height).to.be.closeTo(loading, 0.5);
  });

  it('its notes open from a "Notes" line under the source', async () => {
    const { root } = await trend(html`<cso-trend src="/data/figures-press.json" area="Kent"></cso-trend>`);
    const notes = root.querySelector<HTMLDetailsElement>('details.notes')!;
    expect(text(notes.querySelector('summary'))).to.equal('Notes');
    expect(notes.open).to.equal(false);
    expect(notes.querySelector('p')!.checkVisibility()).to.equal(false);
    notes.querySelector('summary')!.click();
    expect(notes.open).to.equal(true);
    expect(text(notes.querySelector('p'))).to.contain('not zero');
    expect(notes.querySelector('p')!.checkVisibility()).to.equal(true);
  });
});

describe('<cso-trend> from a child table', () => {
  it('turns the table into the chart, and the table is no longer shown', async () => {
    const { element, root } = await trend(html`<cso-trend area="Lincolnshire">
      <table>
        <thead><tr><th>Period</th><th>Offences</th></tr></thead>
        <tbody><tr><td>2015/16</td><td>112</td></tr><tr><td>2016/17</td><td>58</td></tr></tbody>
      </table>
    </cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Down 48% since 2015/16');
    expect(element.querySelector('table')!.getClientRects().length).to.equal(0);
  });

  it('without the element defined, the table is what a reader sees', async () => {
    const wrapper = await fixture(html`<cso-trend-undefined><table><tr><td>2015/16</td><td>112</td></tr></table></cso-trend-undefined>`);
    expect(wrapper.querySelector('table')!.getClientRects().length).to.be.greaterThan(0);
  });
});

/** The dots drawn on the figures, as [x, y]: one path of circles, each starting with its centre (`M x,y`). */
const dots = (root: ShadowRoot) => [...(root.querySelector('svg path.point')?.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)/g)].map((m) => [m[1], m[2]]);

describe('<cso-trend> shapes of data', () => {
  it('one point: its figure and period as a number, no dot and no line to nowhere', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2019/20" data-values="419" area="Lancashire"></cso-trend>`);
    expect(dots(root)).to.have.length(0);
    expect(text(root.querySelector('.single-value'))).to.equal('419');
    expect(text(root.querySelector('.headline'))).to.equal('419 in 2019/20');
  });

  it('a gap is drawn as a gap and said as "no figure", never 0', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2015/16,2016/17,2018/19" data-values="98,323,-" area="Northumbria"></cso-trend>`);
    expect(dots(root)).to.have.length(2);
    const cells = [...(await openTable(root.host as CsoTrend)).querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(cells).to.deep.equal(['2015/16 98', '2016/17 323', '2017/18 no figure', '2018/19 no figure']);
    expect([...root.querySelectorAll('svg .gap-label')].map((t) => t.textContent)).to.deep.equal(['no figure', 'no figure']);
  });

  it('a flat series draws a flat line above zero', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2017/18,2018/19,2019/20" data-values="50,50,50" area="X"></cso-trend>`);
    const ys = dots(root).map(([, y]) => y);
    expect(ys).to.have.length(3);
    expect(new Set(ys).size).to.equal(1);
    expect(text(root.querySelector('.headline'))).to.equal('No change since 2017/18');
  });

  it('24 years on a phone-width chart: no period or value labels overlap', async () => {
    const periods = Array.from({ length: 24 }, (_, i) => `${1996 + i}/${String((97 + i) % 100).padStart(2, '0')}`);
    const values = periods.map((_, i) => 100 + i * 37);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><cso-trend data-periods=${periods.join(',')} data-values=${values.join(',')} area="A force"></cso-trend></div>`,
    );
    const element = wrapper.querySelector('cso-trend')!;
    await settled(element);
    const root = shadow(element);
    for (const selector of ['svg .x-tick, svg .y-tick', 'svg .value-label']) {
      const boxes = [...root.querySelectorAll(selector)].map((t) => t.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(1);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!), `${selector} ${i}/${j}`).to.equal(false);
    }
    const lastLabel = [...root.querySelectorAll('svg > .x-tick')].pop();
    expect(lastLabel?.textContent).to.equal('2019/20');
  });

  it('resizes with its container', async () => {
    const { root, wrapper, element } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>`);
    expect(root.querySelector('svg')!.getAttribute('width')).to.equal('640');
    wrapper.style.width = '360px';
    await nextFrame();
    await nextFrame();
    await element.updateComplete;
    expect(root.querySelector('svg')!.getAttribute('width')).to.equal('360');
  });
});

describe('<cso-trend> get the data', () => {
  it('"Get the data" downloads the figures shown as CSV, made in the browser', async () => {
    const { root } = await trend(html`<cso-trend src="/data/figures-seed.json" area="Lancashire"></cso-trend>`);
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (event: Event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      if (link.download) {
        clicked.push(link);
        event.preventDefault();
      }
    };
    // Record the file the browser would save, without saving it.
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return original.call(URL, blob);
    };
    root.addEventListener('click', onClick, true);
    try {
      root.querySelector<HTMLButtonElement>('[part="get-data"]')!.click();
    } finally {
      URL.createObjectURL = original;
      root.removeEventListener('click', onClick, true);
    }
    expect(clicked[0]!.download).to.equal('online-child-sexual-offences-recorded-by-police-lancashire.csv');
    const bytes = new Uint8Array(await made[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    // (Blob.text() decodes UTF-8 and drops the byte-order mark checked above.)
    expect(await made[0]!.text()).to.equal(
      'Police force,Period,Offences,Notes,Source\r\nLancashire,2018/19,67,,000_9b0466e30c9f3930.txt\r\nLancashire,2019/20,419,,000_9b0466e30c9f3930.txt\r\n',
    );
  });

  it('the source opens in a new tab with rel="noopener"', async () => {
    const { root } = await trend(html`<cso-trend src="/data/figures-press.json" area="Kent"></cso-trend>`);
    const link = root.querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.href).to.equal('https://www.nspcc.org.uk/');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include('noopener');
    expect(text(link)).to.contain('(opens in a new tab)');
  });
});

describe('<cso-trend> rates', () => {
  beforeEach(() => clearFiguresCache());
  // Test-only, illustrative figures: the shipped data gives no population, so no rate can be shown from it.
  // Counts 40, 55, 70, 96, 80; rates per 100,000 16.0, 21.8, (no population), 37.5, 40.0.
  const rows = [
    { area: 'A', period: '2015/16', value: 40, denominator: 250000 },
    { area: 'A', period: '2016/17', value: 55, population: 252000 },
    { area: 'A', period: '2017/18', value: 70 },
    { area: 'A', period: '2018/19', value: 96, denominator: 256000 },
    { area: 'A', period: '2019/20', value: 80, denominator: 200000 },
  ];
  const ratesSrc = (data: object) => `/__fixtures/text/rates.json?body=${encodeURIComponent(JSON.stringify({ denominatorLabel: 'children', ...data }))}`;
  const src = ratesSrc({ rows });

  it('per="100000": the line, headline, axis, value labels, spoken summary and tooltip are rates, "per 100,000 children"', async () => {
    const { element, root } = await trend(html`<cso-trend src=${src} per="100000"></cso-trend>`);
    // The rate rose in 2019/20 (37.5 → 40.0) though the count fell (96 → 80): the headline is the rate's.
    expect(text(root.querySelector('.headline'))).to.equal('Up 150% since 2015/16, per 100,000 children');
    expect(root.querySelector('.caption-text .subhead')).to.equal(null);
    expect(text(root.querySelector('svg .unit'))).to.equal('Offences per 100,000 children');
    expect([...root.querySelectorAll('svg .value-label')].map((t) => t.textContent)).to.include.members(['16.0', '40.0']);
    expect(root.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain(
      'A: 40.0 offences per 100,000 children in 2019/20, up 150% from 16.0 in 2015/16.',
    );
    const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
    chart.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(text(root.querySelector('.tooltip'))).to.equal('2019/20: 40.0');
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('A, 2019/20: 40.0 offences per 100,000 children');
    // The unit stays clear of every value label.
    const unit = root.querySelector('svg .unit')!.getBoundingClientRect();
    for (const label of root.querySelectorAll('svg .value-label')) expect(rectsOverlap(unit, label.getBoundingClientRect())).to.equal(false);
  });

  it('a year without a population is an unknown rate: a gap, "no figure", never 0 and never compared', async () => {
    const { element, root } = await trend(html`<cso-trend src=${src} per="100000"></cso-trend>`);
    // Two runs of line: 2015/16–2016/17 and 2018/19–2019/20, nothing drawn for 2017/18.
    expect(root.querySelector('svg .line')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(text(root.querySelector('svg .gap-label'))).to.equal('no figure');
    const table = await openTable(element);
    const cells = (row: Element) => [...row.children].map((cell) => text(cell)).join(' | ');
    expect(cells(table.querySelector('thead tr')!)).to.equal('Period | Offences | Offences per 100,000 children');
    expect([...table.querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      '2015/16 | 40 | 16.0',
      '2016/17 | 55 | 21.8',
      '2017/18 | 70 | no figure',
      '2018/19 | 96 | 37.5',
      '2019/20 | 80 | 40.0',
    ]);
  });

  it('the headline compares rates only: when the latest year has no population, it compares up to the last rate', async () => {
    const last = { area: 'A', period: '2020/21', value: 500 };
    const { root } = await trend(html`<cso-trend src=${ratesSrc({ rows: [...rows, last] })} per="100000"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Up 150% since 2015/16, per 100,000 children');
    expect(root.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain('A: 40.0 offences per 100,000 children in 2019/20');
  });

  it('small bases: a first rate from under 20 offences is said as the two rates, not a percentage', async () => {
    const small = [
      { area: 'A', period: '2018/19', value: 5, denominator: 250000 },
      { area: 'A', period: '2019/20', value: 50, denominator: 250000 },
    ];
    const { root } = await trend(html`<cso-trend src=${ratesSrc({ rows: small })} per="100000"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('From 2.0 in 2018/19 to 20.0 in 2019/20, per 100,000 children');
  });

  it('counts stay the default, populations or not; the property el.per = 100000 works as the attribute', async () => {
    const { element, root } = await trend(html`<cso-trend src=${src}></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Down 17% in 2019/20');
    expect(root.querySelector('svg .unit')).to.equal(null);
    expect([...root.querySelectorAll('svg .value-label')].map((t) => t.textContent)).to.include.members(['40', '80']);
    (element as unknown as { per: unknown }).per = 100000;
    await element.updateComplete;
    expect(text(root.querySelector('.headline'))).to.equal('Up 150% since 2015/16, per 100,000 children');
    expect(element.getAttribute('per')).to.equal(null);
  });

  it('without populations, or with a per that is not a number, it shows counts and says why', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire" per="100000"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Up 525% since 2018/19');
    expect(text(root.querySelector('.rates-note'))).to.contain('these figures give no population');
    const refused = await trend(html`<cso-trend src=${src} per="Infinity"></cso-trend>`);
    expect(text(refused.root.querySelector('.headline'))).to.equal('Down 17% in 2019/20');
    expect(text(refused.root.querySelector('.rates-note'))).to.contain('“Infinity” is not a number');
  });

  it('"Get the data" gives the count and the rate of each year', async () => {
    const { root } = await trend(html`<cso-trend src=${src} per="100000"></cso-trend>`);
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    const stop = (event: Event) => event.preventDefault();
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return original.call(URL, blob);
    };
    root.addEventListener('click', stop, true);
    try {
      root.querySelector<HTMLButtonElement>('[part="get-data"]')!.click();
    } finally {
      URL.createObjectURL = original;
      root.removeEventListener('click', stop, true);
    }
    const lines = (await made[0]!.text()).split('\r\n');
    expect(lines[0]).to.equal('Police force,Period,Offences,"Offences per 100,000 children",Notes,Source');
    expect(lines[3]).to.equal('A,2017/18,70,,no figure,');
    expect(lines[5]).to.equal('A,2019/20,80,40,,');
  });
});

describe('<cso-trend> for every reader', () => {
  it('names the chart with the headline sentence, both ends and the change', async () => {
    const { root } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>`);
    const chart = root.querySelector('[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('Lancashire: 419 offences in 2019/20, up 525% from 67 in 2018/19.');
  });

  it('a keyboard user opens the data table and steps through the figures with arrow keys', async () => {
    const { element, root } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>`);
    const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
    chart.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    // Focus is visible: a ring drawn round the chart.
    expect(chart.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(chart).boxShadow).not.to.equal('none');
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('Lancashire, 2018/19: 67 offences');
    expect(text(root.querySelector('.tooltip'))).to.equal('2018/19: 67');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('Lancashire, 2019/20: 419 offences');
    await sendKeys({ press: 'Tab' });
    const summary = root.querySelector('details.table summary')!;
    expect(root.activeElement).to.equal(summary);
    const toggled = oneEvent(root.querySelector('details.table')!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await element.updateComplete;
    expect(root.querySelector('details.table')!.hasAttribute('open')).to.equal(true);
    const rows = [...root.querySelectorAll('details.table tbody tr')].map((tr) => text(tr));
    expect(rows).to.deep.equal(['2018/19 67', '2019/20 419']);
  });

  it('shows markup in labels as text and never runs it', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const { root } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="1,2" area=${evil}></cso-trend>`);
    expect(text(root.querySelector('.kicker'))).to.equal(evil);
    expect(root.querySelector('img')).to.equal(null);
    await nextFrame();
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('passes an axe audit with data and in its error state', async () => {
    const { element } = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>`);
    await expect(element).to.be.accessible();
    const failed = await trend(html`<cso-trend data-periods="2018/19,2019/20" data-values="67" area="Lancashire"></cso-trend>`, 'error');
    await expect(failed.element).to.be.accessible();
  });
});

describe('dist/cso-widgets.js', () => {
  it('loads after the elements are defined, and twice, without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import('/dist/cso-widgets.js' as string);
    await import('/dist/cso-widgets.js?again' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('cso-trend')).to.exist;
    expect(customElements.get('helpline-box')).to.exist;
  });
});

