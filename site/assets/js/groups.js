/* The groups page: the HTML is the snapshot taken at build time. This refreshes it from GET /api/groups (the
   coordinators' data): places open now, groups added since the build, groups closed since. Without scripts, or
   when the API cannot be reached, the snapshot and its date stay as they are. */
(function () {
  'use strict';
  var status = document.getElementById('groups-status');
  var regions = document.getElementById('group-regions');
  if (!status || !regions || !window.fetch) { return; }
  var en = status.getAttribute('data-lang') === 'en';
  var t = function (nl, english) { return en ? english : nl; };
  var DAYS = { monday: ['maandag', 'Monday'], tuesday: ['dinsdag', 'Tuesday'], wednesday: ['woensdag', 'Wednesday'],
    thursday: ['donderdag', 'Thursday'], friday: ['vrijdag', 'Friday'], saturday: ['zaterdag', 'Saturday'],
    sunday: ['zondag', 'Sunday'] };
  var PARTS = { morning: ['ochtend', 'morning'], afternoon: ['middag', 'afternoon'], evening: ['avond', 'evening'] };
  var SVG = 'http://www.w3.org/2000/svg';

  function slug(text) { return text.toLowerCase().replace(/[^a-z0-9]+/g, '-'); }
  function when(g) {
    var d = DAYS[g.weekday] || ['', ''], p = PARTS[g.partOfDay] || ['', ''];
    return en ? d[1] + ' ' + p[1] : d[0] + p[0];
  }
  function placesText(n) {
    if (n > 0) { return n + ' ' + t(n === 1 ? 'plaats vrij' : 'plaatsen vrij', n === 1 ? 'place open' : 'places open'); }
    return t('vol: je kunt op de wachtlijst', 'full: you can join the waiting list');
  }
  function el(name, text, cls) {
    var e = document.createElement(name);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function setPlaces(badge, n) {
    badge.textContent = placesText(n);
    badge.className = 'badge' + (n > 0 ? '' : ' badge--full');
  }

  function newGroup(g) {
    var li = el('li', undefined, 'group');
    li.id = 'groep-' + g.id;
    li.setAttribute('data-id', g.id);
    li.appendChild(el('h3', g.name));
    var dl = el('dl', undefined, 'facts');
    var fact = function (term, value) { dl.appendChild(el('dt', term)); var dd = el('dd', value); dl.appendChild(dd); return dd; };
    if (g.mode === 'in-person') { fact(t('Plaats', 'Place'), g.city + ' (' + g.venue.toLowerCase() + ')'); }
    else { fact(t('Waar', 'Where'), 'Online (' + g.venue.toLowerCase() + ')'); }
    fact(t('Wanneer', 'When'), when(g) + ', ' + g.frequency);
    fact(t('Taal', 'Language'), g.language === 'en' ? t('Engels', 'English') : t('Nederlands', 'Dutch'));
    fact(t('Begeleider', 'Facilitator'), g.facilitator);
    var dd = fact(t('Plaatsen', 'Places'), '');
    var badge = el('span');
    badge.setAttribute('data-places', '');
    dd.appendChild(badge);
    setPlaces(badge, g.placesOpen);
    li.appendChild(dl);
    return li;
  }

  function regionList(region) {
    var section = regions.querySelector('section[data-region="' + region.replace(/"/g, '') + '"]');
    if (!section) {
      section = el('section', undefined, 'region');
      section.setAttribute('data-region', region);
      var h2 = el('h2', region);
      h2.id = 'regio-' + slug(region);
      section.setAttribute('aria-labelledby', h2.id);
      section.appendChild(h2);
      section.appendChild(el('ul', undefined, 'group-list'));
      regions.appendChild(section);
    }
    return section.querySelector('ul');
  }

  function px(lon) { return Math.round((lon - 3.2) * 0.6157 * 120 * 10) / 10; }
  function py(lat) { return Math.round((53.6 - lat) * 120 * 10) / 10; }

  /* The points are drawn again from the list, so a group added later gets its place on the map. */
  function redrawMap(groups) {
    var svg = document.getElementById('group-map');
    if (!svg) { return; }
    Array.prototype.forEach.call(svg.querySelectorAll('a[data-city]'), function (a) { a.parentNode.removeChild(a); });
    var cities = {};
    groups.filter(function (g) { return g.mode === 'in-person'; }).forEach(function (g) {
      (cities[g.city] = cities[g.city] || []).push(g);
    });
    Object.keys(cities).forEach(function (city) {
      var here = cities[city], first = here[0];
      var a = document.createElementNS(SVG, 'a');
      a.setAttribute('href', '#groep-' + first.id);
      a.setAttribute('data-city', city);
      a.setAttribute('aria-label', city + ': ' + here.length + ' ' + t(here.length === 1 ? 'groep' : 'groepen', here.length === 1 ? 'group' : 'groups'));
      var c = document.createElementNS(SVG, 'circle');
      c.setAttribute('class', 'map__point');
      c.setAttribute('cx', px(first.longitude));
      c.setAttribute('cy', py(first.latitude));
      c.setAttribute('r', '6');
      var left = first.longitude > 6.2 || first.longitude < 4.6;
      var label = document.createElementNS(SVG, 'text');
      label.setAttribute('class', 'map__label' + (left ? ' map__label--left' : ''));
      label.setAttribute('x', px(first.longitude) + (left ? -9 : 9));
      label.setAttribute('y', py(first.latitude) + 4);
      label.setAttribute('aria-hidden', 'true');
      label.textContent = city;
      a.appendChild(c);
      a.appendChild(label);
      svg.appendChild(a);
    });
  }

  function apply(data) {
    var groups = (data.groups || []).filter(function (g) { return !en || g.language === 'en'; });
    var seen = {};
    groups.forEach(function (g) {
      seen[g.id] = true;
      var li = document.getElementById('groep-' + g.id);
      if (li) { setPlaces(li.querySelector('[data-places]'), g.placesOpen); }
      else { regionList(g.region).appendChild(newGroup(g)); }
    });
    Array.prototype.forEach.call(regions.querySelectorAll('li.group'), function (li) {
      if (!seen[li.getAttribute('data-id')]) { li.parentNode.removeChild(li); }
    });
    Array.prototype.forEach.call(regions.querySelectorAll('section.region'), function (s) {
      if (!s.querySelector('li.group')) { s.parentNode.removeChild(s); }
    });
    redrawMap(groups);
    var now = new Date();
    var time = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
    status.textContent = t('Vrije plaatsen bijgewerkt vandaag om ' + time + '.', 'Places updated today at ' + time + '.');
  }

  fetch('/api/groups', { headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('status ' + r.status); } return r.json(); })
    .then(apply)
    .catch(function () { /* the snapshot stays, with its date */ });
}());
