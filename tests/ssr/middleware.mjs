// Serves /tests/ssr/page.html: the page tests/ssr/render.mjs renders on the
// server, made anew for each request in its own Node process (so the test
// runner's own process gets none of Lit's server globals).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./render.mjs', import.meta.url));

export function ssrPageMiddleware() {
  return async (context, next) => {
    if (context.path !== '/tests/ssr/page.html') return next();
    const page = await new Promise((resolve) =>
      execFile(process.execPath, [script], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve(error ? { error: `${error.message}\n${stderr}` } : { html: stdout, stderr }),
      ),
    );
    context.set('Cache-Control', 'no-store');
    if (page.error) {
      context.status = 500;
      context.type = 'text/plain';
      context.body = `tests/ssr/render.mjs failed (is dist/npm built? npm run build):\n${page.error}`;
      return;
    }
    // Anything the server printed to stderr (a Lit warning, an element's) is a failure too: the test reads it.
    context.set('X-Render-Stderr', encodeURIComponent(page.stderr.trim()));
    context.type = 'text/html';
    context.body = page.html;
  };
}
