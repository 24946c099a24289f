/* The Dutch words for the API's codes, shared by the coordinators' pages. */
export var APPLICANT_STATUS = { NEEDS_REVIEW: 'Te beoordelen', WAITING: 'Wachtend', PLACED: 'Geplaatst', LEFT: 'Vertrokken',
  DECLINED: 'Afgewezen' };
export var GROUP_STATUS = { open: 'open', full: 'vol', closed: 'gesloten' };
export var DAYS = { monday: 'maandag', tuesday: 'dinsdag', wednesday: 'woensdag', thursday: 'donderdag',
  friday: 'vrijdag', saturday: 'zaterdag', sunday: 'zondag' };
export var PARTS = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };

/* "Utrecht, donderdagavond" or "online, maandagochtend, Engels". */
export function groupWhereWhen(g) {
  return (g.mode === 'online' ? 'online' : g.city) + ', ' + (DAYS[g.weekday] || '') + (PARTS[g.partOfDay] || '')
    + (g.language === 'en' ? ', Engels' : '');
}

/* The address of one group's and one applicant's page. */
export function groupHref(id) { return '/beheer/groep.html?id=' + encodeURIComponent(id); }
export function applicantHref(id) { return '/beheer/aanmelding.html?id=' + encodeURIComponent(id); }
