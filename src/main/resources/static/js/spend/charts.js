// Draws each spend chart from the accessible table beside it, so the numbers exist once and are readable without
// JavaScript. Chart.js is loaded as a classic script (window.Chart) before this module runs.
const COLOURS = ['#00625e', '#f47738'];

function draw(canvas) {
  const table = document.getElementById(canvas.dataset.table);
  if (!table || !window.Chart) {
    return;
  }
  const series = [...table.querySelectorAll('thead th[data-series]')];
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  const datasets = series.map((header, i) => ({
    label: header.textContent.trim(),
    backgroundColor: COLOURS[i % COLOURS.length],
    data: rows.map((row) => Number(row.cells[i + 1].dataset.value || 0)),
  }));
  const horizontal = canvas.dataset.chartType === 'bar-horizontal';
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function drawAll() {
  document.querySelectorAll('canvas[data-table]').forEach(draw);
}

if (window.Chart) {
  drawAll();
} else {
  window.addEventListener('load', drawAll);
}
