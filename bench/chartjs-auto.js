// Chart.js with every controller, element, scale and plugin registered, as
// most pages load it. Bundled at bench time; the render pages use this one.
import Chart from 'chart.js/auto';

window.Chart = Chart;
