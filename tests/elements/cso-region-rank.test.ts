import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CsoRegionRank } from '../../src/index.js';
import { helplineOf, openTable, recordPageErrors, rectsOverlap, scrollThrough, settled, shadow, text, whileLoadingAndAfter } from './helpers.js';

async function rank(template: ReturnType<typeof html>, width = 640, expected: 'ready' | 'error' = 'ready') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const element = wrapper.querySelector('cso-region-rank')! as CsoRegionRank;
  const outcome = await settled(element);
  expect(outcome.status).to.equal(expected);
  return { element, root: shadow(element), error: outcome.error ?? {} };
}

const barRows = (root: ShadowRoot) => [...root.querySelectorAll('.bars .row')].map((row) => text(row));

describe('<cso-region-rank> from a JSON URL', () => {
  it('ranks the North West forces, largest first, Lancashire marked, with a computed headline', async () => {
    const { root } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="North West" highlight="Lancashire"></cso-region-rank>`);
    expect(text(root.querySelector('.kicker'))).to.equal('North West, 2018/19');
    // Two forces with a figure: their figures, no place ("2nd of 2" would mean last).
    expect(text(root.querySelector('.headline'))).to.equal('Lancashire: 67; Greater Manchester: 628');
    expect(text(root.querySelector('.subhead'))).to.equal('The lower of two forces with a figure in the North West');
    expect(barRows(root)).to.deep.equal(['Greater Manchester 628', 'Lancashire 67']);
    const highlighted = root.querySelector('.row.highlight')!;
    expect(text(highlighted.querySelector('.name'))).to.equal('Lancashire');
    // Not by colour alone: bold text and a marker as well as the bar colour.
    expect(getComputedStyle(highlighted).fontWeight).to.equal('700');
    expect(getComputedStyle(highlighted.querySelector('.name')!, '::before').content).to.equal('"▶"');
    expect(getComputedStyle(root.querySelector('.row:not(.highlight) .name')!, '::before').content).to.equal('none');
    const [first, second] = [...root.querySelectorAll<HTMLElement>('.bar')];
    expect(getComputedStyle(first!).backgroundColor).not.to.equal(getComputedStyle(second!).backgroundColor);
    expect(first!.getBoundingClientRect().width).to.be.greaterThan(second!.getBoundingClientRect().width * 8);
    // Forces without a figure: one compact line that opens to their names.
    expect(text(root.querySelector('.missing summary'))).to.equal('No figure for 3 forces');
    expect(text(root.querySelector('.missing p'))).to.equal('Cheshire, Cumbria, Merseyside');
    expect(text(root.querySelector('.source'))).to.contain('NSPCC Freedom of Information');
  });

  it('without a region: the top ten of the forces in the data for the period, readable at 320px with nothing cut or overlapping', async () => {
    const { root, element } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" highlight="Kent"></cso-region-rank>`, 320);
    const press = (await (await fetch('/data/figures-press.json')).json()) as { rows: { period: string; value: number | null }[] };
    const inPeriod = press.rows.filter((r) => r.period === '2018/19');
    const rows = [...root.querySelectorAll<HTMLElement>('.bars .row')];
    const withFigure = inPeriod.filter((r) => r.value !== null).length;
    // A long ranking: its top ten (Kent is 4th among them), and a button for all.
    expect(rows.length).to.equal(10);
    expect(text(root.querySelector('.show-all'))).to.equal(`Show all ${withFigure} forces`);
    // West Yorkshire 721, Greater Manchester 628, Durham 509, then Kent 490.
    expect(text(root.querySelector('.headline'))).to.equal(`Kent: 4th of ${withFigure} forces with a figure`);
    expect(text(root.querySelector('.missing summary'))).to.equal(`No figure for ${46 - withFigure} forces`);
    expect(text(root.querySelector('.missing p'))).to.contain('Dyfed-Powys');
    const names = rows.map((row) => row.querySelector<HTMLElement>('.name')!);
    for (const name of names) expect(name.scrollWidth, name.textContent!).to.be.at.most(name.clientWidth + 1);
    const boxes = names.map((n) => n.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(rectsOverlap(boxes[i - 1]!, boxes[i]!)).to.equal(false);
    const values = [...root.querySelectorAll<HTMLElement>('.value')].map((v) => v.getBoundingClientRect());
    for (const box of values) expect(box.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    expect(root.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(320);
  });

  it('keeps its place while loading, then draws in the same place', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><cso-region-rank src="/__fixtures/slow/300/rank.json" region="North West" period="2018/19"></cso-region-rank></div>`,
    );
    const element = wrapper.querySelector('cso-region-rank')!;
    await element.updateComplete;
    const loading = shadow(element).querySelector('.chart-box')!;
    expect(text(loading)).to.equal('Loading figures…');
    const before = loading.getBoundingClientRect();
    const height = element.getBoundingClientRect().height;
    // Room for the region's five forces.
    expect(before.height).to.be.at.least(150);
    await settled(element);
    // The bars and the line under them ("No figure for 3 forces") start where the room did and fit in it;
    // on screen, the ranking keeps the whole room (what the two bars do not take stays under its footer).
    const after = shadow(element).querySelector('.chart-box')!.getBoundingClientRect();
    const controls = shadow(element).querySelector('.controls')!.getBoundingClientRect();
    expect(after.top).to.equal(before.top);
    expect(controls.bottom).to.be.at.most(before.bottom + 0.5);
    expect(element.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
  });

  it('an unknown period or region is a clear error, and the helpline still shows', async () => {
    const { root, error, element } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2019/20" region="Narnia"></cso-region-rank>`, 640, 'error');
    expect(error).to.deep.include({ reason: 'region-not-found', value: 'Narnia' });
    // Readers get one plain sentence and the source; the reason is the event's (and the console's).
    expect(text(root.querySelector('[role="alert"]'))).to.match(/^These figures can’t be shown right now\. Source: NSPCC/);
    expect(text(root)).not.to.contain('Narnia');
    expect(shadow(helplineOf(element)).querySelector('a[href="tel:+448088005000"]')).to.exist;
  });
});

describe('<cso-region-rank> keeps the page still while its figures load', () => {
  // North West 2018/19: a headline of two lines at 640px (three at 320px) and forces named under the bars.
  // Wales 2018/19: all four forces have a figure, so at 320px four rows with each name above its bar.
  for (const width of [640, 320]) {
    for (const [region, highlight] of [
      ['North West', 'Lancashire'],
      ['Wales', 'Gwent'],
    ] as const) {
      it(`${region}, ${width}px wide: as tall while loading as once drawn, so the text below does not move`, async () => {
        const { element, loading, after } = await whileLoadingAndAfter(
          html`<cso-region-rank src="/__fixtures/slow/300/still-${region}-${width}.json" region=${region} period="2018/19" highlight=${highlight}></cso-region-rank>`,
          width,
        );
        expect(loading.status).to.equal('loading');
        expect(after.status).to.equal('ready');
        expect(shadow(element).querySelectorAll('.bars .row').length).to.be.greaterThan(1);
        expect(after.height).to.be.closeTo(loading.height, 0.5);
        expect(after.nextTop).to.be.closeTo(loading.nextTop, 0.5);
      });
    }
  }
});

describe('<cso-region-rank> from inline data', () => {
  it('reads data-areas and data-values; ties share a rank; no figure goes last', async () => {
    const { root } = await rank(
      html`<cso-region-rank period="2018/19" data-areas="Gwent,South Wales,North Wales,Dyfed-Powys,Extra" data-values="229,214,214,-,5" highlight="North Wales"></cso-region-rank>`,
    );
    // Tied forces in name order.
    expect(barRows(root)).to.deep.equal(['1 Gwent 229', '2 North Wales 214', '2 South Wales 214', '4 Extra 5']);
    expect(text(root.querySelector('.missing summary'))).to.equal('No figure for 1 force');
    expect(text(root.querySelector('.missing p'))).to.equal('Dyfed-Powys');
    expect(text(root.querySelector('.headline'))).to.equal('North Wales: joint 2nd of 4 forces with a figure');
    const table = await openTable(root.host as CsoRegionRank);
    const tableRanks = [...table.querySelectorAll('tbody tr td:first-child')].map((td) => text(td));
    expect(tableRanks).to.deep.equal(['1', '=2', '=2', '4', '–']);
  });

  it('reads a child table', async () => {
    const { root } = await rank(html`<cso-region-rank period="2019/20" highlight="Kent">
      <table>
        <tr><th>Force</th><th>Offences</th></tr>
        <tr><td>Hampshire</td><td>247</td></tr>
        <tr><td>Kent</td><td>735</td></tr>
      </table>
    </cso-region-rank>`);
    expect(barRows(root)).to.deep.equal(['Kent 735', 'Hampshire 247']);
    // The other 44 forces have no figure here: said, not implied away; no "1st of 2".
    expect(text(root.querySelector('.headline'))).to.equal('Kent: 735; Hampshire: 247');
    expect(text(root.querySelector('.subhead'))).to.equal('The higher of two forces with a figure');
    expect(text(root.querySelector('.kicker'))).to.equal('2 of 46 forces, 2019/20');
    expect(text(root.querySelector('.missing summary'))).to.equal('No figure for 44 forces');
    expect(text(root.querySelector('.missing p'))).to.match(/^Avon and Somerset, Bedfordshire, .*Wiltshire$/);
  });

  it('re-reads when period changes', async () => {
    const { root, element } = await rank(html`<cso-region-rank period="2018/19" data-areas="A,B" data-values="1,2"></cso-region-rank>`);
    element.setAttribute('period', '2019/20');
    await element.updateComplete;
    expect(text(root.querySelector('.kicker'))).to.equal('Police forces, 2019/20');
  });
});

describe('<cso-region-rank> rates', () => {
  // Test-only figures: the shipped data gives no population, so no rate can be shown from it.
  const body = encodeURIComponent(
    JSON.stringify({
      denominatorLabel: 'children',
      rows: [
        { area: 'A', period: '2019/20', value: 50, denominator: 100000 },
        { area: 'B', period: '2019/20', value: 30, population: 20000 },
        { area: 'D', period: '2019/20', value: 8, denominator: 40000 },
        { area: 'C', period: '2019/20', value: 99 },
      ],
    }),
  );

  it('per="100000": a rate from each row’s denominator (or population), and the headline, the unit under the bars, the table and the spoken summary say "per 100,000"', async () => {
    const { root } = await rank(html`<cso-region-rank src="/__fixtures/text/rates.json?body=${body}" per="100000" highlight="D"></cso-region-rank>`);
    expect(barRows(root)).to.deep.equal(['1 B 150.0', '2 A 50.0', '3 D 20.0']);
    expect(text(root.querySelector('.headline'))).to.equal('D: 3rd of 3 forces with a figure, per 100,000 children');
    expect(text(root.querySelector('.rates-note'))).to.equal('Offences per 100,000 children');
    expect(root.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain(
      'ranked by offences per 100,000 children recorded in 2019/20, highest first: B 150.0, A 50.0, D 20.0. No figure: C.',
    );
    expect(text((await openTable(root.host as CsoRegionRank)).querySelector('thead'))).to.contain('Offences per 100,000 children');
  });

  it('a row without a denominator has no rate: unknown, listed with the forces without a figure, never 0', async () => {
    const { root } = await rank(html`<cso-region-rank src="/__fixtures/text/rates.json?body=${body}" per="100000"></cso-region-rank>`);
    expect(barRows(root).some((row) => row.includes(' C '))).to.equal(false);
    expect(text(root.querySelector('.missing p'))).to.equal('C');
    const table = await openTable(root.host as CsoRegionRank);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => text(tr))).to.include('– C no figure');
  });

  it('counts stay the default, denominators or not', async () => {
    const { root } = await rank(html`<cso-region-rank src="/__fixtures/text/rates.json?body=${body}"></cso-region-rank>`);
    expect(barRows(root)).to.deep.equal(['1 C 99', '2 A 50', '3 B 30', '4 D 8']);
    expect(text(root.querySelector('.headline'))).not.to.contain('per');
    expect(root.querySelector('.rates-note')).to.equal(null);
  });

  it('without denominators, shows counts and says why', async () => {
    const { root } = await rank(html`<cso-region-rank period="2019/20" data-areas="A,B" data-values="1,2" per="100000"></cso-region-rank>`);
    expect(barRows(root)).to.deep.equal(['B 2', 'A 1']);
    expect(text(root.querySelector('.rates-note'))).to.contain('these figures give no population');
    expect(text(root.querySelector('.headline'))).not.to.contain('per 100,000');
  });
});

describe('<cso-region-rank> for every reader', () => {
  it('a screen reader hears the ranking; a keyboard user steps through bars and opens the table', async () => {
    const { element, root } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="North West" highlight="Lancashire"></cso-region-rank>`);
    const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chart.getAttribute('aria-label')).to.contain(
      'Forces in the North West ranked by offences recorded in 2018/19, highest first: Greater Manchester 628, Lancashire 67. No figure: Cheshire, Cumbria, Merseyside.',
    );
    chart.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('Lancashire: 67 offences');
    expect(root.querySelector('.row.active')).to.equal(root.querySelector('.row.highlight'));
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(root.querySelector('.row.active')).to.equal(null);
    // Tab: the "No figure for 3 forces" line under the bars, then the table.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('.missing summary'));
    await sendKeys({ press: 'Tab' });
    const toggled = oneEvent(root.querySelector('details.table')!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await element.updateComplete;
    expect(root.querySelector('details.table')!.hasAttribute('open')).to.equal(true);
    expect([...root.querySelectorAll('tbody tr')].map((tr) => text(tr))).to.deep.equal([
      'Greater Manchester 628',
      'Lancashire (highlighted) 67',
      '– Cheshire no figure',
      '– Cumbria no figure',
      '– Merseyside no figure',
    ]);
    await expect(element).to.be.accessible();
  });
});

describe('<cso-region-rank> on a page of many', () => {
  it('builds the rows of the rankings near the screen only; each holds its height before it draws and draws when scrolled to, with no "ResizeObserver loop" error', async function () {
    this.timeout(20000);
    const { errors, stop } = recordPageErrors();
    const areas = Array.from({ length: 20 }, (_, i) => `Force ${i + 1}`);
    const column = document.createElement('div');
    column.style.width = '480px';
    for (let i = 0; i < 8; i++) {
      const ranking = document.createElement('cso-region-rank');
      ranking.setAttribute('illustrative', '');
      ranking.setAttribute('period', '2019/20');
      ranking.setAttribute('data-areas', areas.join(','));
      ranking.setAttribute('data-values', areas.map((_, j) => 100 + ((i * 7 + j * 13) % 50)).join(','));
      column.append(ranking);
    }
    const rankings = [...column.children] as CsoRegionRank[];
    const drawn = () => rankings.filter((r) => r.shadowRoot?.querySelector('.bars .row')).length;
    try {
      document.body.append(column);
      await Promise.all(rankings.map((r) => r.updateComplete));
      for (let i = 0; i < 3; i++) await nextFrame();
      // Each is taller than half the window: only the first few are near enough to draw.
      expect(drawn()).to.be.within(1, 4);
      const before = rankings.map((r) => r.getBoundingClientRect().height);
      await scrollThrough(column);
      expect(drawn()).to.equal(8);
      rankings.forEach((r, i) => {
        const height = r.getBoundingClientRect().height;
        expect(Math.abs(height - before[i]!), `ranking ${i + 1}: ${before[i]}px undrawn, ${height}px drawn`).to.be.at.most(height * 0.02);
      });
      await nextFrame();
      expect(errors).to.deep.equal([]);
    } finally {
      stop();
      column.remove();
      scrollTo(0, 0);
    }
  });
});

describe('<cso-region-rank> drawn on screen', () => {
  it('moves nothing below it after the frame it drew in, with a note under its bars', async () => {
    const page = document.createElement('div');
    page.style.width = '480px';
    // Cumbria and Lancashire only: the other North West forces are named in a "No figure" line under the bars.
    page.innerHTML = `<cso-region-rank region="North West" period="2019/20" data-areas="Cumbria,Lancashire" data-values="10,20"></cso-region-rank>
      <p id="below">The article goes on.</p><div style="height: 3000px"></div>`;
    const ranking = page.querySelector('cso-region-rank') as CsoRegionRank;
    const below = page.querySelector('#below')!;
    // Where the text below stands in the frame the bars are drawn in: read the moment they are (before that frame is painted).
    let whenDrawn: number | undefined;
    const watch = new MutationObserver(() => {
      if (whenDrawn === undefined && shadow(ranking).querySelector('.bars')) whenDrawn = below.getBoundingClientRect().top;
    });
    try {
      document.body.append(page);
      watch.observe(shadow(ranking), { childList: true, subtree: true });
      for (let i = 0; i < 10; i++) await nextFrame();
      expect(whenDrawn, 'drew').to.be.a('number');
      expect(shadow(ranking).querySelector('.missing')).to.exist;
      expect(below.getBoundingClientRect().top).to.equal(whenDrawn);
    } finally {
      watch.disconnect();
      page.remove();
    }
  });
});
