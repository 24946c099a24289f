/*
 * /beheer/matching.html: make a proposal, review it per group (a tick per placement, or for a whole group), see the
 * suggested new groups and why people wait, then apply it in one action after a confirmation step. The API applies
 * each group on its own (all or nothing) and says per group what happened; this page shows exactly that.
 */
import { $, api, el, clear, tell, failTo, confirmStep, formatDate } from './workspace.js';
import { start } from './signin.js';

var current = null;   /* the proposal as the API shows it for review */
var unticked = {};    /* applicant id → true: left out by the coordinator (kept when the proposal is shown again) */
var MAX_ROUNDS = 20;  /* an apply that ran out of time says so; the page goes on, at most this many times */

function people(n) { return n === 1 ? '1 persoon' : n + ' mensen'; }

function groupFacts(g) {
  var parts = [];
  parts.push(g.online ? 'online' : (g.city || ''));
  if (g.slot) { parts.push(g.slot); }
  parts.push(g.running ? 'lopende groep' : 'nieuwe groep');
  parts.push('nu ' + g.sizeBefore + ', na plaatsing ' + g.sizeAfter + ' van ' + g.capacity);
  return parts.filter(function (p) { return p; }).join(', ');
}

function boxesOf(groupId) {
  return Array.prototype.slice.call(document.querySelectorAll('input[data-person][data-group="' + groupId + '"]'));
}

function renderGroup(g, index) {
  var applied = g.applied;
  var set = el('fieldset', null, { 'class': 'rv-group' + (applied ? ' rv-group--applied' : ''), 'data-group-id': g.groupId });
  set.appendChild(el('legend', g.name + (applied ? ' (toegepast)' : '')));
  set.appendChild(el('p', groupFacts(g), { 'class': 'rv-facts' }));
  var all = el('input', null, { type: 'checkbox', id: 'group-' + index, 'data-whole': g.groupId });
  all.checked = true;
  all.disabled = applied;
  var allRow = el('div', null, { 'class': 'rv-check' });
  allRow.appendChild(all);
  allRow.appendChild(el('label', 'Hele groep plaatsen (' + people(g.placements.length) + ')', { 'for': all.id }));
  set.appendChild(allRow);
  var list = el('ul', null, { 'class': 'rv-people' });
  g.placements.forEach(function (x, k) {
    var id = 'place-' + index + '-' + k;
    var item = el('li');
    var row = el('div', null, { 'class': 'rv-check' });
    var box = el('input', null, { type: 'checkbox', id: id, 'data-person': x.applicantId, 'data-group': g.groupId,
      'aria-describedby': id + '-why' });
    box.checked = applied ? x.applied : !unticked[x.applicantId];
    box.disabled = applied;
    var label = el('label', x.name, { 'for': id });
    label.appendChild(el('span', x.reason + (applied ? (x.applied ? '. Geplaatst.' : '. Niet geplaatst.') : '.'),
      { 'class': 'rv-reason', id: id + '-why' }));
    row.appendChild(box);
    row.appendChild(label);
    item.appendChild(row);
    list.appendChild(item);
  });
  set.appendChild(list);
  var warning = el('p', '', { 'class': 'rv-warning', id: 'warn-' + index, hidden: '' });
  set.appendChild(warning);
  all.addEventListener('change', function () {
    boxesOf(g.groupId).forEach(function (b) { b.checked = all.checked; remember(b); });
    update();
  });
  list.addEventListener('change', function (event) { remember(event.target); update(); });
  return set;
}

function remember(box) {
  if (box.checked) { delete unticked[box.dataset.person]; } else { unticked[box.dataset.person] = true; }
}

function renderNewGroups(p) {
  var list = $('proposal-new-groups');
  clear(list);
  (p.newGroups || []).forEach(function (g) {
    var item = el('li');
    item.appendChild(el('strong', g.description));
    item.appendChild(el('p', g.people.map(function (x) { return x.name; }).join(', ')));
    list.appendChild(item);
  });
  if (!list.firstChild) { list.appendChild(el('li', 'Geen: er zijn nergens genoeg wachtenden om samen een groep te beginnen.')); }
}

function renderWaiting(p) {
  var list = $('proposal-waiting');
  clear(list);
  $('waiting-title').textContent = 'Blijven wachten (' + (p.waiting || []).length + ')';
  (p.waiting || []).forEach(function (w) {
    var item = el('li');
    item.appendChild(el('strong', w.name));
    item.appendChild(el('p', w.sentences.join(' ')));
    list.appendChild(item);
  });
  if (!list.firstChild) { list.appendChild(el('li', 'Niemand: iedereen heeft een plek in dit voorstel.')); }
}

function show(p) {
  if (!current || current.id !== p.id) { unticked = {}; }
  current = p;
  var time = new Date(p.createdAt).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  $('proposal-title').textContent = 'Voorstel van ' + formatDate(p.createdAt) + ', ' + time;
  $('proposal-quality').textContent = p.quality || '';
  var placements = p.groups.reduce(function (n, g) { return n + g.placements.length; }, 0);
  $('proposal-counts').textContent = people(placements) + ' in ' + p.groups.length + (p.groups.length === 1 ? ' groep' : ' groepen')
    + ', ' + people(p.waiting.length) + ' blijven wachten.'
    + (p.maxKm ? ' Reisafstand naar een groep op locatie: hoogstens ' + Math.round(p.maxKm) + ' km.' : '')
    + (p.status === 'APPLIED' ? ' Dit voorstel is helemaal toegepast.' : p.status === 'PARTLY_APPLIED' ? ' Dit voorstel is deels toegepast.' : '');
  var box = $('proposal-groups');
  clear(box);
  p.groups.forEach(function (g, i) { box.appendChild(renderGroup(g, i)); });
  if (!p.groups.length) { box.appendChild(el('p', 'Niemand kan nu in een groep geplaatst worden.')); }
  renderNewGroups(p);
  renderWaiting(p);
  $('proposal').hidden = false;
  update();
}

/* What applying would do now: per group the ticked people, a new group with too few not opened. */
function choices() {
  var result = { placed: 0, groups: 0, leaveOut: { applicants: [], groups: [] } };
  current.groups.forEach(function (g, i) {
    if (g.applied) { return; }
    var boxes = boxesOf(g.groupId);
    var ticked = boxes.filter(function (b) { return b.checked; });
    var whole = document.querySelector('input[data-whole="' + g.groupId + '"]');
    whole.checked = ticked.length === boxes.length;
    whole.indeterminate = ticked.length > 0 && ticked.length < boxes.length;
    var warning = $('warn-' + i);
    var tooFew = !g.running && ticked.length > 0 && ticked.length < current.minToStart;
    warning.hidden = !tooFew;
    warning.textContent = tooFew ? 'Een nieuwe groep start pas met ' + current.minToStart + ' mensen: zo wordt deze groep niet geplaatst.' : '';
    if (ticked.length === 0) {
      result.leaveOut.groups.push(g.groupId);
      return;
    }
    boxes.filter(function (b) { return !b.checked; }).forEach(function (b) { result.leaveOut.applicants.push(b.dataset.person); });
    if (!tooFew) {
      result.placed += ticked.length;
      result.groups += 1;
    }
  });
  return result;
}

function update() {
  var c = choices();
  var done = current.status === 'APPLIED';
  $('apply-summary').textContent = done ? 'Dit voorstel is toegepast.'
    : c.placed === 0 ? 'Er wordt niemand geplaatst.'
    : c.placed === 1 ? '1 persoon wordt geplaatst en krijgt een e-mail.'
    : c.placed + ' mensen worden geplaatst en krijgen een e-mail.';
  $('proposal-apply').disabled = done || c.placed === 0;
}

/* The coordinator's maximum distance, when given: a whole number of km from 1 to 300 (the API checks it too). */
function maxKm() {
  var field = $('proposal-max-km');
  var text = field.value.trim();
  if (!text) { field.removeAttribute('aria-invalid'); return {}; }
  var km = Number(text);
  if (!Number.isInteger(km) || km < 1 || km > 300) {
    field.setAttribute('aria-invalid', 'true');
    return null;
  }
  field.removeAttribute('aria-invalid');
  return { maxKm: km };
}

function create(event) {
  if (event) { event.preventDefault(); }
  var body = maxKm();
  if (body === null) {
    tell('matching-feedback', 'Geef de reisafstand als een geheel aantal km van 1 tot en met 300, of laat het veld leeg.', 'error');
    $('proposal-max-km').focus();
    return;
  }
  tell('matching-feedback', 'Voorstel wordt gemaakt…', 'info');
  $('apply-result').hidden = true;
  tell('apply-feedback', '');
  api('POST', '/api/admin/matching/proposals', body).then(function (p) {
    show(p);
    tell('matching-feedback', 'Voorstel gemaakt: ' + people(p.placedCount) + ' geplaatst, ' + people(p.waitingCount)
      + ' blijven wachten. Bekijk het hieronder.');
  }).catch(failTo('matching-feedback'));
}

function showResult(byGroup) {
  var list = $('apply-result-list');
  clear(list);
  Object.keys(byGroup).forEach(function (id) {
    var g = byGroup[id];
    var refused = g.result === 'stale' || g.result === 'too-few' || g.result === 'not-tried';
    var item = el('li', null, { 'class': refused ? 'rv-result--refused' : g.result === 'left-out' ? '' : 'rv-result--applied' });
    item.appendChild(el('strong', g.name + ': '));
    item.appendChild(document.createTextNode(g.message));
    if (g.placed.length) { item.appendChild(el('p', 'Geplaatst: ' + g.placed.map(function (x) { return x.name; }).join(', ') + '.')); }
    if (g.leftOut.length) { item.appendChild(el('p', 'Weggelaten: ' + g.leftOut.map(function (x) { return x.name; }).join(', ') + '.')); }
    list.appendChild(item);
  });
  $('apply-result').hidden = false;
}

/* One apply call, then more while the API says it ran out of time (each call continues where the last stopped). */
function applyRounds(leaveOut, version, byGroup, round, totals) {
  var body = { leaveOut: leaveOut };
  if (version !== null) { body.version = version; }
  return api('POST', '/api/admin/matching/proposals/' + encodeURIComponent(current.id) + '/apply', body).then(function (a) {
    a.groups.forEach(function (g) {
      if (!byGroup[g.groupId] || g.result !== 'already-applied') { byGroup[g.groupId] = g; }
    });
    totals.placed += a.placedCount;
    totals.mails += a.mailsSent;
    totals.refused = a.refusedGroups;
    if (a.remainingGroups > 0 && round < MAX_ROUNDS) { return applyRounds(leaveOut, null, byGroup, round + 1, totals); }
    totals.remaining = a.remainingGroups;
    return a;
  });
}

function apply() {
  var c = choices();
  var button = $('proposal-apply');
  confirmStep(button, {
    question: people(c.placed) + ' plaatsen in ' + c.groups + (c.groups === 1 ? ' groep' : ' groepen')
      + ' en ' + (c.placed === 1 ? 'die persoon' : 'hen') + ' een e-mail sturen?',
    yes: 'Ja, toepassen', no: 'Nee, nog niet'
  }).then(function (yes) {
    if (!yes) { return; }
    button.disabled = true;
    tell('apply-feedback', 'Bezig met toepassen…', 'info');
    var byGroup = {};
    var totals = { placed: 0, mails: 0, refused: 0, remaining: 0 };
    applyRounds(c.leaveOut, current.version, byGroup, 1, totals).then(function (last) {
      show(last.proposal);
      showResult(byGroup);
      var text = people(totals.placed) + ' geplaatst; ' + (totals.mails === 1 ? 'die krijgt' : 'zij krijgen') + ' een e-mail.';
      if (totals.refused) { text += ' ' + totals.refused + (totals.refused === 1 ? ' groep is' : ' groepen zijn') + ' niet toegepast: zie het resultaat per groep.'; }
      if (totals.remaining) { text += ' Nog niet alles is gedaan: pas het voorstel opnieuw toe om verder te gaan.'; }
      tell('apply-feedback', text, totals.refused || totals.remaining ? 'info' : 'ok');
      $('apply-result-title').focus();
    }).catch(function (error) {
      // Interrupted: show what is applied now (the proposal records it per group), so nothing is half-applied unseen.
      var message = (error && error.message ? error.message : String(error));
      return api('GET', '/api/admin/matching/proposals/' + encodeURIComponent(current.id)).then(function (p) {
        show(p);
        if (Object.keys(byGroup).length) { showResult(byGroup); }
        tell('apply-feedback', message + ' Wat al is toegepast, staat hierboven bij de groepen (toegepast).'
          + ' Pas het voorstel opnieuw toe om verder te gaan.', 'error');
      }).catch(failTo('apply-feedback'));
    });
  });
}

$('proposal-form').addEventListener('submit', create);
$('proposal-apply').addEventListener('click', apply);
start(function () { return null; });
