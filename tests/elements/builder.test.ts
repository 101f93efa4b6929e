import { expect, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { settled, shadow, text } from './helpers.js';

type Builder = HTMLElement & { updateComplete: Promise<boolean>; snippet: string; rows: unknown[] };

async function openBuilder(): Promise<{ frame: HTMLIFrameElement; builder: Builder; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 1200px';
  const loaded = oneEvent(frame, 'load');
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('cso-embed-builder');
  const builder = frame.contentDocument!.querySelector('cso-embed-builder') as Builder;
  // The builder reads the figures file to offer its forces and periods.
  for (let i = 0; i < 50 && builder.rows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  await builder.updateComplete;
  return { frame, builder, root: shadow(builder) };
}

/** Changes a form control the way a person does: a new value and a change event. */
async function choose(builder: Builder, name: string, value: string | boolean) {
  const control = shadow(builder).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

const headlineOf = async (chart: FiguresElement) => {
  await settled(chart);
  return text(shadow(chart).querySelector('.headline'));
};

describe('embed builder (demo/builder.html)', () => {
  it('fill the form, copy the snippet, paste it into a fresh page: the same chart', async function () {
    this.timeout(15000);
    const { frame, builder, root } = await openBuilder();
    await choose(builder, 'widget', 'rank');
    await choose(builder, 'region', 'North West');
    await choose(builder, 'period', '2018/19');
    await choose(builder, 'area', 'Lancashire');
    const preview = root.querySelector('.preview cso-region-rank') as FiguresElement;
    const previewHeadline = await headlineOf(preview);
    expect(previewHeadline).to.equal('Lancashire: 2nd of 2 forces with a figure in the North West');

    const snippet = root.querySelector('textarea')!.value;
    expect(snippet).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/cso-widgets\.js"><\/script>\n<cso-region-rank src="http:\/\/[^"]+\/demo\/data\/figures-press\.json" region="North West" period="2018\/19" highlight="Lancashire"><\/cso-region-rank>$/);
    root.querySelector<HTMLButtonElement>('section button')!.click();
    await builder.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(text(root.querySelector('section [role="status"]'))).to.match(/Copied|press Ctrl\+C/);

    const pasted = document.createElement('iframe');
    pasted.style.cssText = 'width: 700px; height: 900px';
    const loaded = oneEvent(pasted, 'load');
    pasted.srcdoc = `<!doctype html><html lang="en-GB"><body>${snippet}</body></html>`;
    document.body.append(pasted);
    await loaded;
    await pasted.contentWindow!.customElements.whenDefined('cso-region-rank');
    const chart = pasted.contentDocument!.querySelector('cso-region-rank') as FiguresElement;
    expect(await headlineOf(chart)).to.equal(previewHeadline);
    pasted.remove();
    frame.remove();
  });

  it('explains an invalid choice inline, and a bad URL', async () => {
    const { frame, builder, root } = await openBuilder();
    await choose(builder, 'widget', 'rank');
    await choose(builder, 'region', 'North West');
    await choose(builder, 'period', '2015/16');
    await choose(builder, 'area', 'Lancashire');
    expect(text(root.querySelector('#problems'))).to.contain('Lancashire has no figure for 2015/16');
    await choose(builder, 'source', 'url');
    await choose(builder, 'url', 'javascript:alert(1)');
    expect(text(root.querySelector('#problems'))).to.contain('must start with https://');
    frame.remove();
  });

  it('builds a helpline snippet with quick exit and Welsh', async () => {
    const { frame, builder, root } = await openBuilder();
    await choose(builder, 'widget', 'helpline');
    await choose(builder, 'preset', 'childline');
    await choose(builder, 'quick-exit', true);
    await choose(builder, 'lang', 'cy');
    expect(builder.snippet.split('\n')[1]).to.equal('<helpline-box preset="childline" quick-exit lang="cy"></helpline-box>');
    const preview = root.querySelector('.preview helpline-box')!;
    // In Welsh it draws once the Welsh words have loaded.
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(shadow(preview).querySelector('[part="quick-exit"]'))).to.equal('Gadael y dudalen hon');
    frame.remove();
  });
});
