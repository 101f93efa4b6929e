/**
 * Every widget, in every state, in light, dark and forced colours: axe finds
 * nothing, text contrast is at least 4.5:1 and graphics at least 3:1,
 * measured on what the browser actually paints.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { settled, shadow } from './helpers.js';
import { contrastOf } from './contrast.js';
import { emulateMedia, restoreMedia, type MediaFeature } from './engine.js';

interface Look {
  name: string;
  page: { background: string; color: string; scheme: string };
  media?: MediaFeature[];
  theme?: string;
}

const looks: Look[] = [
  { name: 'light page', page: { background: '#ffffff', color: '#0b0c0c', scheme: 'light' } },
  { name: 'dark page', page: { background: '#161616', color: '#eeeeee', scheme: 'dark' } },
  { name: 'forced colours', page: { background: '#ffffff', color: '#0b0c0c', scheme: 'light' }, media: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'theme="dark" on a light page', page: { background: '#ffffff', color: '#0b0c0c', scheme: 'light' }, theme: 'dark' },
];

interface Scene {
  name: string;
  tag: string;
  attrs: Record<string, string>;
  state: 'ready' | 'error' | 'loading' | 'panel';
}

let slow = 0;
const scenes = (): Scene[] => [
  { name: 'trend with data', tag: 'cso-trend', attrs: { 'data-periods': '2015/16,2016/17,2017/18,2018/19', 'data-values': '98,323,,509', area: 'Durham', source: 'NSPCC FOI' }, state: 'ready' },
  { name: 'trend loading', tag: 'cso-trend', attrs: { src: `/__fixtures/slow/5000/a11y-${++slow}.json`, area: 'Kent' }, state: 'loading' },
  { name: 'trend error', tag: 'cso-trend', attrs: { src: '/__fixtures/status/404/a11y', area: 'Kent' }, state: 'error' },
  { name: 'trend empty', tag: 'cso-trend', attrs: { 'data-periods': '2018/19,2019/20', 'data-values': ',', area: 'Kent' }, state: 'ready' },
  { name: 'ranking with data', tag: 'cso-region-rank', attrs: { src: '/data/figures-press.json', region: 'Wales', period: '2018/19', highlight: 'Gwent' }, state: 'ready' },
  { name: 'ranking loading', tag: 'cso-region-rank', attrs: { src: `/__fixtures/slow/5000/a11y-${++slow}.json`, region: 'Wales' }, state: 'loading' },
  { name: 'ranking error', tag: 'cso-region-rank', attrs: { src: '/data/figures-press.json', region: 'Narnia' }, state: 'error' },
  { name: 'ranking empty', tag: 'cso-region-rank', attrs: { 'data-areas': 'Kent,Essex', 'data-values': '-,-', period: '2019/20' }, state: 'ready' },
  { name: 'helpline panel', tag: 'helpline-box', attrs: { preset: 'childline nspcc' }, state: 'panel' },
  { name: 'compact helpline', tag: 'helpline-box', attrs: { preset: 'nspcc', variant: 'compact', 'quick-exit': '' }, state: 'panel' },
];

const TEXT = [
  '.kicker', '.headline', '.title', '.source', '.notes', '.loading-text', '.error-title', '.error-message', 'summary', '.get-data',
  '.rank', '.name', '.value', '.no-figure', '.missing', '.heading', '.service-name', '.muted', '.contact a', '.compact-lead', '.emergency',
];

/** Every text and graphic a reader must see, and the contrast it needs. */
function checkContrast(root: ShadowRoot, host: Element) {
  const low: string[] = [];
  const check = (element: Element, property: 'color' | 'fill' | 'stroke' | 'background-color', minimum: number, label: string) => {
    if (!(element as HTMLElement).getClientRects().length) return;
    const value = contrastOf(element, property);
    if (value < minimum) low.push(`${label} ${property} ${value.toFixed(2)} < ${minimum}`);
  };
  for (const selector of TEXT) for (const element of root.querySelectorAll(selector)) check(element, 'color', 4.5, selector);
  for (const text of root.querySelectorAll('svg text')) check(text, 'fill', 4.5, `svg text “${text.textContent}”`);
  for (const line of root.querySelectorAll('svg .line')) check(line, 'stroke', 3, 'line');
  for (const point of root.querySelectorAll('svg .point')) check(point, 'fill', 3, 'point');
  for (const bar of root.querySelectorAll('.bar')) check(bar, 'background-color', 3, 'bar');
  for (const inner of root.querySelectorAll('helpline-box')) checkContrast(shadow(inner), inner).forEach((l) => low.push(`helpline: ${l}`));
  void host;
  return low;
}

for (const look of looks) {
  describe(`accessibility: ${look.name}`, () => {
    before(async function () {
      // Tall enough that a whole widget is on screen: axe reads colours from what is painted.
      await setViewport({ width: 1000, height: 1400 });
      if (look.media) await emulateMedia(this, look.media);
    });
    after(async () => {
      if (look.media) await restoreMedia();
    });

    for (const scene of scenes()) {
      it(`${scene.name}: no axe violations, text ≥ 4.5:1, graphics ≥ 3:1`, async function () {
        this.timeout(10000);
        const page = document.createElement('div');
        page.style.cssText = `width: 560px; padding: 16px; background: ${look.page.background}; color: ${look.page.color}; color-scheme: ${look.page.scheme}; font-family: system-ui, sans-serif`;
        const element = document.createElement(scene.tag);
        for (const [name, value] of Object.entries(scene.attrs)) element.setAttribute(name, value);
        if (look.theme) element.setAttribute('theme', look.theme);
        page.append(element);
        document.body.prepend(page);
        page.scrollIntoView();
        try {
          if (scene.state === 'panel') await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          else if (scene.state === 'loading') await (element as FiguresElement).updateComplete;
          else expect((await settled(element as FiguresElement)).status).to.equal(scene.state);
          if (scene.state === 'loading') expect((element as FiguresElement).status).to.equal('loading');
          await expect(element).to.be.accessible();
          expect(checkContrast(shadow(element), element)).to.deep.equal([]);
        } finally {
          page.remove();
        }
      });
    }
  });
}

describe('accessibility: the contrast check itself', () => {
  it('catches a pale line and pale text a publisher might set', async () => {
    const page = document.createElement('div');
    page.style.cssText = 'width: 400px; background: #fff; color: #0b0c0c; --cso-accent-color: #eeeeee; --cso-muted-color: #cccccc';
    const element = document.createElement('cso-trend');
    element.setAttribute('data-periods', '2018/19,2019/20');
    element.setAttribute('data-values', '67,419');
    element.setAttribute('area', 'Lancashire');
    page.append(element);
    document.body.append(page);
    await settled(element as unknown as FiguresElement);
    const low = checkContrast(shadow(element), element).join('\n');
    expect(low).to.contain('line stroke');
    expect(low).to.contain('.kicker color');
    page.remove();
  });
});

describe('accessibility: motion and zoom', () => {
  it('nothing animates, with or without reduced motion', async function () {
    await emulateMedia(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      const element = document.createElement('cso-trend');
      element.setAttribute('data-periods', '2018/19,2019/20');
      element.setAttribute('data-values', '67,419');
      element.setAttribute('area', 'Lancashire');
      document.body.append(element);
      await settled(element as unknown as FiguresElement);
      expect(shadow(element).getAnimations().length).to.equal(0);
      element.remove();
    } finally {
      await restoreMedia();
    }
  });

  it('at 320px wide with text at 200%, nothing spills sideways', async () => {
    const page = document.createElement('div');
    page.style.cssText = 'width: 320px; font-size: 200%';
    for (const [tag, attrs] of [
      ['cso-trend', { 'data-periods': '2015/16,2016/17,2017/18,2018/19,2019/20', 'data-values': '10,20,30,40,50', area: 'Devon and Cornwall' }],
      ['cso-region-rank', { 'data-areas': 'Police Service of Northern Ireland,Devon and Cornwall,Avon and Somerset', 'data-values': '265,52,68', period: '2019/20' }],
      ['helpline-box', { preset: 'nspcc childline' }],
    ] as const) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      page.append(element);
    }
    document.body.append(page);
    for (const element of page.children) {
      if ('status' in element) await settled(element as FiguresElement);
      else await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const base = shadow(element).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, element.localName).to.be.at.most(base.clientWidth + 1);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
    }
    page.remove();
  });
});
