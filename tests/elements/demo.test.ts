import { expect, oneEvent } from '@open-wc/testing';
import { openTable, shadow } from './helpers.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';

const PAGES = ['index', 'lincolnshire', 'charity', 'static', 'themes', 'csp', 'builder', 'cymraeg'];

async function open(page: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  const loaded = oneEvent(frame, 'load');
  frame.src = `/demo/${page}.html`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('demo site', () => {
  it('demo/index.html links every demo page', async () => {
    const frame = await open('index');
    const links = [...frame.contentDocument!.querySelectorAll('.demo-nav a')].map((a) => a.getAttribute('href'));
    for (const page of ['index', 'lincolnshire', 'charity', 'static', 'themes', 'csp', 'builder']) expect(links).to.include(`${page}.html`);
    expect(links).to.include('data/README.md');
    frame.remove();
  });

  for (const page of PAGES.filter((p) => p !== 'builder')) {
    it(`${page}.html: every example shows its embed code, copyable, and the widgets render with a helpline`, async () => {
      const frame = await open(page);
      const doc = frame.contentDocument!;
      const examples = [...doc.querySelectorAll('.example')];
      expect(examples.length, page).to.be.greaterThan(0);
      for (const example of examples) {
        const details = example.nextElementSibling!;
        expect(details.className).to.equal('snippet');
        const code = details.querySelector('code')!.textContent!;
        expect(code).to.match(/^<script (type="module" )?src="http:\/\/[^"]+\/dist\/cso-widgets(\.iife)?\.js"><\/script>\n<(cso-trend|cso-region-rank|helpline-box)[ >]/);
        expect(details.querySelector('button')!.textContent).to.equal('Copy');
      }
      await frame.contentWindow!.customElements.whenDefined('helpline-box');
      for (const widget of doc.querySelectorAll('cso-trend, cso-region-rank')) {
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const help = shadow(widget).querySelector('helpline-box')!;
        await (help as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(shadow(help).querySelector('a[href^="tel:"]')).to.exist;
      }
      frame.remove();
    });
  }

  it('cymraeg.html: the words under each chart’s headline are Welsh, the title and the source line, as the page gives them', async () => {
    const frame = await open('cymraeg');
    const doc = frame.contentDocument!;
    for (const widget of doc.querySelectorAll('cso-trend, cso-region-rank')) {
      const chart = widget as unknown as { updateComplete: Promise<unknown>; status: string };
      for (let i = 0; i < 100 && chart.status !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await chart.updateComplete;
      const root = shadow(widget);
      expect(root.querySelector('.caption-text .title')!.textContent!.trim(), widget.localName).to.equal('Troseddau rhyw ar-lein yn erbyn plant a gofnodwyd gan heddluoedd');
      const source = root.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(source, widget.localName).to.match(/^Ffynhonnell: Ceisiadau Rhyddid Gwybodaeth yr NSPCC i heddluoedd, fel yr adroddwyd gan y wasg leol/);
      expect(source, widget.localName).not.to.match(/Freedom of Information|local press/);
      // The figures' column in the table says what is counted in Welsh too (it said "Offences").
      const table = await openTable(widget as unknown as FiguresElement);
      const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headings, widget.localName).to.include('Troseddau');
      expect(headings.join(' '), widget.localName).not.to.match(/Offences/);
      // The arrow keys read a figure in Welsh: "2019/20: 229 o droseddau", not "229 offences".
      const keys = root.querySelector<HTMLElement>('[part="chart"]')!;
      keys.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await chart.updateComplete;
      const said = root.querySelector('.frame [role="status"]')!.textContent!;
      expect(said, widget.localName).to.match(/\d o droseddau$/);
    }
    frame.remove();
  });
});
