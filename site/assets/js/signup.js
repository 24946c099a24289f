/* Sign-up form: sends JSON and shows the messages in place without reloading, then goes to the "check your
   mail" page. Everything works without this file (plain form post, server-rendered answers). */
(function () {
  'use strict';

  function text(el, value) { el.textContent = value; return el; }

  function generic(lang) {
    return lang === 'en'
      ? 'Sending did not work. Please try again in a moment.'
      : 'Versturen lukte niet. Probeer het zo nog eens.';
  }

  /* What the message describes: the field's control, or for radio buttons and the availability boxes their fieldset. */
  function control(form, field) {
    var box = form.querySelector('#field-' + field);
    if (box && box.tagName === 'FIELDSET' && box.querySelector('input[type=radio], input[name=' + field + ']')) { return box; }
    return document.getElementById(field);
  }

  /* aria-invalid belongs on the inputs: each radio button or box of a group, not the fieldset (as signup-form.ftl). */
  function setInvalid(el, invalid) {
    var inputs = el.tagName === 'FIELDSET' ? el.querySelectorAll('input[type=radio], input[type=checkbox]') : [el];
    Array.prototype.forEach.call(inputs, function (input) {
      if (invalid) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    });
  }

  function clear(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) {
      var field = p.id.replace(/-error$/, '');
      var el = control(form, field);
      if (el) {
        setInvalid(el, false);
        var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== p.id; });
        if (ids.length) { el.setAttribute('aria-describedby', ids.join(' ')); } else { el.removeAttribute('aria-describedby'); }
      }
      var box = form.querySelector('#field-' + field);
      if (box) { box.classList.remove('field-invalid'); }
      p.parentNode.removeChild(p);
    });
  }

  function showErrors(form, errors, lang) {
    clear(form);
    var summary = form.querySelector('#error-summary');
    var list = summary.querySelector('ul');
    list.textContent = '';
    errors.forEach(function (error) {
      var li = document.createElement('li');
      var el = error.field ? control(form, error.field) : null;
      if (el) {
        var target = el.tagName === 'FIELDSET' ? el.querySelector('input') : el;
        var a = text(document.createElement('a'), error.message);
        // A plain link, as the server renders it: the browser focuses the field, and form.css keeps its label in view.
        a.href = '#' + target.id;
        li.appendChild(a);
        var p = document.createElement('p');
        p.className = 'field-error';
        p.id = error.field + '-error';
        var prefix = text(document.createElement('span'), lang === 'en' ? 'Error: ' : 'Fout: ');
        prefix.className = 'visually-hidden';
        p.appendChild(prefix);
        p.appendChild(document.createTextNode(error.message));
        var box = form.querySelector('#field-' + error.field);
        var before = box.querySelector(':scope > .choice, :scope > input, :scope > select, :scope > textarea');
        box.insertBefore(p, before);
        box.classList.add('field-invalid');
        setInvalid(el, true);
        var described = el.getAttribute('aria-describedby');
        el.setAttribute('aria-describedby', (described ? described + ' ' : '') + p.id);
      } else {
        text(li, error.message);
      }
      list.appendChild(li);
    });
    summary.hidden = false;
    var prefix = lang === 'en' ? 'Error: ' : 'Fout: ';
    if (document.title.indexOf(prefix) !== 0) { document.title = prefix + document.title; }
    summary.focus();
  }

  function collect(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) { return; }
      /* Boxes with a value of their own (availability) send the list of those ticked; the others true or false. */
      if (el.type === 'checkbox' && el.value !== 'on') {
        data[el.name] = data[el.name] || [];
        if (el.checked) { data[el.name].push(el.value); }
      }
      else if (el.type === 'checkbox') { data[el.name] = el.checked; }
      else if (el.type === 'radio') { if (el.checked) { data[el.name] = el.value; } }
      else { data[el.name] = el.value; }
    });
    return data;
  }

  function enhance(form) {
    var lang = form.querySelector('input[name=lang]').value;
    var button = form.querySelector('button[type=submit]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(collect(form)),
        credentials: 'same-origin'
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.status === 202 && body.confirmation) {
            window.location.assign(body.confirmation);
            return;
          }
          button.disabled = false;
          showErrors(form, body.errors && body.errors.length ? body.errors : [{ field: null, message: generic(lang) }], lang);
        });
      }).catch(function () {
        button.disabled = false;
        showErrors(form, [{ field: null, message: generic(lang) }], lang);
      });
    });
  }

  var form = document.querySelector('form.signup-form');
  if (form) { enhance(form); }
}());
