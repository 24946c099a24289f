/*
 * /beheer/aanmeldingen.html: the applicants — search (name, reference, organisation, e-mail: the API searches, and
 * never lists an address), filter by status, language, mode and region, see how long each person has waited,
 * admit someone under review to the waiting list. The filters live in the address, so a list can be bookmarked.
 */
import { $, api, el, clear, tell, failTo, formatDate, daysSince, waitedText, stack } from './workspace.js';
import { start } from './signin.js';
import { APPLICANT_STATUS, applicantHref } from './beheer-labels.js';

var FILTERS = ['search', 'status-filter', 'language-filter', 'mode-filter', 'region-filter'];
var PARAMS = { 'search': 'q', 'status-filter': 'status', 'language-filter': 'language', 'mode-filter': 'mode', 'region-filter': 'region' };
var LANGUAGES = { nl: 'Nederlands', en: 'Engels' };
var MODES = { 'in-person': 'op locatie', online: 'online', either: 'op locatie of online' };

function cell(tag, column, content) {
  var node = el(tag, typeof content === 'string' ? content : null);
  if (tag === 'th') { node.setAttribute('scope', 'row'); }
  if (content && typeof content !== 'string') { node.appendChild(content); }
  return node;
}

function isWaiting(a) { return a.status === 'NEEDS_REVIEW' || a.status === 'WAITING'; }

function waited(a) {
  if (!isWaiting(a)) { return '—'; }
  return waitedText(daysSince(a.createdAt)) + ' (sinds ' + formatDate(a.createdAt) + ')';
}

function row(a) {
  var tr = el('tr');
  tr.appendChild(cell('th', 0, el('a', a.name, { href: applicantHref(a.id) })));
  var reference = cell('td', 1, a.reference);
  reference.classList.add('ws-nowrap');
  tr.appendChild(reference);
  tr.appendChild(cell('td', 2, a.organisation || '—'));
  tr.appendChild(cell('td', 3, APPLICANT_STATUS[a.status] || a.status));
  tr.appendChild(cell('td', 4, (LANGUAGES[a.language] || a.language) + ', ' + (MODES[a.mode] || a.mode)
    + (a.region ? ', ' + a.region : '')));
  tr.appendChild(cell('td', 5, waited(a)));
  var action = cell('td', 6, '');
  if (a.status === 'NEEDS_REVIEW') {
    var button = el('button', 'Toelaten tot wachtlijst', {
      type: 'button', 'class': 'utrecht-button utrecht-button--secondary-action ws-button--small',
      'aria-label': 'Toelaten tot wachtlijst: ' + a.name
    });
    button.addEventListener('click', function () { admit(a); });
    action.appendChild(button);
  }
  tr.appendChild(action);
  return tr;
}

/* Language, mode and region narrow the list the API gave for the status and search text. */
function wanted(a) {
  var language = $('language-filter').value;
  var mode = $('mode-filter').value;
  var region = $('region-filter').value;
  return (!language || a.language === language) && (!mode || a.mode === mode)
    && (!region || (region === '-' ? !a.region : a.region === region));
}

function describe(count) {
  var parts = [$('status-filter').value ? APPLICANT_STATUS[$('status-filter').value] : 'Alle'];
  ['language-filter', 'mode-filter', 'region-filter'].forEach(function (id) {
    var select = $(id);
    if (select.value) { parts.push(select.options[select.selectedIndex].textContent.toLowerCase()); }
  });
  var q = $('search').value.trim();
  return parts.join(', ') + (q ? ', met "' + q + '"' : '') + ': ' + count + ' aanmelding(en)';
}

function keepInAddress() {
  var query = new URLSearchParams();
  FILTERS.forEach(function (id) { if ($(id).value.trim()) { query.set(PARAMS[id], $(id).value.trim()); } });
  // "status" is always kept: without it the page opens on "to review".
  if (!$('status-filter').value) { query.set('status', ''); }
  window.history.replaceState(null, '', window.location.pathname + (query.toString() ? '?' + query.toString() : ''));
}

function load() {
  var query = new URLSearchParams();
  if ($('status-filter').value) { query.set('status', $('status-filter').value); }
  if ($('search').value.trim()) { query.set('q', $('search').value.trim()); }
  return api('GET', '/api/admin/applicants' + (query.toString() ? '?' + query.toString() : '')).then(function (data) {
    // Who still waits (to review or on the waiting list) first, the longest waiting first; then the others.
    var shown = data.applicants.filter(wanted).sort(function (x, y) {
      var kx = (isWaiting(x) ? '0' : '1') + x.createdAt;
      var ky = (isWaiting(y) ? '0' : '1') + y.createdAt;
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    });
    var body = $('applicants-body');
    clear(body);
    shown.forEach(function (a) { body.appendChild(row(a)); });
    if (!shown.length) {
      var empty = el('tr');
      empty.appendChild(el('td', 'Niemand gevonden. Wis een filter of zoek op iets anders.', { colspan: '7' }));
      body.appendChild(empty);
    }
    stack($('applicants-table'));
    $('applicants-caption').textContent = describe(shown.length);
    $('applicants-region').hidden = false;
    keepInAddress();
    return shown.length;
  });
}

function admit(a) {
  api('POST', '/api/admin/applicants/' + encodeURIComponent(a.id) + '/clear', { version: a.version })
    .then(load)
    .then(function () { tell('applicants-feedback', a.name + ' staat nu op de wachtlijst.'); })
    .catch(failTo('applicants-feedback'));
}

function search() {
  return load().then(function (n) { tell('applicants-feedback', n + ' aanmelding(en) gevonden.'); })
    .catch(failTo('applicants-feedback'));
}

$('applicants-form').addEventListener('submit', function (event) { event.preventDefault(); search(); });
// Choosing a filter shows the result at once; typing waits for "Zoeken" (or Enter).
['status-filter', 'language-filter', 'mode-filter', 'region-filter'].forEach(function (id) {
  $(id).addEventListener('change', search);
});
$('filters-clear').addEventListener('click', function () {
  FILTERS.forEach(function (id) { $(id).value = ''; });
  search();
});
var given = new URLSearchParams(window.location.search);
FILTERS.forEach(function (id) { if (given.has(PARAMS[id])) { $(id).value = given.get(PARAMS[id]); } });

start(function () { return load().catch(failTo('applicants-feedback')); });
