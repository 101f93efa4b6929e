// A web-test-runner command that emulates CSS media features through the
// Chrome DevTools Protocol, including forced-colors, which the stock
// emulateMedia command does not offer for puppeteer-driven Chromium.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // The session stays attached: Chromium drops an emulation when the session that set it detaches,
      // so detaching here at once left every test running without the features it asked for.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload ?? [] });
      return true;
    },
  };
}
