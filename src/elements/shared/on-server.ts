import { isServer } from 'lit';
import { mayRunWithoutDom } from './without-dom.js';

/**
 * True while a server renders the charts (Lit's server build, e.g. with
 * `@lit-labs/ssr`): there is no layout, so a chart draws at SERVER_WIDTH and
 * fetches nothing. Always false in the self-contained bundles, which run only
 * in browsers (see without-dom.ts), so they carry none of this.
 */
export const onServer: boolean = mayRunWithoutDom && isServer;

/**
 * The width in pixels a chart is drawn at where none can be measured: on a
 * server, and in the browser until the page's hydrated chart has measured its
 * own (then it draws again at that width). A common article column; the
 * drawing scales down to a narrower one until then.
 */
export const SERVER_WIDTH = 640;

/**
 * Charts whose update is hydrating what a server drew (npm build only): their
 * first render must be the server's templates, as `serverSvg`, for Lit to take
 * the server's DOM; the next draws as usual, in its place.
 */
export const hydrating = mayRunWithoutDom ? new WeakSet<object>() : undefined;
