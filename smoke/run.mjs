// Smoke tests of the package as an app meets it: `npm pack` of the
// repository, installed from the tarball (never from src/), then
// - imported in Node (server rendering, a framework's build): no throw; the
//   README's server rendering snippet run with @lit-labs/ssr;
// - built by Vite, esbuild, webpack and rollup for production, each of the
//   four entries, and loaded in Debian's Chromium: the entry's elements are
//   defined, a chart draws its headline, the helpline shows its number, one
//   Lit on the page, no error;
// - small React 19, Vue 3 and Svelte 5 apps (built by Vite) that set the
//   elements' values as properties: a trend, a ranking and a panel render, no
//   console error;
// - `tsc` on a .tsx using the elements, `vue-tsc` with strict templates;
// - and, of the repository, that `npm start` on a port in use fails at once.
//
//   node smoke/run.mjs            packs (which builds: `prepack`), installs, runs
//   node smoke/run.mjs --built    packs what dist/ holds now (.ci/run, right after `npm test` built it)
//   node smoke/run.mjs --tarball=x.tgz   tests that tarball instead (e.g. an older release)
//
// Prints one line per check and closes with "N passed, N failed"; writes the
// counts to smoke/.work/summary.json for .ci/run; exits 1 when any failed.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const WORK = join(HERE, '.work');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
  }
}
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: HERE, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- the tarball
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
console.log('smoke: packing the repository…');
const given = process.argv.find((arg) => arg.startsWith('--tarball='))?.slice('--tarball='.length);
const packArgs = ['pack', '--pack-destination', WORK, '--silent', ...(process.argv.includes('--built') ? ['--ignore-scripts'] : [])];
const tarball = given ? resolve(given) : join(WORK, run('npm', packArgs, { cwd: ROOT }).trim().split('\n').pop());
console.log(`smoke: installing ${tarball}…`);
run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);

const PKG = join(HERE, 'node_modules/cso-widgets');
const ENTRIES = {
  'cso-widgets': ['cso-trend', 'cso-region-rank', 'helpline-box'],
  'cso-widgets/cso-trend': ['cso-trend'],
  'cso-widgets/cso-region-rank': ['cso-region-rank'],
  'cso-widgets/helpline-box': ['helpline-box'],
};

console.log('package');
await check('the tarball holds the npm build, the self-contained bundles, LICENSE and NOTICE.txt, and no source maps', () => {
  for (const file of ['LICENSE', 'dist/NOTICE.txt', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/cso-widgets.js', 'dist/cso-widgets.iife.js', 'custom-elements.json']) {
    assert(existsSync(join(PKG, file)), `${file} missing from the package`);
  }
  const maps = [];
  const walk = (dir) => readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.map') && maps.push(f)));
  walk(join(PKG, 'dist'));
  assert(maps.length === 0, `source maps in the package: ${maps.join(', ')}`);
});
await check('the app and the package share one Lit (no nested copy under cso-widgets)', () => {
  assert(!existsSync(join(PKG, 'node_modules/lit')) && !existsSync(join(PKG, 'node_modules/lit-html')), 'cso-widgets has its own Lit');
});

// ---------------------------------------------------------------- npm start
console.log('repository');
await check('npm start on a port in use fails at once, before building, and says how to choose another', async () => {
  const blocker = createServer();
  await new Promise((ok) => blocker.listen(0, ok));
  const port = blocker.address().port;
  const started = Date.now();
  // Its own process group, so a start that wrongly went on to build and serve can be stopped whole.
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGTERM'), 20000);
  const code = await new Promise((ok) => child.on('close', ok));
  clearTimeout(timer);
  blocker.close();
  assert(code !== 0, `npm start exited ${code} with port ${port} taken`);
  assert(Date.now() - started < 15000, `took ${Date.now() - started} ms to give up`);
  assert(output.includes(`Port ${port} is already in use`) && output.includes('PORT='), `unclear message: ${output}`);
  assert(!/rollup|custom-elements-manifest analyze/.test(output.split('Port ')[0] ?? ''), 'it built before checking the port');
});

// ---------------------------------------------------------------- Node
console.log('Node');
for (const entry of Object.keys(ENTRIES)) {
  await check(`import '${entry}' in Node does not throw`, () => {
    run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`]);
  });
}

await check("README's server rendering snippet, run as written: each element as declarative shadow DOM, the chart's SVG, the helpline's number", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const snippet = readme.match(/```js\n(\/\/ server\.mjs[\s\S]*?)```/)?.[1];
  assert(snippet, "README has no server.mjs snippet");
  // In smoke/.work, so it imports the installed package and @lit-labs/ssr from smoke/node_modules.
  writeFileSync(join(WORK, 'server.mjs'), snippet);
  const page = run(process.execPath, [join(WORK, 'server.mjs')]);
  const roots = page.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;
  assert(roots === 3, `${roots} declarative shadow roots, expected 3 (the trend, its helpline strip, the panel)`);
  assert(/<svg width="640"/.test(page), 'the trend has no SVG');
  assert(page.includes('Up 525% since 2018/19'), "the trend's headline is missing");
  const numbers = page.match(/href="tel:\+448088005000"/g)?.length ?? 0;
  assert(numbers === 2 && page.includes('0808 800 5000'), `${numbers} links to the helpline's number, expected 2 (the strip and the panel)`);
});

// ---------------------------------------------------------------- bundlers
/** The page each bundle is loaded in: the entry's elements with inline figures. */
const MARKUP = {
  'cso-trend': '<cso-trend area="Lancashire" data-periods="2018/19,2019/20" data-values="67,419" source="NSPCC Freedom of Information requests"></cso-trend>',
  'cso-region-rank': '<cso-region-rank period="2019/20" data-areas="Kent,Hampshire,Sussex" data-values="735,247,300" highlight="Kent"></cso-region-rank>',
  'helpline-box': '<helpline-box preset="nspcc"></helpline-box>',
};
/** The app's own code: it uses Lit itself, so the page can show there is one Lit. */
const appCode = (entry) =>
  `import { html, render } from 'lit';\nimport ${JSON.stringify(entry)};\nrender(html\`<p id="app-own-lit">The app's own Lit</p>\`, document.getElementById('app'));\n`;
const page = (tags, script) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>smoke</title></head><body><div id="app"></div>${tags.map((t) => MARKUP[t]).join('\n')}${script}</body></html>`;

const pages = [];
const BUNDLERS = {
  async vite(dir, entry, tags) {
    const { build } = await import('vite');
    writeFileSync(join(dir, 'main.js'), appCode(entry));
    writeFileSync(join(dir, 'index.html'), page(tags, '<script type="module" src="./main.js"></script>'));
    await build({ root: dir, base: './', logLevel: 'silent', configFile: false, build: { outDir: 'out', emptyOutDir: true } });
    return 'out/index.html';
  },
  async esbuild(dir, entry, tags) {
    const { build } = await import('esbuild');
    writeFileSync(join(dir, 'main.js'), appCode(entry));
    await build({ entryPoints: [join(dir, 'main.js')], bundle: true, minify: true, format: 'esm', outfile: join(dir, 'out/main.js'), logLevel: 'silent', absWorkingDir: HERE });
    writeFileSync(join(dir, 'out/index.html'), page(tags, '<script type="module" src="./main.js"></script>'));
    return 'out/index.html';
  },
  async webpack(dir, entry, tags) {
    const { default: webpack } = await import('webpack');
    writeFileSync(join(dir, 'main.js'), appCode(entry));
    const compiler = webpack({ mode: 'production', context: HERE, entry: join(dir, 'main.js'), output: { path: join(dir, 'out'), filename: 'main.js' }, resolve: { modules: [join(HERE, 'node_modules')] } });
    const stats = await new Promise((ok, fail) => compiler.run((error, s) => (error ? fail(error) : ok(s))));
    await new Promise((ok) => compiler.close(ok));
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    writeFileSync(join(dir, 'out/index.html'), page(tags, '<script src="./main.js"></script>'));
    return 'out/index.html';
  },
  async rollup(dir, entry, tags) {
    const { rollup } = await import('rollup');
    const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
    writeFileSync(join(dir, 'main.js'), appCode(entry));
    const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [nodeResolve({ rootDir: HERE })], onwarn: () => {} });
    await bundle.write({ dir: join(dir, 'out'), format: 'es' });
    await bundle.close();
    writeFileSync(join(dir, 'out/index.html'), page(tags, '<script type="module" src="./main.js"></script>'));
    return 'out/index.html';
  },
};

console.log('bundlers (production builds)');
for (const [bundler, buildWith] of Object.entries(BUNDLERS)) {
  for (const [entry, tags] of Object.entries(ENTRIES)) {
    const name = `${bundler}-${entry.replace('/', '-')}`;
    const dir = join(WORK, 'bundles', name);
    mkdirSync(dir, { recursive: true });
    await check(`${bundler} builds '${entry}'`, async () => {
      const html = await buildWith(dir, entry, tags);
      pages.push({ label: `${bundler} '${entry}'`, url: `/bundles/${name}/${html}`, tags, appLit: true });
    });
  }
}

// ---------------------------------------------------------------- framework apps
console.log('framework apps (Vite production builds)');
for (const app of ['react', 'vue', 'svelte']) {
  await check(`${app} app builds`, async () => {
    const { build } = await import('vite');
    const plugins =
      app === 'vue'
        ? [(await import('@vitejs/plugin-vue')).default({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cso-') || tag === 'helpline-box' } } })]
        : app === 'svelte'
          ? [(await import('@sveltejs/vite-plugin-svelte')).svelte()]
          : [];
    await build({ root: join(HERE, 'apps', app), base: './', logLevel: 'silent', configFile: false, plugins, build: { outDir: join(WORK, 'apps', app), emptyOutDir: true } });
    pages.push({ label: `${app} app`, url: `/apps/${app}/index.html`, tags: ['cso-trend', 'cso-region-rank', 'helpline-box'], fromData: true });
  });
}

// ---------------------------------------------------------------- types
console.log('types');
await check('tsc: a .tsx (React JSX) and a .ts using the elements type-check', () => {
  run(process.execPath, [join(HERE, 'node_modules/typescript/bin/tsc'), '-p', join(HERE, 'types/tsconfig.json')]);
});
await check('vue-tsc with strictTemplates: a component using the elements type-checks', () => {
  run(process.execPath, [join(HERE, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(HERE, 'types/tsconfig.vue.json')]);
});

// ---------------------------------------------------------------- in the browser
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  // The browser asks for one on its own; no page here names one.
  if (path === '/favicon.ico') return response.writeHead(204).end();
  // The figures the apps load come from the installed package's data/.
  const file = path.startsWith('/data/') ? join(PKG, path) : join(WORK, path);
  if (!file.startsWith(WORK) && !file.startsWith(PKG)) return response.writeHead(403).end();
  if (!existsSync(file) || statSync(file).isDirectory()) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

console.log('in Chromium');
const puppeteer = (await import('puppeteer-core')).default;
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const { label, url, tags, appLit, fromData } of pages) {
    await check(`${label}: ${tags.map((t) => `<${t}>`).join(', ')} defined and drawn, the helpline shows its number, no error`, async () => {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(String(error.message ?? error)));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
      tab.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} for ${response.url()}`));
      await tab.setViewport({ width: 1000, height: 1600 });
      await tab.goto(origin + url, { waitUntil: 'load' });
      try {
        await tab.waitForFunction(
          (tags) => {
            const deep = (element) => element?.shadowRoot;
            const visibleTel = (root) => [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].some((a) => a.getClientRects().length > 0);
            return tags.every((tag) => {
              const element = document.querySelector(tag);
              if (!customElements.get(tag) || !element) return false;
              if (tag === 'helpline-box') return visibleTel(deep(element));
              const root = deep(element);
              const headline = root?.querySelector('.headline')?.textContent?.trim();
              return Boolean(headline) && visibleTel(deep(root.querySelector('helpline-box')));
            });
          },
          { timeout: 10000, polling: 100 },
          tags,
        );
      } catch {
        const state = await tab.evaluate(
          (tags) => tags.map((tag) => `<${tag}> defined: ${Boolean(customElements.get(tag))}, in page: ${Boolean(document.querySelector(tag))}, shadow: ${Boolean(document.querySelector(tag)?.shadowRoot)}`).join('; '),
          tags,
        );
        throw new Error(`not drawn within 10 s: ${state}; errors: ${JSON.stringify(errors)}`);
      }
      const lits = await tab.evaluate(() => (globalThis.litHtmlVersions ?? []).length);
      assert(lits === 1, `${lits} copies of lit-html on the page, expected the app's one`);
      if (appLit) assert(await tab.$eval('#app-own-lit', (p) => p.textContent), "the app's own Lit content is missing");
      if (fromData) {
        // The apps set chartHeight={180}: a property (the attribute is chart-height), so it must arrive as one.
        const height = await tab.$eval('cso-trend', (trend) => [trend.chartHeight, trend.hasAttribute('chartheight')]);
        assert(height[0] === 180 && !height[1], `chartHeight arrived as ${JSON.stringify(height)} (property, attribute 'chartheight')`);
      }
      await new Promise((ok) => setTimeout(ok, 200));
      assert(errors.length === 0, `errors: ${JSON.stringify(errors)}`);
      await tab.close();
    });
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------- totals
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(join(WORK, 'summary.json'), JSON.stringify({ passed, failed }));
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
