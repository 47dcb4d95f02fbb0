// Draws the directory's results by postcode district on a Leaflet map, from the table beside it.
// Districts close together on screen are drawn as one marker with their total, which zooms in when
// selected; a district's name shows on hover or keyboard focus only, so labels never pile up.
// Without JavaScript, or if Leaflet fails to load, the table (and the list view) still work.
// Without tiles (none configured, or none load) the markers stay on a plain background, with a note.
const container = document.getElementById('directory-map');
const note = document.getElementById('directory-map-note');
const rows = Array.from(document.querySelectorAll('#directory-districts tr[data-lat]'));

// Markers whose centres are closer than this many pixels at the current zoom are drawn as one.
const CLUSTER_PIXELS = 48;

function fill(template, ...values) {
  return values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
}

function escaped(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

function showNote(kind) {
  if (note && note.hidden) {
    note.textContent = note.dataset[kind];
    note.hidden = false;
  }
}

function districts() {
  return rows.map((row) => ({
    point: [Number(row.dataset.lat), Number(row.dataset.lon)],
    district: row.dataset.district,
    count: Number(row.dataset.count),
    href: row.querySelector('a').href
  }));
}

// Groups the districts by square cells of the screen at the map's zoom.
function groups(map, places) {
  const cells = new Map();
  places.forEach((place) => {
    const pixel = map.project(place.point, map.getZoom());
    const key = `${Math.floor(pixel.x / CLUSTER_PIXELS)}:${Math.floor(pixel.y / CLUSTER_PIXELS)}`;
    if (!cells.has(key)) {
      cells.set(key, []);
    }
    cells.get(key).push(place);
  });
  return Array.from(cells.values());
}

function marker(map, group) {
  const L = window.L;
  const total = group.reduce((sum, place) => sum + place.count, 0);
  if (group.length === 1) {
    const place = group[0];
    const label = fill(container.dataset.districtLabel, place.district, place.count);
    const icon = L.divIcon({ className: 'svh-map-marker', html: `<span>${total}</span>`, iconSize: [32, 32] });
    const single = L.marker(place.point, { icon, title: label, alt: label, keyboard: true });
    single.bindTooltip(escaped(label), { direction: 'top', offset: [0, -12] });
    single.on('click', () => { window.location.href = place.href; });
    single.on('keypress', (event) => {
      if (event.originalEvent.key === 'Enter') {
        window.location.href = place.href;
      }
    });
    return single;
  }
  const bounds = L.latLngBounds(group.map((place) => place.point));
  const names = group.map((place) => place.district).join(', ');
  const label = fill(container.dataset.clusterLabel, names, total);
  const icon = L.divIcon({
    className: 'svh-map-marker svh-map-cluster',
    html: `<span>${total}</span>`,
    iconSize: [40, 40]
  });
  const cluster = L.marker(bounds.getCenter(), { icon, title: label, alt: label, keyboard: true });
  cluster.bindTooltip(escaped(label), { direction: 'top', offset: [0, -12] });
  const zoomIn = () => map.fitBounds(bounds.pad(0.5), { maxZoom: map.getZoom() + 3 });
  cluster.on('click', zoomIn);
  cluster.on('keypress', (event) => {
    if (event.originalEvent.key === 'Enter') {
      zoomIn();
    }
  });
  return cluster;
}

function tiles(map) {
  const url = container.dataset.tileUrl;
  if (!url) {
    showNote('none');
    return;
  }
  const layer = window.L.tileLayer(url, { maxZoom: 18, attribution: escaped(container.dataset.attribution || '') });
  let loaded = false;
  layer.on('tileload', () => { loaded = true; });
  // One tile that fails to load is the host out of reach (or refusing us); the markers stay.
  layer.on('tileerror', () => {
    if (!loaded) {
      map.removeLayer(layer);
      showNote('unreachable');
    }
  });
  layer.addTo(map);
}

function draw() {
  if (!container || !window.L || rows.length === 0) {
    return;
  }
  container.hidden = false;
  const map = window.L.map(container, { scrollWheelZoom: false });
  const places = districts();
  map.fitBounds(places.map((place) => place.point), { padding: [30, 30], maxZoom: 12 });
  tiles(map);
  const layer = window.L.layerGroup().addTo(map);
  const redraw = () => {
    layer.clearLayers();
    groups(map, places).forEach((group) => layer.addLayer(marker(map, group)));
  };
  map.on('zoomend', redraw);
  redraw();
}

if (document.readyState === 'complete') {
  draw();
} else {
  window.addEventListener('load', draw);
}
