import { expect, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { settled, shadow, text } from './helpers.js';

/*
 * The embed builder as a publisher meets it: the built dist/builder.html
 * served by a plain static host (/__static/, tests/static-host.mjs: no module
 * resolution, so a bare import would fail as it does on any real host). Each
 * snippet kind is pasted into a blank page and must work as written,
 * integrity hashes included; the scripts come from another origin, as from a CDN.
 */
type Builder = HTMLElement & {
  updateComplete: Promise<boolean>;
  snippet: string;
  document: unknown;
  integrity: unknown;
  heights: Record<string, number>;
};

const own = location.origin;
const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

async function until(check: () => boolean, what: string, tries = 200, details?: () => string): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if (check()) return;
    } catch {
      // Not loaded yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}${details ? `: ${details()}` : ''}`);
}

async function openBuilder(path = '/__static/dist/builder.html'): Promise<{ frame: HTMLIFrameElement; builder: Builder; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1500px; height: 1400px';
  const loaded = oneEvent(frame, 'load');
  frame.src = path;
  document.body.append(frame);
  await loaded;
  await until(() => Boolean(frame.contentWindow!.customElements.get('cso-embed-builder')), 'the builder to be defined');
  const builder = frame.contentDocument!.querySelector('cso-embed-builder') as Builder;
  // The builder reads the figures file (to offer its forces and periods) and the hashes.
  await until(() => Boolean(builder.document && builder.integrity), 'the figures and hashes');
  await builder.updateComplete;
  return { frame, builder, root: shadow(builder) };
}

/** Changes a form control the way a person does: a new value and a change event. */
async function choose(builder: Builder, name: string, value: string | boolean) {
  const root = shadow(builder);
  const control =
    root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`) ??
    root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
  // (The control is from the builder's frame: instanceof against this page's classes would be false.)
  const type = (control as HTMLInputElement).type;
  if (type === 'checkbox' || type === 'radio') (control as HTMLInputElement).checked = type === 'radio' ? true : Boolean(value);
  else control.value = String(value);
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

const headlineOf = async (chart: FiguresElement) => {
  await settled(chart);
  return text(shadow(chart).querySelector('[part="headline"]'));
};

/** A blank page (the tests' origin) with the snippet pasted into its body, as a CMS's HTML block does. */
async function paste(snippet: string): Promise<HTMLIFrameElement> {
  const page = document.createElement('iframe');
  page.style.cssText = 'width: 700px; height: 1000px';
  const loaded = oneEvent(page, 'load');
  page.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`;
  // On screen, above the builder: browsers do not render a frame far out of view.
  document.body.prepend(page);
  await loaded;
  return page;
}

const warningsOf = (root: ShadowRoot) => [...root.querySelectorAll('.warning')].map((w) => text(w));

describe('embed builder, built (dist/builder.html) on a plain static host', () => {
  afterEach(() => document.querySelectorAll('body > iframe').forEach((frame) => frame.remove()));

  it('loads with no bare module import, offers the forces in the file, and previews at 320, 400 and 640 px', async () => {
    const { builder, root } = await openBuilder();
    const forces = [...root.querySelectorAll('select[name="area"] option')].map((o) => o.textContent);
    expect(forces).to.include('Lancashire');
    const widths = [...root.querySelectorAll<HTMLElement>('.preview > div')].map((box) => Math.round(box.getBoundingClientRect().width));
    expect(widths).to.deep.equal([320, 400, 640]);
    // Side by side: one row.
    const tops = [...root.querySelectorAll('.preview')].map((p) => Math.round(p.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    const chart = root.querySelector('.preview cso-trend') as FiguresElement;
    expect(await headlineOf(chart)).to.match(/525%/);
    // Its base URL defaults to where its files are hosted.
    expect(shadow(builder).querySelector<HTMLInputElement>('input[name="base"]')!.value).to.equal(`${own}/__static/dist/`);
  });

  it('module script: the pasted snippet loads from another origin with its integrity hash and draws the same chart', async function () {
    this.timeout(20000);
    const { builder, root } = await openBuilder();
    await choose(builder, 'base', `${other}/__static/dist/`);
    await until(() => Boolean(builder.document), 'the figures from the new base');
    await choose(builder, 'widget', 'rank');
    await choose(builder, 'region', 'Yorkshire and the Humber');
    await choose(builder, 'period', '2018/19');
    await choose(builder, 'area', 'West Yorkshire');
    await choose(builder, 'heading', 'Yorkshire <forces>');
    const snippet = builder.snippet;
    expect(snippet).to.match(/^<script type="module" src="http:\/\/[^"]+\/__static\/dist\/cso-widgets\.js\?v=\d+\.\d+\.\d+" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>\n<cso-region-rank /);
    expect(snippet).to.contain('heading="Yorkshire &lt;forces&gt;"');
    const previewHeadline = await headlineOf(root.querySelector('.preview cso-region-rank') as FiguresElement);
    const page = await paste(snippet);
    await until(() => Boolean(page.contentWindow!.customElements.get('cso-region-rank')), 'the pasted script to define the elements');
    const chart = page.contentDocument!.querySelector('cso-region-rank') as FiguresElement;
    expect(await headlineOf(chart)).to.equal(previewHeadline);
    expect(text(shadow(chart).querySelector('[part="title"]'))).to.equal('Yorkshire <forces>');
  });

  it('classic script: works pasted as written; with a wrong hash the browser refuses the script', async function () {
    this.timeout(20000);
    const { builder } = await openBuilder();
    await choose(builder, 'base', `${other}/__static/dist/`);
    await until(() => Boolean(builder.document), 'the figures from the new base');
    await choose(builder, 'kind', 'classic');
    const snippet = builder.snippet;
    expect(snippet).to.match(/^<script defer src="[^"]+\/cso-widgets\.iife\.js\?v=[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<cso-trend /);
    const page = await paste(snippet);
    await until(() => Boolean(page.contentWindow!.customElements.get('cso-trend')), 'the classic script to define the elements');
    expect(await headlineOf(page.contentDocument!.querySelector('cso-trend') as FiguresElement)).to.match(/525%/);

    // The hash is enforced, not decoration: one character off and nothing runs.
    const tampered = snippet.replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
    const blocked = await paste(tampered);
    await new Promise((r) => setTimeout(r, 500));
    expect(blocked.contentWindow!.customElements.get('cso-trend')).to.equal(undefined);
  });

  it('helpline only: loads helpline-box.js alone (module) or helpline-box.iife.js (classic); Childline has quick exit on', async function () {
    this.timeout(20000);
    const { builder, root } = await openBuilder();
    await choose(builder, 'widget', 'helpline');
    await choose(builder, 'preset', 'childline');
    expect(root.querySelector<HTMLInputElement>('input[name="quickExit"]')!.checked).to.equal(true);
    expect(builder.snippet.split('\n')[1]).to.equal('<helpline-box preset="childline"></helpline-box>');
    const preview = root.querySelector('.preview helpline-box')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(preview).querySelector('[part="quick-exit"]')).to.exist;
    expect(builder.snippet).to.match(/\/helpline-box\.js\?v=[^"]+" integrity="sha384-/);
    for (const kind of ['module', 'classic']) {
      await choose(builder, 'kind', kind);
      const page = await paste(builder.snippet);
      await until(() => Boolean(page.contentWindow!.customElements.get('helpline-box')), `the ${kind} helpline script`);
      const box = page.contentDocument!.querySelector('helpline-box')!;
      await until(() => Boolean(box.shadowRoot?.querySelector('[part="quick-exit"]')), 'the pasted panel to draw');
      expect(text(box.shadowRoot!.querySelector('[part="phone"]'))).to.contain('0800 1111');
      // No chart code came with it.
      expect(page.contentWindow!.customElements.get('cso-trend'), kind).to.equal(undefined);
      page.remove();
    }
    // Turned off, it says so; the NSPCC panel (for adults) needs quick-exit written to have it.
    await choose(builder, 'quickExit', false);
    expect(builder.snippet.split('\n')[1]).to.equal('<helpline-box preset="childline" quick-exit="off"></helpline-box>');
    await choose(builder, 'preset', 'nspcc');
    await choose(builder, 'quickExit', true);
    expect(builder.snippet.split('\n')[1]).to.equal('<helpline-box preset="nspcc" quick-exit></helpline-box>');
  });

  it('iframe: pasted into an article on another origin, it draws at the height the builder wrote, and follows the content', async function () {
    this.timeout(20000);
    const { builder, root } = await openBuilder();
    await choose(builder, 'kind', 'iframe');
    await choose(builder, 'frameWidth', '400');
    // The previews on screen, as the publisher sees them (a browser may skip drawing what is far out of view).
    root.querySelector('.previews')!.scrollIntoView();
    // The previews are the embed page itself: the builder measures the height at 400 px from them.
    await until(() => builder.heights['400'] !== undefined, 'the 400 px preview to post its height');
    await builder.updateComplete;
    const snippet = builder.snippet;
    const written = Number(/ height="(\d+)"/.exec(snippet)![1]);
    expect(written).to.equal(builder.heights['400']);
    expect(snippet).to.contain('title="Chart: Online child sexual offences recorded by police (Lancashire)"');
    expect(snippet).to.contain('allow-top-navigation-by-user-activation');
    expect(snippet).to.match(/\n<script async src="[^"]+\/embed-loader\.js\?v=[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
    expect(text(root.querySelector('.preview[data-width="400"] figcaption'))).to.equal(`400 px, ${written} px tall`);

    // Back to the top of this page, where the article goes (that scroll moved this page too).
    window.scrollTo(0, 0);
    // The article is on another origin; the embed (this builder's host) is on the tests' own, so it can be read.
    const article = document.createElement('iframe');
    article.style.cssText = 'width: 400px; height: 1400px; border: 0';
    const loaded = oneEvent(article, 'load');
    article.src = `${other}/__host?body=${encodeURIComponent(`<!doctype html><body style="margin:0">${snippet}</body>`)}`;
    // On screen, above the builder: browsers do not render a cross-origin frame far out of view.
    document.body.prepend(article);
    await loaded;
    const embed = () => article.contentWindow!.frames[0] as Window;
    await until(() => embed().document.readyState === 'complete' && Boolean(embed().document.querySelector('cso-trend')), 'the embed');
    // Its first height is the one written: nothing on the article moves.
    expect(embed().innerHeight).to.equal(written);
    const chart = embed().document.querySelector('cso-trend') as FiguresElement;
    expect(await headlineOf(chart)).to.match(/525%/);
    expect(Math.abs(embed().innerHeight - written)).to.be.at.most(1);
    // A wider column wraps fewer lines: the frame follows its content.
    article.style.width = '640px';
    const content = () => Math.ceil(embed().document.body.getBoundingClientRect().height);
    await until(() => embed().innerWidth === 640 && embed().innerHeight !== written && embed().innerHeight === content(), 'the frame to follow a wider column', 250, () => `${embed().innerWidth} × ${embed().innerHeight}, content ${content()}`);
    expect(embed().innerHeight).to.be.below(written);
  });

  it('warns before copying: a ranking of fewer than 3, a long ranking without chart-height, a tiny base, changing coverage', async () => {
    const { builder, root } = await openBuilder();
    await choose(builder, 'widget', 'rank');
    await choose(builder, 'region', 'North West');
    await choose(builder, 'period', '2018/19');
    expect(warningsOf(root).join(' ')).to.contain('Only 2 forces have a figure for 2018/19 in the North West');
    await choose(builder, 'region', '');
    expect(warningsOf(root).join(' ')).to.contain('has no chart height');
    await choose(builder, 'chartHeight', '900');
    expect(warningsOf(root).join(' ')).not.to.contain('has no chart height');

    await choose(builder, 'widget', 'trend');
    await choose(builder, 'area', 'Wiltshire');
    expect(warningsOf(root).join(' ')).to.contain('The first figure shown is 10 (2015/16), under 20');
    await choose(builder, 'from', '2016/17');
    expect(warningsOf(root).join(' ')).not.to.contain('first figure shown');

    await choose(builder, 'from', '');
    await choose(builder, 'area', '');
    expect(warningsOf(root).join(' ')).to.contain('Coverage changes across the periods shown');
    // A warning is also said when the code is copied.
    root.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => text(root.querySelector('#copied')).length > 0, 'the copy status');
    expect(text(root.querySelector('#copied'))).to.match(/warning/);
  });

  it('says what the colour option does, and no choice is cut off', async () => {
    const { builder, root } = await openBuilder();
    expect(text(root.querySelector('#theme-hint'))).to.contain('color-scheme');
    for (const widget of ['trend', 'rank', 'helpline']) {
      await choose(builder, 'widget', widget);
      for (const control of root.querySelectorAll<HTMLElement>('select, label')) {
        expect(control.scrollWidth, `${widget}: ${text(control).slice(0, 40)}`).to.be.at.most(control.clientWidth + 1);
      }
      for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
        // The chosen option's words fit its box (a select does not wrap): measured with the select's own font.
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = getComputedStyle(select).font;
        const words = select.selectedOptions[0]?.textContent ?? '';
        expect(canvas.measureText(words).width, `${widget}: ${select.name} “${words}”`).to.be.below(select.clientWidth - 24);
      }
    }
  });
});

describe('embed builder in the demo site (demo/builder.html)', () => {
  it('is the same built builder, beside the demo pages', async () => {
    const { frame, builder } = await openBuilder('/demo/builder.html');
    expect(builder.snippet).to.match(/\/dist\/cso-widgets\.js\?v=[^"]+" integrity="sha384-/);
    frame.remove();
  });
});
