// The strict Content-Security-Policy the widgets are tested under, and a
// middleware that serves demo/csp.html with it (used by `npm start` and the tests).
// Lit creates one Trusted Types policy, named "lit-html"; nothing else is needed.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export function cspMiddleware() {
  return async (context, next) => {
    await next();
    if (context.path === '/demo/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
  };
}
