// What a server-rendered page loads in the browser: Lit's hydration support
// first (it must run before Lit), then the elements from the npm build.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/npm/index.js';
