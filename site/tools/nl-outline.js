// Makes site/data/nl-outline.yaml's rings: the European Netherlands from @geo-maps/countries-land-1km 0.6.0
// (OpenStreetMap land polygons, ODbL 1.0), simplified with Douglas-Peucker. Run in a folder where
// `npm install @geo-maps/countries-land-1km@0.6.0` was done: node nl-outline.js [tolerance°] [min ring area]
// (defaults 0.012 and 0.002); it writes outline.json ([lat, lon] rings) and a preview nl3.svg.
const fs = require('fs');
const tol = parseFloat(process.argv[2] || '0.012');      // degrees of latitude (~1.3 km)
const minArea = parseFloat(process.argv[3] || '0.002');  // drop rings smaller than this (deg², scaled)
const fc = JSON.parse(fs.readFileSync(require.resolve('@geo-maps/countries-land-1km/map.geo.json')));
const nl = fc.features.find(f => f.properties.A3 === 'NLD');
const C = 0.6157;
const europe = r => r.every(([lon, lat]) => lon > 3 && lon < 7.5 && lat > 50.6 && lat < 53.8);
function dp(pts, eps) {
  if (pts.length < 3) return pts;
  const [ax, ay] = pts[0], [bx, by] = pts[pts.length - 1];
  let max = 0, idx = 0;
  const dx = (bx - ax) * C, dy = by - ay, len = Math.hypot(dx, dy);
  for (let i = 1; i < pts.length - 1; i++) {
    const qx = (pts[i][0] - ax) * C, qy = pts[i][1] - ay;
    const d = len === 0 ? Math.hypot(qx, qy) : Math.abs(dx * qy - dy * qx) / len;
    if (d > max) { max = d; idx = i; }
  }
  if (max <= eps) return [pts[0], pts[pts.length - 1]];
  return dp(pts.slice(0, idx + 1), eps).slice(0, -1).concat(dp(pts.slice(idx), eps));
}
const area = r => Math.abs(r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]; return a + (p[0] * C) * q[1] - (q[0] * C) * p[1]; }, 0) / 2);
const rings = [];
for (const poly of nl.geometry.coordinates) for (const ring of poly) {
  if (!europe(ring) || area(ring) < minArea) continue;
  // split the closed ring at its far point so DP keeps both halves
  let far = 0, fd = 0; ring.forEach((p, i) => { const d = Math.hypot((p[0] - ring[0][0]) * C, p[1] - ring[0][1]); if (d > fd) { fd = d; far = i; } });
  const s = dp(ring.slice(0, far + 1), tol).concat(dp(ring.slice(far), tol).slice(1));
  if (s.length >= 4) rings.push(s.map(([lon, lat]) => [Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000]));
}
process.stderr.write(`rings ${rings.length}, points ${rings.reduce((a, r) => a + r.length, 0)}\n`);
fs.writeFileSync('outline.json', JSON.stringify(rings));
const k = 120, px = l => ((l - 3.2) * C * k), py = a => ((53.6 - a) * k);
const d = rings.map(r => 'M' + r.map(([la, lo]) => px(lo).toFixed(1) + ',' + py(la).toFixed(1)).join('L') + 'Z').join('');
fs.writeFileSync('nl3.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 360" width="600" height="720"><rect width="300" height="360" fill="#cde"/><path fill-rule="evenodd" d="${d}" fill="#9c9" stroke="#363" stroke-width="0.5"/></svg>`);
