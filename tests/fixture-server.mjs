// Test-only routes for the network cases a reader can meet: a slow body, an
// HTTP error, a wrong content type, an empty 204 and a redirect. Same origin,
// so no test reaches another host. Koa middleware for web-test-runner.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';

const figures = () => readFileSync(new URL('../data/figures-press.json', import.meta.url), 'utf8');

const LATE_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.md': 'text/plain' };

export function fixtureMiddleware() {
  const requests = new Map();
  /** UA + path → how the browser last asked for it (Sec-Fetch-Dest: "document" for a whole tab, "iframe" for a frame). */
  const destinations = new Map();
  return async (context, next) => {
    const path = context.path;
    if (!path.startsWith('/__fixtures/')) return next();
    const [, , kind, ...rest] = path.split('/');
    // Counted per browser (its User-Agent): the engines run one after another
    // against one server, and a count must not carry over from the previous engine.
    const browser = context.get('user-agent');
    requests.set(`${browser} ${path}`, (requests.get(`${browser} ${path}`) ?? 0) + 1);
    destinations.set(`${browser} ${path}`, context.get('sec-fetch-dest'));
    context.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'count':
        context.type = 'text/plain';
        context.body = String(requests.get(`${browser} /__fixtures/${rest.join('/')}`) ?? 0);
        return;
      case 'seen': {
        // How often, and as what, this browser asked for /__fixtures/<rest>: {"count": N, "dest": "document"}.
        const key = `${browser} /__fixtures/${rest.join('/')}`;
        context.type = 'application/json';
        context.body = JSON.stringify({ count: requests.get(key) ?? 0, dest: destinations.get(key) ?? null });
        return;
      }
      case 'nowhere':
        // /__fixtures/nowhere/<ms>/<token>: after <ms>, "204 No Content", which a browser never
        // navigates to: the page that asked stays. Quick exit pointed here shows its cover and
        // takes the whole tab's navigation without taking the test runner away.
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(rest[0]) || 0, 10000)));
        context.status = 204;
        return;
      case 'status':
        context.status = Number(rest[0]) || 500;
        if (context.status !== 204) {
          context.type = 'text/plain';
          context.body = 'Server error';
        }
        return;
      case 'html':
        context.type = 'text/html';
        context.body = '<!doctype html><title>Not found</title><p>Page not found';
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Number(rest[0]) || 3000));
        context.type = 'application/json';
        context.body = figures();
        return;
      case 'stall': {
        // Headers and the start of a body, then nothing: a connection that never finishes.
        const body = new PassThrough();
        body.write('{"rows": [');
        context.type = 'application/json';
        context.body = body;
        setTimeout(() => body.end(), 60000).unref();
        return;
      }
      case 'many': {
        // A document of N rows (default 10,000): too many for a chart.
        const count = Number(rest[0]) || 10000;
        const rows = Array.from({ length: count }, (_, i) => ({ area: `Force ${i}`, period: '2019/20', value: i }));
        context.type = 'application/json';
        context.body = JSON.stringify({ rows });
        return;
      }
      case 'slow-welsh': {
        // /__fixtures/slow-welsh/<ms>/<token>/<file in dist/>: the built widgets, their Welsh
        // word files held back <ms> (or "never"): a slow or stalled host. The token makes every page's
        // URLs new, so no file comes from the browser's cache.
        const [ms, , ...file] = rest;
        const name = file.join('/');
        if (!/^[\w./-]+\.js$/.test(name) || name.includes('..')) {
          context.status = 404;
          return;
        }
        // "never": a host that never answers for the words (held for 10 minutes, beyond any test).
        const hold = ms === 'never' ? 600000 : Math.min(Number(ms) || 0, 30000);
        if (/(^|\/)cy(-helpline)?-[\w-]+\.js$/.test(name)) await new Promise((resolve) => setTimeout(resolve, hold).unref());
        context.type = 'application/javascript';
        context.body = readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');
        return;
      }
      case 'late': {
        // /__fixtures/late/<ms>/<token>/<demo|dist|data>/<file>: the demo site as a reader's first
        // visit meets it, its figures (demo/data/) held back <ms>. Pages get the layout recorder
        // (tests/fixtures/layout-recorder.js) first in their <head>, before anything paints. The
        // token makes every load's URLs new, so nothing comes from the browser's cache.
        const [ms, , ...file] = rest;
        const name = file.join('/');
        if (!/^(demo|dist|data)\/[\w./-]+$/.test(name) || name.includes('..')) {
          context.status = 404;
          return;
        }
        if (name.startsWith('demo/data/')) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ms) || 0, 30000)));
        let body;
        try {
          body = readFileSync(new URL(`../${name}`, import.meta.url));
        } catch {
          context.status = 404;
          return;
        }
        const type = LATE_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
        context.type = type;
        context.body = type === 'text/html' ? String(body).replace(/<head>/i, '$&<script src="/tests/fixtures/layout-recorder.js"></script>') : body;
        return;
      }
      case 'redirect':
        context.redirect('/data/figures-press.json');
        return;
      case 'figures':
        // Counted, for "one request per URL" tests: /__fixtures/figures/<any-name>.json
        context.type = 'application/json';
        context.body = figures();
        return;
      case 'text':
        // Any JSON text given in the query, to serve a bad document.
        context.type = 'application/json';
        context.body = context.query.body ?? '';
        return;
      default:
        context.status = 404;
    }
  };
}
