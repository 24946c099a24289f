<#-- Proof of attendance after a meeting is recorded (model: attendance/ProofText). kind: PROOF, CORRECTED or WITHDRAWN. -->
<#assign subject><#if kind == "CORRECTED">Gecorrigeerd bewijs van deelname: intervisie<#elseif kind == "WITHDRAWN">Correctie: intervisie<#else>Bewijs van deelname: intervisie</#if> ${group}, ${shortDate}</#assign>
Beste ${name},

<#if kind == "CORRECTED">
De gegevens van deze bijeenkomst zijn gecorrigeerd. Dit bewijs vervangt het vorige:
<#elseif kind == "WITHDRAWN">
Bij een correctie ben je voor deze bijeenkomst niet meer als aanwezig vastgelegd; het eerdere bewijs vervalt:
<#else>
Je was aanwezig bij deze intervisiebijeenkomst:
</#if>

Groep:        ${group}
Datum:        ${date}
Tijd:         ${start}–${end} (${hours} uur)
Methode:      ${method}
Begeleider:   ${facilitator!""}

Je totaal in ${year}: ${yearMeetings} <#if yearMeetings == 1>bijeenkomst<#else>bijeenkomsten</#if>, ${yearHours} uur (norm: ten minste ${meetingsPerYear} bijeenkomsten per jaar).
Je uren intervisie ${periodFrom} – ${year}: ${periodHours} van de ${hoursPerPeriod} uur voor de herregistratie (${periodYears} jaar).

Je verklaring over ${year} (af te drukken of als pdf te bewaren), altijd met de actuele stand:
${statementUrl}
De link werkt een jaar. Over wat in de groep besproken is, wordt niets vastgelegd.

Bekijk wat we van je bewaren, of verlaat je groep (link 30 dagen geldig):
${selfServiceUrl}

<#include "contact.ftl">

Met vriendelijke groet,
De coördinatoren intervisie
