// Chart.js's smallest horizontal bar chart with axes (for the rankings):
// tree-shaken registration of only what it needs. Bundled at bench time.
import { Chart, BarController, BarElement, LinearScale, CategoryScale } from 'chart.js';

Chart.register(BarController, BarElement, LinearScale, CategoryScale);
window.Chart = Chart;
