/**
 * README's usage snippets must work as written: each ```html block is pasted
 * into a page at the repository root (where `dist/` and `data/` are) and
 * every widget in it must show its figures or its panel, with no error.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { settled, shadow } from './helpers.js';

const SCRIPT = '<script type="module" src="dist/cso-widgets.js"></script>';

describe('README snippets', () => {
  it('every html snippet renders its widgets without an error', async function () {
    this.timeout(30000);
    const readme = await (await fetch('/README.md')).text();
    const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).to.be.greaterThan(5);
    for (const block of blocks) {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 1600px';
      const loaded = oneEvent(frame, 'load');
      const script = block.includes('dist/cso-widgets.js') ? '' : SCRIPT;
      frame.srcdoc = `<!doctype html><html lang="en-GB"><head><base href="${location.origin}/"><script>window.errors=[];addEventListener('error',e=>errors.push(String(e.message)))</script>${script}</head><body>${block}</body></html>`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & { errors: string[] };
      await win.customElements.whenDefined('cso-trend');
      const widgets = [...frame.contentDocument!.querySelectorAll('cso-trend, cso-region-rank, helpline-box')];
      // A block may only set things up (registerMessages): then it must just run cleanly.
      if (!/<(cso-|helpline-box)/.test(block)) await new Promise((r) => setTimeout(r, 100));
      else expect(widgets.length, block).to.be.greaterThan(0);
      for (const widget of widgets) {
        if (widget.localName === 'helpline-box') {
          await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          expect(shadow(widget).querySelector('a[href^="tel:"], a[href^="https:"]'), block).to.exist;
          expect(shadow(widget).querySelector('[part="problem"]'), block).to.equal(null);
        } else {
          const outcome = await settled(widget as FiguresElement);
          expect(outcome.status, `${block}\n${JSON.stringify(outcome.error)}`).to.equal('ready');
        }
      }
      // Any error fails, Chromium's "ResizeObserver loop completed with undelivered notifications"
      // included: a ranking drawn first on a fresh page once set it off (its reserved rows were 0 px in the built bundle).
      expect(win.errors, block).to.deep.equal([]);
      frame.remove();
    }
  });
});
