/*
 * The facilitators' page (/begeleider/, /en/facilitator/): record a meeting of your own group on a phone. Sign-in
 * and API calls are the workspace's (signin.js, workspace.js). The API decides what this person may see: only the
 * groups they lead come back.
 */
import { $, el, clear, request, en, today, formatDate } from './workspace.js';
import { start } from './signin.js';

var T = en ? {
  present: 'Present', excused: 'Excused', absent: 'Absent',
  noGroups: 'You do not lead a group yet. Ask the coordinators to add you to your group.',
  noMembers: 'This group has no members on that date.',
  missing: 'Choose present, excused or absent for: ', fill: 'Fill in the date, start, end, method and facilitator.',
  saved: function (m, created) {
    return (created ? 'Recorded: ' : 'Updated: ') + m.date + ', ' + m.present + ' present, ' + m.excused
      + ' excused, ' + m.absent + ' absent. Those present get their proof by mail.';
  },
  cancelled: 'cancelled', chosen: function (d) { return 'Planned meeting of ' + d + ' chosen: date and times filled in.'; }
} : {
  present: 'Aanwezig', excused: 'Afgemeld', absent: 'Afwezig',
  noGroups: 'Je begeleidt nog geen groep. Vraag de coördinatoren je aan je groep te koppelen.',
  noMembers: 'Deze groep heeft op die datum geen leden.',
  missing: 'Kies aanwezig, afgemeld of afwezig voor: ', fill: 'Vul datum, begin, einde, methode en begeleider in.',
  saved: function (m, created) {
    return (created ? 'Vastgelegd: ' : 'Bijgewerkt: ') + m.date + ', ' + m.present + ' aanwezig, ' + m.excused
      + ' afgemeld, ' + m.absent + ' afwezig. De aanwezigen krijgen hun bewijs per mail.';
  },
  cancelled: 'vervallen', chosen: function (d) { return 'Geplande bijeenkomst van ' + d + ' gekozen: datum en tijden ingevuld.'; }
};
var groups = [];
var planned = [];

function say(text) { $('fac-error').textContent = ''; $('fac-status').textContent = text; $('fac-status').focus(); }
function fail(error) {
  $('fac-status').textContent = '';
  $('fac-error').textContent = error && error.message ? error.message : String(error);
  $('fac-error').focus();
}

function enter() {
  return Promise.all([request('GET', '/api/admin/groups'), request('GET', '/api/admin/methods')]).then(function (answers) {
    groups = answers[0].data.groups;
    var method = $('method');
    clear(method);
    answers[1].data.methods.forEach(function (m) { method.appendChild(el('option', m.name, { value: m.id })); });
    if (!groups.length) { fail(T.noGroups); return null; }
    var select = $('group');
    clear(select);
    groups.forEach(function (g) { select.appendChild(el('option', g.name, { value: g.id })); });
    // One group: no choice to make, only its name.
    $('group-one').hidden = groups.length !== 1;
    $('group-choice').hidden = groups.length === 1;
    $('group-name').textContent = groups[0].name;
    return loadGroup();
  });
}

function group() { return groups.filter(function (g) { return g.id === $('group').value; })[0] || groups[0]; }

/* The members on the chosen date, and the last meeting's times and method as a starting point. */
function loadGroup() {
  var g = group();
  $('facilitator').value = $('facilitator').value || g.facilitator || '';
  var date = $('date').value || today();
  return Promise.all([request('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/members?date=' + date),
    request('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/meetings'),
    request('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/planning')]).then(function (answers) {
    showPlanned(answers[2].data.meetings);
    var plan = plannedOn(date);
    var last = answers[1].data.meetings.slice(-1)[0];
    if (plan) {
      // A planned meeting on this date: its times (what was planned is what is recorded, unless changed here).
      $('start').value = plan.start;
      $('end').value = plan.end;
    } else if (last && !$('start').value) {
      $('start').value = last.start;
      $('end').value = last.end;
      $('method').value = last.method;
    }
    showMembers(answers[0].data.members);
  });
}

/* The group's plan from two months back: a date button fills in date and times and fetches that day's members. */
function plannedOn(date) {
  return planned.filter(function (p) { return p.date === date && !p.cancelled; })[0] || null;
}
function showPlanned(meetings) {
  var from = new Date(Date.now() - 61 * 86400000).toISOString().slice(0, 10);
  planned = meetings.filter(function (p) { return p.date >= from; }).slice(0, 8);
  var list = $('planned-list');
  clear(list);
  $('planned-status').textContent = '';
  $('planned').hidden = !planned.length;
  planned.forEach(function (p) {
    var item = el('li');
    var text = formatDate(p.date) + ', ' + p.start + '–' + p.end + (p.place ? ', ' + p.place : '');
    if (p.cancelled) {
      item.appendChild(el('span', text + ' (' + T.cancelled + ')', { 'class': 'fac-cancelled' }));
    } else {
      var button = el('button', text, { type: 'button', 'aria-pressed': String(p.date === $('date').value) });
      button.addEventListener('click', function () {
        $('date').value = p.date;
        // Told next to the list, focus kept on the (redrawn) date: the form below is filled in.
        loadGroup().then(function () {
          $('planned-status').textContent = T.chosen(formatDate(p.date));
          var pressed = document.querySelector('#planned-list button[aria-pressed="true"]');
          if (pressed) { pressed.focus(); }
        }).catch(fail);
      });
      item.appendChild(button);
    }
    list.appendChild(item);
  });
}

function showMembers(members) {
  var box = $('members');
  clear(box);
  if (!members.length) { box.appendChild(el('p', T.noMembers)); }
  members.forEach(function (m, i) {
    var set = el('fieldset', null, { 'class': 'fac-member', 'data-id': m.applicantId });
    set.appendChild(el('legend', m.name || m.reference || m.applicantId));
    var choices = el('div', null, { 'class': 'fac-choices' });
    ['present', 'excused', 'absent'].forEach(function (status) {
      var label = el('label');
      label.appendChild(el('input', null, { type: 'radio', name: 'm' + i, value: status }));
      label.appendChild(el('span', T[status]));
      choices.appendChild(label);
    });
    set.appendChild(choices);
    box.appendChild(set);
  });
}

function save(event) {
  event.preventDefault();
  var fields = ['date', 'start', 'end', 'method', 'facilitator'];
  var empty = fields.filter(function (f) { return !$(f).value.trim(); });
  if (empty.length) { fail(T.fill); $(empty[0]).focus(); return; }
  var attendance = [];
  var missing = [];
  Array.prototype.forEach.call(document.querySelectorAll('.fac-member'), function (set) {
    var checked = set.querySelector('input:checked');
    if (checked) { attendance.push({ applicantId: set.getAttribute('data-id'), status: checked.value }); }
    else { missing.push(set.querySelector('legend').textContent); }
  });
  if (missing.length) { fail(T.missing + missing.join(', ') + '.'); return; }
  var body = { start: $('start').value, end: $('end').value, method: $('method').value,
    facilitator: $('facilitator').value.trim(), attendance: attendance };
  $('save').disabled = true;
  request('PUT', '/api/admin/groups/' + encodeURIComponent(group().id) + '/meetings/' + $('date').value, body)
    .then(function (answer) { say(T.saved(answer.data, answer.status === 201)); })
    .catch(fail)
    .then(function () { $('save').disabled = false; });
}

$('date').value = today();
$('group').addEventListener('change', function () { $('facilitator').value = ''; loadGroup().catch(fail); });
$('date').addEventListener('change', function () { if ($('date').value) { loadGroup().catch(fail); } });
$('meeting-form').addEventListener('submit', save);
start(function () { return enter().catch(fail); });
