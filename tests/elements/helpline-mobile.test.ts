import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HelplineBox } from '../../src/index.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { rectsOverlap, settled, shadow, text } from './helpers.js';
import { emulateMedia, restoreMedia, skipBecause } from './engine.js';
import { inkAndUnderline } from './pixels.js';

// Help on a phone, as a reader sees it: at 320, 375 and 414 px wide, at
// normal and 200 % text size, in English and in Welsh. Each phone is a frame
// that wide (its own viewport, so the panel's media queries see a phone), in
// every engine: WebKitGTK's window cannot be made narrower than about 423 px.

const WIDTHS = [320, 375, 414];

/** Whether an element is drawn (not display: none, not the visually hidden status line). */
const shown = (element: Element) => {
  const r = element.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};

/** Every word in the panel's visible text that the browser broke across lines. */
function wordsBrokenInside(root: ShadowRoot): string[] {
  const broken: string[] = [];
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement || !shown(node.parentElement) || node.parentElement.closest('.visually-hidden')) continue;
    // A break after a written hyphen ("E-" / "bost") is where a typesetter breaks too; each part is its own token.
    for (const match of node.data.matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
      if (new Set(tops).size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** How many lines an element's visible words take: the distinct tops of its text's line boxes (in whatever document it is in). */
function linesOf(element: Element): number {
  const document = element.ownerDocument;
  const tops = new Set<number>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden') || !node.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
  }
  return tops.size;
}

/** The words on screen, without what only a screen reader hears. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
}

interface Phone {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
}

let phone: Phone | undefined;

/** A phone's screen: a frame `width` x `height` px at the top of the test page, the shipped widgets loaded in it. */
async function phoneOf(width: number, height: number): Promise<Phone> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: 1; display: block; border: 0; width: ${width}px; height: ${height}px; background: #fff`;
  frame.src = '/tests/fixtures/phone.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('helpline-box');
  await win.document.fonts.ready;
  expect(win.innerWidth, 'a phone-wide viewport').to.equal(width);
  phone = { frame, win, doc: win.document };
  return phone;
}

/** The next frame of the phone's own page. */
const nextFrameOf = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** Puts markup (the test's own, never data) on the phone's page and answers its first element. */
function put<T extends Element>({ doc }: Phone, markup: string): T {
  doc.body.insertAdjacentHTML('beforeend', markup);
  return doc.body.lastElementChild as T;
}

async function panelAt(width: number, lang: string, textSize: string, preset = 'nspcc childline'): Promise<{ element: HelplineBox; root: ShadowRoot; win: Window }> {
  const at = await phoneOf(width, width === 320 ? 568 : 667);
  at.doc.documentElement.style.fontSize = textSize;
  // The page's own margin, as an article column has.
  const wrapper = put(at, `<div lang="${lang}" style="padding: 0 16px"><helpline-box preset="${preset}"></helpline-box></div>`);
  const element = wrapper.querySelector('helpline-box') as HelplineBox;
  await element.updateComplete;
  await nextFrameOf(at.win);
  return { element, root: shadow(element), win: at.win };
}

afterEach(() => {
  phone?.frame.remove();
  phone = undefined;
});

describe('the helpline panel on a phone', () => {

  for (const width of WIDTHS)
    for (const textSize of ['100%', '200%'])
      for (const lang of ['en', 'cy']) {
        it(`${width} px, text ${textSize}, ${lang}: the call first and full width, 999 near the top and whole, nothing overlapping, squeezed or broken inside a word`, async function () {
          const { root, win } = await panelAt(width, lang, textSize);
          const panel = root.querySelector<HTMLElement>('[part="base"]')!;
          const box = panel.getBoundingClientRect();
          const style = win.getComputedStyle(panel);
          const inner = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth);

          // Nothing wider than the screen.
          expect(panel.scrollWidth, 'panel overflows').to.be.at.most(panel.clientWidth);
          expect(box.right).to.be.at.most(width);

          // The main call: a full-width tap target that says what it does, before the e-mail and website.
          const calls = [...root.querySelectorAll<HTMLAnchorElement>('a.call')];
          expect(calls.map((a) => text(a).replace(/\u00a0/g, ' '))).to.deep.equal(
            lang === 'cy' ? ['Ffonio 0808 800 5000', 'Ffonio 0800 1111'] : ['Call 0808 800 5000', 'Call 0800 1111'],
          );
          for (const call of calls) {
            const r = call.getBoundingClientRect();
            expect(r.height, 'call height').to.be.at.least(44);
            expect(r.width, 'call width').to.be.at.least(Math.min(inner - 1, 44 * 8));
            const service = call.closest('.service')!;
            for (const secondary of service.querySelectorAll('.contact a')) expect(secondary.getBoundingClientRect().top).to.be.greaterThan(r.top);
          }
          // Every other link or button: at least 44 px tall to tap.
          for (const target of root.querySelectorAll('.contact a, [part="quick-exit"]')) expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(44);

          // "If a child is in immediate danger, call 999": under the heading, before any service, "call 999" on one line.
          const emergency = root.querySelector('.emergency')!;
          const firstService = root.querySelector('.service')!;
          expect(emergency.getBoundingClientRect().bottom).to.be.at.most(firstService.getBoundingClientRect().top);
          // On the first screen of the panel (a 320 x 568 phone at most), whatever the text size.
          expect(emergency.getBoundingClientRect().bottom - box.top, 'seen on the first screen of the panel').to.be.at.most(win.innerHeight);
          const link999 = emergency.querySelector('a')!;
          const callWord = win.document.createRange();
          const before = link999.previousSibling!.nodeType === Node.TEXT_NODE ? (link999.previousSibling as Text) : ([...emergency.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent!)).at(0) as Text);
          const lastWord = before.data.trimEnd().length - before.data.trimEnd().split(/\s/).at(-1)!.length;
          callWord.setStart(before, lastWord);
          callWord.setEnd(before, before.data.trimEnd().length);
          expect(Math.abs(callWord.getBoundingClientRect().bottom - link999.getBoundingClientRect().bottom), '"call" and "999" on one line').to.be.lessThan(4);

          // Nothing overlaps, nothing is squeezed beside anything else.
          const blocks = [...root.querySelectorAll<HTMLElement>('[part="quick-exit"], .heading, .emergency, .service-name, .service > p, a.call, .contact a, .quick-exit-hint')].filter(shown);
          for (const [i, a] of blocks.entries())
            for (const b of blocks.slice(i + 1)) expect(rectsOverlap(a.getBoundingClientRect(), b.getBoundingClientRect()), `${text(a)} / ${text(b)}`).to.equal(false);
          for (const block of root.querySelectorAll<HTMLElement>('.heading, .emergency, .service > p')) {
            if (shown(block)) expect(block.getBoundingClientRect().width, `measure of "${text(block)}"`).to.be.at.least(inner - 1);
          }

          // No word broken inside itself, in English or Welsh ("Yn / poe / ni" was).
          expect(wordsBrokenInside(root)).to.deep.equal([]);
          // Every word a Welsh reader sees is Welsh: the services' own words included.
          if (lang === 'cy') {
            expect(text(root)).to.contain("Oedolion sy'n poeni am blentyn");
            expect(text(root)).to.contain('Unrhyw bryd, ddydd neu nos');
            for (const english of ['Adults worried', 'Free from', 'Any time', 'Children and young', 'Or press', 'Exit this page', 'Monday'])
              expect(text(root), english).not.to.contain(english);
          }
        });
      }

  it('the Exit button stays in view, one tap away, while the reader scrolls through the panel on a small screen', async () => {
    const at = await phoneOf(320, 568);
    const { win, doc } = at;
    const wrapper = put(at, `<div style="padding: 0 16px"><helpline-box preset="childline nspcc stop-it-now"></helpline-box><div style="height: 2000px"></div></div>`);
    const element = wrapper.querySelector('helpline-box') as HelplineBox;
    await element.updateComplete;
    const exit = shadow(element).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
    const panel = shadow(element).querySelector('[part="base"]')!;
    expect(panel.getBoundingClientRect().height, 'a panel taller than the screen').to.be.greaterThan(568);
    for (const into of [200, 600]) {
      win.scrollTo(0, wrapper.getBoundingClientRect().top + win.scrollY + into);
      await nextFrameOf(win);
      const r = exit.getBoundingClientRect();
      expect(panel.getBoundingClientRect().top, 'the panel top is scrolled away').to.be.lessThan(0);
      expect(r.top, `after scrolling ${into} px into the panel`).to.be.at.least(-0.5);
      expect(r.bottom).to.be.at.most(win.innerHeight);
      expect(doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), 'nothing covers it').to.equal(element);
    }
  });

  it('the keyboard hint shows where a keyboard is likely, and not on a touch-only phone', async function () {
    const { root, win } = await panelAt(375, 'en', '100%', 'childline');
    const hint = root.querySelector('.quick-exit-hint')!;
    const touchOnly = win.matchMedia('(hover: none) and (pointer: coarse)').matches;
    expect(shown(hint)).to.equal(!touchOnly);
    if (!(await executeServerCommand('touch-emulation', { enabled: true }))) await skipBecause(this, 'this engine\'s launcher cannot emulate a touch-only phone');
    try {
      await nextFrameOf(win);
      expect(win.matchMedia('(hover: none) and (pointer: coarse)').matches).to.equal(true);
      expect(shown(hint)).to.equal(false);
      // The button stays, and Shift x3 still listens (a phone with a keyboard attached).
      expect(shown(root.querySelector('[part="quick-exit"]')!)).to.equal(true);
    } finally {
      await executeServerCommand('touch-emulation', { enabled: false });
    }
  });
});

describe('the compact strip under each chart on a phone', () => {
  for (const width of WIDTHS)
    for (const lang of ['en', 'cy']) {
      it(`${width} px, ${lang}: one line, "${lang === 'cy' ? 'Yn poeni am blentyn?' : 'Worried about a child?'} 0808 800 5000", the number a tel: tap target`, async () => {
        const at = await phoneOf(width, 700);
        // A wide sans-serif, as the demo pages use (DejaVu Sans here): the strip must fit in that too.
        const wrapper = put(at, `<div lang="${lang}" style="padding: 0 16px; font-family: 'DejaVu Sans', sans-serif">
          <helpline-box preset="nspcc"></helpline-box>
          <cso-trend data-periods="2018/19,2019/20" data-values="67,419" area="Lancashire"></cso-trend>
          <cso-trend data-periods="2018/19,2019/20" data-values="35,61" area="Cumbria"></cso-trend>
        </div>`);
        for (const chart of wrapper.querySelectorAll<FiguresElement>('cso-trend')) {
          await settled(chart);
          const strip = shadow(chart).querySelector<HelplineBox>('[part="helpline"]')!;
          await strip.updateComplete;
          const root = shadow(strip);
          const visible = [...root.querySelectorAll<HTMLElement>('.compact-lead, .service-name, a')].filter(shown);
          expect(visible.map(visibleText)).to.deep.equal([
            lang === 'cy' ? 'Yn poeni am blentyn?' : 'Worried about a child?',
            '0808 800 5000',
          ]);
          const [lead, phone] = visible.map((e) => e.getBoundingClientRect());
          // One line at every phone width, in a wide sans-serif (DejaVu), in English and Welsh: the lead's words
          // lie on one line, the number beside them on the same line, not over them.
          expect(linesOf(visible[0]!), 'the lead on one line').to.equal(1);
          expect(linesOf(visible[1]!), 'the number on one line').to.equal(1);
          expect(Math.abs(lead!.top + lead!.height / 2 - (phone!.top + phone!.height / 2)), 'the number beside the lead').to.be.lessThan(4);
          expect(rectsOverlap(lead!, phone!), 'lead and number overlap').to.equal(false);
          expect(phone!.right, 'within the strip').to.be.at.most(root.querySelector('[part="base"]')!.getBoundingClientRect().right);
          // Smaller on the narrowest phones (and beside a page's scrollbar), never below 11px.
          for (const part of visible) expect(parseFloat(at.win.getComputedStyle(part).fontSize), 'text size').to.be.at.least(11);
          expect(root.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+448088005000');
          expect(phone!.height, 'tap target').to.be.at.least(44);
          expect(root.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.lessThan(60);
          expect(wordsBrokenInside(root)).to.deep.equal([]);
        }
      });
    }
});

describe('the compact strip under a chart in an article column (demo/index.html\'s 42rem), in a frame as wide as a window', () => {
  /** The strips' shadow roots under the fixture's two charts (the demo's serif, and DejaVu Sans), in a frame `width` px wide. */
  async function stripsAt(width: number): Promise<{ frame: HTMLIFrameElement; strips: ShadowRoot[] }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = `display: block; border: 0; width: ${width}px; height: 1800px`;
    frame.src = '/tests/fixtures/strip-column.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.prepend(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.document.fonts.ready;
    const strips: ShadowRoot[] = [];
    for (const chart of win.document.querySelectorAll('cso-trend')) {
      for (let i = 0; i < 200; i++) {
        const strip = chart.shadowRoot?.querySelector<HelplineBox>('[part="helpline"]');
        if (strip?.shadowRoot?.querySelector('a[part="phone"]')) {
          await strip.updateComplete;
          strips.push(strip.shadowRoot);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(strips, 'a strip under each chart').to.have.length(2);
    return { frame, strips };
  }

  it('at 1000 px, where the column is 42rem, the whole strip is one line: lead, name, number and e-mail side by side', async () => {
    const { frame, strips } = await stripsAt(1000);
    try {
      expect(frame.contentWindow!.innerWidth).to.equal(1000);
      for (const root of strips) {
        const base = root.querySelector('[part="base"]')!;
        expect(base.getBoundingClientRect().width, 'the 42rem column, less its padding').to.be.closeTo(672, 1);
        const visible = [...root.querySelectorAll<HTMLElement>('.compact-lead, .service-name, a')].filter(shown);
        expect(visible.map(visibleText)).to.deep.equal(['Worried about a child?', 'NSPCC Helpline', '0808 800 5000', 'help@nspcc.org.uk']);
        // One line: every item's words on one line, and all on the same line (their middles level: the links are 44 px tap targets, the words shorter).
        const middles = visible.map((e) => e.getBoundingClientRect()).map((r) => r.top + r.height / 2);
        for (const [i, e] of visible.entries()) {
          expect(linesOf(e), `"${visibleText(e)}" on one line`).to.equal(1);
          expect(Math.abs(middles[i]! - middles[0]!), `"${visibleText(e)}" on the lead's line`).to.be.lessThan(2);
        }
        expect(base.getBoundingClientRect().height, 'one line tall').to.be.lessThan(60);
        expect(wordsBrokenInside(root)).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });

  it('at 320 px it is the one-line "Worried about a child? 0808 800 5000", the number a tel: tap target', async () => {
    const { frame, strips } = await stripsAt(320);
    try {
      expect(frame.contentWindow!.innerWidth).to.equal(320);
      for (const root of strips) {
        const visible = [...root.querySelectorAll<HTMLElement>('.compact-lead, .service-name, a')].filter(shown);
        expect(visible.map(visibleText)).to.deep.equal(['Worried about a child?', '0808 800 5000']);
        const [lead, phone] = visible.map((e) => e.getBoundingClientRect());
        for (const e of visible) expect(linesOf(e), `"${visibleText(e)}" on one line`).to.equal(1);
        expect(Math.abs(lead!.top + lead!.height / 2 - (phone!.top + phone!.height / 2)), 'the number beside the lead').to.be.lessThan(2);
        expect(rectsOverlap(lead!, phone!)).to.equal(false);
        expect(phone!.height, 'tap target').to.be.at.least(44);
        expect(root.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+448088005000');
        expect(root.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.lessThan(60);
      }
    } finally {
      frame.remove();
    }
  });

  it('at 320 px the number is underlined its whole length under a drawn chart, as painted (WebKitGTK stopped it two digits short)', async () => {
    const { frame, strips } = await stripsAt(320);
    try {
      for (const root of strips) {
        // From the number's left edge to the strip's right edge: the lead is left of it, and at 320 px nothing is right of it.
        const { ink, underline } = await inkAndUnderline(root.querySelector('a[part="phone"]')!, root.querySelector('[part="base"]')!);
        expect(ink[1] - ink[0], 'the number is painted').to.be.greaterThan(60);
        expect(underline[0], 'the underline starts under the first digit').to.be.at.most(ink[0] + 2);
        expect(underline[1], 'the underline reaches the last digit').to.be.at.least(ink[1] - 2);
        // Painted within the link's own box, which is what a finger taps.
        expect(ink[1], 'the last digit inside the link').to.be.at.most(root.querySelector('a[part="phone"]')!.getBoundingClientRect().width);
      }
    } finally {
      frame.remove();
      scrollTo(0, 0);
    }
  });
});

describe('Exit keeps its emphasis', () => {
  afterEach(() => restoreMedia());

  it('in forced colours it stands out from an ordinary button, and in dark mode it stays red', async function () {
    const wrapper = await fixture<HTMLDivElement>(html`<div><helpline-box preset="childline"></helpline-box><button>Ordinary</button></div>`);
    const element = wrapper.querySelector('helpline-box') as HelplineBox;
    await element.updateComplete;
    const exit = shadow(element).querySelector<HTMLElement>('[part="quick-exit"]')!;
    const ordinary = wrapper.querySelector('button')!;
    await emulateMedia(this, [{ name: 'forced-colors', value: 'active' }]);
    await nextFrame();
    expect(getComputedStyle(exit).backgroundColor).not.to.equal(getComputedStyle(ordinary).backgroundColor);
    expect(parseFloat(getComputedStyle(exit).borderTopWidth)).to.be.at.least(3);
    await emulateMedia(this, [{ name: 'prefers-color-scheme', value: 'dark' }]);
    await nextFrame();
    expect(getComputedStyle(exit).backgroundColor).to.equal('rgb(177, 14, 30)');
    expect(getComputedStyle(exit).color).to.equal('rgb(255, 255, 255)');
  });
});
