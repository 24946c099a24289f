/* /beheer/verslagen.html: the year report as CSV, and the audit log of one month. */
import { $, api, el, clear, tell, failTo, download, stack, formatInstant } from './workspace.js';
import { start } from './signin.js';

/* The log's action codes in words; an unknown code is shown as it is. */
var ACTIONS = {
  'applicant.clear': 'Aanmelding toegelaten tot de wachtlijst', 'applicant.export': 'Gegevens van een aanmelder geëxporteerd',
  'applicant.erase': 'Gegevens van een aanmelder gewist', 'group.create': 'Groep aangemaakt', 'group.update': 'Groep gewijzigd',
  'group.close': 'Groep gesloten', 'group.place': 'Iemand met de hand geplaatst',
  'group.place.override': 'Iemand geplaatst ondanks een bezwaar (met reden)', 'groups.import': 'Eerste groepen ingelezen',
  'membership.leave': 'Vertrek uit een groep vastgelegd', 'matching.propose': 'Voorstel gemaakt',
  'matching.accept': 'Voorstel geaccepteerd', 'meeting.record': 'Bijeenkomst vastgelegd', 'meeting.replace': 'Bijeenkomst bijgewerkt'
};

function report(event) {
  event.preventDefault();
  var year = $('report-year').value.trim();
  if (!/^\d{4}$/.test(year)) { tell('report-feedback', 'Vul een jaar in, bijvoorbeeld 2026.', 'error'); return; }
  download('/api/admin/attendance/reports/' + year + '?format=csv', 'aanwezigheid-' + year + '.csv', 'text/csv')
    .then(function () { tell('report-feedback', 'Het jaaroverzicht ' + year + ' is gedownload (aanwezigheid-' + year + '.csv).'); })
    .catch(failTo('report-feedback'));
}

function audit(event) {
  if (event) { event.preventDefault(); }
  var month = $('audit-month').value;
  return api('GET', '/api/admin/audit' + (month ? '?month=' + encodeURIComponent(month) : '')).then(function (data) {
    var body = $('audit-body');
    clear(body);
    data.entries.forEach(function (e) {
      var row = el('tr');
      row.appendChild(el('td', formatInstant(e.at)));
      row.appendChild(el('td', e.actor + (e.role ? ' (' + e.role + ')' : '')));
      row.appendChild(el('td', ACTIONS[e.action] || e.action));
      row.appendChild(el('td', (e.targets || []).join(', ')));
      body.appendChild(row);
    });
    if (!data.entries.length) {
      var none = el('tr');
      none.appendChild(el('td', 'Geen wijzigingen in deze maand.', { colspan: '4' }));
      body.appendChild(none);
    }
    stack($('audit-table'));
    $('audit-caption').textContent = 'Logboek ' + data.month + ': ' + data.entries.length + ' wijziging(en)';
    $('audit-region').hidden = false;
    if (event) { tell('audit-feedback', data.entries.length + ' wijziging(en) in ' + data.month + '.'); }
  }).catch(failTo('audit-feedback'));
}

var now = new Date();
$('report-year').value = String(now.getFullYear());
$('audit-month').value = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0');
$('report-form').addEventListener('submit', report);
$('audit-form').addEventListener('submit', audit);
start(function () { return audit(); });
