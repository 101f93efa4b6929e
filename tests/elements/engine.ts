/**
 * What a test needs to know about the engine it runs in (Chromium, Firefox
 * ESR or WebKitGTK; see tests/engines/engines.mjs), and the one honest way to
 * leave out a test an engine cannot run: skipped with its reason, which the
 * run prints and counts (tests/engines/skips.mjs). Never a silent pass.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/** Skips the running test (or, from a `before` hook, its whole suite), telling the run why. */
export async function skipBecause(context: Mocha.Context, reason: string): Promise<never> {
  // The test's title, or from a hook its suite's: the run prints this reason beside those tests alone.
  const runnable = context.test;
  const isHook = (runnable as { type?: string } | undefined)?.type === 'hook';
  const title = isHook ? runnable?.parent?.titlePath() : runnable?.titlePath();
  await executeServerCommand('skip-reason', { reason, title: title ?? [] });
  context.skip();
}

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
}

/**
 * Emulates CSS media features for the page. Where the engine cannot (WebKitGTK over WebDriver), the test — or
 * from a `before` hook, its suite — is skipped with the engine's reason.
 */
export async function emulateMedia(context: Mocha.Context, features: MediaFeature[]): Promise<void> {
  const answer = await executeServerCommand<true | { unsupported: string }, MediaFeature[]>('media-features', features);
  if (answer !== true && answer?.unsupported) await skipBecause(context, answer.unsupported);
  if (!features.length) return;
  // The engine applies the features as it next matches styles; wait until the page sees them.
  for (let i = 0; i < 50 && !features.every(({ name, value }) => matchMedia(`(${name}: ${value})`).matches); i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  for (const { name, value } of features) {
    if (!matchMedia(`(${name}: ${value})`).matches) throw new Error(`media-features: the page does not match (${name}: ${value})`);
  }
}

/** Back to the system's media features, after emulateMedia (a no-op where the engine cannot emulate them). */
export async function restoreMedia(): Promise<void> {
  await executeServerCommand('media-features', []);
}

/**
 * Zooms the page as the browser's own zoom does (tests/zoom-plugin.mjs): the
 * layout viewport shrinks by the factor and devicePixelRatio grows by it
 * (not in WebKitGTK, whose page zoom leaves devicePixelRatio at the
 * screen's, as measured here). Waits until the page sees it, and answers the zoom applied (WebKitGTK
 * zooms in steps of 1.2: 207 % for 200 %). `browserZoom(this, 1)` puts it back.
 */
export async function browserZoom(context: Mocha.Context, factor: number): Promise<number> {
  const width = innerWidth * (zoomedBy ?? 1);
  const ratio = devicePixelRatio / (zoomedBy ?? 1);
  const answer = await executeServerCommand<{ zoomed?: number; unsupported?: string }, { factor: number }>('browser-zoom', { factor });
  if (answer?.unsupported) await skipBecause(context, answer.unsupported);
  const zoomed = answer?.zoomed;
  if (!zoomed) throw new Error('browser-zoom: no answer');
  const sees = () => Math.abs(innerWidth - width / zoomed) <= 2 && (engine === 'webkit' || Math.abs(devicePixelRatio - ratio * zoomed) < 0.05);
  for (let i = 0; i < 50 && !sees(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!sees()) throw new Error(`browser-zoom: at ${zoomed} the page is ${innerWidth} px wide at ${devicePixelRatio} device px per px (was ${width} at ${ratio})`);
  zoomedBy = zoomed === 1 ? undefined : zoomed;
  return zoomed;
}
let zoomedBy: number | undefined;
