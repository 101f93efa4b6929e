import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { HelplineBox } from '../../src/index.js';
import { settled, shadow, text } from './helpers.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { coverOn, nowhere, nowhereAnswered, seen } from './exit-helpers.js';

async function box(template: ReturnType<typeof html>) {
  const element = await fixture<HelplineBox>(template);
  await element.updateComplete;
  return { element, root: shadow(element) };
}

/**
 * Loads a page in an iframe and resolves once its helpline-box has rendered.
 * Sandboxed without top navigation: quick exit leaves the whole tab where it
 * may, and must not take the test runner with it; here it replaces the frame.
 */
async function framePage(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.style.cssText = 'width: 600px; height: 600px';
  const loaded = oneEvent(frame, 'load');
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await frame.contentWindow!.customElements.whenDefined('helpline-box');
  await (doc.querySelector('helpline-box') as HelplineBox).updateComplete;
  return frame;
}

/** Resolves when the frame has navigated to a page whose path ends with `path`, or after `ms`. */
async function navigated(frame: HTMLIFrameElement, path: string, ms = 1500): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (frame.contentWindow!.location.pathname.endsWith(path) && frame.contentDocument!.readyState === 'complete') return true;
    } catch {
      /* mid-navigation */
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('<helpline-box> presets', () => {
  it('nspcc: the number as a tel: link, the e-mail as mailto:, who it is for, the website', async () => {
    const { root } = await box(html`<helpline-box preset="nspcc"></helpline-box>`);
    const phone = root.querySelector<HTMLAnchorElement>('a[part="phone"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+448088005000');
    expect(text(phone).replace(/\u00a0/g, ' ')).to.equal('Call 0808 800 5000');
    expect(root.querySelector('a[part="email"]')!.getAttribute('href')).to.equal('mailto:help@nspcc.org.uk');
    expect(text(root.querySelector('a[part="email"]'))).to.contain('help@nspcc.org.uk');
    expect(text(root)).to.contain('Adults worried about a child');
    expect(root.querySelector('a[part="website"]')!.getAttribute('href')).to.equal('https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/');
    expect(text(root)).to.contain('(as published in 2020)');
    expect(root.querySelector('a[href="tel:999"]')).to.exist;
    expect(root.querySelector('[part="quick-exit"]')).to.equal(null);
  });

  it('childline speaks to a child, says the call is free and off the bill, and offers quick exit', async () => {
    const { root } = await box(html`<helpline-box preset="childline"></helpline-box>`);
    expect(text(root.querySelector('[part="heading"]'))).to.equal('Need to talk?');
    expect(root.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+448001111');
    expect(text(root)).to.contain("Free, and the number won't show up on your phone bill");
    expect(text(root.querySelector('[part="quick-exit"]'))).to.equal('Exit this page');
    expect(root.querySelector('a[part="email"]')).to.equal(null);
  });

  it('says "won\'t show on your phone bill" only where the data says so', async () => {
    const { root } = await box(html`<helpline-box preset="nspcc"></helpline-box>`);
    expect(text(root)).not.to.contain('phone bill');
  });

  it('shows several services in the order written', async () => {
    const { root } = await box(html`<helpline-box preset="nspcc childline"></helpline-box>`);
    expect([...root.querySelectorAll('.service-name')].map((n) => text(n))).to.deep.equal(['NSPCC Helpline', 'Childline']);
    const reversed = await box(html`<helpline-box preset="childline, nspcc"></helpline-box>`);
    expect([...reversed.root.querySelectorAll('.service-name')].map((n) => text(n))).to.deep.equal(['Childline', 'NSPCC Helpline']);
  });

  it('shows every other preset from helplines.json', async () => {
    const { root } = await box(html`<helpline-box preset="stop-it-now ceop iwf"></helpline-box>`);
    expect(root.querySelector('a[href="tel:+448081000900"]')).to.exist;
    expect(root.querySelector('a[href="https://www.ceop.police.uk/Safety-Centre/"]')).to.exist;
    expect(root.querySelector('a[href="https://report.iwf.org.uk/"]')).to.exist;
  });
});

describe('<helpline-box> attributes', () => {
  it('a charity can show its own service', async () => {
    const { root } = await box(
      html`<helpline-box heading="Talk to us" name="Our Helpline" phone="0800 123 4567" email="help@example.org" url="https://example.org/help" hours="Weekdays 9am to 5pm" audience="adults" message="We are here for you."></helpline-box>`,
    );
    expect(text(root.querySelector('[part="heading"]'))).to.equal('Talk to us');
    expect(text(root.querySelector('.service-name'))).to.equal('Our Helpline');
    expect(root.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+448001234567');
    expect(root.querySelector('a[part="email"]')!.getAttribute('href')).to.equal('mailto:help@example.org');
    expect(root.querySelector('a[part="website"]')!.getAttribute('href')).to.equal('https://example.org/help');
    expect(text(root)).to.contain('Weekdays 9am to 5pm');
    expect(text(root)).to.contain('We are here for you.');
    expect(root.querySelector('[part="problem"]')).to.equal(null);
  });

  it('overrides one field of a preset and keeps the rest', async () => {
    const { root } = await box(html`<helpline-box preset="nspcc" hours="Every day, 24 hours"></helpline-box>`);
    expect(text(root)).to.contain('Every day, 24 hours');
    expect(text(root)).not.to.contain('as published in');
    expect(root.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+448088005000');
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    it(`refuses url="${bad.slice(0, 12)}…" visibly and keeps every safe field`, async () => {
      const { root } = await box(html`<helpline-box name="Our Helpline" phone="0800 123 4567" url=${bad}></helpline-box>`);
      const problem = root.querySelector('[part="problem"]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.contain('not a safe web, phone or e-mail address');
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:+448001234567']);
    });
  }

  it('refuses an e-mail address carrying an encoded line break (%0D%0A), visibly', async () => {
    const { root } = await box(html`<helpline-box name="Our Helpline" phone="0800 123 4567" email="help%0D%0A@example.org"></helpline-box>`);
    expect(text(root.querySelector('[part="problem"]'))).to.contain('not a safe web, phone or e-mail address');
    expect(root.querySelector('a[href^="mailto:"]')).to.equal(null);
  });

  it('an unknown preset is said and the NSPCC Helpline shows instead', async () => {
    const { root } = await box(html`<helpline-box preset="nspc"></helpline-box>`);
    expect(text(root.querySelector('[part="problem"]'))).to.contain('There is no helpline called “nspc”');
    expect(root.querySelector('a[href="tel:+448088005000"]')).to.exist;
  });
});

describe('<helpline-box> properties', () => {
  it('each reads and writes its attribute, and a change re-renders the panel once', async () => {
    const { element, root } = await box(html`<helpline-box></helpline-box>`);
    expect(element.preset).to.equal(null);
    element.preset = 'childline';
    element.quickExit = 'off';
    expect(element.getAttribute('preset')).to.equal('childline');
    await element.updateComplete;
    expect(text(root.querySelector('.service-name'))).to.equal('Childline');
    expect(root.querySelector('[part="quick-exit"]')).to.equal(null);
    element.preset = null;
    expect(element.hasAttribute('preset')).to.equal(false);
    await element.updateComplete;
    expect(text(root.querySelector('.service-name'))).to.equal('NSPCC Helpline');
  });

  it('takes a property a framework set before the element was defined', async () => {
    const early = document.createElement('helpline-box-defined-late') as HelplineBox;
    // Before definition this is a plain element: the property lands on the instance.
    (early as unknown as { preset: string }).preset = 'childline';
    document.body.append(early);
    try {
      customElements.define('helpline-box-defined-late', class extends HelplineBox {});
      await early.updateComplete;
      expect(early.getAttribute('preset')).to.equal('childline');
      expect(text(shadow(early).querySelector('.service-name'))).to.equal('Childline');
    } finally {
      early.remove();
    }
  });
});

describe('<helpline-box> quick exit', () => {
  it('the button replaces the page with the neutral site, so Back does not return', async () => {
    // In a window of its own: the page it leaves is the whole tab, as a reader's is.
    const win = window.open('/tests/fixtures/quick-exit.html', '_blank', 'width=800,height=600')!;
    try {
      const ready = () => Boolean(win.document.querySelector('helpline-box')?.shadowRoot?.querySelector('[part="quick-exit"]'));
      const end = Date.now() + 3000;
      while (!ready() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 25));
      const before = win.history.length;
      const button = shadow(win.document.querySelector('helpline-box')!).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
      expect(button.tagName).to.equal('BUTTON');
      button.click();
      const until = Date.now() + 3000;
      let path = '';
      while (Date.now() < until) {
        try {
          path = win.document.readyState === 'complete' ? win.location.pathname : '';
        } catch {
          /* mid-navigation */
        }
        if (path.endsWith('/tests/fixtures/neutral.html')) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(path).to.equal('/tests/fixtures/neutral.html');
      expect(win.history.length).to.equal(before);
    } finally {
      win.close();
    }
  });

  it('Shift pressed three times leaves the page, with the count announced', async () => {
    // Exits to nowhere (exit-helpers.ts), so that the tab this frame can reach in WebKitGTK stays.
    const frame = await framePage('/tests/fixtures/quick-exit.html');
    try {
      const url = nowhere();
      const element = frame.contentDocument!.querySelector('helpline-box') as HelplineBox;
      element.setAttribute('exit-url', url);
      await element.updateComplete;
      frame.contentWindow!.focus();
      await sendKeys({ press: 'Shift' });
      await element.updateComplete;
      expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('Shift, press 2 more times to exit.');
      const exited = oneEvent(element, 'helpline-exit');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect((await exited).detail.url).to.match(new RegExp(`${url}$`));
      expect((await seen(url)).count, 'the exit page was asked for').to.equal(1);
      await nowhereAnswered(url);
    } finally {
      frame.remove();
      coverOn(document)?.remove();
    }
  });

  it('Shift twice, or typing capitals, does not leave', async () => {
    const frame = await framePage('/tests/fixtures/quick-exit.html');
    const input = frame.contentDocument!.querySelector<HTMLInputElement>('#search')!;
    frame.contentWindow!.focus();
    input.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    for (const letter of ['H', 'E', 'L', 'P']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: letter });
      await sendKeys({ up: 'Shift' });
    }
    expect(await navigated(frame, '/tests/fixtures/neutral.html', 800)).to.equal(false);
    expect(input.value).to.equal('HELP');
    frame.remove();
  });

  it('is off for adult services unless asked for, and can be turned off for children', async () => {
    const on = await box(html`<helpline-box preset="nspcc" quick-exit></helpline-box>`);
    expect(on.root.querySelector('[part="quick-exit"]')).to.exist;
    const off = await box(html`<helpline-box preset="childline" quick-exit="off"></helpline-box>`);
    expect(off.root.querySelector('[part="quick-exit"]')).to.equal(null);
  });

  for (const word of ['off', 'false', 'no', '0', ' OFF ', 'False']) {
    it(`quick-exit="${word}" turns it off, as README lists`, async () => {
      const { element, root } = await box(html`<helpline-box preset="childline" quick-exit=${word}></helpline-box>`);
      expect(element.quickExitEnabled).to.equal(false);
      expect(root.querySelector('[part="quick-exit"]')).to.equal(null);
    });
  }

  for (const word of ['', 'on', 'true', '1']) {
    it(`quick-exit="${word}" turns it on for an adult service`, async () => {
      const { root } = await box(html`<helpline-box preset="nspcc" quick-exit=${word}></helpline-box>`);
      expect(root.querySelector('[part="quick-exit"]')).to.exist;
    });
  }

  it('refuses a javascript: exit-url and uses the safe default', async () => {
    const { element } = await box(html`<helpline-box preset="childline" exit-url="javascript:alert(1)"></helpline-box>`);
    expect(element.exitDestination).to.equal('https://www.bbc.co.uk/weather');
  });
});

describe('<helpline-box> for every reader', () => {
  it('links have names that say what they do, and a keyboard reaches each one', async () => {
    const { element, root } = await box(html`<helpline-box preset="childline nspcc"></helpline-box>`);
    const focusables = [...root.querySelectorAll<HTMLElement>('a, button')];
    expect(focusables.map((f) => f.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Exit this page',
      '999',
      'Call 0800 1111',
      'Childline website',
      'Call 0808 800 5000',
      'Email NSPCC Helpline: help@nspcc.org.uk',
      'NSPCC Helpline website',
    ]);
    element.focus();
    focusables[0]!.focus();
    for (const next of focusables.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(next);
    }
    await expect(element).to.be.accessible();
  });

  it('touch targets are at least 44px tall and nothing overflows at 280px wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><helpline-box preset="nspcc childline"></helpline-box></div>`);
    const element = wrapper.querySelector('helpline-box')!;
    await element.updateComplete;
    const root = shadow(element);
    for (const link of root.querySelectorAll('.contact a, [part="quick-exit"]')) expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(44);
    const panel = root.querySelector<HTMLElement>('[part="base"]')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    expect(element.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('the compact form is the one under every chart', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire" helpline="nspcc childline"></cso-trend></div>`,
    );
    const chart = wrapper.querySelector('cso-trend')!;
    await settled(chart);
    const inner = shadow(chart).querySelector('helpline-box')!;
    expect(inner.getAttribute('variant')).to.equal('compact');
    expect(inner).to.be.instanceOf(customElements.get('helpline-box')!);
    const root = shadow(inner);
    expect([...root.querySelectorAll('a[part="phone"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+448088005000', 'tel:+448001111']);
    expect(root.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.lessThan(150);
  });
});

describe('dist/helpline-box.js', () => {
  it('defines <helpline-box> and no chart', async () => {
    const frame = await framePage('/tests/fixtures/helpline-only.html');
    expect(frame.contentWindow!.customElements.get('cso-trend')).to.equal(undefined);
    const root = shadow(frame.contentDocument!.querySelector('helpline-box')!);
    expect(root.querySelector('a[href="tel:+448088005000"]')).to.exist;
    frame.remove();
  });
});

describe('the helpline cannot be taken away', () => {
  it('when the page already defined its own <helpline-box>, every chart still carries the NSPCC details, with one warning', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 900px';
    const loaded = oneEvent(frame, 'load');
    frame.src = '/tests/fixtures/helpline-taken.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { warnings: string[] };
    await win.customElements.whenDefined('cso-trend');
    for (const chart of frame.contentDocument!.querySelectorAll<FiguresElement>('cso-trend, cso-region-rank')) {
      await settled(chart);
      const carried = shadow(chart).querySelector<HelplineBox>('[part="helpline"]')!;
      await carried.updateComplete;
      const phone = carried.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="phone"]');
      expect(phone?.getAttribute('href'), chart.localName).to.equal('tel:+448088005000');
      expect(phone!.getBoundingClientRect().height, `${chart.localName}: the number is shown`).to.be.greaterThan(0);
    }
    // The page's own element is left as the page defined it.
    expect(win.customElements.get('helpline-box')!.prototype).not.to.be.instanceOf(HelplineBox);
    const ours = win.warnings.filter((w) => w.includes('<helpline-box>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('cso-helpline-box');
    frame.remove();
  });
});

describe('a Welsh page whose word file never comes', () => {
  interface Seen { at: number; panelPhone: boolean; panelEmail: boolean; panelWords: boolean; stripPhone: boolean; stripWords: boolean; stripLead: string; heading: string }

  it('shows the number (a tel: link) and the e-mail address in the first frames, in the panel and in a chart\'s strip (whose few Welsh words come with the charts), and the panel\'s English words after 3 s', async function () {
    this.timeout(20000);
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 700px; height: 1200px';
    iframe.src = '/tests/fixtures/welsh-stalled.html';
    document.body.append(iframe);
    try {
      // The page records what it shows on each frame for 4.5 s from when the panel is defined.
      const seen = () => (iframe.contentWindow as (Window & { seenFrames?: Seen[] }) | null)?.seenFrames ?? [];
      const end = Date.now() + 15000;
      while (!(seen().at(-1)!?.at >= 4400) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
      const frames = seen();
      expect(frames.at(-1)?.at, 'frames recorded for 4.5 s').to.be.at.least(4400);
      const first = frames.findIndex((f) => f.panelPhone && f.panelEmail && f.stripPhone);
      expect(first, 'the numbers show').to.be.at.least(0);
      const shownAt = frames[first]!;
      // At once: within the first frames, long before the 3 s the words are waited for, and while no words show yet.
      expect(shownAt.at, `first shown at ${Math.round(shownAt.at)} ms, frame ${first}`).to.be.below(1000);
      expect(shownAt.panelWords, 'the panel shows no words yet').to.equal(false);
      // The strip under a chart has its words in the charts' bundle (cy-strip.ts): Welsh at once, never English, so nothing in it moves.
      expect(shownAt.stripWords && shownAt.stripLead, 'the strip\'s words at once, in Welsh').to.equal('Yn poeni am blentyn?');
      expect(frames.filter((f) => f.stripWords && f.stripLead !== 'Yn poeni am blentyn?').map((f) => `${Math.round(f.at)} ms: ${f.stripLead}`), 'frames with the strip not in Welsh').to.deep.equal([]);
      // And they stay, in every frame after, through the chart drawing again at 3 s (its strip made anew).
      const gone = frames.slice(first).filter((f) => !(f.panelPhone && f.panelEmail && f.stripPhone));
      expect(gone.map((f) => Math.round(f.at)), 'frames where a number was missing').to.deep.equal([]);
      // The 3 s fallback stays: then English words in the panel; the strip keeps its Welsh ones.
      const last = frames.at(-1)!;
      expect(last.heading).to.equal('Worried about a child?');
      expect(last.panelWords && last.stripWords, 'words after the wait').to.equal(true);
      expect(frames.filter((f) => f.at < 2500).some((f) => f.panelWords), 'no English before the wait is over').to.equal(false);
    } finally {
      iframe.remove();
    }
  });
});
