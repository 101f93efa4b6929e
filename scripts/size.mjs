// npm run size: the shipped bundles' sizes and the brotli budgets. Reads
// dist/ as it is (run `npm run build` first; this never builds). Exits 1 when
// a budget is exceeded or its bundle is missing. `--report` prints the same
// but exits 0: .ci/run uses it to show the figures on every CI run.
import { ALL_ELEMENTS, BUDGETS, ENTRIES, bytes, measure, measureFiles, welshFiles } from '../bench/sizes.mjs';

const reportOnly = process.argv.includes('--report');

console.log('| bundle | files | minified | gzip -9 | brotli -q 11 |\n|---|---|---|---|---|');
for (const [label, file] of [ALL_ELEMENTS, ...ENTRIES]) {
  const s = measure(file);
  console.log(s ? `| ${label} | ${s.files.length} | ${bytes(s.min)} | ${bytes(s.gzip)} | ${bytes(s.brotli)} |` : `| ${label} | n/a (${file} not built) | | | |`);
}
const [welshLabel, welsh] = welshFiles();
const w = measureFiles(welsh);
if (w) console.log(`| ${welshLabel} | ${w.files.length} | ${bytes(w.min)} | ${bytes(w.gzip)} | ${bytes(w.brotli)} |`);
console.log('');

let failed = false;
for (const { label, file, limit } of BUDGETS) {
  const s = measure(file);
  const pass = s !== undefined && s.brotli <= limit;
  const detail = s ? `${bytes(s.brotli)} brotli, budget ${bytes(limit)}${pass ? '' : ` (${bytes(s.brotli - limit)} over)`}` : `${file} missing: run npm run build`;
  console.log(`${pass ? 'PASS' : 'FAIL'} ${label}: ${detail}`);
  failed ||= !pass;
}
process.exit(failed && !reportOnly ? 1 : 0);
