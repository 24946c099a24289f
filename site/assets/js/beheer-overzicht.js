/* /beheer/: after sign-in, what needs attention (applicants to review, the longest wait, groups with places) and counts. */
import { $, api, el, clear, failTo, daysSince, waitedText } from './workspace.js';
import { start } from './signin.js';
import { APPLICANT_STATUS } from './beheer-labels.js';

function tile(list, text, href, linkText) {
  var item = el('li', null, { 'class': 'ws-tile' });
  item.appendChild(el('p', text));
  if (href) { item.appendChild(el('a', linkText, { href: href })); }
  list.appendChild(item);
}

function show(applicants, groups) {
  var count = {};
  applicants.forEach(function (a) { count[a.status] = (count[a.status] || 0) + 1; });
  var list = $('attention');
  clear(list);
  if (count.NEEDS_REVIEW) {
    tile(list, count.NEEDS_REVIEW + ' aanmelding(en) te beoordelen.', '/beheer/aanmeldingen.html?status=NEEDS_REVIEW', 'Beoordeel de aanmeldingen');
  }
  var waiting = applicants.filter(function (a) { return a.status === 'WAITING'; });
  if (waiting.length) {
    var longest = Math.max.apply(null, waiting.map(function (a) { return daysSince(a.confirmedAt || a.createdAt) || 0; }));
    tile(list, waiting.length + ' wachtend(en); de langste wacht ' + waitedText(longest) + '.', '/beheer/matching.html', 'Maak een voorstel');
  }
  var open = groups.filter(function (g) { return g.status === 'open' && g.placesOpen > 0; });
  var places = open.reduce(function (sum, g) { return sum + g.placesOpen; }, 0);
  tile(list, open.length + ' open groep(en) met samen ' + places + ' vrije plaats(en).', '/beheer/groepen.html', 'Bekijk de groepen');
  var counts = $('counts');
  clear(counts);
  Object.keys(APPLICANT_STATUS).forEach(function (s) {
    counts.appendChild(el('dt', APPLICANT_STATUS[s]));
    counts.appendChild(el('dd', count[s] || 0));
  });
  counts.appendChild(el('dt', 'Groepen (niet gesloten)'));
  counts.appendChild(el('dd', groups.filter(function (g) { return g.status !== 'closed'; }).length));
}

start(function () {
  return Promise.all([api('GET', '/api/admin/applicants'), api('GET', '/api/admin/groups')])
    .then(function (answers) { show(answers[0].applicants, answers[1].groups); })
    .catch(failTo('attention-feedback'));
});
