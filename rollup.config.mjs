import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './build/minify-css-literals.mjs';
import { pureD3Factories } from './build/pure-d3-factories.mjs';
import { minifyHtmlLiterals } from './build/minify-html-literals.mjs';

// Lit ships a development build with warnings; pages get the production one.
const plugins = (declarations) => [
  resolve({ exportConditions: ['production', 'default'] }),
  pureD3Factories(),
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: declarations
      ? { declaration: true, declarationDir: 'dist/types', outDir: 'dist', rootDir: 'src', noEmitOnError: true }
      : { rootDir: 'src' },
  }),
  minifyCssLiterals(),
  minifyHtmlLiterals(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  // One self-contained module that defines every element: the script tag a newsroom pastes.
  // Its Welsh words are separate files in dist/chunks/, fetched from beside it
  // only by a page (or element) in Welsh.
  {
    input: 'src/index.ts',
    output: { dir: 'dist', entryFileNames: 'cso-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: plugins(false),
  },
  // The same as a classic script, for CMSs that strip type="module": a classic
  // script cannot load more files, so this one carries the Welsh words too.
  {
    input: 'src/index.ts',
    output: { file: 'dist/cso-widgets.iife.js', format: 'iife', name: 'CsoWidgets', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(false),
  },
  // One entry per element, sharing chunks, so a charity page loads no chart code; also writes the types.
  {
    input: {
      'helpline-box': 'src/elements/helpline-box/define.ts',
      'cso-trend': 'src/elements/cso-trend/define.ts',
      'cso-region-rank': 'src/elements/cso-region-rank/define.ts',
    },
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(true),
  },
];
