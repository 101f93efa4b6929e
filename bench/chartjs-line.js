// Chart.js's smallest line chart: tree-shaken registration of only what a line with axes needs.
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler } from 'chart.js';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler);
window.Chart = Chart;
