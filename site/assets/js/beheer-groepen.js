/* /beheer/groepen.html: every group with members and places; the first import of the catalogue. */
import { $, api, el, clear, tell, failTo, stack } from './workspace.js';
import { start } from './signin.js';
import { GROUP_STATUS, groupWhereWhen, groupHref } from './beheer-labels.js';

function show(list) {
  var body = $('groups-body');
  clear(body);
  list.forEach(function (g) {
    var row = el('tr');
    var name = el('th', null, { scope: 'row' });
    name.appendChild(el('a', g.name, { href: groupHref(g.id) }));
    row.appendChild(name);
    row.appendChild(el('td', groupWhereWhen(g)));
    row.appendChild(el('td', GROUP_STATUS[g.status] || g.status));
    row.appendChild(el('td', g.memberCount + ' van ' + g.capacity + ' (' + g.placesOpen + ' vrij)'));
    body.appendChild(row);
  });
  stack($('groups-table'));
}

function load() {
  return api('GET', '/api/admin/groups').then(function (data) { show(data.groups); });
}

$('groups-sync').addEventListener('click', function () {
  api('POST', '/api/admin/groups/sync').then(function (data) {
    return load().then(function () {
      tell('groups-feedback', data.synced === 0 ? 'Alle groepen uit het bestand stonden er al; er is niets veranderd.'
        : data.synced + ' groep(en) toegevoegd.');
    });
  }).catch(failTo('groups-feedback'));
});

start(function () { return load().catch(failTo('groups-feedback')); });
