/* /beheer/matching.html: make a proposal for the waiting applicants, read its reasons, accept it. */
import { $, api, el, clear, tell, failTo, confirmStep } from './workspace.js';
import { start } from './signin.js';

var current = null;
var names = {};       /* applicant id → name, for proposals (they hold ids only) */
var groupNames = {};  /* group id → name */

function nameOf(item) { return item.name || names[item.applicantId] || item.reference || item.applicantId; }

/* A reason is {code, message, …} from the matching API, or plain text. */
function reasonsText(reasons) {
  if (!reasons) { return ''; }
  var list = Array.isArray(reasons) ? reasons : [reasons];
  return list.map(function (r) { return typeof r === 'string' ? r : (r.message || r.code || ''); })
    .filter(function (t) { return t; }).join('; ');
}

function groupLabel(x) {
  if (x.groupId) { return groupNames[x.groupId] || x.groupId; }
  return x.newGroup !== undefined && x.newGroup !== null ? 'nieuwe groep ' + (Number(x.newGroup) + 1) : 'nieuwe groep';
}

function show(p) {
  current = p;
  var placements = $('proposal-placements');
  var waiting = $('proposal-waiting');
  clear(placements);
  clear(waiting);
  (p.assignments || p.placements || []).forEach(function (x) {
    var item = el('li');
    item.appendChild(el('strong', nameOf(x)));
    item.appendChild(document.createTextNode(' → ' + groupLabel(x)));
    var why = reasonsText(x.reasons);
    if (why) { item.appendChild(el('span', ': ' + why)); }
    placements.appendChild(item);
  });
  if (!placements.firstChild) { placements.appendChild(el('li', 'Niemand.')); }
  (p.waiting || []).forEach(function (x) {
    var item = el('li');
    item.appendChild(el('strong', nameOf(x)));
    var why = reasonsText(x.reasons);
    if (why) { item.appendChild(document.createTextNode(': ' + why)); }
    waiting.appendChild(item);
  });
  if (!waiting.firstChild) { waiting.appendChild(el('li', 'Niemand.')); }
  $('proposal-accept').hidden = p.status === 'ACCEPTED';
  tell('accept-feedback', '');
  $('proposal').hidden = false;
}

function create() {
  tell('matching-feedback', 'Voorstel wordt gemaakt…', 'info');
  Promise.all([api('GET', '/api/admin/applicants'), api('GET', '/api/admin/groups')]).then(function (answers) {
    answers[0].applicants.forEach(function (a) { names[a.id] = a.name; });
    answers[1].groups.forEach(function (g) { groupNames[g.id] = g.name; });
    return api('POST', '/api/admin/matching/proposals');
  }).then(function (p) {
    show(p);
    var count = (p.assignments || p.placements || []).length;
    tell('matching-feedback', 'Voorstel gemaakt: ' + count + ' plaatsing(en), ' + (p.waiting || []).length
      + ' blijven wachten. Bekijk de redenen hieronder.');
  }).catch(failTo('matching-feedback'));
}

/* Accepting places people and mails them: it cannot be undone, so it asks first. */
function askAccept() {
  if (!current) { return; }
  var count = (current.assignments || current.placements || []).length;
  confirmStep($('proposal-accept'), {
    question: 'Voorstel accepteren? Dan worden ' + count + ' aanmelder(s) in hun groep geplaatst en krijgen ze een mail. '
      + 'Dat kun je niet ongedaan maken.',
    yes: 'Ja, voorstel accepteren', no: 'Nee, nog niet'
  }).then(function (yes) {
    if (yes) { accept(); } else { tell('accept-feedback', 'Het voorstel is niet geaccepteerd.'); }
  });
}

function accept() {
  var id = current.id || current.proposalId;
  var path = '/api/admin/matching/proposals/' + encodeURIComponent(id) + '/accept';
  api('POST', path).catch(function (error) {
    if (!error || error.status !== 422) { throw error; }
    // Too large for one transaction (422): accept it group by group, each group its own all-or-nothing
    // transaction, as the API suggests. A group that fails stops the rest; the message names what changed.
    var groupIds = [];
    (current.assignments || []).forEach(function (a) {
      if (a.groupId && groupIds.indexOf(a.groupId) < 0) { groupIds.push(a.groupId); }
    });
    var placedIds = [];
    return groupIds.reduce(function (chain, groupId) {
      return chain.then(function () {
        return api('POST', path + '?group=' + encodeURIComponent(groupId)).then(function (r) {
          placedIds = placedIds.concat((r && r.placedApplicantIds) || []);
        });
      });
    }, Promise.resolve()).then(function () { return { placedApplicantIds: placedIds }; });
  }).then(function (result) {
    var placed = result && result.placedApplicantIds ? result.placedApplicantIds.length : 0;
    $('proposal-accept').hidden = true;
    tell('accept-feedback', 'Voorstel geaccepteerd: ' + placed + ' aanmelder(s) geplaatst.');
    $('proposal-title').focus();
  }).catch(failTo('accept-feedback'));
}

$('proposal-create').addEventListener('click', create);
$('proposal-accept').addEventListener('click', askAccept);
start(function () { return null; });
