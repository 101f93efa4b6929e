/**
 * Whether this code may run where there is no DOM: Node, when a server
 * renders the page, a framework builds it or a test runner imports the
 * package. Importing any entry there must not throw, so the few things done
 * at import time check for the DOM first when this is true.
 *
 * The self-contained bundles in dist/ run only in browsers: rollup.config.mjs
 * builds them with this set to false, so rollup drops those checks and a
 * reader downloads none of them. The npm build (dist/npm/) keeps it true.
 */
export const mayRunWithoutDom: boolean = true;
