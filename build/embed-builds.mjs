// The files for publishers who cannot (or will not) write a module script:
// the iframe embed page, its host-page loader, a classic helpline-only
// script, and the embed builder as a page that works from any static host.
// Appended to rollup.config.mjs's list, after the element bundles, so the
// last step can hash what those wrote (dist/integrity.json).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The scripts a snippet may name, each with the SRI hash the builder writes beside it. */
export const HASHED = ['cso-widgets.js', 'cso-widgets.iife.js', 'helpline-box.js', 'helpline-box.iife.js', 'embed-loader.js', 'embed.js'];

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;

const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * After the last bundle is written: dist/integrity.json (version and a
 * sha384 for each script a snippet names), and the two pages that load
 * scripts with those hashes — dist/embed.html and dist/builder.html (which
 * carries the hashes inline, so it also works opened from a file).
 */
function publishPages() {
  return {
    name: 'publish-embed-pages',
    writeBundle() {
      const integrity = { version: pkg.version, files: Object.fromEntries(HASHED.map((file) => [file, sri(file)])) };
      writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
      const helplines = JSON.parse(readFileSync('data/helplines.json', 'utf8'));
      const nspcc = helplines.services.find((service) => service.id === 'nspcc');
      const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
      const embed = fill(readFileSync('src/embed/embed.html', 'utf8'), {
        // Origins besides the page's own that its `src` may name: CSO_EMBED_ORIGINS at build (comma-separated).
        origins: escapeHtml(process.env.CSO_EMBED_ORIGINS ?? ''),
        embedIntegrity: integrity.files['embed.js'],
        helplineName: escapeHtml(nspcc.name),
        helplinePhone: escapeHtml(nspcc.phone),
        helplineTel: escapeHtml(nspcc.phone.replace(/\s+/g, '')),
        emergency: escapeHtml(helplines.emergency.message),
      });
      writeFileSync('dist/embed.html', embed);
      const builder = fill(readFileSync('src/builder/builder.html', 'utf8'), {
        // JSON inside a script element: only "</" could end it early.
        integrity: JSON.stringify(integrity).replace(/</g, '\\u003c'),
        widgetsIntegrity: integrity.files['cso-widgets.iife.js'],
      });
      writeFileSync('dist/builder.html', builder);
    },
  };
}

const maps = { sourcemap: true, sourcemapExcludeSources: true };
// Lit (and d3) are inside these files: their notices travel with them, as with the element bundles.
const banner = '/*! cso-widgets MIT; Lit BSD-3-Clause, d3 ISC: see NOTICE.txt */';

/** `classic()` gives the plugins rollup.config.mjs builds its classic script with (Lit and d3 inside, minified). */
export const embedBuilds = (classic) => [
  // The helpline panel alone as a classic script: the helpline-only snippet for CMSs that strip type="module".
  {
    input: 'src/elements/helpline-box/define.ts',
    output: { file: 'dist/helpline-box.iife.js', format: 'iife', inlineDynamicImports: true, banner, ...maps },
    plugins: classic(),
  },
  // The embed page's script: every element and the page's own few lines, one classic file (it works from file:// too).
  {
    input: 'src/embed/page.ts',
    output: { file: 'dist/embed.js', format: 'iife', inlineDynamicImports: true, banner, ...maps },
    plugins: classic(),
  },
  // The builder: plain JavaScript with Lit bundled in, so no bare import is left for a static host to fail on.
  {
    input: 'src/builder/builder.js',
    output: { file: 'dist/builder.js', format: 'iife', banner, ...maps },
    plugins: [
      resolve({ exportConditions: ['production', 'default'] }),
      typescript({ tsconfig: './tsconfig.json', compilerOptions: { rootDir: 'src' } }),
      minifyCssLiterals(),
      terser({ ecma: 2022, format: { comments: /^!/ } }),
    ],
  },
  // A few hundred bytes for the host page; last, so its step can hash every file above.
  {
    input: 'src/embed/loader.ts',
    output: { file: 'dist/embed-loader.js', format: 'iife' },
    plugins: [typescript({ tsconfig: './tsconfig.json', compilerOptions: { rootDir: 'src' } }), terser({ ecma: 2020, compress: { passes: 2 } }), publishPages()],
  },
];
