import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/shape-entry.js', "import { area, line } from 'd3-shape'; console.log(area, line);");
const b = await rollup({ input: '/tmp/shape-entry.js', plugins: [resolve({ rootDir: process.cwd(), modulePaths: [process.cwd() + '/node_modules'] })] });
const { output } = await b.generate({ format: 'es' });
console.log(output[0].code);
