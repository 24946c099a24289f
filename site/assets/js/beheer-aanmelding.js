/*
 * /beheer/aanmelding.html?id=…: one applicant in full, and what a coordinator does with them: record the intake
 * (date and who, never what was said), admit or decline (with a reason the person is mailed), edit the preferences
 * agreed at the intake, place in a group or move to another (a conflict asks for a reason), record leaving, show and
 * print the statement, download everything (JSON), erase everything (after a confirmation step). Every action
 * answers next to itself; the page then shows the applicant as stored now (with the new version).
 */
import { $, api, el, clear, tell, failTo, confirmStep, download, formatDate, today, param, daysSince, waitedText } from './workspace.js';
import { APPLICANT_STATUS, groupHref, groupWhereWhen } from './beheer-labels.js';
import { token, start } from './signin.js';

var STATUS = Object.assign({ UNCONFIRMED: 'Adres nog niet bevestigd' }, APPLICANT_STATUS);
var MODE = { 'in-person': 'op locatie', online: 'online', either: 'allebei goed' };
var LANGUAGE = { nl: 'Nederlands', en: 'Engels' };
var EVENT = {
  signup: 'Aangemeld', admitted: 'Toegelaten tot de wachtlijst', intake: 'Intakegesprek vastgelegd', declined: 'Afgewezen',
  preferences: 'Voorkeuren gewijzigd', placed: 'Geplaatst in', moved: 'Verplaatst naar', joined: 'Lid geworden (via een voorstel) van',
  left: 'Vertrokken uit'
};

var id = param('id');
var current = null;   // the applicant as last read
var groups = [];      // the groups to place in

function path(suffix) { return '/api/admin/applicants/' + encodeURIComponent(id) + (suffix || ''); }

function text(v) {
  if (v === null || v === undefined || v === '') { return '—'; }
  if (v === true) { return 'ja'; }
  if (v === false) { return 'nee'; }
  return String(v);
}

/* ---------- showing ---------- */

function fact(list, term, value, node) {
  list.appendChild(el('dt', term));
  var dd = el('dd', node ? null : text(value));
  if (node) { dd.appendChild(node); }
  list.appendChild(dd);
}

function showPerson(a) {
  var facts = $('person-facts');
  clear(facts);
  fact(facts, 'Referentie', a.reference);
  fact(facts, 'Status', STATUS[a.status] || a.status);
  fact(facts, 'Naam', a.name);
  fact(facts, 'E-mail', null, el('a', a.email, { href: 'mailto:' + a.email }));
  fact(facts, 'Organisatie', a.organisation);
  fact(facts, 'Functie of rol', a.role);
  fact(facts, 'Basisopleiding afgerond', a.basicTrainingCompleted);
  fact(facts, 'Formeel benoemd', a.formallyAppointed);
  fact(facts, 'Taal', LANGUAGE[a.language] || a.language);
  fact(facts, 'Vorm', MODE[a.mode] || a.mode);
  fact(facts, 'Regio', a.region);
  if (slotsApi(a)) { fact(facts, 'Gemeente', a.municipality); }
  if (!slotsApi(a) || a.place) { fact(facts, slotsApi(a) ? 'Plaats (eerder opgegeven)' : 'Postcode of plaats', a.place); }
  fact(facts, 'Wanneer het past', availabilityText(a));
  fact(facts, 'Niet samen met', (a.avoid || []).join('; '));
  fact(facts, 'Opmerkingen', a.remarks);
  fact(facts, 'Aangemeld op', formatDate(a.createdAt) + ' (' + waitedText(daysSince(a.createdAt)) + ' geleden)');
  if (a.declineReason) { fact(facts, 'Reden van afwijzen', a.declineReason); }
}

function showHistory(a) {
  var list = $('history');
  clear(list);
  (a.history || []).forEach(function (step) {
    var what = (EVENT[step.event] || step.event) + (step.groupName ? ' ' + step.groupName : '');
    var item = el('li');
    item.appendChild(el('span', formatDate(step.at), { 'class': 'ap-history__date' }));
    item.appendChild(document.createTextNode(' ' + what + (step.by ? ' — door ' + step.by : '')));
    list.appendChild(item);
  });
  var table = $('memberships');
  var body = table.querySelector('tbody');
  clear(body);
  (a.memberships || []).forEach(function (m) {
    var row = el('tr');
    var name = el('td');
    name.appendChild(el('a', m.groupName || m.groupId, { href: groupHref(m.groupId) }));
    row.appendChild(name);
    row.appendChild(el('td', formatDate(m.joinedOn)));
    row.appendChild(el('td', m.leftOn ? formatDate(m.leftOn) : 'nu'));
    row.appendChild(el('td', (m.byHand ? 'met de hand' : 'via een voorstel')
      + (m.overrideReason ? '; toch geplaatst: ' + m.overrideReason : '')));
    body.appendChild(row);
  });
  table.hidden = !(a.memberships || []).length;
  $('memberships-none').hidden = !table.hidden;
  var t = a.attendance;
  $('attendance').textContent = !t ? 'Geen aanwezigheid bekend.'
    : !t.meetings && !Number(t.hoursInPeriod) ? 'Nog geen bijeenkomsten bijgewoond (de regel: ' + t.meetingsRequired
      + ' per jaar).'
    : t.year + ': ' + t.meetings + ' van de ' + t.meetingsRequired + ' vereiste bijeenkomsten ('
      + (t.met ? 'voldaan' : 'nog niet voldaan') + '), ' + t.hours + ' uur. In ' + t.periodFrom + '–' + t.year + ': '
      + t.hoursInPeriod + ' van ' + t.hoursRequired + ' uur intervisie.';
}

function showIntake(a) {
  $('intake-current').textContent = a.intake
    ? 'Intake gehouden op ' + formatDate(a.intake.date) + ' door ' + a.intake.by + '.'
    : 'Nog geen intake vastgelegd.';
  if (!$('intake-date').value) { $('intake-date').value = today(); }
  $('intake-date').max = today();
  $('intake-form').hidden = a.status === 'UNCONFIRMED';
}

function showDecision(a) {
  var open = a.status === 'NEEDS_REVIEW' || a.status === 'WAITING' || a.status === 'UNCONFIRMED';
  $('decide-current').textContent = {
    NEEDS_REVIEW: 'Deze aanmelding wacht op een beoordeling (voorwaarden niet allebei bevestigd). Toelaten zet de persoon op de wachtlijst.',
    WAITING: 'Toegelaten: deze persoon staat op de wachtlijst.',
    PLACED: 'Geplaatst: afwijzen kan niet meer. Leg eerst het vertrek uit de groep vast.',
    LEFT: 'Vertrokken uit de groep.',
    DECLINED: 'Afgewezen.',
    UNCONFIRMED: 'Het adres is nog niet bevestigd: deze aanmelding telt nog niet mee.'
  }[a.status] || '';
  $('admit-actions').hidden = a.status !== 'NEEDS_REVIEW';
  $('decline-form').hidden = !open;
}

/* Since sign-up asks for a municipality and meeting slots, the API says so (availabilityNote holds an older
   sign-up's free text): then the form edits those; before, the free-text place and availability. */
function slotsApi(a) { return Object.prototype.hasOwnProperty.call(a, 'availabilityNote'); }

var DAY_NAMES = [['monday', 'maandag'], ['tuesday', 'dinsdag'], ['wednesday', 'woensdag'], ['thursday', 'donderdag'],
  ['friday', 'vrijdag'], ['saturday', 'zaterdag'], ['sunday', 'zondag']];
var PART_NAMES = [['morning', 'ochtend'], ['afternoon', 'middag'], ['evening', 'avond']];

function slotText(slot) {
  if (slot === 'any') { return 'elk dagdeel'; }
  var day = DAY_NAMES.filter(function (d) { return slot.indexOf(d[0] + '-') === 0; })[0];
  var part = PART_NAMES.filter(function (p) { return slot === (day && day[0]) + '-' + p[0]; })[0];
  return day && part ? day[1] + part[1] : slot;
}

function availabilityText(a) {
  if (!slotsApi(a)) { return a.availability; }
  var slots = (a.availability || []).map(slotText).join(', ');
  return slots || (a.availabilityNote ? 'eerder opgegeven: ' + a.availabilityNote : '');
}

function slotBoxes() {
  var box = $('prefs-slot-days');
  if (box.childNodes.length) { return; }
  DAY_NAMES.forEach(function (d) {
    var day = el('fieldset', null, { 'class': 'ap-slots__day' });
    day.appendChild(el('legend', d[1]));
    PART_NAMES.forEach(function (p) {
      var label = el('label');
      var input = el('input', null, { type: 'checkbox', value: d[0] + '-' + p[0], 'data-slot': '' });
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + p[1]));
      day.appendChild(label);
    });
    box.appendChild(day);
  });
}

function showPreferences(a) {
  var slots = slotsApi(a);
  $('prefs-place-field').hidden = slots;
  $('prefs-availability-field').hidden = slots;
  $('prefs-municipality-field').hidden = !slots;
  $('prefs-postcode-field').hidden = !slots;
  $('prefs-slots').hidden = !slots;
  $('prefs-language').value = a.language || 'nl';
  $('prefs-mode').value = a.mode || 'either';
  $('prefs-region').value = a.region || '';
  if (slots) {
    slotBoxes();
    $('prefs-municipality').value = a.municipality || '';
    var chosen = a.availability || [];
    $('prefs-slot-any').checked = chosen.indexOf('any') >= 0;
    document.querySelectorAll('#prefs-slot-days [data-slot]').forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    $('prefs-note').textContent = a.availabilityNote ? 'Eerder opgegeven (vrije tekst): ' + a.availabilityNote : '';
  } else {
    $('prefs-place').value = a.place || '';
    $('prefs-availability').value = a.availability || '';
  }
  $('prefs-avoid').value = (a.avoid || []).join('\n');
  $('prefs-remarks').value = a.remarks || '';
  var editable = a.status === 'NEEDS_REVIEW' || a.status === 'WAITING' || a.status === 'PLACED';
  Array.prototype.forEach.call($('prefs-form').elements, function (f) { f.disabled = !editable; });
}

function showGroup(a) {
  var placed = a.status === 'PLACED';
  var current = $('group-current');
  clear(current);
  if (placed && a.groupId) {
    current.appendChild(document.createTextNode('Zit nu in '));
    current.appendChild(el('a', a.groupName || a.groupId, { href: groupHref(a.groupId) }));
    current.appendChild(document.createTextNode('.'));
  } else {
    current.textContent = a.status === 'WAITING' ? 'Wacht op een plaats.'
      : a.status === 'NEEDS_REVIEW' ? 'Laat deze persoon eerst toe tot de wachtlijst; dan kun je plaatsen.'
        : 'Plaatsen kan niet: ' + (STATUS[a.status] || a.status).toLowerCase() + '.';
  }
  $('place-form').hidden = !(placed || a.status === 'WAITING');
  $('place-group-label').textContent = placed ? 'Verplaatsen naar groep' : 'Plaatsen in groep';
  $('place').textContent = placed ? 'Verplaatsen' : 'Plaatsen';
  $('leave-actions').hidden = !placed;
  var select = $('place-group');
  var chosen = select.value;
  clear(select);
  select.appendChild(el('option', 'Kies een groep', { value: '' }));
  groups.filter(function (g) { return g.id !== a.groupId && g.status !== 'closed'; }).forEach(function (g) {
    var places = Math.max(0, (g.capacity || 0) - (g.memberCount || 0));
    select.appendChild(el('option', g.name + ' (' + groupWhereWhen(g) + '; ' + (places === 1 ? '1 plaats' : places + ' plaatsen') + ' vrij)',
      { value: g.id }));
  });
  select.value = chosen;
  if (select.value !== chosen) { select.value = ''; }
}

function show(a) {
  current = a;
  document.querySelector('h1').textContent = a.name;
  document.title = a.name + ' — aanmelding';
  showPerson(a);
  showHistory(a);
  showIntake(a);
  showDecision(a);
  showPreferences(a);
  showGroup(a);
  if (!$('statement-year').value) { $('statement-year').value = String(new Date().getFullYear()); }
  $('applicant-detail').hidden = false;
}

function reload() {
  return api('GET', path()).then(show);
}

function loadGroups() {
  return api('GET', '/api/admin/groups').then(function (data) { groups = (data && data.groups) || []; });
}

/* ---------- actions ---------- */

/* Runs a step: the button is busy meanwhile; the answer (the applicant now) is shown, the message told next to it. */
function act(button, region, work) {
  button.disabled = true;
  tell(region, '');
  return work().catch(failTo(region)).then(function () { button.disabled = false; });
}

function intake(event) {
  event.preventDefault();
  var date = $('intake-date').value;
  var by = $('intake-by').value.trim();
  if (!date || !by) {
    tell('intake-feedback', !date ? 'Vul de datum van het gesprek in.' : 'Vul in wie het gesprek voerde.', 'error');
    (!date ? $('intake-date') : $('intake-by')).focus();
    return;
  }
  act(event.submitter || $('intake-form').querySelector('button'), 'intake-feedback', function () {
    return api('POST', path('/intake'), { date: date, by: by, version: current.version }).then(function (a) {
      show(a);
      tell('intake-feedback', 'Intake van ' + formatDate(date) + ' met ' + by + ' vastgelegd.');
    });
  });
}

function admit() {
  act($('admit'), 'decide-feedback', function () {
    return api('POST', path('/clear'), { version: current.version }).then(function (a) {
      show(a);
      tell('decide-feedback', a.name + ' is toegelaten en staat op de wachtlijst.');
      $('decline-reason').focus();
    });
  });
}

function decline(event) {
  event.preventDefault();
  var reason = $('decline-reason').value.trim();
  var button = $('decline');
  if (!reason) {
    tell('decide-feedback', 'Schrijf de reden op: de persoon krijgt die in een e-mail.', 'error');
    $('decline-reason').focus();
    return;
  }
  tell('decide-feedback', '');
  confirmStep(button, {
    question: current.name + ' afwijzen? ' + (current.status === 'UNCONFIRMED' ? 'Er gaat geen e-mail (adres niet bevestigd).'
      : 'De persoon krijgt een e-mail met de reden.'),
    yes: 'Ja, afwijzen', no: 'Nee, terug'
  }).then(function (sure) {
    if (!sure) { return; }
    act(button, 'decide-feedback', function () {
      return api('POST', path('/decline'), { reason: reason, version: current.version }).then(function (a) {
        show(a);
        $('decline-reason').value = '';
        tell('decide-feedback', a.name + ' is afgewezen. ' + (a.mailed ? 'De e-mail met de reden is verstuurd naar ' + a.email + '.'
          : 'Er is geen e-mail verstuurd.'));
      });
    });
  });
}

function preferences(event) {
  event.preventDefault();
  var body = {
    language: $('prefs-language').value, mode: $('prefs-mode').value, region: $('prefs-region').value,
    avoid: $('prefs-avoid').value.split('\n').map(function (s) { return s.trim(); }).filter(Boolean),
    remarks: $('prefs-remarks').value, version: current.version
  };
  if (slotsApi(current)) {
    body.municipality = $('prefs-municipality').value;
    body.postcode = $('prefs-postcode').value;
    body.availability = $('prefs-slot-any').checked ? ['any']
      : Array.prototype.map.call(document.querySelectorAll('#prefs-slot-days [data-slot]:checked'), function (b) { return b.value; });
  } else {
    body.place = $('prefs-place').value;
    body.availability = $('prefs-availability').value;
  }
  act(event.submitter || $('prefs-form').querySelector('button'), 'prefs-feedback', function () {
    return api('PUT', path('/preferences'), body).then(function (a) {
      show(a);
      tell('prefs-feedback', 'Voorkeuren opgeslagen.');
    });
  });
}

function place(event) {
  event.preventDefault();
  var groupId = $('place-group').value;
  var moving = current.status === 'PLACED';
  if (!groupId) {
    tell('group-feedback', 'Kies een groep.', 'error');
    $('place-group').focus();
    return;
  }
  var body = { applicantId: current.id };
  if (moving) { body.move = true; }
  var reason = $('override').hidden ? '' : $('override-reason').value.trim();
  if (!$('override').hidden && !reason) {
    tell('group-feedback', 'Schrijf op waarom het toch kan, of kies een andere groep.', 'error');
    $('override-reason').focus();
    return;
  }
  if (reason) { body.overrideReason = reason; }
  var name = $('place-group').selectedOptions[0].textContent.replace(/ \(.*$/, '');
  act($('place'), 'group-feedback', function () {
    return api('POST', '/api/admin/groups/' + encodeURIComponent(groupId) + '/members', body).then(function () {
      hideOverride();
      return Promise.all([loadGroups(), reload()]).then(function () {
        tell('group-feedback', current.name + (moving ? ' is verplaatst naar ' : ' is geplaatst in ') + name
          + (reason ? ' (ondanks het bezwaar; de reden is bewaard).' : '.'));
      });
    }).catch(function (error) {
      if (error.status === 409 && /Let op:/.test(error.message)) { return askOverride(error.message); }
      throw error;
    });
  });
}

/* A same-organisation or avoid-list conflict: say it, and ask for the reason why it is fine all the same. */
function askOverride(message) {
  $('override').hidden = false;
  $('override-conflict').textContent = message;
  $('place').textContent = current.status === 'PLACED' ? 'Toch verplaatsen' : 'Toch plaatsen';
  tell('group-feedback', 'Niet geplaatst: er is een bezwaar (zie hierboven). Geef een reden om toch te plaatsen, of kies een andere groep.', 'info');
  $('override-reason').focus();
}

function hideOverride() {
  $('override').hidden = true;
  $('override-reason').value = '';
  $('override-conflict').textContent = '';
}

function leave() {
  var button = $('leave');
  var field = el('div', null, { 'class': 'ws-field' });
  field.appendChild(el('label', 'Datum van vertrek', { 'for': 'leave-date' }));
  var date = el('input', null, { id: 'leave-date', type: 'date', max: today() });
  date.value = today();
  field.appendChild(date);
  tell('group-feedback', '');
  confirmStep(button, { question: 'Vertrek van ' + current.name + ' uit ' + current.groupName + ' vastleggen?',
    yes: 'Ja, vertrek vastleggen', no: 'Nee, terug', extra: field }).then(function (sure) {
    if (!sure) { return; }
    var group = current.groupName;
    act(button, 'group-feedback', function () {
      return api('POST', '/api/admin/groups/' + encodeURIComponent(current.groupId) + '/members/'
        + encodeURIComponent(current.id) + '/leave', { date: date.value || today() }).then(function () {
        return Promise.all([loadGroups(), reload()]).then(function () {
          tell('group-feedback', 'Vertrek van ' + current.name + ' uit ' + group + ' op ' + formatDate(date.value || today()) + ' vastgelegd.');
        });
      });
    });
  });
}

/* The statement is an HTML page behind the token: fetched with it and shown in a frame, which prints on its own. */
function statement(event) {
  event.preventDefault();
  var year = $('statement-year').value.trim();
  if (!/^\d{4}$/.test(year)) {
    tell('rights-feedback', 'Geef het jaar met vier cijfers, bijvoorbeeld ' + new Date().getFullYear() + '.', 'error');
    $('statement-year').focus();
    return;
  }
  var button = event.submitter || $('statement-form').querySelector('button[type=submit]');
  act(button, 'rights-feedback', function () {
    return fetch('/api/admin/attendance/statements/' + encodeURIComponent(id) + '?year=' + year, {
      headers: { Authorization: 'Bearer ' + token(), Accept: 'text/html', 'Accept-Language': 'nl' }, cache: 'no-store'
    }).then(function (response) {
      return response.text().then(function (body) {
        if (!response.ok) {
          var message;
          try { message = JSON.parse(body).errors.map(function (e) { return e.message; }).join(' '); } catch (e) { message = null; }
          throw new Error(message || 'De verklaring kon niet gemaakt worden (' + response.status + ').');
        }
        var frame = $('statement');
        frame.srcdoc = body;
        frame.hidden = false;
        $('statement-print').hidden = false;
        tell('rights-feedback', 'De verklaring over ' + year + ' staat hieronder. Afdrukken: met de knop "Verklaring afdrukken".');
      });
    });
  });
}

function printStatement() {
  var frame = $('statement');
  frame.contentWindow.focus();
  frame.contentWindow.print();
}

function exportAll() {
  act($('export'), 'rights-feedback', function () {
    return download(path('/export'), 'aanvrager-' + id + '.json', 'application/json').then(function () {
      tell('rights-feedback', 'Het bestand aanvrager-' + id + '.json met alle gegevens is gedownload. Het downloaden staat in het logboek.');
    });
  });
}

function erase() {
  var button = $('erase');
  tell('rights-feedback', '');
  confirmStep(button, { question: 'Alle gegevens van ' + current.name + ' wissen: de aanmelding, lidmaatschappen en '
      + 'aanwezigheid? Dit kan niet ongedaan worden.', yes: 'Ja, alles wissen', no: 'Nee, niets wissen' }).then(function (sure) {
    if (!sure) { return; }
    var name = current.name;
    act(button, 'rights-feedback', function () {
      return api('DELETE', path()).then(function (erased) {
        document.querySelectorAll('#applicant-detail > section').forEach(function (s) {
          if (s.getAttribute('aria-labelledby') !== 'rights-title') { s.hidden = true; }
        });
        $('statement-form').hidden = true;
        $('statement').hidden = true;
        button.parentNode.hidden = true;
        document.querySelector('h1').textContent = 'Gewist';
        var parts = erased && erased.erased;
        tell('rights-feedback', 'Alle gegevens van ' + name + ' zijn gewist' + (parts ? ' (' + parts.memberships
          + ' lidmaatschap(pen), ' + parts.attendance + ' aanwezigheid).' : '.'), 'ok');
        $('rights-feedback').setAttribute('tabindex', '-1');
        $('rights-feedback').focus();
      });
    });
  });
}

start(function () {
  if (!id) { return failTo('page-feedback')(new Error('Kies een aanmelding in de lijst.')); }
  $('intake-form').addEventListener('submit', intake);
  $('admit').addEventListener('click', admit);
  $('decline-form').addEventListener('submit', decline);
  $('prefs-form').addEventListener('submit', preferences);
  $('place-form').addEventListener('submit', place);
  $('place-group').addEventListener('change', hideOverride);
  $('leave').addEventListener('click', leave);
  $('statement-form').addEventListener('submit', statement);
  $('statement-print').addEventListener('click', printStatement);
  $('export').addEventListener('click', exportAll);
  $('erase').addEventListener('click', erase);
  return loadGroups().then(reload).catch(failTo('page-feedback'));
});
