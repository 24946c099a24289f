/*
 * The coordinators' admin page (/beheer/). No framework; text is always set with textContent (never innerHTML),
 * so names from sign-ups cannot inject markup. Sign-in: when /beheer/config.json exists (the deploy writes it),
 * the Cognito hosted UI with the authorization-code flow and PKCE; otherwise (locally) the printed admin token.
 * The token lives in sessionStorage only: it is gone when the tab closes.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'intervisie.admin.token';
  var PKCE_KEY = 'intervisie.admin.pkce';
  var config = null;
  var currentProposal = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /* Messages: results go to a polite live region, which screen readers announce without moving focus, so a
     keyboard user stays where they were (WCAG 3.2.2 / 2.4.3); errors go to an alert and take focus, so the
     user lands on what to fix. */
  function say(text) {
    $('admin-error').textContent = '';
    $('admin-status').textContent = text;
  }

  function fail(error) {
    var box = $('admin-error');
    box.textContent = error && error.message ? error.message : String(error);
    box.focus();
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY); }
  function pageLanguage() { return document.documentElement.lang || 'nl'; }

  function ApiError(message, status) { this.message = message; this.status = status; }

  function messageOf(status, data) {
    if (data && Array.isArray(data.errors) && data.errors.length) {
      return data.errors.map(function (e) { return e.message; }).join(' ');
    }
    if (status === 401) { return 'Je bent niet (meer) ingelogd. Log opnieuw in.'; }
    if (status === 403) { return 'Dit is alleen voor coördinatoren.'; }
    if (status === 404) { return 'Niet gevonden (of deze functie is er nog niet).'; }
    return 'Er ging iets mis (' + status + '). Probeer het opnieuw.';
  }

  /* One API call with the bearer token; JSON in, JSON out. A 401 ends the session. */
  function api(method, path, body) {
    // The API answers in the browser's language unless told otherwise; the page is Dutch.
    var headers = { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json', 'Accept-Language': pageLanguage() };
    var options = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('json') >= 0 ? response.json().catch(function () { return null; }) : Promise.resolve(null);
      return parsed.then(function (data) {
        if (response.status === 401) { endSession(); }
        if (!response.ok) { throw new ApiError(messageOf(response.status, data), response.status); }
        return data;
      });
    });
  }

  /* ---------- sign-in ---------- */

  function base64url(bytes) {
    var text = '';
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomString() {
    var bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return base64url(bytes);
  }

  function challengeFor(verifier) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
      .then(function (hash) { return base64url(new Uint8Array(hash)); });
  }

  function startCognitoSignIn() {
    var verifier = randomString();
    var state = randomString();
    sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier: verifier, state: state }));
    challengeFor(verifier).then(function (challenge) {
      var query = new URLSearchParams({
        response_type: 'code', client_id: config.clientId, redirect_uri: config.redirectUri,
        scope: 'openid email intervisie/admin', state: state, code_challenge_method: 'S256', code_challenge: challenge
      });
      window.location.assign(config.hostedUiDomain + '/oauth2/authorize?' + query.toString());
    }).catch(fail);
  }

  /* Back from the hosted UI with ?code=…&state=…: swap the code for tokens (PKCE proves it is us). */
  function finishCognitoSignIn(params) {
    var saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
    sessionStorage.removeItem(PKCE_KEY);
    window.history.replaceState(null, '', window.location.pathname);
    if (!saved || saved.state !== params.get('state')) {
      return Promise.reject(new Error('Het inloggen is niet gelukt (onbekende terugkeer). Probeer het opnieuw.'));
    }
    var form = new URLSearchParams({
      grant_type: 'authorization_code', client_id: config.clientId, code: params.get('code'),
      redirect_uri: config.redirectUri, code_verifier: saved.verifier
    });
    return fetch(config.hostedUiDomain + '/oauth2/token', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString()
    }).then(function (response) {
      if (!response.ok) { throw new Error('Het inloggen is niet gelukt. Probeer het opnieuw.'); }
      return response.json();
    }).then(function (tokens) {
      sessionStorage.setItem(TOKEN_KEY, tokens.access_token);
    });
  }

  function endSession() {
    sessionStorage.removeItem(TOKEN_KEY);
    $('work').hidden = true;
    showSignIn();
  }

  function showSignIn() {
    $('signin').hidden = false;
    $('signin-cognito').hidden = !config;
    $('signin-token').hidden = !!config;
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    if (config) {
      var query = new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri });
      window.location.assign(config.hostedUiDomain + '/logout?' + query.toString());
      return;
    }
    endSession();
    say('Je bent uitgelogd.');
    $('token').focus();
  }

  /* Checks the token with whoami, then opens the tasks. After signing in with the form (which then hides),
     focus goes to the first task's heading; on a page load with a stored token focus stays where it is. */
  function enter(fromForm) {
    return api('GET', '/api/admin/whoami').then(function (me) {
      $('who').textContent = me.username;
      $('signin').hidden = true;
      $('work').hidden = false;
      loadGroups();
      loadApplicants();
      say('Ingelogd als ' + me.username + '.');
      if (fromForm) { $('applicants-title').focus(); }
    });
  }

  /* ---------- applicants ---------- */

  var STATUS_NAMES = { NEEDS_REVIEW: 'Te beoordelen', WAITING: 'Wachtend', PLACED: 'Geplaatst', LEFT: 'Vertrokken' };

  function loadApplicants() {
    var status = $('status-filter').value;
    var path = '/api/admin/applicants' + (status ? '?status=' + encodeURIComponent(status) : '');
    return api('GET', path).then(function (data) {
      var body = $('applicants-body');
      clear(body);
      data.applicants.forEach(function (a) {
        var row = el('tr');
        row.appendChild(el('td', a.reference));
        row.appendChild(el('th', a.name, { scope: 'row' }));
        row.appendChild(el('td', a.organisation));
        row.appendChild(el('td', STATUS_NAMES[a.status] || a.status));
        row.appendChild(el('td', (a.createdAt || '').slice(0, 10)));
        var action = el('td');
        if (a.status === 'NEEDS_REVIEW') {
          var button = el('button', 'Toelaten tot wachtlijst', {
            type: 'button', 'aria-label': 'Toelaten tot wachtlijst: ' + a.name
          });
          button.addEventListener('click', function () { clearApplicant(a); });
          action.appendChild(button);
        }
        row.appendChild(action);
        body.appendChild(row);
      });
      var label = status ? STATUS_NAMES[status] : 'Alle';
      $('applicants-caption').textContent = label + ': ' + data.applicants.length + ' aanmelding(en)';
      $('applicants-region').hidden = false; // the table's scroll region (narrow screens)
      return data.applicants.length;
    });
  }

  function clearApplicant(a) {
    api('POST', '/api/admin/applicants/' + encodeURIComponent(a.id) + '/clear', { version: a.version })
      .then(function () { return loadApplicants(); })
      .then(function () { say(a.name + ' staat nu op de wachtlijst.'); })
      .catch(fail);
  }

  /* ---------- matching ---------- */

  var names = {};       /* applicant id → name, for proposals (they hold ids only) */
  var groupNames = {};  /* group id → name */

  function nameOf(item) {
    return item.name || names[item.applicantId] || item.reference || item.applicantId;
  }

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

  function showProposal(p) {
    currentProposal = p;
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
    $('proposal').hidden = false;
  }

  function createProposal() {
    say('Voorstel wordt gemaakt…');
    api('GET', '/api/admin/applicants').then(function (data) {
      data.applicants.forEach(function (a) { names[a.id] = a.name; });
      return api('POST', '/api/admin/matching/proposals');
    }).then(function (p) {
      showProposal(p);
      var count = (p.assignments || p.placements || []).length;
      say('Voorstel gemaakt: ' + count + ' plaatsing(en), ' + (p.waiting || []).length
        + ' blijven wachten. Bekijk de redenen hieronder.');
    }).catch(fail);
  }

  function acceptProposal() {
    if (!currentProposal) { return; }
    var id = currentProposal.id || currentProposal.proposalId;
    var path = '/api/admin/matching/proposals/' + encodeURIComponent(id) + '/accept';
    api('POST', path).catch(function (error) {
      if (!error || error.status !== 422) { throw error; }
      // Too large for one transaction (422): accept it group by group, each group its own all-or-nothing
      // transaction, as the API suggests. A group that fails stops the rest; the message names what changed.
      var groupIds = [];
      (currentProposal.assignments || []).forEach(function (a) {
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
      var placed = (result && result.placedApplicantIds) ? result.placedApplicantIds.length : 0;
      $('proposal-accept').hidden = true;
      say('Voorstel geaccepteerd: ' + placed + ' aanmelder(s) geplaatst.');
      loadGroups();
      loadApplicants().catch(fail);
    }).catch(fail);
  }

  /* ---------- meetings ---------- */

  /* ---------- groups: create, change, close (the table is the one source) ---------- */

  var DAY_NAMES = { monday: 'maandag', tuesday: 'dinsdag', wednesday: 'woensdag', thursday: 'donderdag',
    friday: 'vrijdag', saturday: 'zaterdag', sunday: 'zondag' };
  var PART_NAMES = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };
  var STATUS_NAMES = { open: 'open', full: 'vol', closed: 'gesloten' };
  var GROUP_FIELDS = ['name', 'region', 'city', 'venue', 'weekday', 'partOfDay', 'frequency', 'language', 'mode',
    'capacity', 'facilitator', 'facilitatorEmail', 'facilitatorUsername', 'latitude', 'longitude', 'status'];
  var shownGroup = null;

  /* Feedback next to the action that caused it: a message element in the same part of the page. */
  function note(id, text, isError) {
    var box = $(id);
    box.textContent = text;
    box.className = 'admin-feedback' + (isError ? ' admin-feedback--error' : ' admin-feedback--ok');
    box.focus();
  }

  function showGroups(list) {
    var body = $('groups-body');
    clear(body);
    list.forEach(function (g) {
      var row = el('tr');
      row.appendChild(el('th', g.name, { scope: 'row' }));
      row.appendChild(el('td', (g.mode === 'online' ? 'online' : g.city) + ', ' + (DAY_NAMES[g.weekday] || '')
        + (PART_NAMES[g.partOfDay] || '') + (g.language === 'en' ? ', Engels' : '')));
      row.appendChild(el('td', STATUS_NAMES[g.status] || g.status));
      row.appendChild(el('td', g.memberCount + ' van ' + g.capacity + ' (' + g.placesOpen + ' vrij)'));
      var cell = el('td');
      var view = el('button', 'Bekijk', { type: 'button', 'aria-label': 'Bekijk ' + g.name });
      view.addEventListener('click', function () { showGroup(g.id); });
      cell.appendChild(view);
      row.appendChild(cell);
      body.appendChild(row);
    });
  }

  function syncGroups() {
    api('POST', '/api/admin/groups/sync').then(function (data) {
      loadGroups();
      note('groups-feedback', data.synced === 0 ? 'Alle groepen uit het bestand stonden er al; er is niets veranderd.'
        : data.synced + ' groep(en) toegevoegd.');
    }).catch(function (error) { note('groups-feedback', error.message, true); });
  }

  function openGroupForm(g) {
    $('group-detail').hidden = true;
    var form = $('group-form');
    form.reset();
    $('group-form-feedback').textContent = '';
    $('group-form-title').textContent = g ? 'Groep wijzigen: ' + g.name : 'Nieuwe groep';
    $('group-id').value = g ? g.id : '';
    $('group-version').value = g ? g.version : '';
    if (g) { GROUP_FIELDS.forEach(function (f) { $('group-' + f).value = g[f] === null || g[f] === undefined ? '' : g[f]; }); }
    $('group-status').disabled = false;
    form.hidden = false;
    $('group-form-title').focus();
  }

  function groupBody() {
    var body = {};
    GROUP_FIELDS.forEach(function (f) { body[f] = $('group-' + f).value.trim(); });
    ['capacity', 'latitude', 'longitude'].forEach(function (f) {
      var text = body[f].replace(',', '.');
      body[f] = text === '' || isNaN(Number(text)) ? text : Number(text);
    });
    if ($('group-version').value !== '') { body.version = Number($('group-version').value); }
    return body;
  }

  function saveGroup(event) {
    event.preventDefault();
    var id = $('group-id').value;
    var call = id ? api('PUT', '/api/admin/groups/' + encodeURIComponent(id), groupBody())
      : api('POST', '/api/admin/groups', groupBody());
    call.then(function (data) {
      $('group-form').hidden = true;
      loadGroups();
      return showGroup(id || data.id).then(function () {
        note('group-detail-feedback', id ? 'De wijziging is opgeslagen.' : 'De groep is aangemaakt. Hij staat binnen een minuut op de openbare groepenpagina.');
      });
    }).catch(function (error) { note('group-form-feedback', error.message, true); });
  }

  function listInto(id, items, text, empty) {
    var list = $(id);
    clear(list);
    if (!items.length) { list.appendChild(el('li', empty)); }
    items.forEach(function (item) { list.appendChild(el('li', text(item))); });
  }

  function showGroup(id) {
    return api('GET', '/api/admin/groups/' + encodeURIComponent(id)).then(function (g) {
      shownGroup = g;
      $('group-form').hidden = true;
      $('group-close-confirm').hidden = true;
      $('group-detail-feedback').textContent = '';
      $('group-detail-title').textContent = g.name;
      var facts = $('group-detail-facts');
      clear(facts);
      [['Plaats', g.mode === 'online' ? 'online (' + g.venue + ')' : g.city + ' (' + g.venue + ')'],
        ['Wanneer', (DAY_NAMES[g.weekday] || '') + (PART_NAMES[g.partOfDay] || '') + ', ' + g.frequency],
        ['Regio', g.region], ['Taal', g.language === 'en' ? 'Engels' : 'Nederlands'],
        ['Begeleider', g.facilitator + (g.facilitatorEmail ? ' (' + g.facilitatorEmail + ')' : '')],
        ['Status', STATUS_NAMES[g.status] || g.status],
        ['Plaatsen', g.memberCount + ' van ' + g.capacity + ' bezet, ' + g.placesOpen + ' vrij']].forEach(function (f) {
        facts.appendChild(el('dt', f[0]));
        facts.appendChild(el('dd', f[1]));
      });
      var member = function (m) { return (m.name || '(gewist)') + ' (' + (m.reference || '') + ', ' + (m.organisation || '') + '), sinds ' + m.joinedOn + (m.leftOn ? ', tot ' + m.leftOn : ''); };
      var meeting = function (m) { return m.date + ' ' + m.start + '–' + m.end + ', ' + m.method + ': ' + m.present + ' aanwezig, ' + m.excused + ' afgemeld, ' + m.absent + ' afwezig'; };
      listInto('group-detail-members', g.members, member, 'Nog geen leden.');
      listInto('group-detail-past', g.pastMembers, member, 'Geen.');
      listInto('group-detail-planned', g.plannedMeetings, meeting, 'Geen geplande bijeenkomsten.');
      listInto('group-detail-meetings', g.pastMeetings, meeting, 'Nog geen bijeenkomsten vastgelegd.');
      $('group-close').hidden = g.status === 'closed';
      $('place-form').hidden = g.status !== 'open';
      fillPlaceForm();
      $('group-detail').hidden = false;
      $('group-detail-title').focus();
    }).catch(function (error) { note('groups-feedback', error.message, true); });
  }

  /* Placing by hand: the waiting list to choose from; a conflict asks for a reason before placing anyway. */
  function fillPlaceForm() {
    $('place-override').hidden = true;
    $('place-reason').value = '';
    $('place-feedback').textContent = '';
    $('place-submit').textContent = 'Plaatsen';
    return api('GET', '/api/admin/applicants?status=WAITING').then(function (data) {
      var select = $('place-applicant');
      clear(select);
      select.appendChild(el('option', data.applicants.length ? 'Kies iemand' : 'Niemand wacht', { value: '' }));
      data.applicants.forEach(function (a) {
        select.appendChild(el('option', a.name + ' (' + a.reference + ', ' + (a.organisation || '') + ')', { value: a.id }));
      });
    }).catch(function (error) { note('place-feedback', error.message, true); });
  }

  function placeInGroup(event) {
    event.preventDefault();
    var g = shownGroup;
    var body = { applicantId: $('place-applicant').value };
    if (!$('place-override').hidden) { body.overrideReason = $('place-reason').value.trim(); }
    api('POST', '/api/admin/groups/' + encodeURIComponent(g.id) + '/members', body).then(function (r) {
      loadGroups();
      return showGroup(g.id).then(function () {
        note('place-feedback', 'Geplaatst in ' + g.name + (r.overridden ? ' (met reden, vastgelegd).' : '.'));
      });
    }).catch(function (error) {
      if (error.status === 409 && error.message.indexOf('reden') >= 0) {
        $('place-override').hidden = false;
        $('place-submit').textContent = 'Toch plaatsen';
      }
      note('place-feedback', error.message, true);
    });
  }

  function askCloseGroup() {
    var g = shownGroup;
    $('group-close-question').textContent = 'Weet je zeker dat je ' + g.name + ' wilt sluiten? De groep verdwijnt van de '
      + 'openbare pagina en neemt niemand meer op.' + (g.memberCount > 0 ? ' Let op: de groep heeft nog ' + g.memberCount
      + ' leden; die moeten eerst naar een andere groep of vertrokken zijn.' : '');
    $('group-close-confirm').hidden = false;
    $('group-close-question').focus();
  }

  function closeGroup() {
    var g = shownGroup;
    var body = {};
    GROUP_FIELDS.forEach(function (f) { body[f] = g[f]; });
    body.status = 'closed';
    body.version = g.version;
    api('PUT', '/api/admin/groups/' + encodeURIComponent(g.id), body).then(function () {
      loadGroups();
      return showGroup(g.id).then(function () { note('group-detail-feedback', 'De groep is gesloten.'); });
    }).catch(function (error) {
      $('group-close-confirm').hidden = true;
      note('group-detail-feedback', error.message, true);
    });
  }

  function loadGroups() {
    api('GET', '/api/admin/groups').then(function (data) {
      showGroups(data.groups);
      var select = $('meeting-group');
      var chosen = select.value;
      clear(select);
      data.groups.forEach(function (g) {
        groupNames[g.id] = g.name;
        var option = el('option', g.name + ' (' + g.memberCount + '/' + g.capacity + ')', { value: g.id });
        select.appendChild(option);
      });
      if (chosen) { select.value = chosen; }
    }).catch(fail);
    api('GET', '/api/admin/methods').then(function (data) {
      var select = $('meeting-method');
      clear(select);
      data.methods.forEach(function (m) { select.appendChild(el('option', m.name, { value: m.id })); });
    }).catch(function () { /* the method list is filled when the attendance feature provides it */ });
  }

  var ATTENDANCE = [['present', 'Aanwezig'], ['excused', 'Afgemeld'], ['absent', 'Afwezig']];

  function loadMembers(event) {
    event.preventDefault();
    var group = $('meeting-group').value;
    var date = $('meeting-date').value;
    api('GET', '/api/admin/groups/' + encodeURIComponent(group) + '/members?date=' + encodeURIComponent(date))
      .then(function (data) {
        var box = $('meeting-members');
        clear(box);
        data.members.forEach(function (m, i) {
          var fieldset = el('fieldset', null, { 'data-applicant': m.applicantId });
          fieldset.appendChild(el('legend', nameOf(m)));
          ATTENDANCE.forEach(function (choice, j) {
            var id = 'member-' + i + '-' + choice[0];
            var input = el('input', null, { type: 'radio', id: id, name: 'member-' + i, value: choice[0] });
            if (j === 0) { input.checked = true; }
            fieldset.appendChild(input);
            fieldset.appendChild(el('label', choice[1], { for: id }));
          });
          box.appendChild(fieldset);
        });
        $('meeting-form').hidden = false;
        showLeaveList(group, data.members);
        if (data.members.length === 0) {
          say('Deze groep had op ' + date + ' geen leden.');
        } else {
          say(data.members.length + ' leden opgehaald. Vul de bijeenkomst in.');
          $('meeting-start').focus();
        }
      }).catch(fail);
  }

  function saveMeeting(event) {
    event.preventDefault();
    var group = $('meeting-group').value;
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
    api('PUT', '/api/admin/groups/' + encodeURIComponent(group) + '/meetings/' + encodeURIComponent(date), body)
      .then(function () { say('De bijeenkomst van ' + date + ' is opgeslagen.'); })
      .catch(fail);
  }

  /* ---------- a member leaves ---------- */

  var leaving = null; // { group, applicantId, name, item } while the confirmation step is open

  /* One button per member (who is a member today or on the chosen date); the confirmation step asks for the date. */
  function showLeaveList(group, members) {
    var list = $('leave-members');
    clear(list);
    members.forEach(function (m) {
      var item = el('li');
      var button = el('button', 'Vertrek vastleggen: ' + nameOf(m), { type: 'button' });
      button.addEventListener('click', function () { askLeave(group, m, item); });
      item.appendChild(button);
      list.appendChild(item);
    });
    $('leave-form').hidden = true;
    $('leave').hidden = members.length === 0;
  }

  function askLeave(group, member, item) {
    leaving = { group: group, applicantId: member.applicantId, name: nameOf(member), item: item };
    $('leave-question').textContent = 'Vertrek van ' + leaving.name + ' uit ' + (groupNames[group] || group)
      + ' vastleggen? Kies de datum waarop hij of zij vertrok.';
    $('leave-date').value = new Date().toISOString().slice(0, 10);
    $('leave-form').hidden = false;
    $('leave-question').focus();
  }

  function cancelLeave() {
    leaving = null;
    $('leave-form').hidden = true;
    say('Vertrek niet vastgelegd.');
  }

  function confirmLeave(event) {
    event.preventDefault();
    if (!leaving) { return; }
    var chosen = leaving;
    var path = '/api/admin/groups/' + encodeURIComponent(chosen.group) + '/members/'
      + encodeURIComponent(chosen.applicantId) + '/leave';
    api('POST', path, { date: $('leave-date').value }).then(function (data) {
      leaving = null;
      $('leave-form').hidden = true;
      loadGroups();
      say('Vertrek van ' + chosen.name + ' op ' + data.leftOn + ' vastgelegd.'
        + (data.stillMemberOf ? ' Deze persoon zit nog in een andere groep.' : ''));
      chosen.item.remove();
    }).catch(fail);
  }

  /* ---------- year report ---------- */

  function downloadReport(event) {
    event.preventDefault();
    var year = $('report-year').value.trim();
    if (!/^\d{4}$/.test(year)) { fail(new Error('Vul een jaar in, bijvoorbeeld 2026.')); return; }
    fetch('/api/admin/attendance/reports/' + year + '?format=csv', {
      headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'text/csv', 'Accept-Language': pageLanguage() }, cache: 'no-store'
    }).then(function (response) {
      if (response.status === 401) { endSession(); }
      if (!response.ok) {
        return response.json().catch(function () { return null; }).then(function (data) {
          throw new ApiError(messageOf(response.status, data), response.status);
        });
      }
      if ((response.headers.get('Content-Type') || '').indexOf('text/csv') < 0) {
        throw new Error('Het jaaroverzicht is nog niet als CSV beschikbaar.');
      }
      return response.blob();
    }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var link = el('a', null, { href: url, download: 'aanwezigheid-' + year + '.csv' });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      say('Het jaaroverzicht ' + year + ' is gedownload (aanwezigheid-' + year + '.csv).');
    }).catch(fail);
  }

  /* ---------- start ---------- */

  function wire() {
    $('signin-token').addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
      $('token').value = '';
      enter(true).catch(fail);
    });
    $('signin-cognito-button').addEventListener('click', startCognitoSignIn);
    $('signout').addEventListener('click', signOut);
    $('applicants-form').addEventListener('submit', function (event) {
      event.preventDefault();
      loadApplicants().then(function (n) {
        say(n + ' aanmelding(en) gevonden.');
      }).catch(fail);
    });
    $('proposal-create').addEventListener('click', createProposal);
    $('proposal-accept').addEventListener('click', acceptProposal);
    $('meeting-group-form').addEventListener('submit', loadMembers);
    $('meeting-form').addEventListener('submit', saveMeeting);
    $('leave-form').addEventListener('submit', confirmLeave);
    $('leave-cancel').addEventListener('click', cancelLeave);
    $('report-form').addEventListener('submit', downloadReport);
    $('groups-sync').addEventListener('click', syncGroups);
    $('group-new').addEventListener('click', function () { openGroupForm(null); });
    $('group-form').addEventListener('submit', saveGroup);
    $('group-cancel').addEventListener('click', function () { $('group-form').hidden = true; $('group-new').focus(); });
    $('group-edit').addEventListener('click', function () { openGroupForm(shownGroup); });
    $('group-close').addEventListener('click', askCloseGroup);
    $('place-form').addEventListener('submit', placeInGroup);
    $('group-close-yes').addEventListener('click', closeGroup);
    $('group-close-no').addEventListener('click', function () { $('group-close-confirm').hidden = true; $('group-close').focus(); });
    $('report-year').value = String(new Date().getFullYear());
    $('meeting-date').value = new Date().toISOString().slice(0, 10);
  }

  /* config.json exists only where the deploy wrote it; locally its absence means "token sign-in". */
  function loadConfig() {
    return fetch('/beheer/config.json', { cache: 'no-store' }).then(function (response) {
      if (!response.ok) { return null; }
      return response.json().then(function (c) {
        return c && c.hostedUiDomain && c.clientId && c.redirectUri ? c : null;
      }).catch(function () { return null; });
    }).catch(function () { return null; });
  }

  function start() {
    wire();
    $('admin-loading').hidden = false;
    loadConfig().then(function (c) {
      config = c;
      var params = new URLSearchParams(window.location.search);
      var step = config && params.get('code') ? finishCognitoSignIn(params) : Promise.resolve();
      return step.then(function () {
        $('admin-loading').hidden = true;
        if (token()) { return enter(); }
        showSignIn();
      });
    }).catch(function (error) {
      $('admin-loading').hidden = true;
      showSignIn();
      fail(error);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
