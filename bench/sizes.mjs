// Bundle sizes as a reader downloads them: minified, gzip (level 9) and
// brotli (quality 11), each entry counted with every chunk it imports.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The file and every chunk it imports, transitively. */
export function closure(file, seen = new Set()) {
  const path = resolve(file);
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) closure(join(dirname(path), match[1]), seen);
  return seen;
}

/** Sizes of one entry; each file compressed on its own, as a browser fetches them. */
export function measure(file) {
  if (!existsSync(file)) return undefined;
  const files = [...closure(file)];
  const total = { files: files.length, min: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const bytes = readFileSync(f);
    total.min += bytes.length;
    total.gzip += gzip(bytes);
    total.brotli += brotli(bytes);
  }
  return total;
}

export const ENTRIES = {
  'cso-widgets.js (all elements)': 'dist/cso-widgets.js',
  'cso-widgets.iife.js (classic script)': 'dist/cso-widgets.iife.js',
  'cso-trend.js + chunks': 'dist/cso-trend.js',
  'cso-region-rank.js + chunks': 'dist/cso-region-rank.js',
  'helpline-box.js + chunks': 'dist/helpline-box.js',
};

/** The budgets issue #5 sets, brotli bytes. */
export const BUDGETS = [
  { entry: 'cso-widgets.js (all elements)', limit: 20000 },
  { entry: 'helpline-box.js + chunks', limit: 8000 },
];

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
