import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { HelplineBox } from '../../src/index.js';
import { shadow } from './helpers.js';
import { engine, skipBecause, skipWhereSandboxLetsTopGo } from './engine.js';

// Quick exit leaves the whole tab, so a test that lets it go from a plain
// frame of this page would take the test runner away. Each case runs in a
// window of its own (a popup), or in a frame sandboxed without top navigation,
// where the frame alone is replaced.

const until = async (test: () => boolean, ms = 3000): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (test()) return true;
    } catch {
      /* mid-navigation */
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
};

/** Whether `win` shows a finished page whose path ends with `path`. */
const at = (win: Window, path: string) => () => win.location.pathname.endsWith(path) && win.document.readyState === 'complete';

/** The first panel in `win`'s document, once rendered. */
async function panelIn(win: Window): Promise<HelplineBox> {
  await until(() => Boolean(win.customElements.get('helpline-box')) && Boolean(win.document.querySelector('helpline-box')?.shadowRoot?.firstElementChild));
  const panel = win.document.querySelector('helpline-box') as HelplineBox;
  await panel.updateComplete;
  return panel;
}

const exitButton = (panel: Element) => shadow(panel).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;

async function openWindow(path: string): Promise<Window> {
  const win = window.open(path, '_blank', 'width=800,height=600')!;
  expect(win, 'the browser opened a window').to.exist;
  expect(await until(at(win, path))).to.equal(true);
  return win;
}

async function openFrame(path: string, sandbox: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 600px; height: 500px';
  frame.src = path;
  document.body.append(frame);
  expect(await until(at(frame.contentWindow!, path))).to.equal(true);
  return frame;
}

describe('quick exit leaves the whole tab', () => {
  it('from inside a frame (a CMS embed), Exit replaces the top page, and Back does not return to it', async () => {
    const win = await openWindow('/tests/fixtures/exit-host.html');
    try {
      const frame = win.document.querySelector('iframe')!;
      const panel = await panelIn(frame.contentWindow!);
      const entries = win.history.length;
      exitButton(panel).click();
      expect(await until(at(win, '/tests/fixtures/neutral.html')), 'the top page went').to.equal(true);
      expect(win.history.length).to.equal(entries);
    } finally {
      win.close();
    }
  });

  it('a frame sandboxed without top navigation replaces itself, rather than nothing happening', async function () {
    await skipWhereSandboxLetsTopGo(this);
    const frame = await openFrame('/tests/fixtures/quick-exit.html', 'allow-scripts allow-same-origin');
    try {
      const panel = await panelIn(frame.contentWindow!);
      exitButton(panel).click();
      expect(await until(at(frame.contentWindow!, '/tests/fixtures/neutral.html'))).to.equal(true);
      expect(location.pathname).not.to.contain('neutral');
      // The cover went up in the frame, not over this page.
      expect(document.elementFromPoint(innerWidth - 2, innerHeight - 2)?.getAttribute('popover')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('covers the whole viewport at once, even when the panel sits in a transformed box that clips it', async function () {
    // Not diagnosed yet (engines harness, issue 14): both time out around the popup this test opens and leaves.
    if (engine === 'firefox') await skipBecause(this, 'in Firefox the test runner loses its connection while this popup leaves for the slow exit page (not yet diagnosed)');
    if (engine === 'webkit') await skipBecause(this, 'in WebKitGTK this test times out waiting on the popup it opens (not yet diagnosed)');
    const win = await openWindow('/tests/fixtures/exit-clipped.html');
    try {
      const panel = await panelIn(win);
      const doc = win.document;
      const article = [doc.getElementById('first'), doc.getElementById('last'), doc.body, doc.documentElement, panel];
      exitButton(panel).click();
      // The exit page takes 5 s to come: this is what the reader sees meanwhile.
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      const { innerWidth: width, innerHeight: height } = win;
      for (const [x, y] of [[2, 2], [width - 3, height - 3], [width / 2, 40], [width / 2, height / 2]] as const) {
        const hit = doc.elementFromPoint(x, y);
        expect(article, `what shows at ${x},${y}`).not.to.include(hit);
        expect(win.getComputedStyle(hit!).backgroundColor, `at ${x},${y}`).to.equal('rgb(255, 255, 255)');
      }
    } finally {
      win.close();
    }
  });
});

describe('quick exit by keyboard', () => {
  it('Shift pressed three times leaves even while focus is in a component that stops keyup bubbling', async function () {
    await skipWhereSandboxLetsTopGo(this);
    const frame = await openFrame('/tests/fixtures/quick-exit.html', 'allow-scripts allow-same-origin');
    try {
      await panelIn(frame.contentWindow!);
      frame.contentWindow!.focus();
      frame.contentDocument!.querySelector<HTMLInputElement>('#keeps-keys')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(await until(at(frame.contentWindow!, '/tests/fixtures/neutral.html'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('quick exit and a page that asks "Leave site?"', () => {
  it('after the reader chooses Stay, no white cover is left over the page', async function () {
    const seen = (await executeServerCommand('answer-dialogs', { accept: false })) as string[] | undefined;
    if (!seen) await skipBecause(this, 'this engine\'s launcher (WebKitGTK over WebDriver) cannot answer the "Leave site?" prompt');
    const frame = await openFrame('/tests/fixtures/exit-prompt.html', 'allow-scripts allow-same-origin allow-modals');
    try {
      const panel = await panelIn(frame.contentWindow!);
      // A real click: the browser asks "Leave site?" only of a page the reader has used.
      const button = exitButton(panel).getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + button.left + button.width / 2), Math.round(box.top + button.top + button.height / 2)] });
      await new Promise((resolve) => setTimeout(resolve, 600));
      const asked = (await executeServerCommand('answer-dialogs', {})) as string[];
      expect(asked, 'the page asked').to.include('beforeunload');
      expect(at(frame.contentWindow!, '/tests/fixtures/exit-prompt.html')(), 'the reader stayed').to.equal(true);
      await nextFrame();
      const doc = frame.contentDocument!;
      const article = doc.getElementById('article')!.getBoundingClientRect();
      expect(doc.elementFromPoint(article.left + 5, article.top + article.height / 2)).to.equal(doc.getElementById('article'));
      expect(doc.querySelector('[popover]')).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
