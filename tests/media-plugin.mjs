// A web-test-runner command that emulates CSS media features through the
// Chrome DevTools Protocol, including forced-colors, which the stock
// emulateMedia command does not offer for puppeteer-driven Chromium.
export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: payload ?? [] });
      await cdp.detach();
      return true;
    },
  };
}
