// npm run size: the shipped bundles' sizes against the budgets (brotli).
// Reads dist/ (run `npm run build` first). Exits 1 when a budget is exceeded,
// unless --report is given (CI prints the figures without failing while the
// budgets are out of reach; see README "Size").
import { BUDGETS, ENTRIES, kB, measure } from '../bench/sizes.mjs';

const reportOnly = process.argv.includes('--report');
const sizes = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, measure(file)]));
console.log('| bundle | files | minified | gzip | brotli |\n|---|---|---|---|---|');
for (const [name, size] of Object.entries(sizes)) {
  if (size) console.log(`| ${name} | ${size.files} | ${kB(size.min)} | ${kB(size.gzip)} | ${kB(size.brotli)} |`);
}
console.log('');
let failed = false;
for (const { entry, limit } of BUDGETS) {
  const size = sizes[entry];
  if (!size) {
    console.log(`FAIL ${entry}: not built`);
    failed = true;
    continue;
  }
  const over = size.brotli - limit;
  console.log(`${over > 0 ? 'FAIL' : 'PASS'} ${entry}: ${kB(size.brotli)} brotli, budget ${kB(limit)}${over > 0 ? ` (${kB(over)} over)` : ''}`);
  failed ||= over > 0;
}
process.exit(failed && !reportOnly ? 1 : 0);
