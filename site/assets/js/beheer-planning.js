/*
 * The planning of one group on /beheer/groep.html (section #planning), started by beheer-groep.js once the group is
 * loaded: generate a year from the group's slot and frequency, the planned dates (a list: it fits a phone), change a
 * date, cancel one (after a confirmation step) or restore it, add a single date. Every answer is told next to the
 * action (tell(): a result without moving focus, an error with focus). The API decides: default times from the
 * slot, holidays and the summer break skipped, 409 when someone else changed a date first.
 */
import { $, api, el, clear, tell, failTo, confirmStep, formatDate } from './workspace.js';

var DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
var group = null;
var plan = [];
var generating = false;

function base() { return '/api/admin/groups/' + encodeURIComponent(group.id) + '/planning'; }
function dayText(iso) {
  var d = iso.split('-');
  return DAYS[new Date(Date.UTC(+d[0], +d[1] - 1, +d[2])).getUTCDay()] + ' ' + formatDate(iso);
}
function value(id) { var v = $(id).value.trim(); return v === '' ? undefined : v; }

/* A labelled field in the workspace's style. */
function field(id, label, type, attrs) {
  var box = el('div', null, { 'class': 'ws-field' });
  box.appendChild(el('label', label, { 'for': id }));
  box.appendChild(el(type === 'select' ? 'select' : 'input', null, Object.assign({ id: id, name: id },
    type === 'select' ? {} : { type: type }, attrs || {})));
  return box;
}
function feedback(id) { return el('div', null, { id: id, 'class': 'ws-feedback', role: 'status', tabindex: '-1' }); }

/* ---------- the section ---------- */

function build() {
  var section = $('planning');
  clear(section);
  section.appendChild(el('h2', 'Planning', { id: 'planning-title' }));
  section.appendChild(el('p', 'De datums waarop de groep bijeenkomt. Deelnemers krijgen ze in hun plaatsingsmail en in '
    + 'hun persoonlijke agenda; een wijziging komt daar vanzelf in.', { 'class': 'ws-hint' }));
  section.appendChild(generateForm());
  section.appendChild(el('h3', 'Geplande datums', { id: 'plan-list-title' }));
  section.appendChild(el('ul', null, { id: 'plan-list', 'class': 'ws-plan', 'aria-labelledby': 'plan-list-title' }));
  section.appendChild(addForm());
}

function generateForm() {
  var form = el('form', null, { id: 'plan-generate', 'class': 'ws-form', 'aria-labelledby': 'plan-generate-title', novalidate: '' });
  form.appendChild(el('h3', 'Een jaar plannen', { id: 'plan-generate-title' }));
  form.appendChild(el('p', 'Op de vaste dag van de groep, verdeeld over het jaar, niet op feestdagen en niet in de '
    + 'zomerstop (15 juli tot en met 31 augustus). Leeg laten: het aantal van de groep ("' + group.frequency
    + '") en de tijden van het dagdeel.', { 'class': 'ws-hint', id: 'plan-generate-hint' }));
  var fields = el('div', null, { 'class': 'ws-fields' });
  var year = field('plan-year', 'Jaar', 'select');
  var thisYear = new Date().getFullYear();
  [thisYear, thisYear + 1, thisYear + 2].forEach(function (y) { year.querySelector('select').appendChild(el('option', y, { value: String(y) })); });
  year.querySelector('select').value = String(new Date().getMonth() >= 9 ? thisYear + 1 : thisYear);
  fields.appendChild(year);
  fields.appendChild(field('plan-count', 'Aantal bijeenkomsten (1 tot 12)', 'number', { min: '1', max: '12', inputmode: 'numeric' }));
  fields.appendChild(field('plan-start', 'Begintijd', 'time'));
  fields.appendChild(field('plan-end', 'Eindtijd', 'time'));
  form.appendChild(fields);
  form.appendChild(el('button', 'Jaar plannen', { type: 'submit', id: 'plan-generate-button', 'class': 'ws-button ws-button--primary',
    'aria-describedby': 'plan-generate-hint' }));
  form.appendChild(feedback('plan-generate-feedback'));
  form.addEventListener('submit', generate);
  return form;
}

function addForm() {
  var form = el('form', null, { id: 'plan-add', 'class': 'ws-form', 'aria-labelledby': 'plan-add-title', novalidate: '' });
  form.appendChild(el('h3', 'Losse datum toevoegen', { id: 'plan-add-title' }));
  var fields = el('div', null, { 'class': 'ws-fields' });
  fields.appendChild(field('plan-add-date', 'Datum (verplicht)', 'date', { required: '' }));
  fields.appendChild(field('plan-add-start', 'Begintijd', 'time'));
  fields.appendChild(field('plan-add-end', 'Eindtijd', 'time'));
  fields.appendChild(field('plan-add-place', 'Plaats', 'text', { maxlength: '200' }));
  fields.appendChild(field('plan-add-link', 'Link (online)', 'url', { maxlength: '500', placeholder: 'https://' }));
  form.appendChild(fields);
  form.appendChild(el('button', 'Datum toevoegen', { type: 'submit', id: 'plan-add-button', 'class': 'ws-button' }));
  form.appendChild(feedback('plan-add-feedback'));
  form.addEventListener('submit', add);
  return form;
}

/* ---------- the list ---------- */

function load() {
  return api('GET', base()).then(function (data) { plan = data.meetings; showList(); });
}

function showList() {
  var list = $('plan-list');
  clear(list);
  if (!plan.length) { list.appendChild(el('li', 'Er zijn nog geen datums gepland.', { id: 'plan-none' })); return; }
  plan.forEach(function (m) { list.appendChild(item(m)); });
}

function where(m) { return [m.place, m.link].filter(function (x) { return x; }).join(', ') || 'geen plaats opgegeven'; }

function item(m) {
  var li = el('li', null, { id: 'plan-' + m.id, 'class': 'ws-plan__item' + (m.cancelled ? ' ws-plan__item--cancelled' : '') });
  var text = el('p', null, { 'class': 'ws-plan__text' });
  text.appendChild(el('strong', dayText(m.date)));
  text.appendChild(document.createTextNode(', ' + m.start + '–' + m.end + ', ' + where(m)));
  if (m.cancelled) { text.appendChild(el('span', ' (vervallen)', { 'class': 'ws-plan__status' })); }
  li.appendChild(text);
  var actions = el('div', null, { 'class': 'ws-actions' });
  var edit = el('button', 'Wijzigen', { type: 'button', id: 'plan-edit-' + m.id, 'class': 'ws-button ws-button--small',
    'aria-label': 'Wijzigen: ' + dayText(m.date) });
  edit.addEventListener('click', function () { editForm(li, m); });
  actions.appendChild(edit);
  var toggle = el('button', m.cancelled ? 'Terugzetten' : 'Laten vervallen…', { type: 'button', id: 'plan-toggle-' + m.id,
    'class': 'ws-button ws-button--small', 'aria-label': (m.cancelled ? 'Terugzetten: ' : 'Laten vervallen: ') + dayText(m.date) });
  toggle.addEventListener('click', function () { m.cancelled ? restore(m) : askCancel(toggle, m); });
  actions.appendChild(toggle);
  li.appendChild(actions);
  li.appendChild(feedback('plan-feedback-' + m.id));
  return li;
}

function askCancel(button, m) {
  confirmStep(button, { question: dayText(m.date) + ' laten vervallen? Deelnemers zien in hun agenda dat deze bijeenkomst niet doorgaat.',
    yes: 'Ja, laten vervallen', no: 'Nee, laten staan' }).then(function (yes) {
    if (yes) { change(m, { version: m.version, cancelled: true }, 'toggle', dayText(m.date) + ' vervalt.'); }
  });
}

function restore(m) { change(m, { version: m.version, cancelled: false }, 'toggle', dayText(m.date) + ' gaat weer door.'); }

function editForm(li, m) {
  var p = 'plan-e-' + m.id + '-';
  var form = el('form', null, { 'class': 'ws-form', novalidate: '', 'aria-label': 'Wijzigen: ' + dayText(m.date) });
  var fields = el('div', null, { 'class': 'ws-fields' });
  fields.appendChild(field(p + 'date', 'Datum', 'date', { value: m.date, required: '' }));
  fields.appendChild(field(p + 'start', 'Begintijd', 'time', { value: m.start, required: '' }));
  fields.appendChild(field(p + 'end', 'Eindtijd', 'time', { value: m.end, required: '' }));
  fields.appendChild(field(p + 'place', 'Plaats', 'text', { value: m.place, maxlength: '200' }));
  fields.appendChild(field(p + 'link', 'Link (online)', 'url', { value: m.link, maxlength: '500', placeholder: 'https://' }));
  form.appendChild(fields);
  var actions = el('div', null, { 'class': 'ws-actions' });
  actions.appendChild(el('button', 'Opslaan', { type: 'submit', id: p + 'save', 'class': 'ws-button ws-button--primary' }));
  var back = el('button', 'Annuleren', { type: 'button', 'class': 'ws-button' });
  back.addEventListener('click', function () { showList(); $('plan-edit-' + m.id).focus(); });
  actions.appendChild(back);
  form.appendChild(actions);
  var out = feedback(p + 'feedback');
  form.appendChild(out);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    change(m, { version: m.version, date: value(p + 'date'), start: value(p + 'start'), end: value(p + 'end'),
      place: $(p + 'place').value.trim(), link: $(p + 'link').value.trim() }, 'edit', null, out);
  });
  clear(li);
  li.appendChild(form);
  $(p + 'date').focus();
}

/*
 * One change at the version read. Afterwards the list is drawn again, focus is on the row's button, and the answer
 * is told next to it. A 409 (someone else was first) reloads the list and says so there; other errors stay in the form.
 */
function change(m, body, button, okText, formFeedback) {
  api('PUT', base() + '/' + encodeURIComponent(m.id), body).then(function (saved) {
    return load().then(function () {
      $('plan-' + button + '-' + saved.id).focus();
      tell('plan-feedback-' + saved.id, okText || 'Opgeslagen: ' + dayText(saved.date) + ', ' + saved.start + '–' + saved.end + '.');
    });
  }).catch(function (error) {
    if (error.status === 409) {
      return load().then(function () {
        tell('plan-feedback-' + m.id, 'Iemand anders heeft deze datum net gewijzigd; jouw wijziging is niet opgeslagen. '
          + 'Hierboven staat nu de nieuwste versie: pas die zo nodig opnieuw aan.', 'error');
      });
    }
    failTo(formFeedback || 'plan-feedback-' + m.id)(error);
  });
}

function generate(event) {
  event.preventDefault();
  var body = { year: Number($('plan-year').value) };
  if (value('plan-count')) { body.count = Number(value('plan-count')); }
  if (value('plan-start')) { body.start = value('plan-start'); }
  if (value('plan-end')) { body.end = value('plan-end'); }
  // Not disabled while busy (a disabled button drops the keyboard focus): a second press is ignored instead.
  if (generating) { return; }
  generating = true;
  api('POST', base() + '/generate', body).then(function (data) {
    return load().then(function () {
      tell('plan-generate-feedback', data.meetings.length + ' bijeenkomsten gepland in ' + body.year + ': '
        + data.meetings.map(function (m) { return formatDate(m.date); }).join(', ') + '.');
    });
  }).catch(failTo('plan-generate-feedback')).then(function () { generating = false; });
}

function add(event) {
  event.preventDefault();
  var body = { date: value('plan-add-date') || '' };
  ['start', 'end', 'place', 'link'].forEach(function (f) { if (value('plan-add-' + f)) { body[f] = value('plan-add-' + f); } });
  api('POST', base(), body).then(function (saved) {
    return load().then(function () {
      $('plan-add').reset();
      tell('plan-add-feedback', 'Toegevoegd: ' + dayText(saved.date) + ', ' + saved.start + '–' + saved.end + '.');
    });
  }).catch(failTo('plan-add-feedback'));
}

/* Called by beheer-groep.js with the loaded group (again after every reload of the group). */
export function showPlanning(g) {
  var first = group === null || group.id !== g.id;
  group = g;
  $('planning').hidden = false;
  if (first) { build(); }
  return load().catch(failTo('plan-generate-feedback'));
}

export function hidePlanning() { $('planning').hidden = true; }
