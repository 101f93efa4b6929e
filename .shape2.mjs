import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/arr-entry.js', "import { nice, ticks } from 'd3-array'; import { scalePoint } from 'd3-scale'; console.log(nice, ticks, scalePoint);");
const b = await rollup({ input: '/tmp/arr-entry.js', plugins: [resolve({ rootDir: process.cwd(), modulePaths: [process.cwd() + '/node_modules'] })] });
const { output } = await b.generate({ format: 'es' });
console.log(output[0].code);
