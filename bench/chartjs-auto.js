// Chart.js with everything registered, as most pages load it.
import Chart from 'chart.js/auto';
window.Chart = Chart;
