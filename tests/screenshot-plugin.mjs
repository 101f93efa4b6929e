// A web-test-runner command that answers what the browser painted:
// `viewport-screenshot` returns `{ png }`, the test page's viewport as a PNG
// in base64, taken by the engine itself (puppeteer's page.screenshot in
// Chromium and Firefox, WebDriver's Take Screenshot in WebKitGTK), so a test
// can check pixels a reader sees that no DOM property tells, such as how far
// an underline runs (tests/elements/pixels.ts reads them).
export function screenshotPlugin() {
  return {
    name: 'viewport-screenshot-command',
    async executeCommand({ command, session }) {
      if (command !== 'viewport-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      return { png: await page.screenshot({ encoding: 'base64' }) };
    },
  };
}
