/**
 * What a reader sees of a ranking, as a news graphic would draw it: one solid
 * colour for the highlighted force and neutral bars for the rest, every bar
 * from one baseline, a long ranking folded to its top ten (and the
 * highlighted force in its place) behind a real "Show all" button, and the
 * forces without a figure in one line that opens to their names. The
 * screenshots' verdicts at 320, 375, 640 and 1000 px, light and dark, kept as
 * assertions: nothing overlaps, nothing is cut, every label is there.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CsoRegionRank } from '../../src/index.js';
import { helplineOf, recordPageErrors, settled, shadow, text, whileLoadingAndAfter } from './helpers.js';
import { contrastOf } from './contrast.js';

async function rank(template: unknown, style = 'width: 640px') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>${template}</div>`);
  const element = wrapper.querySelector('cso-region-rank') as CsoRegionRank;
  expect((await settled(element)).status).to.equal('ready');
  return { element, root: shadow(element), wrapper };
}

/** Whether two boxes overlap by more than half a pixel (touching edges, rounded differently by each engine, do not). */
const overlap = (a: DOMRect, b: DOMRect) => a.left + 0.5 < b.right && b.left + 0.5 < a.right && a.top + 0.5 < b.bottom && b.top + 0.5 < a.bottom;

const rowTexts = (root: ShadowRoot) => [...root.querySelectorAll('.bars .row')].map((row) => text(row));
const bars = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.bars .bar')];

describe('a long ranking', () => {
  it('shows the top ten and the highlighted force in its place, after a rule; "Show all 25 forces" is a button that opens and closes by keyboard', async () => {
    const { element, root } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" highlight="Lancashire"></cso-region-rank>`);
    const rows = rowTexts(root);
    expect(rows.length).to.equal(11);
    expect(rows.slice(0, 2)).to.deep.equal(['1 West Yorkshire 721', '2 Greater Manchester 628']);
    expect(rows[10]).to.equal('22 Lancashire 67');
    const last = root.querySelectorAll('.bars .row')[10]!;
    expect(last.classList.contains('highlight')).to.equal(true);
    expect(last.classList.contains('after-gap')).to.equal(true);
    expect(getComputedStyle(last).boxShadow).to.contain('inset');

    // A real button, outside the chart's picture (nothing interactive inside role="img").
    const button = root.querySelector<HTMLButtonElement>('button.show-all')!;
    expect(button.type).to.equal('button');
    expect(root.querySelector('[part="chart"] button, [part="chart"] summary')).to.equal(null);
    expect(text(button)).to.equal('Show all 25 forces');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getBoundingClientRect().height).to.be.at.least(24);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rowTexts(root).length).to.equal(25);
    expect(rowTexts(root)[21]).to.equal('22 Lancashire 67');
    expect(root.querySelector('.after-gap')).to.equal(null);
    expect(root.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Show the top 10');

    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(rowTexts(root).length).to.equal(11);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    // The arrow keys read what is shown: the eleventh stop is Lancashire, 22nd.
    const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
    chart.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('22nd, Lancashire: 67 offences');
    // The spoken summary and the table still carry every force.
    expect(chart.getAttribute('aria-label')).to.contain('Dorset 82');
  });

  it('up to eleven forces with a figure are all shown, with no button', async () => {
    const areas = Array.from({ length: 11 }, (_, i) => `Force ${i + 1}`);
    const { root } = await rank(html`<cso-region-rank period="2019/20" data-areas=${areas.join(',')} data-values=${areas.map((_, i) => 100 - i).join(',')}></cso-region-rank>`);
    expect(rowTexts(root).length).to.equal(11);
    expect(root.querySelector('.show-all')).to.equal(null);
  });
});

describe('forces without a figure', () => {
  it('a null figure and a force the data lacks are shown alike: one line, "No figure for 3 forces", that opens to their names', async () => {
    // Dyfed-Powys has a row with no figure; North Wales and South Wales have no row at all.
    const { root } = await rank(html`<cso-region-rank region="Wales" period="2018/19" data-areas="Gwent,Dyfed-Powys" data-values="229,-" highlight="Gwent"></cso-region-rank>`);
    expect(rowTexts(root)).to.deep.equal(['Gwent 229']);
    expect(text(root)).not.to.contain('–');
    const details = root.querySelector<HTMLDetailsElement>('details.missing')!;
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal('No figure for 3 forces');
    const names = details.querySelector('p')!;
    expect(names.checkVisibility(), 'closed: the names are not shown').to.equal(false);
    const toggled = oneEvent(details, 'toggle');
    summary.click();
    await toggled;
    expect(text(names)).to.equal('Dyfed-Powys, North Wales, South Wales');
    expect(names.checkVisibility()).to.equal(true);
  });
});

describe('bar colours', () => {
  it('one solid colour for the highlighted force, one neutral colour for the rest; with none highlighted, every bar in the accent colour', async () => {
    const { root } = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="Wales" highlight="North Wales"></cso-region-rank>`);
    const [gwent, southWales, northWales] = bars(root).map((bar) => getComputedStyle(bar));
    expect(northWales!.backgroundImage).to.equal('none');
    expect(northWales!.backgroundColor).to.equal('rgb(29, 112, 184)');
    expect(gwent!.backgroundColor).to.equal(southWales!.backgroundColor);
    expect(gwent!.backgroundColor).to.equal('rgb(133, 133, 133)');

    const plain = await rank(html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="Wales"></cso-region-rank>`);
    expect(new Set(bars(plain.root).map((bar) => getComputedStyle(bar).backgroundColor))).to.deep.equal(new Set(['rgb(29, 112, 184)']));
  });

  it('a page’s theme properties still colour them: --cso-highlight-color, --cso-bar-color, --cso-accent-color', async () => {
    const { root } = await rank(
      html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="Wales" highlight="Gwent"></cso-region-rank>`,
      'width: 640px; --cso-highlight-color: rgb(160, 90, 0); --cso-bar-color: rgb(90, 90, 120)',
    );
    const [gwent, other] = bars(root).map((bar) => getComputedStyle(bar).backgroundColor);
    expect([gwent, other]).to.deep.equal(['rgb(160, 90, 0)', 'rgb(90, 90, 120)']);

    const accent = await rank(
      html`<cso-region-rank src="/data/figures-press.json" period="2018/19" region="Wales" highlight="Gwent"></cso-region-rank>`,
      'width: 640px; --cso-accent-color: rgb(200, 16, 46)',
    );
    expect(getComputedStyle(bars(accent.root)[0]!).backgroundColor).to.equal('rgb(200, 16, 46)');
  });
});

/**
 * The screenshot verdicts, kept: at each width, on a light and a dark page,
 * every bar starts at one x (within 1px), the highlighted one too; names,
 * bars, figures and the lines under them never overlap; nothing is cut off
 * or spills out of the box; every shown row has its rank, name and figure;
 * bars keep 3:1 against the page.
 */
describe('a ranking at every width, light and dark', () => {
  const pages = [
    { name: 'light', style: 'background: #ffffff; color: #0b0c0c; color-scheme: light' },
    { name: 'dark', style: 'background: #161616; color: #eeeeee; color-scheme: dark' },
  ];
  for (const width of [320, 375, 640, 1000]) {
    for (const page of pages) {
      for (const [label, attributes] of [
        ['all forces, Lancashire 22nd', { period: '2018/19', highlight: 'Lancashire' }],
        ['the North West, Lancashire of two', { period: '2018/19', region: 'North West', highlight: 'Lancashire' }],
      ] as const) {
        it(`${label}: ${width}px, ${page.name}`, async () => {
          const { element, root } = await rank(
            html`<cso-region-rank src="/data/figures-press.json" period=${attributes.period} region=${'region' in attributes ? attributes.region : ''} highlight=${attributes.highlight}></cso-region-rank>`,
            `width: ${width}px; padding: 0; ${page.style}; font-family: 'DejaVu Sans', sans-serif`,
          );
          const box = element.getBoundingClientRect();
          const rows = [...root.querySelectorAll<HTMLElement>('.bars .row')];
          expect(rows.length).to.be.greaterThan(1);
          // Labels present.
          for (const row of rows) {
            expect(text(row.querySelector('.name')), 'name').not.to.equal('');
            expect(text(row.querySelector('.value')), 'figure').to.match(/^\d/);
            if (rows.length >= 3) expect(text(row.querySelector('.rank')), 'rank').to.match(/^\d+$/);
          }
          // One shared baseline.
          const lefts = bars(root).map((bar) => bar.getBoundingClientRect().left);
          expect(Math.max(...lefts) - Math.min(...lefts), `bar starts ${lefts.join(', ')}`).to.be.at.most(1);
          // Nothing overlaps within a row, nor rows with each other, nor the lines under the bars with the bars.
          const boxes = rows.map((row) => row.getBoundingClientRect());
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `row ${i + 1} starts below row ${i}`).to.be.at.least(boxes[i - 1]!.bottom - 0.5);
          for (const row of rows) {
            const [name, bar, value] = ['.name', '.bar', '.value'].map((s) => row.querySelector(s)!.getBoundingClientRect());
            expect(overlap(name!, bar!), `${text(row)}: name and bar`).to.equal(false);
            expect(overlap(bar!, value!), `${text(row)}: bar and figure`).to.equal(false);
            expect(overlap(name!, value!), `${text(row)}: name and figure`).to.equal(false);
            // Nothing cut: every label whole and inside the box.
            for (const part of row.querySelectorAll<HTMLElement>('.name, .value, .rank')) {
              expect(part.scrollWidth, `${text(part)} cut`).to.be.at.most(part.clientWidth + 1);
              const rect = part.getBoundingClientRect();
              expect(rect.left, `${text(part)} left`).to.be.at.least(box.left - 0.5);
              expect(rect.right, `${text(part)} right`).to.be.at.most(box.right + 0.5);
            }
          }
          const controls = root.querySelector('.controls')!.getBoundingClientRect();
          expect(controls.top, 'the lines under the bars start below them').to.be.at.least(boxes[boxes.length - 1]!.bottom);
          for (const line of root.querySelectorAll<HTMLElement>('.show-all, .missing summary')) {
            expect(line.getBoundingClientRect().right, text(line)).to.be.at.most(box.right + 0.5);
            expect(line.getBoundingClientRect().height, `${text(line)}: one line`).to.be.at.most(31);
          }
          expect(root.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(width);
          // Bars keep 3:1 against the page, and the highlighted one differs from the rest.
          for (const bar of bars(root)) expect(contrastOf(bar, 'background-color', element.parentElement!), 'bar contrast').to.be.at.least(3);
          const highlighted = getComputedStyle(root.querySelector('.row.highlight .bar')!).backgroundColor;
          expect(getComputedStyle(root.querySelector('.row:not(.highlight) .bar')!).backgroundColor).not.to.equal(highlighted);
        });
      }
    }
  }
});

describe('a ranking drawn on a fresh page', () => {
  it('holds, before its width is known, the height it draws at: a page observing its own size sees no change and no "ResizeObserver loop"', async () => {
    const { errors, stop } = recordPageErrors();
    const areas = Array.from({ length: 20 }, (_, i) => `Force ${i + 1}`);
    const page = document.createElement('div');
    page.style.width = '480px';
    page.innerHTML = `<cso-region-rank period="2019/20" highlight="Force 20" data-areas="${areas.join(',')}" data-values="${areas.map((_, i) => 200 - i).join(',')}"></cso-region-rank>
      <p id="below">The article goes on.</p>`;
    const ranking = page.querySelector('cso-region-rank') as CsoRegionRank;
    const below = page.querySelector('#below')!;
    // An iframe resizer's observer: the page's own height, reported each frame it changes.
    const heights: number[] = [];
    const observer = new ResizeObserver((entries) => heights.push(entries[0]!.contentRect.height));
    let whenDrawn: number | undefined;
    const watch = new MutationObserver(() => {
      if (whenDrawn === undefined && shadow(ranking).querySelector('.bars')) whenDrawn = below.getBoundingClientRect().top;
    });
    try {
      document.body.append(page);
      observer.observe(page);
      watch.observe(shadow(ranking), { childList: true, subtree: true });
      for (let i = 0; i < 10; i++) await nextFrame();
      expect(whenDrawn, 'drew').to.be.a('number');
      // Folded: the top ten and Force 20 after them, "Show all 20 forces" and the line under it.
      expect(rowTexts(shadow(ranking)).length).to.equal(11);
      expect(shadow(ranking).querySelector('.show-all')).to.exist;
      expect(below.getBoundingClientRect().top).to.equal(whenDrawn);
      expect(new Set(heights).size, `page heights ${heights.join(', ')}`).to.equal(1);
      await nextFrame();
      expect(errors).to.deep.equal([]);
    } finally {
      observer.disconnect();
      watch.disconnect();
      stop();
      page.remove();
    }
  });
});

describe('a ranking whose periods cannot be ordered, on a 320 px phone (issue 13)', () => {
  it('its kicker "…, Autumn (last given, maybe not the latest)" wraps whole words inside the box, overlaps nothing, and the page does not move as it draws', async () => {
    const { errors, stop } = recordPageErrors();
    const page = document.createElement('div');
    page.style.cssText = "width: 320px; font-family: 'DejaVu Sans', sans-serif";
    const rows = [['Kent', 'Spring', 735], ['Sussex', 'Spring', 120], ['Hampshire', 'Spring', 247], ['Kent', 'Autumn', 100], ['Sussex', 'Autumn', 400], ['Hampshire', 'Autumn', 300]];
    page.innerHTML = `<cso-region-rank highlight="Kent"><table><tr><th>Force</th><th>Period</th><th>Offences</th></tr>${rows
      .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</table></cso-region-rank><p id="below">The article goes on.</p>`;
    const ranking = page.querySelector('cso-region-rank') as CsoRegionRank;
    const below = page.querySelector('#below')!;
    // Where the text under the chart is in every frame from the first one the chart is drawn in.
    const tops: number[] = [];
    const watch = new MutationObserver(() => {
      if (!tops.length && shadow(ranking).querySelector('.bars')) tops.push(below.getBoundingClientRect().top);
    });
    try {
      document.body.append(page);
      watch.observe(shadow(ranking), { childList: true, subtree: true });
      expect((await settled(ranking)).status).to.equal('ready');
      for (let i = 0; i < 6; i++) {
        await nextFrame();
        tops.push(below.getBoundingClientRect().top);
      }
      const root = shadow(ranking);
      const kicker = root.querySelector<HTMLElement>('.kicker')!;
      expect(text(kicker)).to.equal('3 of 46 forces, Autumn (last given, maybe not the latest)');
      // No layout shift: the text below stays where it was when the bars were first drawn.
      // (Under 3 px, as the layout-shift test counts: WebKitGTK settles the line under the chart 2.4 px higher a frame after drawing, whether or not the kicker wraps.)
      expect(Math.max(...tops) - Math.min(...tops), `tops of the text below: ${tops.join(', ')}`).to.be.lessThan(3);
      // Wrapped (two lines or more at this width), between words only, inside the box.
      const box = ranking.getBoundingClientRect();
      const lineTops = new Set<number>();
      const words = [...kicker.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      for (const word of words.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(words, word.index);
        range.setEnd(words, word.index + word[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        expect(new Set(rects.map((r) => Math.round(r.top))).size, `"${word[0]}" broken inside`).to.equal(1);
        for (const r of rects) {
          lineTops.add(Math.round(r.top));
          expect(r.left, `"${word[0]}" left`).to.be.at.least(box.left - 0.5);
          expect(r.right, `"${word[0]}" right`).to.be.at.most(box.right + 0.5);
        }
      }
      expect(lineTops.size, 'the kicker wraps at 320 px').to.be.at.least(2);
      // Nothing overlaps it: the headline starts below it, the bars below the headline.
      const [k, h] = ['.kicker', '.headline'].map((s) => root.querySelector(s)!.getBoundingClientRect());
      expect(h!.top, 'headline below the kicker').to.be.at.least(k!.bottom - 0.5);
      for (const bar of root.querySelectorAll('.bars .row')) expect(bar.getBoundingClientRect().top, 'bars below the headline').to.be.at.least(h!.bottom - 0.5);
      expect(root.querySelector('[part="base"]')!.scrollWidth, 'nothing spills sideways').to.be.at.most(320);
      expect(errors).to.deep.equal([]);
    } finally {
      watch.disconnect();
      stop();
      page.remove();
    }
  });
});

/*
 * A ranking from a file holds, while loading, a row for each force of its
 * region; when fewer forces have a figure, those without take one line ("No
 * figure for 3 forces"). The drawn bars' box fits its rows (no gap under the
 * bars); the room left over stays under the footer while the chart is on
 * screen (so nothing a reader sees moves), and is given back once the chart
 * is wholly below the screen. The North West in 2018/19: 2 of its 5 forces.
 */
describe('a short ranking from a file', () => {
  const northWest = (name: string) =>
    html`<cso-region-rank src="/__fixtures/slow/300/${name}-${Date.now()}.json" region="North West" period="2018/19" highlight="Lancashire"></cso-region-rank>`;

  for (const width of [320, 1000]) {
    it(`${width}px, on screen: its bars' box ends at its last row, the lines under it follow, and nothing after it moves`, async () => {
      const { element, loading, after } = await whileLoadingAndAfter(northWest(`short-${width}`), width);
      expect(after.status).to.equal('ready');
      const root = shadow(element);
      const rows = [...root.querySelectorAll('.bars .row')];
      expect(rows.map((row) => text(row.querySelector('.name')))).to.deep.equal(['Greater Manchester', 'Lancashire']);
      const box = root.querySelector('[part="chart"]')!.getBoundingClientRect();
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      expect(box.bottom - last.bottom, 'room under the last bar').to.be.below(2);
      const noFigure = root.querySelector('[part="no-figure"]')!;
      expect(text(noFigure.querySelector('summary'))).to.equal('No figure for 3 forces');
      expect(noFigure.getBoundingClientRect().top - box.bottom, 'the line under the bars').to.be.within(0, 12);
      // On screen when drawn: the page after it stays where the loading state put it.
      expect(after.height).to.be.closeTo(loading.height, 0.5);
      expect(after.nextTop).to.be.closeTo(loading.nextTop, 0.5);
    });
  }

  it('below the screen when drawn, it gives back the room it does not need: its footer is right above its helpline', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><div style="height: ${innerHeight + 200}px"></div>${northWest('short-below')}</div>`);
    const element = wrapper.querySelector('cso-region-rank') as CsoRegionRank;
    await element.updateComplete;
    await nextFrame();
    const top = element.getBoundingClientRect().top;
    const loading = element.getBoundingClientRect().height;
    expect(top).to.be.greaterThan(innerHeight);
    expect((await settled(element)).status).to.equal('ready');
    for (let i = 0; i < 4; i++) await nextFrame();
    element.scrollIntoView();
    await nextFrame();
    await nextFrame();
    const root = shadow(element);
    const gap = helplineOf(element).getBoundingClientRect().top - root.querySelector('.meta')!.getBoundingClientRect().bottom;
    // The strip's own margin (1rem) and the footer's (0.25rem), nothing more.
    expect(gap, 'between the footer and the helpline').to.be.below(24);
    const drawn = element.getBoundingClientRect().height;
    expect(drawn, 'shorter than the room held while loading').to.be.below(loading - 30);
    expect(element.getBoundingClientRect().top + scrollY).to.be.closeTo(top, 0.5);
    scrollTo(0, 0);
  });
});
