/*
 * /beheer/aanmelding.html?id=…: one applicant. For now it shows the fields GET /api/admin/applicants/{id} returns;
 * the detail view with history and actions grows here (helper "applicants").
 */
import { $, api, el, clear, failTo, param } from './workspace.js';
import { start } from './signin.js';

function value(v) {
  if (v === null || v === undefined || v === '') { return '—'; }
  if (Array.isArray(v)) { return v.length ? v.map(value).join(', ') : '—'; }
  if (typeof v === 'object') { return JSON.stringify(v); }
  if (v === true) { return 'ja'; }
  if (v === false) { return 'nee'; }
  return String(v);
}

function show(a) {
  var box = $('applicant-detail');
  clear(box);
  document.querySelector('h1').textContent = a.name || 'Aanmelding';
  var facts = el('dl', null, { 'class': 'ws-facts' });
  Object.keys(a).forEach(function (k) {
    facts.appendChild(el('dt', k));
    facts.appendChild(el('dd', value(a[k])));
  });
  box.appendChild(facts);
}

start(function () {
  var id = param('id');
  if (!id) { return failTo('page-feedback')(new Error('Kies een aanmelding in de lijst.')); }
  return api('GET', '/api/admin/applicants/' + encodeURIComponent(id)).then(show).catch(failTo('page-feedback'));
});
