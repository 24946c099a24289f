/*
 * The planning of one group on /beheer/groep.html (section#planning): generate a year from the group's slot, list the
 * planned dates, change one, cancel one (after an explicit second step) or restore it, add a single date. No
 * framework; text is set with textContent only; every answer is shown next to the action that caused it (a polite
 * live region). The API decides everything (times from the slot, holidays, 409 on a stale edit).
 */
(function () {
  'use strict';

  var section = document.getElementById('planning');
  if (!section) { return; }
  var T = {
    title: 'Planning', generate: 'Jaar plannen', year: 'Jaar', count: 'Aantal bijeenkomsten',
    start: 'Begin', end: 'Einde', place: 'Plaats', link: 'Link (online)', date: 'Datum', status: 'Status',
    actions: 'Acties', edit: 'Wijzigen', save: 'Opslaan', back: 'Terug', cancel: 'Laten vervallen',
    confirmCancel: 'Ja, laten vervallen', keep: 'Nee, houden', restore: 'Terugzetten', add: 'Datum toevoegen',
    addTitle: 'Losse datum toevoegen', planned: 'gepland', cancelled: 'vervallen', none: 'Er zijn nog geen datums gepland.',
    timesHint: 'Leeg laten: de tijden van het dagdeel van de groep.', countHint: 'Leeg laten: de frequentie van de groep.',
    generated: function (n, y) { return n + ' bijeenkomsten gepland in ' + y + '.'; },
    saved: function (d) { return 'Opgeslagen: ' + d + '.'; },
    wasCancelled: function (d) { return d + ' vervalt. Deelnemers zien dat in hun agenda.'; },
    restored: function (d) { return d + ' gaat weer door.'; },
    added: function (d) { return 'Toegevoegd: ' + d + '.'; },
    sure: function (d) { return 'Weet je zeker dat ' + d + ' vervalt?'; },
    failed: 'Er ging iets mis. Probeer het opnieuw.', loginAgain: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
    stale: ' De planning is opnieuw geladen.'
  };
  var plan = [];

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function groupId() { return section.getAttribute('data-group') || new URLSearchParams(window.location.search).get('id'); }
  function base() { return '/api/admin/groups/' + encodeURIComponent(groupId()) + '/planning'; }
  function token() { return sessionStorage.getItem('intervisie.admin.token'); }

  /* One API call; an error carries the server's Dutch messages and its status. */
  function api(method, path, body) {
    var headers = { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json', 'Accept-Language': 'nl' };
    var options = { method: method, headers: headers, cache: 'no-store' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(body); }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!response.ok) {
          var errors = data && Array.isArray(data.errors) ? data.errors.map(function (e) { return e.message; }) : [];
          var error = new Error(errors.length ? errors.join(' ') : response.status === 401 ? T.loginAgain : T.failed);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function dateText(iso) {
    var p = iso.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString('nl-NL',
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  /* A labelled field: <div class="plan-field"><label>…</label><input id=…></div>. */
  function field(id, label, type, attrs) {
    var box = el('div', null, { 'class': 'plan-field' });
    box.appendChild(el('label', label, { 'for': id }));
    var input = el(type === 'select' ? 'select' : 'input', null, Object.assign({ id: id, name: id },
      type === 'select' ? {} : { type: type }, attrs || {}));
    box.appendChild(input);
    return box;
  }
  function note(id) { return el('p', null, { id: id, 'class': 'plan-note', role: 'status', 'aria-live': 'polite' }); }
  function tell(node, text, bad) {
    node.textContent = text;
    node.className = 'plan-note' + (bad ? ' plan-bad' : ' plan-good');
  }
  function value(id) { var v = document.getElementById(id).value.trim(); return v === '' ? undefined : v; }

  /* ---------- building the section ---------- */

  function build() {
    clear(section);
    section.setAttribute('aria-labelledby', 'planning-title');
    section.appendChild(el('h2', T.title, { id: 'planning-title' }));
    section.appendChild(generateForm());
    section.appendChild(el('div', null, { id: 'plan-list' }));
    section.appendChild(addForm());
  }

  function generateForm() {
    var form = el('form', null, { id: 'plan-generate', 'class': 'plan-form', novalidate: '' });
    var thisYear = new Date().getFullYear();
    var year = field('plan-year', T.year, 'select');
    [thisYear, thisYear + 1, thisYear + 2].forEach(function (y) {
      year.querySelector('select').appendChild(el('option', y, { value: String(y) }));
    });
    year.querySelector('select').value = String(thisYear + 1);
    form.appendChild(year);
    form.appendChild(field('plan-count', T.count, 'number', { min: '1', max: '12', inputmode: 'numeric',
      'aria-describedby': 'plan-count-hint' }));
    form.appendChild(el('p', T.countHint, { id: 'plan-count-hint', 'class': 'plan-hint' }));
    form.appendChild(field('plan-start', T.start, 'time', { 'aria-describedby': 'plan-times-hint' }));
    form.appendChild(field('plan-end', T.end, 'time', { 'aria-describedby': 'plan-times-hint' }));
    form.appendChild(el('p', T.timesHint, { id: 'plan-times-hint', 'class': 'plan-hint' }));
    form.appendChild(el('button', T.generate, { type: 'submit', id: 'plan-generate-button' }));
    form.appendChild(note('plan-generate-note'));
    form.addEventListener('submit', generate);
    return form;
  }

  function addForm() {
    var form = el('form', null, { id: 'plan-add', 'class': 'plan-form', novalidate: '' });
    form.appendChild(el('h3', T.addTitle));
    form.appendChild(field('plan-add-date', T.date, 'date', { required: '' }));
    form.appendChild(field('plan-add-start', T.start, 'time', { 'aria-describedby': 'plan-add-hint' }));
    form.appendChild(field('plan-add-end', T.end, 'time', { 'aria-describedby': 'plan-add-hint' }));
    form.appendChild(el('p', T.timesHint, { id: 'plan-add-hint', 'class': 'plan-hint' }));
    form.appendChild(field('plan-add-place', T.place, 'text', { maxlength: '200' }));
    form.appendChild(field('plan-add-link', T.link, 'url', { maxlength: '500', placeholder: 'https://' }));
    form.appendChild(el('button', T.add, { type: 'submit' }));
    form.appendChild(note('plan-add-note'));
    form.addEventListener('submit', add);
    return form;
  }

  /* ---------- the list ---------- */

  function load() {
    return api('GET', base()).then(function (data) { plan = data.meetings; showList(); });
  }

  function showList() {
    var box = document.getElementById('plan-list');
    clear(box);
    if (!plan.length) { box.appendChild(el('p', T.none, { id: 'plan-none' })); return; }
    var wrap = el('div', null, { 'class': 'plan-table', role: 'region', tabindex: '0', 'aria-labelledby': 'planning-title' });
    var table = el('table', null, { id: 'plan-table' });
    var head = el('tr');
    [T.date, T.start + '–' + T.end, T.place, T.status, T.actions].forEach(function (h) { head.appendChild(el('th', h, { scope: 'col' })); });
    table.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    plan.forEach(function (m) { body.appendChild(row(m)); });
    table.appendChild(body);
    wrap.appendChild(table);
    box.appendChild(wrap);
  }

  function row(m) {
    var tr = el('tr', null, { id: 'plan-' + m.id, 'class': m.cancelled ? 'plan-cancelled' : '' });
    tr.appendChild(el('td', dateText(m.date)));
    tr.appendChild(el('td', m.start + '–' + m.end));
    tr.appendChild(el('td', m.link ? (m.place ? m.place + ', ' : '') + m.link : m.place));
    tr.appendChild(el('td', m.cancelled ? T.cancelled : T.planned));
    var cell = el('td', null, { 'class': 'plan-actions' });
    var edit = el('button', T.edit, { type: 'button', 'aria-label': T.edit + ': ' + dateText(m.date) });
    edit.addEventListener('click', function () { editRow(tr, m); });
    cell.appendChild(edit);
    var toggle = el('button', m.cancelled ? T.restore : T.cancel, { type: 'button',
      'aria-label': (m.cancelled ? T.restore : T.cancel) + ': ' + dateText(m.date) });
    toggle.addEventListener('click', function () { m.cancelled ? restore(m, cell) : confirmCancel(m, cell); });
    cell.appendChild(toggle);
    cell.appendChild(note('plan-note-' + m.id));
    tr.appendChild(cell);
    return tr;
  }

  /* Cancelling is a second, explicit step in place: "Weet je zeker…?" with yes (default focus) and no. */
  function confirmCancel(m, cell) {
    clear(cell);
    var question = el('p', T.sure(dateText(m.date)), { id: 'plan-sure-' + m.id });
    var yes = el('button', T.confirmCancel, { type: 'button', 'aria-describedby': 'plan-sure-' + m.id });
    var no = el('button', T.keep, { type: 'button' });
    var out = note('plan-note-' + m.id);
    yes.addEventListener('click', function () {
      change(m, { version: m.version, cancelled: true }, out, T.wasCancelled(dateText(m.date)));
    });
    no.addEventListener('click', function () { refocus(m.id, 1); showList(); refocusNow(); });
    cell.appendChild(question);
    cell.appendChild(yes);
    cell.appendChild(no);
    cell.appendChild(out);
    yes.focus();
  }

  function restore(m, cell) {
    change(m, { version: m.version, cancelled: false }, cell.querySelector('.plan-note'), T.restored(dateText(m.date)));
  }

  function editRow(tr, m) {
    clear(tr);
    var td = el('td', null, { colspan: '5' });
    var form = el('form', null, { 'class': 'plan-form plan-edit', novalidate: '', id: 'plan-edit-' + m.id });
    var p = 'plan-edit-' + m.id + '-';
    form.appendChild(field(p + 'date', T.date, 'date', { value: m.date, required: '' }));
    form.appendChild(field(p + 'start', T.start, 'time', { value: m.start, required: '' }));
    form.appendChild(field(p + 'end', T.end, 'time', { value: m.end, required: '' }));
    form.appendChild(field(p + 'place', T.place, 'text', { value: m.place, maxlength: '200' }));
    form.appendChild(field(p + 'link', T.link, 'url', { value: m.link, maxlength: '500', placeholder: 'https://' }));
    form.appendChild(el('button', T.save, { type: 'submit' }));
    var back = el('button', T.back, { type: 'button' });
    back.addEventListener('click', function () { refocus(m.id, 0); showList(); refocusNow(); });
    form.appendChild(back);
    var out = note('plan-note-' + m.id);
    form.appendChild(out);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      change(m, { version: m.version, date: value(p + 'date'), start: value(p + 'start'), end: value(p + 'end'),
        place: document.getElementById(p + 'place').value.trim(), link: document.getElementById(p + 'link').value.trim() },
        out, null);
    });
    td.appendChild(form);
    tr.appendChild(td);
    document.getElementById(p + 'date').focus();
  }

  /* After a list rebuild, focus goes back to the button of the row that was acted on (0: edit, 1: cancel/restore). */
  var focusAfter = null;
  function refocus(id, index) { focusAfter = { id: id, index: index }; }
  function refocusNow() {
    if (!focusAfter) { return; }
    var tr = document.getElementById('plan-' + focusAfter.id);
    var buttons = tr ? tr.querySelectorAll('.plan-actions button') : [];
    if (buttons[focusAfter.index]) { buttons[focusAfter.index].focus(); }
    focusAfter = null;
  }

  /* Sends one change; the answer is told in the row's note after the list is redrawn. */
  function change(m, body, out, okText) {
    api('PUT', base() + '/' + encodeURIComponent(m.id), body).then(function (saved) {
      return load().then(function () {
        refocus(saved.id, body.cancelled === undefined ? 0 : 1);
        refocusNow();
        tell(document.getElementById('plan-note-' + saved.id), okText || T.saved(dateText(saved.date)), false);
      });
    }).catch(function (error) {
      if (error.status === 409) {
        return load().then(function () {
          tell(document.getElementById('plan-note-' + m.id), error.message + T.stale, true);
          refocus(m.id, 0);
          refocusNow();
        });
      }
      tell(out, error.message, true);
    });
  }

  function generate(event) {
    event.preventDefault();
    var out = document.getElementById('plan-generate-note');
    var body = { year: Number(document.getElementById('plan-year').value) };
    if (value('plan-count')) { body.count = Number(value('plan-count')); }
    if (value('plan-start')) { body.start = value('plan-start'); }
    if (value('plan-end')) { body.end = value('plan-end'); }
    var button = document.getElementById('plan-generate-button');
    button.disabled = true;
    api('POST', base() + '/generate', body).then(function (data) {
      return load().then(function () { tell(out, T.generated(data.meetings.length, body.year), false); });
    }).catch(function (error) { tell(out, error.message, true); })
      .then(function () { button.disabled = false; });
  }

  function add(event) {
    event.preventDefault();
    var out = document.getElementById('plan-add-note');
    var body = { date: value('plan-add-date') || '' };
    ['start', 'end', 'place', 'link'].forEach(function (f) { if (value('plan-add-' + f)) { body[f] = value('plan-add-' + f); } });
    api('POST', base(), body).then(function (saved) {
      return load().then(function () { tell(out, T.added(dateText(saved.date)), false); });
    }).catch(function (error) { tell(out, error.message, true); });
  }

  /* The group page tells when the group is known (signed in, group loaded); until then there is nothing to show. */
  function start() {
    if (!groupId() || !token()) { return; }
    build();
    load().catch(function (error) { tell(document.getElementById('plan-generate-note'), error.message, true); });
  }
  window.addEventListener('intervisie:group-loaded', start);
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
