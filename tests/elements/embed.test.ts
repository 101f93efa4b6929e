import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { snippet, type Integrity, type SnippetOptions } from '../../src/embed/snippets.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { openTable, settled, shadow, text } from './helpers.js';
import { skipBecause } from './engine.js';

/*
 * The built iframe embed (dist/embed.html, dist/embed-loader.js) as a
 * publisher's article meets it. The article (the host page) is on another
 * origin than the embed, as on the web: the host at 127.0.0.1 when the tests
 * run on localhost (or the other way round), the embed on the tests' own
 * origin, so a test can read inside the embed (a window's frames are
 * reachable across origins; the embed's document is the tests' own origin)
 * but never inside the host. Files come from /__static/, which serves them
 * as a plain static host would (tests/static-host.mjs).
 */
const own = location.origin;
const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const base = `${own}/__static/dist/`;
let integrity: Integrity;

before(async () => {
  integrity = (await (await fetch('/__static/dist/integrity.json')).json()) as Integrity;
});

const options = (attributes: [string, string][], extra: Partial<SnippetOptions> = {}): SnippetOptions => ({
  kind: 'iframe',
  base,
  integrity,
  tag: 'cso-trend',
  attributes,
  title: 'Chart: online child sexual offences in Lancashire',
  height: 600,
  loader: true,
  ...extra,
});

const hostUrl = (body: string) => `${other}/__host?body=${encodeURIComponent(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>An article</title></head><body style="margin:0"><p>The article.</p>${body}<p>The article goes on.</p></body></html>`)}`;

/** Loads the host page with the snippet into a frame `width` px wide; returns the embed's window. */
async function host(body: string, width: number): Promise<{ outer: HTMLIFrameElement; embed: () => Window }> {
  const outer = document.createElement('iframe');
  outer.style.cssText = `width: ${width}px; height: 1400px; border: 0`;
  const loaded = oneEvent(outer, 'load');
  outer.src = hostUrl(body);
  document.body.append(outer);
  await loaded;
  const embed = () => outer.contentWindow!.frames[0] as Window;
  return { outer, embed };
}

async function until(check: () => boolean, what: string, tries = 150): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if (check()) return;
    } catch {
      // The frame is still on about:blank, which is not yet ours to read.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const contentHeight = (win: Window) => Math.ceil(win.document.body.getBoundingClientRect().height);

/** The embed has loaded its widget, drawn it, and its frame has the height the widget posted. */
async function drawn(embed: () => Window, tag = 'cso-trend', fits = true): Promise<FiguresElement> {
  await until(() => embed().document.readyState === 'complete' && Boolean(embed().document.querySelector(tag)), `${tag} in the embed`);
  const chart = embed().document.querySelector(tag) as FiguresElement;
  if (tag !== 'helpline-box') await settled(chart);
  if (fits) await until(() => embed().innerHeight === contentHeight(embed()), 'the frame to take its content height');
  return chart;
}

describe('iframe embed (dist/embed.html) in an article on another origin', () => {
  // A failed test leaves no frame behind to post into the next one.
  afterEach(() => document.querySelectorAll('body > iframe').forEach((frame) => frame.remove()));

  it('draws the widget from its query string, in a frame as tall as its content', async () => {
    const notes = 'Figures as the Lancashire Telegraph reported them.';
    const { outer, embed } = await host(snippet(options([['src', '../data/figures-press.json'], ['area', 'Lancashire'], ['notes', notes]])), 640);
    const chart = await drawn(embed);
    expect(chart.status).to.equal('ready');
    // The editor's notes replace the file's.
    expect(text(shadow(chart).querySelector('[part="notes"] p'))).to.equal(notes);
    expect(text(shadow(chart).querySelector('[part="headline"]'))).to.match(/525%/);
    expect(shadow(chart).querySelector('[part="chart"] svg path')).to.exist;
    // The helpline under it, with the NSPCC's number.
    const helpline = shadow(chart).querySelector('helpline-box')!;
    expect(text(shadow(helpline).querySelector('[part="phone"]'))).to.contain('0808 800 5000');
    // Frame height = what the widget needs: nothing cut off, no empty band.
    expect(embed().innerHeight).to.be.within(300, 1200);
    expect(embed().innerHeight).to.equal(contentHeight(embed()));
    outer.remove();
  });

  it('follows the content when the article column narrows, and again when the reader opens the table', async () => {
    const { outer, embed } = await host(snippet(options([['src', '../data/figures-press.json'], ['area', 'Lancashire']])), 640);
    const chart = await drawn(embed);
    const wide = embed().innerHeight;
    outer.style.width = '300px';
    await until(() => embed().innerWidth === 300 && embed().innerHeight === contentHeight(embed()) && embed().innerHeight !== wide, 'the frame to follow the narrower column');
    // Wrapped lines (title, source) make the narrow chart taller.
    expect(embed().innerHeight).to.be.greaterThan(wide);
    const narrow = embed().innerHeight;
    // The table and its rows work inside the frame, and the frame grows to show them.
    const table = await openTable(chart);
    expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(1);
    await until(() => embed().innerHeight === contentHeight(embed()) && embed().innerHeight > narrow, 'the frame to grow with the table');
    outer.remove();
  });

  it('starts at the height it will keep: the loading state posts the drawn height (no shift on the host)', async () => {
    // Figures that arrive 800 ms late, from the embed's own origin.
    const { outer, embed } = await host(snippet(options([['src', '/__fixtures/slow/800'], ['area', 'Lancashire']])), 640);
    await until(() => embed().document.querySelector('cso-trend')?.shadowRoot?.querySelector('.loading') !== null && embed().innerHeight === contentHeight(embed()) && embed().innerHeight !== 600, 'the loading state to post its height');
    const chart = embed().document.querySelector('cso-trend') as FiguresElement;
    expect(chart.status).to.equal('loading');
    const whileLoading = embed().innerHeight;
    await settled(chart);
    await nextFrame();
    expect(chart.status).to.equal('ready');
    expect(Math.abs(embed().innerHeight - whileLoading)).to.be.at.most(1);
    outer.remove();
  });

  it('ignores a height message from any other frame on the page', async () => {
    // A second frame on the article posts the embed's message type, as a hostile or careless ad might.
    const rogue = `<iframe title="An advert" src="${own}/__host?body=${encodeURIComponent('<p>An advert</p>')}"></iframe>`;
    const { outer, embed } = await host(snippet(options([['src', '../data/figures-press.json'], ['area', 'Lancashire']])) + rogue, 640);
    await drawn(embed);
    const before = embed().innerHeight;
    const rogueWindow = outer.contentWindow!.frames[1] as Window;
    await until(() => rogueWindow.document.readyState === 'complete', 'the other frame');
    // Posted by the other frame's own script (a script element runs in that frame), once the embed has settled.
    const post = (win: Window, height: number) => {
      const script = win.document.createElement('script');
      script.textContent = `parent.postMessage({ type: 'cso-widgets:embed-height', height: ${height} }, '*'); document.title = 'sent ${height}';`;
      win.document.head.append(script);
    };
    post(rogueWindow, 40);
    expect(rogueWindow.document.title).to.equal('sent 40');
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(embed().innerHeight).to.equal(before);
    // The same message from the embed's own window is obeyed: the check is on the sender, not the message.
    post(embed(), 41);
    await until(() => embed().innerHeight === 41, 'the embed’s own message to be obeyed');
    outer.remove();
  });

  it('refuses a figures file on another origin, in words, with the helpline', async () => {
    const foreign = `${other}/__static/data/figures-press.json`;
    const { outer, embed } = await host(snippet(options([['src', foreign], ['area', 'Lancashire']])), 400);
    await until(() => Boolean(embed().document.querySelector('.refused')), 'the refusal');
    const doc = embed().document;
    expect(doc.querySelector('cso-trend'), 'no chart from foreign figures').to.equal(null);
    const refusal = text(doc.querySelector('.refused'));
    expect(refusal).to.contain('These figures can’t be shown here.');
    expect(refusal).to.contain(`only figures published on ${own}`);
    expect(refusal).to.contain(`on ${other}`);
    expect(doc.querySelector('.refused')!.getAttribute('role')).to.equal('alert');
    const helpline = doc.querySelector('helpline-box')!;
    await (helpline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(shadow(helpline).querySelector('[part="phone"]'))).to.contain('0808 800 5000');
    await until(() => embed().innerHeight === contentHeight(embed()), 'the frame to fit the message');
    outer.remove();
  });

  it('a dark box fills the frame: no light band around it', async () => {
    const { embed } = await host(snippet(options([['src', '../data/figures-press.json'], ['area', 'Lancashire'], ['theme', 'dark']])), 400);
    const chart = await drawn(embed);
    const page = embed().getComputedStyle(embed().document.body).backgroundColor;
    const box = embed().getComputedStyle(chart).backgroundColor;
    expect(page).to.equal(box);
    expect(page).not.to.equal('rgb(255, 255, 255)');
  });

  it('shows query-string text as text, never as markup, and passes on only allowed attributes', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const url = `${base}embed.html?el=cso-trend&src=../data/figures-press.json&area=Lancashire&heading=${encodeURIComponent(attack)}&data-values=1&phone=0900&onload=alert(1)`;
    const { outer, embed } = await host(`<iframe data-cso-embed title="t" src="${url.replace(/"/g, '&quot;')}" style="width:100%;border:0"></iframe>`, 640);
    // No loader on this page: the frame keeps the height it was given.
    const chart = await drawn(embed, 'cso-trend', false);
    expect(text(shadow(chart).querySelector('[part="title"]'))).to.equal(attack);
    expect((embed() as Window & { __pwned?: number }).__pwned).to.equal(undefined);
    expect(embed().document.querySelector('img')).to.equal(null);
    for (const refused of ['data-values', 'phone', 'onload']) expect(chart.hasAttribute(refused), refused).to.equal(false);
    outer.remove();
  });

  it('Exit this page, clicked inside the frame, replaces the whole tab, not just the frame', async function () {
    this.timeout(20000);
    const exitUrl = `${own}/tests/fixtures/neutral.html`;
    const frame = snippet(options([['preset', 'childline'], ['exit-url', exitUrl]], { tag: 'helpline-box', title: 'Childline' }));
    const result = (await executeServerCommand('open-tab-and-click', { url: hostUrl(frame), frame: 'embed.html', selector: 'button.quick-exit' })) as {
      skipped?: string;
      error?: string;
      startUrl: string;
      url: string;
      historyBefore: number;
      historyAfter: number;
    };
    if (result.skipped) await skipBecause(this, `quick exit in a second tab: ${result.skipped}`);
    expect(result.error).to.equal(undefined);
    expect(result.startUrl).to.contain('/__host');
    // The tab itself is now the neutral page: the article is gone, not only the frame.
    expect(result.url).to.equal(exitUrl);
    // Replaced, not added to: Back does not return to the article.
    expect(result.historyAfter).to.equal(result.historyBefore);
  });

  it('“Get the data” saves the CSV from inside the sandboxed frame', async function () {
    this.timeout(20000);
    const frame = snippet(options([['src', '../data/figures-press.json'], ['area', 'Lancashire']]));
    const result = (await executeServerCommand('open-tab-and-click', { url: hostUrl(frame), frame: 'embed.html', selector: 'button.get-data', download: true })) as {
      skipped?: string;
      state: string;
      files: string[];
      first?: string;
    };
    if (result.skipped) await skipBecause(this, `the CSV download in a second tab: ${result.skipped}`);
    expect(result.state).to.equal('completed');
    expect(result.files).to.have.length(1);
    expect(result.files[0]).to.match(/\.csv$/);
    expect(result.first).to.match(/Period|period/);
  });
});
