import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './build/minify-css-literals.mjs';
import { minify } from 'terser';
import zlib from 'node:zlib';
const input = process.argv[2] || 'src/index.ts';
const b = await rollup({ input, plugins: [resolve({ exportConditions: ['production','default'] }), typescript({ tsconfig: './tsconfig.json', compilerOptions: { rootDir: 'src' } }), minifyCssLiterals()] , onwarn(){} });
const { output } = await b.generate({ format: 'es', preserveModules: true });
const rows = [];
for (const c of output) {
  if (c.type !== 'chunk') continue;
  const r = await minify(c.code, { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true });
  const br = zlib.brotliCompressSync(Buffer.from(r.code || '')).length;
  rows.push([c.fileName.replace(/.*node_modules\//, 'nm:'), (r.code || '').length, br]);
}
rows.sort((a, b) => b[1] - a[1]);
let t = 0, tb = 0;
for (const r of rows) { t += r[1]; tb += r[2]; console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]); }
console.log(t, tb);
