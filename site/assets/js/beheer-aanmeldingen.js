/* /beheer/aanmeldingen.html: the applicants, by status; admitting someone under review to the waiting list. */
import { $, api, el, clear, tell, failTo, param, formatDate } from './workspace.js';
import { start } from './signin.js';
import { APPLICANT_STATUS, applicantHref } from './beheer-labels.js';

function row(a) {
  var tr = el('tr');
  tr.appendChild(el('td', a.reference));
  var name = el('th', null, { scope: 'row' });
  name.appendChild(el('a', a.name, { href: applicantHref(a.id) }));
  tr.appendChild(name);
  tr.appendChild(el('td', a.organisation));
  tr.appendChild(el('td', APPLICANT_STATUS[a.status] || a.status));
  tr.appendChild(el('td', formatDate(a.createdAt)));
  var action = el('td');
  if (a.status === 'NEEDS_REVIEW') {
    var button = el('button', 'Toelaten tot wachtlijst', {
      type: 'button', 'class': 'ws-button', 'aria-label': 'Toelaten tot wachtlijst: ' + a.name
    });
    button.addEventListener('click', function () { admit(a); });
    action.appendChild(button);
  }
  tr.appendChild(action);
  return tr;
}

function load() {
  var status = $('status-filter').value;
  var path = '/api/admin/applicants' + (status ? '?status=' + encodeURIComponent(status) : '');
  return api('GET', path).then(function (data) {
    var body = $('applicants-body');
    clear(body);
    data.applicants.forEach(function (a) { body.appendChild(row(a)); });
    $('applicants-caption').textContent = (status ? APPLICANT_STATUS[status] : 'Alle') + ': '
      + data.applicants.length + ' aanmelding(en)';
    $('applicants-region').hidden = false;
    return data.applicants.length;
  });
}

function admit(a) {
  api('POST', '/api/admin/applicants/' + encodeURIComponent(a.id) + '/clear', { version: a.version })
    .then(load)
    .then(function () { tell('applicants-feedback', a.name + ' staat nu op de wachtlijst.'); })
    .catch(failTo('applicants-feedback'));
}

$('applicants-form').addEventListener('submit', function (event) {
  event.preventDefault();
  load().then(function (n) { tell('applicants-feedback', n + ' aanmelding(en) gevonden.'); })
    .catch(failTo('applicants-feedback'));
});
if (param('status') !== null) { $('status-filter').value = param('status'); }

start(function () { return load().catch(failTo('applicants-feedback')); });
