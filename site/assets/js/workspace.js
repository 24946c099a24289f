/*
 * What every workspace page shares: the API call with its error messages, building elements (text is always set
 * with textContent, never innerHTML, so names from sign-ups cannot inject markup), feedback next to the action that
 * caused it, a confirmation step for destructive actions, and dates. Pages import what they use:
 *   import { api, el, tell, confirmStep } from './workspace.js';
 */
import { token, endSession } from './signin.js';

export var en = document.documentElement.lang === 'en';

export function $(id) { return document.getElementById(id); }

export function el(tag, text, attrs) {
  var node = document.createElement(tag);
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  return node;
}

export function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

/* The value of ?name=… in the page's address. */
export function param(name) { return new URLSearchParams(window.location.search).get(name); }

export function ApiError(message, status) { this.message = message; this.status = status; }

function messageOf(status, data) {
  if (data && Array.isArray(data.errors) && data.errors.length) {
    return data.errors.map(function (e) { return e.message; }).join(' ');
  }
  if (status === 401) { return en ? 'You are not signed in (any more). Please sign in again.' : 'Je bent niet (meer) ingelogd. Log opnieuw in.'; }
  if (status === 403) { return en ? 'This is not one of your groups.' : 'Dit mag je niet met jouw account.'; }
  if (status === 404) { return en ? 'Not found.' : 'Niet gevonden (of deze functie is er nog niet).'; }
  return en ? 'Something went wrong (' + status + '). Please try again.' : 'Er ging iets mis (' + status + '). Probeer het opnieuw.';
}

function call(method, path, body, accept) {
  // The API answers in the browser's language unless told otherwise: ask for the page's.
  var headers = { 'Authorization': 'Bearer ' + token(), 'Accept': accept || 'application/json', 'Accept-Language': en ? 'en' : 'nl' };
  var options = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  return fetch(path, options).then(function (response) {
    if (response.ok) { return response; }
    return response.json().catch(function () { return null; }).then(function (data) {
      var message = messageOf(response.status, data);
      if (response.status === 401) { endSession(message); }
      throw new ApiError(message, response.status);
    });
  });
}

/* One API call with the bearer token, JSON in and out; resolves to { status, data }. A 401 ends the session. */
export function request(method, path, body) {
  return call(method, path, body).then(function (response) {
    var type = response.headers.get('Content-Type') || '';
    var parsed = type.indexOf('json') >= 0 ? response.json().catch(function () { return null; }) : Promise.resolve(null);
    return parsed.then(function (data) { return { status: response.status, data: data }; });
  });
}

/* The same, resolving to the answer's JSON only. */
export function api(method, path, body) {
  return request(method, path, body).then(function (answer) { return answer.data; });
}

/* Downloads a file the API makes (CSV, JSON export) with the token, saved under this name. */
export function download(path, filename, accept) {
  return call('GET', path, undefined, accept).then(function (response) {
    var type = response.headers.get('Content-Type') || '';
    if (accept && type.indexOf(accept) < 0) { throw new ApiError(en ? 'That file is not available.' : 'Dit bestand is (nog) niet beschikbaar.', 0); }
    return response.blob();
  }).then(function (blob) {
    var url = URL.createObjectURL(blob);
    var link = el('a', null, { href: url, download: filename });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });
}

/*
 * Feedback next to the action that caused it: region is the id (or element) of a message box in the same part of
 * the page (class ws-feedback, role=status). A result is announced without moving focus, so a keyboard user stays
 * on the button (WCAG 3.2.2); an error takes focus, so the user lands on what to fix. Empty text hides the box.
 */
export function tell(region, text, kind) {
  var box = typeof region === 'string' ? $(region) : region;
  if (!box) { return; }
  box.textContent = text || '';
  // An NL Design System alert (ok, error, info) while it says something.
  box.className = 'ws-feedback' + (text ? ' utrecht-alert utrecht-alert--' + (kind || 'ok') : '');
  if (kind === 'error' && text) {
    if (!box.hasAttribute('tabindex')) { box.setAttribute('tabindex', '-1'); }
    box.focus();
  }
}

/* tell() for a caught error. */
export function failTo(region) {
  return function (error) { tell(region, error && error.message ? error.message : String(error), 'error'); };
}

/*
 * A confirmation step for a destructive action, inline right after the button that asked for it: the question
 * (focused, so it is read out), optional extra fields (such as a date), "yes" and "no". Escape or "no" cancels and
 * gives focus back to the button. Resolves to true (confirmed) or false. Only one step per button at a time.
 *   confirmStep(button, { question: 'Groep sluiten?', yes: 'Ja, sluiten', no: 'Nee', extra: node })
 */
export function confirmStep(anchor, options) {
  var open = anchor.parentNode.querySelector('.ws-confirm[data-for="' + anchor.id + '"]');
  if (open) { open.remove(); }
  return new Promise(function (resolve) {
    var id = 'confirm-' + Math.random().toString(36).slice(2, 8);
    var box = el('div', null, { 'class': 'ws-confirm', role: 'group', 'aria-labelledby': id + '-q', 'data-for': anchor.id || '' });
    var question = el('p', options.question, { id: id + '-q', 'class': 'ws-confirm__question', tabindex: '-1' });
    box.appendChild(question);
    if (options.extra) { box.appendChild(options.extra); }
    var buttons = el('div', null, { 'class': 'utrecht-button-group ws-actions' });
    var yes = el('button', options.yes, { type: 'button', 'class': 'utrecht-button utrecht-button--primary-action utrecht-button--danger', 'data-confirm': 'yes' });
    var no = el('button', options.no || (en ? 'No, cancel' : 'Nee, annuleren'), { type: 'button', 'class': 'utrecht-button utrecht-button--secondary-action', 'data-confirm': 'no' });
    buttons.appendChild(yes);
    buttons.appendChild(no);
    box.appendChild(buttons);
    function done(answer) {
      box.remove();
      anchor.setAttribute('aria-expanded', 'false');
      if (!answer) { anchor.focus(); }
      resolve(answer);
    }
    yes.addEventListener('click', function () { done(true); });
    no.addEventListener('click', function () { done(false); });
    box.addEventListener('keydown', function (event) { if (event.key === 'Escape') { done(false); } });
    anchor.insertAdjacentElement('afterend', box);
    anchor.setAttribute('aria-expanded', 'true');
    question.focus();
  });
}

/*
 * A table that becomes a list of cards on a phone (class ws-stack, css/workspace.css): call after filling its body.
 * Each cell gets its column's name (data-label, shown before it), and explicit roles keep it a table for screen
 * readers when CSS displays its rows as blocks.
 */
export function stack(table) {
  table.setAttribute('role', 'table');
  var names = [];
  table.querySelectorAll('thead th').forEach(function (th) { th.setAttribute('role', 'columnheader'); names.push(th.textContent); });
  table.querySelectorAll('thead, tbody').forEach(function (group) { group.setAttribute('role', 'rowgroup'); });
  table.querySelectorAll('tr').forEach(function (tr) {
    tr.setAttribute('role', 'row');
    Array.prototype.forEach.call(tr.children, function (c, i) {
      if (c.parentNode.parentNode.tagName === 'THEAD') { return; }
      c.setAttribute('role', c.tagName === 'TH' ? 'rowheader' : 'cell');
      if (names[i] && !c.hasAttribute('colspan')) { c.setAttribute('data-label', names[i]); }
    });
  });
}

/* An instant as the coordinators read it: "2 december 2026 14:05" in Dutch time. */
export function formatInstant(iso) {
  var d = new Date(iso);
  if (isNaN(d)) { return String(iso || ''); }
  var parts = {};
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).forEach(function (p) { parts[p.type] = p.value; });
  return formatDate(parts.year + '-' + parts.month + '-' + parts.day) + ' ' + parts.hour + ':' + parts.minute;
}

/* ---------- dates ---------- */

var MONTHS = en ? ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  : ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/* Today in the browser's time zone, as yyyy-mm-dd (what <input type=date> holds). */
export function today() {
  var d = new Date();
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

/* "2026-12-02" or an instant → "2 december 2026". */
export function formatDate(iso) {
  if (!iso) { return ''; }
  var d = String(iso).slice(0, 10).split('-');
  if (d.length !== 3) { return String(iso); }
  return Number(d[2]) + ' ' + MONTHS[Number(d[1]) - 1] + ' ' + d[0];
}

/* Whole days from an instant (or date) until now; null without a date. */
export function daysSince(iso, now) {
  if (!iso) { return null; }
  var then = Date.parse(String(iso).length === 10 ? iso + 'T00:00:00' : iso);
  if (isNaN(then)) { return null; }
  return Math.max(0, Math.floor(((now || Date.now()) - then) / 86400000));
}

/* 0 → "vandaag", 1 → "1 dag", 45 → "45 dagen" (English likewise). */
export function waitedText(days) {
  if (days === null || days === undefined) { return ''; }
  if (days === 0) { return en ? 'today' : 'vandaag'; }
  return days + (en ? (days === 1 ? ' day' : ' days') : (days === 1 ? ' dag' : ' dagen'));
}
