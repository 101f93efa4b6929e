// A web-test-runner command that answers the browser's own dialogs (such as a
// page's "Leave site?" prompt) as a reader would: `answer-dialogs` with
// `{ accept: false }` clicks "Stay" on each one and records its type, which it
// returns. `touch-emulation` with `{ enabled }` makes the page a touch-only
// phone ((hover: none) and (pointer: coarse)): through Chrome's DevTools
// protocol in Chromium, Firefox's pointer prefs in Firefox. Dialogs are
// answered where puppeteer drives the browser (not WebKitGTK over WebDriver).
// Where an engine cannot, each returns false, and the test says why it skips.
import { engineOf } from './engines/engines.mjs';
import { firefoxChromeScript } from './media-plugin.mjs';

export function dialogPlugin() {
  const seen = new Map();
  const touch = new Map();
  return {
    name: 'answer-dialogs-command',
    async executeCommand({ command, payload, session }) {
      if (command === 'touch-emulation') {
        const page = session.browser.getPage?.(session.id);
        // false, not undefined (an unknown command): this engine cannot emulate touch (WebKitGTK over WebDriver).
        if (!page) return false;
        if (engineOf(session.browser) === 'firefox') {
          // Firefox: the pointer the page's media queries see is a pref (1: coarse, with no hover), set browser-wide in
          // its chrome scope; tests run one page at a time.
          const prefs = ['ui.primaryPointerCapabilities', 'ui.allPointerCapabilities'];
          await firefoxChromeScript(
            page,
            prefs.map((pref) => (payload?.enabled ? `Services.prefs.setIntPref(${JSON.stringify(pref)}, 1);` : `Services.prefs.clearUserPref(${JSON.stringify(pref)});`)),
          );
          return true;
        }
        if (!page.createCDPSession) return false;
        try {
          // Kept attached while on: an emulation lives as long as the session that set it.
          const cdp = touch.get(session.id) ?? (await page.createCDPSession());
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.enabled), maxTouchPoints: 5 });
          if (payload?.enabled) touch.set(session.id, cdp);
          else {
            touch.delete(session.id);
            await cdp.detach();
          }
          return true;
        } catch {
          // Firefox has no DevTools protocol: createCDPSession throws.
          return false;
        }
      }
      if (command !== 'answer-dialogs') return undefined;
      const page = session.browser.getPage?.(session.id);
      // false, not undefined (which reads as an unknown command): this launcher cannot answer dialogs (WebKitGTK over WebDriver).
      if (!page?.on) return false;
      if (!seen.has(session.id)) {
        seen.set(session.id, { types: [], accept: false });
        page.on('dialog', (dialog) => {
          const state = seen.get(session.id);
          state.types.push(dialog.type());
          void (state.accept ? dialog.accept() : dialog.dismiss());
        });
      }
      const state = seen.get(session.id);
      if (payload && 'accept' in payload) state.accept = Boolean(payload.accept);
      return [...state.types];
    },
  };
}
