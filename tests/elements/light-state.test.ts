// A chart whose figures are in but which the browser has not laid out yet
// (far below the screen) shows a light state of 16 nodes (issue 19;
// counted in dom-weight.test.ts). What a reader gets must not be lost: once
// near the screen it is the full chart, drawn, with nothing moving and no
// "ResizeObserver loop"; a keyboard reader who tabs into it keeps focus.
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CsoTrend } from '../../src/index.js';
import { helplineOf, settled, shadow } from './helpers.js';

function spacer(height: string): HTMLElement {
  const div = document.createElement('div');
  div.style.height = height;
  return div;
}

function trend(area: string): CsoTrend {
  const chart = document.createElement('cso-trend') as CsoTrend;
  chart.setAttribute('area', area);
  chart.setAttribute('data-periods', '2016/17,2017/18,2018/19,2019/20');
  chart.setAttribute('data-values', '120,240,180,300');
  return chart;
}

/** Collects the page's script errors (a "ResizeObserver loop" one among them). */
function pageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(e.message);
    e.preventDefault();
  };
  const previous = window.onerror;
  window.onerror = () => true;
  window.addEventListener('error', onError);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.onerror = previous;
    },
  };
}

/**
 * Runs `body` on a page that watches the sizes of what `body` observes (as an
 * iframe resizer does) and collects its script errors; two frames after, the
 * page has seen none (a "ResizeObserver loop" among them).
 */
async function watchingThePage(body: (observer: ResizeObserver, errors: string[]) => Promise<void>): Promise<void> {
  const { errors, stop } = pageErrors();
  const observer = new ResizeObserver(() => {});
  try {
    await body(observer, errors);
    await nextFrame();
    await nextFrame();
    expect(errors).to.deep.equal([]);
  } finally {
    observer.disconnect();
    stop();
  }
}

const drawn = (chart: Element) => Boolean(shadow(chart).querySelector('svg'));

async function untilDrawn(chart: Element): Promise<void> {
  for (let i = 0; i < 60 && !drawn(chart); i++) await nextFrame();
}

describe('a chart not yet drawn (issue 19)', () => {
  let page: HTMLElement;
  afterEach(() => {
    page?.remove();
    scrollTo(0, 0);
  });

  it('far below the screen is light; scrolled to, it has its table disclosure, source line, full strip and SVG, and a page observing its size sees no "ResizeObserver loop"', async () => {
    page = document.createElement('div');
    page.style.width = '480px';
    const near = trend('Kent');
    const far = trend('Essex');
    page.append(near, spacer('8000px'), far, spacer('3000px'));
    await watchingThePage(async (observer, errors) => {
      document.body.append(page);
      observer.observe(page);
      observer.observe(near);
      observer.observe(far);
      await settled(near);
      await settled(far);
      expect(drawn(near), 'the chart on screen drew').to.equal(true);
      expect(shadow(near).querySelector('details.table')).to.exist;
      // The far one: light, with its headline and the helpline's number, and none of what it shows once near.
      expect(far.status).to.equal('ready');
      expect(drawn(far)).to.equal(false);
      expect(shadow(far).querySelector('details.table')).to.equal(null);
      expect(shadow(far).querySelector('helpline-box')).to.equal(null);
      expect(shadow(far).querySelector('.headline')!.textContent).to.equal(shadow(near).querySelector('.headline')!.textContent);
      expect(shadow(far).querySelector('a[href^="tel:"]')!.textContent).to.equal('0808 800 5000');
      expect(errors, 'before scrolling').to.deep.equal([]);
      // Scrolled to (a jump, as the End key makes): the full chart, drawn.
      scrollTo(0, far.getBoundingClientRect().top + scrollY);
      await untilDrawn(far);
      const root = shadow(far);
      expect(drawn(far), 'drew once scrolled to').to.equal(true);
      expect(root.querySelector('details.table summary')!.textContent).to.match(/table/i);
      expect(root.querySelector('.source')!.textContent).to.match(/^Source: /);
      expect(root.querySelector('.get-data')).to.exist;
      const strip = shadow(helplineOf(far));
      expect(strip.querySelector('a[href^="tel:"]')!.textContent).to.contain('0808 800 5000');
      // The light line gave way to the strip: one helpline, not two.
      expect(root.querySelectorAll('a[href^="tel:"]').length).to.equal(0);
    });
  });

  it('far below on a page, it reads its figures soon after the first screen with no scroll: headline, help line and cso-load come, in the room it held', async () => {
    page = document.createElement('div');
    page.style.width = '480px';
    const near = trend('Kent');
    const far = trend('Essex');
    const loaded = new Promise((resolve) => far.addEventListener('cso-load', resolve, { once: true }));
    page.append(near, spacer('8000px'), far, spacer('3000px'));
    document.body.append(page);
    await nextFrame();
    const held = far.getBoundingClientRect().height;
    expect(held, 'the room it holds off screen').to.equal(480);
    // Not asked for (no updateComplete awaited, no scroll): it reads by itself.
    await loaded;
    await nextFrame();
    expect(scrollY).to.equal(0);
    expect(far.status).to.equal('ready');
    expect(drawn(far)).to.equal(false);
    expect(far.getBoundingClientRect().height, 'nothing below it moved').to.equal(held);
    expect(shadow(far).querySelector('.headline')!.textContent).to.equal('Up 150% since 2016/17');
    expect(shadow(far).querySelector('[role="img"]')!.getAttribute('aria-label')).to.match(/^Essex: /);
    expect(shadow(far).querySelector('a[href^="tel:"]')!.textContent).to.equal('0808 800 5000');
    expect(drawn(near), 'the chart on screen drew').to.equal(true);
  });

  it('says "Illustrative figures" before it is drawn, as the drawn chart does', async () => {
    page = document.createElement('div');
    page.style.width = '480px';
    const far = trend('Essex');
    far.setAttribute('illustrative', '');
    page.append(spacer('9000px'), far);
    document.body.append(page);
    await settled(far);
    await nextFrame();
    expect(drawn(far), 'far: light').to.equal(false);
    expect(shadow(far).querySelector('helpline-box'), 'far: light').to.equal(null);
    expect(shadow(far).querySelector('.box')!.textContent).to.contain('Illustrative figures');
  });

  // A page that moves itself: an anchor link or scrollIntoView lays the far chart out at once, before any
  // scroll event; content above it that collapses brings it near with no event at all. Each time it is
  // drawn, the target stays where the jump put it, and a page observing its charts sees no "ResizeObserver loop".
  for (const how of ['scrollIntoView', 'an anchor link', 'content above collapsing'] as const) {
    it(`brought on screen by ${how}: drawn, in place, no "ResizeObserver loop"`, async () => {
      page = document.createElement('div');
      page.style.width = '480px';
      const charts = Array.from({ length: 5 }, (_, i) => trend(`Force ${i}`));
      charts[1]!.id = 'far-chart';
      const above = spacer('9000px');
      page.append(charts[0]!, above);
      for (const chart of charts.slice(1)) page.append(chart, spacer('3000px'));
      try {
        await watchingThePage(async (observer) => {
          document.body.append(page);
          charts.forEach((chart) => observer.observe(chart));
          observer.observe(page);
          for (const chart of charts) await settled(chart);
          await nextFrame();
          const target = charts[1]!;
          expect(drawn(target), 'far: light').to.equal(false);
          expect(shadow(target).querySelector('helpline-box'), 'far: light').to.equal(null);
          if (how === 'scrollIntoView') target.scrollIntoView();
          else if (how === 'an anchor link') location.hash = '#far-chart';
          else above.style.height = '0';
          const top = how === 'content above collapsing' ? undefined : target.getBoundingClientRect().top;
          await untilDrawn(target);
          expect(drawn(target), 'drew').to.equal(true);
          if (top !== undefined) expect(target.getBoundingClientRect().top).to.be.closeTo(top, 1);
          expect(shadow(helplineOf(target)).querySelector('a[href^="tel:"]')).to.exist;
        });
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  }

  it('a reader who tabs into it keeps focus: on the chart, or on the same number in the full strip', async () => {
    const { errors, stop } = pageErrors();
    try {
      await tabInto(errors);
    } finally {
      stop();
    }
  });

  async function tabInto(errors: string[]): Promise<void> {
    page = document.createElement('div');
    page.style.width = '480px';
    const before = document.createElement('button');
    before.textContent = 'Before';
    const after = document.createElement('button');
    after.textContent = 'After';
    const forward = trend('Kent');
    const backward = trend('Essex');
    page.append(before, spacer('8000px'), forward, spacer('8000px'), backward, spacer('8000px'), after);
    document.body.append(page);
    await settled(forward);
    await settled(backward);
    expect(drawn(forward) || drawn(backward), 'both far charts wait').to.equal(false);
    expect(shadow(backward).querySelector('a[href^="tel:"]'), 'the light line has its number').to.exist;

    // Tab from the button before: the chart's box takes focus, and keeps it once the chart is full and drawn.
    before.focus();
    await sendKeys({ press: 'Tab' });
    await untilDrawn(forward);
    expect(drawn(forward)).to.equal(true);
    expect(document.activeElement).to.equal(forward);
    const box = shadow(forward).activeElement as HTMLElement;
    expect(box?.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.match(/Kent/);
    expect(box.isConnected).to.equal(true);

    // Shift+Tab from the button after: the light line's number, then the full strip's same number.
    after.focus();
    await nextFrame();
    await nextFrame();
    expect(drawn(backward), 'still far from the screen').to.equal(false);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await untilDrawn(backward);
    expect(drawn(backward)).to.equal(true);
    const strip = helplineOf(backward);
    await (strip as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrame();
    expect(document.activeElement).to.equal(backward);
    expect(shadow(backward).activeElement).to.equal(strip);
    const link = shadow(strip).activeElement as HTMLAnchorElement;
    expect(link?.getAttribute('href')).to.match(/^tel:/);
    expect(link.textContent).to.contain('0808 800 5000');
    await nextFrame();
    expect(errors).to.deep.equal([]);
  }
});
