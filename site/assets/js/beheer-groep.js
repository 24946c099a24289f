/*
 * /beheer/groep.html?id=…: one group — its facts (change, close), members (place someone, record leaving) and
 * meetings (record one). Without ?id= the page is the form for a new group.
 * The section #planning is the planned meetings' own module (beheer-planning.js).
 */
import { $, api, el, clear, tell, failTo, param, confirmStep, today, formatDate } from './workspace.js';
import { start } from './signin.js';
import { GROUP_STATUS, DAYS, PARTS, applicantHref, groupHref } from './beheer-labels.js';
import { showPlanning, hidePlanning } from './beheer-planning.js';

var FIELDS = ['name', 'region', 'city', 'venue', 'weekday', 'partOfDay', 'frequency', 'language', 'mode',
  'capacity', 'facilitator', 'facilitatorEmail', 'facilitatorUsername', 'latitude', 'longitude', 'status'];
var ATTENDANCE = [['present', 'Aanwezig'], ['excused', 'Afgemeld'], ['absent', 'Afwezig']];
var shown = null;

function heading(text) {
  var h1 = document.querySelector('h1');
  h1.textContent = text;
  document.title = text + ' | ' + document.title.split(' | ').slice(1).join(' | ');
}

/* ---------- the group's facts ---------- */

function showFacts(g) {
  var facts = $('group-detail-facts');
  clear(facts);
  [['Plaats', g.mode === 'online' ? 'online (' + g.venue + ')' : g.city + ' (' + g.venue + ')'],
    ['Wanneer', (DAYS[g.weekday] || '') + (PARTS[g.partOfDay] || '') + ', ' + g.frequency],
    ['Regio', g.region], ['Taal', g.language === 'en' ? 'Engels' : 'Nederlands'],
    ['Begeleider', g.facilitator + (g.facilitatorEmail ? ' (' + g.facilitatorEmail + ')' : '')],
    ['Status', GROUP_STATUS[g.status] || g.status],
    ['Plaatsen', g.memberCount + ' van ' + g.capacity + ' bezet, ' + g.placesOpen + ' vrij']].forEach(function (f) {
    facts.appendChild(el('dt', f[0]));
    facts.appendChild(el('dd', f[1]));
  });
}

function load(id) {
  return api('GET', '/api/admin/groups/' + encodeURIComponent(id)).then(function (g) {
    shown = g;
    heading(g.name);
    $('group-form').hidden = true;
    showFacts(g);
    $('group-close').hidden = g.status === 'closed';
    showMembers(g);
    showMeetings(g);
    ['group-detail', 'members', 'meeting'].forEach(function (s) { $(s).hidden = false; });
    showPlanning(g);
    return g;
  });
}

function openForm(g) {
  var form = $('group-form');
  form.reset();
  tell('group-form-feedback', '');
  $('group-form-title').textContent = g ? 'Groep wijzigen: ' + g.name : 'Nieuwe groep';
  $('group-id').value = g ? g.id : '';
  $('group-version').value = g ? g.version : '';
  if (g) { FIELDS.forEach(function (f) { $('group-' + f).value = g[f] === null || g[f] === undefined ? '' : g[f]; }); }
  ['group-detail', 'members', 'meeting'].forEach(function (s) { $(s).hidden = true; });
  hidePlanning();
  form.hidden = false;
  $('group-form-title').focus();
}

function formBody() {
  var body = {};
  FIELDS.forEach(function (f) { body[f] = $('group-' + f).value.trim(); });
  ['capacity', 'latitude', 'longitude'].forEach(function (f) {
    var text = body[f].replace(',', '.');
    body[f] = text === '' || isNaN(Number(text)) ? text : Number(text);
  });
  if ($('group-version').value !== '') { body.version = Number($('group-version').value); }
  return body;
}

function save(event) {
  event.preventDefault();
  var id = $('group-id').value;
  var call = id ? api('PUT', '/api/admin/groups/' + encodeURIComponent(id), formBody())
    : api('POST', '/api/admin/groups', formBody());
  call.then(function (data) {
    var saved = id || data.id;
    if (!id) { window.history.replaceState(null, '', groupHref(saved)); }
    return load(saved).then(function () {
      tell('group-detail-feedback', id ? 'De wijziging is opgeslagen.'
        : 'De groep is aangemaakt. Hij staat binnen een minuut op de openbare groepenpagina.');
      $('group-edit').focus();
    });
  }).catch(failTo('group-form-feedback'));
}

function cancelForm() {
  if (shown) {
    load(shown.id).then(function () { $('group-edit').focus(); }).catch(failTo('page-feedback'));
  } else {
    window.location.assign('/beheer/groepen.html');
  }
}

function askClose() {
  var g = shown;
  confirmStep($('group-close'), {
    question: 'Weet je zeker dat je ' + g.name + ' wilt sluiten? De groep verdwijnt van de openbare pagina en neemt '
      + 'niemand meer op.' + (g.memberCount > 0 ? ' Let op: de groep heeft nog ' + g.memberCount
      + ' leden; die moeten eerst naar een andere groep of vertrokken zijn.' : ''),
    yes: 'Ja, groep sluiten', no: 'Nee, niet sluiten'
  }).then(function (yes) {
    if (!yes) { tell('group-detail-feedback', 'De groep is niet gesloten.'); return null; }
    var body = {};
    FIELDS.forEach(function (f) { body[f] = g[f]; });
    body.status = 'closed';
    body.version = g.version;
    return api('PUT', '/api/admin/groups/' + encodeURIComponent(g.id), body).then(function () {
      return load(g.id).then(function () { tell('group-detail-feedback', 'De groep is gesloten.'); $('group-edit').focus(); });
    });
  }).catch(failTo('group-detail-feedback'));
}

/* ---------- members: place, leave ---------- */

function memberText(m) {
  return ' (' + (m.reference || '') + ', ' + (m.organisation || '') + '), sinds ' + formatDate(m.joinedOn)
    + (m.leftOn ? ', tot ' + formatDate(m.leftOn) : '');
}

function person(m) {
  var item = el('li');
  if (m.name) { item.appendChild(el('a', m.name, { href: applicantHref(m.applicantId) })); }
  else { item.appendChild(el('span', '(gewist)')); }
  item.appendChild(document.createTextNode(memberText(m)));
  return item;
}

function showMembers(g) {
  var list = $('group-detail-members');
  clear(list);
  if (!g.members.length) { list.appendChild(el('li', 'Nog geen leden.')); }
  g.members.forEach(function (m, i) {
    var item = person(m);
    var name = m.name || m.reference || m.applicantId;
    var button = el('button', 'Vertrek vastleggen…', { type: 'button', id: 'leave-' + i, 'class': 'ws-button ws-button--small',
      'aria-label': 'Vertrek vastleggen: ' + name });
    button.addEventListener('click', function () { askLeave(g, m, name, button); });
    item.appendChild(document.createTextNode(' '));
    item.appendChild(button);
    list.appendChild(item);
  });
  var past = $('group-detail-past');
  clear(past);
  if (!g.pastMembers.length) { past.appendChild(el('li', 'Geen.')); }
  g.pastMembers.forEach(function (m) { past.appendChild(person(m)); });
  $('place-form').hidden = g.status !== 'open';
  if (g.status === 'open') { fillPlaceForm(); }
}

/* Leaving asks for the date in its confirmation step. */
function askLeave(g, m, name, button) {
  var field = el('div', null, { 'class': 'ws-field' });
  field.appendChild(el('label', 'Datum van vertrek (verplicht)', { for: 'leave-date' }));
  var date = el('input', null, { id: 'leave-date', type: 'date', required: '' });
  date.value = today();
  field.appendChild(date);
  confirmStep(button, {
    question: 'Vertrek van ' + name + ' uit ' + g.name + ' vastleggen? Kies de datum waarop hij of zij vertrok. '
      + 'Daarna loopt de bewaartermijn van de gegevens (het einde van dat jaar plus de aanwezigheidsperiode).',
    yes: 'Ja, vertrek vastleggen', no: 'Annuleren', extra: field
  }).then(function (yes) {
    if (!yes) { tell('leave-feedback', 'Vertrek niet vastgelegd.'); return null; }
    var path = '/api/admin/groups/' + encodeURIComponent(g.id) + '/members/' + encodeURIComponent(m.applicantId) + '/leave';
    return api('POST', path, { date: date.value }).then(function (data) {
      return load(g.id).then(function () {
        tell('leave-feedback', 'Vertrek van ' + name + ' op ' + data.leftOn + ' vastgelegd.'
          + (data.stillMemberOf ? ' Deze persoon zit nog in een andere groep.' : ''));
      });
    });
  }).catch(failTo('leave-feedback'));
}

/* Placing by hand: the waiting list to choose from; a conflict asks for a reason before placing anyway. */
function fillPlaceForm() {
  $('place-override').hidden = true;
  $('place-reason').value = '';
  $('place-submit').textContent = 'Plaatsen';
  return api('GET', '/api/admin/applicants?status=WAITING').then(function (data) {
    var select = $('place-applicant');
    clear(select);
    select.appendChild(el('option', data.applicants.length ? 'Kies iemand' : 'Niemand wacht', { value: '' }));
    data.applicants.forEach(function (a) {
      select.appendChild(el('option', a.name + ' (' + a.reference + ', ' + (a.organisation || '') + ')', { value: a.id }));
    });
  }).catch(failTo('place-feedback'));
}

function place(event) {
  event.preventDefault();
  var g = shown;
  var body = { applicantId: $('place-applicant').value };
  if (!$('place-override').hidden) { body.overrideReason = $('place-reason').value.trim(); }
  api('POST', '/api/admin/groups/' + encodeURIComponent(g.id) + '/members', body).then(function (r) {
    return load(g.id).then(function () {
      tell('place-feedback', 'Geplaatst in ' + g.name + (r.overridden ? ' (met reden, vastgelegd).' : '.'));
    });
  }).catch(function (error) {
    if (error.status === 409 && error.message.indexOf('reden') >= 0) {
      $('place-override').hidden = false;
      $('place-submit').textContent = 'Toch plaatsen';
    }
    failTo('place-feedback')(error);
  });
}

/* ---------- meetings ---------- */

function meetingText(m) {
  return formatDate(m.date) + ' ' + m.start + '–' + m.end + ', ' + m.method + ': ' + m.present + ' aanwezig, '
    + m.excused + ' afgemeld, ' + m.absent + ' afwezig';
}

function listInto(id, items, empty) {
  var list = $(id);
  clear(list);
  if (!items.length) { list.appendChild(el('li', empty)); }
  items.forEach(function (m) { list.appendChild(el('li', meetingText(m))); });
}

function showMeetings(g) {
  // Recorded meetings (today's counts too); the planned dates are the planning section's.
  listInto('group-detail-meetings', g.pastMeetings.concat(g.plannedMeetings), 'Nog geen bijeenkomsten vastgelegd.');
  if (!$('meeting-facilitator').value) { $('meeting-facilitator').value = g.facilitator || ''; }
}

function loadAttendance(event) {
  event.preventDefault();
  var date = $('meeting-date').value;
  api('GET', '/api/admin/groups/' + encodeURIComponent(shown.id) + '/members?date=' + encodeURIComponent(date))
    .then(function (data) {
      var box = $('meeting-members');
      clear(box);
      data.members.forEach(function (m, i) {
        var fieldset = el('fieldset', null, { 'data-applicant': m.applicantId, 'class': 'ws-choices' });
        fieldset.appendChild(el('legend', m.name || m.reference || m.applicantId));
        ATTENDANCE.forEach(function (choice, j) {
          var id = 'member-' + i + '-' + choice[0];
          var input = el('input', null, { type: 'radio', id: id, name: 'member-' + i, value: choice[0] });
          if (j === 0) { input.checked = true; }
          var label = el('label', null, { for: id });
          label.appendChild(input);
          label.appendChild(document.createTextNode(' ' + choice[1]));
          fieldset.appendChild(label);
        });
        box.appendChild(fieldset);
      });
      $('meeting-form').hidden = data.members.length === 0;
      if (data.members.length === 0) {
        tell('meeting-feedback', 'Deze groep had op ' + formatDate(date) + ' geen leden.');
      } else {
        tell('meeting-feedback', data.members.length + ' leden opgehaald. Vul de bijeenkomst in.');
        $('meeting-start').focus();
      }
    }).catch(failTo('meeting-feedback'));
}

function saveMeeting(event) {
  event.preventDefault();
  var date = $('meeting-date').value;
  var attendance = [];
  $('meeting-members').querySelectorAll('fieldset').forEach(function (fieldset) {
    var checked = fieldset.querySelector('input:checked');
    attendance.push({ applicantId: fieldset.getAttribute('data-applicant'), status: checked ? checked.value : 'absent' });
  });
  var body = {
    start: $('meeting-start').value, end: $('meeting-end').value, method: $('meeting-method').value,
    facilitator: $('meeting-facilitator').value, attendance: attendance
  };
  api('PUT', '/api/admin/groups/' + encodeURIComponent(shown.id) + '/meetings/' + encodeURIComponent(date), body)
    .then(function () {
      return load(shown.id).then(function () { tell('meeting-feedback', 'De bijeenkomst van ' + date + ' is opgeslagen.'); });
    }).catch(failTo('meeting-feedback'));
}

function loadMethods() {
  return api('GET', '/api/admin/methods').then(function (data) {
    var select = $('meeting-method');
    clear(select);
    data.methods.forEach(function (m) { select.appendChild(el('option', m.name, { value: m.id })); });
  });
}

$('group-form').addEventListener('submit', save);
$('group-cancel').addEventListener('click', cancelForm);
$('group-edit').addEventListener('click', function () { openForm(shown); });
$('group-close').addEventListener('click', askClose);
$('place-form').addEventListener('submit', place);
$('meeting-date-form').addEventListener('submit', loadAttendance);
$('meeting-form').addEventListener('submit', saveMeeting);
$('meeting-date').value = today();

start(function () {
  var id = param('id');
  if (!id) { heading('Nieuwe groep'); openForm(null); return null; }
  return Promise.all([load(id), loadMethods()]).catch(failTo('page-feedback'));
});
