// `npm start`: serves the repository so the demo pages load the built
// dist/cso-widgets.js exactly as a publisher's page would.
import { cspMiddleware } from './csp.mjs';

export default {
  middleware: [cspMiddleware()],
  rootDir: '.',
  // The embed builder imports 'lit' by name; the widgets themselves load from dist/.
  nodeResolve: true,
  port: Number(process.env.PORT) || 8000,
  open: '/demo/',
  watch: false,
};
