import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { render } from 'lit';
import { trendGeometry } from '../../src/chart/trend-geometry.js';
import { trendMarks } from '../../src/chart/trend-marks.js';
import { drawSvg } from '../../src/elements/shared/draw-svg.js';
import { serverSvg } from '../../src/elements/shared/server-svg.js';
import { shadow, text } from './helpers.js';

/*
 * Server rendering, end to end: tests/ssr/render.mjs renders a page of every
 * element in Node with @lit-labs/ssr (the npm build and `cso-widgets/ssr`),
 * served by tests/ssr/middleware.mjs. The page is read first as the browser
 * parses it, before any of our script runs (declarative shadow DOM), then
 * with the elements loaded, which hydrate what the server drew.
 */

const HELPLINE_TEL = 'a[href="tel:+448088005000"]';

interface ServerPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** Errors and warnings the page logged or threw from when its script was added. */
  problems: string[];
}

/** The server's page in a frame 700 px wide, as served, with no script of ours run yet. */
async function serverPage(): Promise<ServerPage> {
  const response = await fetch('/tests/ssr/page.html', { cache: 'no-store' });
  const html = await response.text();
  expect(response.status, html).to.equal(200);
  expect(decodeURIComponent(response.headers.get('x-render-stderr') ?? ''), 'the server printed').to.equal('');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 3000px; border: 0';
  const loaded = oneEvent(frame, 'load');
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return { frame, doc: frame.contentDocument!, win, problems };
}

/** Loads one of tests/ssr/*.js into the page as a module and waits until it has run. */
async function addScript(page: ServerPage, src: string): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const ran = oneEvent(script, 'load');
  page.doc.head.append(script);
  await ran;
  for (const tag of ['cso-trend', 'cso-region-rank', 'helpline-box']) await page.win.customElements.whenDefined(tag);
}

const visible = (element: Element | null | undefined) => Boolean(element && element.getClientRects().length > 0 && element.getBoundingClientRect().width > 0);

function byId<T extends Element = FiguresElement>(page: ServerPage, id: string): T {
  const element = page.doc.getElementById(id);
  if (!element) throw new Error(`#${id} is not on the server's page`);
  return element as unknown as T;
}

/** The compact helpline under a chart, and its shadow root. */
function stripOf(chart: Element): { box: Element; root: ShadowRoot } {
  const boxes = shadow(chart).querySelectorAll('helpline-box');
  expect(boxes.length, `helpline strips under #${chart.id}`).to.equal(1);
  return { box: boxes[0]!, root: shadow(boxes[0]!) };
}

/** Waits (a few seconds at most) until `done` holds. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await nextFrame();
  if (!done()) throw new Error(`timed out waiting until ${what}`);
}

/** One of everything each element shows: no second copy of the server's DOM beside the browser's. */
function expectOneOfEach(page: ServerPage, { running }: { running: boolean }): void {
  for (const id of ['inline', 'rank', 'from-url']) {
    const root = shadow(byId(page, id));
    // The width hint and the box Lit draws into are the browser's (it measures); the server writes what Lit draws.
    for (const selector of ['figure.frame', 'helpline-box', ...(running ? ['.width-hint', '.box'] : [])]) {
      expect(root.querySelectorAll(selector).length, `${selector} in #${id}`).to.equal(1);
    }
    const strip = stripOf(byId(page, id)).root;
    expect(strip.querySelectorAll('.panel').length, `helpline panels under #${id}`).to.equal(1);
    expect(strip.querySelectorAll('a[href^="tel:"]').length, `tel: links under #${id}`).to.equal(1);
    expect(visible(strip.querySelector(HELPLINE_TEL)), `the helpline number under #${id} is visible`).to.equal(true);
  }
  expect(shadow(byId(page, 'inline')).querySelectorAll('svg').length, 'charts drawn in #inline').to.equal(1);
  expect(shadow(byId(page, 'rank')).querySelectorAll('ol.bars').length, 'bar lists in #rank').to.equal(1);
  expect(shadow(byId(page, 'rank')).querySelectorAll('ol.bars > li').length, 'bars in #rank').to.equal(3);
  const panel = shadow(byId(page, 'panel'));
  expect(panel.querySelectorAll('.panel').length, 'panels in #panel').to.equal(1);
  expect(panel.querySelectorAll(HELPLINE_TEL).length, 'helpline tel: links in #panel').to.equal(1);
  expect(visible(panel.querySelector(HELPLINE_TEL)), 'the panel shows its number').to.equal(true);
}

/** Waits until every chart has its figures and has drawn at its own measured width (not the server's 640 px). */
async function drawnAtTheirWidth(page: ServerPage): Promise<void> {
  const trend = byId(page, 'inline');
  await until(() => byId(page, 'from-url').status === 'ready', 'the chart from a URL has its figures');
  await until(() => {
    const svg = shadow(trend).querySelector('svg');
    const box = shadow(trend).querySelector('.box');
    return Boolean(svg && box && Number(svg.getAttribute('width')) === Math.floor(box.getBoundingClientRect().width));
  }, 'the trend draws at its measured width');
  for (const id of ['inline', 'rank', 'from-url']) await byId(page, id).updateComplete;
}

describe('server rendering (@lit-labs/ssr)', () => {
  let page: ServerPage;
  afterEach(() => page?.frame.remove());

  it('before any script runs, every element shows what the server drew: the charts, and the helpline with its number', async () => {
    page = await serverPage();
    // Nothing of ours has run: the parser attached the shadow roots.
    for (const tag of ['cso-trend', 'cso-region-rank', 'helpline-box']) expect(page.win.customElements.get(tag), tag).to.equal(undefined);
    const trend = byId(page, 'inline');
    expect(text(shadow(trend).querySelector('.headline'))).to.equal('Up 525% since 2018/19');
    const svg = shadow(trend).querySelector('svg');
    expect(svg?.getAttribute('width'), 'drawn at the server width').to.equal('640');
    // Scaled into the 684 px column, and drawn: a line and its two labelled points.
    expect(svg!.getBoundingClientRect().width).to.be.within(600, 684);
    expect(svg!.getBoundingClientRect().height).to.be.greaterThan(200);
    expect([...svg!.querySelectorAll('.value-label')].map(text)).to.deep.equal(['67', '419']);

    const rank = byId(page, 'rank');
    expect(text(shadow(rank).querySelector('.headline'))).to.equal('Kent: 1st of 3 forces with a figure');
    const bars = [...shadow(rank).querySelectorAll('ol.bars > li')];
    expect(bars.map(text)).to.deep.equal(['1 Kent 735', '2 Sussex 300', '3 Hampshire 247']);
    const barWidths = bars.map((li) => li.querySelector('.bar')!.getBoundingClientRect().width);
    expect(barWidths[0]).to.be.greaterThan(barWidths[1]!);
    expect(barWidths[2]).to.be.greaterThan(0);

    expect(text(shadow(byId(page, 'from-url')).querySelector('.loading-text'))).to.equal('Loading figures…');

    for (const id of ['inline', 'rank', 'from-url']) {
      const strip = stripOf(byId(page, id)).root;
      const number = strip.querySelector(HELPLINE_TEL);
      expect(text(number), `number under #${id}`).to.contain('0808 800 5000');
      expect(visible(number), `number under #${id} is visible`).to.equal(true);
    }
    const panel = shadow(byId(page, 'panel'));
    expect(text(panel.querySelector('[part="heading"]'))).to.equal('Worried about a child?');
    expect(text(panel.querySelector(`a.call[href="tel:+448088005000"]`))).to.equal('Call 0808 800 5000');
    expect(visible(panel.querySelector(HELPLINE_TEL))).to.equal(true);
    expectOneOfEach(page, { running: false });
  });

  it('with Lit\'s hydration support loaded first, the elements take over the server\'s DOM: nothing twice, no error, redrawn at the real width', async () => {
    page = await serverPage();
    const headline = shadow(byId(page, 'inline')).querySelector('.headline');
    const rankFrame = shadow(byId(page, 'rank')).querySelector('figure.frame');
    await addScript(page, '/tests/ssr/hydrate.js');
    await drawnAtTheirWidth(page);

    expectOneOfEach(page, { running: true });
    // Hydrated, not drawn again beside or over it: the server's elements are the ones on screen.
    expect(shadow(byId(page, 'inline')).querySelector('.headline'), "the server's headline element").to.equal(headline);
    expect(shadow(byId(page, 'rank')).querySelector('figure.frame'), "the server's ranking").to.equal(rankFrame);
    expect(text(headline)).to.equal('Up 525% since 2018/19');
    expect(text(shadow(byId(page, 'from-url')).querySelector('.headline'))).to.equal('Up 1,067% since 2015/16');
    expect(text(shadow(byId(page, 'rank')).querySelector('ol.bars > li'))).to.equal('1 Kent 735');

    // Live: the arrow keys read the figures (the server's DOM now has the browser's listeners).
    const trend = byId(page, 'inline');
    const chartBox = shadow(trend).querySelector<HTMLElement>('[part="chart"]')!;
    chartBox.focus();
    chartBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await trend.updateComplete;
    expect(text(shadow(trend).querySelector('[role="status"]'))).to.contain('2018/19');
    expect(page.problems).to.deep.equal([]);
  });

  it('without the hydration support, the elements draw once in place of the server\'s DOM, never beside it', async () => {
    page = await serverPage();
    await addScript(page, '/tests/ssr/no-hydrate-support.js');
    await drawnAtTheirWidth(page);
    expectOneOfEach(page, { running: true });
    expect(text(shadow(byId(page, 'inline')).querySelector('.headline'))).to.equal('Up 525% since 2018/19');
    expect(page.problems).to.deep.equal([]);
  });
});

describe('serverSvg (the trend as a server writes it)', () => {
  /** An element as a reader's browser holds it: tag, attributes in name order, text, children; no comments. */
  const shape = (node: Element): unknown => [
    node.localName,
    Object.fromEntries([...node.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => a!.localeCompare(b!))),
    [...node.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : shape(n as Element))),
  ];

  it('writes the same SVG as drawSvg makes in the browser: every mark (gaps, coverage, cursor, labels) and its text', () => {
    const words = { noFigure: 'No figure', coverageMark: 'Coverage changes' };
    const points = [120, null, 140, 180, 160, 210].map((value, i) => ({ period: `${2015 + i}/${16 + i}`, value }));
    const g = trendGeometry(points, { width: 640, height: 260, coverageLabel: words.coverageMark, coverageChanges: ['2018/19'] });
    for (const active of [undefined, 3]) {
      const marks = trendMarks(g, active, words);
      const host = document.createElement('div');
      render(serverSvg(marks), host);
      const written = host.querySelector('svg')!;
      expect(shape(written)).to.deep.equal(shape(drawSvg(marks) as Element));
      expect(written.querySelectorAll('line, text, circle').length, 'it has the marks').to.be.greaterThan(8);
    }
  });
});
