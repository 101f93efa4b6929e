// A server-rendered page that forgot Lit's hydration support: the elements alone.
import '../../dist/npm/index.js';
