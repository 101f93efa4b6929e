// Observable Plot, the peer issue 19 names beside uPlot, as a size-conscious
// page loads it: only the marks the bench draws imported, so rollup
// tree-shakes the rest (as bench/chartjs-line.js registers only a line).
// Bundled at bench time with our build's rollup and terser settings. A
// devDependency for the bench only: nothing in src/ imports it.
import { plot, areaY, lineY, dot } from '@observablehq/plot';

window.Plot = { plot, areaY, lineY, dot };
