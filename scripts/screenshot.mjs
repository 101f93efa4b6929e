// Takes a screenshot of a page in Debian's Chromium with emulated media, to
// look at what a reader sees: node scripts/screenshot.mjs URL OUT.png
//   [--width=900] [--height=1200] [--dark] [--forced-colors] [--reduced-motion] [--full] [--selector=CSS]
import puppeteer from 'puppeteer-core';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width=N] [--height=N] [--dark] [--forced-colors] [--full]');
  process.exit(2);
}
const option = (name, fallback) => Number(flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: option('width', 900), height: option('height', 1200) });
  const features = [];
  if (flags.includes('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flags.includes('--forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  if (flags.includes('--reduced-motion')) features.push({ name: 'prefers-reduced-motion', value: 'reduce' });
  // Through CDP directly: puppeteer's own check does not know forced-colors.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const selector = flags.find((f) => f.startsWith('--selector='))?.slice('--selector='.length);
  if (selector) {
    const element = await page.waitForSelector(selector);
    await element.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  }
} finally {
  await browser.close();
}
