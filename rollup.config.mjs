import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './build/minify-css-literals.mjs';
import { pureD3Factories } from './build/pure-d3-factories.mjs';
import { minifyHtmlLiterals } from './build/minify-html-literals.mjs';
import { embedBuilds } from './build/embed-builds.mjs';
import { thirdPartyNotices } from './build/third-party-notices.mjs';

// Two builds from one source, each for its users:
// - dist/npm/: what `import 'cso-widgets'` gets through npm. ES modules, one
//   file per source module, with `lit` and d3 left as bare imports so the
//   app's bundler shares them with the app's own (one Lit on the page), and
//   each element defined in its own entry file (package.json `sideEffects`).
//   Not minified: the app's bundler does that.
// - dist/*.js: self-contained files for a script tag or a CDN, Lit and d3
//   inside, minified. These are what `npm run size` holds to the budgets.

/** The entry each element is defined in, by the file name it has in dist/. */
const ELEMENT_ENTRIES = {
  'helpline-box': 'src/elements/helpline-box/define.ts',
  'cso-trend': 'src/elements/cso-trend/define.ts',
  'cso-region-rank': 'src/elements/cso-region-rank/define.ts',
};

/** Lit and d3, which the npm build leaves to the app (dependencies in package.json). */
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/ssr|d3-[a-z]+)(\/|$)/.test(id);

// The licences of Lit and d3 ask that their notices travel with the code: the
// full texts are in dist/NOTICE.txt, written beside the bundles; each entry file names it.
const banner = (chunk) =>
  chunk.isEntry ? '/*!NOTICE.txt*/' : '';

/** For browsers only: see src/elements/shared/without-dom.ts. */
const browserOnly = () => ({
  name: 'browser-only',
  load: (id) => (id.endsWith('/src/elements/shared/without-dom.ts') ? 'export const mayRunWithoutDom = false;' : null),
});

/** The self-contained builds. Lit ships a development build with warnings; pages get the production one. */
const bundled = ({ module }) => [
  resolve({ exportConditions: ['production', 'default'] }),
  browserOnly(),
  pureD3Factories(),
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { rootDir: 'src' } }),
  minifyCssLiterals(),
  minifyHtmlLiterals(),
  // `module` only for ES modules: on the classic script it would let terser
  // drop the top-level `var CsoWidgets`, the global the page calls.
  terser({ ecma: 2022, module, compress: { passes: 3 }, format: { comments: /^!/ } }),
  thirdPartyNotices(),
];

// Source maps name the sources rather than carry them (the repository has
// src/); the package leaves them out (package.json `files`).
const maps = { sourcemap: true, sourcemapExcludeSources: true };

export default [
  // One self-contained module that defines every element: the script tag a newsroom pastes.
  // Its Welsh words are separate files in dist/chunks/, fetched from beside it
  // only by a page (or element) in Welsh.
  {
    input: 'src/index.ts',
    output: { dir: 'dist', entryFileNames: 'cso-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', banner, ...maps },
    plugins: bundled({ module: true }),
  },
  // The same as a classic script, for CMSs that strip type="module": a classic
  // script cannot load more files, so this one carries the Welsh words too.
  {
    input: 'src/index.ts',
    output: { file: 'dist/cso-widgets.iife.js', format: 'iife', name: 'CsoWidgets', inlineDynamicImports: true, banner, ...maps },
    plugins: bundled({ module: false }),
  },
  // One self-contained entry per element, sharing chunks, so a charity page loads no chart code.
  {
    input: ELEMENT_ENTRIES,
    // The panel's code is what every entry shares: it stays in helpline-box.js itself, which the charts import,
    // rather than in a chunk beside a two-line helpline-box.js. A charity page then fetches one file, all of it
    // under the builder's integrity hash, and ~90 B less (a file of its own compresses badly); the cost is that
    // helpline-box.js exports a few short-named internals the chart files use, besides its own two names.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', banner, ...maps },
    plugins: bundled({ module: true }),
  },
  // The npm build, with its types beside each file.
  {
    // src/ssr.ts: `cso-widgets/ssr`, the renderer a server gives @lit-labs/ssr (the app's own copy).
    input: ['src/index.ts', 'src/ssr.ts', ...Object.values(ELEMENT_ENTRIES)],
    external: isDependency,
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    plugins: [
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        compilerOptions: { declaration: true, declarationDir: 'dist/npm', outDir: 'dist/npm', rootDir: 'src', noEmitOnError: true },
      }),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
    ],
  },
  // The iframe embed page, its loader, the classic helpline script and the builder; last, as it hashes the files above.
  ...embedBuilds(() => bundled({ module: false })),
];
