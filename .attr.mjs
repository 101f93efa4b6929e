import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import zlib from 'node:zlib';
const file = process.argv[2] || 'dist/cso-widgets.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(file + '.map', 'utf8'));
const lines = code.split('\n');
const segs = [];
eachMapping(map, (m) => segs.push(m));
segs.sort((a,b)=> a.generatedLine-b.generatedLine || a.generatedColumn-b.generatedColumn);
const by = new Map();
for (let i = 0; i < segs.length; i++) {
  const s = segs[i], n = segs[i+1];
  const line = lines[s.generatedLine-1];
  const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : line.length;
  const text = line.slice(s.generatedColumn, end);
  const src = (s.source || '?').replace(/.*node_modules\//,'nm:').replace(/.*\/src\//,'src/');
  by.set(src, (by.get(src) || '') + text);
}
const total = zlib.brotliCompressSync(code).length;
const rows = [...by].map(([k,v]) => [k, v.length]).sort((a,b)=>b[1]-a[1]);
const sum = rows.reduce((a,r)=>a+r[1],0);
for (const [k,n] of rows) console.log(String(n).padStart(7), String(Math.round(n/sum*total)).padStart(6), k);
console.log('total min', code.length, 'brotli', total);
