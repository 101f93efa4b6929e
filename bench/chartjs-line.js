// Chart.js's smallest line chart with axes: tree-shaken registration of only
// what it needs (what a size-conscious site would ship). Bundled at bench time.
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler);
window.Chart = Chart;
