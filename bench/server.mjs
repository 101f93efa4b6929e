// A tiny static server for the benchmark, rooted at the repository so that
// /dist/..., /data/..., /demo/... and /bench/... resolve as on a real site.
// It counts requests per path (to check that many widgets share one fetch)
// and can hold back the demo's JSON (to see whether the page moves while its
// figures load). Listens on 127.0.0.1 only, on a free port.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `delays` maps a path prefix to milliseconds to wait
 * before answering; change it between measurements.
 */
export async function startServer(root) {
  const requests = new Map();
  const delays = new Map();
  let inject = '';
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    // Nothing outside the repository, whatever the URL says.
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    for (const [prefix, ms] of delays) {
      if (path.startsWith(prefix)) await new Promise((r) => setTimeout(r, ms));
    }
    try {
      let body = await readFile(file);
      // A script put first in every page's <head> (see `inject`), e.g. the layout-shift recorder.
      if (inject && extname(file) === '.html') body = Buffer.from(String(body).replace(/<head>/i, (head) => `${head}${inject}`));
      // no-store: every page load of every run fetches afresh, as a first visit would.
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    delays,
    /** HTML put right after every page's <head> while set. */
    set inject(html) {
      inject = html;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
