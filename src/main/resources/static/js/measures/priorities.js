// The priorities screen: a live bar chart and table of the points typed, and a running total.
// Chart.js is loaded from its WebJar before this module (window.Chart). The server checks the total again.
const form = document.querySelector('[data-svh-priorities]');
if (form) {
  const inputs = Array.from(form.querySelectorAll('input[data-outcome]'));
  const total = document.getElementById('points-total');
  const canvas = document.getElementById('priorities-chart');
  const points = (input) => {
    const value = Number.parseInt(input.value, 10);
    return Number.isFinite(value) && value > 0 ? value : 0;
  };
  const chart = window.Chart && canvas ? new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: inputs.map((input) => input.dataset.outcome),
      datasets: [{ label: total.dataset.template.split('{')[0].trim() || 'Points', data: inputs.map(points),
        backgroundColor: '#00625e' }]
    },
    options: {
      indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { min: 0, suggestedMax: 30, ticks: { precision: 0 } } }
    }
  }) : null;

  const update = () => {
    const values = inputs.map(points);
    const sum = values.reduce((a, b) => a + b, 0);
    total.textContent = total.dataset.template.replace('{0}', String(sum)).replace('{1}', String(100 - sum));
    total.classList.toggle('svh-total--ok', sum === 100);
    inputs.forEach((input, i) => {
      const cell = document.querySelector(`[data-points-for="${input.dataset.outcome}"]`);
      if (cell) {
        cell.textContent = String(values[i]);
      }
    });
    if (chart) {
      chart.data.datasets[0].data = values;
      chart.update();
    }
  };
  inputs.forEach((input) => input.addEventListener('input', update));
  update();
}
