// Draws the self-assessment stages as a bar chart from the table beside it, so the chart and the
// table always show the same figures. Chart.js is loaded before this module from its WebJar.
const canvas = document.getElementById('stages-chart');
const rows = document.querySelectorAll('#stages-table tbody tr');
if (canvas && rows.length && window.Chart) {
  const stageNames = canvas.dataset.labels.split('|');
  const labels = Array.from(rows, (row) => row.querySelector('th').textContent.trim());
  const levels = Array.from(rows, (row) => Number(row.dataset.level));
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ data: levels, backgroundColor: '#00625e' }] },
    options: {
      indexAxis: 'y',
      animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => stageNames[c.raw - 1] } } },
      scales: { x: { min: 0, max: 4, ticks: { stepSize: 1, callback: (v) => (v > 0 ? stageNames[v - 1] : '') } } },
    },
  });
}
