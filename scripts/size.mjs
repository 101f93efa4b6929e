// npm run size: the shipped bundles' sizes and the brotli budgets. Reads
// dist/ as it is (run `npm run build` first; this never builds). Exits 1 when
// a budget is exceeded or its bundle is missing. `--ceiling` prints the same
// but exits 1 only when a bundle is missing, above a met budget, or above the
// ceiling CI holds while its budget is out of reach: .ci/run uses it.
import { ALL_ELEMENTS, BUDGETS, ENTRIES, bytes, measure, measureFiles, welshFiles } from '../bench/sizes.mjs';

const ceilingOnly = process.argv.includes('--ceiling');

console.log('| bundle | files | minified | gzip -9 | brotli -q 11 |\n|---|---|---|---|---|');
for (const [label, file] of [ALL_ELEMENTS, ...ENTRIES]) {
  const s = measure(file);
  console.log(s ? `| ${label} | ${s.files.length} | ${bytes(s.min)} | ${bytes(s.gzip)} | ${bytes(s.brotli)} |` : `| ${label} | n/a (${file} not built) | | | |`);
}
const [welshLabel, welsh] = welshFiles();
const w = measureFiles(welsh);
if (w) console.log(`| ${welshLabel} | ${w.files.length} | ${bytes(w.min)} | ${bytes(w.gzip)} | ${bytes(w.brotli)} |`);
console.log('');

let overBudget = false;
let overCeiling = false;
for (const { label, file, limit, ceiling } of BUDGETS) {
  const s = measure(file);
  const pass = s !== undefined && s.brotli <= limit;
  const held = s !== undefined && s.brotli <= (ceiling ?? limit);
  const detail = s ? `${bytes(s.brotli)} brotli, budget ${bytes(limit)}${pass ? '' : ` (${bytes(s.brotli - limit)} over)`}` : `${file} missing: run npm run build`;
  console.log(`${pass ? 'PASS' : 'FAIL'} ${label}: ${detail}`);
  if (s && ceiling) console.log(`     ${held ? 'held under' : 'ABOVE'} the ceiling CI holds until the budget is met: ${bytes(ceiling)}${held ? '' : ` (${bytes(s.brotli - ceiling)} above: this change grew the bundle)`}`);
  overBudget ||= !pass;
  overCeiling ||= !held;
}
process.exit((ceilingOnly ? overCeiling : overBudget) ? 1 : 0);
