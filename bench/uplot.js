// uPlot, the fastest line chart people pick, as a page loads it. Bundled at
// bench time with our build's rollup and terser settings; its stylesheet
// (uPlot.min.css) is linked by the page, as uPlot asks.
import uPlot from 'uplot';

window.uPlot = uPlot;
