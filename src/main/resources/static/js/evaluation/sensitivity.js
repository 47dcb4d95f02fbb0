// Draws the sensitivity charts from the accessible tables beside them, so every number exists once and reads
// without JavaScript. Chart.js is loaded as a classic script (window.Chart) before this module runs.
const COLOURS = ['#00625e', '#f47738', '#5694ca', '#912b88', '#85994b', '#b58840', '#d4351c', '#6f72af'];

function rowsOf(table) {
  return [...table.querySelectorAll('tbody tr')];
}

function drawStability(canvas, table) {
  const rows = rowsOf(table);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.cells[0].textContent.trim()),
      datasets: [
        {
          label: canvas.dataset.rangeLabel,
          backgroundColor: '#a3d1cf',
          data: rows.map((row) => [Number(row.dataset.low), Number(row.dataset.high)]),
        },
        {
          type: 'line',
          label: canvas.dataset.weightLabel,
          showLine: false,
          pointRadius: 6,
          backgroundColor: '#0b0c0c',
          data: rows.map((row) => Number(row.dataset.weight)),
        },
      ],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { min: 0, max: 100 } }, plugins: { legend: { position: 'bottom' } },
    },
  });
}

function drawAcceptability(canvas, table) {
  const rows = rowsOf(table);
  const ranks = [...table.querySelectorAll('thead th[data-series]')];
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.cells[0].textContent.trim()),
      datasets: ranks.map((header, i) => ({
        label: header.textContent.trim(),
        backgroundColor: COLOURS[i % COLOURS.length],
        data: rows.map((row) => Number(row.cells[i + 1].dataset.value || 0)),
      })),
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, min: 0, max: 100 }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function drawAll() {
  if (!window.Chart) {
    return;
  }
  document.querySelectorAll('canvas[data-table]').forEach((canvas) => {
    const table = document.getElementById(canvas.dataset.table);
    if (!table) {
      return;
    }
    if (canvas.dataset.chart === 'stability') {
      drawStability(canvas, table);
    } else {
      drawAcceptability(canvas, table);
    }
  });
}

if (window.Chart) {
  drawAll();
} else {
  window.addEventListener('load', drawAll);
}
