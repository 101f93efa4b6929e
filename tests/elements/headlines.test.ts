import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CsoTrend } from '../../src/index.js';
import { clearFiguresCache } from '../../src/data/load.js';
import { rectsOverlap, settled, shadow, text } from './helpers.js';

const WIDTHS = [320, 375, 640, 1000];

async function trendAt(width: number, template: unknown, theme = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; color-scheme: ${theme || 'light'}">${template}</div>`);
  const element = wrapper.querySelector('cso-trend')! as CsoTrend;
  const outcome = await settled(element);
  expect(outcome.status).to.equal('ready');
  return { element, root: shadow(element) };
}

const gwent = html`<cso-trend area="Gwent" data-periods="2015/16,2018/19,2019/20" data-values="59,229,128"></cso-trend>`;

/** What a reader sees on the plot: every text inside the drawn box, no two overlapping. */
function expectReadablePlot(root: ShadowRoot, where: string) {
  const svg = root.querySelector('svg')!.getBoundingClientRect();
  const box = root.querySelector('[part="chart"]')!.getBoundingClientRect();
  const texts = [...root.querySelectorAll('svg text')].filter((t) => t.textContent!.trim());
  for (const t of texts) {
    const r = t.getBoundingClientRect();
    expect(r.left, `${where}: "${t.textContent}" clipped at the left`).to.be.at.least(Math.min(svg.left, box.left) - 1);
    expect(r.right, `${where}: "${t.textContent}" clipped at the right`).to.be.at.most(box.right + 1);
  }
  const labels = [...root.querySelectorAll('svg .value-label, svg > .x-tick, svg .coverage-mark text')];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(
        rectsOverlap(labels[i]!.getBoundingClientRect(), labels[j]!.getBoundingClientRect()),
        `${where}: "${labels[i]!.textContent}" overlaps "${labels[j]!.textContent}"`,
      ).to.equal(false);
}

describe('headlines a newsroom can print', () => {
  beforeEach(() => clearFiguresCache());

  it('leads with the latest fall when the line ends falling, with the longer rise on a second line (Gwent)', async () => {
    const { root } = await trendAt(640, gwent);
    expect(text(root.querySelector('.headline'))).to.equal('Down 44% in 2019/20');
    expect(text(root.querySelector('.subhead'))).to.equal('Up 117% since 2015/16');
  });

  it('the editor’s `headline` replaces the computed one on screen; the computed one is still said', async () => {
    const { root, element } = await trendAt(640, html`<cso-trend area="Gwent" headline="Online abuse cases fall in Gwent" data-periods="2015/16,2018/19,2019/20" data-values="59,229,128"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('Online abuse cases fall in Gwent');
    expect(root.querySelector('.caption-text .subhead')).to.equal(null);
    const label = root.querySelector('[part="chart"]')!.getAttribute('aria-label')!;
    expect(label).to.contain('Down 44% in 2019/20.');
    expect(label).to.contain('Gwent: 128 offences in 2019/20, down 44% from 229 in 2018/19. Up 117% since 2015/16.');
    element.headline = null;
    await element.updateComplete;
    expect(text(root.querySelector('.headline'))).to.equal('Down 44% in 2019/20');
  });

  it('the national totals are not compared across a change of forces, and the chart marks each change', async () => {
    const { root } = await trendAt(640, html`<cso-trend src="/data/figures-press.json"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('10,391 in 2019/20');
    expect(text(root.querySelector('.subhead'))).to.equal('Earlier years count different forces, so are not compared');
    const marks = [...root.querySelectorAll('svg .coverage-mark')];
    expect(marks.length).to.equal(2);
    // Two changes a year apart: both dashed lines, one label where two would meet.
    expect(marks.map((g) => text(g)).filter(Boolean)).to.include('Coverage changes');
  });

  it('a first figure under 20 is said as counts, not "up 4,700%"', async () => {
    const { root } = await trendAt(640, html`<cso-trend area="A force" data-periods="2015/16,2016/17" data-values="1,48"></cso-trend>`);
    expect(text(root.querySelector('.headline'))).to.equal('From 1 in 2015/16 to 48 in 2016/17');
  });

  it('one figure is a number with its period, not a lone dot', async () => {
    const { root } = await trendAt(640, html`<cso-trend data-periods="2019/20" data-values="419" area="Lancashire"></cso-trend>`);
    expect(root.querySelector('svg')).to.equal(null);
    expect(text(root.querySelector('.single-value'))).to.equal('419');
    expect(text(root.querySelector('.single-period'))).to.equal('2019/20');
    const big = root.querySelector('.single-value')!.getBoundingClientRect();
    expect(big.height).to.be.greaterThan(30);
  });

  for (const width of WIDTHS) {
    for (const theme of ['light', 'dark']) {
      it(`${width}px, ${theme}: first and latest periods and figures are labelled; nothing overlaps or is clipped`, async () => {
        for (const template of [
          gwent,
          html`<cso-trend src="/data/figures-press.json"></cso-trend>`,
          html`<cso-trend area="Wiltshire" src="/data/figures-press.json"></cso-trend>`,
          html`<cso-trend area="X" data-periods="2012/13,2013/14,2014/15,2015/16,2016/17,2017/18,2018/19,2019/20" data-values="500,900,100,3000,2900,3100,2800,2950"></cso-trend>`,
        ]) {
          clearFiguresCache();
          fixtureCleanup();
          const { root } = await trendAt(width, template, theme);
          const where = `${width}px ${theme} ${text(root.querySelector('.kicker'))}`;
          const periods = [...root.querySelectorAll('svg > .x-tick')].map((t) => t.textContent);
          const table = root.querySelector('svg')!;
          expect(periods.length, where).to.be.greaterThan(1);
          // The first shown period is labelled (the second line cites it) and so is the latest.
          expect(periods[periods.length - 1], where).to.match(/2019\/20|2018\/19/);
          expect(periods[0], where).to.match(/^20(12|15)\/1[36]$/);
          expect(table.querySelectorAll('.value-label').length, where).to.be.within(2, 4);
          expectReadablePlot(root, where);
        }
      });
    }
  }

  it('keyboard focus: a ring and a cursor line, no fill over the plot; the tooltip stays inside the chart at both ends', async () => {
    const { root, element } = await trendAt(320, html`<cso-trend area="X" data-periods="2012/13,2013/14,2014/15,2015/16,2016/17,2017/18,2018/19,2019/20" data-values="10391,900,100,3000,2900,3100,2800,10391"></cso-trend>`);
    const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
    chart.focus();
    for (const key of ['Home', 'End']) {
      await sendKeys({ press: key });
      await element.updateComplete;
      expect(chart.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(chart).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(chart).boxShadow).not.to.equal('none');
      expect(root.querySelector('svg .cursor')).to.exist;
      const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
      const box = chart.getBoundingClientRect();
      expect(tip.left, key).to.be.at.least(box.left);
      expect(tip.right, key).to.be.at.most(box.right);
      expect(tip.top, key).to.be.at.least(box.top);
      expect(text(root.querySelector('.tooltip')), key).to.contain('10,391');
    }
  });
});

describe('words readers see', () => {
  it('the footer reads "Source: … · Chart: … · Notes · Get the data", on one line where it fits', async () => {
    const { root } = await trendAt(1000, html`<cso-trend area="Lancashire" src="/data/figures-seed.json" credit="Lancashire Telegraph"></cso-trend>`);
    const meta = root.querySelector('[part="meta"]')!;
    // What a reader sees (innerText leaves out the closed notes).
    const seen = (meta as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    expect(seen).to.match(/^Source: NSPCC .* · Chart: Lancashire Telegraph · ▶? ?Notes · Get the data$/);
    const middles = ['.credit', '.notes summary', '.get-data'].map((s) => {
      const r = meta.querySelector(s)!.getBoundingClientRect();
      return (r.top + r.bottom) / 2;
    });
    // The credit, Notes and Get the data share one line at 1000px (their middles within half a line).
    expect(Math.max(...middles) - Math.min(...middles), middles.join(' ')).to.be.below(9);
    // The table control is no louder than the source line.
    const table = getComputedStyle(root.querySelector('details.table summary')!);
    const source = getComputedStyle(meta.querySelector('.source')!);
    expect(parseFloat(table.fontSize)).to.be.at.most(parseFloat(source.fontSize));
  });

  it('says the data’s date when the data gives one', async () => {
    const body = encodeURIComponent(JSON.stringify({ figuresTo: 'March 2020', rows: [{ area: 'Kent', period: '2019/20', value: 735 }] }));
    const { root } = await trendAt(640, html`<cso-trend src=${`/__fixtures/text/dated.json?body=${body}`} area="Kent"></cso-trend>`);
    expect(text(root.querySelector('.figures-to'))).to.equal('Figures to March 2020');
  });
});
