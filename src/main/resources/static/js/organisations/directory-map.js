// Draws the directory's results by postcode district on a Leaflet map, from the table beside it.
// Without JavaScript, or if Leaflet fails to load, the table (and the list view) still work;
// without map tiles the markers still show on a blank map.
const container = document.getElementById('directory-map');
const rows = Array.from(document.querySelectorAll('#directory-districts tr[data-lat]'));

function draw() {
  if (!container || !window.L || rows.length === 0) {
    return;
  }
  container.hidden = false;
  const map = window.L.map(container, { scrollWheelZoom: false });
  window.L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: container.dataset.attribution
  }).addTo(map);
  const bounds = [];
  rows.forEach((row) => {
    const point = [Number(row.dataset.lat), Number(row.dataset.lon)];
    const link = row.querySelector('a');
    const icon = window.L.divIcon({
      className: 'svh-map-marker',
      html: `<span>${row.dataset.district} · ${row.dataset.count}</span>`,
      iconSize: null
    });
    const marker = window.L.marker(point, { icon, title: `${row.dataset.district}: ${row.dataset.count}`, keyboard: true });
    marker.on('click', () => { window.location.href = link.href; });
    marker.addTo(map);
    bounds.push(point);
  });
  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 12 });
}

if (document.readyState === 'complete') {
  draw();
} else {
  window.addEventListener('load', draw);
}
