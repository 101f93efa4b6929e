import { expect, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { settled, shadow, text } from './helpers.js';

async function frame(src: string, element = 'cso-trend'): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 700px; height: 900px';
  const loaded = oneEvent(iframe, 'load');
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  // Scripts at the end of the body have run by 'load'; module scripts too.
  expect(iframe.contentWindow!.customElements.get(element)).to.exist;
  return iframe;
}

describe('packaging', () => {
  it('the classic-script build works on a static page with no module script', async () => {
    const iframe = await frame('/demo/static.html');
    const doc = iframe.contentDocument!;
    // The page itself has no module script (the test server adds its own web socket one; that is not the page's).
    const moduleScripts = [...doc.scripts].filter((s) => s.type === 'module' && !s.src.includes('__web-dev-server')).length;
    expect(moduleScripts).to.equal(0);
    const chart = doc.querySelector('cso-trend') as FiguresElement;
    await settled(chart);
    expect(text(shadow(chart).querySelector('.headline'))).to.equal('Down 48% since 2015/16');
    const help = doc.querySelector('helpline-box')!;
    expect(shadow(help).querySelector('a[href="tel:+448088005000"]')).to.exist;
    iframe.remove();
  });

  it("the classic script defines window.CsoWidgets: README's CsoWidgets.registerMessages(...) adds a language", async () => {
    const iframe = await frame('/demo/static.html');
    const win = iframe.contentWindow as Window & { CsoWidgets?: typeof import('../../src/index.js') };
    expect(win.CsoWidgets, 'window.CsoWidgets').to.be.an('object');
    const { registerMessages, messagesFor } = win.CsoWidgets!;
    registerMessages('ga', { ...messagesFor('en'), locale: 'ga-IE', source: 'Foinse' });
    const chart = iframe.contentDocument!.createElement('cso-trend') as FiguresElement;
    chart.setAttribute('lang', 'ga');
    chart.setAttribute('data-periods', '2018/19,2019/20');
    chart.setAttribute('data-values', '67,419');
    chart.setAttribute('area', 'Lancashire');
    chart.setAttribute('source', 'NSPCC');
    iframe.contentDocument!.body.append(chart);
    await settled(chart);
    expect(text(shadow(chart).querySelector('.source'))).to.equal('Foinse: NSPCC');
    iframe.remove();
  });

  it('two copies and every entry on one page: no error, one definition each', async () => {
    const iframe = await frame('/tests/fixtures/two-copies.html');
    const win = iframe.contentWindow as Window & { pageErrors: string[] };
    const chart = iframe.contentDocument!.querySelector('cso-trend') as FiguresElement;
    await settled(chart);
    expect(win.pageErrors).to.deep.equal([]);
    expect(text(shadow(chart).querySelector('.headline'))).to.equal('Up 525% since 2018/19');
    iframe.remove();
  });
});

describe('shipped languages load only where used', () => {
  const welshFiles = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => /\/chunks\/cy-/.test(url));

  it('an English page never downloads the Welsh words', async () => {
    const iframe = await frame('/tests/fixtures/helpline-only.html', 'helpline-box');
    const help = iframe.contentDocument!.querySelector('helpline-box')!;
    await (help as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(shadow(help).querySelector('[part="heading"]'))).to.equal('Worried about a child?');
    expect(welshFiles(iframe.contentWindow!)).to.deep.equal([]);
    iframe.remove();
  });

  it('a Welsh page gets them from beside the bundle and never shows English first', async () => {
    const iframe = await frame('/tests/fixtures/welsh-page.html');
    const win = iframe.contentWindow as Window & { headingsSeen: string[] };
    const help = iframe.contentDocument!.querySelector('helpline-box')!;
    await (help as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(win.headingsSeen).to.deep.equal(['Yn poeni am blentyn?']);
    const files = welshFiles(win);
    expect(files.length).to.be.greaterThan(0);
    for (const url of files) expect(new URL(url).pathname.startsWith('/dist/chunks/')).to.equal(true);
    iframe.remove();
  });
});

describe('languages added by a page', () => {
  it('registerMessages from dist adds a language without rebuilding', async () => {
    const { registerMessages, messagesFor } = (await import('/dist/cso-widgets.js' as string)) as typeof import('../../src/index.js');
    registerMessages('ga', { ...messagesFor('en'), locale: 'ga-IE', source: 'Foinse' });
    const chart = document.createElement('cso-trend');
    chart.setAttribute('lang', 'ga');
    chart.setAttribute('data-periods', '2018/19,2019/20');
    chart.setAttribute('data-values', '67,419');
    chart.setAttribute('area', 'Lancashire');
    chart.setAttribute('source', 'NSPCC');
    document.body.append(chart);
    await settled(chart as unknown as FiguresElement);
    expect(text(shadow(chart).querySelector('.source'))).to.equal('Foinse: NSPCC');
    chart.remove();
  });
});

describe('Welsh on the page', () => {
  it('lang="cy" on an ancestor switches every widget to Welsh', async () => {
    const page = document.createElement('div');
    page.lang = 'cy';
    page.style.width = '480px';
    const trend = document.createElement('cso-trend');
    trend.setAttribute('data-periods', '2018/19,2019/20');
    trend.setAttribute('data-values', '67,419');
    trend.setAttribute('area', 'Lancashire');
    const help = document.createElement('helpline-box');
    help.setAttribute('preset', 'childline');
    page.append(trend, help);
    document.body.append(page);
    await settled(trend as unknown as FiguresElement);
    await (help as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(shadow(trend).querySelector('.headline'))).to.equal('Cynnydd o 525% ers 2018/19');
    expect(text(shadow(trend).querySelector('details.table summary'))).to.equal('Dangos y ffigurau fel tabl');
    const inner = shadow(trend).querySelector('helpline-box')!;
    expect(text(shadow(inner).querySelector('.compact-lead'))).to.equal('Yn poeni am blentyn?');
    expect(text(shadow(help).querySelector('[part="quick-exit"]'))).to.equal('Gadael y dudalen hon');
    expect(text(shadow(help).querySelector('[part="heading"]'))).to.equal('Angen siarad?');
    page.remove();
  });
});

describe('lang set from script', () => {
  it('setting the lang property switches the language, like the attribute', async () => {
    const trend = document.createElement('cso-trend') as HTMLElement;
    trend.setAttribute('data-periods', '2018/19,2019/20');
    trend.setAttribute('data-values', '67,419');
    trend.setAttribute('area', 'Lancashire');
    document.body.append(trend);
    await settled(trend as unknown as FiguresElement);
    trend.lang = 'cy';
    await (trend as unknown as FiguresElement).updateComplete;
    expect(text(shadow(trend).querySelector('.headline'))).to.equal('Cynnydd o 525% ers 2018/19');
    trend.remove();
  });
});
