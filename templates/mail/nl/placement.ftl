<#-- The placed person (planning/PlacementMails): group, facilitator's first name, coming dates, calendar feed, self-service link. -->
<#assign subject>Je bent geplaatst in een intervisiegroep</#assign>
Beste ${name},

Je bent geplaatst in de intervisiegroep ${group} (${where}, ${day}, ${frequency}).
<#if facilitator?has_content>
Je begeleider is ${facilitator} en neemt voor de eerste bijeenkomst contact met je op.
</#if>

<#include "meetings.ftl">

<#if calendarUrl??>
Je persoonlijke agendalink (abonneer je erop in je agenda-app; wijzigingen komen er vanzelf in):
${calendarUrl}

</#if>
<#if selfServiceUrl??>
Bekijk wat we van je bewaren, verlaat de groep of download je verklaring (link 30 dagen geldig):
${selfServiceUrl}

</#if>
Je referentie: ${reference}

<#include "contact.ftl">

Met vriendelijke groet,
De coördinatoren intervisie
