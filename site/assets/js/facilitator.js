/*
 * The facilitators' page (/begeleider/, /en/facilitator/): record a meeting of your own group on a phone. No
 * framework; text is set with textContent only. Sign-in as on the admin page: the Cognito hosted UI when
 * /beheer/config.json exists (deployed), otherwise (locally) the printed facilitator token, kept in sessionStorage.
 * The API decides what this person may see: only the groups they lead come back.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'intervisie.facilitator.token';
  var PKCE_KEY = 'intervisie.facilitator.pkce';
  var en = document.documentElement.lang === 'en';
  var T = en ? {
    present: 'Present', excused: 'Excused', absent: 'Absent', signedOut: 'You are signed out.',
    noGroups: 'You do not lead a group yet. Ask the coordinators to add you to your group.',
    loginAgain: 'You are not signed in (any more). Please sign in again.', notYours: 'This is not one of your groups.',
    failed: 'Something went wrong. Please try again.', noMembers: 'This group has no members on that date.',
    missing: 'Choose present, excused or absent for: ', fill: 'Fill in the date, start, end, method and facilitator.',
    saved: function (m, created) {
      return (created ? 'Recorded: ' : 'Updated: ') + m.date + ', ' + m.present + ' present, ' + m.excused
        + ' excused, ' + m.absent + ' absent. Those present get their proof by mail.';
    },
    badReturn: 'Signing in did not work. Please try again.',
    cancelled: 'cancelled', chosen: function (d) { return 'Planned meeting of ' + d + ' chosen: date and times filled in.'; }
  } : {
    present: 'Aanwezig', excused: 'Afgemeld', absent: 'Afwezig', signedOut: 'Je bent uitgelogd.',
    noGroups: 'Je begeleidt nog geen groep. Vraag de coördinatoren je aan je groep te koppelen.',
    loginAgain: 'Je bent niet (meer) ingelogd. Log opnieuw in.', notYours: 'Dit is niet een van jouw groepen.',
    failed: 'Er ging iets mis. Probeer het opnieuw.', noMembers: 'Deze groep heeft op die datum geen leden.',
    missing: 'Kies aanwezig, afgemeld of afwezig voor: ', fill: 'Vul datum, begin, einde, methode en begeleider in.',
    saved: function (m, created) {
      return (created ? 'Vastgelegd: ' : 'Bijgewerkt: ') + m.date + ', ' + m.present + ' aanwezig, ' + m.excused
        + ' afgemeld, ' + m.absent + ' afwezig. De aanwezigen krijgen hun bewijs per mail.';
    },
    badReturn: 'Het inloggen is niet gelukt. Probeer het opnieuw.',
    cancelled: 'vervallen', chosen: function (d) { return 'Geplande bijeenkomst van ' + d + ' gekozen: datum en tijden ingevuld.'; }
  };
  var planned = [];
  var config = null;
  var groups = [];

  function $(id) { return document.getElementById(id); }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function say(text) { $('fac-error').textContent = ''; $('fac-status').textContent = text; $('fac-status').focus(); }
  function fail(error) {
    $('fac-status').textContent = '';
    $('fac-error').textContent = error && error.message ? error.message : String(error);
    $('fac-error').focus();
  }
  function token() { return sessionStorage.getItem(TOKEN_KEY); }
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  /* One API call with the bearer token, answered in the page's language. A 401 ends the session. */
  function api(method, path, body) {
    var headers = { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json', 'Accept-Language': en ? 'en' : 'nl' };
    var options = { method: method, headers: headers, cache: 'no-store' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(body); }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.status === 401) { endSession(); throw new Error(T.loginAgain); }
        if (!response.ok) {
          var errors = data && Array.isArray(data.errors) ? data.errors.map(function (e) { return e.message; }) : [];
          throw new Error(errors.length ? errors.join(' ') : response.status === 403 ? T.notYours : T.failed);
        }
        return { status: response.status, data: data };
      });
    });
  }

  /* ---------- sign-in (as on /beheer/) ---------- */

  function base64url(bytes) {
    var text = '';
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function randomString() { var b = new Uint8Array(32); crypto.getRandomValues(b); return base64url(b); }
  function here() { return window.location.origin + window.location.pathname; }

  function startCognitoSignIn() {
    var verifier = randomString();
    var state = randomString();
    sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier: verifier, state: state }));
    crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (hash) {
      var query = new URLSearchParams({ response_type: 'code', client_id: config.clientId, redirect_uri: here(),
        scope: 'openid email intervisie/admin', state: state, code_challenge_method: 'S256', code_challenge: base64url(new Uint8Array(hash)) });
      window.location.assign(config.hostedUiDomain + '/oauth2/authorize?' + query.toString());
    }).catch(fail);
  }

  function finishCognitoSignIn(params) {
    var saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
    sessionStorage.removeItem(PKCE_KEY);
    window.history.replaceState(null, '', window.location.pathname);
    if (!saved || saved.state !== params.get('state')) { return Promise.reject(new Error(T.badReturn)); }
    var form = new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId,
      code: params.get('code'), redirect_uri: here(), code_verifier: saved.verifier });
    return fetch(config.hostedUiDomain + '/oauth2/token', { method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString()
    }).then(function (response) {
      if (!response.ok) { throw new Error(T.badReturn); }
      return response.json();
    }).then(function (tokens) { sessionStorage.setItem(TOKEN_KEY, tokens.access_token); });
  }

  function showSignIn() {
    $('signin').hidden = false;
    $('signin-cognito').hidden = !config;
    $('signin-token').hidden = !!config;
  }
  function endSession() { sessionStorage.removeItem(TOKEN_KEY); $('work').hidden = true; showSignIn(); }
  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    if (config) {
      window.location.assign(config.hostedUiDomain + '/logout?' + new URLSearchParams({ client_id: config.clientId, logout_uri: here() }));
      return;
    }
    endSession();
    say(T.signedOut);
    $('token').focus();
  }

  /* ---------- the meeting ---------- */

  function enter() {
    return Promise.all([api('GET', '/api/admin/whoami'), api('GET', '/api/admin/groups'), api('GET', '/api/admin/methods')])
      .then(function (answers) {
        $('who').textContent = answers[0].data.username;
        groups = answers[1].data.groups;
        var method = $('method');
        clear(method);
        answers[2].data.methods.forEach(function (m) { method.appendChild(el('option', m.name, { value: m.id })); });
        $('signin').hidden = true;
        $('work').hidden = false;
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
    return Promise.all([api('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/members?date=' + date),
      api('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/meetings'),
      api('GET', '/api/admin/groups/' + encodeURIComponent(g.id) + '/planning')]).then(function (answers) {
      showPlanned(answers[2].data.meetings);
      var plan = plannedOn(date);
      var last = answers[1].data.meetings.slice(-1)[0];
      if (plan) {
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

  /* The plan of the group: the last two months and what is coming; a date button fills in date and times. */
  function plannedOn(date) {
    return planned.filter(function (p) { return p.date === date && !p.cancelled; })[0] || null;
  }
  function showPlanned(meetings) {
    var from = new Date(Date.now() - 61 * 86400000).toISOString().slice(0, 10);
    planned = meetings.filter(function (p) { return p.date >= from; }).slice(0, 8);
    var list = $('planned-list');
    clear(list);
    $('planned').hidden = !planned.length;
    planned.forEach(function (p) {
      var item = el('li');
      var text = dateText(p.date) + ', ' + p.start + '–' + p.end + (p.place ? ', ' + p.place : '');
      if (p.cancelled) {
        item.appendChild(el('span', text + ' (' + T.cancelled + ')', { 'class': 'fac-cancelled' }));
      } else {
        var button = el('button', text, { type: 'button', 'aria-pressed': String(p.date === $('date').value) });
        button.addEventListener('click', function () {
          $('date').value = p.date;
          loadGroup().then(function () { say(T.chosen(dateText(p.date))); }).catch(fail);
        });
        item.appendChild(button);
      }
      list.appendChild(item);
    });
  }
  function dateText(iso) {
    var parts = iso.split('-');
    return new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])).toLocaleDateString(en ? 'en-GB' : 'nl-NL',
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
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
    api('PUT', '/api/admin/groups/' + encodeURIComponent(group().id) + '/meetings/' + $('date').value, body)
      .then(function (answer) { say(T.saved(answer.data, answer.status === 201)); })
      .catch(fail)
      .then(function () { $('save').disabled = false; });
  }

  function loadConfig() {
    return fetch('/beheer/config.json', { cache: 'no-store' }).then(function (response) {
      if (!response.ok) { return null; }
      return response.json().then(function (c) { return c && c.hostedUiDomain && c.clientId ? c : null; });
    }).catch(function () { return null; });
  }

  function start() {
    $('date').value = today();
    $('signin-token').addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
      $('token').value = '';
      enter().catch(fail);
    });
    $('signin-cognito-button').addEventListener('click', startCognitoSignIn);
    $('signout').addEventListener('click', signOut);
    $('group').addEventListener('change', function () { $('facilitator').value = ''; loadGroup().catch(fail); });
    $('date').addEventListener('change', function () { if ($('date').value) { loadGroup().catch(fail); } });
    $('meeting-form').addEventListener('submit', save);
    loadConfig().then(function (c) {
      config = c;
      var params = new URLSearchParams(window.location.search);
      return (config && params.get('code') ? finishCognitoSignIn(params) : Promise.resolve()).then(function () {
        if (token()) { return enter(); }
        showSignIn();
      });
    }).catch(function (error) { showSignIn(); fail(error); });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
